#include "value/decimal.h"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

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

// write_g12 takes a shortcut (whole numbers, the shortest form) when it can;
// each case is what printf's "%.12g" writes.
TEST_CASE("decimal: write_g12 is printf's %.12g", "[decimal]") {
  auto g12 = [](double v, bool expect_exact) {
    char a[40], b[40];
    bool exact = false;
    char* ea = std::to_chars(a, a + sizeof a, v, std::chars_format::general, 12).ptr;
    char* eb = write_g12(b, b + sizeof b, v, exact);
    CHECK(exact == expect_exact);
    return std::string(a, ea) == std::string(b, eb);
  };
  for (double v : {1.0, -7.0, 25.0, 999999999999.0, 1e12, 1e15, 0.5, -0.25, 1e-4, 1.5e-5, 123.456,
                   0.001234, 12345678.9012, 1e300, -2.5e-300, 60.0 / 7})
    CHECK(g12(v, v != 60.0 / 7));
  for (double v : {0.0, -0.0, 36.000000000000004, 5e-324, 1.0 / 3}) CHECK(g12(v, false));
  CHECK(g12(std::numeric_limits<double>::infinity(), false));
  CHECK(g12(std::nan(""), false));
}
