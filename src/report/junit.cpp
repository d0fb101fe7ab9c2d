// check --format junit: JUnit XML as Jenkins (xUnit), GitLab and Azure read it.
// One <testsuite> per proposal, one <testcase> per requirement; a requirement
// that fails (at or above --fail-on) is a <failure> carrying the message, the
// location and the guide's text; one below --fail-on is <skipped> with the same
// details, so the suite fails exactly when the proposal does. A file that could
// not be checked is a suite whose one testcase, guidecheck/input, is an <error>.
// A waived requirement is <skipped message="waived: REASON — ...">.
// Valid against junit-10.xsd (no timestamps: time is always 0).
//
// Jenkins reads a testcase's classname as package.Class, split at its last
// dot: a path such as proposals/3.1-a.yaml would become the package
// "proposals/3.1-a" and the class "yaml". The classname is therefore
// "guidecheck." and the path with its dots written as '_'
// ("guidecheck.proposals/3_1-a_yaml": package guidecheck, one class per
// proposal); the exact path stays in the suite's name and file attributes.
//
// Streamed: the totals on <testsuites> come first but are known last, so the
// suites go to a scratch file (spool.h) as they come and are copied after it.
#include <fmt/format.h>

#include "common/safe_text.h"
#include "messages/text.h"
#include "report/finding_text.h"
#include "report/paths.h"
#include "report/sink.h"
#include "report/spool.h"

namespace guidecheck::report {
namespace {

// Untrusted text for a double-quoted attribute, and text composed of
// safe::text pieces for element content (the one escaping layer:
// common/safe_text.h).
std::string xml_attr(const std::string& s) { return safe::xml(s, true); }
std::string xml_text(const std::string& composed) { return safe::markup(composed, false); }
using safe::text;

// The body of a <failure>/<skipped>: everything a reader needs without the proposal.
std::string details(const std::string& file, const eval::Finding& f, const RenderOptions& o) {
  const rules::Lang lang = o.lang;
  std::string s = text(place(file, f.location)) + ": " + text(f.message) + "\n";
  s += msg::tr<msg::Id::report_junit_expected>(lang, text(expected_text(f, lang)));
  if (std::string a = actual_text(f); !a.empty())
    s += msg::tr<msg::Id::report_junit_actual>(lang, text(a));
  if (f.rule)
    s += msg::tr<msg::Id::report_junit_guide>(lang, text(f.rule->source.section),
                                              text(f.rule->source.text));
  if (!f.note.empty()) s += msg::tr<msg::Id::report_junit_note>(lang, text(f.note));
  // The status and severity names are the machine words (docs/messages.md).
  s += msg::tr<msg::Id::report_junit_status>(lang, eval::status_name(f.status),
                                             rules::severity_name(f.severity));
  if (f.waiver) {
    s += msg::tr<msg::Id::report_junit_waiver_reason>(lang, text(f.waiver->reason));
    if (!f.waiver->by.empty())
      s += msg::tr<msg::Id::report_junit_waived_by>(lang, text(f.waiver->by));
    if (!f.waiver->until.empty())
      s += msg::tr<msg::Id::report_junit_waived_until>(lang, text(f.waiver->until));
    if (f.waiver->external)
      s += msg::tr<msg::Id::report_junit_waiver_in>(lang,
                                                    text(place(f.waiver->file, f.waiver->mark)));
  }
  return s;
}

struct Counts {
  int tests = 0, failures = 0, errors = 0, skipped = 0;
};

Counts count(const eval::FileResult& r, const RenderOptions& o) {
  Counts c;
  c.tests = static_cast<int>(r.findings.size());
  for (const eval::Finding& f : r.findings) {
    if (f.status == eval::Status::Pass) continue;
    if (blocking(f, o))
      ++c.failures;
    else
      ++c.skipped;
  }
  if (r.error) ++c.tests, ++c.errors;
  return c;
}

void property(std::ostream& out, const char* name, const std::string& value) {
  if (!value.empty())
    out << "      <property name=\"" << name << "\" value=\"" << xml_attr(value) << "\"/>\n";
}

// The testcases' classname: see the top of this file.
std::string class_name(const std::string& file) {
  std::string c = "guidecheck." + file;
  for (std::size_t i = 11; i < c.size(); ++i)
    if (c[i] == '.') c[i] = '_';
  return c;
}

void suite(std::ostream& out, const eval::FileResult& r, const Counts& c, const RenderOptions& o) {
  const std::string& file = r.file;
  std::string classname = xml_attr(class_name(file));
  out << fmt::format(
      "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" "
      "time=\"0\" file=\"{}\"",
      xml_attr(file), c.tests, c.failures, c.errors, c.skipped, xml_attr(file));
  if (!r.guide.empty()) out << " package=\"" << xml_attr(r.guide) << "\"";
  if (!o.tool_version.empty()) out << " version=\"" << xml_attr(o.tool_version) << "\"";
  out << ">\n";
  out << "    <properties>\n";
  property(out, "guide", r.guide);
  property(out, "direction", r.direction);
  property(out, "title", r.title);
  property(out, "lead", r.lead);
  property(out, "status", eval::file_status_name(r.status));
  out << "    </properties>\n";
  if (r.error) {
    out << "    <testcase name=\"guidecheck/input\" classname=\"" << classname
        << "\" time=\"0\">\n";
    out << "      <error type=\"error\" message=\"" << xml_attr(r.error->message) << "\">"
        << xml_text(text(place(file, r.error->mark)) + ": " + text(r.error->message) + "\n")
        << "</error>\n";
    out << "    </testcase>\n";
  }
  for (const eval::Finding& f : r.findings) {
    out << "    <testcase name=\"" << xml_attr(f.rule_id) << "\" classname=\"" << classname
        << "\" time=\"0\"";
    if (f.status == eval::Status::Pass) {
      out << "/>\n";
      continue;
    }
    // A waived requirement is skipped with the waiver's reason: never a
    // pass, never a failure.
    const char* element = blocking(f, o) ? "failure" : "skipped";
    std::string message = f.status == eval::Status::Waived && f.waiver
                              ? "waived: " + f.waiver->reason + " — " + f.message
                              : f.message;
    out << ">\n      <" << element << " type=\"" << eval::status_name(f.status) << "\" message=\""
        << xml_attr(message) << "\">" << xml_text(details(file, f, o)) << "</" << element << ">\n";
    out << "    </testcase>\n";
  }
  if (!r.warnings.empty()) {
    std::string w;
    for (const eval::Notice& d : r.warnings)
      w += text(place(file, d.mark)) + ": " + (d.error ? "error" : "warning") + ": " +
           text(d.message) + "\n";
    out << "    <system-err>" << xml_text(w) << "</system-err>\n";
  }
  out << "  </testsuite>\n";
}

class JunitSink : public Sink {
 public:
  JunitSink(std::ostream& out, const RenderOptions& o) : out_(out), o_(o) {}
  void add(const eval::FileResult& r) override {
    Counts c = count(r, o_);
    total_.tests += c.tests;
    total_.failures += c.failures;
    total_.errors += c.errors;
    suite(spool_.stream(), r, c, o_);
  }
  void finish() override {
    out_ << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
    out_ << fmt::format(
        "<testsuites name=\"guidecheck\" tests=\"{}\" failures=\"{}\" errors=\"{}\" "
        "time=\"0\">\n",
        total_.tests, total_.failures, total_.errors);
    spool_.copy_to(out_);
    out_ << "</testsuites>\n";
  }

 private:
  std::ostream& out_;
  RenderOptions o_;
  Counts total_;
  Spool spool_;
};

}  // namespace

std::unique_ptr<Sink> open_junit(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<JunitSink>(out, o);
}

}  // namespace guidecheck::report
