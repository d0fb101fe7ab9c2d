// Research items (research.h): drafted as sure only from the research
// contents, and only from words of the item's own.
#include "import/research.h"

#include "catch_compat.h"
#include "helpers.h"
#include "import/docx_writer.h"
#include "import/extract.h"
#include "import/match.h"
#include "import_helpers.h"

using namespace guidecheck;
using namespace guidecheck::import;
using guidecheck::testing::drafted_item;
using guidecheck::testing::md;
using guidecheck::testing::rule_from;

namespace {

rules::Direction direction() {
  rules::Direction d;
  d.number = "3.1";
  d.rules.push_back(rule_from(R"(
id: key_breakthroughs
title: {zh: 关键科学问题和关键技术突破数, en: Key breakthroughs}
kind: count
op: ">="
value: 3
unit: 项
source: {section: "3.1 考核指标", text: "合作实现 3 项关键科学问题和关键技术的突破"}
aliases: [关键技术突破])",
                              "3.1"));
  d.research_contents.push_back(
      {"storage_units",
       {"高/低温储能单元关键技术", "Key technologies of the storage units"},
       {"3.1", "以及高/低温储能单元、系统设计优化等关键技术"}});
  d.research_contents.push_back(
      {"system_design_optimization",
       {"系统设计优化关键技术", "Key technologies of system design optimisation"},
       {"3.1", "以及高/低温储能单元、系统设计优化等关键技术"}});
  return d;
}

}  // namespace

TEST_CASE("research: a heading opens the research contents, the next of its level closes them") {
  CHECK(research_heading(match_form("三、研究内容")));
  CHECK(research_heading(match_form("3. Research contents")));
  CHECK(research_heading(match_form("Work packages")));
  CHECK_FALSE(research_heading(match_form("二、研究基础与国内外现状")));
  CHECK_FALSE(research_heading(match_form("二、研究目标")));
  CHECK(section_title(match_form("三、研究内容")) == 1);
  CHECK(section_title(match_form("第三部分 考核指标")) == 2);
  CHECK(section_title(match_form("（三）研究内容")) == 3);
  CHECK(section_title(match_form("3. 研究内容")) == 4);
  CHECK(section_title(match_form("３、研究内容")) == 4);
  CHECK(section_title(match_form("（1）高/低温储能单元关键技术")) == 0);
  CHECK(section_title(match_form("3.1 高/低温储能单元")) == 0);
  CHECK(section_title(match_form("研究内容")) == 0);
  CHECK_FALSE(section_title(match_form("三、" + std::string(60, 'x'))));
}

TEST_CASE("research: the words every item shares name none of them") {
  auto pieces = distinctive(match_form("高/低温储能单元关键技术"));
  REQUIRE(pieces.size() == 1);
  CHECK(to_utf8(pieces[0]) == "高/低温储能单元");
  CHECK(names_distinctly(match_form("高/低温储能单元的研制"), pieces));
  CHECK_FALSE(names_distinctly(match_form("实现5项关键技术突破"), pieces));
  auto en = distinctive(match_form("Key technologies of the storage units"));
  CHECK(names_distinctly(match_form("we design the storage units"), en));
  CHECK_FALSE(names_distinctly(match_form("key technologies of the"), en));
}

TEST_CASE("research: an item is sure in the research contents, a candidate elsewhere") {
  const std::string plan = "（1）高/低温储能单元关键技术。本部分开展联合研究。\n";
  SECTION("under a 研究内容 heading") {
    Draft d = extract(md("# 申报书\n\n## 三、研究内容\n\n" + plan), direction());
    const Found& f = drafted_item(d, "storage_units");
    REQUIRE(f.sure == Found::Sure::Sure);
    CHECK(f.place.line == 5);
  }
  SECTION("under a form's section title written as a paragraph") {
    Draft d = extract(md("三、研究内容\n\n" + plan), direction());
    CHECK(drafted_item(d, "storage_units").sure == Found::Sure::Sure);
  }
  SECTION("after the research contents have closed") {
    Draft d =
        extract(md("## 三、研究内容\n\n（1）系统设计优化关键技术。\n\n## 四、考核指标\n\n" + plan),
                direction());
    CHECK(drafted_item(d, "system_design_optimization").sure == Found::Sure::Sure);
    const Found& f = drafted_item(d, "storage_units");
    CHECK(f.sure == Found::Sure::Several);
    CHECK(f.how.find("outside the research contents") != std::string::npos);
    REQUIRE(f.candidates.size() == 1);
    CHECK(f.candidates[0].place.line == 7);
  }
  SECTION("in a sentence about earlier work, with no research contents at all") {
    Draft d = extract(md("## 二、研究基础\n\n团队前期已完成高/低温储能单元关键技术的初步研究。\n"),
                      direction());
    CHECK(drafted_item(d, "storage_units").sure != Found::Sure::Sure);
  }
  SECTION("opened and closed by plain titles with digits") {
    // “3．”: a Word paragraph's own digits (Markdown's “3. ” would be a list)
    Draft d =
        extract(md("3．研究内容\n\n" + plan + "\n4．考核指标\n\n（2）系统设计优化关键技术。\n"),
                direction());
    CHECK(drafted_item(d, "storage_units").sure == Found::Sure::Sure);
    CHECK(drafted_item(d, "system_design_optimization").sure == Found::Sure::Several);
  }
  SECTION("a plain title of another kind does not close them") {
    Draft d = extract(md("三、研究内容\n\n1. 储能单元\n\n" + plan), direction());
    CHECK(drafted_item(d, "storage_units").sure == Found::Sure::Sure);
  }
  SECTION("a subheading stays inside them") {
    Draft d = extract(md("## 三、研究内容\n\n### 任务一\n\n" + plan), direction());
    CHECK(drafted_item(d, "storage_units").sure == Found::Sure::Sure);
  }
  SECTION("in English") {
    Draft d = extract(md("## 3. Research contents\n\nWP2: key technologies of the storage units, "
                         "developed with the partner.\n"),
                      direction());
    CHECK(drafted_item(d, "storage_units").sure == Found::Sure::Sure);
  }
}

TEST_CASE("research: a form's table row labelled 研究内容 holds them") {
  std::string t =
      "| 项目名称 | 某项目 |\n|---|---|\n| 研究内容 | 高/低温储能单元关键技术研究 |\n"
      "| 考核指标 | 系统设计优化关键技术形成报告1份 |\n";
  Draft d = extract(md(t), direction());
  CHECK(drafted_item(d, "storage_units").sure == Found::Sure::Sure);
  CHECK(drafted_item(d, "system_design_optimization").sure != Found::Sure::Sure);
}

TEST_CASE("research: shared words alone name no item") {
  Draft d = extract(md("## 三、研究内容\n\n实现5项关键技术突破，发表论文20篇。\n"), direction());
  CHECK(drafted_item(d, "storage_units").sure == Found::Sure::NotFound);
  CHECK(drafted_item(d, "system_design_optimization").sure == Found::Sure::NotFound);
}

namespace {

// Items whose titles repeat a frame of the guide's (主要盆地重点区块的…,
// 既有建筑绿色改造…) around the words that tell them apart.
rules::Direction framed_direction() {
  rules::Direction d = direction();
  d.research_contents.clear();
  auto add = [&](const char* id, const char* zh, const char* en) {
    d.research_contents.push_back({id, {zh, en}, {"x", ""}});
  };
  add("potential", "主要盆地重点区块的封存潜力评估研究",
      "Storage potential assessment of key blocks of the main basins");
  add("risk", "主要盆地重点区块的风险评价研究", "Risk assessment of key blocks of the main basins");
  add("system", "既有建筑绿色改造减碳、碳中和技术体系",
      "Technology system for carbon reduction and neutrality in existing-building retrofit");
  add("metering", "既有建筑绿色改造的碳排放计量装置、系统和软件",
      "Carbon-emission metering devices, systems and software for existing-building retrofit");
  add("pathways", "不同气候区既有建筑绿色改造的减碳、碳中和技术路径",
      "Carbon-reduction and carbon-neutrality pathways for existing buildings in different climate "
      "zones");
  return d;
}

}  // namespace

TEST_CASE("research: a frame the guide repeats over its items names none of them") {
  const std::string head = "## 三、研究内容\n\n";
  SECTION("the shared frame names only the item whose own words are written") {
    Draft d =
        extract(md(head + "（1）开展主要盆地重点区块的封存潜力评估研究。\n"), framed_direction());
    CHECK(drafted_item(d, "potential").sure == Found::Sure::Sure);
    CHECK(drafted_item(d, "risk").sure != Found::Sure::Sure);
  }
  SECTION("a title made of shared words only names its item when none is named more closely") {
    Draft d = extract(md(head + "（1）开展既有建筑绿色改造减碳、碳中和技术体系研究。\n"),
                      framed_direction());
    CHECK(drafted_item(d, "system").sure == Found::Sure::Sure);
    CHECK(drafted_item(d, "metering").sure != Found::Sure::Sure);
    CHECK(drafted_item(d, "pathways").sure != Found::Sure::Sure);
  }
  SECTION("in English, one common word of a longer piece is not enough") {
    Draft d = extract(md("## 3. Research contents\n\n1. Technology system for carbon reduction and "
                         "neutrality in existing-building retrofit.\n"),
                      framed_direction());
    CHECK(drafted_item(d, "system").sure == Found::Sure::Sure);
    CHECK(drafted_item(d, "metering").sure != Found::Sure::Sure);
    CHECK(drafted_item(d, "pathways").sure != Found::Sure::Sure);
  }
  SECTION("the pieces left when the siblings' words are taken out") {
    auto pieces = distinctive(match_form("主要盆地重点区块的风险评价研究"),
                              {U"主要盆地重点区块的封存潜力评估研究"});
    REQUIRE(pieces.size() == 1);
    CHECK(to_utf8(pieces[0]) == "风险");
    CHECK(distinctive(match_form("既有建筑绿色改造减碳、碳中和"),
                      {U"既有建筑绿色改造", U"减碳、碳中和"})
              .empty());
  }
}

TEST_CASE("research: a title written whole names no sibling by the words they share") {
  rules::Direction d;
  d.number = "9.2";
  const char* items[][2] = {
      {"emission_scenarios", "主要排放部门非二氧化碳温室气体的排放情景"},
      {"mitigation_potential", "主要排放部门非二氧化碳温室气体的减排潜力"},
      {"mitigation_pathways", "主要排放部门非二氧化碳温室气体的减排战略路径"}};
  for (const auto& it : items)
    d.research_contents.push_back({it[0], {it[1], it[0]}, {"9.2", it[1]}});
  Draft one =
      extract(md("## 四、研究内容\n\n### （1）主要排放部门非二氧化碳温室气体的减排战略路径\n"), d);
  CHECK(drafted_item(one, "mitigation_pathways").sure == Found::Sure::Sure);
  CHECK(drafted_item(one, "emission_scenarios").sure != Found::Sure::Sure);
  CHECK(drafted_item(one, "mitigation_potential").sure != Found::Sure::Sure);
  // two titles written whole: both named
  Draft two = extract(md("## 四、研究内容\n\n（1）主要排放部门非二氧化碳温室气体的排放情景和"
                         "主要排放部门非二氧化碳温室气体的减排潜力\n"),
                      d);
  CHECK(drafted_item(two, "emission_scenarios").sure == Found::Sure::Sure);
  CHECK(drafted_item(two, "mitigation_potential").sure == Found::Sure::Sure);
}
