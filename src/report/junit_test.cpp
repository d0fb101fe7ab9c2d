// JUnit output parsed back with libxml2 (a real XML parser): structure,
// counts, and every failure's message, location and guide text.
#include <fmt/format.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>

#include "catch_compat.h"
#include "report/finding_text.h"
#include "report_samples.h"

using namespace guidecheck;
using namespace guidecheck::testing;

namespace {

struct Doc {
  std::unique_ptr<xmlDoc, void (*)(xmlDocPtr)> doc{nullptr, xmlFreeDoc};
  explicit Doc(const std::string& s)
      : doc(xmlReadMemory(s.data(), static_cast<int>(s.size()), "junit.xml", "UTF-8",
                          XML_PARSE_NONET),
            xmlFreeDoc) {}
  xmlNode* root() const { return doc ? xmlDocGetRootElement(doc.get()) : nullptr; }
};

std::string name_of(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

std::string attr(const xmlNode* n, const char* a) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(a));
  if (!v) return "<absent>";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

std::string content(const xmlNode* n) {
  xmlChar* v = xmlNodeGetContent(n);
  std::string s(v ? reinterpret_cast<const char*>(v) : "");
  xmlFree(v);
  return s;
}

std::vector<const xmlNode*> children(const xmlNode* n, const char* name = nullptr) {
  std::vector<const xmlNode*> out;
  for (const xmlNode* c = n->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE && (!name || name_of(c) == name)) out.push_back(c);
  return out;
}

}  // namespace

namespace {

// The testcase of a file that could not be checked: one error, at its place.
void check_input_error(const eval::FileResult& r, const xmlNode* tc) {
  CHECK(attr(tc, "name") == "guidecheck/input");
  auto errs = children(tc, "error");
  REQUIRE(errs.size() == 1);
  CHECK(attr(errs[0], "message") == r.error->message);
  CHECK(content(errs[0]).find(report::place(r.file, r.error->mark)) != std::string::npos);
}

// One requirement's testcase: its name and classname, and a failure or a
// skip (message, place, guide text) when it does not pass, counted into
// `failures` or `skipped`.
void check_testcase(const eval::FileResult& r, const eval::Finding& f, const xmlNode* tc,
                    int& failures, int& skipped) {
  INFO(f.rule_id);
  CHECK(attr(tc, "name") == f.rule_id);
  // Jenkins splits at the last dot: no dot of the path's.
  std::string classname = attr(tc, "classname");
  CHECK(classname.rfind("guidecheck.", 0) == 0);
  CHECK(classname.find('.', 11) == std::string::npos);
  CHECK(classname.substr(11).size() == r.file.size());
  if (r.file == "examples/3.1-fail.yaml") CHECK(classname == "guidecheck.examples/3_1-fail_yaml");
  auto fails = children(tc, "failure");
  auto skips = children(tc, "skipped");
  if (f.status == eval::Status::Pass) {
    CHECK(fails.empty());
    CHECK(skips.empty());
    return;
  }
  // A waived requirement is skipped, its message the waiver's reason first.
  bool blocking = f.severity == rules::Severity::Error && f.status != eval::Status::Waived;
  const auto& el = blocking ? fails : skips;
  REQUIRE(el.size() == 1);
  (blocking ? failures : skipped)++;
  if (f.waiver)
    CHECK(attr(el[0], "message") == "waived: " + f.waiver->reason + " — " + f.message);
  else
    CHECK(attr(el[0], "message") == f.message);
  CHECK(attr(el[0], "type") == eval::status_name(f.status));
  std::string body = content(el[0]);
  CHECK(body.find(report::place(r.file, f.location) + ": " + f.message) != std::string::npos);
  // Keys the format does not know: a failing finding with no guide rule
  // behind it, shown like any other (message, place) just above.
  if (!f.rule) {
    CHECK(f.rule_id == "general/unknown_key");
    CHECK(f.status == eval::Status::Fail);
    return;
  }
  CHECK(body.find(f.rule->source.text) != std::string::npos);
}

// A testsuite's properties round-trip, the hostile title included.
void check_properties(const eval::FileResult& r, const xmlNode* s) {
  std::map<std::string, std::string> props;
  for (const xmlNode* ps : children(s, "properties"))
    for (const xmlNode* p : children(ps, "property")) props[attr(p, "name")] = attr(p, "value");
  CHECK(props["status"] == eval::file_status_name(r.status));
  if (!r.title.empty()) CHECK(props["title"] == r.title);
  if (!r.direction.empty()) CHECK(props["direction"] == r.direction);
}

}  // namespace

TEST_CASE("junit: a testsuite per proposal, a testcase per requirement", "[junit][formats]") {
  auto results = sample_results();
  Doc d(render_with("junit", results));
  REQUIRE(d.root());
  REQUIRE(name_of(d.root()) == "testsuites");
  auto suites = children(d.root(), "testsuite");
  REQUIRE(suites.size() == results.size());
  int total_tests = 0, total_failures = 0, total_errors = 0;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const eval::FileResult& r = results[i];
    const xmlNode* s = suites[i];
    INFO(r.file);
    CHECK(attr(s, "name") == r.file);
    auto cases = children(s, "testcase");
    REQUIRE(cases.size() == r.findings.size() + (r.error ? 1 : 0));
    int failures = 0, skipped = 0;
    std::size_t c = 0;
    if (r.error) check_input_error(r, cases[c++]);
    for (const auto& f : r.findings) check_testcase(r, f, cases[c++], failures, skipped);
    CHECK(attr(s, "tests") == std::to_string(cases.size()));
    CHECK(attr(s, "failures") == std::to_string(failures));
    CHECK(attr(s, "skipped") == std::to_string(skipped));
    CHECK(attr(s, "errors") == std::to_string(r.error ? 1 : 0));
    total_tests += static_cast<int>(cases.size());
    total_failures += failures;
    total_errors += r.error ? 1 : 0;
    check_properties(r, s);
  }
  CHECK(attr(d.root(), "tests") == std::to_string(total_tests));
  CHECK(attr(d.root(), "failures") == std::to_string(total_failures));
  CHECK(attr(d.root(), "errors") == std::to_string(total_errors));
  CHECK(total_errors == 2);
  CHECK(total_failures > 0);
}

TEST_CASE("junit: --fail-on info turns info findings from skipped into failures",
          "[junit][formats]") {
  for (auto fail_on : {rules::Severity::Error, rules::Severity::Info}) {
    auto all = sample_results(fail_on);
    std::vector<eval::FileResult> one{*result_for(all, "tests/data/formats/10.4-info.yaml")};
    report::RenderOptions o;
    o.fail_on = fail_on;
    Doc d(render_with("junit", one, o));
    REQUIRE(d.root());
    const xmlNode* s = children(d.root(), "testsuite").at(0);
    bool strict = fail_on == rules::Severity::Info;
    CHECK(attr(s, "failures") == (strict ? "1" : "0"));
    CHECK(attr(s, "skipped") == (strict ? "0" : "1"));
    int seen = 0;
    for (const xmlNode* tc : children(s, "testcase"))
      if (attr(tc, "name") == "10.4/biobank_accreditation_preferred") {
        ++seen;
        CHECK(children(tc, strict ? "failure" : "skipped").size() == 1);
      }
    CHECK(seen == 1);
  }
}

TEST_CASE(
    "junit: unknown keys fail and warnings go to system-err, control bytes and bad UTF-8 "
    "stay well-formed",
    "[junit][formats]") {
  auto all = sample_results();
  std::vector<eval::FileResult> one{*result_for(all, "examples/3.1-fail.yaml")};
  one[0].warnings.push_back({one[0].file, {3, 4}, "a warning", false});
  Doc d(render_with("junit", one));
  REQUIRE(d.root());
  auto errs = children(children(d.root(), "testsuite").at(0), "system-err");
  REQUIRE(errs.size() == 1);
  CHECK(content(errs[0]).find("examples/3.1-fail.yaml:3:4: warning: a warning") !=
        std::string::npos);
  // The misspelt indicator id is a failing testcase at the key, with the id meant.
  KeyPlace typo = find_key("examples/3.1-fail.yaml", "technical_suport");
  int seen = 0;
  for (const xmlNode* tc : children(children(d.root(), "testsuite").at(0), "testcase"))
    if (attr(tc, "name") == "general/unknown_key") {
      ++seen;
      auto failure = children(tc, "failure");
      REQUIRE(failure.size() == 1);
      CHECK(attr(failure[0], "message").find("did you mean `technical_support`?") !=
            std::string::npos);
      CHECK(content(failure[0])
                .find(fmt::format("examples/3.1-fail.yaml:{}:{}", typo.line, typo.key_column)) !=
            std::string::npos);
    }
  CHECK(seen == 1);

  eval::FileResult r;
  r.file = "x.yaml";
  r.status = eval::FileStatus::Error;
  r.error =
      eval::Notice{"x.yaml", {2, 3}, "bad \x01 byte \xff and \"quotes\" <&>\nnext line", true};
  Doc bad(render_with("junit", {r}));
  REQUIRE(bad.root());
  const xmlNode* e =
      children(children(children(bad.root(), "testsuite").at(0), "testcase").at(0), "error").at(0);
  // safe_text shows a control byte and a line break as visible escapes (as
  // every format does) and a broken byte as U+FFFD: the attribute stays XML.
  CHECK(attr(e, "message") == "bad \\x01 byte \xEF\xBF\xBD and \"quotes\" <&>\\nnext line");
  CHECK(content(e).find("x.yaml:2:3: bad") == 0);
}
