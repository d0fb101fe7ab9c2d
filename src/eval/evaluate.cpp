// Judging one proposal: every rule of the general part and of its direction
// (rule_evaluator.h), the keys nobody knows (unknown_keys.h), the waivers,
// and the proposal's pass or fail.
#include "eval/evaluate.h"

#include <utility>

#include "eval/rule_evaluator.h"
#include "eval/unknown_keys.h"
#include "eval/waivers.h"
#include "value/answer.h"

namespace guidecheck::eval {

using rules::Rule;

eval::FileResult evaluate(const proposal::Proposal& p, const rules::Pack& pack,
                          const rules::General& general, const rules::Direction& dir,
                          const Options& opt) {
  eval::FileResult res;
  res.file = p.file;
  res.guide = pack.id;
  res.direction = dir.number;
  res.title = p.title;
  res.lead = p.lead();
  detail::Ctx ctx{p, dir, opt, dir.indicator_ids(), {}};
  ctx.placeholder_participant.reserve(p.participants.size());
  for (const auto& part : p.participants)
    ctx.placeholder_participant.push_back(value::placeholder_name(part.name));
  auto run = [&](const Rule& r) {
    detail::RuleEvaluator ev(ctx, r);
    res.findings.push_back(std::move(ev.run()));  // the evaluator is done with its finding
    for (auto& w : ev.warnings_)
      eval::add_notice(res.warnings, {p.file, res.findings.back().location, std::move(w), false},
                       opt.lang);
  };
  // One finding per rule, made room for at once: growing the vector moved
  // every finding made so far at each doubling.
  res.findings.reserve(general.rules.size() + dir.rules.size() + p.unknown_keys.size());
  for (const Rule& r : general.rules) run(r);
  for (const Rule& r : dir.rules) run(r);

  // Keys the format or the direction does not know (unknown_keys.h).
  for (Finding& f : detail::unknown_key_findings(p, dir, ctx.indicator_ids, opt.lang))
    res.findings.push_back(std::move(f));

  apply_waivers(res, p, general, dir, opt);

  // A waived finding does not fail the proposal (that is what a waiver is
  // for in CI), and is never counted as a pass either.
  res.status = eval::FileStatus::Pass;
  for (const Finding& f : res.findings)
    if (eval::open_problem(f) && f.severity <= opt.fail_on) res.status = eval::FileStatus::Fail;
  return res;
}

}  // namespace guidecheck::eval
