// Ratio rules: map scales (1:5 万), where a smaller denominator is finer.

#include "eval/compare_ends.h"
#include "eval/rule_evaluator.h"
#include "rules/requirement.h"

namespace guidecheck::eval::detail {

Finding& RuleEvaluator::ratio(const Value& v) {
  if (v.type != Value::Type::Ratio)
    return invalid(c_.tr<Id::eval_expected_scale>(), v.mark, v.text);
  f_.actual = eval::Actual{{}, {}, {}, "", v.text};
  double den = v.ratio_denominator, want = r_.ratio_denominator;
  // A larger scale (smaller denominator) is finer: "不低于 1:5 万" accepts 1:2.5 万.
  bool ok = false;
  switch (r_.op) {
    case Op::Ge:
      ok = den < want || approx_equal(den, want);
      break;
    case Op::Gt:
      ok = den < want && !approx_equal(den, want);
      break;
    case Op::Le:
      ok = den > want || approx_equal(den, want);
      break;
    case Op::Lt:
      ok = den > want && !approx_equal(den, want);
      break;
    case Op::Eq:
      ok = approx_equal(den, want);
      break;
    case Op::Between:  // no ratio rule has these (rules/load.cpp)
    case Op::Covers:
    case Op::ContainsAll:
    case Op::Committed:
    case Op::AnyOf:
    case Op::KnownKey:
    case Op::ValidWaiver:
      break;
  }
  return verdict(ok, "1:" + rules::format_number(den));
}

}  // namespace guidecheck::eval::detail
