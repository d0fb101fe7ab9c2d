#include "report/finding_text.h"

#include <fmt/format.h>

#include "eval/evaluate.h"
#include "messages/text.h"
#include "report/paths.h"

namespace guidecheck::report {

namespace {
// general/research_contents_covered and general/indicators_addressed: coverage
// of the direction's ids, expected as "all N", actual as the count covered.
bool coverage(const Finding& f) {
  return f.rule && rules::covers_direction(f.rule->measure) && f.expected.value;
}
}  // namespace

std::string actual_text(const Finding& f) {
  if (!f.actual) return "";
  if (coverage(f) && f.actual->value) {
    std::string s = fmt::format("{}/{}", eval::format_number(*f.actual->value),
                                eval::format_number(*f.expected.value));
    std::string lacking;
    for (const auto& x : f.actual->list) lacking += (lacking.empty() ? "" : ", ") + x;
    return lacking.empty() ? s : s + " (" + lacking + ")";
  }
  if (!f.actual->text.empty()) return f.actual->text;
  std::string s;
  for (const auto& x : f.actual->list) s += (s.empty() ? "" : ", ") + x;
  if (!s.empty()) return "[" + s + "]";
  if (f.actual->value)
    return eval::format_number(*f.actual->value) +
           (f.actual->unit.empty() ? "" : " " + f.actual->unit);
  return "";
}

std::string expected_text(const Finding& f, rules::Lang lang) {
  if (coverage(f))
    return msg::tr<msg::Id::report_expected_all>(lang, eval::format_number(*f.expected.value));
  return eval::requirement_text(f.expected, lang);
}

std::string place(const std::string& file, const yaml::Mark& m) {
  yaml::Mark k = known_mark(m);
  return fmt::format("{}:{}:{}", file, k.line, k.column);
}

std::string status_word(Status s, rules::Lang lang) {
  switch (s) {
    case Status::Pass:
      return msg::tr<msg::Id::report_status_pass>(lang);
    case Status::Fail:
      return msg::tr<msg::Id::report_status_fail>(lang);
    case Status::Missing:
      return msg::tr<msg::Id::report_status_missing>(lang);
    case Status::Invalid:
      return msg::tr<msg::Id::report_status_invalid>(lang);
    case Status::Waived:
      return msg::tr<msg::Id::report_status_waived>(lang);
  }
  return "?";
}

std::string severity_word(rules::Severity s, rules::Lang lang) {
  switch (s) {
    case rules::Severity::Error:
      return msg::tr<msg::Id::report_severity_error>(lang);
    case rules::Severity::Warning:
      return msg::tr<msg::Id::report_severity_warning>(lang);
    case rules::Severity::Info:
      return msg::tr<msg::Id::report_severity_info>(lang);
  }
  return "?";
}

std::string file_status_word(FileStatus s, rules::Lang lang) {
  switch (s) {
    case FileStatus::Pass:
      return msg::tr<msg::Id::report_file_status_pass>(lang);
    case FileStatus::Fail:
      return msg::tr<msg::Id::report_file_status_fail>(lang);
    case FileStatus::Error:
      return msg::tr<msg::Id::report_file_status_error>(lang);
  }
  return "?";
}

bool listed_as_problem(Status s) {
  switch (s) {
    case Status::Pass:
    case Status::Waived:
      return false;
    case Status::Fail:
    case Status::Missing:
    case Status::Invalid:
      return true;
  }
  return true;
}

bool blocking(const Finding& f, const RenderOptions& o) {
  return open_problem(f) && static_cast<int>(f.severity) <= static_cast<int>(o.fail_on);
}

}  // namespace guidecheck::report
