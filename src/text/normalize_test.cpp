// The text layer: UTF-8 validity (ICU's decoder) and the country → continent
// lookup (ICU's Region data).
#include "text/normalize.h"

#include <string>

#include "catch_compat.h"

using namespace guidecheck::text;

TEST_CASE("valid_utf8: well-formed text passes", "[text]") {
  CHECK(valid_utf8(""));
  CHECK(valid_utf8("ascii 62 %"));
  CHECK(valid_utf8("电-电效率不低于 60%"));
  CHECK(valid_utf8("≤ 250 元/吨"));
  CHECK(valid_utf8("\xF0\x9F\x98\x80"));  // U+1F600, four bytes
  CHECK(valid_utf8(std::string("a\0b", 3)));
}

TEST_CASE("valid_utf8: every kind of broken sequence fails", "[text]") {
  CHECK_FALSE(valid_utf8("\xC3"));              // truncated at the end
  CHECK_FALSE(valid_utf8("\xE7\x94"));          // truncated three-byte character
  CHECK_FALSE(valid_utf8("\xE7\x94x"));         // cut short inside the text
  CHECK_FALSE(valid_utf8("\x80"));              // a lone continuation byte
  CHECK_FALSE(valid_utf8("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(valid_utf8("\xE0\x80\xAF"));      // overlong, three bytes
  CHECK_FALSE(valid_utf8("\xED\xA0\x80"));      // a UTF-16 surrogate
  CHECK_FALSE(valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(valid_utf8("\xFF"));
  CHECK_FALSE(valid_utf8("\xD6\xD0\xCE\xC4"));  // "中文" in GB18030
}

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
