// Shared test helpers: build rules and proposals from YAML text and evaluate.
#pragma once

#include <string>

#include "catch_compat.h"
#include "eval/evaluate.h"
#include "proposal/proposal.h"
#include "rules/load.h"
#include "yaml/parse.h"

namespace guidecheck::testing {

inline rules::Rule rule_from(const std::string& yaml_text, const std::string& prefix = "9.9") {
  auto y = yaml::parse(yaml_text);
  REQUIRE(y.ok);
  Diagnostics d;
  auto r = rules::parse_rule(*y.root, prefix, "test.yaml", d);
  INFO((d.empty() ? std::string() : d.front().where() + ": " + d.front().message(msg::Lang::En)));
  REQUIRE(r);
  return *r;
}

// A direction holding one rule, and a proposal whose indicators are `indicators_yaml`
// (a flow or block mapping), evaluated; returns the rule's finding.
inline eval::Finding judge(
    const rules::Rule& rule, const std::string& indicators_yaml,
    const std::string& participants_yaml =
        "[{name: A, country: CN, role: lead}, {name: B, country: DE, role: member}]") {
  rules::Direction d;
  d.number = "9.9";
  d.rules.push_back(rule);
  rules::Pack pack;
  pack.id = "test";
  rules::General general;
  std::string text = "guidecheck: 1\ndirection: \"9.9\"\nparticipants: " + participants_yaml +
                     "\nindicators: " + indicators_yaml + "\n";
  proposal::Parsed p = proposal::parse("p.yaml", text);
  INFO(p.error.message(msg::Lang::En));
  REQUIRE(p.ok);
  eval::Options opt;
  auto res = eval::evaluate(p.proposal, pack, general, d, opt);
  // The rule's finding; findings for unknown keys (ids the one-rule
  // direction does not know) come after it.
  REQUIRE(!res.findings.empty());
  REQUIRE(res.findings[0].rule_id == rule.full_id);
  return res.findings[0];
}

inline eval::Status status_of(const rules::Rule& rule, const std::string& value) {
  return judge(rule, "{" + rule.id + ": " + value + "}").status;
}

}  // namespace guidecheck::testing
