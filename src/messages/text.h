// Filling the catalogue's sentences (catalogue.h):
//
//   msg::tr<msg::Id::value_two_numbers>(lang, written)    now, in a language
//   msg::text<msg::Id::value_two_numbers>(written)        later: a Text that
//                                                          a layer which does not
//                                                          know the language
//                                                          returns, rendered by
//                                                          the one that does
//
// The number of arguments is checked against the catalogue at compile time.
// Arguments are formatted with fmt's `{}`; numbers should be formatted by the
// caller where their form matters (rules::format_number).
#pragma once

#include <fmt/format.h>

#include <string>
#include <utility>
#include <vector>

#include "messages/catalogue.h"

namespace guidecheck::msg {

namespace detail {
std::string format_or_fallback(std::string_view pattern, Id id, fmt::format_args args);
template <class A>
Text as_arg(const A& a) {
  if constexpr (std::is_same_v<A, Text>)
    return a;
  else if constexpr (std::is_same_v<A, Id>)
    return Text{a, {}, {}};
  else if constexpr (std::is_convertible_v<const A&, std::string_view>)
    return verbatim(std::string(std::string_view(a)));
  else
    return verbatim(fmt::format("{}", a));
}
}  // namespace detail

// Fills a message now, in `lang`. Arguments are strings, numbers, or message
// ids / Texts (rendered in the same language).
template <Id id, class... A>
std::string tr(Lang lang, const A&... args) {
  static_assert(sizeof...(A) == static_cast<std::size_t>(arity(id)),
                "the number of arguments differs from the catalogue's entry");
  if constexpr (((std::is_same_v<A, Text> || std::is_same_v<A, Id>) || ...))
    return Text{id, {}, {detail::as_arg(args)...}}.render(lang);
  else
    return detail::format_or_fallback(pattern(lang, id), id, fmt::make_format_args(args...));
}

// A message to be filled later, when the language is known.
template <Id id, class... A>
Text text(const A&... args) {
  static_assert(sizeof...(A) == static_cast<std::size_t>(arity(id)),
                "the number of arguments differs from the catalogue's entry");
  return Text{id, {}, {detail::as_arg(args)...}};
}

// The catalogue's sentences joined by the language's list separator.
std::string join(Lang lang, const std::vector<std::string>& items);

}  // namespace guidecheck::msg
