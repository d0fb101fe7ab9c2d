// Shared helpers of the importer's tests: a Markdown document from text, a
// small direction 3.1, and what the extractor drafted for one indicator or
// research item.
#pragma once

#include <string>

#include "catch_compat.h"
#include "helpers.h"
#include "import/document.h"
#include "import/extract.h"
#include "value/value.h"

namespace guidecheck::testing {

inline import::Document md(const std::string& text) {
  import::ReadResult r = import::read_document("a.md", "markdown", text);
  REQUIRE(r.ok);
  return r.doc;
}

inline const import::Found& drafted_indicator(const import::Draft& d, const std::string& id) {
  for (const auto& [k, f] : d.indicators)
    if (k == id) return f;
  FAIL("no indicator " << id);
  static import::Found none;
  return none;
}

inline const import::Found& drafted_item(const import::Draft& d, const std::string& id) {
  for (const auto& [k, f] : d.research)
    if (k == id) return f;
  FAIL("no research item " << id);
  static import::Found none;
  return none;
}

// Direction 3.1 cut down to four rules (an alias, a unit, a count, a
// qualitative commitment) and one research item.
inline rules::Direction direction_3_1() {
  rules::Direction d;
  d.number = "3.1";
  d.rules.push_back(rule_from(R"(
id: round_trip_efficiency
title: {zh: 热泵储电系统设计电-电效率, en: Design round-trip efficiency}
kind: quantity
op: ">="
value: 60
unit: "%"
source: {section: "3.1 考核指标", text: "热泵储电系统设计电-电效率不低于 60%"}
aliases: [往返效率])",
                              "3.1"));
  d.rules.push_back(rule_from(R"(
id: energy_density
title: {zh: 储能密度, en: Energy storage density}
kind: quantity
op: ">="
value: 30
unit: 千瓦时/立方米
source: {section: "3.1 考核指标", text: "储能密度不低于 30 千瓦时/立方米"})",
                              "3.1"));
  d.rules.push_back(rule_from(R"(
id: cycle_life
title: {zh: 循环寿命, en: Cycle life}
kind: count
op: ">="
value: 10000
unit: 次
source: {section: "3.1 考核指标", text: "循环寿命不小于 10000 次"})",
                              "3.1"));
  d.rules.push_back(rule_from(R"(
id: experimental_validation
title: {zh: 完成实验验证, en: Experimental validation completed}
kind: qualitative
op: committed
source: {section: "3.1 考核指标", text: "完成实验验证"})",
                              "3.1"));
  d.research_contents.push_back(
      {"storage_units", {"高/低温储能单元关键技术", "Storage units"}, {"3.1", "高/低温储能单元"}});
  return d;
}

// The lower end of a drafted value, as the value parser reads it.
inline double lower(const import::Found& f) { return value::parse_text(f.value).lo.v; }

}  // namespace guidecheck::testing
