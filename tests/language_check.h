// What the language tests share: whether a text holds Chinese characters
// (Unicode's Ideographic property, through ICU).
#pragma once

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>

namespace guidecheck::testing {

inline bool has_han(std::string_view s) {
  int32_t i = 0, n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT_OR_FFFD(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC)) return true;
  }
  return false;
}

}  // namespace guidecheck::testing
