#include "eval/evaluate.h"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cmath>
#include <map>
#include <set>

#include "eval/waivers.h"
#include "messages/text.h"
#include "rules/formula.h"
#include "text/distance.h"
#include "text/normalize.h"
#include "units/units.h"
#include "value/answer.h"
#include "value/decimal.h"
#include "value/value.h"

namespace guidecheck::eval {
namespace {

using eval::Finding;
using eval::Status;
using rules::Kind;
using rules::Lang;
using rules::Measure;
using rules::Op;
using rules::Rule;
using value::Value;
using Id = msg::Id;

// Relative tolerance for comparing converted values (173.15 K is -100 ℃ up to
// rounding); far below any precision the guide states.
bool approx_equal(double a, double b) {
  if (a == b) return true;
  if (std::isinf(a) || std::isinf(b)) return false;
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

struct Ctx {
  const proposal::Proposal& p;
  const rules::Direction& dir;
  const Options& opt;
  std::vector<std::string> indicator_ids;  // dir.indicator_ids(), worked out once per proposal
  // Whether each participant is still named by a placeholder, worked out once
  // per proposal: every participant rule asks it of every participant.
  std::vector<bool> placeholder_participant;
  template <msg::Id id, class... A>
  std::string tr(const A&... args) const {
    return msg::tr<id>(opt.lang, args...);
  }
};

// Reported values drop conversion noise (2009.9999999999998 -> 2010): 12
// significant digits, far beyond any precision the guide states.
double clean(double v) {
  if (!std::isfinite(v) || v == 0) return v;
  char buf[32];  // no allocation: this runs for every reported value of a batch
  char* end = fmt::format_to_n(buf, sizeof buf, "{:.12g}", v).out;
  double r = v;
  std::from_chars(buf, end, r);
  return r;
}

// A number and the rule's unit as the reader of `lang` reads it (units::display).
std::string with_unit(double v, const std::string& unit, Lang lang) {
  std::string s = rules::format_number(v);
  std::string shown = units::display(unit, lang);
  if (!shown.empty()) s += " " + shown;
  return s;
}

// Converts one committed end into the rule's unit.
struct Converted {
  bool ok = false;
  double v = 0;
  std::string error;
};
Converted convert_end(const value::End& e, const std::string& to, bool count, Lang lang) {
  Converted c;
  if (e.infinite()) {
    c.ok = true;
    c.v = e.v;
    return c;
  }
  std::string from = e.unit.empty() ? (count ? "" : to) : e.unit;
  units::Conversion conv = units::conversion(from, count ? "" : to);
  if (!conv.ok) {
    // An unknown unit says what the rule takes.
    std::string spelled = units::to_udunits(to, nullptr);
    std::string shown = units::display(to, lang);  // the rule's unit, in the reader's words
    msg::Text want = count
                         ? msg::text<msg::Id::eval_want_counting_word>()
                         : msg::text<msg::Id::eval_want_unit_like>(
                               shown, shown + (spelled != shown ? ", " + spelled : std::string()));
    c.error = conv.unknown_unit ? msg::tr<msg::Id::eval_unit_problem_wants>(lang, conv.error, want)
              : count           ? msg::tr<msg::Id::eval_unit_other_quantity>(lang, from,
                                                                   msg::Id::eval_a_count, want)
                      : msg::tr<msg::Id::eval_unit_other_quantity>(lang, from, shown, want);
    return c;
  }
  c.v = conv.apply(e.v);
  c.ok = std::isfinite(c.v);
  if (!c.ok) c.error = msg::tr<msg::Id::eval_number_out_of_range>(lang);
  return c;
}

// The committed end `e` (`ev` once converted into the rule's unit `to`)
// against a threshold `t` in the rule's unit: -1, 0, 1. Exact: the threshold
// is converted into the unit the applicant wrote, rounded to 12 significant
// digits (conversion noise: 36.000000000000004 months), and compared with the
// decimal as written, so 59.999999999999999 % is below 60 % although both are
// the same double (docs/values.md, "Exact comparison"). Values built by
// guidecheck (participant counts) compare as numbers.
int compare_end(const value::End& e, double ev, double t, const std::string& to, bool count) {
  if (e.infinite()) return e.v < 0 ? -1 : 1;
  if (std::isinf(t)) return t > 0 ? -1 : 1;
  if (!e.dec.empty()) {
    std::string from = e.unit.empty() ? (count ? "" : to) : e.unit;
    units::Conversion conv = units::conversion(from, count ? "" : to);
    if (conv.ok && conv.scale != 0) {
      int c = value::decimal_compare(e.dec, value::decimal_of((t - conv.offset) / conv.scale));
      if (c != 2) return conv.scale > 0 ? c : -c;
    }
  }
  if (approx_equal(ev, t)) return 0;
  return ev < t ? -1 : 1;
}

// True when every value of [lo, hi] satisfies `op t`, given how each end
// compares with t.
bool meets(Op op, int lo_cmp, const value::End& lo, int hi_cmp, const value::End& hi) {
  switch (op) {
    case Op::Ge:
      return lo_cmp >= 0;
    case Op::Gt:
      return lo_cmp > 0 || (lo_cmp == 0 && lo.open);
    case Op::Le:
      return hi_cmp <= 0;
    case Op::Lt:
      return hi_cmp < 0 || (hi_cmp == 0 && hi.open);
    case Op::Eq:
      return lo_cmp == 0 && hi_cmp == 0 && !lo.open && !hi.open;
    case Op::Between:  // quantity() judges these ranges itself
    case Op::Covers:
    case Op::ContainsAll:  // no bound on a number
    case Op::Committed:
    case Op::AnyOf:
    case Op::KnownKey:
    case Op::ValidWaiver:
      return false;
  }
  return false;
}

class RuleEvaluator {
 public:
  RuleEvaluator(const Ctx& ctx, const Rule& rule) : c_(ctx), r_(rule) {
    f_.rule = &rule;
    f_.rule_id = rule.full_id;
    f_.severity = rule.severity;
    f_.title = rule.title.get(ctx.opt.lang);
    f_.note = rule.note.get(ctx.opt.lang);
    f_.expected = rules::expected_of(rule);
  }

  // The finding, kept here until the caller moves it out (no copy per rule).
  Finding& run() {
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

 private:
  // `why`: what the written answer lacks (a placeholder), when there is one.
  Finding& missing(const std::string& why = {}) {
    f_.status = Status::Missing;
    std::string req = rules::requirement_text(f_.expected, c_.opt.lang);
    if (r_.kind == Kind::Qualitative) req = c_.tr<Id::eval_a_commitment>();
    f_.message = why.empty() ? c_.tr<Id::eval_missing>(f_.title, req)
                             : c_.tr<Id::eval_missing_why>(f_.title, req, why);
    return f_;
  }

  Finding& invalid(const std::string& why, Mark at, const std::string& text) {
    f_.status = Status::Invalid;
    f_.location = at;
    if (!text.empty()) f_.actual = eval::Actual{{}, {}, {}, "", text};
    f_.message = c_.tr<Id::eval_cannot_judge>(f_.title, text, why);
    return f_;
  }

  Finding& verdict(bool ok, const std::string& actual_text) {
    f_.status = ok ? Status::Pass : Status::Fail;
    std::string req = rules::requirement_text(f_.expected, c_.opt.lang);
    if (r_.kind == Kind::Qualitative && r_.op == Op::Committed) {
      f_.message = ok ? c_.tr<Id::eval_committed>(f_.title)
                      : c_.tr<Id::eval_not_committed_required>(f_.title);
      return f_;
    }
    f_.message = ok ? c_.tr<Id::eval_meets>(f_.title, actual_text, req)
                    : c_.tr<Id::eval_does_not_meet>(f_.title, actual_text, req);
    return f_;
  }

  Finding& judge(const Value& v, Mark where) {
    f_.location = where;
    if (v.type == Value::Type::Invalid && r_.kind != Kind::Qualitative &&
        r_.kind != Kind::Categorical)
      return invalid(v.problem.render(c_.opt.lang), v.mark, v.text);
    // Words where a number belongs: a placeholder ("（请填写）", "-") is
    // missing; a refusal or "undecided" ("待定", "N/A") says so.
    if (v.type == Value::Type::Text && r_.kind != Kind::Qualitative &&
        r_.kind != Kind::Categorical) {
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

  // A qualitative commitment (docs/values.md, "Qualitative answers"):
  // true or a description commits; a refusal, "undecided" or a placeholder
  // never does.
  Finding& qualitative(const Value& v) {
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
  Finding& refused(const value::Answer& a, const std::string& text) {
    using K = value::Answer::Kind;
    if (a.kind == K::Empty) return missing();
    std::string why = value::answer_problem(a, text).render(c_.opt.lang);
    if (a.kind == K::Placeholder) return missing(why);
    f_.status = Status::Fail;
    f_.message = c_.tr<Id::eval_not_committed_why>(f_.title, why);
    return f_;
  }

  std::vector<std::string> items_of(const Value& v) {
    std::vector<std::string> items = v.list;
    if (v.type == Value::Type::Text || v.type == Value::Type::Invalid ||
        (v.type == Value::Type::Quantity && !v.text.empty())) {
      std::string cur;
      std::string s = v.text;
      for (std::size_t i = 0; i <= s.size(); ++i) {
        bool sep = i == s.size() || s[i] == ',' || s[i] == ';' || s.compare(i, 3, "、") == 0;
        if (sep) {
          std::string t(text::trim(cur));
          if (!t.empty()) items.push_back(t);
          cur.clear();
          if (i < s.size() && s[i] != ',' && s[i] != ';') i += 2;
        } else {
          cur += s[i];
        }
      }
    }
    return items;
  }

  Finding& categorical(const Value& v) {
    if (v.type == Value::Type::Bool)
      return invalid(c_.tr<Id::eval_expected_categories>(), v.mark, v.text);
    std::vector<std::string> items = items_of(v);
    std::set<std::string> have;
    std::vector<std::string> unknown;  // items that name no category
    for (const std::string& item : items) {
      std::string id = category_of(item);
      // "生态保护红线区等", "marine etc.": the category, and "others" (which a
      // "not limited to" list allows; they are not counted as any category).
      for (std::string_view etc : {"等等", "等", "etc.", "etc", "…", "..."})
        if (id.empty() && item.size() > etc.size() && item.ends_with(etc))
          id = category_of(std::string(text::trim(item.substr(0, item.size() - etc.size()))));
      if (id.empty()) unknown.push_back(item);
      have.insert(id.empty() ? item : id);
    }
    Finding& f = contains_all(have, items, v.text);
    // Free text where ids belong ("优化控制等"): say what was not recognised
    // and the exact form that would be.
    if (f.status == Status::Fail && !unknown.empty()) {
      std::vector<std::string> ids;
      for (const auto& cat : r_.categories) ids.push_back(cat.id);
      f.message = c_.tr<Id::eval_categories_unrecognised>(
          f.message, msg::join(c_.opt.lang, unknown),
          "[" + fmt::format("{}", fmt::join(r_.values, ", ")) + "]", msg::join(c_.opt.lang, ids));
    }
    return f;
  }

  // The id of the category `item` names (its id, its Chinese label, or its
  // English label in any case), or "".
  std::string category_of(const std::string& item) const {
    std::string low = item;
    std::transform(low.begin(), low.end(), low.begin(), ::tolower);
    for (const auto& cat : r_.categories) {
      std::string en = cat.label.en;
      std::transform(en.begin(), en.end(), en.begin(), ::tolower);
      if (item == cat.id || item == cat.label.zh || low == en) return cat.id;
    }
    return "";
  }

  Finding& contains_all(const std::set<std::string>& have, const std::vector<std::string>& shown,
                        const std::string& text) {
    std::vector<std::string> lacking;
    for (const auto& want : r_.values)
      if (!have.count(want)) lacking.push_back(want);
    eval::Actual a;
    a.list = shown;
    a.text = text;
    f_.actual = a;
    std::string list;
    for (const auto& s : shown) list += (list.empty() ? "" : ", ") + s;
    std::string actual = "[" + list + "]";
    Finding& f = verdict(lacking.empty(), actual);
    if (!lacking.empty()) {
      std::vector<std::string> miss;
      for (const auto& s : lacking) miss.push_back(label(s));
      f.message = c_.tr<Id::eval_lacking>(f.message, msg::join(c_.opt.lang, miss));
    }
    return f;
  }

  std::string label(const std::string& id) {
    for (const auto& cat : r_.categories)
      if (cat.id == id) return cat.label.get(c_.opt.lang);
    return id;
  }

  Finding& ratio(const Value& v) {
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

  Finding& quantity(const Value& v) {
    bool count = r_.kind == Kind::Count;
    if (v.type != Value::Type::Quantity) {
      std::string example =
          with_unit(r_.kind == Kind::Formula ? 1 : r_.value, r_.unit, c_.opt.lang);
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
  std::optional<std::string> out_of_domain(const Value& v, const std::string& unit, bool count) {
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

  std::optional<double> formula_threshold(const Value& v) {
    std::map<std::string, double> inputs;
    for (const auto& in : r_.inputs) {
      const yaml::Entry* e = c_.p.indicator(in.id);
      std::string title = in.title.get(c_.opt.lang);
      if (!e || e->value->is_null()) {
        invalid(c_.tr<Id::eval_threshold_needs>(title, in.id),
                e ? e->key_mark : c_.p.indicators_mark, v.text);
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

  // Either/or (销售 30 千克，或制定…联合标准): each alternative is judged as a
  // rule of its own; one pass is enough. Otherwise the worst news that is
  // certain: missing when none is given, invalid when one cannot be read (it
  // might have passed), else fail. The message gives every alternative's
  // outcome, so the applicant sees both routes.
  Finding& any_of() {
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

  Finding& coverage(bool research) {
    std::vector<std::string> lacking;
    if (research) {
      f_.location = c_.p.research_mark;
      for (const auto& item : c_.dir.research_contents) {
        const yaml::Entry* e = c_.p.research(item.id);
        std::string why;
        if (!e) {
          lacking.push_back(item.id);
          continue;
        }
        if (!covers(*e->value, why)) {
          lacking.push_back(item.id);
          if (!why.empty()) reasons_.push_back(msg::text<Id::eval_item_why>(item.id, why));
        }
      }
    } else {
      f_.location = c_.p.indicators_mark;
      auto given = [&](const std::string& id) {
        const yaml::Entry* e = c_.p.indicator(id);
        return e && !e->value->is_null();
      };
      for (const auto& id : c_.indicator_ids) {
        if (given(id)) continue;
        // An alternative of an any_of group is addressed when another one is.
        bool other_given = false;
        for (const Rule& r : c_.dir.rules)
          for (const Rule& alt : r.any_of)
            if (alt.id == id)
              for (const Rule& other : r.any_of) other_given = other_given || given(other.id);
        if (!other_given) lacking.push_back(id);
      }
    }
    f_.status = lacking.empty() ? Status::Pass : Status::Fail;
    std::size_t total = research ? c_.dir.research_contents.size() : c_.indicator_ids.size();
    std::string miss;
    for (const auto& s : lacking) miss += (miss.empty() ? "" : ", ") + s;
    eval::Actual a;
    a.value = static_cast<double>(total - lacking.size());
    a.list = lacking;
    f_.actual = a;
    f_.expected.value = static_cast<double>(total);
    std::vector<msg::Text> parts{
        lacking.empty() ? msg::text<Id::eval_all_covered_n>(f_.title, total)
                        : msg::text<Id::eval_not_covered>(f_.title, total, lacking.size(), miss)};
    for (const msg::Text& r : reasons_) parts.push_back(r);
    f_.message = msg::list(std::move(parts)).render(c_.opt.lang);
    return f_;
  }

  // A research item is covered by true, a description, or a list of them; a
  // refusal, "undecided", a placeholder or nothing does not cover it (`why`
  // says which, except for nothing at all).
  bool covers(const yaml::Node& n, std::string& why) {
    using K = value::Answer::Kind;
    auto check = [&](const std::string& text) {
      value::Answer a = value::classify_answer(text);
      if (a.kind == K::Affirmative) return true;
      if (a.kind != K::Empty) why = value::answer_problem(a, text).render(c_.opt.lang);
      return false;
    };
    if (n.is_null()) return false;
    if (n.is_bool()) {
      if (n.as_bool()) return true;
      why = value::answer_problem({K::Refusal, n.scalar}, n.scalar).render(c_.opt.lang);
      return false;
    }
    if (n.is_scalar()) return check(n.scalar);
    value::Parsed v = value::parse(n);
    if (!v.ok) {
      why = v.error.render(c_.opt.lang);
      return false;
    }
    if (v.value.type == Value::Type::List) {
      if (v.value.list.empty()) return false;
      for (const auto& item : v.value.list)
        if (!check(item)) return false;
      return true;
    }
    if (v.value.type == Value::Type::Bool) return v.value.flag;
    if (v.value.type == Value::Type::Missing) return false;
    return check(v.value.text);
  }

  Finding& participants() {
    const auto& ps = c_.p.participants;
    f_.location = c_.p.participants_mark;
    // A participant still named by a placeholder ("(fill in) foreign partner",
    // "待定", "TBD") is not a unit yet: no participant rule can be judged.
    for (std::size_t i = 0; i < ps.size(); ++i) {
      const auto& p = ps[i];
      if (!c_.placeholder_participant[i]) continue;
      f_.status = Status::Invalid;
      f_.location = p.mark;
      f_.actual = eval::Actual{{}, {}, {}, "", p.name};
      f_.message = c_.tr<Id::eval_placeholder_participant>(f_.title, p.name);
      return f_;
    }
    if (r_.measure == Measure::Continents) {
      std::set<std::string> have;
      std::vector<std::string> shown;
      for (const auto& p : ps) {
        std::string c = text::continent_of(p.country);
        if (!c.empty() && have.insert(c).second) shown.push_back(c);
      }
      return contains_all(have, shown, "");
    }
    double n = 0;
    std::set<std::string> countries;
    int orgs = 0;
    for (const auto& p : ps) {
      bool foreign = p.country != "CN";
      switch (r_.measure) {
        case Measure::CnUnits:
          n += !foreign;
          break;
        case Measure::ForeignUnits:
          n += foreign;
          break;
        case Measure::Countries:
          countries.insert(p.country);
          break;
        case Measure::ForeignCountries:
          if (foreign) countries.insert(p.country);
          break;
        case Measure::ForeignCountriesOrOrgs:
          if (foreign && p.kind == "international_org")
            ++orgs;
          else if (foreign)
            countries.insert(p.country);
          break;
        case Measure::ParticipantKind:
          n += p.kind == r_.measure_id;
          break;
        case Measure::Qualification:
          n += std::find(p.qualifications.begin(), p.qualifications.end(), r_.measure_id) !=
               p.qualifications.end();
          break;
        case Measure::Continents:  // above
        case Measure::Indicator:   // not on participants: run() never comes here
        case Measure::Duration:
        case Measure::SubProjects:
        case Measure::ResearchContents:
        case Measure::Indicators:
          break;
      }
    }
    if (!countries.empty() || orgs) n = static_cast<double>(countries.size() + orgs);
    Value v;
    v.type = Value::Type::Quantity;
    v.lo = v.hi = {n, false, "", ""};
    v.exact = true;
    v.text = rules::format_number(n);
    return judge(v, c_.p.participants_mark);
  }

 public:
  std::vector<std::string> warnings_;

 private:
  const Ctx& c_;
  const Rule& r_;
  Finding f_;
  std::vector<msg::Text> reasons_;  // why research items are not covered
};

std::string closest(const std::string& id, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_d = std::max<std::size_t>(3, id.size() / 3) + 1;
  for (const auto& c : candidates) {
    std::size_t d = text::edit_distance(id, c);
    if (d < best_d) best_d = d, best = c;
  }
  return best;
}

constexpr std::size_t kMaxUnknownKeyFindings = 20;  // then one finding counts the rest

// The finding for a key the proposal format or the direction does not know.
// `more` > 0: this finding also stands for that many further unknown keys.
Finding unknown_key_finding(const proposal::UnknownKey& k, const std::string& direction, Lang lang,
                            std::size_t more) {
  Finding f;
  f.rule_id = kUnknownKeyRule;
  f.status = Status::Fail;
  f.severity = rules::Severity::Error;
  f.location = k.mark;
  f.title = msg::tr<Id::eval_unknown_key_title>(lang);
  f.note = msg::tr<Id::eval_unknown_key_note>(lang);
  f.expected.op = Op::KnownKey;
  f.expected.list = k.known;
  f.actual = eval::Actual{{}, {}, {}, "", k.key};
  std::string hint = k.suggestion.empty() ? closest(k.key, k.known) : k.suggestion;
  msg::Text where = k.context.empty()            ? msg::text<Id::eval_unknown_at_top>()
                    : k.context == "participant" ? msg::text<Id::eval_unknown_in_participant>()
                    : k.context == "waiver"      ? msg::text<Id::eval_unknown_in_waiver>()
                    : k.context == "value"
                        ? msg::text<Id::eval_unknown_in_value>()
                        : msg::text<Id::eval_unknown_under>(k.context, direction);
  std::vector<std::string> first(k.known.begin(),
                                 k.known.begin() + std::min<std::size_t>(k.known.size(), 12));
  if (k.known.size() > 12) first.push_back("…");
  std::string known = msg::join(lang, first);
  f.message = hint.empty() ? msg::tr<Id::eval_unknown_key>(lang, k.key, where, known)
                           : msg::tr<Id::eval_unknown_key_hint>(lang, k.key, where, hint, known);
  if (more) f.message = msg::tr<Id::eval_unknown_key_more>(lang, f.message, more);
  return f;
}

}  // namespace

eval::FileResult evaluate(const proposal::Proposal& p, const rules::Pack& pack,
                          const rules::General& general, const rules::Direction& dir,
                          const Options& opt) {
  eval::FileResult res;
  res.file = p.file;
  res.guide = pack.id;
  res.direction = dir.number;
  res.title = p.title;
  res.lead = p.lead();
  Ctx ctx{p, dir, opt, dir.indicator_ids(), {}};
  ctx.placeholder_participant.reserve(p.participants.size());
  for (const auto& part : p.participants)
    ctx.placeholder_participant.push_back(value::placeholder_name(part.name));
  auto run = [&](const Rule& r) {
    RuleEvaluator ev(ctx, r);
    res.findings.push_back(std::move(ev.run()));  // the evaluator is done with its finding
    for (auto& w : ev.warnings_)
      eval::add_notice(res.warnings, {p.file, res.findings.back().location, std::move(w), false},
                       opt.lang);
  };
  for (const Rule& r : general.rules) run(r);
  for (const Rule& r : dir.rules) run(r);

  // Keys the format or the direction does not know: each a failing finding
  // (contract §3), with the closest known key as a suggestion. A typo such as
  // sub_project: 3 would otherwise leave its requirement silently unchecked.
  std::vector<proposal::UnknownKey> unknown = p.unknown_keys;
  auto unknown_ids = [&](const yaml::Node* map, const std::vector<std::string>& known,
                         const char* context) {
    if (!map) return;
    for (const auto& e : map->entries)
      if (std::find(known.begin(), known.end(), e.key) == known.end())
        unknown.push_back({e.key, e.key_mark, context, known, ""});
  };
  unknown_ids(p.indicators, ctx.indicator_ids, "indicators");
  std::vector<std::string> research_ids;
  for (const auto& r : dir.research_contents) research_ids.push_back(r.id);
  unknown_ids(p.research_contents, research_ids, "research_contents");
  std::stable_sort(unknown.begin(), unknown.end(), [](const auto& a, const auto& b) {
    return std::pair(a.mark.line, a.mark.column) < std::pair(b.mark.line, b.mark.column);
  });
  for (std::size_t i = 0; i < unknown.size() && i <= kMaxUnknownKeyFindings; ++i) {
    if (i == kMaxUnknownKeyFindings) {
      res.findings.push_back(unknown_key_finding(unknown[i], dir.number, opt.lang,
                                                 unknown.size() - kMaxUnknownKeyFindings));
      break;
    }
    res.findings.push_back(unknown_key_finding(unknown[i], dir.number, opt.lang, 0));
  }

  apply_waivers(res, p, general, dir, opt);

  // A waived finding does not fail the proposal (that is what a waiver is
  // for in CI), and is never counted as a pass either.
  res.status = eval::FileStatus::Pass;
  for (const Finding& f : res.findings)
    if (eval::open_problem(f) && f.severity <= opt.fail_on) res.status = eval::FileStatus::Fail;
  return res;
}

}  // namespace guidecheck::eval
