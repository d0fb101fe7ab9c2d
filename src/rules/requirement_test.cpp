#include "rules/requirement.h"

#include <fmt/format.h>

#include <cmath>
#include <cstring>
#include <random>

#include "catch_compat.h"
#include "units/units.h"

using guidecheck::rules::format_number;

TEST_CASE("format_number: the fast path writes what fmt writes") {
  for (double v : {60.0,          0.5,
                   100000.0,      -3.25,
                   1e-4,          1.5e-4,
                   0.00001,       1234567890.0,
                   123456789.0,   9999999999.0,
                   12345678901.0, 0.1 + 0.2,
                   1.0 / 3,       250.00000000000003,
                   -0.0,          1e21,
                   5e-324,        1.7976931348623157e308,
                   62.5,          99.95,
                   3.89476}) {
    INFO(v);
    CHECK(format_number(v) == (v == 0 ? std::string("0") : fmt::format("{:.10g}", v)));
  }
  std::mt19937_64 rng(20221);
  for (int i = 0; i < 100000; ++i) {
    // Random bits, and decimals as applicants write them (2-10 digits).
    std::uint64_t bits = rng();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    if (!std::isfinite(v) || v == 0) continue;
    double d = static_cast<double>(rng() % 10000000000ULL) / std::pow(10.0, rng() % 12);
    for (double x : {v, d, -d}) {
      if (x == 0) continue;
      INFO(x);
      REQUIRE(format_number(x) == fmt::format("{:.10g}", x));
    }
  }
}

TEST_CASE("units::display: the same English spelling from the cache") {
  using guidecheck::msg::Lang;
  for (int round = 0; round < 2; ++round) {
    CHECK(guidecheck::units::display("千瓦时", Lang::Zh) == "千瓦时");
    std::string first = guidecheck::units::display("元/吨", Lang::En);
    CHECK(guidecheck::units::display("元/吨", Lang::En) == first);
    CHECK(first != "元/吨");
  }
}
