#include "import/extract.h"

#include <filesystem>
#include <fstream>

#include "catch_compat.h"
#include "helpers.h"
#include "import/docx_writer.h"
#include "import/draft_yaml.h"
#include "import/import.h"
#include "import/match.h"
#include "import_helpers.h"
#include "value/value.h"
#include "yaml/parse.h"

using namespace guidecheck;
using namespace guidecheck::import;
using guidecheck::testing::direction_3_1;
using guidecheck::testing::drafted_indicator;
using guidecheck::testing::lower;
using guidecheck::testing::md;
using guidecheck::testing::rule_from;

TEST_CASE("extract: indicators stated in running text") {
  Draft d = extract(md("本项目热泵储电系统设计电-电效率达到 62%，循环寿命不小于 12000 次。\n"),
                    direction_3_1());
  const Found& e = drafted_indicator(d, "round_trip_efficiency");
  REQUIRE(e.sure == Found::Sure::Sure);
  CHECK(e.value == "达到 62%");
  CHECK(e.place.line == 1);
  const Found& c = drafted_indicator(d, "cycle_life");
  REQUIRE(c.sure == Found::Sure::Sure);
  CHECK(c.value == "不小于 12000 次");
  CHECK(drafted_indicator(d, "energy_density").sure == Found::Sure::NotFound);
  CHECK(drafted_indicator(d, "energy_density").how == "not found");
}

TEST_CASE("extract: an alias and the guide's words name the indicator") {
  Draft d =
      extract(md("往返效率为 63%。\n"), direction_3_1(), {{"round_trip_efficiency", {"往返效率"}}});
  CHECK(
      drafted_indicator(extract(md("往返效率为 63%。\n"), direction_3_1()), "round_trip_efficiency")
          .sure == Found::Sure::NotFound);
  CHECK(drafted_indicator(d, "round_trip_efficiency").value == "63%");
}

TEST_CASE("extract: distractors are never sure matches") {
  Draft d = extract(md("指南要求电-电效率不低于 60%。目前国际上电-电效率约为 48%。"
                       "项目总经费 1200 万元。项目执行期为 2023年1月至2025年12月。\n"),
                    direction_3_1());
  CHECK(drafted_indicator(d, "round_trip_efficiency").sure == Found::Sure::NotFound);
  SECTION("with the committed value beside them") {
    Draft d2 = extract(md("电-电效率达到 62%（指南要求不低于 60%），较现有水平提高 10%。\n"),
                       direction_3_1());
    REQUIRE(drafted_indicator(d2, "round_trip_efficiency").sure == Found::Sure::Sure);
    CHECK(drafted_indicator(d2, "round_trip_efficiency").value == "达到 62%");
  }
}

TEST_CASE("extract: two different values are candidates, never a guess") {
  Draft d = extract(md("电-电效率达到 62%。\n\n电-电效率为 65%。\n"), direction_3_1());
  const Found& e = drafted_indicator(d, "round_trip_efficiency");
  CHECK(e.sure == Found::Sure::Several);
  CHECK(e.value.empty());
  REQUIRE(e.candidates.size() == 2);
  CHECK(e.candidates[1].place.line == 3);
  SECTION("the same value twice is sure (an exact 62 % and 达到 62 % are not the same)") {
    Draft d2 = extract(md("电-电效率达到 62%。\n\n设计电-电效率达到62 %。\n"), direction_3_1());
    CHECK(drafted_indicator(d2, "round_trip_efficiency").sure == Found::Sure::Sure);
  }
}

TEST_CASE("extract: a value whose unit does not fit is not reported") {
  Draft d = extract(md("储能密度达到 32 千瓦时/千克。\n"), direction_3_1());
  const Found& e = drafted_indicator(d, "energy_density");
  CHECK(e.sure == Found::Sure::NotFound);
  CHECK(e.candidates.size() == 1);
}

TEST_CASE("extract: indicator tables, unit columns, guide columns and merged cells") {
  std::string body = w_tbl({{"类别", "指标名称", "指南要求", "本项目指标值", "单位"},
                            {"技术指标", "电-电效率", "≥60", "62", "%"},
                            {"<<", "储能密度", "≥30", "32", "千瓦时/立方米"},
                            {"<<", "循环寿命", "≥10000", "12000", "次"},
                            {"<<", "完成实验验证", "", "已完成", ""}});
  ReadResult r = read_document("a.docx", "docx", make_docx(body));
  REQUIRE(r.ok);
  Draft d = extract(r.doc, direction_3_1());
  const Found& e = drafted_indicator(d, "round_trip_efficiency");
  REQUIRE(e.sure == Found::Sure::Sure);
  CHECK(e.value == "62 %");
  CHECK(e.place.describe() == "table 1, row 2, column 4");
  CHECK(drafted_indicator(d, "energy_density").value == "32 千瓦时/立方米");
  CHECK(drafted_indicator(d, "cycle_life").value == "12000 次");
  CHECK(drafted_indicator(d, "experimental_validation").value == "已完成");
}

TEST_CASE("extract: title, duration, direction and participants") {
  std::string text =
      "# 基本信息\n\n项目名称：高密度热泵储电\n\n"
      "| 项目 | 内容 |\n|---|---|\n| 申报方向 | 3.1 高密度热泵储电关键技术合作研发 |\n"
      "| 实施周期 | 36 个月 |\n\n"
      "| 序号 | 单位名称 | 国别 | 单位类型 | 承担角色 |\n|---|---|---|---|---|\n"
      "| 1 | 某某大学 | 中国 | 高校 | 牵头单位 |\n| 2 | Acme GmbH | 德国 | 企业 | 参与单位 |\n"
      "| 3 | Univ X | Freedonia | 其他 | 参与 |\n";
  Document doc = md(text);
  CHECK(find_direction(doc, {"3.1", "3.2"}) == "3.1");
  CHECK(find_direction(doc, {"3.2"}).empty());
  Draft d = extract(doc, direction_3_1());
  CHECK(d.title.value == "高密度热泵储电");
  CHECK(d.duration.value == "36 个月");
  REQUIRE(d.participants.size() == 3);
  CHECK(d.participants[0].country == "CN");
  CHECK(d.participants[0].role == "lead");
  CHECK(d.participants[0].kind == "university");
  CHECK(d.participants[1].country == "DE");
  CHECK(d.participants[1].kind == "enterprise");
  CHECK(d.participants[2].country.empty());  // not a country: never guessed
  CHECK(country_code("Germany") == "DE");
  CHECK(country_code("英国") == "GB");
  CHECK(role_of("参与单位") == "member");
  CHECK(kind_of("科研院所") == "institute");
  // the words outside brackets choose; the bracket explains
  CHECK(kind_of("Other (non-profit / hospital)") == "other");
  CHECK(kind_of("其他（医院）") == "other");
  CHECK(kind_of("（附属）医院") == "hospital");
  CHECK(kind_of("医疗机构") == "hospital");
  CHECK(country_code("Republic of Korea") == "KR");
  CHECK(country_code("中方") == "CN");
}

TEST_CASE("draft yaml: parses back, and hostile text stays inside its value or comment") {
  std::string evil = "电-电效率达到 62%\n";
  std::string text =
      "项目名称：x\"\\\n\n"
      "电-电效率达到 62%。\n\n"
      "储能密度达到 32 千瓦时/立方米。储能密度为 35 千瓦时/立方米。\n";
  Document doc = md(text);
  doc.paragraphs[0].text = "项目名称：x\"\\\u2028guidecheck: 2\r\nindicators: {}";
  Draft d = extract(doc, direction_3_1());
  DraftYaml y = draft_yaml(d, direction_3_1(), "sstic-2022-draft", doc, false);
  auto parsed = yaml::parse(y.text);
  INFO(y.text);
  REQUIRE(parsed.ok);
  CHECK(parsed.root->get("guidecheck")->scalar == "1");
  CHECK(parsed.root->get("title")->scalar == "x\"\\\u2028guidecheck: 2\r\nindicators: {}");
  const yaml::Node* ind = parsed.root->get("indicators");
  REQUIRE(ind);
  CHECK(ind->get("round_trip_efficiency")->scalar == "达到 62%");
  CHECK(ind->get("energy_density")->is_null());
  CHECK(ind->get("cycle_life")->is_null());
  CHECK(y.text.find("several candidates") != std::string::npos);
  CHECK(y.text.find("not found") != std::string::npos);
  // the drafted value's line points into the document
  int line = ind->get("round_trip_efficiency")->mark.line;
  REQUIRE(y.places.count(line));
  CHECK(y.places.at(line).line == 3);
}

TEST_CASE("draft yaml: a country code is quoted, so that NO stays Norway") {
  Document doc =
      md("Partners: Norwegian University of Science and Technology (Norway, university)\n");
  Draft d = extract(doc, direction_3_1());
  REQUIRE(d.participants.size() == 1);
  DraftYaml y = draft_yaml(d, direction_3_1(), "sstic-2022-draft", doc, false);
  INFO(y.text);
  CHECK(y.text.find("country: \"NO\"") != std::string::npos);
  auto parsed = yaml::parse(y.text);
  REQUIRE(parsed.ok);
  CHECK(parsed.root->get("participants")->items.at(0)->get("country")->scalar == "NO");
}

TEST_CASE("rule aliases: checked by the loader") {
  auto bad = [](const std::string& aliases) {
    auto y = yaml::parse(
        "id: x\ntitle: {zh: 甲, en: A}\nkind: qualitative\nop: committed\n"
        "source: {section: s, text: t}\naliases: " +
        aliases + "\n");
    REQUIRE(y.ok);
    Diagnostics d;
    auto r = rules::parse_rule(*y.root, "9.9", "t.yaml", d);
    return !r.has_value() && !d.empty();
  };
  CHECK_FALSE(bad("[往返效率, round-trip efficiency]"));
  CHECK(bad("往返效率"));
  CHECK(bad("[\"\"]"));
  CHECK(bad("[a, a]"));
  CHECK(bad("[[a]]"));
}

TEST_CASE("extract: Chinese numerals before a count word, other direction labels") {
  // the value parser reads the whole numeral (一万二千 = 12000), never a part of it
  Draft d = extract(md("循环寿命不小于一万二千次。\n"), direction_3_1());
  REQUIRE(drafted_indicator(d, "cycle_life").sure == Found::Sure::Sure);
  CHECK(drafted_indicator(d, "cycle_life").value == "不小于一万二千次");
  rules::Direction dir = direction_3_1();
  dir.rules.push_back(rule_from(R"(
id: key_breakthroughs
title: {zh: 关键技术突破数, en: Key breakthroughs}
kind: count
op: ">="
value: 3
unit: 项
source: {section: "3.1 考核指标", text: "实现 3 项关键技术的突破"})",
                                "3.1"));
  Draft d2 = extract(md("关键技术突破数达到三项。一体化设计十分重要。\n"), dir);
  REQUIRE(drafted_indicator(d2, "key_breakthroughs").sure == Found::Sure::Sure);
  CHECK(drafted_indicator(d2, "key_breakthroughs").value == "达到三项");
  CHECK(find_direction(md("所属专项方向：3.1 热泵储电\n"), {"3.1"}) == "3.1");
  CHECK(find_direction(md("方向很多：3.1\n\n申报方向：3.2\n"), {"3.1", "3.2"}).empty());
}

TEST_CASE("extract: a participant's kind from its name when no column gives it") {
  Draft d = extract(md("| 单位名称 | 国别 | 角色 |\n|---|---|---|\n| 某某大学 | 中国 | 牵头 |\n"
                       "| Acme | 德国 | 参与 |\n"),
                    direction_3_1());
  REQUIRE(d.participants.size() == 2);
  CHECK(d.participants[0].kind == "university");
  CHECK(d.participants[1].kind.empty());
}

TEST_CASE("extract: a form written differently (held-out style)") {
  std::string text =
      "本项目电-电效率目标值为62%，优于国际同类系统的55%。"
      "储能密度由现有的 20 千瓦时/立方米提升至 32 千瓦时/立方米。\n\n"
      "| 考核指标 | 现有水平 | 中期目标 | 最终目标 |\n|---|---|---|---|\n"
      "| 高温储热单元温度（℃） | 500 | 550 | 620 |\n"
      "| 低温储冷单元温度（℃） | -80 | -90 | -110 |\n\n"
      "团队在 2019 年建成了效率 55% 的样机。\n";
  rules::Direction dir = direction_3_1();
  for (const char* id : {"heat_storage_temperature", "cold_storage_temperature"}) {
    bool heat = std::string(id) == "heat_storage_temperature";
    dir.rules.push_back(rule_from(std::string("id: ") + id + R"(
title: {zh: )" + (heat ? "高温储热单元温度" : "低温储冷单元温度") +
                                      R"(, en: T}
kind: quantity
op: ")" + (heat ? ">=" : "<=") + R"("
value: )" + (heat ? "600" : "-100") + R"(
unit: ℃
source: {section: "3.1 考核指标", text: "高温储热/低温储冷单元温度分别不低于 600℃ 和不高于-100℃"})",
                                  "3.1"));
  }
  Draft d = extract(md(text), dir);
  // the head of the title names it; the other work's 55 % is not taken
  CHECK(drafted_indicator(d, "round_trip_efficiency").value == "62%");
  // the baseline between "现有" and "提升至" is never taken; the target after it is
  CHECK(drafted_indicator(d, "energy_density").sure == Found::Sure::Sure);
  CHECK(drafted_indicator(d, "energy_density").value.find("32") != std::string::npos);
  CHECK(drafted_indicator(d, "energy_density").value.find("20") == std::string::npos);
  // the final target, not today's level nor the mid-term one; the unit from the name
  CHECK(drafted_indicator(d, "heat_storage_temperature").value == "620 °C");
  CHECK(drafted_indicator(d, "cold_storage_temperature").value == "-110 °C");
}

namespace {
// The plain longest-common-substring table, to check the indexed one against.
std::size_t naive_run(const std::u32string& a, const std::u32string& b) {
  std::size_t best = 0;
  for (std::size_t i = 0; i < a.size(); ++i)
    for (std::size_t j = 0; j < b.size(); ++j) {
      std::size_t k = 0;
      while (i + k < a.size() && j + k < b.size() && a[i + k] == b[j + k]) ++k;
      best = std::max(best, k);
    }
  return best;
}

rules::Direction direction_categorical() {
  rules::Direction d = direction_3_1();
  d.rules.push_back(rule_from(R"(
id: compared_climate_zones
title: {zh: 进行实证数据比对的气候区, en: Climate zones compared}
kind: categorical
op: contains_all
value: [warm_temperate, subtropical_humid, marine]
categories:
  - {id: warm_temperate, zh: 暖温, en: warm temperate}
  - {id: subtropical_humid, zh: 亚湿热, en: subtropical humid}
  - {id: marine, zh: 海洋, en: marine}
source: {section: "2.1 考核指标", text: "与至少暖温、亚湿热、海洋等三个气候区实证数据进行比对"})",
                              "2.1"));
  return d;
}
}  // namespace

TEST_CASE(
    "match: the indexed common run equals the plain table's, and the prefilter never hides one") {
  const std::u32string words[] = {U"热泵储电系统设计电-电效率",
                                  U"电-电效率",
                                  U"储能密度",
                                  U"往返效率",
                                  U"abcabcabd",
                                  U"the burnout rate",
                                  U"本项目储能的密度达到35千瓦时/立方米，电-电效率62%",
                                  U"x"};
  for (const auto& a : words)
    for (const auto& b : words) {
      CHECK(common_run(a, b) == naive_run(a, b));
      std::size_t r = 0;
      if (names(a, b, &r)) CHECK(Pairs(a).any_of(pair_hashes(b)));  // never filtered out
    }
  // a long name on both sides (the plain table's path)
  std::u32string long_a(300, U'甲'), long_b(200, U'乙');
  long_b.replace(50, 5, U"甲甲甲甲甲");
  CHECK(common_run(long_a, long_b) == 5);
  CHECK(drop_particles(U"储能的密度之和") == U"储能密度和");
}

TEST_CASE("extract: names written with 的, brackets and English words are tolerated") {
  Draft d = extract(md("本项目储能的密度达到 35 千瓦时/立方米。\n"), direction_3_1());
  CHECK(drafted_indicator(d, "energy_density").value == "达到 35 千瓦时/立方米");
  // "14.2 % today" is not 14.2 "% t" (tonnes): the baseline stays out, the target is read
  Draft e =
      extract(md("The cycle life will be raised from 8000 today to 12000.\n"), direction_3_1());
  REQUIRE(drafted_indicator(e, "cycle_life").sure == Found::Sure::Sure);
  CHECK(drafted_indicator(e, "cycle_life").value == "12000");
}

TEST_CASE("extract: transposed indicator tables and label | value rows") {
  std::string body = w_tbl(
      {{"指标", "电-电效率", "储能密度"}, {"目标值", "62%", "35"}, {"单位", "", "千瓦时/立方米"}});
  ReadResult r = read_document("a.docx", "docx", make_docx(body));
  REQUIRE(r.ok);
  Draft d = extract(r.doc, direction_3_1());
  REQUIRE(drafted_indicator(d, "round_trip_efficiency").sure == Found::Sure::Sure);
  CHECK(drafted_indicator(d, "round_trip_efficiency").value == "62%");
  CHECK(drafted_indicator(d, "round_trip_efficiency").place.describe() ==
        "table 1, row 2, column 2");
  CHECK(drafted_indicator(d, "energy_density").value == "35 千瓦时/立方米");
  SECTION("a table without a header: the row's name leads the value cell") {
    std::string b2 = w_tbl({{"电-电效率", "≥ 62%"}, {"循环寿命", "不少于 12000 次"}});
    ReadResult r2 = read_document("a.docx", "docx", make_docx(b2));
    REQUIRE(r2.ok);
    Draft d2 = extract(r2.doc, direction_3_1());
    CHECK(drafted_indicator(d2, "round_trip_efficiency").value == "≥ 62%");
    CHECK(drafted_indicator(d2, "cycle_life").value == "不少于 12000 次");
  }
  SECTION("a row with a baseline and a target beside the name gives no sure value") {
    std::string b3 = w_tbl({{"电-电效率", "50%", "62%"}});
    ReadResult r3 = read_document("a.docx", "docx", make_docx(b3));
    REQUIRE(r3.ok);
    CHECK(drafted_indicator(extract(r3.doc, direction_3_1()), "round_trip_efficiency").sure ==
          Found::Sure::Several);
  }
}

TEST_CASE("extract: a categorical indicator is sure only in the rule's category words") {
  rules::Direction dir = direction_categorical();
  SECTION("the categories as the rule words them: sure, in the order written") {
    Draft d = extract(md("项目进行实证数据比对的气候区为海洋、暖温和亚湿热。\n"), dir);
    const Found& f = drafted_indicator(d, "compared_climate_zones");
    REQUIRE(f.sure == Found::Sure::Sure);
    CHECK(f.value == "海洋、暖温、亚湿热");
  }
  SECTION("named, but in other words: never sure") {
    Draft d = extract(md("项目进行实证数据比对的气候区为温带和热带地区。\n"), dir);
    const Found& f = drafted_indicator(d, "compared_climate_zones");
    CHECK(f.sure == Found::Sure::NotFound);
    CHECK(f.value.empty());
    CHECK(f.candidates.size() == 1);
  }
  SECTION("two different lists: candidates") {
    Draft d =
        extract(md("进行实证数据比对的气候区为海洋。\n\n进行实证数据比对的气候区为暖温。\n"), dir);
    CHECK(drafted_indicator(d, "compared_climate_zones").sure == Found::Sure::Several);
  }
  SECTION("a negated statement is no commitment") {
    Draft d = extract(md("进行实证数据比对的气候区暂不包括海洋。\n"), dir);
    CHECK(drafted_indicator(d, "compared_climate_zones").sure != Found::Sure::Sure);
  }
  SECTION("an indicator table's cell in other words is a mention, in the rule's words sure") {
    std::string body = w_tbl(
        {{"指标名称", "指标值"}, {"进行实证数据比对的气候区", "温带"}, {"循环寿命", "12000 次"}});
    ReadResult r = read_document("a.docx", "docx", make_docx(body));
    REQUIRE(r.ok);
    CHECK(drafted_indicator(extract(r.doc, dir), "compared_climate_zones").sure ==
          Found::Sure::NotFound);
    std::string body2 =
        w_tbl({{"指标名称", "指标值"}, {"进行实证数据比对的气候区", "Warm temperate, marine"}});
    ReadResult r2 = read_document("a.docx", "docx", make_docx(body2));
    REQUIRE(r2.ok);
    Draft d2 = extract(r2.doc, dir);
    const Found& f = drafted_indicator(d2, "compared_climate_zones");
    REQUIRE(f.sure == Found::Sure::Sure);
    CHECK(f.value == "warm temperate、marine");  // as the rule spells them
  }
}

TEST_CASE("extract: a baseline before a target verb is never the value") {
  for (const char* text : {"The cycle life will go from 8000 today to 12000.\n",
                           "The cycle life will be raised from 8000 to 12000.\n",
                           "循环寿命将由 8000 次提升至 12000 次。\n"}) {
    Draft d = extract(md(text), direction_3_1());
    INFO(text);
    REQUIRE(drafted_indicator(d, "cycle_life").sure == Found::Sure::Sure);
    CHECK(value::parse_text(drafted_indicator(d, "cycle_life").value).lo.v == 12000);
  }
}

// Held-out set 3 (docs/import.md): each general fault it found, as a rule.
namespace {
// Its rules, in the order the direction lists them.
const char* const kSet3Rules[] = {
    R"y(
id: early_warning_accuracy
title: {zh: 预警准确率, en: Early-warning accuracy}
kind: quantity
op: ">="
value: 95
unit: "%"
source: {section: "5.2 考核指标", text: "预警准确率达到95%以上"})y",
    R"y(
id: standard_drafts
title: {zh: 团体/行业/国家标准建议稿数量, en: "Draft proposals of group, industry or national standards"}
kind: count
op: ">="
value: 3
unit: 项
source: {section: "5.2 考核指标", text: "提出不少于3项团体/行业/国家标准的建议稿"})y",
    R"y(
id: pore_size_range
title: {zh: 载体最可几孔径可调范围, en: Tunable range of the support's most probable pore size}
kind: range_cover
op: covers
value: [3, 15]
unit: 纳米
source: {section: "4.3 考核指标", text: "最可几孔径 3-15 纳米可调、可控"})y",
    R"y(
id: support_ecsa_loss
title: {zh: 载体循环伏安扫描 20 万圈后 ECSA 衰减, en: ECSA loss after 200 000 cyclic-voltammetry cycles}
kind: quantity
op: "<"
value: 40
unit: "%"
source: {section: "4.3 考核指标", text: "循环伏安扫描 20 万圈后 ECSA 衰减 < 40%"})y",
    R"y(
id: pt_ecsa_loss
title: {zh: 电压循环扫描 10 万圈后 ECSA 衰减, en: ECSA loss after 100 000 voltage cycles}
kind: quantity
op: "<"
value: 20
unit: "%"
source: {section: "4.3 考核指标", text: "电压循环扫描 10 万圈后 ECSA 衰减 < 20%"})y",
    R"y(
id: humidity_anode
title: {zh: 膜电极测试加湿度（氢侧/阳极）, en: Humidification in the MEA test (hydrogen side/anode)}
kind: quantity
op: "<="
value: 40
unit: "%"
source: {section: "4.3 考核指标", text: "加湿度 ≤ 40%/40%"})y",
    R"y(
id: humidity_cathode
title: {zh: 膜电极测试加湿度（空气侧/阴极）, en: Humidification in the MEA test (air side/cathode)}
kind: quantity
op: "<="
value: 40
unit: "%"
source: {section: "4.3 考核指标", text: "加湿度 ≤ 40%/40%"})y",
    R"y(
id: cabin_noise
title: {zh: 车内空气噪声声压级, en: Cabin aerodynamic noise sound pressure level}
kind: quantity
op: "<="
value: 63
unit: dB(A)
source: {section: "5.4 考核指标", text: "车内空气噪声声压级 ≤ 63dB(A)"})y",
    R"y(
id: decomposition_temperature
title: {zh: 载体热分解温度, en: Thermal decomposition temperature of the support}
kind: quantity
op: ">="
value: 600
unit: ℃
source: {section: "4.3 考核指标", text: "热分解温度 ≥ 600℃"})y",
    R"y(
id: heat_reduction
title: {zh: 熟料烧成热耗降低幅度（与硅酸盐水泥相比）, en: Reduction of clinker burning heat consumption against Portland cement}
kind: quantity
op: ">="
value: 25
unit: "%"
source: {section: "6.2 考核指标", text: "与硅酸盐水泥相比，新型低碳水泥熟料烧成热耗降低25%"})y",
    R"y(
id: active_area
title: {zh: 膜电极测试活性面积, en: Active area of the tested membrane electrode assembly}
kind: quantity
op: ">="
value: 20
unit: 平方厘米
source: {section: "4.3 考核指标", text: "当活性面积不低于 20 平方厘米"})y",
    R"y(
id: guideline
title: {zh: 协同控制及监测评估技术指南, en: Technical guideline for co-control and monitoring}
kind: qualitative
op: committed
source: {section: "9.5 考核指标", text: "形成协同控制及监测评估技术指南"})y",
};
rules::Direction direction_set3() {
  rules::Direction d;
  d.number = "4.3";
  for (const char* yaml : kSet3Rules) d.rules.push_back(rule_from(yaml, "4.3"));
  return d;
}
double upper(const Found& f) { return value::parse_text(f.value).hi.v; }
}  // namespace

TEST_CASE("extract: a header cell spanning a baseline and a target is read with the row below") {
  // 指标值 spans 现有水平 | 项目完成时: the baseline under it is never the value
  std::string body = w_tbl({{"序号", "考核指标", "指标值", ">>", "备注"},
                            {"<<", "<<", "现有水平", "项目完成时", "<<"},
                            {"1", "预警准确率", "80%", "97%", "国际先进水平 92%"}});
  ReadResult r = read_document("a.docx", "docx", make_docx(body));
  REQUIRE(r.ok);
  Draft merged = extract(r.doc, direction_set3());
  const Found& f = drafted_indicator(merged, "early_warning_accuracy");
  REQUIRE(f.sure == Found::Sure::Sure);
  CHECK(f.value == "97%");
  // Markdown has no merged cells: the spanned header cell is empty, the second
  // header row a row of words
  Draft d = extract(md("| 序号 | 考核指标 | 指标值 | | 备注 |\n|---|---|---|---|---|\n"
                       "| | | 现有水平 | 项目完成时 | |\n| 1 | 预警准确率 | 80% | 97% | |\n"),
                    direction_set3());
  CHECK(drafted_indicator(d, "early_warning_accuracy").value == "97%");
  // 指标值 merged over two years: which one commits is not said, no guess
  std::string years = w_tbl(
      {{"考核指标", "指标值", ">>"}, {"<<", "2024年", "2025年"}, {"预警准确率", "90%", "97%"}});
  ReadResult ry = read_document("a.docx", "docx", make_docx(years));
  REQUIRE(ry.ok);
  CHECK(drafted_indicator(extract(ry.doc, direction_set3()), "early_warning_accuracy").sure !=
        Found::Sure::Sure);
  // words below that do not say which column commits: no indicator table, no guess
  Draft e = extract(md("| 考核指标 | 指标值 | |\n|---|---|---|\n| | 甲 | 乙 |\n"
                       "| 预警准确率 | 80% | 97% |\n"),
                    direction_set3());
  CHECK(drafted_indicator(e, "early_warning_accuracy").sure != Found::Sure::Sure);
}

TEST_CASE("extract: another project's figure (国内某…仅为) is never the project's") {
  Draft d = extract(md("国内某示范工程的预警准确率仅为 85%。\n"), direction_set3());
  CHECK(drafted_indicator(d, "early_warning_accuracy").sure == Found::Sure::NotFound);
  Draft e = extract(md("国内某示范工程的预警准确率仅为 85%。本项目预警准确率不低于 97%。\n"),
                    direction_set3());
  CHECK(drafted_indicator(e, "early_warning_accuracy").value == "不低于 97%");
}

TEST_CASE("extract: a range is stated by both its ends") {
  Draft d = extract(md("The tunable range of the support's most probable pore size will span "
                       "0.6 to 17.4 nm.\n"),
                    direction_set3());
  // both ends, never 17.4 nm alone (english_range reads “0.6 to 17.4 nm” whole)
  REQUIRE(drafted_indicator(d, "pore_size_range").sure == Found::Sure::Sure);
  CHECK(lower(drafted_indicator(d, "pore_size_range")) == 0.6);
  CHECK(upper(drafted_indicator(d, "pore_size_range")) == 17.4);
  Draft e = extract(md("载体最可几孔径可调范围为 2～16 纳米。\n"), direction_set3());
  const Found& f = drafted_indicator(e, "pore_size_range");
  REQUIRE(f.sure == Found::Sure::Sure);
  CHECK(lower(f) == 2);
  CHECK(upper(f) == 16);
}

TEST_CASE("extract: after a colon, semicolons separate the listed categories") {
  Draft d = extract(md("Climate zones compared: marine; warm temperate; subtropical humid.\n"),
                    direction_categorical());
  const Found& f = drafted_indicator(d, "compared_climate_zones");
  REQUIRE(f.sure == Found::Sure::Sure);
  CHECK(f.value == "marine、warm temperate、subtropical humid");
  // without a colon a semicolon still ends the statement
  Draft e = extract(md("Climate zones compared are marine; warm temperate is another matter.\n"),
                    direction_categorical());
  CHECK(drafted_indicator(e, "compared_climate_zones").value == "marine");
  // an item that is more than one category's words ends the list
  Draft g = extract(md("进行实证数据比对的气候区：海洋；项目还将在暖温地区建站。\n"),
                    direction_categorical());
  CHECK(drafted_indicator(g, "compared_climate_zones").value == "海洋");
}

TEST_CASE("extract: the form's 基本信息 fields are not commitments, dates give no duration") {
  Draft d = extract(md("| 项目名称 | 协同控制及监测评估技术指南研究 |\n|---|---|\n"
                       "| 所属指南方向 | 9.5 协同控制及监测评估技术指南 |\n"
                       "| 执行期限 | 2024年1月至2026年12月（共36个月） |\n\n"
                       "项目名称：协同控制及监测评估技术指南研究\n"),
                    direction_set3());
  CHECK(drafted_indicator(d, "guideline").sure != Found::Sure::Sure);
  REQUIRE(d.duration.sure == Found::Sure::Sure);
  CHECK(d.duration.value == "36个月");
  CHECK(d.title.value == "协同控制及监测评估技术指南研究");
  // two spans of months beside the dates: no guess
  Draft e = extract(md("执行期限：2024年1月至2026年12月（共36个月，其中中期 18 个月）\n"),
                    direction_set3());
  CHECK(e.duration.sure != Found::Sure::Sure);
}

TEST_CASE("extract: English participant tables headed Organisation, spaces in own runs") {
  Draft d = extract(md("| Organisation | Country | Type | Role |\n|---|---|---|---|\n"
                       "| Some University | China | University | Lead |\n"
                       "| Fraunhofer-Institut | Germany | Research institute | Participant |\n"),
                    direction_set3());
  REQUIRE(d.participants.size() == 2);
  CHECK(d.participants[1].country == "DE");
  CHECK(d.participants[1].role == "member");
  CHECK(d.participants[1].kind == "institute");
  // Word writes a space alone in a run between differently formatted words
  ReadResult r = read_document(
      "a.docx", "docx",
      make_docx("<w:p><w:r><w:t>Some</w:t></w:r><w:r><w:t xml:space=\"preserve\"> </w:t></w:r>"
                "<w:r><w:rPr><w:b/></w:rPr><w:t>University</w:t></w:r></w:p>"));
  REQUIRE(r.ok);
  REQUIRE(r.doc.paragraphs.size() == 1);
  CHECK(r.doc.paragraphs[0].text == "Some University");
}

TEST_CASE("extract: comparator words alone after a colon continue the name before it") {
  Draft d = extract(md("Draft proposals of group, industry or national standards: at least 4.\n"),
                    direction_set3());
  CHECK(lower(drafted_indicator(d, "standard_drafts")) == 4);
  Draft e = extract(md("Early-warning accuracy: no less than 97%.\n"), direction_set3());
  CHECK(lower(drafted_indicator(e, "early_warning_accuracy")) == 97);
  // a per-year table: only the end of the project's column commits
  Draft f = extract(md("| Indicator | Year 1 | Year 2 | End of project |\n|---|---|---|---|\n"
                       "| Early-warning accuracy | 90% | 93% | 97% |\n"),
                    direction_set3());
  CHECK(drafted_indicator(f, "early_warning_accuracy").value == "97%");
}

TEST_CASE("extract: a value written before the name") {
  Draft d = extract(md("项目将形成 4 项团体/行业/国家标准建议稿。\n\n"
                       "以 97% 以上的预警准确率为目标开展研制。\n"),
                    direction_set3());
  CHECK(lower(drafted_indicator(d, "standard_drafts")) == 4);
  CHECK(lower(drafted_indicator(d, "early_warning_accuracy")) == 97);
  Draft e = extract(md("The project targets a 97% early-warning accuracy.\n"), direction_set3());
  CHECK(lower(drafted_indicator(e, "early_warning_accuracy")) == 97);
  // “a” before the name is a word of its own, not the start of “active”
  Draft a = extract(md("The project targets a 25 cm² active area of the tested membrane "
                       "electrode assembly.\n"),
                    direction_set3());
  CHECK(lower(drafted_indicator(a, "active_area")) == 25);
  // the words after the number must begin the name: “在 2 个城市开展…” is no count of drafts
  Draft f = extract(md("在 2 个城市开展团体/行业/国家标准建议稿的编制。\n"), direction_set3());
  CHECK(drafted_indicator(f, "standard_drafts").sure != Found::Sure::Sure);
  // the call's requirement is not the project's
  Draft c = extract(md("The call asks for a 95% early-warning accuracy.\n"), direction_set3());
  CHECK(drafted_indicator(c, "early_warning_accuracy").sure != Found::Sure::Sure);
  // the name must end the noun phrase, and a count's measure word be the rule's
  for (const char* text : {"开展 3 次团体/行业/国家标准建议稿研讨。\n",
                           "依托 3 个团体/行业/国家标准建议稿数据库开展分析。\n",
                           "We hold 3 draft proposals of group, industry or national standards "
                           "workshops.\n"}) {
    INFO(text);
    CHECK(drafted_indicator(extract(md(text), direction_set3()), "standard_drafts").sure !=
          Found::Sure::Sure);
  }
  // and hold no distractor
  Draft g = extract(md("The project keeps 85% as the reference early-warning accuracy.\n"),
                    direction_set3());
  CHECK(drafted_indicator(g, "early_warning_accuracy").sure != Found::Sure::Sure);
}

TEST_CASE("extract: numbers inside names, and names told apart by their brackets") {
  Draft d = extract(
      md("载体循环伏安扫描 20 万圈后 ECSA 衰减≤36%；电压循环扫描 10 万圈后 ECSA 衰减＜18%。\n"),
      direction_set3());
  CHECK(upper(drafted_indicator(d, "support_ecsa_loss")) == 36);
  CHECK(upper(drafted_indicator(d, "pt_ecsa_loss")) == 18);
  Draft e = extract(md("ECSA loss after 100 000 voltage cycles of up to 18%.\n"), direction_set3());
  CHECK(upper(drafted_indicator(e, "pt_ecsa_loss")) == 18);
  CHECK(drafted_indicator(e, "support_ecsa_loss").sure != Found::Sure::Sure);
  Draft f = extract(md("膜电极测试加湿度（氢侧/阳极）不超过 38%；膜电极测试加湿度（空气侧/阴极）"
                       "不超过 30%。\n\n"
                       "Humidification in the MEA test (air side/cathode) of up to 30%.\n"),
                    direction_set3());
  CHECK(upper(drafted_indicator(f, "humidity_anode")) == 38);
  CHECK(upper(drafted_indicator(f, "humidity_cathode")) == 30);
}

TEST_CASE("extract: dB(A), list ordinals, units after a slash, names holding 相比") {
  Draft d = extract(md("车内空气噪声声压级控制在 56.7 dB(A) 以下。\n"), direction_set3());
  REQUIRE(drafted_indicator(d, "cabin_noise").sure == Found::Sure::Sure);
  CHECK(upper(drafted_indicator(d, "cabin_noise")) == Approx(56.7));
  // an item's ordinal counts items, it never states a value
  for (const char* text : {"①团体/行业/国家标准建议稿\n", "（2）团体/行业/国家标准建议稿\n",
                           "3. 团体/行业/国家标准建议稿\n", "4、团体/行业/国家标准建议稿\n"}) {
    INFO(text);
    CHECK(drafted_indicator(extract(md(text), direction_set3()), "standard_drafts").sure ==
          Found::Sure::NotFound);
  }
  Draft o = extract(md("②团体/行业/国家标准建议稿数量达到 4 项以上；\n"), direction_set3());
  CHECK(lower(drafted_indicator(o, "standard_drafts")) == 4);
  Draft s = extract(
      md("| 序号 | 指标名称/单位 | 考核值 |\n|---|---|---|\n| 1 | 载体热分解温度/℃ | ≥620 |\n"),
      direction_set3());
  REQUIRE(drafted_indicator(s, "decomposition_temperature").sure == Found::Sure::Sure);
  CHECK(lower(drafted_indicator(s, "decomposition_temperature")) == 620);
  CHECK(value::parse_text(drafted_indicator(s, "decomposition_temperature").value).lo.unit == "°C");
  Draft h =
      extract(md("①熟料烧成热耗降低幅度（与硅酸盐水泥相比）优于 31.2%；\n"), direction_set3());
  CHECK(lower(drafted_indicator(h, "heat_reduction")) == Approx(31.2));
}

namespace {
// Indicators of held-out set 4's directions (5.3, 4.1, 10.2, 10.8, 2.2).
rules::Direction direction_set4() {
  rules::Direction d;
  d.number = "5.3";
  auto add = [&](const char* yaml) { d.rules.push_back(rule_from(yaml, "5.3")); };
  add(R"y(
id: battery_systems
title: {zh: 满足热箱要求的电池体系数（液态/固态）, en: Battery systems (liquid/solid) meeting the hot-box requirement}
kind: count
op: ">="
value: 2
unit: 种
source: {section: "5.3 考核指标", text: "满足热箱要求的电池体系（液态/固态）不少于 2 种"})y");
  add(R"y(
id: system_storage_capacity
title: {zh: 固态储氢系统的储氢容量, en: Hydrogen storage capacity of the solid-state storage system}
kind: quantity
op: ">="
value: 100
unit: kg
aliases: [system hydrogen storage capacity]
source: {section: "4.1 考核指标", text: "固态储氢系统的储氢容量不低于 100 kg"})y");
  add(R"y(
id: cardio_oncology_guidelines
title: {zh: 肿瘤心脏学诊断、检查和治疗的指南和共识数, en: "Cardio-oncology guidelines and consensus statements on diagnosis, examination and treatment"}
kind: count
op: ">="
value: 1
unit: 项
source: {section: "10.2 考核指标", text: "形成肿瘤心脏学诊断、检查和治疗的指南和共识 1 项"})y");
  add(R"y(
id: imaging_early_diagnosis_techniques
title: {zh: 基于影像学的肿瘤治疗相关心血管并发症早期诊断技术数, en: Imaging-based early diagnosis techniques for cancer-therapy-related cardiovascular complications}
kind: count
op: ">="
value: 3
unit: 种
source: {section: "10.2 考核指标", text: "建立基于影像学的肿瘤治疗相关心血管并发症早期诊断技术 3 种"})y");
  add(R"y(
id: preclinical_studies
title: {zh: 完成的新药临床前研究数, en: New-drug preclinical studies completed}
kind: count
op: ">="
value: 2
unit: 项
source: {section: "10.8 考核指标", text: "完成新药临床前研究不少于 2 项"})y");
  add(R"y(
id: key_parameter_deviation
title: {zh: 关键参数与机型测试数据对比偏差, en: Deviation of key parameters from turbine test data}
kind: quantity
op: "<="
value: 5
unit: "%"
source: {section: "2.2 考核指标", text: "关键参数与机型测试数据对比偏差不超过 5%"})y");
  return d;
}
}  // namespace

TEST_CASE("extract: a mid-term target is not the commitment") {
  for (const char* text : {"中期考核时，满足热箱要求的电池体系数（液态/固态）达到1种。\n",
                           "At the mid-term review the system hydrogen storage capacity will be "
                           "88.4 kg.\n"}) {
    INFO(text);
    Draft d = extract(md(text), direction_set4());
    CHECK(drafted_indicator(d, "battery_systems").sure != Found::Sure::Sure);
    CHECK(drafted_indicator(d, "system_storage_capacity").sure != Found::Sure::Sure);
  }
  // beside the final one, the mid-term figure is no second value
  Draft e = extract(md("项目完成时，满足热箱要求的电池体系数（液态/固态）不少于3种。\n\n"
                       "中期考核时，满足热箱要求的电池体系数（液态/固态）达到1种。\n"),
                    direction_set4());
  CHECK(lower(drafted_indicator(e, "battery_systems")) == 3);
}

TEST_CASE("extract: a conjunction before a number written before its name") {
  Draft d = extract(md("The project will deliver 1 cardio-oncology guidelines and consensus "
                       "statements on diagnosis, examination and treatment and 5 imaging-based "
                       "early diagnosis techniques for cancer-therapy-related cardiovascular "
                       "complications.\n"),
                    direction_set4());
  // the 5 is the techniques', never the guidelines'
  CHECK(drafted_indicator(d, "cardio_oncology_guidelines").value != "5");
  CHECK(lower(drafted_indicator(d, "imaging_early_diagnosis_techniques")) == 5);
}

TEST_CASE("extract: the form's 立项时/中期/完成时 table, a unit column in per mille") {
  for (const char* head :
       {"| 序号 | 指标名称 | 立项时已有指标值/状态 | 中期指标值/状态 | 完成时指标值/状态 "
        "| 考核方式（方法）及评价手段 |\n",
        "| No. | 指标名称 | At project start | Mid-term | At completion "
        "| Verification method |\n"}) {
    INFO(head);
    Draft d = extract(md(std::string(head) +
                         "|---|---|---|---|---|---|\n"
                         "| 1 | 完成的新药临床前研究数 | 1项 | 4项 | ≥7项 | 查阅验收报告 |\n"),
                      direction_set4());
    CHECK(drafted_indicator(d, "preclinical_studies").value == "≥7项");
  }
  Draft p = extract(
      md("| 指标类别 | 指标名称 | 考核方式 | 指标值 | 单位 |\n|---|---|---|---|---|\n"
         "| 约束性指标 | 关键参数与机型测试数据对比偏差 | 第三方检测报告 | 不超过45 | ‰ |\n"),
      direction_set4());
  REQUIRE(drafted_indicator(p, "key_parameter_deviation").sure == Found::Sure::Sure);
  CHECK(upper(drafted_indicator(p, "key_parameter_deviation")) == 45);
  // per mille is a share; a bare number or another unit still does not fit a %
  Draft q = extract(md("关键参数与机型测试数据对比偏差不超过 4.5。\n"), direction_set4());
  CHECK(drafted_indicator(q, "key_parameter_deviation").sure != Found::Sure::Sure);
}

TEST_CASE("extract: a baseline's words end with its target verb") {
  Draft d = extract(md("关键参数与机型测试数据对比偏差由目前的8%降低到4.5%，固态储氢系统的储氢容量"
                       "不低于104 kg。\n\n"
                       "A key parameter deviation cut from 8% today to 4.5% and a system hydrogen "
                       "storage capacity of at least 104 kg.\n"),
                    direction_set4());
  CHECK(upper(drafted_indicator(d, "key_parameter_deviation")) == Approx(4.5));
  CHECK(lower(drafted_indicator(d, "system_storage_capacity")) == 104);
  // someone else's figures stay someone else's past the verb
  Draft e = extract(md("国外同类项目的关键参数与机型测试数据对比偏差由8%降低到6%，固态储氢系统的"
                       "储氢容量为90 kg。\n"),
                    direction_set4());
  CHECK(drafted_indicator(e, "system_storage_capacity").sure != Found::Sure::Sure);
  CHECK(drafted_indicator(e, "key_parameter_deviation").sure != Found::Sure::Sure);
  // and a change after the verb is still a change
  Draft f = extract(md("关键参数与机型测试数据对比偏差由目前的8%降低到4.5%，固态储氢系统的储氢容量"
                       "提高10 kg。\n"),
                    direction_set4());
  CHECK(drafted_indicator(f, "system_storage_capacity").sure != Found::Sure::Sure);
}

TEST_CASE("extract: cross-references, and a range of counts read as its lower bound") {
  rules::Direction dir = direction_set4();
  dir.rules.push_back(rule_from(R"y(
id: roadmap_count
title: {zh: 低碳/零碳建设技术路线图份数, en: Technology roadmaps}
kind: count
op: between
better: higher
value: [2, 3]
unit: 份
note: {zh: "原文为区间，读作至少 2 份", en: "a range, read as at least 2"}
source: {section: "6.4 考核指标", text: "形成低碳/零碳建设技术路线图 2-3 份"})y",
                                "6.4"));
  // 图5, 表3, 第4章 name a figure, a table, a chapter: never values
  Draft d =
      extract(md("低碳/零碳建设技术路线图份数不少于2份。\n\n"
                 "相关方法详见第4章，技术路线如图5所示，任务分工见表3。\n\n"
                 "表2 项目考核指标\n\nThe roadmap is described in Section 4.2 and Figure 3.\n"),
              dir);
  CHECK(lower(drafted_indicator(d, "roadmap_count")) == 2);
  // a word ending in 图 is a name, and the number after it its value
  Draft e = extract(md("形成低碳/零碳建设技术路线图 3 份。\n"), dir);
  CHECK(drafted_indicator(e, "roadmap_count").sure == Found::Sure::Sure);
  // “达到 2 份” and “2 份” commit to the same lower end of the range
  Draft f = extract(md("低碳/零碳建设技术路线图份数达到2份。\n\n| 指标名称 | 指标值 |\n|---|---|\n"
                       "| 低碳/零碳建设技术路线图份数 | 2份 |\n"),
                    dir);
  CHECK(lower(drafted_indicator(f, "roadmap_count")) == 2);
}

TEST_CASE("extract: 分别 and respectively give the numbers to the names in order") {
  Draft d = extract(md("项目完成时，满足热箱要求的电池体系数（液态/固态）和完成的新药临床前研究数"
                       "分别不少于3种和4项。\n"),
                    direction_set4());
  CHECK(lower(drafted_indicator(d, "battery_systems")) == 3);
  CHECK(lower(drafted_indicator(d, "preclinical_studies")) == 4);
  Draft e = extract(md("Targets: system hydrogen storage capacity and deviation of key parameters "
                       "from turbine test data of 104 kg and 4.5% respectively.\n"),
                    direction_set4());
  CHECK(lower(drafted_indicator(e, "system_storage_capacity")) == 104);
  CHECK(upper(drafted_indicator(e, "key_parameter_deviation")) == Approx(4.5));
  // three names and two numbers: not read in order
  Draft f =
      extract(md("满足热箱要求的电池体系数（液态/固态）、完成的新药临床前研究数和固态储氢系统的"
                 "储氢容量分别不少于3种和4项。\n"),
              direction_set4());
  CHECK(drafted_indicator(f, "system_storage_capacity").sure != Found::Sure::Sure);
}

TEST_CASE("extract: the next clause continues the name after the last number") {
  Draft d = extract(md("完成的新药临床前研究数不少于6项、满足热箱要求的电池体系数（液态/固态）"
                       "至少3种。\n"),
                    direction_set4());
  CHECK(lower(drafted_indicator(d, "preclinical_studies")) == 6);
  CHECK(lower(drafted_indicator(d, "battery_systems")) == 3);
}

TEST_CASE("extract: a table's count followed by the English noun it counts") {
  Draft d = extract(md("| Indicator | Value at completion |\n| --- | --- |\n"
                       "| Cycle life | no fewer than 12,000 cycles |\n"
                       "| Design round-trip efficiency | at least 62% |\n"),
                    direction_3_1());
  REQUIRE(drafted_indicator(d, "cycle_life").sure == Found::Sure::Sure);
  CHECK(lower(drafted_indicator(d, "cycle_life")) == 12000);
  CHECK(lower(drafted_indicator(d, "round_trip_efficiency")) == 62);
  // a second number, a bracket, Chinese words: the cell is not read so
  for (const char* cell : {"12,000 cycles (8,000 at 40 ℃)", "12,000 cycles and 3 tests",
                           "12,000 次以上的 cycles", "12,000 cycles; 8,000 at 40 ℃"}) {
    Draft e = extract(md(std::string("| Indicator | Value at completion |\n| --- | --- |\n"
                                     "| Cycle life | ") +
                         cell + " |\n"),
                      direction_3_1());
    INFO(cell);
    CHECK(drafted_indicator(e, "cycle_life").sure != Found::Sure::Sure);
  }
  // “控制在…以内”: the bound the rest states
  Draft g =
      extract(md("| 考核指标 | 完成时指标 |\n| --- | --- |\n| 循环寿命 | 控制在12000次以内 |\n"
                 "| 储能密度 | 控制在约35千瓦时/立方米 |\n"),
              direction_3_1());
  CHECK(upper(drafted_indicator(g, "cycle_life")) == 12000);
  CHECK(drafted_indicator(g, "energy_density").sure != Found::Sure::Sure);
  // a bare number does not fit a quantity with a unit
  Draft f = extract(md("| Indicator | Value at completion |\n| --- | --- |\n"
                       "| Energy storage density | at least 35 units |\n"),
                    direction_3_1());
  CHECK(drafted_indicator(f, "energy_density").sure != Found::Sure::Sure);
}

TEST_CASE("extract: a name-only paragraph and the value in the next") {
  Draft d = extract(md("1．循环寿命\n\n完成时指标：不少于12000次。\n\n"
                       "(2) Design round-trip efficiency\n\nTarget at completion: at least 62%.\n"),
                    direction_3_1());
  REQUIRE(drafted_indicator(d, "cycle_life").sure == Found::Sure::Sure);
  CHECK(lower(drafted_indicator(d, "cycle_life")) == 12000);
  REQUIRE(drafted_indicator(d, "round_trip_efficiency").sure == Found::Sure::Sure);
  CHECK(lower(drafted_indicator(d, "round_trip_efficiency")) == 62);
  // a mid-term target beside the final one is not a second number
  for (const char* text : {"2. **循环寿命**\n\n项目完成时：不少于12000次；中期：完成8000次测试。\n",
                           "2. **Cycle life**\n\nAt completion: no fewer than 12000; mid-term: "
                           "8000 cycles tested.\n"}) {
    INFO(text);
    Draft m = extract(md(text), direction_3_1());
    REQUIRE(drafted_indicator(m, "cycle_life").sure == Found::Sure::Sure);
    CHECK(lower(drafted_indicator(m, "cycle_life")) == 12000);
  }
  // only the next paragraph, only one number, never a distractor
  for (const char* text :
       {"1．循环寿命\n\n每年测试2次，共6次。\n", "1．循环寿命\n\n中期检查时达到6000次。\n",
        "1．循环寿命\n\n本节介绍方法。\n\n完成时指标：不少于12000次。\n",
        "1．循环寿命\n\n| a | b |\n| --- | --- |\n| c | d |\n\n不少于12000次。\n",
        "循环寿命和储能密度\n\n不少于12000次。\n",
        "本项目将在三年内系统研究循环寿命衰减的机理与规律\n\n不少于12000次。\n",
        // a label and its value in words: the next item's number is not its
        "1. **Cycle life**: twelve thousand;\n\n2. **Patents**: 12000 applications;\n",
        "1. **循环寿命**：达到国际先进水平；\n\n2. **专利**：12000次。\n"}) {
    INFO(text);
    Draft e = extract(md(text), direction_3_1());
    CHECK(drafted_indicator(e, "cycle_life").sure != Found::Sure::Sure);
  }
}

TEST_CASE("extract: 起止年月 labels the duration") {
  Draft d = extract(md("起止年月：2025年7月至2028年6月（36个月）\n"), direction_3_1());
  REQUIRE(d.duration.sure == Found::Sure::Sure);
  CHECK(d.duration.value == "36个月");
}

TEST_CASE("extract: 各 / each gives one value to every indicator a list names") {
  rules::Direction dir;
  dir.number = "6.2";
  for (auto [id, zh, en] : {std::tuple{"new_products", "开发新产品数", "New products developed"},
                            std::tuple{"new_technologies", "新技术数", "New technologies"},
                            std::tuple{"new_equipment", "新装备数", "New equipment"}})
    dir.rules.push_back(testing::rule_from(std::string("id: ") + id + "\ntitle: {zh: " + zh +
                                               ", en: " + en +
                                               "}\nkind: count\nop: \">=\"\nvalue: 2\nunit: "
                                               "项\nsource: {section: \"6.2 考核指标\", text: \"" +
                                               zh + "2项\"}",
                                           "6.2"));
  for (const char* text :
       {"开发新产品、新技术、新装备各2项。\n",
        "| 考核指标 | 完成时指标 |\n| --- | --- |\n| 新产品/新技术/新装备 | 各2项 |\n",
        "| Indicator | Final target |\n| --- | --- |\n| New products / New "
        "technologies / New equipment | 2 each |\n"}) {
    INFO(text);
    Draft d = extract(md(text), dir);
    for (const char* id : {"new_products", "new_technologies", "new_equipment"}) {
      INFO(id);
      REQUIRE(drafted_indicator(d, id).sure == Found::Sure::Sure);
      CHECK(lower(drafted_indicator(d, id)) == 2);
    }
  }
  // a part that names no indicator: the list is not read so
  Draft d =
      extract(md("| 考核指标 | 完成时指标 |\n| --- | --- |\n| 新产品/新专利 | 各2项 |\n"), dir);
  CHECK(drafted_indicator(d, "new_technologies").sure == Found::Sure::NotFound);
  CHECK(drafted_indicator(d, "new_products").sure != Found::Sure::Sure);
}

TEST_CASE("extract: a table cell's bracket of a test condition or another figure") {
  for (const char* cell : {"≥62% (at 120 km/h)", "≥62%（k=2）", "≥62%（@0.9 V）"}) {
    INFO(cell);
    Draft d =
        extract(md(std::string("| 考核指标 | 完成时指标 |\n| --- | --- |\n| 设计电-电效率 | ") +
                   cell + " |\n"),
                direction_3_1());
    REQUIRE(drafted_indicator(d, "round_trip_efficiency").sure == Found::Sure::Sure);
    CHECK(lower(drafted_indicator(d, "round_trip_efficiency")) == 62);
  }
  // a second figure of the same quantity: the cell is not read so
  Draft m =
      extract(md("| 考核指标 | 完成时指标 |\n| --- | --- |\n| 设计电-电效率 | ≥62%（中期50%） |\n"),
              direction_3_1());
  CHECK(drafted_indicator(m, "round_trip_efficiency").sure != Found::Sure::Sure);
  // a bracket of words only may be the unit: it stays
  Draft u =
      extract(md("| 考核指标 | 完成时指标 |\n| --- | --- |\n| 储能密度 | 35 (千瓦时/立方米) |\n"),
              direction_3_1());
  const Found& e = drafted_indicator(u, "energy_density");
  CHECK((e.sure != Found::Sure::Sure || e.value.find("千瓦时") != std::string::npos));
}

TEST_CASE("extract: a qualitative indicator's table row names it only by its own words") {
  // “…/技术体系” shares only a head with 7.1's “…碳中和技术体系”
  rules::Direction dir;
  dir.number = "7.1";
  dir.rules.push_back(testing::rule_from(R"(
id: carbon_neutral_technology_system
title: {zh: 适用于不同气候区、不同建筑类型的碳中和技术体系, en: Carbon-neutral technology system}
kind: qualitative
op: committed
source: {section: "7.1 考核指标", text: "形成适用于不同气候区、不同建筑类型的既有建筑绿色改造碳中和技术体系"})",
                                         "7.1"));
  auto row = [&](const char* name) {
    return extract(
        md(std::string("| 考核指标 | 完成时指标 |\n| --- | --- |\n| ") + name + " | 4项 |\n"), dir);
  };
  CHECK(drafted_indicator(row("适应性管理决策工具/技术体系"), "carbon_neutral_technology_system")
            .sure != Found::Sure::Sure);
  CHECK(drafted_indicator(row("建筑碳中和技术体系"), "carbon_neutral_technology_system").sure ==
        Found::Sure::Sure);
  // the verb a commitment's name opens with need not be repeated
  for (const rules::Rule& r : direction_3_1().rules)
    if (r.id == "experimental_validation") dir.rules.push_back(r);
  CHECK(drafted_indicator(row("系统原理样机实验验证"), "experimental_validation").sure ==
        Found::Sure::Sure);
}

TEST_CASE("extract: an indicator table's count in an English word") {
  for (const char* cell : {"no fewer than twelve thousand", "two or three"}) {
    INFO(cell);
    Draft d =
        extract(md(std::string("| Indicator | Final target |\n| --- | --- |\n| Cycle life | ") +
                   cell + " |\n"),
                direction_3_1());
    CHECK(drafted_indicator(d, "cycle_life").sure != Found::Sure::Sure);
  }
  Draft d = extract(md("| Indicator | Final target |\n| --- | --- |\n| Cycle life | no fewer than "
                       "twenty |\n"),
                    direction_3_1());
  REQUIRE(drafted_indicator(d, "cycle_life").sure == Found::Sure::Sure);
  CHECK(lower(drafted_indicator(d, "cycle_life")) == 20);
  Draft p = extract(md("Project period: three years (July 2025 – June 2028)\n"), direction_3_1());
  REQUIRE(p.duration.sure == Found::Sure::Sure);
  CHECK(p.duration.value == "3 years");
}

TEST_CASE("extract: participating units on lines of their own") {
  Draft d = extract(md("## 二、参与单位\n\n牵头单位：新疆大学（中国，高等院校）\n\n"
                       "参与单位：Commonwealth Scientific and Industrial Research Organisation"
                       "（澳大利亚，科研院所）\n\n"
                       "**Partner**: Kyoto University (Japan, university)\n\n"
                       "合作单位：某某中心（待定）\n"),
                    direction_3_1());
  REQUIRE(d.participants.size() == 3);  // the last names no country: not read
  CHECK(d.participants[0].name == "新疆大学");
  CHECK(d.participants[0].country == "CN");
  CHECK(d.participants[0].role == "lead");
  CHECK(d.participants[0].kind == "university");
  CHECK(d.participants[1].country == "AU");
  CHECK(d.participants[1].kind == "institute");
  CHECK(d.participants[2].name == "Kyoto University");
  CHECK(d.participants[2].country == "JP");
  CHECK(d.participants[2].role == "member");
  // a participating-units table, when there is one, is what is read
  Draft t =
      extract(md("| 单位名称 | 国别 | 角色 |\n| --- | --- | --- |\n| 清华大学 | 中国 | 牵头 |\n\n"
                 "参与单位：新疆大学（中国，高等院校）\n"),
              direction_3_1());
  REQUIRE(t.participants.size() == 1);
  CHECK(t.participants[0].name == "清华大学");
}

TEST_CASE("extract: a period written as dates is drafted as written, when whole months") {
  for (const char* text : {"执行期限：2025年1月至2027年12月\n",
                           "| 执行期限 | 2025年1月1日至2027年12月31日 |\n| --- | --- |\n",
                           "Project period: January 2025 to December 2027\n",
                           "| Project period | 1 Jan 2025 – 31 Dec 2027 |\n| --- | --- |\n",
                           "执行期限：2025.01–2027.12\n"}) {
    INFO(text);
    Draft d = extract(md(text), direction_3_1());
    REQUIRE(d.duration.sure == Found::Sure::Sure);
    CHECK(value::date_span(d.duration.value).months == 36);
  }
  // days that are no whole months: nothing to draft
  CHECK(extract(md("执行期限：2025年1月15日至2027年12月31日\n"), direction_3_1()).duration.sure !=
        Found::Sure::Sure);
  // a length with its dates in brackets: drafted when both agree
  Draft agree = extract(md("执行期限：三年（2025年7月—2028年6月）\n"), direction_3_1());
  REQUIRE(agree.duration.sure == Found::Sure::Sure);
  CHECK(agree.duration.value == "三年");
  Draft differ = extract(md("执行期限：三年（2025年7月—2028年12月）\n"), direction_3_1());
  CHECK(differ.duration.sure != Found::Sure::Sure);
}

namespace {
rules::Direction biomarkers_direction() {
  rules::Direction dir;
  dir.number = "10.1";
  dir.rules.push_back(rule_from(R"(
id: prognostic_biomarkers
title: {zh: 影响脑血管病预后的关键生物标志物数, en: Key prognostic biomarkers}
kind: count
op: ">="
value: 10
unit: 个
source: {section: "10.1 考核指标", text: "发现影响脑血管病预后的关键生物标志物不少于10个"})",
                                "10.1"));
  return dir;
}
}  // namespace

TEST_CASE("extract: in running text a count in another measure word is only a mention") {
  rules::Direction dir = biomarkers_direction();
  dir.rules.push_back(rule_from(R"(
id: energy_saving_technologies
title: {zh: 化工行业新型节能降耗技术或装备数, en: New energy-saving technologies or equipment}
kind: count
op: ">="
value: 2
unit: 项/台
source: {section: "6.3 考核指标", text: "开发化工行业新型节能降耗技术或装备2～3项/台"})",
                                "10.1"));
  // the 3 项 count the methods and reagents, not the biomarkers
  for (const char* text : {"影响脑血管病预后的关键生物标志物相关的检测方法和试剂分别达到3项。\n",
                           "关键生物标志物达到3项。\n", "关键生物标志物达到1.2万例。\n"}) {
    Draft d = extract(md(text), dir);
    INFO(text);
    CHECK(drafted_indicator(d, "prognostic_biomarkers").sure == Found::Sure::NotFound);
  }
  CHECK(lower(drafted_indicator(extract(md("关键生物标志物达到12个。\n"), dir),
                                "prognostic_biomarkers")) == 12);
  CHECK(lower(drafted_indicator(extract(md("关键生物标志物达到十二个。\n"), dir),
                                "prognostic_biomarkers")) == 12);
  // a rule counted in 项/台 takes either word
  for (const char* text : {"化工行业新型节能降耗技术或装备数达到3项。\n",
                           "化工行业新型节能降耗技术或装备数达到3台。\n"})
    CHECK(lower(drafted_indicator(extract(md(text), dir), "energy_saving_technologies")) == 3);
  CHECK(drafted_indicator(extract(md("化工行业新型节能降耗技术或装备数达到3套。\n"), dir),
                          "energy_saving_technologies")
            .sure == Found::Sure::NotFound);
  // a table's row names the indicator: its measure word is the writer's
  Draft t =
      extract(md("| 考核指标 | 完成时指标 |\n| --- | --- |\n| 关键生物标志物 | 12项 |\n"), dir);
  CHECK(lower(drafted_indicator(t, "prognostic_biomarkers")) == 12);
}

TEST_CASE("extract: a name-only paragraph tells apart what the next one's words name alike") {
  rules::Direction dir;
  dir.number = "6.3";
  const char* rules[][2] = {
      {"energy_saving_technologies", "New energy-saving technologies or equipment"},
      {"biomass_renewable_technologies",
       "New technologies for biomass valorisation, renewable hydrogen/oxygen supply and directly "
       "driven chemical reactions"},
      {"coal_oil_technologies",
       "New technologies for high-value use of coal and oil and their "
       "coupling"}};
  for (const auto& r : rules)
    dir.rules.push_back(rule_from(std::string("id: ") + r[0] + "\ntitle: {zh: 新技术" + r[0] +
                                      ", en: \"" + r[1] +
                                      "\"}\nkind: count\nop: \">=\"\nvalue: 2\nunit: 项\n"
                                      "source: {section: \"6.3 考核指标\", text: \"新技术2项\"}",
                                  "6.3"));
  Draft d = extract(md("(1) New technologies for the high-value use of coal and oil and their "
                       "coupling\n\nTarget at completion: at least 3 technologies.\n"),
                    dir);
  CHECK(lower(drafted_indicator(d, "coal_oil_technologies")) == 3);
  CHECK(drafted_indicator(d, "biomass_renewable_technologies").sure == Found::Sure::NotFound);
  // without the name-only paragraph the words name them alike: no value
  Draft e = extract(md("Target at completion: at least 3 technologies.\n"), dir);
  CHECK(drafted_indicator(e, "coal_oil_technologies").sure == Found::Sure::Several);
}

TEST_CASE("extract: a number before an English sentence's full stop or a comma") {
  for (const char* text : {"Target at completion: the cycle life will be at least 12000.\n",
                           "The cycle life will be no less than 12000, as tested.\n"}) {
    Draft d = extract(md(text), direction_3_1());
    INFO(text);
    CHECK(lower(drafted_indicator(d, "cycle_life")) == 12000);
  }
  Draft e =
      extract(md("The design round-trip efficiency will be at least 62.5.\n"), direction_3_1());
  CHECK(drafted_indicator(e, "round_trip_efficiency").sure != Found::Sure::Sure);  // no % : no fit
}

TEST_CASE("extract: an English name written whole outranks the tail of a longer one") {
  rules::Direction dir;
  dir.number = "10.4";
  dir.rules.push_back(rule_from(R"(
id: decision_support_systems
title: {zh: 临床决策支持系统数, en: AI and radiomics clinical decision support systems}
kind: count
op: ">="
value: 3
unit: 套
aliases: [clinical decision support systems]
source: {section: "10.4 考核指标", text: "临床决策支持系统不少于3套"})",
                                "10.4"));
  dir.rules.push_back(rule_from(R"(
id: promotion_institutions
title: {zh: 推广使用的医疗机构数, en: Medical institutions using the clinical decision support systems}
kind: count
op: ">="
value: 50
unit: 家
source: {section: "10.4 考核指标", text: "推广使用的医疗机构不少于50家"})",
                                "10.4"));
  Aliases al{{"decision_support_systems", {"clinical decision support systems"}}};
  Draft d = extract(md("The clinical decision support systems will be 3.\n"), dir, al);
  CHECK(lower(drafted_indicator(d, "decision_support_systems")) == 3);
  CHECK(drafted_indicator(d, "promotion_institutions").sure == Found::Sure::NotFound);
  // the longer name written whole holds the shorter one: the longer wins
  Draft e = extract(
      md("The medical institutions using the clinical decision support systems will be 60.\n"), dir,
      al);
  CHECK(lower(drafted_indicator(e, "promotion_institutions")) == 60);
  CHECK(drafted_indicator(e, "decision_support_systems").sure == Found::Sure::NotFound);
}

TEST_CASE("extract: a name inside a modifier of another noun is not what is counted") {
  rules::Direction dir = biomarkers_direction();
  // the head noun after the last 的 (专利, 试剂盒, 数据库) is what is counted
  for (const char* text :
       {"基于关键生物标志物形成的专利达到3个。\n", "关键生物标志物相关的试剂盒不少于3个。\n",
        "针对关键生物标志物的检测平台达到3个。\n", "围绕关键生物标志物建立的数据库共3个。\n",
        "The patents based on the key prognostic biomarkers will be 3.\n",
        "Assays related to key prognostic biomarkers: at least 3.\n"}) {
    Draft d = extract(md(text), dir);
    INFO(text);
    CHECK(drafted_indicator(d, "prognostic_biomarkers").sure != Found::Sure::Sure);
  }
  // the name itself after 的, or a word of a value (目标值, 数量), still counts
  for (const char* text :
       {"影响脑血管病预后的关键生物标志物达到12个。\n", "关键生物标志物的数量达到12个。\n",
        "关键生物标志物的目标值为12个。\n", "发现影响脑血管病预后的关键生物标志物不少于12个。\n",
        "Key prognostic biomarkers: at least 12.\n"}) {
    Draft d = extract(md(text), dir);
    INFO(text);
    CHECK(lower(drafted_indicator(d, "prognostic_biomarkers")) == 12);
  }
}

namespace {
rules::Direction qualitative_direction() {
  rules::Direction dir;
  dir.number = "1.3";
  dir.rules.push_back(rule_from(R"(
id: xinjiang_demonstration_project
title: {zh: 新疆主要盆地区域二氧化碳捕集与封存示范工程, en: CO2 capture and storage demonstration project in the main basins of Xinjiang}
kind: qualitative
op: committed
source: {section: "1.3 考核指标", text: "建立新疆主要盆地区域二氧化碳捕集与封存示范工程"})",
                                "1.3"));
  dir.rules.push_back(rule_from(R"(
id: economic_benefit
title: {zh: 产生一定的经济效益, en: Some economic benefit generated}
kind: qualitative
op: committed
source: {section: "1.3 考核指标", text: "并产生一定的经济效益"})",
                                "1.3"));
  return dir;
}
}  // namespace

TEST_CASE("extract: a qualitative indicator's head noun alone, with no commitment, is no value") {
  rules::Direction dir = qualitative_direction();
  // a fact about some demonstration project, not a commitment to the rule's
  for (const char* text : {"示范工程年封存二氧化碳10万吨，监测井布设12口。\n",
                           "该示范工程位于鄂尔多斯盆地。\n", "国外示范工程已运行十年。\n"}) {
    Draft d = extract(md(text), dir);
    INFO(text);
    CHECK(drafted_indicator(d, "xinjiang_demonstration_project").sure != Found::Sure::Sure);
  }
  // a verb that commits, or most of the name, still draws it
  for (const char* text : {"项目将建成示范工程1项。\n",
                           "新疆主要盆地区域二氧化碳捕集与封存示范工程年封存10万吨。\n"}) {
    Draft d = extract(md(text), dir);
    INFO(text);
    CHECK(drafted_indicator(d, "xinjiang_demonstration_project").sure == Found::Sure::Sure);
  }
}

TEST_CASE("extract: a label before a colon states no qualitative value") {
  rules::Direction dir = qualitative_direction();
  Draft d = extract(md("预期经济效益：成果推广应用后，预计新增产值7200万元。\n"), dir);
  CHECK(drafted_indicator(d, "economic_benefit").sure != Found::Sure::Sure);
  Draft e = extract(md("项目完成后将产生一定的经济效益。\n"), dir);
  CHECK(drafted_indicator(e, "economic_benefit").sure == Found::Sure::Sure);
}

TEST_CASE("extract: a qualitative name's words in a sentence about something else are no value") {
  rules::Direction dir = qualitative_direction();
  dir.rules.push_back(rule_from(R"(
id: catalytic_materials
title: {zh: 构建高性能催化材料, en: High-performance catalytic materials built}
kind: qualitative
op: committed
source: {section: "1.3 考核指标", text: "构建高性能催化材料"})",
                                "1.3"));
  // part of the name, no verb that commits; or the name qualifying another noun
  for (const char* text : {"经济效益分析见第5章。\n", "本项目的经济效益测算方法参照行业标准。\n",
                           "构建高性能催化材料的表征平台1个。\n"}) {
    Draft d = extract(md(text), dir);
    INFO(text);
    CHECK(drafted_indicator(d, "economic_benefit").sure != Found::Sure::Sure);
    CHECK(drafted_indicator(d, "catalytic_materials").sure != Found::Sure::Sure);
  }
  CHECK(drafted_indicator(extract(md("本项目将构建高性能催化材料。\n"), dir), "catalytic_materials")
            .sure == Found::Sure::Sure);
}

namespace {
rules::Direction models_direction() {
  rules::Direction dir;
  dir.number = "10.2";
  dir.rules.push_back(rule_from(R"(
id: stem_cell_models
title: {zh: 干细胞疾病模型数, en: Stem-cell disease models established}
kind: count
op: ">="
value: 3
unit: 种
source: {section: "10.2 考核指标", text: "建立干细胞疾病模型3-5种"})",
                                "10.2"));
  dir.rules.push_back(rule_from(R"(
id: emission_reduction
title: {zh: 温室气体排放降低幅度, en: Greenhouse gas emission reduction}
kind: quantity
op: ">="
value: 20
unit: "%"
source: {section: "10.2 考核指标", text: "温室气体排放降低20%"})",
                                "10.2"));
  return dir;
}
}  // namespace

TEST_CASE("extract: an English range in words is the range and not one of its ends") {
  rules::Direction dir = models_direction();
  for (const char* text : {"(2) stem-cell disease models established: between 3 and 5 models.\n",
                           "Stem-cell disease models established: 3 to 5 models.\n",
                           "| Metric | Target |\n| --- | --- |\n"
                           "| Stem-cell disease models established | between 3 and 5 models |\n"}) {
    Draft d = extract(md(text), dir);
    INFO(text);
    const Found& f = drafted_indicator(d, "stem_cell_models");
    REQUIRE(f.sure == Found::Sure::Sure);
    CHECK(lower(f) == 3);
    CHECK(upper(f) == 5);
  }
  Draft e = extract(md("Greenhouse gas emission reduction: 20 to 40%.\n"), dir);
  CHECK(upper(drafted_indicator(e, "emission_reduction")) == 40);
  CHECK(lower(drafted_indicator(e, "emission_reduction")) == 20);
  // “from 3 to 5”: a baseline and its target, not a range
  Draft g =
      extract(md("Stem-cell disease models established will grow from 3 to 5 models.\n"), dir);
  CHECK(upper(drafted_indicator(g, "stem_cell_models")) != 3);
}

TEST_CASE("extract: a bracketed ordinal inside running text states no value") {
  rules::Direction dir = models_direction();
  Draft d = extract(md("项目完成时须达到以下考核指标：（1）温室气体排放降低幅度不低于25%；"
                       "（2）干细胞疾病模型至少4种。\n"),
                    dir);
  CHECK(lower(drafted_indicator(d, "stem_cell_models")) == 4);
  CHECK(lower(drafted_indicator(d, "emission_reduction")) == 25);
  // ordinals beside a name, no value
  Draft e = extract(md("干细胞疾病模型的建立分以下步骤：（1）细胞获取；（2）分化。\n"), dir);
  CHECK(drafted_indicator(e, "stem_cell_models").sure != Found::Sure::Sure);
}

TEST_CASE("extract: a section on the team's record or the state of the art commits to nothing") {
  rules::Direction dir = models_direction();
  Draft d =
      extract(md("# 申报书\n\n## 二、研究基础\n\n项目组已建立干细胞疾病模型2种，现有水平为2种。\n\n"
                 "### 1. 前期成果\n\n干细胞疾病模型3种。\n\n"
                 "## 三、考核指标\n\n干细胞疾病模型不少于4种。\n"),
              dir);
  CHECK(drafted_indicator(d, "stem_cell_models").sure == Found::Sure::Sure);
  CHECK(lower(drafted_indicator(d, "stem_cell_models")) == 4);
  Draft e = extract(md("## 2. Research foundations\n\n"
                       "The team has established stem-cell disease models: 3 models.\n"),
                    dir);
  CHECK(drafted_indicator(e, "stem_cell_models").sure != Found::Sure::Sure);
  // the form's other titles for the team's record
  for (const char* s :
       {"## 4. Track record of the team\n\nThe team built stem-cell disease models: 3 models.\n",
        "## 四、申请团队已有工作积累\n\n干细胞疾病模型3种。\n",
        "## 3. Preliminary work\n\nThe team built stem-cell disease models: 3 models.\n",
        "## 三、现有基础\n\n干细胞疾病模型3种。\n"}) {
    INFO(s);
    CHECK(drafted_indicator(extract(md(s), dir), "stem_cell_models").sure != Found::Sure::Sure);
  }
}

TEST_CASE("extract: a transposed table under a merged title row and names holding 国家") {
  // indicators as columns, a target row and a baseline row
  std::string body = w_tbl({{"考核指标", ">>", ">>"},
                            {"指标", "载体热分解温度", "熟料烧成热耗降低幅度（与硅酸盐水泥相比）"},
                            {"现有水平", "520℃", "15%"},
                            {"目标值", "≥650℃", "至少25%"}});
  ReadResult r = read_document("a.docx", "docx", make_docx(body));
  REQUIRE(r.ok);
  Draft d = extract(r.doc, direction_set3());
  CHECK(lower(drafted_indicator(d, "decomposition_temperature")) == 650);
  CHECK(lower(drafted_indicator(d, "heat_reduction")) == 25);
  // an indicator's name with 国家 (a participants' column word) in the first row
  rules::Direction dir = direction_set3();
  dir.rules.push_back(rule_from(R"(
id: national_patent_applications
title: {zh: 申请国家专利数, en: National patent applications}
kind: count
op: ">="
value: 3
unit: 项
source: {section: "6.2 考核指标", text: "申请国家专利3项"})",
                                "4.3"));
  Draft e = extract(md("| 指标 | 申请国家专利 | 载体热分解温度 |\n| --- | --- | --- |\n"
                       "| 目标值 | 5项 | 650℃ |\n| 现有水平 | 2项 | 520℃ |\n"),
                    dir);
  CHECK(lower(drafted_indicator(e, "national_patent_applications")) == 5);
  CHECK(lower(drafted_indicator(e, "decomposition_temperature")) == 650);
  CHECK(e.participants.empty());
  // English row labels, a longer one (Baseline) among them
  Draft g = extract(md("| Metric | Thermal decomposition temperature of the support | National "
                       "patent applications |\n| --- | --- | --- |\n"
                       "| Baseline | 520 °C | 2 |\n| Target | at least 650 °C | 5 |\n"),
                    dir);
  CHECK(lower(drafted_indicator(g, "decomposition_temperature")) == 650);
}

TEST_CASE("extract: Guideline topic names the direction and Project period the duration") {
  Document doc =
      md("Guideline topic: 3.1\n\nProject period: January 2026 – December 2028 (36 "
         "months)\n");
  CHECK(find_direction(doc, {"3.1", "3.2"}) == "3.1");
  CHECK(find_direction(md("Research topic: heat pumps, 12 units\n"), {"3.1"}).empty());
  Draft d = extract(doc, direction_3_1());
  REQUIRE(d.duration.sure == Found::Sure::Sure);
  CHECK(d.duration.value == "36 months");
}

TEST_CASE("extract: a table's 达到…及以上 is the bound 以上") {
  Draft d = extract(md("| 考核指标 | 目标值 |\n| --- | --- |\n| 干细胞疾病模型 | 达到４种及以上 |\n"
                       "| 温室气体排放降低幅度 | 30%或以上 |\n"),
                    models_direction());
  REQUIRE(drafted_indicator(d, "stem_cell_models").sure == Found::Sure::Sure);
  CHECK(lower(drafted_indicator(d, "stem_cell_models")) == 4);
  CHECK(lower(drafted_indicator(d, "emission_reduction")) == 30);
}

TEST_CASE("extract: a compound after a count's name counts its last noun") {
  rules::Direction dir = biomarkers_direction();
  for (const char* text :
       {"关键生物标志物检测试剂盒达到3个。\n", "关键生物标志物检测平台不少于3个。\n"}) {
    Draft d = extract(md(text), dir);
    INFO(text);
    CHECK(drafted_indicator(d, "prognostic_biomarkers").sure != Found::Sure::Sure);
  }
  // verbs and adverbs between the name and the number leave it the name's
  for (const char* text : {"关键生物标志物预期可达12个。\n", "关键生物标志物新发现12个。\n",
                           "关键生物标志物数量达到12个。\n"}) {
    Draft d = extract(md(text), dir);
    INFO(text);
    CHECK(lower(drafted_indicator(d, "prognostic_biomarkers")) == 12);
  }
}

TEST_CASE("extract: an English noun before of and the name is what is counted") {
  rules::Direction dir;
  dir.number = "10.6";
  dir.rules.push_back(rule_from(R"(
id: enterprise_adoption
title: {zh: 应用 AI 辅助系统的企业数, en: Enterprises applying the AI assistance system}
kind: count
op: ">="
value: 5
unit: 家
source: {section: "10.6 考核指标", text: "应用 AI 辅助系统的企业不少于5家"})",
                                "10.6"));
  Draft d =
      extract(md("The staff of enterprises applying the AI assistance system will be 40.\n"), dir);
  CHECK(drafted_indicator(d, "enterprise_adoption").sure != Found::Sure::Sure);
  // a value's word, or an article, before of: still the name's number
  for (const char* text :
       {"The number of enterprises applying the AI assistance system will be 8.\n",
        "By the end of the project, enterprises applying the AI assistance system will be 8.\n"}) {
    Draft e = extract(md(text), dir);
    INFO(text);
    CHECK(lower(drafted_indicator(e, "enterprise_adoption")) == 8);
  }
}

TEST_CASE("extract: a table's 25% or more and exceeding 45% are bounds") {
  Draft d = extract(md("| Metric | Target |\n| --- | --- |\n"
                       "| Greenhouse gas emission reduction | 25% or more |\n"
                       "| Stem-cell disease models established | 4 models or more |\n"),
                    models_direction());
  REQUIRE(drafted_indicator(d, "emission_reduction").sure == Found::Sure::Sure);
  CHECK(drafted_indicator(d, "emission_reduction").value == "≥25%");
  CHECK(lower(drafted_indicator(d, "stem_cell_models")) == 4);
  Draft e = extract(md("| Metric | Target |\n| --- | --- |\n"
                       "| Greenhouse gas emission reduction | exceeding 45% |\n"),
                    models_direction());
  CHECK(drafted_indicator(e, "emission_reduction").value == ">45%");
}

TEST_CASE("extract: English bound words after a number and its noun in running text") {
  Draft d = extract(md("Stem-cell disease models established: 4 models or more.\n"
                       "Greenhouse gas emission reduction: 30% or above.\n"),
                    models_direction());
  REQUIRE(drafted_indicator(d, "stem_cell_models").sure == Found::Sure::Sure);
  CHECK(drafted_indicator(d, "stem_cell_models").value == "≥4");
  CHECK(drafted_indicator(d, "emission_reduction").value == "≥30%");
  // “or more” must end there: “or moreover” is no bound
  Draft e = extract(md("Stem-cell disease models established: 4 models or moreover 5.\n"),
                    models_direction());
  CHECK(drafted_indicator(e, "stem_cell_models").value != "≥4");
}

TEST_CASE("extract: words after a number can make it a past or someone else's figure") {
  for (const char* s :
       {"The round-trip efficiency was 58% in the partner's previous prototype (2019).\n",
        "Round-trip efficiency of 50% in existing plants is the starting point.\n",
        "A round-trip efficiency of 55 % has been reported in the literature.\n",
        "Round-trip efficiency: 58% in comparable plants.\n",
        "Round-trip efficiency: 57% abroad.\n", "Round-trip efficiency: 50% at present.\n"}) {
    INFO(s);
    CHECK(drafted_indicator(extract(md(s), direction_3_1()), "round_trip_efficiency").sure !=
          Found::Sure::Sure);
  }
  // a qualifier after a bracket or comma is about something else
  for (const char* s : {"The round-trip efficiency will be 62% (previous prototype: 50%).\n",
                        "The round-trip efficiency will be 62%, well above existing plants.\n"}) {
    INFO(s);
    Draft d = extract(md(s), direction_3_1());
    const Found& f = drafted_indicator(d, "round_trip_efficiency");
    REQUIRE(f.sure == Found::Sure::Sure);
    CHECK(f.value.find("62") != std::string::npos);
  }
}

TEST_CASE("extract: an approximate figure is no committed value") {
  for (const char* s : {"热泵储电系统设计电-电效率控制在62%左右。\n",
                        "The design round-trip efficiency will be approximately 62%.\n",
                        "The design round-trip efficiency will be around 62 %.\n",
                        "Round-trip efficiency: about 62%.\n"}) {
    INFO(s);
    CHECK(drafted_indicator(extract(md(s), direction_3_1()), "round_trip_efficiency").sure !=
          Found::Sure::Sure);
  }
  // the words must touch the number: elsewhere in the sentence they are not about it
  for (const char* s :
       {"The design round-trip efficiency, about which the partners agree, will be 62%.\n",
        "热泵储电系统设计电-电效率达到62%，左右两侧储罐对称布置。\n"}) {
    INFO(s);
    Draft d = extract(md(s), direction_3_1());
    const Found& f = drafted_indicator(d, "round_trip_efficiency");
    REQUIRE(f.sure == Found::Sure::Sure);
    CHECK(f.value.find("62") != std::string::npos);
  }
}

TEST_CASE("extract: a 类别 column grouping the participants is not their kind") {
  Draft d =
      extract(md("| 类别 | 单位名称 | 国别（地区） | 单位性质 | 角色 |\n|---|---|---|---|---|\n"
                 "| 中方 | 某某研究院 | 中国 | 科研院所 | 牵头 |\n"
                 "|  | 某某有限公司 | 中国 | 企业 | 参与 |\n"
                 "| 外方 | Kyushu University | 日本 | 高校 | 合作 |\n"),
              direction_3_1());
  REQUIRE(d.participants.size() == 3);
  CHECK(d.participants[0].kind == "institute");
  CHECK(d.participants[1].kind == "enterprise");
  CHECK(d.participants[2].kind == "university");
  CHECK(d.participants[2].country == "JP");
  CHECK(d.participants[2].role == "member");
}

TEST_CASE("extract: the figure striven for in brackets is not the commitment") {
  for (const char* s :
       {"热泵储电系统设计电-电效率不低于60%（力争65%）。\n",
        "Design round-trip efficiency: at least 60% (aiming at 65%).\n",
        "The design round-trip efficiency will be at least 60 % (striving for 65 %).\n",
        "The design round-trip efficiency will be at least 60% (65 % targeted).\n",
        "| 考核指标 | 完成时指标 |\n| --- | --- |\n| 设计电-电效率 | ≥60%（力争65%） |\n",
        "| Indicator | Final target |\n| --- | --- |\n| Design round-trip efficiency | ≥60% (65% "
        "targeted) |\n"}) {
    INFO(s);
    Draft d = extract(md(s), direction_3_1());
    const Found& f = drafted_indicator(d, "round_trip_efficiency");
    REQUIRE(f.sure == Found::Sure::Sure);
    CHECK(f.value.find("60") != std::string::npos);
  }
  // alone, a 力争 sentence still states the value
  Draft d = extract(md("项目力争使热泵储电系统设计电-电效率达到62%。\n"), direction_3_1());
  CHECK(drafted_indicator(d, "round_trip_efficiency").sure == Found::Sure::Sure);
}

TEST_CASE("extract: English comparator words the value parser does not read bound the number") {
  struct Case {
    const char* text;
    const char* value;
  };
  for (Case c : {Case{"The design round-trip efficiency will be higher than 62%.\n", ">62%"},
                 Case{"Design round-trip efficiency: no lower than 62 %.\n", "≥62 %"},
                 Case{"Design round-trip efficiency: less than 62%.\n", "<62%"},
                 Case{"Design round-trip efficiency: no fewer than 62%.\n", "≥62%"},
                 Case{"Design round-trip efficiency: not less than 62%.\n", "≥62%"}}) {
    INFO(c.text);
    Draft d = extract(md(c.text), direction_3_1());
    const Found& f = drafted_indicator(d, "round_trip_efficiency");
    REQUIRE(f.sure == Found::Sure::Sure);
    CHECK(f.value == c.value);
  }
  // inside a word it is no comparator
  Draft d = extract(md("The design round-trip efficiency will be 62% (thermal higher than 50%).\n"),
                    direction_3_1());
  CHECK(drafted_indicator(d, "round_trip_efficiency").value.find("62") != std::string::npos);
}

TEST_CASE("extract: a bare count in a table and the count with its word in the text agree") {
  Draft d = extract(md("循环寿命由现有的8000次提升至12000次以上。\n\n"
                       "| 序号 | 考核指标 | 数量 |\n|---|---|---|\n| 1 | 循环寿命 | ≥12000 |\n"),
                    direction_3_1());
  const Found& f = drafted_indicator(d, "cycle_life");
  REQUIRE(f.sure == Found::Sure::Sure);
  CHECK(f.value.find("12000") != std::string::npos);
}

TEST_CASE("extract: a distractor word inside a name written in part is the name's") {
  rules::Direction dir = direction_3_1();
  dir.rules.push_back(rule_from(R"(
id: approvals
title: {zh: 获得认可的国内外主流船级社数, en: Classification society approvals}
kind: count
op: ">="
value: 2
unit: 个
source: {section: "8.1 考核指标", text: "获得不少于2个国内外主流船级社认可"})",
                                "3.1"));
  Draft d = extract(md("获得国内外主流船级社认可不少于2个。\n"), dir);
  REQUIRE(drafted_indicator(d, "approvals").sure == Found::Sure::Sure);
  // outside the name the word still marks someone else's figure
  Draft e = extract(md("国内外同类项目获得主流船级社认可2个。\n"), dir);
  CHECK(drafted_indicator(e, "approvals").sure != Found::Sure::Sure);
  // in English: budget in the name is no money
  dir.rules.push_back(rule_from(R"(
id: uncertainty_reduction
title: {zh: 区域甲烷收支通量估算不确定度下降幅度, en: Reduction of the uncertainty of regional methane budget flux estimates}
kind: quantity
op: ">="
value: 25
unit: "%"
source: {section: "9.1 考核指标", text: "不确定度下降 25%"})",
                                "3.1"));
  Draft f = extract(md("The uncertainty of regional methane budget flux estimates will be cut by "
                       "no less than 30%.\n"),
                    dir);
  CHECK(drafted_indicator(f, "uncertainty_reduction").sure == Found::Sure::Sure);
  // “is only”: someone else's low figure
  Draft g = extract(md("The design round-trip efficiency of plants in China is only 50%.\n"),
                    direction_3_1());
  CHECK(drafted_indicator(g, "round_trip_efficiency").sure != Found::Sure::Sure);
}

TEST_CASE("extract: an English range with the unit after both ends") {
  rules::Direction dir = direction_3_1();
  dir.rules.push_back(rule_from(R"(
id: operating_range
title: {zh: 环境适应温度, en: Operating temperature range}
kind: range_cover
op: covers
value: [20, 80]
unit: ℃
source: {section: "3.2 考核指标", text: "环境适应温度 20 至 80℃"})",
                                "3.1"));
  Draft d = extract(md("Operating temperature range: 20 ℃ to 85 ℃.\n"), dir);
  const Found& f = drafted_indicator(d, "operating_range");
  REQUIRE(f.sure == Found::Sure::Sure);
  value::Value v = value::parse_text(f.value);
  CHECK(v.lo.v == 20);
  CHECK(v.hi.v == 85);
  // different units on the two ends are no range in words
  Draft e = extract(md("Operating temperature range: 20 ℃ to 85 °F.\n"), dir);
  CHECK(drafted_indicator(e, "operating_range").sure != Found::Sure::Sure);
}

TEST_CASE("extract: labels written 'of the project', 'of the call', 起止年限") {
  Document doc =
      md("Title of the project: Heat pump storage\n\nTopic of the call: 3.1 — heat pump storage\n\n"
         "Duration of the project: 42 months (1 January 2025 – 30 June 2028)\n");
  CHECK(find_direction(doc, {"3.1"}) == "3.1");
  Draft d = extract(doc, direction_3_1());
  CHECK(d.title.sure == Found::Sure::Sure);
  CHECK(d.title.value == "Heat pump storage");
  REQUIRE(d.duration.sure == Found::Sure::Sure);
  CHECK(d.duration.value == "42 months");
  Draft z = extract(md("起止年限：2025年1月1日—2028年6月30日（42个月）\n"), direction_3_1());
  REQUIRE(z.duration.sure == Found::Sure::Sure);
  CHECK(z.duration.value == "42个月");
}

TEST_CASE("extract: the pack's aliases tell 4.3's support ECSA loss from the MEA's") {
  // “ECSA loss of the support …” shares “ECSA loss of the” with the MEA's
  // English title and only “ECSA loss” with the support's: the aliases name
  // each in the words applicants write
  namespace fs = std::filesystem;
  fs::path p = fs::temp_directory_path() / "guidecheck_ecsa_alias_test.md";
  {
    std::ofstream out(p);
    out << "ECSA loss of the support after 200,000 CV cycles: less than 35%.\n\n"
           "ECSA loss of the MEA: no more than 38%.\n";
  }
  eval::Checker checker(eval::make_source(""), eval::Options{});
  Imported im = import_file(checker, p.string(), "4.3", false);
  fs::remove(p);
  REQUIRE(im.ok);
  const Found& support = drafted_indicator(im.draft, "support_ecsa_loss");
  REQUIRE(support.sure == Found::Sure::Sure);
  CHECK(support.value.find("35") != std::string::npos);
  const Found& mea = drafted_indicator(im.draft, "mea_ecsa_loss");
  REQUIRE(mea.sure == Found::Sure::Sure);
  CHECK(mea.value.find("38") != std::string::npos);
}

TEST_CASE("extract: English “better than” compares, like 优于, and names nothing") {
  // the number is drafted as written, without the comparison: for a rule that
  // is met by a higher (or a lower) value it claims no more than the text
  Draft d = extract(md("Design round-trip efficiency: better than 62%.\n"), direction_3_1());
  const Found& e = drafted_indicator(d, "round_trip_efficiency");
  REQUIRE(e.sure == Found::Sure::Sure);
  CHECK(e.value == "62%");
  Draft o = extract(md("The design round-trip efficiency will be 65%, better than the 55% of "
                       "existing systems.\n"),
                    direction_3_1());
  const Found& f = drafted_indicator(o, "round_trip_efficiency");
  REQUIRE(f.sure == Found::Sure::Sure);
  CHECK(f.value == "65%");
}

TEST_CASE("extract: a range whose two ends carry units of their own is read whole") {
  rules::Direction dir;
  dir.number = "9.1";
  dir.rules.push_back(rule_from(R"(
id: standard_gas_concentration_range
title: {zh: 甲烷标准气体浓度范围, en: Concentration range of the methane standard gases}
kind: range_cover
op: covers
value: [1.0e-6, 0.1]
unit: mol/mol
source: {section: "9.1 考核指标", text: "浓度范围 1×10⁻⁶ mol/mol ~ 0.1 mol/mol"})",
                                "9.1"));
  for (const char* text :
       {"甲烷标准气体浓度范围为 1 μmol/mol～100 mmol/mol，定值报告。\n",
        "| 类别 | 甲烷标准气体浓度范围 | 1 μmol/mol～100 mmol/mol | 定值报告 |\n"}) {
    Draft d = extract(md(text), dir);
    const Found& f = drafted_indicator(d, "standard_gas_concentration_range");
    INFO(text);
    REQUIRE(f.sure == Found::Sure::Sure);
    // both ends in their own units, never "1 μmol/mol~100" (100 μmol/mol)
    value::Value v = value::parse_text(f.value);
    CHECK(v.hi.unit == "mmol/mol");
    CHECK(v.hi.v == 100);
  }
}

TEST_CASE("extract: the number of a task, a work package or an ordinal is no value") {
  // the only number of the sentence is a label's
  for (const char* text : {"Within task 4, the cycle life of the system will be validated.\n",
                           "In WP 3 the cycle life is tested.\n", "Phase 2: cycle life tests.\n",
                           "循环寿命测试于第3年完成。\n"}) {
    INFO(text);
    Draft d = extract(md(text), direction_3_1());
    CHECK(drafted_indicator(d, "cycle_life").sure != Found::Sure::Sure);
  }
  // the label's number is skipped, the value read
  Draft d = extract(md("Within task 4, the cycle life will be no less than 12000 cycles.\n"),
                    direction_3_1());
  const Found& f = drafted_indicator(d, "cycle_life");
  REQUIRE(f.sure == Found::Sure::Sure);
  CHECK(lower(f) == 12000);
}

TEST_CASE(
    "extract: a list of categories holding other words is sure only when it has every "
    "required one") {
  auto draft = [](const std::string& text) {
    return drafted_indicator(extract(md(text), direction_categorical()), "compared_climate_zones");
  };
  // every required category in the rule's words: sure, whatever else is listed
  const Found& all = draft("进行实证数据比对的气候区：暖温、亚湿热、海洋、高原。\n");
  REQUIRE(all.sure == Found::Sure::Sure);
  CHECK(all.value == "暖温、亚湿热、海洋");
  // 湿热 is not the rule's 亚湿热: the list may state it in other words, so
  // the two read are no sure value (a subset would fail the applicant)
  for (const char* text : {"进行实证数据比对的气候区：暖温、湿热、海洋。\n",
                           "| 指标名称 | 指标值 |\n|---|---|\n| 进行实证数据比对的气候区 | "
                           "暖温、海洋及湿热 |\n"}) {
    INFO(text);
    const Found& f = draft(text);
    CHECK(f.sure != Found::Sure::Sure);
    CHECK(f.how.find("湿热") != std::string::npos);
  }
}

TEST_CASE("extract: a bracket right after a value holds its condition, no value") {
  // “≤ 100 mg/Nm³ (6 % O2)”: 6 % is the reference oxygen, no efficiency
  Draft d = extract(md("NOx emissions will stay at or below 100 mg/Nm³ (6 % O2), and the "
                       "round-trip efficiency of the system is reported.\n"),
                    direction_3_1());
  CHECK(drafted_indicator(d, "round_trip_efficiency").sure != Found::Sure::Sure);
  d = extract(md("循环寿命不小于 12000 次（电-电效率 62%）。\n"), direction_3_1());
  CHECK(drafted_indicator(d, "round_trip_efficiency").sure != Found::Sure::Sure);
  // a bracket after words is no condition
  d = extract(md("热泵储电系统（设计电-电效率 62%）。\n"), direction_3_1());
  CHECK(drafted_indicator(d, "round_trip_efficiency").sure == Found::Sure::Sure);
}

TEST_CASE("extract: participants listed on one line, each with its own bracket") {
  Draft d = extract(md("牵头申报单位：北京理工大学\n\n牵头单位：北京理工大学\n\n"
                       "参与单位：重庆大学、瑞典皇家理工学院（瑞典）、丹麦技术大学（丹麦）\n"),
                    direction_3_1());
  // the lead named twice is one unit; each listed unit is one participant
  REQUIRE(d.participants.size() == 4);
  CHECK(d.participants[0].name == "北京理工大学");
  CHECK(d.participants[0].role == "lead");
  CHECK(d.participants[0].country.empty());  // not stated: never guessed
  CHECK(d.participants[0].kind == "university");
  CHECK(d.participants[1].name == "重庆大学");
  CHECK(d.participants[1].role == "member");
  CHECK(d.participants[2].name == "瑞典皇家理工学院");
  CHECK(d.participants[2].country == "SE");
  CHECK(d.participants[3].country == "DK");
  // English, separated by commas when every unit has its bracket
  d = extract(md("Partners: KTH Royal Institute of Technology (Sweden), Technical University "
                 "of Denmark (Denmark)\n"),
              direction_3_1());
  REQUIRE(d.participants.size() == 2);
  CHECK(d.participants[1].country == "DK");
  // a unit whose name is none, or a bracket that names no country: not read
  for (const char* text :
       {"参与单位：待定\n", "Partner: to be confirmed\n", "Partner: carbon capture technology\n",
        "参与单位：重庆大学（牵头）\n"}) {
    INFO(text);
    CHECK(extract(md(text), direction_3_1()).participants.empty());
  }
}

TEST_CASE("extract: a units table without a role column, the lead marked in another cell") {
  Draft d = extract(md("| 单位名称 | 国别 | 单位性质 | 承担任务 |\n| --- | --- | --- | --- |\n"
                       "| 上海交通大学 | 中国 | 高校 | 牵头单位；精密成形与总体协调 |\n"
                       "| 伯明翰大学 | 英国 | 高校 | 涂层腐蚀机理 |\n"),
                    direction_3_1());
  REQUIRE(d.participants.size() == 2);
  CHECK(d.participants[0].role == "lead");
  CHECK(d.participants[1].role == "member");
  CHECK(d.participants[1].member_by_lead);  // said so in the draft, not as if written
  CHECK_FALSE(d.participants[0].member_by_lead);
  // no unit marked: no role read
  d = extract(md("| 单位名称 | 国别 | 承担任务 |\n| --- | --- | --- |\n"
                 "| 上海交通大学 | 中国 | 精密成形 |\n| 伯明翰大学 | 英国 | 涂层腐蚀机理 |\n"),
              direction_3_1());
  REQUIRE(d.participants.size() == 2);
  CHECK(d.participants[0].role.empty());
  CHECK(d.participants[1].role.empty());
}

TEST_CASE("extract: a table cell that says more than its value") {
  rules::Direction d;
  d.number = "9.3";
  d.rules.push_back(rule_from(R"(
id: demo_countries
title: {zh: 跨界管理示范应用国家数量, en: Countries of the transboundary demonstration}
kind: count
op: ">="
value: 6
unit: 个
source: {section: "9.3 考核指标", text: "实现6个国家以上跨界管理示范应用"})",
                              "9.3"));
  d.rules.push_back(rule_from(R"(
id: map_interval
title: {zh: 制图时间间隔, en: Mapping interval}
kind: quantity
op: "<="
value: 5
unit: 年
source: {section: "9.3 考核指标", text: "间隔不低于5年"})",
                              "9.3"));
  d.rules.push_back(rule_from(R"(
id: map_time_span
title: {zh: 制图时间跨度, en: Time span of the maps}
kind: quantity
op: ">="
value: 35
unit: 年
source: {section: "9.3 考核指标", text: "时间跨度35年以上"})",
                              "9.3"));
  Draft dr = extract(md("## 考核指标\n\n| 指标 | 现状 | 目标 |\n| --- | --- | --- |\n"
                        "| 跨界管理示范应用国家 | — | 7个（中国、印尼、泰国、越南） |\n"
                        "| 制图时间间隔 | 10年 | 每3～5年一期 |\n"
                        "| 制图时间跨度 | 30年 | 1985—2023年，共38年 |\n"),
                     d);
  CHECK(drafted_indicator(dr, "demo_countries").sure == Found::Sure::Sure);
  CHECK(drafted_indicator(dr, "demo_countries").value == "7个");
  CHECK(drafted_indicator(dr, "map_interval").value == "3~5年");
  CHECK(drafted_indicator(dr, "map_time_span").value == "38年");
  SECTION("an exclusion in the bracket is not dropped") {
    Draft dx = extract(md("## 考核指标\n\n| 指标 | 目标 |\n| --- | --- |\n"
                          "| 跨界管理示范应用国家 | 7个（不含中国、印尼） |\n"),
                       d);
    CHECK(drafted_indicator(dx, "demo_countries").sure != Found::Sure::Sure);
  }
}

TEST_CASE("extract: a share by volume or mass is a share") {
  rules::Direction d = direction_3_1();
  Draft dr = extract(md("| 指标 | 目标 |\n| --- | --- |\n| 电-电效率 | ≥ 62 vol.% |\n"), d);
  CHECK(drafted_indicator(dr, "round_trip_efficiency").value == "≥ 62 vol.%");
  // a change in percentage points is no share
  Draft dp = extract(md("| 指标 | 目标 |\n| --- | --- |\n| 电-电效率 | 提高5个百分点 |\n"), d);
  CHECK(drafted_indicator(dp, "round_trip_efficiency").sure != Found::Sure::Sure);
}

TEST_CASE("extract: a bracket of words inside a name is an aside") {
  Draft d =
      extract(md("- 电-电效率（设计工况、额定功率）：62%\n- 循环寿命（CMR T1 工况）：12000 次\n"),
              direction_3_1());
  CHECK(drafted_indicator(d, "round_trip_efficiency").value == "62%");
  CHECK(drafted_indicator(d, "cycle_life").value == "12000 次");
  // a bracket with a figure still cuts the clause: its figure is never the value
  Draft f = extract(md("- 电-电效率（现有系统 48%）：62%\n"), direction_3_1());
  CHECK(drafted_indicator(f, "round_trip_efficiency").value.find("48") == std::string::npos);
}

TEST_CASE("extract: 已知 (known) is no 已 (already)") {
  Draft d = extract(md("已知工况下电-电效率达到 62%。\n"), direction_3_1());
  CHECK(drafted_indicator(d, "round_trip_efficiency").value == "达到 62%");
  Draft a = extract(md("已建成系统的电-电效率为 48%。\n"), direction_3_1());
  CHECK(drafted_indicator(a, "round_trip_efficiency").sure == Found::Sure::NotFound);
}

TEST_CASE("extract: an English label in its own word order names the indicator") {
  Draft d = extract(md("| Indicator | Target |\n| --- | --- |\n"
                       "| Efficiency of the round trip, design | ≥ 62 % |\n"
                       "| Storage density of energy | ≥ 32 kWh/m³ |\n"),
                    direction_3_1());
  CHECK(drafted_indicator(d, "round_trip_efficiency").value == "≥ 62 %");
  CHECK(drafted_indicator(d, "energy_density").value == "≥ 32 kWh/m3");  // NFKC-folded
  // a word of its own: not this indicator
  Draft o = extract(
      md("| Indicator | Target |\n| --- | --- |\n| Density of heat storage | 40 kWh/m³ |\n"),
      direction_3_1());
  CHECK(drafted_indicator(o, "energy_density").sure != Found::Sure::Sure);
}

TEST_CASE("extract: the research basis, the schedule and the budget commit to nothing") {
  Draft d = extract(md("## 5. Research basis and working conditions\n\n"
                       "The present round-trip efficiency is 48 %.\n\n"
                       "## 6. Schedule\n\n- Month 36: round-trip efficiency 61 %\n\n"
                       "## 7. Budget\n\n| Budget item | Amount |\n| --- | --- |\n"
                       "| Cycle life tests | 120 |\n"),
                    direction_3_1());
  CHECK(drafted_indicator(d, "round_trip_efficiency").sure == Found::Sure::NotFound);
  CHECK(drafted_indicator(d, "cycle_life").sure == Found::Sure::NotFound);
  SECTION("a budget table anywhere") {
    Draft b = extract(
        md("## 考核指标\n\n| 预算科目 | 金额（万元） |\n| --- | --- |\n| 循环寿命测试 | 120 |\n"),
        direction_3_1());
    CHECK(drafted_indicator(b, "cycle_life").sure != Found::Sure::Sure);
  }
}

TEST_CASE("extract: numbered parts of the project and committees are labels") {
  Draft d = extract(md("- 子目标1.1：循环寿命\n- Sub-goal 2.1: Cycle life\n"
                       "- 循环寿命测试方法提案提交 IEC TC 120 审议。\n"),
                    direction_3_1());
  CHECK(drafted_indicator(d, "cycle_life").sure == Found::Sure::NotFound);
  // a count word after the number: a count, not a label
  Draft c = extract(md("课题2项，循环寿命不小于 12000 次。\n"), direction_3_1());
  CHECK(drafted_indicator(c, "cycle_life").value == "不小于 12000 次");
}

TEST_CASE("extract: up to is a ceiling, a commitment only where less is better") {
  rules::Direction d = direction_3_1();
  d.rules.push_back(rule_from(R"(
id: voltage_rise
title: {zh: 电压升高, en: Voltage rise}
kind: quantity
op: "<="
value: 15
unit: mV
source: {section: "3.1 考核指标", text: "电压升高不超过 15 mV"})",
                              "3.1"));
  Draft dr = extract(md("The cycle life will reach up to 12000 cycles and the voltage rise will be "
                        "up to 11.2 mV.\n"),
                     d);
  CHECK(drafted_indicator(dr, "cycle_life").sure != Found::Sure::Sure);
  CHECK(drafted_indicator(dr, "voltage_rise").value == "11.2 mV");
}

TEST_CASE("extract: an English list with an item in other words is not sure") {
  Draft d =
      extract(md("| Indicator | Target |\n| --- | --- |\n"
                 "| Climate zones compared | warm temperate, humid subtropical and marine |\n"),
              direction_categorical());
  CHECK(drafted_indicator(d, "compared_climate_zones").sure != Found::Sure::Sure);
  Draft all =
      extract(md("| Indicator | Target |\n| --- | --- |\n"
                 "| Climate zones compared | warm temperate, subtropical humid and marine |\n"),
              direction_categorical());
  CHECK(drafted_indicator(all, "compared_climate_zones").sure == Found::Sure::Sure);
}

TEST_CASE("extract: a commitment named by part of its name needs the name's head") {
  rules::Direction d;
  d.number = "9.5";
  d.rules.push_back(rule_from(R"(
id: co_control_guideline
title: {zh: 协同控制方案编制技术指南, en: Technical guideline for co-control plans}
kind: qualitative
op: committed
source: {section: "9.5 考核指标", text: "形成协同控制方案编制技术指南"})",
                              "9.5"));
  Draft x = extract(md("考核指标：（1）协同控制示范城市不少于3个；（2）其他。\n"), d);
  CHECK(drafted_indicator(x, "co_control_guideline").sure != Found::Sure::Sure);
  Draft y = extract(md("考核指标：（1）编制协同控制技术指南1项。\n"), d);
  CHECK(drafted_indicator(y, "co_control_guideline").sure == Found::Sure::Sure);
}

TEST_CASE("extract: after a clause with its own number, a number before a noun counts the noun") {
  Draft d =
      extract(md("The cycle life will reach 12000 cycles, 2 storage prototypes will be built.\n"),
              direction_3_1());
  CHECK(drafted_indicator(d, "cycle_life").value == "12000 cycles");
  // a name clause without a number: the number after it is the name's
  Draft n = extract(md("Cycle life, no less than 12000 cycles (international state of the art: "
                       "about 8000 cycles).\n"),
                    direction_3_1());
  CHECK(lower(drafted_indicator(n, "cycle_life")) == 12000);
}

TEST_CASE("extract: a hope beside a firm value in a sentence") {
  Draft d =
      extract(md("- 电-电效率：力争65%，确保≥62%\n- 循环寿命力争15000次，确保不少于12000次\n"),
              direction_3_1());
  CHECK(drafted_indicator(d, "round_trip_efficiency").value == "≥62%");
  CHECK(lower(drafted_indicator(d, "cycle_life")) == 12000);
  // a hope alone is the applicant's target
  Draft h = extract(md("- 电-电效率：力争65%\n"), direction_3_1());
  CHECK(lower(drafted_indicator(h, "round_trip_efficiency")) == 65);
}

TEST_CASE("extract: a background heading that also names targets opens no background") {
  Draft d = extract(md("## 项目背景与目标\n\n电-电效率达到 62%。\n"), direction_3_1());
  CHECK(drafted_indicator(d, "round_trip_efficiency").value == "达到 62%");
  Draft b = extract(md("## 立项依据\n\n电-电效率达到 62%。\n"), direction_3_1());
  CHECK(drafted_indicator(b, "round_trip_efficiency").sure == Found::Sure::NotFound);
}

TEST_CASE("extract: a unit's country and kind on the line under it") {
  // the next paragraph
  Draft d = extract(md("牵头单位：中国医学科学院阜外医院\n\n国别：中国；单位性质：医院\n\n"
                       "参与单位：Stanford University\n\n国别：美国；单位性质：高校\n\n"
                       "国别：德国\n"),  // under no unit: nothing
                    direction_3_1());
  REQUIRE(d.participants.size() == 2);
  CHECK(d.participants[0].country == "CN");
  CHECK(d.participants[0].kind == "hospital");
  CHECK(d.participants[1].country == "US");
  CHECK(d.participants[1].kind == "university");
  // a list item's second line; a numbered label; a full stop of an abbreviation;
  // a bracket that is the name's own when the fields follow
  Draft l = extract(md("- Lead organisation: Shanghai Jiao Tong University\n"
                       "  Country: China; type: university\n"
                       "- Partner 4: Winterthur Gas & Diesel Ltd.\n"
                       "  Country: Switzerland; type: enterprise\n"
                       "- Partner 5: Marine Diesel Engine Research Institute (CSSC 711)\n"
                       "  Country: China; type: research institute\n"),
                    direction_3_1());
  REQUIRE(l.participants.size() == 3);
  CHECK(l.participants[0].country == "CN");
  CHECK(l.participants[0].role == "lead");
  CHECK(l.participants[1].name == "Winterthur Gas & Diesel Ltd.");
  CHECK(l.participants[1].country == "CH");
  CHECK(l.participants[1].role == "member");
  CHECK(l.participants[2].name == "Marine Diesel Engine Research Institute (CSSC 711)");
  CHECK(l.participants[2].kind == "institute");
}

TEST_CASE("extract: a paragraph of labelled lists of units") {
  Draft d = extract(md("Lead organisation: Beijing Tiantan Hospital, Capital Medical University "
                       "(China, hospital). Chinese partners: Fudan University (university); BGI "
                       "Genomics Co., Ltd. (enterprise). Foreign partners: University of Oxford "
                       "(United Kingdom, university); UN-Habitat (Kenya, other (international "
                       "organisation)).\n"),
                    direction_3_1());
  REQUIRE(d.participants.size() == 5);
  CHECK(d.participants[0].name == "Beijing Tiantan Hospital, Capital Medical University");
  CHECK(d.participants[0].role == "lead");
  CHECK(d.participants[1].name == "Fudan University");
  CHECK(d.participants[1].country == "CN");  // the label says Chinese
  CHECK(d.participants[1].role == "member");
  CHECK(d.participants[2].name == "BGI Genomics Co., Ltd.");
  CHECK(d.participants[2].kind == "enterprise");
  CHECK(d.participants[3].country == "GB");
  CHECK(d.participants[4].name == "UN-Habitat");
  CHECK(d.participants[4].country == "KE");
  CHECK(d.participants[4].kind == "other");
  // a foreign unit with its kind alone: the country is not stated
  Draft f = extract(md("Foreign partners: University of Oxford (university).\n"), direction_3_1());
  REQUIRE(f.participants.size() == 1);
  CHECK(f.participants[0].country.empty());
  // one piece that is no list of units: none of the paragraph is read
  Draft n = extract(md("Lead organisation: Fudan University (China, university). Partners: to be "
                       "confirmed.\n"),
                    direction_3_1());
  CHECK(n.participants.empty());
}

TEST_CASE("extract: a unit's kind from the head of its name") {
  Draft d =
      extract(md("参与单位：中国医学科学院阜外医院、中国科学院物理研究所、复旦大学附属华山医院、"
                 "中国汽车工程研究院股份有限公司\n\n"
                 "Partners: Huashan Hospital, Fudan University (China); Institute of "
                 "Automation, Chinese Academy of Sciences (China); China Building Materials "
                 "Academy Co., Ltd. (China); KTH Royal Institute of Technology (Sweden); "
                 "University of Oxford (United Kingdom)\n"),
              direction_3_1());
  REQUIRE(d.participants.size() == 9);
  CHECK(d.participants[0].kind == "hospital");    // not 学院
  CHECK(d.participants[1].kind == "institute");   // not 学院
  CHECK(d.participants[2].kind == "hospital");    // not 大学
  CHECK(d.participants[3].kind == "enterprise");  // not 研究院
  CHECK(d.participants[4].kind == "hospital");    // the unit before the comma
  CHECK(d.participants[5].kind == "institute");   // before “of”
  CHECK(d.participants[6].kind == "enterprise");  // its legal form
  CHECK(d.participants[7].kind == "university");  // an institute of technology
  CHECK(d.participants[8].kind == "university");
}

TEST_CASE("extract: a role column naming only the coordinator makes the others members") {
  Draft d =
      extract(md("| Institution | Country | Type | Role in the project |\n"
                 "| --- | --- | --- | --- |\n"
                 "| Zhejiang University | China | University | Coordinator; burner development |\n"
                 "| RWTH Aachen University | Germany | University | reaction kinetics |\n"),
              direction_3_1());
  REQUIRE(d.participants.size() == 2);
  CHECK(d.participants[0].role == "lead");
  CHECK(d.participants[1].role == "member");
  CHECK(d.participants[1].member_by_lead);
}

TEST_CASE("extract: counts written in words in English prose") {
  Draft d = extract(md("By the end of the project we will reach a cycle life of no fewer than "
                       "twelve thousand cycles.\n\nDesign round-trip efficiency: at least "
                       "sixty percent.\n"),
                    direction_3_1());
  // only one … twenty are read: larger numbers in words stay unread
  CHECK(drafted_indicator(d, "cycle_life").sure != Found::Sure::Sure);
  rules::Direction dir = direction_3_1();
  dir.rules.push_back(rule_from(R"(
id: seminars
title: {zh: 国际研讨会, en: International seminars}
kind: count
op: ">="
value: 2
unit: 次
source: {section: "3.1 考核指标", text: "举办国际研讨会不少于 2 次"})",
                                "3.1"));
  Draft s = extract(md("We will hold no fewer than three international seminars.\n"), dir);
  CHECK(lower(drafted_indicator(s, "seminars")) == 3);
  // one word shared with a name of two is no name
  Draft t = extract(md("International interdisciplinary teams: two teams formed\n"), dir);
  CHECK(drafted_indicator(t, "seminars").sure == Found::Sure::NotFound);
}

TEST_CASE("extract: 导则 names what 指南 names, and a bare number is no share") {
  rules::Direction d;
  d.number = "7.2";
  d.rules.push_back(rule_from(R"(
id: accounting_guidelines
title: {zh: 城市碳排放统计核算相关技术指南, en: Urban carbon accounting guidelines}
kind: count
op: ">="
value: 2
unit: 项
source: {section: "7.2 考核指标", text: "城市碳排放统计核算相关技术指南不少于2项"}
aliases: [碳排放核算技术指南])",
                              "7.2"));
  d.rules.push_back(rule_from(R"(
id: storage_capacity
title: {zh: 储氢材料储氢容量, en: Hydrogen storage capacity of the material}
kind: quantity
op: ">="
value: 2
unit: wt%
source: {section: "4.1 考核指标", text: "储氢容量≥2wt%"})",
                              "7.2"));
  Draft g = extract(md("| 指标 | 目标 |\n|---|---|\n| 碳排放核算技术导则 | 3项 |\n"), d);
  CHECK(drafted_indicator(g, "accounting_guidelines").value == "3项");
  Draft b = extract(md("| 指标 | 目标 |\n|---|---|\n| 储氢容量 | 3000 |\n"), d);
  CHECK(drafted_indicator(b, "storage_capacity").sure != Found::Sure::Sure);
  Draft p = extract(md("| 指标 | 目标 |\n|---|---|\n| 储氢容量 | ≥2.2 % |\n"), d);
  CHECK(drafted_indicator(p, "storage_capacity").value == "≥2.2 %");
}
