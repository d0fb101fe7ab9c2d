// Quantity, count, range and formula rules: the value's ends converted into
// the rule's unit (compare_ends.h), checked against the physically possible
// (out_of_domain), and compared with the threshold, fixed or computed.

#include <fmt/format.h>

#include <cmath>
#include <map>

#include "eval/compare_ends.h"
#include "eval/rule_evaluator.h"
#include "rules/formula.h"
#include "rules/requirement.h"
#include "text/normalize.h"
#include "units/units.h"
#include "value/decimal.h"

namespace guidecheck::eval::detail {

namespace {

// True when a quantity's two ends are the same number as written (an exact
// value): converting or comparing the second gives what the first gave.
bool same_ends(const Value& v) {
  return v.lo.v == v.hi.v && v.lo.open == v.hi.open && v.lo.unit == v.hi.unit &&
         v.lo.dec == v.hi.dec;
}

// A quantity's ends, converted into the rule's unit, and how each compares
// with a threshold in that unit (compare_end: exact, on the decimal written).
struct Ends {
  const Value& v;
  const Converted& lo;
  const Converted& hi;
  const std::string& unit;
  bool count;
  bool same = same_ends(v);
  int cmp_lo(double t) const { return compare_end(v.lo, lo.v, t, unit, count); }
  int cmp_hi(double t) const { return compare_end(v.hi, hi.v, t, unit, count); }
};

// What the comparison found: pass or fail, the number the message shows (in
// the rule's unit), and whether a range with a better side was passed beyond
// that side.
struct Outcome {
  bool ok = false;
  bool beyond = false;
  double shown = 0;
};

// Op::Covers: the committed range contains the rule's whole range.
Outcome covers_range(const Rule& r, const Ends& e, eval::Actual& a) {
  Outcome o{false, false, e.lo.v};
  int lo_cmp = e.cmp_lo(r.lo);
  o.ok = (lo_cmp < 0 || (lo_cmp == 0 && !e.v.lo.open));
  if (o.ok) {
    int hi_cmp = e.cmp_hi(r.hi);
    o.ok = hi_cmp > 0 || (hi_cmp == 0 && !e.v.hi.open);
  }
  a.range = {{e.lo.v, e.hi.v}};
  return o;
}

// Op::Between: inside the rule's range.
Outcome within_range(const Rule& r, const Ends& e, eval::Actual& a) {
  Outcome o{false, false, e.lo.v};
  // Exact decimal comparison of each end (compare_end).
  bool at_least = e.cmp_lo(r.lo) >= 0;
  bool at_most = e.cmp_hi(r.hi) <= 0;
  // A range whose one side is better (2~3 项 of deliverables, 排放降低
  // 20%-40%) binds only its worse end: going past the other is more than
  // asked, a pass, said in the message.
  if (r.better == "higher") {
    o.ok = at_least;
    o.beyond = o.ok && !at_most;
    o.shown = e.lo.v;
  } else if (r.better == "lower") {
    o.ok = at_most;
    o.beyond = o.ok && !at_least;
    o.shown = e.hi.v;
  } else {
    o.ok = at_least && at_most;
    o.shown = !at_least ? e.lo.v : e.hi.v;
  }
  if (!e.v.exact)
    a.range = {{e.lo.v, e.hi.v}};
  else
    a.value = e.lo.v;
  return o;
}

// A bound (≥, >, ≤, <, =) against `threshold`, the rule's or its formula's.
Outcome against_threshold(const Rule& r, const Ends& e, double threshold, eval::Actual& a) {
  Outcome o;
  // Only the ends meets() reads are compared: the lower for >= and >, the
  // upper for <= and <, both for = (once when they are the same end).
  bool lower = r.op == Op::Ge || r.op == Op::Gt || r.op == Op::Eq;
  bool upper = r.op == Op::Le || r.op == Op::Lt || r.op == Op::Eq;
  int lo_cmp = lower ? e.cmp_lo(threshold) : 0;
  int hi_cmp = !upper ? 0 : lower && e.same ? lo_cmp : e.cmp_hi(threshold);
  o.ok = meets(r.op, lo_cmp, e.v.lo, hi_cmp, e.v.hi);
  o.shown = (r.op == Op::Le || r.op == Op::Lt) ? e.hi.v : e.lo.v;
  if (r.op == Op::Eq && !e.v.exact) o.shown = approx_equal(e.lo.v, threshold) ? e.hi.v : e.lo.v;
  if (!std::isinf(o.shown)) a.value = o.shown;
  if (!e.v.exact) a.range = {{e.lo.v, e.hi.v}};
  return o;
}

// The comparison the rule's operator asks for; `a` gets the value or range
// the finding reports.
Outcome compare(const Rule& r, const Ends& e, double threshold, eval::Actual& a) {
  switch (r.op) {
    case Op::Covers:
      return covers_range(r, e, a);
    case Op::Between:
      return within_range(r, e, a);
    case Op::Ge:
    case Op::Gt:
    case Op::Le:
    case Op::Lt:
    case Op::Eq:
    case Op::ContainsAll:  // no quantity rule has these (rules/load.cpp): meets() fails them
    case Op::Committed:
    case Op::AnyOf:
    case Op::KnownKey:
    case Op::ValidWaiver:
      return against_threshold(r, e, threshold, a);
  }
  return Outcome{false, false, e.lo.v};
}

// " (= 36 个月)" after the applicant's words when the number shown is
// converted into the rule's unit or was written in another unit; "" when it
// reads the same (the same unit in another spelling, a count).
std::string converted_note(const Rule& r, const Value& v, double shown, bool count, Lang lang) {
  double raw = (r.op == Op::Le || r.op == Op::Lt) ? v.hi.v : v.lo.v;
  bool converted = !v.lo.unit.empty() && !count && !std::isinf(shown) &&
                   (!approx_equal(shown, raw) || text::fold(v.lo.unit) != text::fold(r.unit));
  if (converted && approx_equal(shown, raw) &&
      units::conversion(v.lo.unit, r.unit).scale == 1)  // same unit, other spelling
    converted = false;
  return converted ? " (= " + with_unit(shown, r.unit, lang) + ")" : "";
}

// A pass beyond the better side of the rule's range: `message` says so.
std::string beyond_message(const Rule& r, const std::string& message, Lang lang) {
  std::string u = units::display(r.unit, lang);
  std::string range = fmt::format("{} ~ {}{}", rules::format_number(r.lo),
                                  rules::format_number(r.hi), u.empty() ? "" : " " + u);
  return r.better == "higher" ? msg::tr<Id::eval_beyond_above>(lang, message, range)
                              : msg::tr<Id::eval_beyond_below>(lang, message, range);
}

}  // namespace

// Not a number with a unit: what the rule expects, with an example in its unit.
Finding& RuleEvaluator::not_a_quantity(const Value& v) {
  bool count = r_.kind == Kind::Count;
  std::string example = with_unit(r_.kind == Kind::Formula ? 1 : r_.value, r_.unit, c_.opt.lang);
  std::string want = count ? c_.tr<Id::eval_expected_count>()
                     : v.type == Value::Type::Bool && r_.kind != Kind::Formula
                         ? c_.tr<Id::eval_expected_quantity_not_bool>(example)
                         : c_.tr<Id::eval_expected_quantity>(example);
  return invalid(want, v.mark, v.text);
}

// The steps: read the value (a quantity, in the rule's unit, a possible one),
// find the threshold (the rule's, or its formula's from other indicators),
// compare as the operator asks, and word the verdict.
Finding& RuleEvaluator::quantity(const Value& v) {
  if (v.type != Value::Type::Quantity) return not_a_quantity(v);
  bool count = r_.kind == Kind::Count;
  std::string unit = count ? "" : r_.unit;
  Converted lo = convert_end(v.lo, unit, count, c_.opt.lang);
  Converted hi = same_ends(v) ? lo : convert_end(v.hi, unit, count, c_.opt.lang);
  if (!lo.ok || !hi.ok) return invalid(!lo.ok ? lo.error : hi.error, v.mark, v.text);
  if (lo.v > hi.v && !approx_equal(lo.v, hi.v))
    return invalid(c_.tr<Id::eval_range_reversed>(), v.mark, v.text);
  if (auto why = out_of_domain(v, unit, count)) return invalid(*why, v.mark, v.text);
  if (r_.measure == Measure::Duration && v.lo.unit.empty() && v.exact)
    warnings_.push_back(c_.tr<Id::eval_duration_no_unit>(rules::format_number(v.lo.v),
                                                         units::display(r_.unit, c_.opt.lang)));
  double threshold = r_.value;
  if (r_.kind == Kind::Formula) {
    auto t = formula_threshold(v);
    if (!t) return f_;
    threshold = *t;
    f_.expected.value = threshold;
  }
  eval::Actual a;
  a.unit = r_.unit;
  a.text = v.text;
  Outcome o = compare(r_, Ends{v, lo, hi, unit, count}, threshold, a);
  if (a.value) a.value = clean(*a.value);
  if (a.range) a.range = {{clean(a.range->first), clean(a.range->second)}};
  f_.actual = a;
  Finding& f = verdict(o.ok, v.text + converted_note(r_, v, o.shown, count, c_.opt.lang));
  if (o.beyond) f.message = beyond_message(r_, f.message, c_.opt.lang);
  return f;
}

// Physically impossible values (docs/values.md, "Domains"): a
// temperature below absolute zero; a negative anything else the guide
// measures (durations, lengths, masses, counts, costs, percentages, voltages,
// angles, sound levels: every rule of the pack is a size, a rate or a share,
// none a signed change); a count that is not a whole number.
std::optional<std::string> RuleEvaluator::out_of_domain(const Value& v, const std::string& unit,
                                                        bool count) {
  bool temperature = !count && units::conversion(unit, "K").ok;
  for (const value::End* e : {&v.lo, &v.hi}) {
    if (e->infinite() || (e == &v.hi && same_ends(v))) continue;  // the same end again
    std::string from = e->unit.empty() ? unit : e->unit;
    if (temperature) {
      units::Conversion k = units::conversion(from, "K");
      if (k.ok && k.apply(e->v) < -1e-9) return c_.tr<Id::eval_below_absolute_zero>();
      continue;
    }
    if (e->dec.empty() ? e->v < 0 : value::decimal_negative(e->dec))
      return c_.tr<Id::eval_negative>(f_.title);
    if (count) {
      units::Conversion conv = units::conversion(e->unit, "");
      bool whole = conv.ok && conv.scale == 1 && !e->dec.empty()
                       ? value::decimal_is_integer(e->dec)
                       : std::fabs(conv.apply(e->v) - std::round(conv.apply(e->v))) < 1e-9;
      if (!whole) return c_.tr<Id::eval_count_whole>(f_.title);
    }
  }
  return std::nullopt;
}

std::optional<double> RuleEvaluator::formula_threshold(const Value& v) {
  std::map<std::string, double> inputs;
  for (const auto& in : r_.inputs) {
    const yaml::Entry* e = c_.p.indicator(in.id);
    std::string title = in.title.get(c_.opt.lang);
    if (!e || e->value->is_null()) {
      invalid(c_.tr<Id::eval_threshold_needs>(title, in.id), e ? e->key_mark : c_.p.indicators_mark,
              v.text);
      f_.status = Status::Missing;
      return std::nullopt;
    }
    value::Parsed p = value::parse(*e->value);
    if (!p.ok || p.value.type != Value::Type::Quantity || !p.value.exact) {
      invalid(c_.tr<Id::eval_input_one_number>(title, in.id), e->value->mark, v.text);
      return std::nullopt;
    }
    Converted cv = convert_end(p.value.lo, in.unit, false, c_.opt.lang);
    if (!cv.ok) {
      invalid(c_.tr<Id::eval_input_problem>(title, in.id, cv.error), e->value->mark, v.text);
      return std::nullopt;
    }
    if (cv.v < 0) {
      invalid(c_.tr<Id::eval_input_negative>(title, in.id), e->value->mark, v.text);
      return std::nullopt;
    }
    inputs[in.id] = cv.v;
  }
  auto t = rules::evaluate_formula(r_.formula, inputs);
  if (!t) invalid(c_.tr<Id::eval_formula_fails>(), v.mark, v.text);
  return t;
}

}  // namespace guidecheck::eval::detail
