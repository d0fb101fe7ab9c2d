#include "api/convert.h"

#include <sstream>

#include "report/finding_text.h"
#include "report/formats.h"

namespace guidecheck::api {
namespace {

// Switches without a default: a new status does not compile until it is
// mapped here (-Wswitch).
Status status_of(eval::Status s) {
  switch (s) {
    case eval::Status::Pass:
      return Status::Pass;
    case eval::Status::Fail:
      return Status::Fail;
    case eval::Status::Missing:
      return Status::Missing;
    case eval::Status::Invalid:
      return Status::Invalid;
    case eval::Status::Waived:
      return Status::Waived;
  }
  return Status::Invalid;  // not reached: every status is listed above
}

Severity severity_of(rules::Severity s) {
  switch (s) {
    case rules::Severity::Error:
      return Severity::Error;
    case rules::Severity::Warning:
      return Severity::Warning;
    case rules::Severity::Info:
      return Severity::Info;
  }
  return Severity::Error;  // not reached
}

Verdict verdict_of(eval::FileStatus s) {
  switch (s) {
    case eval::FileStatus::Pass:
      return Verdict::Pass;
    case eval::FileStatus::Fail:
      return Verdict::Fail;
    case eval::FileStatus::Error:
      return Verdict::Error;
  }
  return Verdict::Error;  // not reached
}

Location location_of(const Mark& m) {
  return Location{m.line > 0 ? m.line : 0, m.column > 0 ? m.column : 0};
}

}  // namespace

Result to_public(const eval::FileResult& r, rules::Lang lang, rules::Severity fail_on, bool json) {
  report::RenderOptions ro;
  ro.lang = lang;
  ro.fail_on = fail_on;
  ro.tool_version = GUIDECHECK_VERSION;

  Result out;
  out.file = r.file;
  out.guide = r.guide;
  out.direction = r.direction;
  out.title = r.title;
  out.verdict = verdict_of(r.status);
  if (r.error) {
    out.error = r.error->message;
    out.error_location = location_of(r.error->mark);
  }
  report::Tally n = report::tally(r);
  out.counts.pass = n.pass;
  out.counts.fail = n.fail;
  out.counts.missing = n.missing;
  out.counts.invalid = n.invalid;
  out.counts.waived = n.waived;
  out.findings.reserve(r.findings.size());
  for (const eval::Finding& f : r.findings) {
    Finding p;
    p.rule = f.rule_id;
    p.status = status_of(f.status);
    p.severity = severity_of(f.severity);
    p.blocking = report::blocking(f, ro);
    p.title = f.title;
    p.message = f.message;
    p.requirement = report::expected_text(f, lang);
    p.value = report::actual_text(f);
    if (f.rule) {
      p.guide_section = f.rule->source.section;
      p.guide_quote = f.rule->source.text;
    }
    p.note = f.note;
    if (f.waiver) p.waiver_reason = f.waiver->reason;
    p.location = location_of(f.location);
    out.findings.push_back(std::move(p));
  }
  for (const auto& w : r.warnings) out.warnings.push_back({w.message, location_of(w.mark)});
  if (json) {
    // The renderer of `check --format json`, fed this one result.
    std::ostringstream s;
    auto sink = report::find_format("json")->open(s, ro);
    sink->add(r);
    sink->finish();
    out.json = std::move(s).str();
  }
  return out;
}

}  // namespace guidecheck::api
