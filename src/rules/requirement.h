// What a rule asks for, in the form findings report it (Expected) and in
// words ("≥ 60 %", "2 ~ 3 项"): shared by the evaluation, the reports and the
// rule documentation, so all three word a requirement the same way.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "rules/model.h"

namespace guidecheck::rules {

struct Expected {
  Op op = Op::Committed;
  std::optional<double> value;                     // >=, >, <=, <, ==, formula (computed)
  std::optional<std::pair<double, double>> range;  // between, covers
  // A range judged by its worse end (better: higher/lower): op and value are
  // that bound, guide_range the range the guide wrote.
  std::optional<std::pair<double, double>> guide_range;
  std::vector<std::string> list;  // contains_all
  std::string ratio;              // "1:50000"
  std::string unit;
};

// Number formatting shared by messages and renderers: up to 10 significant
// digits, no trailing zeros.
std::string format_number(double v);

// "≥ 60 %", "2 ~ 3 项", "⊇ 20 ~ 80 ℃", "≥ 1:50000" in the given language.
std::string requirement_text(const Expected& e, rules::Lang lang);

// What a rule expects, as findings report it.
Expected expected_of(const rules::Rule& rule);
// The requirement in words: "≥ 60 %", "≤ (pt_spot_price * pgm_fraction + 50) 元/克".
std::string rule_requirement(const rules::Rule& rule, rules::Lang lang);

}  // namespace guidecheck::rules
