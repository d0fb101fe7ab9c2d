#include "rules/requirement.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

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

// std::to_chars with a precision is printf's %.10g, the same characters as
// fmt's "{:.10g}" (the test "format_number: the fast path writes what fmt
// writes" holds them together) without fmt's Dragon4, which every finding's
// message paid for. Infinities and NaN keep fmt's spelling.
std::string format_number(double v) {
  if (v == 0) return "0";
  if (!std::isfinite(v)) return fmt::format("{:.10g}", v);
  char buf[40];
  auto end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 10).ptr;
  return std::string(buf, end);
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
