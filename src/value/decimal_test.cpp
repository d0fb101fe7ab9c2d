#include "value/decimal.h"

#include "catch_compat.h"

using namespace guidecheck::value;

TEST_CASE("decimal: exact comparison of written decimals", "[decimal]") {
  CHECK(decimal_compare("59.999999999999999", "60") == -1);
  CHECK(decimal_compare("60.000000000000001", "60") == 1);
  CHECK(decimal_compare("60.0", "60") == 0);
  CHECK(decimal_compare("6e1", "60") == 0);
  CHECK(decimal_compare("0.6e2", "60") == 0);
  CHECK(decimal_compare("-1", "0") == -1);
  CHECK(decimal_compare("-0", "0") == 0);
  CHECK(decimal_compare("-2", "-1") == -1);
  CHECK(decimal_compare("0.001", "0.0009") == 1);
  CHECK(decimal_compare("1e-9", "0") == 1);
  CHECK(decimal_compare("abc", "1") == 2);
}

TEST_CASE("decimal: whole numbers and signs", "[decimal]") {
  CHECK(decimal_is_integer("3"));
  CHECK(decimal_is_integer("3.0"));
  CHECK(decimal_is_integer("1e3"));
  CHECK(decimal_is_integer("0"));
  CHECK_FALSE(decimal_is_integer("2.5"));
  CHECK_FALSE(decimal_is_integer("1e-9"));
  CHECK_FALSE(decimal_is_integer("0.0000001"));
  CHECK(decimal_negative("-0.001"));
  CHECK_FALSE(decimal_negative("-0"));
  CHECK_FALSE(decimal_negative("0.5"));
  CHECK(decimal_of(36.000000000000004) == "36");
  CHECK(decimal_of(173.15000000000001) == "173.15");
}
