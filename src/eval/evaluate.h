// Judging one proposal against the general rules and its direction.
#pragma once

#include "proposal/proposal.h"
#include "report/report.h"
#include "rules/model.h"

namespace guidecheck::eval {

struct Options {
  rules::Lang lang = rules::Lang::En;
  // Findings of this severity or worse make the proposal fail.
  rules::Severity fail_on = rules::Severity::Error;
  // --guide: the pack to use whatever the proposal names ("" = the proposal's choice).
  std::string guide;
  // Waivers (eval/waivers.h): the config file's, and --no-waivers.
  std::vector<proposal::Waiver> config_waivers;
  bool no_waivers = false;
  // The day waivers' `until` is compared with, YYYY-MM-DD; "" = the local date.
  std::string today;
};

// The id of the finding made for each key the proposal format or the
// direction does not know (contract §3: an unknown key fails the proposal).
inline constexpr const char* kUnknownKeyRule = "general/unknown_key";

report::FileResult evaluate(const proposal::Proposal& p, const rules::Pack& pack,
                            const rules::General& general, const rules::Direction& direction,
                            const Options& options);

// Number formatting shared by messages and renderers: up to 10 significant
// digits, no trailing zeros.
std::string format_number(double v);

// "≥ 60 %", "2 ~ 3 项", "⊇ 20 ~ 80 ℃", "≥ 1:50000" in the given language.
std::string requirement_text(const report::Expected& e, rules::Lang lang);

// What a rule expects, as findings report it.
report::Expected expected_of(const rules::Rule& rule);
// The requirement in words: "≥ 60 %", "≤ (pt_spot_price * pgm_fraction + 50) 元/克".
std::string rule_requirement(const rules::Rule& rule, rules::Lang lang);

}  // namespace guidecheck::eval
