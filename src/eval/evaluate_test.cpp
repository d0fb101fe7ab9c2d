// Every rule kind and comparator at its boundaries: exactly at the threshold,
// just past it, in another unit, and as a committed bound or range.
#include "eval/evaluate.h"

#include "helpers.h"
#include "proposal/proposal.h"
#include "text/distance.h"

using namespace guidecheck;
using namespace guidecheck::testing;
using eval::Status;
using rules::Lang;

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
  // A range of deliverables (2~3 项) means at least the lower number: more
  // is a pass with an info note, never a failure (today's literal reading
  // failed 4 and "不少于 2 项").
  auto between = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: count, op: between, better: higher, value: [2, 3], "
      "unit: 项, source: {section: s, text: t}, note: {zh: n, en: n}}");
  CHECK(status_of(between, "1") == Status::Fail);
  CHECK(status_of(between, "2") == Status::Pass);
  CHECK(status_of(between, "3 项") == Status::Pass);
  CHECK(status_of(between, "4") == Status::Pass);
  CHECK(status_of(between, "40 项") == Status::Pass);
  CHECK(status_of(between, "2~3") == Status::Pass);
  CHECK(status_of(between, "不少于 2 项") == Status::Pass);
  CHECK(status_of(between, "≥ 2") == Status::Pass);
  CHECK(status_of(between, "不少于 1 项") == Status::Fail);
  CHECK(status_of(between, "1~4") == Status::Fail);
  auto above = judge(between, "{x: 4 项}");
  CHECK(above.message.find("info: above the guide's range 2 ~ 3") != std::string::npos);
  CHECK(above.expected.op == rules::Op::Ge);
  CHECK(*above.expected.value == 2);
  CHECK(judge(between, "{x: 3}").message.find("info") == std::string::npos);
  // A quantity range where lower is better (标准不确定度 0.15%~0.30%).
  auto lower = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: quantity, op: between, better: lower, value: [0.15, "
      "0.30], unit: \"%\", source: {section: s, text: t}, note: {zh: n, en: n}}");
  CHECK(status_of(lower, "0.10 %") == Status::Pass);
  CHECK(status_of(lower, "0.30 %") == Status::Pass);
  CHECK(status_of(lower, "0.31 %") == Status::Fail);
  CHECK(judge(lower, "{x: 0.1 %}").message.find("below the guide's range") != std::string::npos);
  // Without a better side (none ships today) a range stays two-sided.
  auto two_sided = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: quantity, op: between, value: [20, 80], unit: ℃, "
      "source: {section: s, text: t}}");
  CHECK(status_of(two_sided, "19 ℃") == Status::Fail);
  CHECK(status_of(two_sided, "81 ℃") == Status::Fail);
  CHECK(status_of(two_sided, "50 ℃") == Status::Pass);
}

TEST_CASE("eval: a literal comparator against the better direction is judged by better",
          "[eval][better]") {
  // 集群控制精度不低于 1%: a control error, lower is better.
  auto r = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: quantity, op: \"<=\", wording: 不低于, better: lower, "
      "value: 1, unit: \"%\", source: {section: s, text: 集群控制精度不低于 1%}, note: {zh: n, "
      "en: n}}");
  CHECK(status_of(r, "0.5 %") == Status::Pass);
  CHECK(status_of(r, "1 %") == Status::Pass);
  CHECK(status_of(r, "1.01 %") == Status::Fail);
  CHECK(status_of(r, "5 %") == Status::Fail);
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
  // "等" / "etc." after a category: that category, and others.
  CHECK(status_of(r, "暖温、海洋等") == Status::Pass);
  CHECK(status_of(r, "[warm temperate, marine etc.]") == Status::Pass);
  CHECK(status_of(r, "暖温等") == Status::Fail);
  // Free text where ids belong: what was not recognised, and the form to write.
  f = judge(r, "{x: 优化控制等}");
  CHECK(f.status == Status::Fail);
  CHECK(f.message.find("not recognised: 优化控制等") != std::string::npos);
  CHECK(f.message.find("such as [warm_temperate, marine]") != std::string::npos);
}

TEST_CASE("eval: an unrecognised category is named in Chinese too", "[eval][categorical]") {
  auto r = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: categorical, op: contains_all, value: [marine],"
      " categories: [{id: marine, zh: 海洋, en: marine}], source: {section: s, text: t}}");
  rules::Direction d;
  d.number = "9.9";
  d.rules.push_back(r);
  rules::Pack pack;
  rules::General general;
  proposal::Parsed p = proposal::parse(
      "p.yaml",
      "guidecheck: 1\ndirection: \"9.9\"\nparticipants: [{name: A, country: CN, role: lead}]\n"
      "indicators: {x: 湖泊、河流}\n");
  REQUIRE(p.ok);
  eval::Options opt;
  opt.lang = rules::Lang::Zh;
  auto res = eval::evaluate(p.proposal, pack, general, d, opt);
  REQUIRE(!res.findings.empty());
  CHECK(res.findings[0].status == Status::Fail);
  CHECK(res.findings[0].message.find("未识别：湖泊、河流") != std::string::npos);
  CHECK(res.findings[0].message.find("如 [marine]") != std::string::npos);
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
  CHECK(rules::format_number(60) == "60");
  CHECK(rules::format_number(0.5) == "0.5");
  CHECK(rules::format_number(100000) == "100000");
  CHECK(text::edit_distance("technical_suport", "technical_support") == 1);
}

namespace {
eval::FileResult check_text(const rules::Direction& d, const std::string& text, Lang lang) {
  proposal::Parsed p = proposal::parse("p.yaml", text);
  INFO(p.error.message(msg::Lang::En));
  REQUIRE(p.ok);
  rules::Pack pack;
  pack.id = "test";
  rules::General general;
  eval::Options opt;
  opt.lang = lang;
  return eval::evaluate(p.proposal, pack, general, d, opt);
}
}  // namespace

TEST_CASE("eval: an unknown key at any level is a failing finding with a suggestion",
          "[eval][unknown_key]") {
  rules::Direction d;
  d.number = "9.9";
  d.rules.push_back(rule_from(
      "{id: energy_density, title: {zh: a, en: a}, kind: quantity, op: \">=\", value: 1, unit: "
      "\"%\", source: {section: s, text: t}}"));
  d.research_contents.push_back({"mechanism", {"m", "m"}, {}});
  const std::string text =
      "guidecheck: 1\n"
      "direction: \"9.9\"\n"
      "sub_project: 3\n"
      "participants:\n"
      "  - {name: a, country: CN, role: lead, contry: DE}\n"
      "research_contents:\n"
      "  mechanisms: true\n"
      "indicators:\n"
      "  energy_density: {value: 2 %, notes: x}\n"
      "  energy_densty: {min: 1 %, maxx: 2 %}\n";
  for (Lang lang : {Lang::En, Lang::Zh}) {
    auto res = check_text(d, text, lang);
    CHECK(res.status == eval::FileStatus::Fail);
    std::vector<const eval::Finding*> unknown;
    for (const auto& f : res.findings)
      if (f.rule_id == "general/unknown_key") unknown.push_back(&f);
    REQUIRE(unknown.size() == 6);  // in file order
    const std::pair<const char*, std::pair<int, int>> want[] = {
        {"sub_projects", {3, 1}}, {"country", {5, 40}},        {"mechanism", {7, 3}},
        {"note", {9, 32}},        {"energy_density", {10, 3}}, {"max", {10, 29}}};
    for (std::size_t i = 0; i < 6; ++i) {
      INFO(unknown[i]->message);
      CHECK(unknown[i]->status == Status::Fail);
      CHECK(unknown[i]->severity == rules::Severity::Error);
      CHECK(unknown[i]->location.line == want[i].second.first);
      CHECK(unknown[i]->location.column == want[i].second.second);
      std::string hint = std::string("`") + want[i].first + "`";
      CHECK(unknown[i]->message.find(lang == Lang::Zh
                                         ? "是否想写 " + hint
                                         : "did you mean " + hint) != std::string::npos);
      CHECK(unknown[i]->expected.op == rules::Op::KnownKey);
    }
  }
  // Without the typos the same proposal passes: the findings come from the keys.
  auto ok = check_text(d,
                       "guidecheck: 1\ndirection: \"9.9\"\nsub_projects: 0\nparticipants:\n  - "
                       "{name: a, country: CN, role: lead}\nresearch_contents:\n  mechanism: "
                       "true\nindicators:\n  energy_density: {value: 2 %, note: x, evidence: y}\n",
                       Lang::En);
  CHECK(ok.status == eval::FileStatus::Pass);
}

TEST_CASE("eval: any_of passes when one alternative does", "[eval][any_of]") {
  rules::Direction d;
  d.number = "9.9";
  d.rules.push_back(rule_from(
      "{id: either, title: {zh: 二选一, en: either}, kind: any_of, op: any_of, source: {section: "
      "s, "
      "text: t}, any_of: [{id: sales, title: {zh: s, en: s}, kind: quantity, op: \">=\", value: "
      "30, unit: 千克, source: {section: s, text: t}}, {id: standard, title: {zh: t, en: t}, kind: "
      "qualitative, op: committed, source: {section: s, text: t}}]}"));
  CHECK(d.indicator_ids() == std::vector<std::string>{"sales", "standard"});
  auto status = [&](const std::string& indicators) {
    auto res = check_text(d,
                          "guidecheck: 1\ndirection: \"9.9\"\nparticipants:\n  - {name: a, "
                          "country: CN, role: lead}\nindicators: " +
                              indicators + "\n",
                          Lang::En);
    REQUIRE(res.findings.size() == 1);
    CHECK(res.findings[0].rule_id == "9.9/either");
    return res.findings[0].status;
  };
  CHECK(status("{sales: 30 千克}") == Status::Pass);
  CHECK(status("{sales: 0.03 吨}") == Status::Pass);
  CHECK(status("{standard: true}") == Status::Pass);
  CHECK(status("{sales: 29.9 千克, standard: true}") == Status::Pass);
  CHECK(status("{sales: 35 千克, standard: false}") == Status::Pass);
  CHECK(status("{sales: 29.9 千克}") == Status::Fail);
  CHECK(status("{sales: 29.9 千克, standard: false}") == Status::Fail);
  CHECK(status("{sales: 30 千瓦}") == Status::Invalid);
  CHECK(status("{}") == Status::Missing);
}
