// The judging of one rule against one proposal (internal to eval/, behind
// evaluate()). One RuleEvaluator per rule: run() finds the answer the rule
// reads and hands it to the judge of the rule's kind, each in its own file:
//
//   rule_evaluator.cpp      run(): where the answer is; judge(): which judge;
//                           missing / invalid / verdict: the finding's wording
//   judge_quantity.cpp      quantities, counts, ranges, formulas (compare_ends.h)
//   judge_ratio.cpp         map scales (1:5 万)
//   judge_categorical.cpp   lists of categories (contains_all)
//   judge_qualitative.cpp   commitments (true, a description; not a refusal)
//   judge_coverage.cpp      every research item / indicator addressed
//   judge_participants.cpp  counts of units, countries, continents
//   judge_any_of.cpp        either/or: each alternative a rule of its own
#pragma once

#include <optional>
#include <set>
#include <string>
#include <vector>

#include "eval/evaluate.h"
#include "eval/findings.h"
#include "messages/text.h"
#include "proposal/proposal.h"
#include "rules/model.h"
#include "value/answer.h"
#include "value/value.h"

namespace guidecheck::eval::detail {

using rules::Kind;
using rules::Lang;
using rules::Measure;
using rules::Op;
using rules::Rule;
using value::Value;
using Id = msg::Id;

// What every rule of one proposal shares.
struct Ctx {
  const proposal::Proposal& p;
  const rules::Direction& dir;
  const Options& opt;
  std::vector<std::string> indicator_ids;  // dir.indicator_ids(), worked out once per proposal
  // Whether each participant is still named by a placeholder, worked out once
  // per proposal: every participant rule asks it of every participant.
  std::vector<bool> placeholder_participant;
  template <msg::Id id, class... A>
  std::string tr(const A&... args) const {
    return msg::tr<id>(opt.lang, args...);
  }
};

class RuleEvaluator {
 public:
  RuleEvaluator(const Ctx& ctx, const Rule& rule);

  // The finding, kept here until the caller moves it out (no copy per rule).
  Finding& run();

 private:
  // rule_evaluator.cpp
  Finding& missing(const std::string& why = {});
  Finding& invalid(const std::string& why, Mark at, const std::string& text);
  Finding& verdict(bool ok, const std::string& actual_text);
  Finding& judge(const Value& v, Mark where);

  // judge_qualitative.cpp
  Finding& qualitative(const Value& v);
  Finding& refused(const value::Answer& a, const std::string& text);

  // judge_categorical.cpp
  std::vector<std::string> items_of(const Value& v);
  Finding& categorical(const Value& v);
  std::string category_of(const std::string& item) const;
  Finding& contains_all(const std::set<std::string>& have, const std::vector<std::string>& shown,
                        const std::string& text);
  std::string label(const std::string& id);

  // judge_ratio.cpp
  Finding& ratio(const Value& v);

  // judge_quantity.cpp
  Finding& quantity(const Value& v);
  Finding& not_a_quantity(const Value& v);
  std::optional<std::string> out_of_domain(const Value& v, const std::string& unit, bool count);
  std::optional<double> formula_threshold(const Value& v);

  // judge_any_of.cpp
  Finding& any_of();

  // judge_coverage.cpp
  Finding& coverage(bool research);
  bool covers(const yaml::Node& n, std::string& why);

  // judge_participants.cpp
  Finding& participants();

 public:
  std::vector<std::string> warnings_;

 private:
  const Ctx& c_;
  const Rule& r_;
  Finding f_;
  std::vector<msg::Text> reasons_;  // why research items are not covered
};

}  // namespace guidecheck::eval::detail
