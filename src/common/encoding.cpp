#include "common/encoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>
#include <unicode/utf16.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <memory>

#include "messages/text.h"
#include "text/utf8.h"

namespace guidecheck {
namespace {

// Decodes `bytes` from `charset` with ICU, stopping at the first byte sequence
// that is not valid in it (no substitution: a guess must fail loudly).
bool icu_decode(std::string_view bytes, const char* charset, std::u16string& out) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UConverter, void (*)(UConverter*)> cnv(ucnv_open(charset, &err), ucnv_close);
  if (U_FAILURE(err)) return false;
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  if (U_FAILURE(err)) return false;
  auto len = static_cast<int32_t>(bytes.size());
  out.assign(bytes.size() + 1, u'\0');  // a byte never gives more than one UTF-16 unit here
  int32_t n = ucnv_toUChars(cnv.get(), out.data(), static_cast<int32_t>(out.size()), bytes.data(),
                            len, &err);
  if (U_FAILURE(err)) return false;
  out.resize(static_cast<std::size_t>(n));
  return true;
}

bool to_utf8(const std::u16string& s, std::string& out) {
  UErrorCode err = U_ZERO_ERROR;
  int32_t need = 0;
  u_strToUTF8(nullptr, 0, &need, s.data(), static_cast<int32_t>(s.size()), &err);
  if (err != U_BUFFER_OVERFLOW_ERROR && U_FAILURE(err)) return false;
  err = U_ZERO_ERROR;
  out.assign(static_cast<std::size_t>(need), '\0');
  u_strToUTF8(out.data(), need, &need, s.data(), static_cast<int32_t>(s.size()), &err);
  return U_SUCCESS(err) || err == U_STRING_NOT_TERMINATED_WARNING;
}

// The text a legacy decoding produced is believable only when it holds
// Chinese, and no private-use characters, replacement characters or control
// characters (what a wrong guess on binary data gives).
bool plausible_chinese(const std::u16string& s) {
  bool cjk = false;
  for (std::size_t i = 0; i < s.size();) {
    UChar32 c;
    U16_NEXT(s.data(), i, s.size(), c);
    if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == 0xFFFD ||
        (c >= 0xE000 && c <= 0xF8FF) || U_IS_SURROGATE(c))
      return false;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) ||
        (c >= 0x3000 && c <= 0x303F))
      cjk = true;
  }
  return cjk;
}

// Big5 text also decodes as GBK, into rare characters: about 40 % of Big5's
// two-byte codes have a second byte below 0xA1, the GBK extension area, while
// Chinese written in GB18030 keeps nearly all of its characters in the GB2312
// area (both bytes 0xA1 or above). More than one in five outside it is not
// GB18030 text.
bool mostly_gb2312(std::string_view b) {
  std::size_t common = 0, other = 0;
  for (std::size_t i = 0; i < b.size();) {
    auto c = static_cast<unsigned char>(b[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    if (i + 1 < b.size() && b[i + 1] >= 0x30 && b[i + 1] <= 0x39) {
      i += 4;  // a four-byte GB18030 code
      ++other;
      continue;
    }
    if (i + 1 < b.size() && c >= 0xA1 && static_cast<unsigned char>(b[i + 1]) >= 0xA1)
      ++common;
    else
      ++other;
    i += 2;
  }
  return other * 5 <= common + other;
}

// ICU's statistical detector as a second opinion: it must not prefer Big5.
bool detector_agrees_gb(std::string_view b) {
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, void (*)(UCharsetDetector*)> det(ucsdet_open(&err),
                                                                     ucsdet_close);
  if (U_FAILURE(err)) return true;
  ucsdet_setText(det.get(), b.data(), static_cast<int32_t>(b.size()), &err);
  int32_t n = 0;
  const UCharsetMatch** all = ucsdet_detectAll(det.get(), &n, &err);
  if (U_FAILURE(err)) return true;
  int32_t gb = 0, big5 = 0;
  for (int32_t i = 0; i < n; ++i) {
    const char* name = ucsdet_getName(all[i], &err);
    int32_t conf = ucsdet_getConfidence(all[i], &err);
    if (U_FAILURE(err) || !name) return true;
    if (std::strcmp(name, "GB18030") == 0) gb = std::max(gb, conf);
    if (std::strcmp(name, "Big5") == 0) big5 = std::max(big5, conf);
  }
  return big5 <= gb;
}

DecodedText refuse(std::string_view b, std::size_t offset) {
  DecodedText d;
  d.kind = DecodedText::Kind::Refused;
  d.offset = offset;
  d.byte = offset < b.size() ? static_cast<unsigned char>(b[offset]) : 0;
  // U8_LENGTH-style classification of the first bad sequence, worded as
  // libyaml words it, so that people who know that message find it.
  std::size_t need = text::utf8::sequence_length(d.byte);
  if (d.byte < 0xC2 || d.byte > 0xF4)
    d.problem = "invalid leading UTF-8 octet";
  else if (d.byte == 0xED && offset + 1 < b.size() &&
           static_cast<unsigned char>(b[offset + 1]) >= 0xA0)
    d.problem = "invalid Unicode character";  // a surrogate, encoded as UTF-8
  else if (offset + need > b.size())
    d.problem = "incomplete UTF-8 octet sequence";
  else
    d.problem = "invalid trailing UTF-8 octet";
  // The text before `offset` is well-formed UTF-8 (the first bad sequence
  // starts there): its characters count the column.
  std::string_view before = b.substr(0, offset);
  std::size_t line_start = before.rfind('\n') + 1;  // 0 when there is none
  d.line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
  d.column = 1 + static_cast<int>(text::utf8::count(before.substr(line_start)));
  return d;
}

DecodedText converted(const std::u16string& s, const char* name, std::string_view b) {
  DecodedText d;
  if (!to_utf8(s, d.text)) return refuse(b, 0);
  d.kind = DecodedText::Kind::Converted;
  d.encoding = name;
  return d;
}

bool starts(std::string_view b, std::string_view prefix) {
  return b.substr(0, prefix.size()) == prefix;
}

}  // namespace

DecodedText decode_to_utf8(std::string_view b) {
  using namespace std::string_view_literals;
  // Byte order marks.
  struct Bom {
    std::string_view mark;
    const char* name;
  };
  // UTF-32 is left to libyaml, which refuses it with its own message.
  if (starts(b, "\xFF\xFE\x00\x00"sv) || starts(b, "\x00\x00\xFE\xFF"sv)) return {};
  static const Bom boms[] = {{"\xFF\xFE"sv, "UTF-16LE"}, {"\xFE\xFF"sv, "UTF-16BE"}};
  for (const Bom& bom : boms)
    if (starts(b, bom.mark)) {
      std::u16string s;
      if (!icu_decode(b.substr(bom.mark.size()), bom.name, s)) return refuse(b, 0);
      return converted(s, bom.name, b);
    }
  DecodedText d;
  if (starts(b, "\xEF\xBB\xBF"sv)) {
    // UTF-8 with a byte order mark: the mark goes, the text stays.
    b.remove_prefix(3);
    d.text.assign(b);
    d.encoding = "UTF-8 with a byte order mark";
  }
  // Valid UTF-8 (no overlong forms, no surrogates) passes as it is.
  std::size_t bad = text::utf8::first_ill_formed(b);
  if (bad == b.size()) return d;
  if (!d.encoding.empty()) return refuse(b, bad);  // a UTF-8 mark, then not UTF-8
  // UTF-16 or UTF-32 without a byte order mark (a quarter NUL bytes or more):
  // libyaml's message says so, at its place.
  if (static_cast<std::size_t>(std::count(b.begin(), b.end(), '\0')) * 4 >= b.size()) return {};
  std::u16string s;
  if (icu_decode(b, "GB18030", s) && plausible_chinese(s) && mostly_gb2312(b) &&
      detector_agrees_gb(b))
    return converted(s, "GB18030", b);
  return refuse(b, bad);
}

std::string converted_note(const DecodedText& d, msg::Lang lang) {
  return msg::tr<msg::Id::common_encoding_converted>(lang, d.encoding);
}

std::string refusal_message(const DecodedText& d, msg::Lang lang) {
  char hex[16];
  std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned>(d.byte));
  msg::Id what = d.problem.find("Unicode") != std::string::npos ? msg::Id::common_bad_unicode
                 : d.problem.find("incomplete") != std::string::npos
                     ? msg::Id::common_incomplete_utf8
                     : msg::Id::common_bad_utf8_byte;
  return msg::tr<msg::Id::common_not_utf8>(lang, what, std::string(hex), d.offset);
}

}  // namespace guidecheck
