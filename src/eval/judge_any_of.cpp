// Either/or rules: each alternative judged as a rule of its own.

#include "eval/rule_evaluator.h"

namespace guidecheck::eval::detail {

// Either/or (销售 30 千克，或制定…联合标准): each alternative is judged as a
// rule of its own; one pass is enough. Otherwise the worst news that is
// certain: missing when none is given, invalid when one cannot be read (it
// might have passed), else fail. The message gives every alternative's
// outcome, so the applicant sees both routes.
Finding& RuleEvaluator::any_of() {
  std::vector<Finding> alts;
  for (const Rule& alt : r_.any_of) {
    RuleEvaluator ev(c_, alt);
    alts.push_back(std::move(ev.run()));
    for (auto& w : ev.warnings_) warnings_.push_back(std::move(w));
  }
  const Finding* chosen = nullptr;
  for (const Finding& f : alts)
    if (f.status == Status::Pass) {
      chosen = &f;
      break;
    }
  if (!chosen)
    for (Status s : {Status::Invalid, Status::Fail, Status::Missing})
      for (const Finding& f : alts)
        if (!chosen && f.status == s) chosen = &f;
  f_.status = chosen->status;
  f_.location = chosen->location;
  f_.actual = chosen->actual;
  std::vector<msg::Text> each;
  for (const Finding& alt : alts)
    each.push_back(msg::text<Id::eval_alternative>(eval::status_name(alt.status), alt.message));
  std::string parts = msg::list(std::move(each)).render(c_.opt.lang);
  f_.message = f_.status == Status::Pass      ? c_.tr<Id::eval_either_pass>(f_.title, parts)
               : f_.status == Status::Missing ? c_.tr<Id::eval_either_missing>(f_.title, parts)
               : f_.status == Status::Invalid ? c_.tr<Id::eval_either_invalid>(f_.title, parts)
                                              : c_.tr<Id::eval_either_fail>(f_.title, parts);
  return f_;
}

}  // namespace guidecheck::eval::detail
