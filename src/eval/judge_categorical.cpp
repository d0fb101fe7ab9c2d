// Categorical rules: the categories a list names (ids, Chinese or English
// labels, "... 等") must include every one the rule requires.

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cctype>
#include <set>

#include "eval/rule_evaluator.h"
#include "text/normalize.h"

namespace guidecheck::eval::detail {

std::vector<std::string> RuleEvaluator::items_of(const Value& v) {
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

Finding& RuleEvaluator::categorical(const Value& v) {
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
        f.message, msg::join(c_.opt.lang, unknown), fmt::format("[{}]", fmt::join(r_.values, ", ")),
        msg::join(c_.opt.lang, ids));
  }
  return f;
}

// The id of the category `item` names (its id, its Chinese label, or its
// English label in any case), or "".
std::string RuleEvaluator::category_of(const std::string& item) const {
  std::string low = item;
  std::transform(low.begin(), low.end(), low.begin(), ::tolower);
  for (const auto& cat : r_.categories) {
    std::string en = cat.label.en;
    std::transform(en.begin(), en.end(), en.begin(), ::tolower);
    if (item == cat.id || item == cat.label.zh || low == en) return cat.id;
  }
  return "";
}

Finding& RuleEvaluator::contains_all(const std::set<std::string>& have,
                                     const std::vector<std::string>& shown,
                                     const std::string& text) {
  std::vector<std::string> lacking;
  for (const auto& want : r_.values)
    if (!have.count(want)) lacking.push_back(want);
  eval::Actual a;
  a.list = shown;
  a.text = text;
  f_.actual = a;
  std::string actual = fmt::format("[{}]", fmt::join(shown, ", "));
  Finding& f = verdict(lacking.empty(), actual);
  if (!lacking.empty()) {
    std::vector<std::string> miss;
    for (const auto& s : lacking) miss.push_back(label(s));
    f.message = c_.tr<Id::eval_lacking>(f.message, msg::join(c_.opt.lang, miss));
  }
  return f;
}

std::string RuleEvaluator::label(const std::string& id) {
  for (const auto& cat : r_.categories)
    if (cat.id == id) return cat.label.get(c_.opt.lang);
  return id;
}

}  // namespace guidecheck::eval::detail
