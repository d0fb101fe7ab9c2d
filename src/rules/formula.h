// Formula thresholds (e.g. 4.3: "成本 ≤ (Pt 现货价格 · PGM wt% + 50) 元/克").
// A rule pack's formula is data: this interpreter knows numbers, named inputs,
// + - * /, unary minus and parentheses, and nothing else, so a pack cannot
// make the checker do anything but arithmetic. Hand-written because the
// grammar is ten lines and no Debian library offers a sandboxed evaluator.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace guidecheck::rules {

struct FormulaCheck {
  bool ok = false;
  std::string error;                     // English, with the offending position
  std::vector<std::string> identifiers;  // the inputs the formula names
};

// Validates the syntax and lists the identifiers.
FormulaCheck check_formula(const std::string& formula);

// Evaluates with the given inputs; nullopt on a missing input, division by
// zero, or a non-finite result.
std::optional<double> evaluate_formula(const std::string& formula,
                                       const std::map<std::string, double>& inputs);

}  // namespace guidecheck::rules
