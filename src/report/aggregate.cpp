#include "report/aggregate.h"

#include <algorithm>
#include <charconv>

namespace guidecheck::report {

bool direction_less(const std::string& a, const std::string& b) {
  if (a.empty() != b.empty()) return b.empty();  // the unknown direction last
  std::size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    long x = 0, y = 0;
    auto [pa, ea] = std::from_chars(a.data() + i, a.data() + a.size(), x);
    auto [pb, eb] = std::from_chars(b.data() + j, b.data() + b.size(), y);
    if (ea != std::errc() || eb != std::errc()) return a < b;  // not numbers: as text
    if (x != y) return x < y;
    i = static_cast<std::size_t>(pa - a.data()) + 1;  // past the '.'
    j = static_cast<std::size_t>(pb - b.data()) + 1;
  }
  if ((i < a.size()) != (j < b.size())) return j < b.size();
  return a < b;
}

void Aggregate::add(const FileResult& r) {
  ++summary_.files;
  DirectionRow& d = directions_[r.direction];
  d.direction = r.direction;
  ++d.proposals;
  switch (r.status) {
    case FileStatus::Pass:
      ++summary_.passed, ++d.passed;
      break;
    case FileStatus::Fail:
      ++summary_.failed, ++d.failed;
      break;
    case FileStatus::Error:
      ++summary_.errors, ++d.errors;
      break;
  }
  for (const Finding& f : r.findings) {
    if (f.status == Status::Pass) continue;
    auto [it, fresh] = rules_.try_emplace(f.rule_id);
    RuleRow& row = it->second;
    if (fresh) {
      row.rule_id = f.rule_id;
      row.title = f.title;
      if (f.rule) row.section = f.rule->source.section, row.source_text = f.rule->source.text;
    }
    if (f.status == Status::Fail)
      ++row.failed;
    else if (f.status == Status::Missing)
      ++row.missing;
    else
      ++row.invalid;
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
  for (const auto& [k, v] : rules_) rows.push_back(v);
  std::stable_sort(rows.begin(), rows.end(), [](const RuleRow& a, const RuleRow& b) {
    return a.not_passed() > b.not_passed();
  });
  if (rows.size() > n) rows.resize(n);
  return rows;
}

}  // namespace guidecheck::report
