// Judging one proposal against the general rules and its direction.
#pragma once

#include "eval/findings.h"
#include "proposal/proposal.h"
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

eval::FileResult evaluate(const proposal::Proposal& p, const rules::Pack& pack,
                          const rules::General& general, const rules::Direction& direction,
                          const Options& options);

}  // namespace guidecheck::eval
