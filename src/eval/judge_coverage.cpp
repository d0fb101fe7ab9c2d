// Coverage rules: every research item, every indicator of the direction
// addressed.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "eval/rule_evaluator.h"

namespace guidecheck::eval::detail {

Finding& RuleEvaluator::coverage(bool research) {
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
  std::string miss = fmt::format("{}", fmt::join(lacking, ", "));
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
bool RuleEvaluator::covers(const yaml::Node& n, std::string& why) {
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

}  // namespace guidecheck::eval::detail
