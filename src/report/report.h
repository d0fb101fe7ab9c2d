// What a check produces: one FileResult per proposal, one Finding per
// requirement. Every renderer (text, json, ...) reads only this.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "rules/model.h"

namespace guidecheck::report {

enum class Status { Pass, Fail, Missing, Invalid };
const char* status_name(Status s);

struct Expected {
  rules::Op op = rules::Op::Committed;
  std::optional<double> value;                     // >=, >, <=, <, ==, formula (computed)
  std::optional<std::pair<double, double>> range;  // between, covers
  // A range judged by its worse end (better: higher/lower): op and value are
  // that bound, guide_range the range the guide wrote.
  std::optional<std::pair<double, double>> guide_range;
  std::vector<std::string> list;  // contains_all
  std::string ratio;              // "1:50000"
  std::string unit;
};

struct Actual {
  std::optional<double> value;  // in the rule's unit: the end that decides
  std::optional<std::pair<double, double>> range;
  std::vector<std::string> list;
  std::string unit;
  std::string text;  // as written
};

struct Finding {
  const rules::Rule* rule = nullptr;
  std::string rule_id;
  Status status = Status::Pass;
  rules::Severity severity = rules::Severity::Error;
  std::string message;
  Expected expected;
  std::optional<Actual> actual;
  yaml::Mark location;
  std::string title;  // in the report's language
  std::string note;   // the rule's interpretation note, in the report's language
};

enum class FileStatus { Pass, Fail, Error };
const char* file_status_name(FileStatus s);

struct FileResult {
  std::string file;
  std::string guide, direction, title, lead;
  FileStatus status = FileStatus::Pass;
  std::vector<Finding> findings;
  Diagnostics warnings;
  std::optional<Diagnostic> error;
  bool not_a_proposal = false;  // with an error: the file is no proposal (proposal::Parsed)
  int count(Status s) const;
};

struct Summary {
  int files = 0, passed = 0, failed = 0, errors = 0;
};
Summary summarize(const std::vector<FileResult>& results);

}  // namespace guidecheck::report
