// wording.h: a verb alone names no indicator, and counts of people, of
// occurrences and of things are not one quantity to the importer.
#include "import/wording.h"

#include "catch_compat.h"
#include "helpers.h"
#include "import/match.h"
#include "import_helpers.h"

using namespace guidecheck;
using namespace guidecheck::import;
using guidecheck::testing::drafted_indicator;
using guidecheck::testing::md;
using guidecheck::testing::rule_from;

namespace {

rules::Direction direction() {
  rules::Direction d;
  d.number = "3.3";
  d.rules.push_back(rule_from(R"(
id: standard_projects
title: {zh: 标准立项数, en: Standards approved as projects}
kind: count
op: ">="
value: 2
unit: 项
source: {section: "3.3 考核指标", text: "完成至少 2 项标准立项"})",
                              "3.3"));
  d.rules.push_back(rule_from(R"(
id: key_breakthroughs
title: {zh: 关键技术突破数, en: Key technology breakthroughs}
kind: count
op: ">="
value: 3
unit: 项
source: {section: "3.3 考核指标", text: "合作实现 3 项关键技术的突破"})",
                              "3.3"));
  d.rules.push_back(rule_from(R"(
id: database_cases
title: {zh: 数据库病例数, en: Cases in the database}
kind: count
op: ">="
value: 1000
unit: 例
source: {section: "3.3 考核指标", text: "病例数不少于 1000 例"})",
                              "3.3"));
  return d;
}

Found::Sure sureness(const std::string& text, const std::string& id) {
  Draft d = extract(md(text), direction());
  return drafted_indicator(d, id).sure;
}

}  // namespace

TEST_CASE("wording: the guide's verb before a number names no quantity") {
  CHECK(verb_only(match_form("完成")));
  CHECK(verb_only(match_form("合作实现")));
  CHECK(verb_only(match_form("开发出")));
  CHECK(verb_only(match_form("具备协调")));
  CHECK(verb_only(match_form("在国内")));
  CHECK_FALSE(verb_only(match_form("储能密度")));
  CHECK_FALSE(verb_only(match_form("研究生人数")));  // begins like 研制, is a noun
  CHECK_FALSE(verb_only(match_form("完成率")));      // a verb and a noun
  CHECK_FALSE(verb_only(match_form("每吨水泥")));
  CHECK_FALSE(verb_only(match_form("")));  // no subject at all is handled by its length
}

TEST_CASE("wording: what a counting word counts") {
  CHECK(counted("名") == Counted::People);
  CHECK(counted("例") == Counted::People);
  CHECK(counted(" People ") == Counted::People);
  CHECK(counted("人次") == Counted::PersonTimes);
  CHECK(counted("次") == Counted::Occurrences);
  CHECK(counted("项") == Counted::Things);
  CHECK(counted("个") == Counted::Things);
  CHECK(counted("倍") == Counted::Multiples);
  CHECK(counted("千瓦时") == Counted::Other);
  CHECK(counted("1") == Counted::Other);
  CHECK(same_kind_of_count("个", "项"));
  CHECK(same_kind_of_count("人", "例"));
  CHECK(same_kind_of_count("%", "项"));  // not counting words: judged elsewhere
  CHECK_FALSE(same_kind_of_count("名", "项"));
  CHECK_FALSE(same_kind_of_count("次", "项"));
  CHECK_FALSE(same_kind_of_count("人次", "人"));
}

TEST_CASE("wording: a sentence sharing only the guide's verb states nothing") {
  // before: “完成” (the guide's words before “至少 2 项”) named standard_projects
  CHECK(sureness("# 项目\n\n项目完成后预计带动相关产业产值 4 亿元，建成生产线 3 项。\n",
                 "standard_projects") != Found::Sure::Sure);
  CHECK(sureness("# 项目\n\n项目完成后预计带动相关产业产值 4 亿元，培养研究生 27 名。\n",
                 "standard_projects") != Found::Sure::Sure);
  // the indicator's own name still states it
  CHECK(sureness("# 项目\n\n项目完成时标准立项数达到 3 项。\n", "standard_projects") ==
        Found::Sure::Sure);
  CHECK(sureness("# 项目\n\n完成标准立项 3 项。\n", "standard_projects") == Found::Sure::Sure);
}

TEST_CASE("wording: a count of another kind is no value of the indicator") {
  const std::string table = "# 考核指标\n\n| 指标名称 | 指标值 |\n| --- | --- |\n";
  // a table row: another counting word of the same kind states it
  CHECK(sureness(table + "| 标准立项数 | 3 个 |\n", "standard_projects") == Found::Sure::Sure);
  // 名 converts to 项 (both dimensionless), but people are no standards
  CHECK(sureness(table + "| 标准立项数 | 27 名 |\n", "standard_projects") != Found::Sure::Sure);
  // the title's words, but a count of meetings
  CHECK(sureness(table + "| 关键技术国际研讨会次数 | 2 次 |\n", "key_breakthroughs") !=
        Found::Sure::Sure);
  CHECK(sureness(table + "| 关键技术突破数 | 4 项 |\n", "key_breakthroughs") == Found::Sure::Sure);
  // cases are people: 人 for 例 states it, 人次 does not
  CHECK(sureness(table + "| 数据库病例数 | 1200 人 |\n", "database_cases") == Found::Sure::Sure);
  CHECK(sureness(table + "| 数据库病例数 | 1200 人次 |\n", "database_cases") != Found::Sure::Sure);
}

TEST_CASE("wording: a name cell with words of its own and without the indicator's names another") {
  auto another = [](const char* cell, const char* key, const char* guide = "") {
    return names_another(match_form(cell), match_form(key), match_form(std::string(key) + guide));
  };
  CHECK(another("相比现有技术和装备碳排放强度降低幅度", "叶片重量降低幅度"));
  CHECK(another("二氧化碳捕集成本", "载体成本"));
  CHECK(another("关键技术和产品数量", "关键技术突破数"));
  CHECK_FALSE(another("本项目热泵储电系统设计电-电效率", "热泵储电系统设计电-电效率"));
  CHECK_FALSE(another("电-电效率", "热泵储电系统设计电-电效率"));
  CHECK_FALSE(another("标准立项数（项）", "标准立项数"));
  // one character of its own on either side is a wording, not another quantity
  CHECK_FALSE(another("关键技术突破数量", "关键技术的突破数"));
  CHECK_FALSE(another("Energy density of the system", "储能密度"));  // English: not judged
  // the guide's words before a number are a fragment (“检查和治疗的指南和共识”);
  // the cell's words are all in the title: 诊疗 says 诊断、检查和治疗 shorter
  CHECK_FALSE(another("肿瘤心脏学诊疗指南和共识", "检查和治疗的指南和共识",
                      "肿瘤心脏学诊断、检查和治疗的指南和共识数"));
}

TEST_CASE("wording: an indicator table's row naming another quantity states nothing") {
  const std::string table = "# 考核指标\n\n| 指标名称 | 指标值 |\n| --- | --- |\n";
  // shares 关键技术 (half the title) but counts products
  CHECK(sureness(table + "| 关键技术和产品数量 | 6 项 |\n", "key_breakthroughs") !=
        Found::Sure::Sure);
  CHECK(sureness(table + "| 本项目关键技术突破数量 | 6 项 |\n", "key_breakthroughs") ==
        Found::Sure::Sure);
}

TEST_CASE("wording: one English number word as digits") {
  CHECK(english_number_as_digits("two").value_or("-") == "2");
  CHECK(english_number_as_digits("No fewer than Ten").value_or("-") == "No fewer than 10");
  CHECK(english_number_as_digits("three years").value_or("-") == "3 years");
  CHECK(english_number_as_digits("at least one").value_or("-") == "at least 1");
  CHECK(english_number_as_digits("one").value_or("-") == "1");
  CHECK(english_number_as_digits("twenty").value_or("-") == "20");
  // nothing to rewrite, or no certainty which
  CHECK_FALSE(english_number_as_digits("one of the three"));
  CHECK_FALSE(english_number_as_digits("two or three"));
  CHECK_FALSE(english_number_as_digits("the new one"));
  CHECK_FALSE(english_number_as_digits("2 twin units"));
  CHECK_FALSE(english_number_as_digits("someone"));
  CHECK_FALSE(english_number_as_digits("often"));
  CHECK_FALSE(english_number_as_digits("twenty-one"));
  CHECK_FALSE(english_number_as_digits("twelve thousand"));
  CHECK_FALSE(english_number_as_digits("two and a half years"));
  CHECK_FALSE(english_number_as_digits("three point five"));
  CHECK_FALSE(english_number_as_digits("ten million cycles"));
  CHECK(english_number_as_digits("two pointers").value_or("-") == "2 pointers");
  CHECK(english_number_as_digits("three developed.").value_or("-") == "3 developed.");
  CHECK_FALSE(english_number_as_digits(""));
}

TEST_CASE("wording: a name without its leading verb") {
  auto w = [](const char* s) {
    return to_utf8(std::u32string(without_leading_verbs(match_form(s))));
  };
  CHECK(w("完成实验验证") == "实验验证");
  CHECK(w("合作开发决策工具") == "决策工具");
  CHECK(w("碳中和技术体系") == "碳中和技术体系");
  CHECK(w("完成") == "完成");  // nothing else: whole
}
