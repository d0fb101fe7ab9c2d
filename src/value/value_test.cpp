#include "value/value.h"

#include "catch_compat.h"

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

// One value, one number: anything else is Invalid with the reason.
TEST_CASE("value: two numbers in one value are refused", "[value][one-number]") {
  for (const char* s :
       {"62 5 %", "2 3", "20 50 km", "1.2.3", "3 4 项", "62 %5", "≥ 60 5 %", "10 ~ 20 30 ℃"}) {
    INFO(s);
    Value v = parse_text(s);
    CHECK(v.type == Value::Type::Invalid);
    CHECK(v.problem.en().find("two numbers in one value") != std::string::npos);
    CHECK(v.problem.zh().find("一个值中有两个数") != std::string::npos);
  }
}

TEST_CASE("value: digit grouping is read right or refused", "[value][one-number]") {
  Value v = parse_text("1,200 km");
  REQUIRE(v.type == Value::Type::Quantity);
  CHECK(v.lo.v == 1200);
  CHECK(v.lo.dec == "1200");
  v = parse_text("12,345,678.5");
  CHECK(v.lo.v == 12345678.5);
  for (const char* s : {"1,20", "1,2345", "1234,567", "1,200,00", "1,20 km"}) {
    INFO(s);
    v = parse_text(s);
    CHECK(v.type == Value::Type::Invalid);
    CHECK(v.problem.en().find("comma") != std::string::npos);
  }
  v = parse_text("1 200 km");
  REQUIRE(v.type == Value::Type::Invalid);
  CHECK(v.problem.en().find("a space inside a number is ambiguous") != std::string::npos);
  CHECK(parse_text("3 000").type == Value::Type::Invalid);
}

TEST_CASE("value: Chinese numerals follow their grammar", "[value][chinese]") {
  CHECK(chinese_numeral("三") == 3);
  CHECK(chinese_numeral("两") == 2);
  CHECK(chinese_numeral("十") == 10);
  CHECK(chinese_numeral("十二") == 12);
  CHECK(chinese_numeral("二十五") == 25);
  CHECK(chinese_numeral("一百零五") == 105);
  CHECK(chinese_numeral("一百五") == 150);
  CHECK(chinese_numeral("两千") == 2000);
  CHECK(chinese_numeral("一千零五十") == 1050);
  CHECK(chinese_numeral("十万") == 100000);
  CHECK(chinese_numeral("二十五万") == 250000);
  CHECK(chinese_numeral("三万三") == 33000);
  CHECK(chinese_numeral("三万五千") == 35000);
  CHECK(chinese_numeral("一万零五") == 10005);
  CHECK(chinese_numeral("一亿五千万") == 150000000);
  CHECK(chinese_numeral("零") == 0);
  for (const char* s : {"三十三十", "二三", "两十", "一千五十", "万", "百", "十百", "三万五百",
                        "二〇二三", "零零", "三零", "万万"}) {
    INFO(s);
    CHECK(chinese_numeral(s) == -1);
  }
  Value v = parse_text("三十三十");
  CHECK(v.type == Value::Type::Invalid);
  CHECK(v.problem.en().find("Chinese numeral") != std::string::npos);
  v = parse_text("三万三 吨");
  REQUIRE(v.type == Value::Type::Quantity);
  CHECK(v.lo.v == 33000);
  v = parse_text("两项");
  CHECK(v.lo.v == 2);
  CHECK(v.lo.unit == "项");
}

TEST_CASE("value: written decimals are kept for exact comparison", "[value]") {
  CHECK(parse_text("59.999999999999999 %").lo.dec == "59.999999999999999");
  CHECK(parse_text("1.5e3 SL/min").lo.dec == "1.5e3");
  CHECK(parse_text("1×10⁻⁶ mol/mol").lo.dec == "1e-6");
  CHECK(parse_text("20 ~ 80 ℃").hi.dec == "80");
}

TEST_CASE("value: project periods written as dates", "[value][duration]") {
  for (const char* s :
       {"2023.01-2025.12", "2023年1月—2025年12月", "2023-01 ~ 2025-12", "2023/01-2025/12",
        "2023.1-2025.12", "2023年1月至2025年12月", "2023-01至2025-12"}) {
    INFO(s);
    DateSpan d = date_span(s);
    CHECK(d.is_dates);
    CHECK(d.months == 36);
  }
  CHECK(date_span("2023.07-2026.06").months == 36);
  CHECK(date_span("2023.01-2023.01").months == 1);
  // days, where the period is whole months: a month's first day to a month's last
  for (const char* s :
       {"2023.01.01-2025.12.31", "2023年1月1日至2025年12月31日", "2023年1月1日—2025年12月31日",
        "2023-01-01 ~ 2025-12-31", "January 2023 to December 2025", "January 2023 – December 2025",
        "Jan 2023 - Dec 2025", "1 January 2023 to 31 December 2025",
        "1st Jan. 2023 – 31st Dec. 2025", "January 1, 2023 through December 31, 2025",
        "1 Jan 2023 until 31 Dec 2025", "Sept 2023 to August 2026"}) {
    INFO(s);
    DateSpan d = date_span(s);
    CHECK(d.is_dates);
    CHECK(d.months == 36);
  }
  CHECK(date_span("2024年3月1日至2024年2月29日").months < 0);    // ends before it starts
  CHECK(date_span("2023年3月1日至2024年2月29日").months == 12);  // 2024 is a leap year
  for (const char* s : {"2023-2025", "2023年-2025年", "2023.13-2025.12", "2025.12-2023.01",
                        "2023.01.15-2025.12.31", "2023年1月1日至2025年12月30日",
                        "2023年2月1日至2024年2月28日", "1 January 2023 to 30 December 2025"}) {
    INFO(s);
    DateSpan d = date_span(s);
    CHECK(d.is_dates);
    CHECK(d.months < 0);
    CHECK(d.problem.zh().find("36 个月") != std::string::npos);
    CHECK(d.problem.en().find("write the length") != std::string::npos);
  }
  CHECK_FALSE(date_span("36 个月").is_dates);
  CHECK_FALSE(date_span("Smarch 2023 to December 2025").is_dates);
  CHECK_FALSE(date_span("May 2023 to").is_dates);
  CHECK_FALSE(date_span("3 年").is_dates);
  CHECK_FALSE(date_span("2 ~ 3 年").is_dates);
}

TEST_CASE("value: an estimate is refused with the number it carries", "[value]") {
  using guidecheck::msg::Lang;
  for (const char* written :
       {"约1500 SL/min", "约 62 %", "大约62%", "1500左右", "62%左右", "~62 %", "～62 %", "≈ 62 %",
        "approximately 62 %", "About 62 %", "around 3", "接近 10000 次", "3 项上下"}) {
    CAPTURE(written);
    Value v = parse_text(written);
    REQUIRE(v.type == Value::Type::Invalid);
    std::string zh = v.problem.render(Lang::Zh), en = v.problem.render(Lang::En);
    CHECK(zh.find("估计值") != std::string::npos);
    CHECK(en.find("estimate") != std::string::npos);
    CHECK(en.find("≥") != std::string::npos);  // the form to write
  }
  // The form to write carries the number as written, without the estimate word.
  Value v = parse_text("约1500 SL/min");
  CHECK(v.problem.render(Lang::En).find("such as 1500 SL/min") != std::string::npos);
  v = parse_text("1500左右");
  CHECK(v.problem.render(Lang::Zh).find("如 1500；") != std::string::npos);
  // Not estimates: words that only begin like one, and text with no number.
  CHECK(parse_text("aboutness").type == Value::Type::Text);
  CHECK(parse_text("约定俗成").type == Value::Type::Text);
  CHECK(parse_text("左右").type == Value::Type::Text);
  CHECK(parse_text("20 ~ 50 ℃").type == Value::Type::Quantity);
  CHECK(parse_text("≥ 62 %").type == Value::Type::Quantity);
}

TEST_CASE("value: an amount of money written currency first", "[value]") {
  Value v = parse_text("CNY 240 per t");
  REQUIRE(v.type == Value::Type::Quantity);
  CHECK(v.lo.v == 240);
  CHECK(v.lo.unit == "CNY per t");
  CHECK(v.text == "CNY 240 per t");  // reports quote what was written
  v = parse_text("≤ RMB 240/t");
  REQUIRE(v.type == Value::Type::Quantity);
  CHECK(v.hi.v == 240);
  CHECK(v.lo.infinite());
  CHECK(v.hi.unit == "RMB/t");
  v = parse_text("￥1,200/kW");  // full-width yen folds to ¥
  REQUIRE(v.type == Value::Type::Quantity);
  CHECK(v.lo.v == 1200);
  CHECK(v.lo.unit == "元/kW");
  v = parse_text("不超过CNY 240/t");
  REQUIRE(v.type == Value::Type::Quantity);
  CHECK(v.hi.v == 240);
  // never half read: a range, a multiplier before the unit, a second number
  CHECK(parse_text("CNY 200-240 per t").type != Value::Type::Quantity);
  CHECK(parse_text("CNY 200–240 per t").type != Value::Type::Quantity);
  CHECK(parse_text("CNY 2.4万/t").type != Value::Type::Quantity);
  CHECK(parse_text("CNY 240 per t and 5 t").type != Value::Type::Quantity);
  CHECK(parse_text("CNY").type != Value::Type::Quantity);
  CHECK(parse_text("约 CNY 240/t").type != Value::Type::Quantity);  // an estimate
}
