#include "report/finding_text.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <string_view>
#include <vector>

#include "messages/text.h"
#include "report/paths.h"
#include "rules/requirement.h"

namespace guidecheck::report {

namespace {
// general/research_contents_covered and general/indicators_addressed: coverage
// of the direction's ids, expected as "all N", actual as the count covered.
bool coverage(const eval::Finding& f) {
  return f.rule && (f.rule->measure == "research_contents" || f.rule->measure == "indicators") &&
         f.expected.value;
}
}  // namespace

std::string actual_text(const eval::Finding& f) {
  if (!f.actual) return "";
  if (coverage(f) && f.actual->value) {
    std::string s = fmt::format("{}/{}", rules::format_number(*f.actual->value),
                                rules::format_number(*f.expected.value));
    std::string lacking = fmt::format("{}", fmt::join(f.actual->list, ", "));
    return lacking.empty() ? s : s + " (" + lacking + ")";
  }
  if (!f.actual->text.empty()) return f.actual->text;
  std::string s = fmt::format("{}", fmt::join(f.actual->list, ", "));
  if (!s.empty()) return "[" + s + "]";
  if (f.actual->value)
    return rules::format_number(*f.actual->value) +
           (f.actual->unit.empty() ? "" : " " + f.actual->unit);
  return "";
}

std::string expected_text(const eval::Finding& f, rules::Lang lang) {
  if (coverage(f))
    return msg::tr<msg::Id::report_expected_all>(lang, rules::format_number(*f.expected.value));
  return rules::requirement_text(f.expected, lang);
}

std::string place(const std::string& file, const Mark& m) {
  Mark k = known_mark(m);
  return fmt::format("{}:{}:{}", file, k.line, k.column);
}

std::string status_word(eval::Status s, rules::Lang lang) {
  switch (s) {
    case eval::Status::Pass:
      return msg::tr<msg::Id::report_status_pass>(lang);
    case eval::Status::Fail:
      return msg::tr<msg::Id::report_status_fail>(lang);
    case eval::Status::Missing:
      return msg::tr<msg::Id::report_status_missing>(lang);
    case eval::Status::Invalid:
      return msg::tr<msg::Id::report_status_invalid>(lang);
    case eval::Status::Waived:
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

std::string file_status_word(eval::FileStatus s, rules::Lang lang) {
  switch (s) {
    case eval::FileStatus::Pass:
      return msg::tr<msg::Id::report_file_status_pass>(lang);
    case eval::FileStatus::Fail:
      return msg::tr<msg::Id::report_file_status_fail>(lang);
    case eval::FileStatus::Error:
      return msg::tr<msg::Id::report_file_status_error>(lang);
  }
  return "?";
}

bool listed_as_problem(eval::Status s) {
  switch (s) {
    case eval::Status::Pass:
    case eval::Status::Waived:
      return false;
    case eval::Status::Fail:
    case eval::Status::Missing:
    case eval::Status::Invalid:
      return true;
  }
  return true;
}

bool blocking(const eval::Finding& f, const RenderOptions& o) {
  return eval::open_problem(f) && static_cast<int>(f.severity) <= static_cast<int>(o.fail_on);
}

Tally tally(const eval::FileResult& r) {
  Tally t;
  t.total = static_cast<int>(r.findings.size());
  for (const eval::Finding& f : r.findings) switch (f.status) {
      case eval::Status::Pass:
        ++t.pass;
        break;
      case eval::Status::Fail:
        ++t.fail;
        break;
      case eval::Status::Missing:
        ++t.missing;
        break;
      case eval::Status::Invalid:
        ++t.invalid;
        break;
      case eval::Status::Waived:
        ++t.waived;
        break;
    }
  return t;
}

std::string counts_text(const Tally& t, rules::Lang lang) {
  std::string s =
      msg::tr<msg::Id::report_text_counts>(lang, t.total, t.pass, t.fail, t.missing, t.invalid);
  if (t.waived) s += msg::tr<msg::Id::report_text_counts_waived>(lang, t.waived);
  return s;
}

namespace {
template <class Keep>
std::string ids(const eval::FileResult& r, Keep keep) {
  std::vector<std::string_view> v;
  for (const eval::Finding& f : r.findings)
    if (keep(f)) v.emplace_back(f.rule_id);
  return fmt::format("{}", fmt::join(v, " "));
}
}  // namespace

std::string failing_ids(const eval::FileResult& r) { return ids(r, eval::open_problem); }

std::string waived_ids(const eval::FileResult& r) {
  return ids(r, [](const eval::Finding& f) { return f.status == eval::Status::Waived; });
}

}  // namespace guidecheck::report
