#include "report/aggregate.h"

#include <algorithm>

namespace guidecheck::report {

void Aggregate::add(const eval::FileResult& r) {
  summary_.add(r);
  DirectionRow& d = directions_[r.direction];
  d.direction = r.direction;
  ++d.proposals;
  switch (r.status) {
    case eval::FileStatus::Pass:
      ++d.passed;
      break;
    case eval::FileStatus::Fail:
      ++d.failed;
      break;
    case eval::FileStatus::Error:
      ++d.errors;
      break;
  }
  for (const eval::Finding& f : r.findings) {
    if (f.status == eval::Status::Pass) continue;
    auto [it, fresh] = rules_.try_emplace(f.rule_id);
    RuleRow& row = it->second;
    if (fresh) {
      row.rule_id = f.rule_id;
      row.title = f.title;
      if (f.rule) row.section = f.rule->source.section, row.source_text = f.rule->source.text;
    }
    switch (f.status) {
      case eval::Status::Pass:
        break;
      case eval::Status::Fail:
        ++row.failed;
        break;
      case eval::Status::Missing:
        ++row.missing;
        break;
      case eval::Status::Invalid:
        ++row.invalid;
        break;
      case eval::Status::Waived:
        ++row.waived;
        break;
    }
  }
}

std::vector<DirectionRow> Aggregate::directions() const {
  std::vector<DirectionRow> rows;
  for (const auto& [k, v] : directions_) rows.push_back(v);
  std::sort(rows.begin(), rows.end(), [](const DirectionRow& a, const DirectionRow& b) {
    return direction_less(a.direction, b.direction);
  });
  return rows;
}

std::vector<RuleRow> Aggregate::most_failed(std::size_t n) const {
  std::vector<RuleRow> rows;
  for (const auto& [k, v] : rules_)
    if (v.not_passed() > 0) rows.push_back(v);  // a rule only ever waived is not failing
  std::stable_sort(rows.begin(), rows.end(), [](const RuleRow& a, const RuleRow& b) {
    return a.not_passed() > b.not_passed();
  });
  if (rows.size() > n) rows.resize(n);
  return rows;
}

}  // namespace guidecheck::report
