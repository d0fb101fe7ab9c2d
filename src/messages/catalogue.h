// The message catalogue: every user-facing sentence, in Chinese and English,
// indexed by a message id (the way ESLint rules name a `messageId` and
// clang-tidy checks call `diag()`). The sentences live in the `*.inc` files
// beside this header, one per area, each line
//
//   GUIDECHECK_MESSAGE(id, number of arguments, "中文", "English")
//
// with fmt placeholders (`{}` or `{0}`, `{1}` where the languages order them
// differently). Code never writes a sentence itself: it names the id and
// passes the arguments, checked against the declared number at compile time.
// catalogue_test.cpp proves every entry has both languages and that they use
// the same arguments.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "messages/message.h"

namespace guidecheck::msg {

enum class Id : std::uint16_t {
#define GUIDECHECK_MESSAGE(id, arity, zh, en) id,
#include "messages/all.inc"
#undef GUIDECHECK_MESSAGE
};

struct Entry {
  std::string_view id;
  int arity;
  std::string_view zh, en;
};

namespace detail {
inline constexpr int kArity[] = {
#define GUIDECHECK_MESSAGE(id, arity, zh, en) arity,
#include "messages/all.inc"
#undef GUIDECHECK_MESSAGE
};
}  // namespace detail

constexpr int arity(Id id) { return detail::kArity[static_cast<std::size_t>(id)]; }

// The whole catalogue, in id order (catalogue.cpp).
std::span<const Entry> catalogue();
const Entry& entry(Id id);
std::string_view pattern(Lang lang, Id id);

}  // namespace guidecheck::msg
