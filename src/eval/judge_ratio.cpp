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
  return verdict(scale_meets(r_.op, den, want), "1:" + rules::format_number(den));
}

}  // namespace guidecheck::eval::detail
