#include "value/value.h"

#include <catch2/catch.hpp>

using namespace guidecheck::value;

TEST_CASE("value: numbers and quantities", "[value]") {
  Value v = parse_text("62 %");
  REQUIRE(v.type == Value::Type::Quantity);
  CHECK(v.exact);
  CHECK(v.lo.v == 62);
  CHECK(v.lo.unit == "%");
  v = parse_text("-110 ℃");
  CHECK(v.lo.v == -110);
  CHECK(v.lo.unit == "°C");  // NFKC folds ℃
  v = parse_text("10,000");
  CHECK(v.lo.v == 10000);
  v = parse_text("1.5e3 SL/min");
  CHECK(v.lo.v == 1500);
  CHECK(v.lo.unit == "SL/min");
  v = parse_text("1×10⁻⁶ mol/mol");
  CHECK(v.lo.v == Approx(1e-6));
  CHECK(v.lo.unit == "mol/mol");
}

TEST_CASE("value: full-width digits and signs", "[value]") {
  Value v = parse_text("６２％");
  REQUIRE(v.type == Value::Type::Quantity);
  CHECK(v.lo.v == 62);
  CHECK(v.lo.unit == "%");
  v = parse_text("≥ ６０ ％");
  CHECK(v.lo.v == 60);
  CHECK(v.hi.infinite());
  v = parse_text("２０～８０℃");
  CHECK(v.lo.v == 20);
  CHECK(v.hi.v == 80);
}

TEST_CASE("value: committed bounds", "[value]") {
  Value v = parse_text("不低于 62%");
  CHECK(v.lo.v == 62);
  CHECK_FALSE(v.lo.open);
  CHECK(v.hi.infinite());
  v = parse_text("> 60 %");
  CHECK(v.lo.open);
  v = parse_text("低于 3 分钟");
  CHECK(v.hi.v == 3);
  CHECK(v.hi.open);
  CHECK(v.lo.infinite());
  v = parse_text("200 kW 以上");
  CHECK(v.lo.v == 200);
  CHECK(v.lo.unit == "kW");
  CHECK(v.hi.infinite());
  v = parse_text("不应低于 50%");
  CHECK(v.lo.v == 50);
  CHECK(v.hi.infinite());
  v = parse_text("30%(含)以上");
  CHECK(v.lo.v == 30);
}

TEST_CASE("value: ranges", "[value]") {
  Value v = parse_text("62 ~ 65 %");
  CHECK(v.lo.v == 62);
  CHECK(v.hi.v == 65);
  CHECK(v.lo.unit == "%");
  CHECK(v.hi.unit == "%");
  v = parse_text("20 至 80 ℃");
  CHECK(v.lo.v == 20);
  CHECK(v.hi.v == 80);
  v = parse_text("3-15 纳米");
  CHECK(v.lo.v == 3);
  CHECK(v.hi.v == 15);
  v = parse_text("-40 ~ -10 ℃");
  CHECK(v.lo.v == -40);
  CHECK(v.hi.v == -10);
  v = parse_text("20 ℃ ~ 353 K");
  CHECK(v.lo.unit == "°C");
  CHECK(v.hi.unit == "K");
}

TEST_CASE("value: Chinese multipliers and numerals", "[value]") {
  Value v = parse_text("2.5 万元/吨");
  CHECK(v.lo.v == 2.5);
  CHECK(v.lo.unit == "万元/吨");
  CHECK(chinese_numeral("三") == 3);
  CHECK(chinese_numeral("两") == 2);
  CHECK(chinese_numeral("十二") == 12);
  CHECK(chinese_numeral("二十") == 20);
  CHECK(chinese_numeral("一百零五") == 105);
  CHECK(chinese_numeral("一万") == 10000);
  v = parse_text("三项");
  REQUIRE(v.type == Value::Type::Quantity);
  CHECK(v.lo.v == 3);
  CHECK(v.lo.unit == "项");
}

TEST_CASE("value: map scales", "[value]") {
  Value v = parse_text("1:25000");
  REQUIRE(v.type == Value::Type::Ratio);
  CHECK(v.ratio_denominator == 25000);
  v = parse_text("1:2.5万");
  CHECK(v.ratio_denominator == 25000);
  v = parse_text("1∶5万");
  CHECK(v.ratio_denominator == 50000);
}

TEST_CASE("value: text, and what is not a number", "[value]") {
  CHECK(parse_text("形成评估报告 1 份").type == Value::Type::Text);
  CHECK(parse_text("12abc").type == Value::Type::Quantity);  // a unit 'abc', refused at conversion
  CHECK(parse_text(".nan").type == Value::Type::Text);
  CHECK(parse_text("1e400").type == Value::Type::Text);  // not finite: not a number
  CHECK(parse_text("").type == Value::Type::Missing);
  Value z = parse_text("-0");
  CHECK(z.lo.v == 0);
}
