// `guidecheck rules test`: every direction proves its rules with examples, in
// the manner of ESLint's RuleTester. A test file holds a passing `base`
// proposal, `valid` overlays that must pass and `invalid` overlays that must
// fail exactly the rule ids they list (docs/rule-format.md).
#pragma once

#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "eval/checker.h"

namespace guidecheck::ruletest {

struct CaseResult {
  std::string direction, name;
  bool valid = true;  // a valid case, or an invalid one
  bool passed = false;
  std::string detail;  // why it failed
  Mark mark;
  std::string file;
};

// Runs the test file of one direction (tests/<N.M>.yaml). A missing file is
// one failed case: every direction must have tests.
std::vector<CaseResult> run_direction(eval::Checker& checker, const std::string& pack_id,
                                      const std::string& direction);

}  // namespace guidecheck::ruletest
