// Every rule kind and comparator at its boundaries: exactly at the threshold,
// just past it, in another unit, and as a committed bound or range.
#include "eval/evaluate.h"

#include "../../tests/helpers.h"

using namespace guidecheck;
using namespace guidecheck::testing;
using report::Status;

static rules::Rule quantity(const char* op, double value, const char* unit,
                            const char* wording = nullptr) {
  std::string y = std::string("{id: x, title: {zh: 某量, en: a quantity}, kind: quantity, op: \"") +
                  op + "\", value: " + std::to_string(value) + ", unit: \"" + unit + "\"";
  if (wording) y += std::string(", wording: ") + wording;
  return rule_from(y + ", source: {section: s, text: t}}");
}

TEST_CASE("eval: >= (不低于) at, just under, in other units", "[eval][quantity]") {
  auto r = quantity(">=", 60, "%", "不低于");
  CHECK(status_of(r, "60 %") == Status::Pass);
  CHECK(status_of(r, "59.99 %") == Status::Fail);
  CHECK(status_of(r, "60.01 %") == Status::Pass);
  CHECK(status_of(r, "0.6") == Status::Fail);  // a bare number is in the rule's unit: 0.6 %
  CHECK(status_of(r, "６０％") == Status::Pass);
  CHECK(status_of(r, "不低于 60%") == Status::Pass);
  CHECK(status_of(r, "≥ 59 %") == Status::Fail);  // worst end 59
  CHECK(status_of(r, "≤ 80 %") == Status::Fail);  // could be anything below 80
  CHECK(status_of(r, "60 ~ 65 %") == Status::Pass);
  CHECK(status_of(r, "58 ~ 65 %") == Status::Fail);  // worst end counts
  CHECK(status_of(r, "600000 ppm") == Status::Pass);
}

TEST_CASE("eval: > (高于/大于/超过) fails exactly at the threshold", "[eval][quantity]") {
  auto r = quantity(">", 350, "kW", "高于");
  CHECK(status_of(r, "350 kW") == Status::Fail);
  CHECK(status_of(r, "350.01 kW") == Status::Pass);
  CHECK(status_of(r, "0.35 MW") == Status::Fail);
  CHECK(status_of(r, "0.3501 MW") == Status::Pass);
  CHECK(status_of(r, "\"> 350 kW\"") == Status::Pass);  // strictly above, as required
  CHECK(status_of(r, "≥ 350 kW") == Status::Fail);      // may be exactly 350
}

TEST_CASE("eval: < (低于/小于) fails exactly at the threshold", "[eval][quantity]") {
  auto r = quantity("<", 3, "分钟", "低于");
  CHECK(status_of(r, "3 分钟") == Status::Fail);
  CHECK(status_of(r, "180 s") == Status::Fail);
  CHECK(status_of(r, "179 s") == Status::Pass);
  CHECK(status_of(r, "2.99 min") == Status::Pass);
  CHECK(status_of(r, "低于 3 分钟") == Status::Pass);
  CHECK(status_of(r, "≤ 3 分钟") == Status::Fail);
}

TEST_CASE("eval: <= (不高于/不超过/以内) at and just over", "[eval][quantity]") {
  auto r = quantity("<=", -100, "℃", "不高于");
  CHECK(status_of(r, "-100 ℃") == Status::Pass);
  CHECK(status_of(r, "173.15 K") == Status::Pass);  // = -100 ℃, offset conversion
  CHECK(status_of(r, "173.16 K") == Status::Fail);
  CHECK(status_of(r, "-99.99 ℃") == Status::Fail);
  CHECK(status_of(r, "-110 ℃") == Status::Pass);
}

TEST_CASE("eval: == and between", "[eval][count]") {
  auto eq = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: count, op: \"==\", value: 0, source: {section: s, "
      "text: t}}");
  CHECK(status_of(eq, "0") == Status::Pass);
  CHECK(status_of(eq, "1") == Status::Fail);
  auto between = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: count, op: between, value: [2, 3], unit: 项, source: "
      "{section: s, text: t}}");
  CHECK(status_of(between, "1") == Status::Fail);
  CHECK(status_of(between, "2") == Status::Pass);
  CHECK(status_of(between, "3 项") == Status::Pass);
  CHECK(status_of(between, "4") == Status::Fail);
  CHECK(status_of(between, "2~3") == Status::Pass);
}

TEST_CASE("eval: counts", "[eval][count]") {
  auto r = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: count, op: \">=\", value: 10000, unit: 次, source: "
      "{section: s, text: t}}");
  CHECK(status_of(r, "10000") == Status::Pass);
  CHECK(status_of(r, "9999 次") == Status::Fail);
  CHECK(status_of(r, "1万次") == Status::Pass);
  CHECK(status_of(r, "\"10,000\"") == Status::Pass);
  CHECK(status_of(r, "10000 h") == Status::Invalid);  // not a count
  CHECK(status_of(r, "-1") != Status::Pass);
  CHECK(status_of(r, "many") == Status::Invalid);
  CHECK(status_of(r, "true") == Status::Invalid);
  auto three = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: count, op: \">=\", value: 3, source: {section: s, "
      "text: t}}");
  CHECK(status_of(three, "三项") == Status::Pass);
  CHECK(status_of(three, "两个") == Status::Fail);
}

TEST_CASE("eval: a wrong dimension or an unknown unit is invalid, never compared",
          "[eval][quantity]") {
  auto r = quantity(">=", 30, "千瓦时/立方米");
  auto f = judge(r, "{x: 30 kWh/kg}");
  CHECK(f.status == Status::Invalid);
  CHECK(f.message.find("kWh/kg") != std::string::npos);
  CHECK(status_of(r, "30 furlongs") == Status::Invalid);
  CHECK(status_of(r, "很高") == Status::Invalid);
  CHECK(status_of(r, "108 MJ/m3") == Status::Pass);
}

TEST_CASE("eval: missing indicators and their location", "[eval]") {
  auto r = quantity(">=", 60, "%");
  auto f = judge(r, "{other: 1}");
  CHECK(f.status == Status::Missing);
  CHECK(f.location.line == 4);  // the indicators: line
  auto g = judge(r, "{x: null}");
  CHECK(g.status == Status::Missing);
  CHECK(g.location.line == 4);
}

TEST_CASE("eval: findings carry the value's line and column", "[eval]") {
  auto r = quantity(">=", 60, "%");
  auto f = judge(r, "\n  x: 58 %");
  CHECK(f.status == Status::Fail);
  CHECK(f.location.line == 5);
  CHECK(f.location.column == 6);
  REQUIRE(f.actual);
  CHECK(*f.actual->value == 58);
}

TEST_CASE("eval: range_cover", "[eval][range_cover]") {
  auto r = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: range_cover, op: covers, value: [20, 80], unit: ℃, "
      "source: {section: s, text: t}}");
  CHECK(status_of(r, "20 至 80 ℃") == Status::Pass);
  CHECK(status_of(r, "10 ~ 90 ℃") == Status::Pass);
  CHECK(status_of(r, "20.1 ~ 80 ℃") == Status::Fail);
  CHECK(status_of(r, "20 ~ 79.9 ℃") == Status::Fail);
  CHECK(status_of(r, "293.15 ~ 353.15 K") == Status::Pass);
  CHECK(status_of(r, "{min: 20 ℃, max: 353.15 K}") == Status::Pass);
  CHECK(status_of(r, "50 ℃") == Status::Fail);
}

TEST_CASE("eval: ratio (map scales)", "[eval][ratio]") {
  auto r = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: ratio, op: \">=\", wording: 不低于, value: "
      "\"1:50000\", source: {section: s, text: t}}");
  CHECK(status_of(r, "1:50000") == Status::Pass);
  CHECK(status_of(r, "1:5万") == Status::Pass);
  CHECK(status_of(r, "1:2.5万") == Status::Pass);   // finer
  CHECK(status_of(r, "1:100000") == Status::Fail);  // coarser
  CHECK(status_of(r, "1:50001") == Status::Fail);
  CHECK(status_of(r, "50000") == Status::Invalid);
}

TEST_CASE("eval: categorical contains_all", "[eval][categorical]") {
  auto r = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: categorical, op: contains_all, value: [warm_temperate, "
      "marine],"
      " categories: [{id: warm_temperate, zh: 暖温, en: warm temperate}, {id: marine, zh: 海洋, "
      "en: marine}],"
      " source: {section: s, text: t}}");
  CHECK(status_of(r, "[warm_temperate, marine]") == Status::Pass);
  CHECK(status_of(r, "[marine, warm_temperate, desert]") == Status::Pass);
  CHECK(status_of(r, "[暖温, 海洋]") == Status::Pass);
  CHECK(status_of(r, "暖温、海洋") == Status::Pass);
  auto f = judge(r, "{x: [marine]}");
  CHECK(f.status == Status::Fail);
  CHECK(f.message.find("warm temperate") != std::string::npos);
}

TEST_CASE("eval: qualitative commitments", "[eval][qualitative]") {
  auto r = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: qualitative, op: committed, source: {section: s, text: "
      "t}}");
  CHECK(status_of(r, "true") == Status::Pass);
  CHECK(status_of(r, "形成评估报告 1 份") == Status::Pass);
  CHECK(status_of(r, "false") == Status::Fail);
  CHECK(status_of(r, "null") == Status::Missing);
  CHECK(status_of(r, "\"\"") == Status::Missing);
}

TEST_CASE("eval: formula thresholds", "[eval][formula]") {
  auto r = rule_from(
      "{id: cost, title: {zh: 成本, en: cost}, kind: formula, op: \"<=\", unit: 元/克,"
      " formula: \"pt_spot_price * pgm_fraction + 50\","
      " inputs: [{id: pt_spot_price, unit: 元/克, title: {zh: Pt, en: Pt}}, {id: pgm_fraction, "
      "unit: \"1\", title: {zh: w, en: w}}],"
      " source: {section: s, text: t}}");
  // threshold = 200 * 0.4 + 50 = 130
  CHECK(judge(r, "{cost: 130 元/克, pt_spot_price: 200 元/克, pgm_fraction: 40 wt%}").status ==
        Status::Pass);
  CHECK(judge(r, "{cost: 130.01 元/克, pt_spot_price: 200 元/克, pgm_fraction: 40 wt%}").status ==
        Status::Fail);
  CHECK(judge(r, "{cost: 0.13 元/毫克, pt_spot_price: 200000 元/千克, pgm_fraction: 0.4}").status ==
        Status::Pass);
  auto f = judge(r, "{cost: 120 元/克, pgm_fraction: 40 wt%}");
  CHECK(f.status == Status::Missing);
  CHECK(judge(r, "{cost: 120 元/克, pt_spot_price: 200 kg, pgm_fraction: 40 wt%}").status ==
        Status::Invalid);
  auto ok = judge(r, "{cost: 100 元/克, pt_spot_price: 200 元/克, pgm_fraction: 40 wt%}");
  REQUIRE(ok.expected.value);
  CHECK(*ok.expected.value == Approx(130));
}

TEST_CASE("eval: participants (general rules)", "[eval][general]") {
  auto cn = rule_from(
      "{id: max_cn_units, title: {zh: a, en: a}, kind: count, measure: participants.cn_units, op: "
      "\"<=\", value: 10, source: {section: s, text: t}}",
      "general");
  auto foreign = rule_from(
      "{id: min_foreign_units, title: {zh: a, en: a}, kind: count, measure: "
      "participants.foreign_units, op: \">=\", value: 1, source: {section: s, text: t}}",
      "general");
  std::string ten = "[", eleven;
  for (int i = 0; i < 10; ++i)
    ten += "{name: U" + std::to_string(i) + ", country: CN, role: member}, ";
  eleven = ten + "{name: U10, country: CN, role: member}, {name: F, country: DE, role: member}]";
  ten += "{name: F, country: DE, role: member}]";
  CHECK(judge(cn, "{}", ten).status == Status::Pass);
  CHECK(judge(cn, "{}", eleven).status == Status::Fail);
  CHECK(judge(foreign, "{}",
              "[{name: A, country: CN, role: lead}, {name: HKU, country: HK, role: member}]")
            .status == Status::Pass);
  CHECK(judge(foreign, "{}",
              "[{name: A, country: CN, role: lead}, {name: T, country: TW, role: member}]")
            .status == Status::Pass);
  CHECK(judge(foreign, "{}", "[{name: A, country: CN, role: lead}]").status == Status::Fail);
}

TEST_CASE("eval: participants by continent, country and kind", "[eval][participants]") {
  auto cont = rule_from(
      "{id: c, title: {zh: a, en: a}, kind: categorical, measure: participants.continents, op: "
      "contains_all, value: [asia, europe, americas], source: {section: s, text: t}}");
  CHECK(judge(cont, "{}",
              "[{name: A, country: CN, role: lead}, {name: B, country: DE, role: member}, {name: "
              "C, country: BR, role: member}]")
            .status == Status::Pass);
  CHECK(judge(cont, "{}",
              "[{name: A, country: CN, role: lead}, {name: B, country: DE, role: member}]")
            .status == Status::Fail);
  auto countries = rule_from(
      "{id: c, title: {zh: a, en: a}, kind: count, measure: participants.foreign_countries, op: "
      "\">=\", value: 2, source: {section: s, text: t}}");
  CHECK(judge(countries, "{}",
              "[{name: A, country: CN, role: lead}, {name: B, country: DE, role: member}, {name: "
              "C, country: DE, role: member}]")
            .status == Status::Fail);
  CHECK(judge(countries, "{}",
              "[{name: A, country: CN, role: lead}, {name: B, country: DE, role: member}, {name: "
              "C, country: FR, role: member}]")
            .status == Status::Pass);
  auto kind = rule_from(
      "{id: c, title: {zh: a, en: a}, kind: count, measure: participants.kind.testing_body, op: "
      "\">=\", value: 1, source: {section: s, text: t}}");
  CHECK(judge(kind, "{}",
              "[{name: A, country: CN, role: lead, kind: testing_body}, {name: B, country: DE, "
              "role: member}]")
            .status == Status::Pass);
  CHECK(judge(kind, "{}",
              "[{name: A, country: CN, role: lead, kind: institute}, {name: B, country: DE, role: "
              "member}]")
            .status == Status::Fail);
  auto qual = rule_from(
      "{id: c, title: {zh: a, en: a}, kind: count, measure: "
      "participants.qualification.biobank_accreditation, op: \">=\", value: 1, source: {section: "
      "s, text: t}}");
  CHECK(judge(qual, "{}",
              "[{name: A, country: CN, role: lead, qualifications: [biobank_accreditation]}, "
              "{name: B, country: DE, role: member}]")
            .status == Status::Pass);
}

TEST_CASE("eval: number formatting", "[eval]") {
  CHECK(eval::format_number(60) == "60");
  CHECK(eval::format_number(0.5) == "0.5");
  CHECK(eval::format_number(100000) == "100000");
  CHECK(eval::edit_distance("technical_suport", "technical_support") == 1);
}
