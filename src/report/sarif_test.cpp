#include <nlohmann/json.hpp>
#include <set>

#include "catch_compat.h"
#include "report/json_fields.h"
#include "report/paths.h"
#include "report_samples.h"
#include "rules/requirement.h"

using namespace guidecheck;
using namespace guidecheck::testing;
using json = nlohmann::json;

namespace {

json expected_json(const rules::Expected& e) {
  std::string s;
  report::JsonWriter w(s);
  report::write_expected(w, e);
  return json::parse(s);
}

const char* level_for(const eval::Finding& f) {
  if (f.status == eval::Status::Pass) return "none";
  switch (f.severity) {
    case rules::Severity::Error:
      return "error";
    case rules::Severity::Warning:
      return "warning";
    case rules::Severity::Info:
      return "note";
  }
  return "?";
}

}  // namespace

TEST_CASE("sarif: rules, results and locations read back", "[sarif][formats]") {
  auto results = sample_results();
  report::RenderOptions o;
  o.tool_version = "9.8.7";
  // Passing findings are results only when asked (--sarif-passes); the rules
  // table holds every requirement of the directions met either way.
  bool passes = GENERATE(true, false);
  INFO("sarif_passes " << passes);
  o.sarif_passes = passes;
  json log = json::parse(render_with("sarif", results, o));
  REQUIRE(log["version"] == "2.1.0");
  REQUIRE(log["runs"].size() == 1);
  const json& run = log["runs"][0];
  CHECK(run["tool"]["driver"]["name"] == "guidecheck");
  CHECK(run["tool"]["driver"]["version"] == "9.8.7");
  const json& rules = run["tool"]["driver"]["rules"];
  const json& artifacts = run["artifacts"];

  // Every requirement of every checked proposal is a rule, once.
  std::set<std::string> rule_ids;
  for (const json& r : rules) CHECK(rule_ids.insert(r["id"].get<std::string>()).second);
  std::size_t expected_results = 0;
  for (const auto& r : results) {
    expected_results += r.error ? 1 : 0;
    for (const auto& f : r.findings) {
      CHECK(rule_ids.count(f.rule_id) == 1);
      expected_results += passes || f.status != eval::Status::Pass;
    }
  }
  CHECK(rule_ids.count("guidecheck/input") == 1);

  // Artifacts: one per file, in order.
  REQUIRE(artifacts.size() == results.size());
  for (std::size_t i = 0; i < results.size(); ++i)
    CHECK(artifacts[i]["location"]["uri"] == report::path_uri(results[i].file));

  const json& res = run["results"];
  REQUIRE(res.size() == expected_results);
  std::size_t k = 0;
  for (std::size_t i = 0; i < results.size(); ++i) {
    const eval::FileResult& r = results[i];
    INFO(r.file);
    auto check_location = [&](const json& result, const Mark& m) {
      REQUIRE(result["locations"].size() == 1);
      const json& pl = result["locations"][0]["physicalLocation"];
      CHECK(pl["artifactLocation"]["uri"] == report::path_uri(r.file));
      CHECK(pl["artifactLocation"]["index"] == i);
      Mark km = report::known_mark(m);
      CHECK(pl["region"]["startLine"] == km.line);
      CHECK(pl["region"]["startColumn"] == km.column);
      CHECK(pl["region"]["startLine"].get<int>() >= 1);
    };
    if (r.error) {
      const json& e = res[k++];
      CHECK(e["ruleId"] == "guidecheck/input");
      CHECK(rules[e["ruleIndex"].get<int>()]["id"] == "guidecheck/input");
      CHECK(e["level"] == "error");
      CHECK(e["message"]["text"] == r.error->message);
      check_location(e, r.error->mark);
    }
    for (const auto& f : r.findings) {
      if (!passes && f.status == eval::Status::Pass) continue;
      const json& x = res[k++];
      INFO(f.rule_id);
      CHECK(x["ruleId"] == f.rule_id);
      const json& rule = rules[x["ruleIndex"].get<int>()];
      CHECK(rule["id"] == f.rule_id);
      CHECK(x["kind"] == (f.status == eval::Status::Pass ? "pass" : "fail"));
      CHECK(x["level"] == level_for(f));
      CHECK(x["message"]["text"] == f.message);
      CHECK(x["properties"]["status"] == eval::status_name(f.status));
      check_location(x, f.location);
      // The rule carries the guide's text as help, the title, and op/value/unit.
      // Keys the format does not know: a failing finding with no guide rule
      // behind it, shown like any other (message, place) just above.
      if (!f.rule) {
        CHECK(f.rule_id == "general/unknown_key");
        CHECK(f.status == eval::Status::Fail);
        continue;
      }
      CHECK(rule["shortDescription"]["text"] == f.title);
      CHECK(rule["help"]["text"].get<std::string>().find(f.rule->source.text) != std::string::npos);
      CHECK(rule["fullDescription"]["text"].get<std::string>().find(f.rule->source.text) !=
            std::string::npos);
      json want = expected_json(rules::expected_of(*f.rule));
      CHECK(rule["properties"]["op"] == want["op"]);
      CHECK(rule["properties"].value("value", json()) == want.value("value", json()));
      CHECK(rule["properties"].value("unit", json()) == want.value("unit", json()));
      CHECK(rule["defaultConfiguration"]["level"] == (f.severity == rules::Severity::Error ? "error"
                                                      : f.severity == rules::Severity::Warning
                                                          ? "warning"
                                                          : "note"));
    }
  }
  // A file could not be checked: the run says so.
  const json& inv = run["invocations"][0];
  CHECK(inv["executionSuccessful"] == false);
  // A misspelt key is a failing result at the key, with the id meant.
  bool typo_reported = false;
  KeyPlace typo = find_key("examples/3.1-fail.yaml", "technical_suport");
  for (const json& x : res)
    if (x["ruleId"] == "general/unknown_key" &&
        x["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
            "examples/3.1-fail.yaml") {
      typo_reported = true;
      CHECK(x["level"] == "error");
      CHECK(x["kind"] == "fail");
      CHECK(x["message"]["text"].get<std::string>().find("did you mean `technical_support`?") !=
            std::string::npos);
      CHECK(x["locations"][0]["physicalLocation"]["region"]["startLine"] == typo.line);
      CHECK(x["locations"][0]["physicalLocation"]["region"]["startColumn"] == typo.key_column);
    }
  CHECK(typo_reported);
  CHECK(k == res.size());
  // No project URL: no informationUri, no helpUri.
  CHECK_FALSE(run["tool"]["driver"].contains("informationUri"));
  for (const json& r : rules) CHECK_FALSE(r.contains("helpUri"));
}

TEST_CASE("sarif: --project-url gives the tool's informationUri and each rule's helpUri",
          "[sarif][formats]") {
  report::RenderOptions o;
  o.project_url = "https://git.example/guidecheck";
  json run = json::parse(render_with("sarif", sample_results(), o))["runs"][0];
  CHECK(run["tool"]["driver"]["informationUri"] == o.project_url);
  REQUIRE(run["tool"]["driver"]["rules"].size() > 10);
  for (const json& r : run["tool"]["driver"]["rules"]) {
    CHECK(r["helpUri"] == o.project_url);
    CHECK(!r["help"]["text"].get<std::string>().empty());
    CHECK(!r["help"]["markdown"].get<std::string>().empty());
  }
}

TEST_CASE("sarif: known findings of an example", "[sarif][formats]") {
  auto all = sample_results();
  std::vector<eval::FileResult> one{*result_for(all, "examples/3.1-fail.yaml")};  // all checked
  json log = json::parse(render_with("sarif", one));
  const json& run = log["runs"][0];
  CHECK(run["invocations"][0]["executionSuccessful"] == true);
  const json* eff = nullptr;
  for (const json& x : run["results"])
    if (x["ruleId"] == "3.1/round_trip_efficiency") eff = &x;
  REQUIRE(eff);
  CHECK((*eff)["level"] == "error");
  KeyPlace at = find_key("examples/3.1-fail.yaml", "round_trip_efficiency");
  CHECK((*eff)["locations"][0]["physicalLocation"]["region"]["startLine"] == at.line);
  CHECK((*eff)["locations"][0]["physicalLocation"]["region"]["startColumn"] == at.value_column);
  CHECK((*eff)["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] ==
        "examples/3.1-fail.yaml");
  // The missing indicator points at the enclosing indicators: key.
  int missing = 0;
  for (const json& x : run["results"])
    if (x["ruleId"] == "3.1/technical_support") {
      ++missing;
      CHECK(x["properties"]["status"] == "missing");
      CHECK(x["locations"][0]["physicalLocation"]["region"]["startLine"] ==
            find_key("examples/3.1-fail.yaml", "indicators").line);
    }
  CHECK(missing == 1);
}

TEST_CASE("sarif: info-severity findings are notes, paths become URIs", "[sarif][formats]") {
  auto all = sample_results();
  std::vector<eval::FileResult> one{*result_for(all, "tests/data/formats/10.4-info.yaml")};
  one[0].file = "提案 目录/4.3 a%b.yaml";
  json log = json::parse(render_with("sarif", one));
  const json& run = log["runs"][0];
  CHECK(run["artifacts"][0]["location"]["uri"] ==
        "%E6%8F%90%E6%A1%88%20%E7%9B%AE%E5%BD%95/4.3%20a%25b.yaml");
  int warnings = 0;
  for (const json& x : run["results"])
    if (x["kind"] == "fail") {
      CHECK(x["level"] == "note");
      ++warnings;
    }
  CHECK(warnings == 1);
}

TEST_CASE("sarif survives text that is not valid UTF-8", "[sarif][formats]") {
  eval::FileResult r;
  r.file = "bad\xff.yaml";
  r.status = eval::FileStatus::Error;
  r.error = eval::Notice{r.file, {}, "not UTF-8: \xc3\x28", true};
  std::string out = render_with("sarif", {r});
  json log = json::parse(out);
  CHECK(log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"]["startLine"] ==
        1);
  CHECK(log["runs"][0]["artifacts"][0]["location"]["uri"] == "bad%FF.yaml");
}

TEST_CASE("sarif: a waived finding is a failing result suppressed with the waiver's reason",
          "[sarif][formats][waivers]") {
  auto results = sample_results();
  json log = json::parse(render_with("sarif", results));
  std::size_t waived = 0, suppressed = 0;
  for (const auto& r : results) waived += static_cast<std::size_t>(r.count(eval::Status::Waived));
  REQUIRE(waived > 0);
  for (const json& x : log["runs"][0]["results"]) {
    bool is_waived = x.contains("properties") && x["properties"]["status"] == "waived";
    CHECK(x.contains("suppressions") == is_waived);
    if (!is_waived) continue;
    ++suppressed;
    CHECK(x["kind"] == "fail");
    CHECK(x["properties"]["blocking"] == false);
    REQUIRE(x["suppressions"].size() == 1);
    CHECK(x["suppressions"][0]["kind"] == "inSource");
    CHECK(x["suppressions"][0]["status"] == "accepted");
    CHECK(x["suppressions"][0]["justification"] == "approved, letter 17 <ok>");
    CHECK(x["suppressions"][0]["properties"]["by"] == "Wang");
  }
  CHECK(suppressed == waived);
}
