#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/region.h>
#include <unicode/unistr.h>

#include <mutex>
#include <string>
#include <unordered_map>

#include "text/utf8.h"

namespace guidecheck::text {

namespace {
// Characters NFKC leaves as they are and that fold on their own (each has a
// normalisation boundary before it; normalize_test.cpp checks both against
// ICU): the CJK Unified Ideographs (U+4E00..U+9FFF) and the common CJK and
// general punctuation ("、。《》【】“”—·").
bool stays(char32_t c) {
  if (c >= 0x4E00 && c <= 0x9FFF) return true;
  if (c >= 0x3000 && c <= 0x301F)
    return c == 0x3001 || c == 0x3002 || (c >= 0x3008 && c <= 0x3011) || c >= 0x3014;
  return c == 0x2014 || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D || c == 0xB7;
}

// utf8::next, with the three-byte characters whose lead byte allows every
// continuation (E1..EC, EE, EF: all the table knows beyond ASCII) decoded in
// line: the call per character cost more than the table itself.
inline char32_t next_common(std::string_view s, std::size_t& i) {
  auto b = [&s](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char c = b(i);
  if (c < 0x80) {
    ++i;
    return c;
  }
  if (c >= 0xE1 && c != 0xED && c <= 0xEF && i + 2 < s.size() && (b(i + 1) & 0xC0) == 0x80 &&
      (b(i + 2) & 0xC0) == 0x80) {
    char32_t cp =
        (char32_t{c & 0x0Fu} << 12) | (char32_t{b(i + 1) & 0x3Fu} << 6) | (b(i + 2) & 0x3Fu);
    i += 3;
    return cp;
  }
  return utf8::next(s, i);
}
}  // namespace

// Most of what a proposal's values hold ("33 千瓦时/立方米", "６２％，已完成。")
// folds here without the round trip through ICU's UTF-16: ASCII and the
// characters `stays` accepts are copied, full-width ASCII (U+FF01..U+FF5E)
// becomes ASCII, U+3000 a space and U+2026 "...", as NFKC has them.
bool fold_by_table(std::string_view s, std::string& out) {
  out.clear();
  out.reserve(s.size());  // nothing the table does lengthens the text
  std::size_t run = 0;    // start of the bytes copied as they are
  for (std::size_t i = 0; i < s.size();) {
    std::size_t at = i;
    char32_t c = next_common(s, i);  // ill-formed: U+FFFD, which goes to ICU
    if (c < 0x80 || stays(c)) continue;
    out.append(s.substr(run, at - run));
    run = i;
    if (c >= 0xFF01 && c <= 0xFF5E)
      out.push_back(static_cast<char>(c - 0xFEE0));
    else if (c == 0x3000)
      out.push_back(' ');
    else if (c == 0x2026)
      out.append("...");
    else
      return false;
  }
  out.append(s.substr(run));
  return true;
}

std::string fold_icu(std::string_view s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  if (U_FAILURE(status)) return std::string(s);
  // Most Chinese text is already NFKC: checking the UTF-8 in place is far
  // cheaper than the round trip through UTF-16.
  if (nfkc->isNormalizedUTF8(icu::StringPiece(s.data(), s.size()), status) && U_SUCCESS(status))
    return std::string(s);
  status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size()));
  icu::UnicodeString out = nfkc->normalize(u, status);
  if (U_FAILURE(status)) return std::string(s);
  std::string r;
  out.toUTF8String(r);
  return r;
}

std::string fold(std::string_view s) {
  std::string r;
  if (fold_by_table(s, r)) return r;
  return fold_icu(s);
}

std::string_view trim(std::string_view s) {
  auto is_space = [](std::string_view t, std::size_t i) -> std::size_t {
    unsigned char c = t[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') return 1;
    // U+3000 ideographic space, U+00A0 no-break space
    if (c == 0xE3 && t.substr(i, 3) == "\xE3\x80\x80") return 3;
    if (c == 0xC2 && t.substr(i, 2) == "\xC2\xA0") return 2;
    return 0;
  };
  while (!s.empty()) {
    std::size_t n = is_space(s, 0);
    if (!n) break;
    s.remove_prefix(n);
  }
  while (!s.empty()) {
    unsigned char c = s.back();
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r')
      s.remove_suffix(1);
    else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE3\x80\x80")
      s.remove_suffix(3);
    else if (s.size() >= 2 && s.substr(s.size() - 2) == "\xC2\xA0")
      s.remove_suffix(2);
    else
      break;
  }
  return s;
}

namespace {
std::string lookup_continent(const std::string& code) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Region* r = icu::Region::getInstance(code.c_str(), status);
  if (U_FAILURE(status) || !r || r->getType() != URGN_TERRITORY) return "";
  const icu::Region* cont = r->getContainingRegion(URGN_CONTINENT);
  if (!cont) return "";
  std::string c = cont->getRegionCode();
  // UN M.49 continent codes as ICU returns them.
  if (c == "142") return "asia";
  if (c == "150") return "europe";
  if (c == "019") return "americas";
  if (c == "002") return "africa";
  if (c == "009") return "oceania";
  return "";
}
}  // namespace

std::string continent_of(std::string_view country_code) {
  // Per thread, no lock: a batch asks for every participant of every proposal
  // on several threads at once. ICU's Region lookups are thread-safe.
  thread_local std::unordered_map<std::string, std::string> cache;
  std::string code(country_code);
  auto it = cache.find(code);
  if (it != cache.end()) return it->second;
  std::string c = lookup_continent(code);
  if (cache.size() < 1024) cache.emplace(code, c);  // bounded: codes come from proposals
  return c;
}

bool known_country(std::string_view code) {
  if (code.size() != 2) return false;
  for (char ch : code)
    if (ch < 'A' || ch > 'Z') return false;
  return !continent_of(code).empty();
}

}  // namespace guidecheck::text
