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

Finding& RuleEvaluator::quantity(const Value& v) {
  bool count = r_.kind == Kind::Count;
  if (v.type != Value::Type::Quantity) {
    std::string example = with_unit(r_.kind == Kind::Formula ? 1 : r_.value, r_.unit, c_.opt.lang);
    std::string want = count ? c_.tr<Id::eval_expected_count>()
                       : v.type == Value::Type::Bool && r_.kind != Kind::Formula
                           ? c_.tr<Id::eval_expected_quantity_not_bool>(example)
                           : c_.tr<Id::eval_expected_quantity>(example);
    return invalid(want, v.mark, v.text);
  }
  std::string unit = count ? "" : r_.unit;
  Converted lo = convert_end(v.lo, unit, count, c_.opt.lang),
            hi = convert_end(v.hi, unit, count, c_.opt.lang);
  if (!lo.ok || !hi.ok) return invalid(!lo.ok ? lo.error : hi.error, v.mark, v.text);
  if (lo.v > hi.v && !approx_equal(lo.v, hi.v))
    return invalid(c_.tr<Id::eval_range_reversed>(), v.mark, v.text);
  if (auto why = out_of_domain(v, unit, count)) return invalid(*why, v.mark, v.text);
  if (r_.measure == Measure::Duration && v.lo.unit.empty() && v.exact)
    warnings_.push_back(c_.tr<Id::eval_duration_no_unit>(rules::format_number(v.lo.v),
                                                         units::display(r_.unit, c_.opt.lang)));
  eval::Actual a;
  a.unit = count ? r_.unit : r_.unit;
  a.text = v.text;
  double threshold = r_.value;
  if (r_.kind == Kind::Formula) {
    auto t = formula_threshold(v);
    if (!t) return f_;
    threshold = *t;
    f_.expected.value = threshold;
  }
  bool ok = false, beyond = false;
  double shown = lo.v;
  auto cmp_lo = [&](double t) { return compare_end(v.lo, lo.v, t, unit, count); };
  auto cmp_hi = [&](double t) { return compare_end(v.hi, hi.v, t, unit, count); };
  switch (r_.op) {
    case Op::Covers:
      ok = (cmp_lo(r_.lo) < 0 || (cmp_lo(r_.lo) == 0 && !v.lo.open)) &&
           (cmp_hi(r_.hi) > 0 || (cmp_hi(r_.hi) == 0 && !v.hi.open));
      a.range = {{lo.v, hi.v}};
      break;
    case Op::Between: {
      // Exact decimal comparison of each end (compare_end).
      bool at_least = cmp_lo(r_.lo) >= 0;
      bool at_most = cmp_hi(r_.hi) <= 0;
      // A range whose one side is better (2~3 项 of deliverables, 排放降低
      // 20%-40%) binds only its worse end: going past the other is more than
      // asked, a pass, said in the message.
      if (r_.better == "higher") {
        ok = at_least;
        beyond = ok && !at_most;
        shown = lo.v;
      } else if (r_.better == "lower") {
        ok = at_most;
        beyond = ok && !at_least;
        shown = hi.v;
      } else {
        ok = at_least && at_most;
        shown = !at_least ? lo.v : hi.v;
      }
      if (!v.exact)
        a.range = {{lo.v, hi.v}};
      else
        a.value = lo.v;
      break;
    }
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
      ok = meets(r_.op, cmp_lo(threshold), v.lo, cmp_hi(threshold), v.hi);
      shown = (r_.op == Op::Le || r_.op == Op::Lt) ? hi.v : lo.v;
      if (r_.op == Op::Eq && !v.exact) shown = approx_equal(lo.v, threshold) ? hi.v : lo.v;
      if (!std::isinf(shown)) a.value = shown;
      if (!v.exact) a.range = {{lo.v, hi.v}};
  }
  if (a.value) a.value = clean(*a.value);
  if (a.range) a.range = {{clean(a.range->first), clean(a.range->second)}};
  f_.actual = a;
  std::string actual_text = v.text;
  double raw = (r_.op == Op::Le || r_.op == Op::Lt) ? v.hi.v : v.lo.v;
  bool converted = !v.lo.unit.empty() && !count && !std::isinf(shown) &&
                   (!approx_equal(shown, raw) || text::fold(v.lo.unit) != text::fold(r_.unit));
  if (converted && approx_equal(shown, raw) &&
      units::conversion(v.lo.unit, r_.unit).scale == 1)  // same unit, other spelling
    converted = false;
  if (converted) actual_text += " (= " + with_unit(shown, r_.unit, c_.opt.lang) + ")";
  Finding& f = verdict(ok, actual_text);
  if (beyond) {
    std::string u = units::display(r_.unit, c_.opt.lang);
    std::string range = fmt::format("{} ~ {}{}", rules::format_number(r_.lo),
                                    rules::format_number(r_.hi), u.empty() ? "" : " " + u);
    f.message = r_.better == "higher" ? c_.tr<Id::eval_beyond_above>(f.message, range)
                                      : c_.tr<Id::eval_beyond_below>(f.message, range);
  }
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
    if (e->infinite()) continue;
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
