#include "text/utf8.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <cstring>

namespace guidecheck::text::utf8 {

namespace {
// ICU's macros read at most U8_MAX_LENGTH (4) bytes from where they start, so
// handing them a window of that many keeps their int32_t indices small
// whatever the string's length (a text past 2 GiB needs no slicing).
const std::uint8_t* at(std::string_view s, std::size_t i) {
  return reinterpret_cast<const std::uint8_t*>(s.data() + i);
}
int32_t window(std::string_view s, std::size_t i) {
  return static_cast<int32_t>(std::min<std::size_t>(s.size() - i, U8_MAX_LENGTH));
}

std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}

}  // namespace

char32_t next_slow(std::string_view s, std::size_t& i) {
  const std::uint8_t* p = at(s, i);
  int32_t k = 0;
  UChar32 c;
  U8_NEXT_OR_FFFD(p, k, window(s, i), c);
  i += static_cast<std::size_t>(k);
  return static_cast<char32_t>(c);
}

void append(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
    return;
  }
  if (cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
  std::uint8_t buf[U8_MAX_LENGTH];
  int32_t n = 0;
  U8_APPEND_UNSAFE(buf, n, static_cast<UChar32>(cp));  // cp is a scalar value here
  out.append(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

std::size_t sequence_length(unsigned char lead) { return U8_COUNT_TRAIL_BYTES(lead) + 1u; }

std::size_t cut_point(std::string_view s, std::size_t max_bytes) {
  if (max_bytes >= s.size()) return s.size();
  if (!is_continuation(s[max_bytes])) return max_bytes;
  // U8_SET_CP_START looks back at most three bytes for the lead byte of the
  // character byte `max_bytes` continues.
  std::size_t from = max_bytes - std::min<std::size_t>(max_bytes, U8_MAX_LENGTH - 1);
  auto i = static_cast<int32_t>(max_bytes - from);
  U8_SET_CP_START(at(s, from), 0, i);
  return from + static_cast<std::size_t>(i);
}

std::size_t count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++n) next(s, i);
  return n;
}

namespace {
// A three-byte character whose lead byte allows every continuation byte
// (E1..EC, EE..EF; Unicode's table 3-7): well-formed without a further test,
// as U8_NEXT would find it. E0 and ED, which limit the second byte, are
// left to U8_NEXT.
bool three_byte_char(std::string_view s, std::size_t i) {
  if (i + 3 > s.size()) return false;
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  bool lead = (b(0) >= 0xE1 && b(0) <= 0xEC) || b(0) == 0xEE || b(0) == 0xEF;
  return lead && (b(1) & 0xC0) == 0x80 && (b(2) & 0xC0) == 0x80;
}
}  // namespace

std::size_t first_ill_formed(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    // ASCII, most of a proposal's bytes, eight at a time (every proposal is
    // validated before it is parsed).
    while (i + 8 <= s.size() && !(load8(s.data() + i) & 0x8080808080808080ULL)) i += 8;
    if (i == s.size()) break;
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    if (three_byte_char(s, i)) {  // Chinese, nearly all the rest
      i += 3;
      continue;
    }
    const std::uint8_t* p = at(s, i);
    int32_t k = 0;
    UChar32 c;
    U8_NEXT(p, k, window(s, i), c);  // negative for an ill-formed sequence
    if (c < 0) return i;
    i += static_cast<std::size_t>(k);
  }
  return s.size();
}

bool valid(std::string_view s) { return first_ill_formed(s) == s.size(); }

std::u32string decode(std::string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) out += next(s, i);
  return out;
}

std::string encode(std::u32string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char32_t c : s) append(out, c);
  return out;
}

}  // namespace guidecheck::text::utf8
