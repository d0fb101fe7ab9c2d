// The text layer: normalisation and the country → continent lookup (ICU's
// Region data). UTF-8 validity is tested in utf8_test.cpp.
#include "text/normalize.h"

#include <string>

#include "catch_compat.h"

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
