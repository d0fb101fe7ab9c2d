#include "report/safe_text.h"

namespace guidecheck::report {

namespace {
// Length of the well-formed UTF-8 sequence at s[i], or 0.
std::size_t sequence(std::string_view s, std::size_t i) {
  unsigned char c = s[i];
  if (c < 0x80) return 1;
  std::size_t n = c >= 0xC2 && c <= 0xDF   ? 2
                  : c >= 0xE0 && c <= 0xEF ? 3
                  : c >= 0xF0 && c <= 0xF4 ? 4
                                           : 0;
  if (n == 0 || i + n > s.size()) return 0;
  for (std::size_t k = 1; k < n; ++k)
    if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
  unsigned char d = s[i + 1];
  if (c == 0xE0 && d < 0xA0) return 0;  // overlong
  if (c == 0xED && d > 0x9F) return 0;  // surrogates
  if (c == 0xF0 && d < 0x90) return 0;  // overlong
  if (c == 0xF4 && d > 0x8F) return 0;  // above U+10FFFF
  if (c == 0xEF && d == 0xBF && (static_cast<unsigned char>(s[i + 2]) & 0xFE) == 0xBE)
    return 0;  // U+FFFE/F
  return n;
}
}  // namespace

std::string xml_safe(std::string_view s, std::size_t max_chars) {
  std::string out;
  out.reserve(s.size());
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (chars == max_chars) {
      out += "…";
      break;
    }
    std::size_t n = sequence(s, i);
    unsigned char c = s[i];
    if (n == 0) {
      out += "\xEF\xBF\xBD";  // U+FFFD
      i += 1;
    } else {
      if (!(c < 0x20 && c != '\t' && c != '\n' && c != '\r')) out.append(s.substr(i, n));
      i += n;
    }
    ++chars;
  }
  return out;
}

}  // namespace guidecheck::report
