// The text layer: normalisation and the country → continent lookup (ICU's
// Region data). UTF-8 validity is tested in utf8_test.cpp.
#include "text/normalize.h"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "catch_compat.h"
#include "text/utf8.h"

using namespace guidecheck::text;

TEST_CASE("continent_of: ICU's regions, and unknown codes", "[text]") {
  CHECK(continent_of("CN") == "asia");
  CHECK(continent_of("DE") == "europe");
  CHECK(continent_of("BR") == "americas");
  CHECK(continent_of("KE") == "africa");
  CHECK(continent_of("AU") == "oceania");
  CHECK(continent_of("ZZ").empty());
  CHECK(known_country("FR"));
  CHECK_FALSE(known_country("fr"));
  CHECK_FALSE(known_country("FRA"));
}

namespace {
std::string nfkc_of(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString out =
      nfkc->normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), s.size())), status);
  std::string r;
  out.toUTF8String(r);
  return r;
}

// "a|b|c" -> {"a", "b", "c"}: a pool of characters written on a few lines.
std::vector<std::string> split_bars(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t at = 0, bar = 0; at <= s.size(); at = bar + 1) {
    bar = std::min(s.find('|', at), s.size());
    out.emplace_back(s.substr(at, bar - at));
  }
  return out;
}
}  // namespace

// The table folds character by character, which NFKC allows only for
// characters with a normalisation boundary before them; each one the table
// takes must also fold to what ICU makes of it.
TEST_CASE("fold_by_table: every character it takes folds as ICU's NFKC does", "[text]") {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  REQUIRE(U_SUCCESS(status));
  std::size_t taken = 0, wrong = 0;
  for (char32_t c = 1; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    std::string s, out;
    guidecheck::text::utf8::append(s, c);
    if (!fold_by_table(s, out)) continue;
    ++taken;
    if (!nfkc->hasBoundaryBefore(static_cast<UChar32>(c)) || out != nfkc_of(s)) ++wrong;
  }
  CHECK(taken > 21000);  // ASCII, the ideographs, full-width forms, punctuation
  CHECK(wrong == 0);
}

// Mixed text, by table where it can be and by ICU where not, against ICU
// alone: full-width, CJK, combining marks after table characters,
// compatibility forms, ill-formed bytes.
TEST_CASE("fold: the table and ICU give the same bytes on mixed text", "[text]") {
  // The first 30 are characters the table takes; the rest are not.
  const std::vector<std::string> pool = split_bars(
      "a|Z|7| |%|中|文|龥|，|。|"
      "、|：|；|（|）|６|２|％|Ａ|ｚ|"
      "～|　|…|—|“|”|‘|’|·|《|"
      "》|【|】|〜|〃|〆|〇|\xCC\x81|\xCC\x88|\xE3\x82\x99|"
      "\xE3\x80\xAA|℃|㎡|²|ﬁ|Å|é|e\xCC\x81|が|ｶ|"
      "ﾞ|한|\xE1\x84\x80|\xE1\x85\xA1|Ω|\xEF\xBC\x80|\xEF\xBD\x9F|\xFF|\xE4\xB8|①|"
      "Ⅻ|\xE3\x80\xB6|\xE3\x80\xB8|丽|\xEF\xA4\x80|〔|〕|〖|〗");
  std::uint32_t seed = 7;
  auto rnd = [&seed] { return (seed = seed * 1103515245u + 12345u) >> 8; };
  std::size_t by_table = 0;
  for (int n = 0; n < 20000; ++n) {
    std::string s;
    for (std::size_t k = rnd() % 12; k > 0; --k) s += pool[rnd() % (n % 3 ? 30 : pool.size())];
    std::string out;
    if (fold_by_table(s, out)) ++by_table;
    INFO(s);
    REQUIRE(fold(s) == fold_icu(s));
  }
  CHECK(pool.size() == 69);
  CHECK(by_table > 5000);
}
