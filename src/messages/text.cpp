#include "messages/text.h"

#include <fmt/args.h>

namespace guidecheck::msg {

namespace detail {

// A pattern the catalogue test has proven cannot fail to format; should one
// ever do so (a new entry not yet tested), the reader still gets its id and
// arguments rather than a crash.
std::string format_or_fallback(std::string_view pattern, Id id, fmt::format_args args) {
  try {
    return fmt::vformat(pattern, args);
  } catch (const fmt::format_error&) {
    return fmt::format("[{}]", entry(id).id);
  }
}

}  // namespace detail

Text verbatim(std::string s) { return Text{Id::verbatim, std::move(s), {}}; }

Text list(std::vector<Text> items) { return Text{Id::list, {}, std::move(items)}; }

Text words(const std::vector<std::string>& items) {
  Text t{Id::words, {}, {}};
  for (const std::string& s : items) t.args.push_back(verbatim(s));
  return t;
}

std::string Text::render(Lang lang) const {
  if (id == Id::verbatim) return literal;
  std::vector<std::string> filled;
  filled.reserve(args.size());
  for (const Text& a : args) filled.push_back(a.render(lang));
  if (id == Id::list) return fmt::format("{}", fmt::join(filled, lang == Lang::Zh ? "；" : "; "));
  if (id == Id::words) return join(lang, filled);
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (const auto& a : filled) store.push_back(std::string_view(a));
  try {
    return fmt::vformat(pattern(lang, id), store);
  } catch (const fmt::format_error&) {
    return fmt::format("[{}] {}", entry(id).id, fmt::join(filled, " "));
  }
}

std::string join(Lang lang, const std::vector<std::string>& items) {
  return fmt::format("{}", fmt::join(items, lang == Lang::Zh ? "、" : ", "));
}

}  // namespace guidecheck::msg
