// Findings for the keys a proposal writes that its format or its direction
// does not know (internal to eval/, behind evaluate()).
#pragma once

#include <string>
#include <vector>

#include "eval/findings.h"
#include "proposal/proposal.h"
#include "rules/model.h"

namespace guidecheck::eval::detail {

// Keys the format or the direction does not know: each a failing finding
// (contract §3), with the closest known key as a suggestion. A typo such as
// sub_project: 3 would otherwise leave its requirement silently unchecked.
std::vector<Finding> unknown_key_findings(const proposal::Proposal& p, const rules::Direction& dir,
                                          const std::vector<std::string>& indicator_ids,
                                          rules::Lang lang);

}  // namespace guidecheck::eval::detail
