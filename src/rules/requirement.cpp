#include "rules/requirement.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "messages/text.h"
#include "units/units.h"

namespace guidecheck::rules {
namespace {
using Id = msg::Id;
}  // namespace

Expected expected_of(const Rule& rule) {
  Expected e;
  e.op = rule.op;
  e.unit = rule.unit;
  switch (rule.op) {
    case Op::Between:
      // Judged by its worse end when one way is better (rule.better): the
      // finding states that bound, and the guide's range beside it.
      if (rule.better == "higher" || rule.better == "lower") {
        e.op = rule.better == "higher" ? Op::Ge : Op::Le;
        e.value = rule.better == "higher" ? rule.lo : rule.hi;
        e.guide_range = {{rule.lo, rule.hi}};
      } else {
        e.range = {{rule.lo, rule.hi}};
      }
      break;
    case Op::Covers:
      e.range = {{rule.lo, rule.hi}};
      break;
    case Op::ContainsAll:
      e.list = rule.values;
      break;
    case Op::Committed:
      break;
    case Op::AnyOf:
      for (const Rule& alt : rule.any_of) e.list.push_back(alt.full_id);
      break;
    case Op::Ge:
    case Op::Gt:
    case Op::Le:
    case Op::Lt:
    case Op::Eq:
    case Op::KnownKey:  // no rule's op: findings built without a rule
    case Op::ValidWaiver:
      if (rule.kind == Kind::Ratio)
        e.ratio = "1:" + format_number(rule.ratio_denominator);
      else if (rule.kind != Kind::Formula)
        e.value = rule.value;
  }
  return e;
}

std::string rule_requirement(const Rule& rule, Lang lang) {
  if (rule.kind == Kind::AnyOf) {
    std::vector<std::string> each;
    for (const Rule& alt : rule.any_of) each.push_back(alt.id + " " + rule_requirement(alt, lang));
    return msg::tr<Id::eval_one_of_rules>(
        lang, fmt::format("{}", fmt::join(each, msg::tr<Id::eval_or_separator>(lang))));
  }
  if (rule.kind == Kind::Formula)
    return fmt::format("{} ({}) {}", rules::op_symbol(rule.op), rule.formula,
                       units::display(rule.unit, lang));
  if (covers_direction(rule.measure)) return msg::tr<Id::eval_all_covered>(lang);
  return requirement_text(expected_of(rule), lang);
}

namespace {
// "{:.10g}" written from the shortest digits that read back as `v`, when they
// are at most 10 and %g would write them without an exponent: then rounding
// to 10 digits changes none of them, and this is what fmt writes, without
// its arbitrary-precision (Dragon4) path, which every finding's message paid
// for (the test "format_number: the fast path writes what fmt writes" holds
// the two together). Empty otherwise.
std::string shortest_fixed(double v) {
  char sci[40];
  auto end = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific).ptr;
  const char* e = std::find(sci, end, 'e');
  const char* first = sci[0] == '-' ? sci + 1 : sci;
  char digits[24];
  std::size_t k = 0;
  for (const char* p = first; p < e; ++p)
    if (*p != '.') digits[k++] = *p;
  int exp10 = 0;
  std::from_chars(e + (e[1] == '+' ? 2 : 1), end, exp10);
  if (k > 10 || exp10 < -4 || exp10 >= 10) return {};
  std::string out = first == sci ? "" : "-";
  std::string_view d(digits, k);
  if (exp10 < 0) {  // 0.000ddd
    out += "0.";
    out.append(static_cast<std::size_t>(-exp10 - 1), '0');
    out += d;
  } else if (k <= static_cast<std::size_t>(exp10) + 1) {  // ddd000
    out += d;
    out.append(static_cast<std::size_t>(exp10) + 1 - k, '0');
  } else {  // dd.ddd
    out += d.substr(0, static_cast<std::size_t>(exp10) + 1);
    out += '.';
    out += d.substr(static_cast<std::size_t>(exp10) + 1);
  }
  return out;
}
}  // namespace

std::string format_number(double v) {
  if (v == 0) return "0";
  if (std::isfinite(v))
    if (std::string s = shortest_fixed(v); !s.empty()) return s;
  return fmt::format("{:.10g}", v);
}

std::string requirement_text(const Expected& e, Lang lang) {
  std::string shown = units::display(e.unit, lang);
  std::string unit = shown.empty() ? "" : " " + shown;
  auto range = [&](const std::pair<double, double>& r) {
    return fmt::format("{} ~ {}{}", format_number(r.first), format_number(r.second), unit);
  };
  auto listed = [&] { return fmt::format("{}", fmt::join(e.list, ", ")); };
  switch (e.op) {
    case Op::Between:
      return msg::tr<Id::eval_inclusive>(lang, range(*e.range));
    case Op::Covers:
      return msg::tr<Id::eval_covering>(lang, range(*e.range));
    case Op::ContainsAll:
      return msg::tr<Id::eval_all_of>(lang, listed());
    case Op::Committed:
      return msg::tr<Id::eval_a_commitment>(lang);
    case Op::AnyOf:
      return msg::tr<Id::eval_one_of_list>(lang, listed());
    case Op::KnownKey:
      return msg::tr<Id::eval_known_key>(lang);
    case Op::ValidWaiver:
      return msg::tr<Id::eval_valid_waiver>(lang);
    case Op::Ge:
    case Op::Gt:
    case Op::Le:
    case Op::Lt:
    case Op::Eq: {
      if (!e.ratio.empty()) return fmt::format("{} {}", rules::op_symbol(e.op), e.ratio);
      if (!e.value) return fmt::format("{} ?{}", rules::op_symbol(e.op), unit);
      std::string bound =
          fmt::format("{} {}{}", rules::op_symbol(e.op), format_number(*e.value), unit);
      if (!e.guide_range) return bound;
      return e.op == Op::Ge
                 ? msg::tr<Id::eval_guide_range_more>(lang, bound, range(*e.guide_range))
                 : msg::tr<Id::eval_guide_range_lower>(lang, bound, range(*e.guide_range));
    }
  }
  return {};  // not reached: every op is a case above
}

}  // namespace guidecheck::rules
