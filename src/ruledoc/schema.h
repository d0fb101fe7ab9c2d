#pragma once
#include "ruledoc/ruledoc.h"
namespace guidecheck::ruledoc {
// A JSON Schema (draft 2020-12) of a proposal (contract §3) for one direction:
// every research item and indicator id with the guide's requirement as its
// description (and markdownDescription, for yaml-language-server's hover), the
// value forms `check` accepts for its kind, and the general rules' limits on
// duration, sub-projects and participants. Unknown keys are rejected (check
// ignores them with a warning: usually a typo).
json proposal_schema(const rules::Pack& pack, const rules::General& general,
                     const rules::Direction& d, rules::Lang lang);
}  // namespace guidecheck::ruledoc
