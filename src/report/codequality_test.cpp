// --format codequality parsed back as GitLab reads it: an array of issues,
// each with description, check_name, fingerprint, severity (one of GitLab's
// five) and location.path / location.lines.begin; fingerprints unique and
// stable while the issue stays, whatever its line or wording.
#include <nlohmann/json.hpp>
#include <set>

#include "catch_compat.h"
#include "report/finding_text.h"
#include "report/paths.h"
#include "report_samples.h"

using namespace guidecheck;
using namespace guidecheck::testing;
using json = nlohmann::json;

namespace {

json parse(const std::vector<eval::FileResult>& results, const report::RenderOptions& o = {}) {
  return json::parse(render_with("codequality", results, o));
}

// The issues of the proposal `text` checked as `file`.
json check(const std::string& file, const std::string& text, rules::Lang lang = rules::Lang::En) {
  eval::Options opt;
  opt.lang = lang;
  static std::map<int, std::unique_ptr<eval::Checker>> checkers;
  auto& c = checkers[static_cast<int>(lang)];
  if (!c) c = std::make_unique<eval::Checker>(eval::make_source(""), opt);
  report::RenderOptions o;
  o.lang = lang;
  return parse({c->check_text(file, text)}, o);
}

std::map<std::string, std::string> fingerprints_by_check(const json& issues) {
  std::map<std::string, std::string> m;
  for (const auto& i : issues) m[i.at("check_name").get<std::string>()] = i.at("fingerprint");
  return m;
}

}  // namespace

TEST_CASE("codequality: one issue per finding that does not pass, GitLab's fields",
          "[codequality][formats]") {
  auto results = sample_results();
  json issues = parse(results);
  REQUIRE(issues.is_array());
  std::size_t k = 0;
  std::set<std::string> fingerprints;
  for (const auto& r : results) {
    INFO(r.file);
    if (r.error) {
      const json& i = issues.at(k++);
      CHECK(i.at("check_name") == "guidecheck/input");
      CHECK(i.at("severity") == "critical");
      CHECK(i.at("description") == "could not be checked: " + r.error->message);
      CHECK(i.at("location").at("path") == report::repo_path(r.file));
      CHECK(i.at("location").at("lines").at("begin") == std::max(1, r.error->mark.line));
      fingerprints.insert(i.at("fingerprint").get<std::string>());
    }
    for (const auto& f : r.findings) {
      if (!report::listed_as_problem(f.status)) continue;  // passed or waived: not listed
      INFO(f.rule_id);
      const json& i = issues.at(k++);
      CHECK(i.size() == 5);
      CHECK(i.at("description") == f.message);
      CHECK(i.at("check_name") == f.rule_id);
      CHECK(i.at("severity") == (f.severity == rules::Severity::Error     ? "major"
                                 : f.severity == rules::Severity::Warning ? "minor"
                                                                          : "info"));
      CHECK(i.at("location").size() == 2);
      CHECK(i.at("location").at("path") == report::repo_path(r.file));
      CHECK(i.at("location").at("lines").at("begin") == f.location.line);
      std::string fp = i.at("fingerprint");
      CHECK(fp.size() == 32);
      CHECK(fp.find_first_not_of("0123456789abcdef") == std::string::npos);
      CHECK(fingerprints.insert(fp).second);  // unique
    }
  }
  CHECK(k == issues.size());
  CHECK(k > 10);
  // Nothing to report: an empty array.
  const eval::FileResult* pass = result_for(results, "examples/3.1-pass.yaml");
  REQUIRE(pass);
  CHECK(parse({*pass}) == json::array());
}

TEST_CASE("codequality: a fingerprint does not move with the line, the wording or the language",
          "[codequality][formats]") {
  std::string text = read_source_file("examples/3.1-fail.yaml");
  json before = check("p/a.yaml", text);
  REQUIRE(!before.empty());
  // Five lines of comments at the top move every finding down.
  json after = check("p/a.yaml", "# one\n# two\n# three\n# four\n# five\n" + text);
  REQUIRE(after.size() == before.size());
  CHECK(after[0].at("location").at("lines").at("begin").get<int>() ==
        before[0].at("location").at("lines").at("begin").get<int>() + 5);
  CHECK(fingerprints_by_check(after) == fingerprints_by_check(before));
  // Other words for the same issues.
  json zh = check("p/a.yaml", text, rules::Lang::Zh);
  CHECK(zh[0].at("description") != before[0].at("description"));
  CHECK(fingerprints_by_check(zh) == fingerprints_by_check(before));
  // Another file: other fingerprints.
  auto other = fingerprints_by_check(check("p/b.yaml", text));
  for (const auto& [name, fp] : fingerprints_by_check(before)) CHECK(other.at(name) != fp);
}

TEST_CASE("codequality: several unknown keys in one file get distinct fingerprints",
          "[codequality][formats]") {
  std::string text = read_source_file("examples/3.1-pass.yaml");
  json a = check("u.yaml", text + "extra_one: 1\nextra_two: 2\n");
  std::set<std::string> fps;
  int unknown = 0;
  for (const auto& i : a) {
    fps.insert(i.at("fingerprint").get<std::string>());
    unknown += i.at("check_name") == "general/unknown_key";
  }
  CHECK(unknown == 2);
  CHECK(fps.size() == a.size());
  // The key names them: swapping the order keeps each key's fingerprint.
  json b = check("u.yaml", text + "extra_two: 2\nextra_one: 1\n");
  std::set<std::string> fps_b;
  for (const auto& i : b) fps_b.insert(i.at("fingerprint").get<std::string>());
  CHECK(fps_b == fps);
}
