// The batch view an officer reads first: per direction how many proposals
// passed, failed or could not be checked, and which requirements fail most.
// Built one eval::FileResult at a time, so it never holds the results themselves.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "eval/findings.h"
#include "rules/load.h"

namespace guidecheck::report {

struct DirectionRow {
  std::string direction;  // "" for files whose direction is unknown
  int proposals = 0, passed = 0, failed = 0, errors = 0;
  double pass_rate() const { return proposals ? static_cast<double>(passed) / proposals : 0; }
};

struct RuleRow {
  std::string rule_id;
  std::string title;                 // in the report's language
  std::string section, source_text;  // the guide's words
  int failed = 0, missing = 0, invalid = 0;
  int waived = 0;  // not passed either, but accepted: not among not_passed()
  int not_passed() const { return failed + missing + invalid; }
};

class Aggregate {
 public:
  void add(const eval::FileResult& r);

  const eval::Summary& summary() const { return summary_; }
  // Every direction seen, in the guide's order (1.1, 1.2, ..., 10.8); the
  // unknown direction last.
  std::vector<DirectionRow> directions() const;
  // The `n` requirements that most proposals did not pass (failed, missing or
  // invalid), most first; ties by rule id.
  std::vector<RuleRow> most_failed(std::size_t n) const;

 private:
  eval::Summary summary_;
  std::map<std::string, DirectionRow> directions_;
  std::map<std::string, RuleRow> rules_;
};

// Rows are ordered by direction as the rule packs order them (one ordering).
using rules::direction_less;

}  // namespace guidecheck::report
