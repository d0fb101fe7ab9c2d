// The value model as verdicts (issue 9): refusals never commit, one value is
// one number, impossible values are invalid, thresholds compare exactly,
// counts are whole, durations written as dates, units as people write them.
// Each case failed (a wrong pass or a misreading) before the value model was
// fixed.
#include "eval/evaluate.h"
#include "helpers.h"

using namespace guidecheck;
using namespace guidecheck::testing;
using eval::Status;

namespace {

rules::Rule qualitative_rule() {
  return rule_from(
      "{id: x, title: {zh: 技术支撑, en: technical support}, kind: qualitative, op: committed, "
      "source: {section: s, text: t}}");
}

rules::Rule quantity(const char* op, const char* value, const char* unit,
                     const char* kind = "quantity", const char* measure = "indicator") {
  return rule_from(std::string("{id: x, title: {zh: 某量, en: a quantity}, kind: ") + kind +
                   ", measure: " + measure + ", op: \"" + op + "\", value: " + value +
                   ", unit: \"" + unit + "\", source: {section: s, text: t}}");
}

// Evaluates one rule against a whole proposal (YAML text after the header).
eval::Finding judge_proposal(const rules::Rule& rule, const std::string& body,
                             rules::Lang lang = rules::Lang::En,
                             std::vector<rules::ResearchItem> research = {}) {
  rules::Direction d;
  d.number = "9.9";
  d.rules.push_back(rule);
  d.research_contents = std::move(research);
  rules::Pack pack;
  pack.id = "test";
  rules::General general;
  std::string text = "guidecheck: 1\ndirection: \"9.9\"\n" + body;
  proposal::Parsed p = proposal::parse("p.yaml", text);
  INFO(p.error.message(msg::Lang::En));
  REQUIRE(p.ok);
  eval::Options opt;
  opt.lang = lang;
  auto res = eval::evaluate(p.proposal, pack, general, d, opt);
  REQUIRE(res.findings.size() == 1);
  return res.findings[0];
}

const char* kParticipants =
    "participants: [{name: A, country: CN, role: lead}, {name: B, country: DE, role: member}]\n";

}  // namespace

TEST_CASE("verdicts: a 'no' is never a commitment", "[eval][qualitative]") {
  auto r = qualitative_rule();
  for (const char* s : {"否",
                        "no",
                        "\"no\"",
                        "off",
                        "无",
                        "不承诺",
                        "N/A",
                        "n/a",
                        "待定",
                        "TBD",
                        "暂无合作基础",
                        "暂不",
                        "没有",
                        "不涉及",
                        "0",
                        "0篇",
                        "false",
                        "不",
                        "\"本项目暂不开展此项工作\"",
                        "none",
                        "undecided",
                        "[是, 否]"}) {
    INFO(s);
    auto f = judge(r, std::string("{x: ") + s + "}");
    CHECK(f.status == Status::Fail);
    CHECK(f.message.find("not committed") != std::string::npos);
  }
  for (const char* s :
       {"（请填写）", "\"(fill in)\"", "\"-\"", "\"?\"", "\"\"", "是/否", "\"—\""}) {
    INFO(s);
    CHECK(judge(r, std::string("{x: ") + s + "}").status == Status::Missing);
  }
  for (const char* s : {"true", "yes", "是", "承诺", "已完成", "无人机巡检平台研发",
                        "不低于60%的效率", "无损检测技术研究", "不锈钢极板", "\"2 项\"",
                        "形成评估报告 1 份", "[完成示范, 形成报告]"}) {
    INFO(s);
    CHECK(judge(r, std::string("{x: ") + s + "}").status == Status::Pass);
  }
}

TEST_CASE("verdicts: a refusal says why, in the user's language", "[eval][qualitative]") {
  auto r = qualitative_rule();
  auto f = judge_proposal(r, std::string(kParticipants) + "indicators: {x: 否}\n", rules::Lang::En);
  CHECK(f.message ==
        "technical support: not committed: '否' reads as a refusal: this requirement needs a "
        "commitment");
  f = judge_proposal(r, std::string(kParticipants) + "indicators: {x: 否}\n", rules::Lang::Zh);
  CHECK(f.message == "“技术支撑”未承诺：“否”表示拒绝或否定：此项要求作出承诺");
  f = judge_proposal(r, std::string(kParticipants) + "indicators: {x: 待定}\n", rules::Lang::Zh);
  CHECK(f.message.find("表示尚未确定") != std::string::npos);
}

TEST_CASE("verdicts: research items are covered only by a commitment", "[eval][coverage]") {
  auto cover = rule_from(
      "{id: research_contents_covered, title: {zh: 研究内容, en: research}, kind: qualitative, "
      "measure: research_contents, op: contains_all, source: {section: s, text: t}}",
      "general");
  std::vector<rules::ResearchItem> items(2);
  items[0].id = "a";
  items[1].id = "b";
  auto status = [&](const std::string& a) {
    return judge_proposal(cover,
                          std::string(kParticipants) + "research_contents: {a: " + a +
                              ", b: 工作包 2 研究无人机巡检}\n",
                          rules::Lang::En, items);
  };
  for (const char* s : {"否", "no", "无", "不承诺", "N/A", "待定", "暂无", "0", "0篇", "（请填写）",
                        "\"-\"", "false", "\"\"", "null", "[否]"}) {
    INFO(s);
    auto f = status(s);
    CHECK(f.status == Status::Fail);
    CHECK(f.message.find("not covered: a") != std::string::npos);
  }
  auto f = status("暂无合作基础");
  CHECK(f.message.find("'暂无合作基础' ('暂无') reads as undecided") != std::string::npos);
  for (const char* s : {"true", "工作包 1", "无损检测方法研究", "[WP1, WP2]"}) {
    INFO(s);
    CHECK(status(s).status == Status::Pass);
  }
}

TEST_CASE("verdicts: placeholder participants pass no participant rule", "[eval][participants]") {
  auto r = rule_from(
      "{id: n, title: {zh: 国外单位, en: foreign units}, kind: count, measure: "
      "participants.foreign_units, op: \">=\", value: 1, source: {section: s, text: t}}");
  for (const char* name : {"\"(fill in) foreign partner\"", "\"（请填写）中方牵头单位\"", "待定",
                           "TBD", "\"-\"", "N/A"}) {
    INFO(name);
    auto f = judge_proposal(r, std::string("participants: [{name: 某某研究所, country: CN, role: "
                                           "lead}, {name: ") +
                                   name + ", country: DE, role: member}]\n");
    CHECK(f.status == Status::Invalid);
    CHECK(f.message.find("is a placeholder") != std::string::npos);
  }
  auto f = judge_proposal(r, std::string(kParticipants));
  CHECK(f.status == Status::Pass);
}

TEST_CASE("verdicts: sub_projects left null is missing, absent is none", "[eval][count]") {
  auto r = quantity("==", "0", "个", "count", "sub_projects");
  CHECK(judge_proposal(r, std::string(kParticipants) + "sub_projects: null\n").status ==
        Status::Missing);
  CHECK(judge_proposal(r, std::string(kParticipants)).status == Status::Pass);
  CHECK(judge_proposal(r, std::string(kParticipants) + "sub_projects: 0\n").status == Status::Pass);
  for (const char* s : {"1e-9", "2.5", "-1", "0.5", "62 5", "1,20"}) {
    INFO(s);
    CHECK(judge_proposal(r, std::string(kParticipants) + "sub_projects: " + s + "\n").status ==
          Status::Invalid);
  }
}

TEST_CASE("verdicts: one value, one number", "[eval][one-number]") {
  auto pct = quantity(">=", "60", "%");
  auto km = quantity(">=", "100", "km");
  auto count = quantity(">=", "3", "项", "count");
  CHECK(status_of(pct, "62 5 %") == Status::Invalid);
  CHECK(status_of(count, "2 3") == Status::Invalid);
  CHECK(status_of(km, "20 50 km") == Status::Invalid);
  CHECK(status_of(km, "1 200 km") == Status::Invalid);
  CHECK(status_of(count, "4 项 项") == Status::Invalid);
  CHECK(status_of(pct, "1.2.3") == Status::Invalid);
  CHECK(status_of(count, "三十三十") == Status::Invalid);
  CHECK(status_of(km, "\"1,20 km\"") == Status::Invalid);
  CHECK(status_of(km, "\"1,2345 km\"") == Status::Invalid);
  CHECK(status_of(km, "\"1,200 km\"") == Status::Pass);
  CHECK(status_of(count, "三项") == Status::Pass);
  CHECK(status_of(count, "两项") == Status::Fail);
  auto big = quantity(">=", "33000", "吨");
  CHECK(status_of(big, "三万三 吨") == Status::Pass);
  CHECK(status_of(big, "三万二 吨") == Status::Fail);
  auto f = judge(pct, "{x: 62 5 %}");
  CHECK(f.message.find("two numbers in one value") != std::string::npos);
}

TEST_CASE("verdicts: physically impossible values are invalid", "[eval][domain]") {
  struct Case {
    const char *op, *value, *unit, *kind, *written;
  };
  for (const Case& c :
       {Case{"<=", "3", "年", "quantity", "-1 年"}, Case{"<", "3", "分钟", "quantity", "-5 分钟"},
        Case{"<=", "30", "毫米", "quantity", "-2 毫米"}, Case{"<=", "2", "项", "count", "-1"},
        Case{"<=", "600", "克", "quantity", "-0.1 kg"},
        Case{"<=", "130", "元/克", "quantity", "-5 元/克"},
        Case{"<=", "40", "%", "quantity", "-3 %"}, Case{">=", "60", "%", "quantity", "≥ -5 %"},
        Case{"<=", "15", "毫伏", "quantity", "-20 mV"},
        Case{"<=", "0.5", "°", "quantity", "-0.1 °"}, Case{"<=", "-100", "℃", "quantity", "-300 ℃"},
        Case{"<=", "-100", "℃", "quantity", "-1 K"}, Case{"<=", "65", "℃", "quantity", "-500 ℉"}}) {
    INFO(c.written);
    auto r = quantity(c.op, c.value, c.unit, c.kind);
    auto f = judge(r, std::string("{x: \"") + c.written + "\"}");
    if (std::string(c.written) == "-500 ℉") {
      CHECK(f.status != Status::Pass);
      continue;
    }
    CHECK(f.status == Status::Invalid);
    bool says = f.message.find("cannot be negative") != std::string::npos ||
                f.message.find("below absolute zero") != std::string::npos;
    CHECK(says);
  }
  // Temperatures may be negative down to absolute zero.
  auto cold = quantity("<=", "-100", "℃");
  CHECK(status_of(cold, "-110 ℃") == Status::Pass);
  CHECK(status_of(cold, "-273.15 ℃") == Status::Pass);
  CHECK(status_of(cold, "-273.16 ℃") == Status::Invalid);
  auto range = rule_from(
      "{id: x, title: {zh: t, en: t}, kind: range_cover, op: covers, value: [-40, 120], unit: ℃, "
      "source: {section: s, text: t}}");
  CHECK(status_of(range, "-45 ~ 125 ℃") == Status::Pass);
}

TEST_CASE("verdicts: thresholds compare the written decimal exactly", "[eval][exact]") {
  auto ge = quantity(">=", "60", "%");
  CHECK(status_of(ge, "59.999999999999999 %") == Status::Fail);
  CHECK(status_of(ge, "59.9999999999999999999 %") == Status::Fail);
  CHECK(status_of(ge, "60 %") == Status::Pass);
  CHECK(status_of(ge, "60.000000000000001 %") == Status::Pass);
  CHECK(status_of(ge, "599999.99999999999 ppm") == Status::Fail);
  CHECK(status_of(ge, "600000 ppm") == Status::Pass);
  auto gt = quantity(">", "350", "kW");
  CHECK(status_of(gt, "350.0000000000000001 kW") == Status::Pass);
  CHECK(status_of(gt, "0.35 MW") == Status::Fail);
  auto le = quantity("<=", "3", "年");
  CHECK(status_of(le, "36 个月") == Status::Pass);
  CHECK(status_of(le, "36.0000000000001 个月") == Status::Fail);
  CHECK(status_of(le, "3.00000000000000001 年") == Status::Fail);
  auto lt = quantity("<", "40", "%");
  CHECK(status_of(lt, "39.99999999999999999 %") == Status::Pass);
  CHECK(status_of(lt, "40.00000000000000001 %") == Status::Fail);
  auto between = rule_from(
      "{id: x, title: {zh: a, en: a}, kind: quantity, op: between, value: [0.15, 0.30], unit: "
      "\"%\", source: {section: s, text: t}}");
  CHECK(status_of(between, "0.149999999999999999 %") == Status::Fail);
  CHECK(status_of(between, "0.15 %") == Status::Pass);
  CHECK(status_of(between, "0.300000000000000001 %") == Status::Fail);
}

TEST_CASE("verdicts: counts are non-negative whole numbers", "[eval][count]") {
  auto r = quantity(">=", "3", "项", "count");
  CHECK(status_of(r, "1e-9") == Status::Invalid);
  CHECK(status_of(r, "2.5") == Status::Invalid);
  CHECK(status_of(r, "3.5 项") == Status::Invalid);
  CHECK(status_of(r, "3.0") == Status::Pass);
  CHECK(status_of(r, "3") == Status::Pass);
  CHECK(status_of(r, "1e1") == Status::Pass);
  auto f = judge(r, "{x: 2.5}");
  CHECK(f.message.find("whole number") != std::string::npos);
}

TEST_CASE("verdicts: durations written as dates", "[eval][duration]") {
  auto r = quantity("<=", "3", "年", "quantity", "duration");
  for (const char* s :
       {"2023.01-2025.12", "2023年1月—2025年12月", "\"2023-01 ~ 2025-12\"", "2023/01-2025/12"}) {
    INFO(s);
    auto f = judge_proposal(r, std::string(kParticipants) + "duration: " + s + "\n");
    CHECK(f.status == Status::Pass);
  }
  CHECK(judge_proposal(r, std::string(kParticipants) + "duration: 2023.01-2026.01\n").status ==
        Status::Fail);  // 37 months
  for (const char* s : {"2023-2025", "2023年-2026年", "2023.13-2025.12", "2025.12-2023.01"}) {
    INFO(s);
    auto f = judge_proposal(r, std::string(kParticipants) + "duration: " + s + "\n");
    CHECK(f.status == Status::Invalid);
    CHECK(f.message.find("write the length, e.g. 36 months") != std::string::npos);
  }
  // The reading is reported.
  rules::Direction d;
  d.number = "9.9";
  d.rules.push_back(r);
  rules::Pack pack;
  rules::General general;
  proposal::Parsed p =
      proposal::parse("p.yaml", std::string("guidecheck: 1\ndirection: \"9.9\"\n") + kParticipants +
                                    "duration: 2023.01-2025.12\n");
  REQUIRE(p.ok);
  auto res = eval::evaluate(p.proposal, pack, general, d, eval::Options{});
  REQUIRE(res.warnings.size() == 1);
  CHECK(res.warnings[0].message.find("36 months") != std::string::npos);
}

TEST_CASE("verdicts: units as the guide and applicants write them", "[eval][units]") {
  auto ma = quantity(">=", "0.6", "安/毫克");
  for (const char* s : {"0.65 安/毫克铂", "0.65 A/mgPt", "0.65 A/mg Pt", "650 mA/mgPt"}) {
    INFO(s);
    CHECK(status_of(ma, s) == Status::Pass);
  }
  CHECK(status_of(ma, "0.55 A/mgPt") == Status::Fail);
  auto co2 = quantity("<=", "350", "kg/t");
  for (const char* s : {"320 kg CO₂/t", "320 kg CO2/t", "320 千克二氧化碳/吨水泥"}) {
    INFO(s);
    CHECK(status_of(co2, s) == Status::Pass);
  }
  auto batch = quantity(">=", "1", "千克/批");
  CHECK(status_of(batch, "2 kg/batch") == Status::Pass);
  auto kw = quantity(">=", "10", "千瓦");
  CHECK(status_of(kw, "12 KW") == Status::Pass);
  auto angle = quantity("<=", "23", "°");
  CHECK(status_of(angle, "20 度") == Status::Pass);
  CHECK(status_of(angle, "25 度") == Status::Fail);
  auto wt = quantity("<=", "1.0", "wt%");
  CHECK(status_of(wt, "0.8 wt.%") == Status::Pass);
  auto res = quantity("<=", "10", "毫欧·平方厘米");
  CHECK(status_of(res, "8 mOhm·cm2") == Status::Pass);
  // An unknown unit says what the rule takes.
  auto f = judge(ma, "{x: 0.65 furlongs}");
  CHECK(f.status == Status::Invalid);
  CHECK(f.message.find("this requirement takes a unit of the same kind as 'A/mg'") !=
        std::string::npos);
}

TEST_CASE("verdicts: words where a number belongs", "[eval][quantity]") {
  auto r = quantity(">=", "60", "%");
  CHECK(status_of(r, "（请填写）") == Status::Missing);
  CHECK(status_of(r, "\"-\"") == Status::Missing);
  auto f = judge(r, "{x: 待定}");
  CHECK(f.status == Status::Invalid);
  CHECK(f.message.find("reads as undecided") != std::string::npos);
  CHECK(status_of(r, "N/A") == Status::Invalid);
  CHECK(status_of(r, "否") == Status::Invalid);
}

TEST_CASE("verdicts: English comparator words bound a value as their Chinese twins do",
          "[eval][quantity][comparators]") {
  auto ge = quantity(">=", "60", "%");
  auto judge = [&](const rules::Rule& r, const std::string& v) {
    return judge_proposal(r, kParticipants + std::string("indicators:\n  x: \"") + v + "\"\n")
        .status;
  };
  // exactly at the threshold, just past it, in another unit
  CHECK(judge(ge, "at least 60 %") == Status::Pass);
  CHECK(judge(ge, "At least 60%") == Status::Pass);
  CHECK(judge(ge, "at least 59.9 %") == Status::Fail);
  CHECK(judge(ge, "more than 60 %") == Status::Pass);
  CHECK(judge(ge, "more than 59.9 %") == Status::Fail);  // 59.95 would be enough
  CHECK(judge(ge, "NOT LESS THAN 60 %") == Status::Pass);
  // an upper bound never commits to a minimum
  CHECK(judge(ge, "at most 90 %") == Status::Fail);
  CHECK(judge(ge, "less than 90 %") == Status::Fail);
  // words with two readings stay text: a quantity requirement fails on them
  CHECK(judge(ge, "up to 90 %") != Status::Pass);
  CHECK(judge(ge, "over 90 %") != Status::Pass);

  auto le = quantity("<=", "3", "min");
  CHECK(judge(le, "at most 3 min") == Status::Pass);
  CHECK(judge(le, "no more than 180 s") == Status::Pass);
  CHECK(judge(le, "no more than 181 s") == Status::Fail);
  CHECK(judge(le, "less than 3 min") == Status::Pass);
  CHECK(judge(le, "below 3.1 min") == Status::Fail);
  CHECK(judge(le, "at least 1 min") == Status::Fail);
}
