#pragma once
#include "ruledoc/ruledoc.h"
namespace guidecheck::ruledoc {
// A JSON Schema (draft 2020-12) of a proposal for one direction.
json proposal_schema(const rules::Pack& pack, const rules::Direction& d, rules::Lang lang);
}  // namespace guidecheck::ruledoc
