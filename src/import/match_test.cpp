// Name matching (import/match.h): the common-run rules, and names that share
// their words but contradict each other on a qualifier.
#include "import/match.h"

#include "catch_compat.h"
#include "import/extract.h"
#include "import_helpers.h"
#include "rules/model.h"

using namespace guidecheck;
using namespace guidecheck::import;

namespace {
bool named(const char* text, const char* key) { return names(match_form(text), match_form(key)); }
}  // namespace

TEST_CASE("match: a name is repeated, shortened, or its head written") {
  CHECK(named("热泵储电系统设计电-电效率", "热泵储电系统设计电-电效率"));
  CHECK(named("电-电效率", "热泵储电系统设计电-电效率"));
  CHECK(named("本项目电-电效率目标值", "热泵储电系统设计电-电效率"));
  CHECK_FALSE(named("储能密度", "热泵储电系统设计电-电效率"));
  CHECK_FALSE(named("environment", "Environment monitoring sites"));
  // half of a key of six characters or more is at least four of them:
  // 超充功率 shares only 充功率 with 对车快充功率, another power
  CHECK_FALSE(named("站内电池超充功率", "对车快充功率"));
  CHECK(named("换电模组对车快充功率", "对车快充功率"));
  CHECK(named("往返效率", "系统往返效率"));
}

TEST_CASE("match: a negated word is not the word") {
  const char* non_ischaemic = "诊断模型涵盖的非缺血性心脏病类别数";
  CHECK_FALSE(named("缺血性心脏病诊断模型", non_ischaemic));
  CHECK(named("非缺血性心脏病类别", non_ischaemic));
  CHECK_FALSE(named("ischaemic heart disease classes", "non-ischaemic heart disease classes"));
  CHECK(
      named("non-ischaemic heart disease classes covered", "non-ischaemic heart disease classes"));
  // names lose their spaces: "expect non-" is still a negation
  CHECK(named("We expect non-CO₂ greenhouse gas mitigation strategy",
              "Non-CO₂ greenhouse gas mitigation strategy and implementation pathway"));
  // the other way round: the text negates what the key states
  CHECK_FALSE(named("非缺血性心脏病诊断模型", "缺血性心脏病诊断模型"));
  // 不/无 before the word say what 非 says
  CHECK(named("新型耐高温不可燃电解液", "新型耐高温非可燃电解液"));
  // 非洲 (Africa) and 非常 (very) negate nothing
  CHECK(named("非洲合作单位数量", "合作单位数量"));
  CHECK(contradicts(match_form("缺血性心脏病"), match_form("非缺血性心脏病")));
  CHECK_FALSE(contradicts(match_form("非洲国家"), match_form("洲国家数")));
}

TEST_CASE("match: patents applied for do not name a count of granted patents") {
  const char* granted = "发明专利授权或医疗器械注册证数";
  CHECK_FALSE(named("申请发明专利", granted));
  CHECK(named("申请并获得授权发明专利", "授权发明专利"));
  CHECK(named("授权发明专利", granted));
  CHECK_FALSE(named("patent applications (invention)", "granted invention patents"));
  CHECK(named("granted invention patents", "granted invention patents"));
  // a granted patent was applied for: a count of applications may be named by it
  CHECK(named("授权发明专利", "发明专利申请数"));
}

TEST_CASE("match: a table row of the plain word is no value of the negated indicator") {
  rules::Direction dir;
  dir.number = "10.3";
  dir.rules.push_back(testing::rule_from(R"(
id: non_ischemic_disease_classes
title: {zh: 诊断模型涵盖的非缺血性心脏病类别数, en: Classes of non-ischaemic heart disease covered}
kind: count
op: ">="
value: 5
unit: 类
source: {section: "10.3 考核指标", text: "非缺血性心脏病不少于 5 类"})",
                                         "10.3"));
  const char* table = "| 指标名称 | 指标值 |\n|---|---|\n";
  Draft d = extract(testing::md(std::string(table) + "| 缺血性心脏病诊断模型 | 1 种 |\n"), dir);
  CHECK(testing::drafted_indicator(d, "non_ischemic_disease_classes").sure != Found::Sure::Sure);
  d = extract(testing::md(std::string(table) + "| 非缺血性心脏病类别 | 6 类 |\n"), dir);
  const Found& f = testing::drafted_indicator(d, "non_ischemic_disease_classes");
  CHECK(f.sure == Found::Sure::Sure);
  CHECK(testing::lower(f) == 6);
}

TEST_CASE("match: a word set finds what the plain search finds") {
  static const char* const kWords[] = {"指南", "国内外", "reference", "约", "already"};
  const WordSet set(kWords);
  std::vector<std::u32string> plain;
  for (const char* w : kWords) plain.push_back(to_u32(w));
  for (const char* text : {"指南要求不低于60%", "国内外同类装置", "国内", "the reference value",
                           "referenc", "约为", "", "already built", "alreadx", "储能密度"}) {
    INFO(text);
    std::u32string t = to_u32(text);
    CHECK(contains_any(t, set) == contains_any(t, plain));
  }
  // a text lacking one of a word's characters never holds it
  CHECK((char_buckets(U"国内外") & ~char_buckets(U"国内")) != 0);
}
