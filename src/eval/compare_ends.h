// A value against a rule's bound (internal to eval/): a quantity's ends
// converted into the rule's unit and compared exactly (docs/values.md, "Exact
// comparison"), the numbers a finding reports, and map scales. The switches
// over the operators a bound can have are here (meets, scale_meets).
#pragma once

#include <string>

#include "rules/model.h"
#include "value/value.h"

namespace guidecheck::eval::detail {

// Relative tolerance for comparing converted values (173.15 K is -100 ℃ up to
// rounding); far below any precision the guide states.
bool approx_equal(double a, double b);

// Reported values drop conversion noise (2009.9999999999998 -> 2010): 12
// significant digits, far beyond any precision the guide states.
double clean(double v);

// A number and the rule's unit as the reader of `lang` reads it (units::display).
std::string with_unit(double v, const std::string& unit, rules::Lang lang);

// Converts one committed end into the rule's unit.
struct Converted {
  bool ok = false;
  double v = 0;
  std::string error;
};
Converted convert_end(const value::End& e, const std::string& to, bool count, rules::Lang lang);

// The committed end `e` (`ev` once converted into the rule's unit `to`)
// against a threshold `t` in the rule's unit: -1, 0, 1. Exact: the threshold
// is converted into the unit the applicant wrote, rounded to 12 significant
// digits (conversion noise: 36.000000000000004 months), and compared with the
// decimal as written, so 59.999999999999999 % is below 60 % although both are
// the same double (docs/values.md, "Exact comparison"). Values built by
// guidecheck (participant counts) compare as numbers.
int compare_end(const value::End& e, double ev, double t, const std::string& to, bool count);

// True when every value of [lo, hi] satisfies `op t`, given how each end
// compares with t.
bool meets(rules::Op op, int lo_cmp, const value::End& lo, int hi_cmp, const value::End& hi);

// True when a map scale 1:`den` satisfies `op` 1:`want`. A larger scale
// (smaller denominator) is finer: "不低于 1:5 万" accepts 1:2.5 万.
bool scale_meets(rules::Op op, double den, double want);

}  // namespace guidecheck::eval::detail
