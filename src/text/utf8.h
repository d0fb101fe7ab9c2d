// The one UTF-8 layer: every place that walks, counts, cuts or writes UTF-8
// by hand goes through these. They are ICU's utf8.h macros underneath
// (U8_NEXT_OR_FFFD, U8_APPEND_UNSAFE, U8_SET_CP_START); the layer exists
// because the macros take int32_t lengths and want pointer/index juggling at
// every call, and so that one place decides what ill-formed input becomes:
// each maximal ill-formed subsequence is one U+FFFD (ICU's and the Unicode
// standard's rule), never a crash, never a byte read past the end.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace guidecheck::text::utf8 {

char32_t next_slow(std::string_view s, std::size_t& i);

// The code point starting at byte `i` of `s` (i < s.size()); `i` moves past
// it. An ill-formed sequence gives U+FFFD and `i` moves past its maximal
// ill-formed part (at least one byte).
inline char32_t next(std::string_view s, std::size_t& i) {
  auto c = static_cast<unsigned char>(s[i]);
  if (c < 0x80) {
    ++i;
    return c;
  }
  return next_slow(s, i);
}

// Calls f(code point) for each code point of `s` (ill-formed parts as
// U+FFFD) until f returns false.
template <class F>
void each(std::string_view s, F&& f) {
  for (std::size_t i = 0; i < s.size();)
    if (!f(next(s, i))) return;
}

// Appends `cp` as UTF-8; a surrogate or a value past U+10FFFF as U+FFFD.
void append(std::string& out, char32_t cp);

// True for a byte that continues a multi-byte sequence (10xxxxxx).
inline bool is_continuation(char b) { return (static_cast<unsigned char>(b) & 0xC0) == 0x80; }

// The length a sequence starting with `lead` has when well-formed: 2 to 4 for
// the lead bytes C2..F4, 1 for anything else (ASCII or a byte no
// well-formed sequence starts with).
std::size_t sequence_length(unsigned char lead);

// The largest character boundary at or before byte `max_bytes` (s.size()
// when `s` is no longer): where to cut `s` to at most `max_bytes` bytes
// without splitting a character. In ill-formed text each ill-formed part
// counts as a character.
std::size_t cut_point(std::string_view s, std::size_t max_bytes);
// `s` cut there.
inline std::string_view head(std::string_view s, std::size_t max_bytes) {
  return s.substr(0, cut_point(s, max_bytes));
}

// How many code points `s` holds (each ill-formed part one): its width in
// columns as libyaml and editors count them.
std::size_t count(std::string_view s);

// True when `s` is well-formed UTF-8: no overlong forms, no surrogates,
// nothing past U+10FFFF, no truncated sequence.
bool valid(std::string_view s);
// The byte offset where the first ill-formed sequence starts; s.size() when
// there is none.
std::size_t first_ill_formed(std::string_view s);

// `s` as code points (ill-formed parts as U+FFFD), and back.
std::u32string decode(std::string_view s);
std::string encode(std::u32string_view s);

}  // namespace guidecheck::text::utf8
