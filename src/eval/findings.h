// What a check produces: one FileResult per proposal, one Finding per
// requirement. Every renderer (text, json, ...) reads only this; the
// evaluation (eval/evaluate.h) makes it.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "rules/model.h"
#include "rules/requirement.h"

namespace guidecheck::eval {

// Waived: a waiver with a reason covers a finding that does not pass
// (contract §4). It never counts as a pass, nor as a failure of the proposal.
enum class Status { Pass, Fail, Missing, Invalid, Waived };
const char* status_name(Status s);

// The waiver that covers a finding (status Waived), as reports show it.
struct WaiverInfo {
  std::string reason, by, until;  // until: YYYY-MM-DD or ""
  // Where the waiver is written: the proposal's own `waivers:` (in source) or
  // a config file's (external; `file` names it).
  bool external = false;
  std::string file;
  Mark mark;
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
  rules::Expected expected;
  std::optional<Actual> actual;
  Mark location;
  std::string title;                 // in the report's language
  std::string note;                  // the rule's interpretation note, in the report's language
  std::optional<WaiverInfo> waiver;  // with status Waived
};

// True for a finding that neither passes nor is waived: what fails a proposal
// (at or above --fail-on) and what reports list as problems.
inline bool open_problem(const Finding& f) {
  return f.status != Status::Pass && f.status != Status::Waived;
}

// An error or warning about a file, in the report's language: a Diagnostic
// (common/diagnostic.h) rendered by the layer that knows the language.
struct Notice {
  std::string file;
  Mark mark;
  std::string message;
  bool error = true;  // false: a warning
  std::string where() const;
};
Notice notice(const Diagnostic& d, rules::Lang lang);
std::vector<Notice> notices(const Diagnostics& d, rules::Lang lang);
// Adds a warning up to kMaxWarningsPerFile, as add_warning does for Diagnostics.
void add_notice(std::vector<Notice>& warnings, Notice n, rules::Lang lang);

enum class FileStatus { Pass, Fail, Error };
const char* file_status_name(FileStatus s);

struct FileResult {
  std::string file;
  std::string guide, direction, title, lead;
  FileStatus status = FileStatus::Pass;
  std::vector<Finding> findings;
  std::vector<Notice> warnings;
  std::optional<Notice> error;
  bool not_a_proposal = false;  // with an error: the file is no proposal (proposal::Parsed)
  int count(Status s) const;
};

struct Summary {
  int files = 0, passed = 0, failed = 0, errors = 0;
  int waived = 0;  // findings waived, over all files (never counted as passed)
  void add(const FileResult& r);
};
Summary summarize(const std::vector<FileResult>& results);

}  // namespace guidecheck::eval
