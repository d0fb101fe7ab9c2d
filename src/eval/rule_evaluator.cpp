// Where a rule's answer is in the proposal, which judge reads it, and how a
// finding is worded (missing, invalid, pass or fail).
#include "eval/rule_evaluator.h"

#include <optional>
#include <string>
#include <unordered_map>
#include <utility>

#include "rules/requirement.h"
#include "text/normalize.h"
#include "value/answer.h"

namespace guidecheck::eval::detail {
namespace {

// A key that tells Expecteds apart by every field requirement_text reads:
// the bits of each number, each text with its length before it.
std::string requirement_key(const rules::Expected& e, Lang lang) {
  std::string key;
  auto raw = [&](const auto& v) { key.append(reinterpret_cast<const char*>(&v), sizeof v); };
  auto text = [&](const std::string& s) {
    raw(s.size());
    key += s;
  };
  auto range = [&](const std::optional<std::pair<double, double>>& r) {
    raw(r.has_value());
    if (r) raw(*r);
  };
  raw(lang);
  raw(e.op);
  raw(e.value.has_value());
  if (e.value) raw(*e.value);
  range(e.range);
  range(e.guide_range);
  raw(e.list.size());
  for (const std::string& item : e.list) text(item);
  text(e.ratio);
  text(e.unit);
  return key;
}

// requirement_text is a pure function of the Expected and the language, and
// a batch asks it for the same rules again and again (a number and a unit
// formatted, a message filled in each time): the texts are kept per thread.
// Bounded: the table starts afresh when full.
std::string requirement_of(const rules::Expected& e, Lang lang) {
  constexpr std::size_t kMaxEntries = 1024;
  thread_local std::unordered_map<std::string, std::string> seen;
  std::string key = requirement_key(e, lang);
  if (auto it = seen.find(key); it != seen.end()) return it->second;
  std::string text = rules::requirement_text(e, lang);
  if (seen.size() >= kMaxEntries) seen.clear();
  seen.emplace(std::move(key), text);
  return text;
}

}  // namespace

RuleEvaluator::RuleEvaluator(const Ctx& ctx, const Rule& rule) : c_(ctx), r_(rule) {
  f_.rule = &rule;
  f_.rule_id = rule.full_id;
  f_.severity = rule.severity;
  f_.title = rule.title.get(ctx.opt.lang);
  f_.note = rule.note.get(ctx.opt.lang);
  f_.expected = rules::expected_of(rule);
}

// The finding, kept here until the caller moves it out (no copy per rule).
Finding& RuleEvaluator::run() {
  if (r_.kind == Kind::AnyOf) return any_of();
  if (r_.measure == Measure::ResearchContents) return coverage(true);
  if (r_.measure == Measure::Indicators) return coverage(false);
  if (rules::on_participants(r_.measure)) return participants();
  const yaml::Node* node = nullptr;
  Mark where{1, 1};
  if (r_.measure == Measure::Indicator) {
    where = c_.p.indicators_mark;
    if (const yaml::Entry* e = c_.p.indicator(r_.id)) {
      node = e->value.get();
      where = node->is_null() ? e->key_mark : node->mark;
    }
  } else if (r_.measure == Measure::Duration) {
    node = c_.p.duration;
    if (node) where = node->mark;
    if (node && node->is_scalar()) {
      f_.location = where;
      value::DateSpan span = value::date_span(node->scalar);
      if (span.is_dates && span.months < 0)
        return invalid(span.problem.render(c_.opt.lang), node->mark, node->scalar);
      if (span.is_dates) {
        // Read as the months from the first to the last, both included.
        Value v;
        v.type = Value::Type::Quantity;
        std::string n = std::to_string(span.months);
        v.lo = v.hi = {static_cast<double>(span.months), false, "个月", n};
        v.exact = true;
        v.text = std::string(text::trim(text::fold(node->scalar)));
        v.mark = node->mark;
        warnings_.push_back(c_.tr<Id::eval_duration_months>(v.text, span.reading, n));
        return judge(v, where);
      }
    }
  } else if (r_.measure == Measure::SubProjects) {
    node = c_.p.sub_projects;
    if (node && node->is_null()) {
      // Written but left empty (the skeleton's null): not an answer yet.
      f_.location = node->mark;
      return missing();
    }
    if (!node) {  // the guide allows none; absent means none
      Value v;
      v.type = Value::Type::Quantity;
      v.lo = v.hi = {0, false, "", ""};
      v.exact = true;
      v.text = "0";
      return judge(v, where);
    }
    where = node->mark;
  }
  f_.location = where;
  if (!node || node->is_null()) return missing();
  value::Parsed parsed = value::parse(*node);
  if (!parsed.ok)
    return invalid(parsed.error.render(c_.opt.lang), parsed.mark,
                   node->is_scalar() ? node->scalar : "");
  return judge(parsed.value, where);
}

// `why`: what the written answer lacks (a placeholder), when there is one.
Finding& RuleEvaluator::missing(const std::string& why) {
  f_.status = Status::Missing;
  std::string req = requirement_of(f_.expected, c_.opt.lang);
  if (r_.kind == Kind::Qualitative) req = c_.tr<Id::eval_a_commitment>();
  f_.message = why.empty() ? c_.tr<Id::eval_missing>(f_.title, req)
                           : c_.tr<Id::eval_missing_why>(f_.title, req, why);
  return f_;
}

Finding& RuleEvaluator::invalid(const std::string& why, Mark at, const std::string& text) {
  f_.status = Status::Invalid;
  f_.location = at;
  if (!text.empty()) f_.actual = eval::Actual{{}, {}, {}, "", text};
  f_.message = c_.tr<Id::eval_cannot_judge>(f_.title, text, why);
  return f_;
}

Finding& RuleEvaluator::verdict(bool ok, const std::string& actual_text) {
  f_.status = ok ? Status::Pass : Status::Fail;
  if (r_.kind == Kind::Qualitative && r_.op == Op::Committed) {
    f_.message =
        ok ? c_.tr<Id::eval_committed>(f_.title) : c_.tr<Id::eval_not_committed_required>(f_.title);
    return f_;
  }
  // Spelled only for the messages that show it.
  std::string req = requirement_of(f_.expected, c_.opt.lang);
  f_.message = ok ? c_.tr<Id::eval_meets>(f_.title, actual_text, req)
                  : c_.tr<Id::eval_does_not_meet>(f_.title, actual_text, req);
  return f_;
}

Finding& RuleEvaluator::judge(const Value& v, Mark where) {
  f_.location = where;
  if (v.type == Value::Type::Invalid && r_.kind != Kind::Qualitative &&
      r_.kind != Kind::Categorical)
    return invalid(v.problem.render(c_.opt.lang), v.mark, v.text);
  // Words where a number belongs: a placeholder ("（请填写）", "-") is
  // missing; a refusal or "undecided" ("待定", "N/A") says so.
  if (v.type == Value::Type::Text && r_.kind != Kind::Qualitative && r_.kind != Kind::Categorical) {
    value::Answer a = value::classify_answer(v.text);
    using K = value::Answer::Kind;
    if (a.kind == K::Placeholder || a.kind == K::Empty)
      return missing(value::answer_problem(a, v.text).render(c_.opt.lang));
    if (a.kind == K::Refusal || a.kind == K::Undecided)
      return invalid(value::answer_problem(a, v.text).render(c_.opt.lang), v.mark, v.text);
  }
  switch (r_.kind) {
    case Kind::Qualitative:
      return qualitative(v);
    case Kind::Categorical:
      return categorical(v);
    case Kind::Ratio:
      return ratio(v);
    case Kind::Quantity:
    case Kind::Count:
    case Kind::RangeCover:
    case Kind::Formula:
    case Kind::AnyOf:  // any_of() judges its alternatives, never this
      return quantity(v);
  }
  return quantity(v);
}

}  // namespace guidecheck::eval::detail
