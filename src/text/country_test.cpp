// Countries as applicants write them (issue #12): codes in any case, Chinese
// and English names from ICU, the short forms added by hand, and suggestions.
#include "text/country.h"

#include <unicode/locid.h>

#include <string>
#include <vector>

#include "catch_compat.h"

using namespace guidecheck::text;

TEST_CASE("country: codes, names and short forms are read as the code", "[country]") {
  for (auto [name, code] :
       std::vector<std::pair<const char*, const char*>>{{"CN", "CN"},
                                                        {"cn", "CN"},
                                                        {"Ｃｎ", "CN"},
                                                        {"中国", "CN"},
                                                        {"中方", "CN"},
                                                        {"中华人民共和国", "CN"},
                                                        {"China", "CN"},
                                                        {"德国", "DE"},
                                                        {"Germany", "DE"},
                                                        {"GERMANY", "DE"},
                                                        {"香港", "HK"},
                                                        {"中国香港", "HK"},
                                                        {"Hong Kong", "HK"},
                                                        {"中国香港特别行政区", "HK"},
                                                        {"澳门", "MO"},
                                                        {"台湾", "TW"},
                                                        {"USA", "US"},
                                                        {"United States", "US"},
                                                        {"美国", "US"},
                                                        {"UK", "GB"},
                                                        {"英国", "GB"},
                                                        {"South Korea", "KR"},
                                                        {"韩国", "KR"},
                                                        {"Netherlands", "NL"},
                                                        {"The Netherlands", "NL"}}) {
    INFO(name);
    CHECK(country_code_of(name) == code);
  }
}

TEST_CASE("country: a code in capitals reads as its lower-case spelling does", "[country]") {
  // "CN" is read without the table of names, "cn" through it: the same answer
  // for every code ICU lists, and for some it does not
  std::vector<std::string> codes = {"UK", "XK", "EU", "ZZ", "QQ"};
  for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) codes.emplace_back(*c);
  for (const std::string& code : codes) {
    std::string lower = code;
    for (char& ch : lower) ch = static_cast<char>(ch - 'A' + 'a');
    INFO(code);
    CHECK(country_code_of(code) == country_code_of(lower));
  }
}

TEST_CASE("country: what stands for no one country is not read", "[country]") {
  for (const char* name : {"", "Korea", "中华", "外方", "XX", "zz", "Europe", "欧洲", "Chinaa"}) {
    INFO(name);
    CHECK(country_code_of(name).empty());
  }
}

TEST_CASE("country: suggestions for a name that is not one", "[country]") {
  auto korea = country_suggestions("Korea");
  REQUIRE(korea.size() == 2);
  CHECK(korea[0].rfind("K", 0) == 0);
  CHECK((korea[0].rfind("KR (", 0) == 0 || korea[1].rfind("KR (", 0) == 0));
  auto cn = country_suggestions("中华");
  REQUIRE_FALSE(cn.empty());
  CHECK(cn[0] == "CN (中国 / China)");
  CHECK(country_suggestions("德意志").empty());
  CHECK(country_suggestions("x").empty());
}
