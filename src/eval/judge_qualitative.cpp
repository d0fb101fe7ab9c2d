// Qualitative rules: a commitment (true, a description) passes; a refusal,
// "undecided" or a placeholder never does (docs/values.md, "Qualitative answers").

#include "eval/rule_evaluator.h"

namespace guidecheck::eval::detail {

// A qualitative commitment (docs/values.md, "Qualitative answers"):
// true or a description commits; a refusal, "undecided" or a placeholder
// never does.
Finding& RuleEvaluator::qualitative(const Value& v) {
  f_.actual = eval::Actual{{}, {}, {}, "", v.text};
  if (v.type == Value::Type::Missing) return missing();
  if (v.type == Value::Type::Bool) {
    if (v.flag) return verdict(true, v.text);
    return refused(value::Answer{value::Answer::Kind::Refusal, v.text}, v.text);
  }
  if (v.type == Value::Type::List) {
    if (v.list.empty()) return missing();
    for (const std::string& item : v.list) {
      value::Answer a = value::classify_answer(item);
      if (a.kind != value::Answer::Kind::Affirmative) return refused(a, item);
    }
    return verdict(true, v.text);
  }
  value::Answer a = value::classify_answer(v.text);
  if (a.kind != value::Answer::Kind::Affirmative) return refused(a, v.text);
  return verdict(true, v.text);
}

// An answer that does not commit: missing for nothing or a placeholder,
// fail for a refusal or "undecided", with the reason.
Finding& RuleEvaluator::refused(const value::Answer& a, const std::string& text) {
  using K = value::Answer::Kind;
  if (a.kind == K::Empty) return missing();
  std::string why = value::answer_problem(a, text).render(c_.opt.lang);
  if (a.kind == K::Placeholder) return missing(why);
  f_.status = Status::Fail;
  f_.message = c_.tr<Id::eval_not_committed_why>(f_.title, why);
  return f_;
}

}  // namespace guidecheck::eval::detail
