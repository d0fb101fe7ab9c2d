// Converting a quantity's ends into a rule's unit and comparing them
// exactly (compare_ends.h).
#include "eval/compare_ends.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "messages/text.h"
#include "rules/requirement.h"
#include "units/units.h"
#include "value/decimal.h"

namespace guidecheck::eval::detail {

using rules::Lang;
using rules::Op;

bool approx_equal(double a, double b) {
  if (a == b) return true;
  if (std::isinf(a) || std::isinf(b)) return false;
  return std::fabs(a - b) <= 1e-9 * std::max({1.0, std::fabs(a), std::fabs(b)});
}

double clean(double v) {
  if (!std::isfinite(v) || v == 0) return v;
  // No allocation, and to_chars rather than fmt's "{:.12g}" (the same
  // characters, without Dragon4): this runs for every reported value of a
  // batch. Most values have 12 digits or fewer and read back as themselves.
  char buf[40];
  bool exact = false;
  char* end = value::write_g12(buf, buf + sizeof buf, v, exact);
  if (exact) return v;
  double r = v;
  std::from_chars(buf, end, r);
  return r;
}

std::string with_unit(double v, const std::string& unit, Lang lang) {
  std::string s = rules::format_number(v);
  std::string shown = units::display(unit, lang);
  if (!shown.empty()) s += " " + shown;
  return s;
}

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

bool scale_meets(Op op, double den, double want) {
  bool ok = false;
  switch (op) {
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
  return ok;
}

}  // namespace guidecheck::eval::detail
