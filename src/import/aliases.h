// The `aliases` of a direction's rules (docs/rule-format.md): other names an
// applicant's document may use for an indicator. The rule loader checks them
// (rules lint); only the importer uses them, so they are read here from the
// direction's file rather than carried by every loaded rule.
#pragma once

#include <string>

#include "import/extract.h"
#include "rules/source.h"

namespace guidecheck::import {

// Rule id -> aliases, from "<pack>/directions/<number>.yaml"; empty when the
// file cannot be read (the loader has already reported why).
Aliases load_aliases(const rules::PackSource& src, const std::string& pack,
                     const std::string& direction);

}  // namespace guidecheck::import
