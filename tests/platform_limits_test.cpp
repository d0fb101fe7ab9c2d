// The CI platforms' limits, end to end on a generated batch: the Markdown step
// summary stays under GitHub's 1 MiB by summarising and says what it cut; the
// github annotations stay within GitHub's 10 of each level per step.
#include <fmt/format.h>

#include <map>
#include <nlohmann/json.hpp>
#include <regex>

#include "batch_helpers.h"
#include "catch_compat.h"

using json = nlohmann::json;
namespace fs = std::filesystem;
using namespace guidecheck::testing;

namespace {

int not_passing(const json& r) {
  int n = r.contains("error") && !r["error"].is_null() ? 1 : 0;
  for (const auto& f : r["findings"]) n += f["status"] != "pass";
  return n;
}

struct Shortened {
  int sections = 0, rows = 0, rows_said = 0, passing = 0, cut = 0, cut_findings = 0;
};

// Counts the parts of a Markdown report and reads its closing paragraph.
Shortened read_markdown(const std::string& md) {
  Shortened s;
  std::istringstream in(md);
  bool in_rows = false;
  for (std::string l; std::getline(in, l);) {
    if (l.rfind("### The other proposals", 0) == 0) {
      in_rows = true;
      continue;
    }
    if (l.rfind("### ", 0) == 0) ++s.sections;
    if (in_rows && l.rfind("| ", 0) == 0 && l.find("| file |") == std::string::npos) ++s.rows;
    if (in_rows && l.empty() && s.rows) in_rows = false;
  }
  std::smatch m;
  std::regex closing(
      R"(\*\*This summary is shortened\*\* to stay under 1000000 bytes \(GitHub takes at most 1 MiB per step summary\): (\d+) proposals? that do not pass are one row each above, (\d+) passing proposals? (?:is|are) not listed, and (\d+) proposals? \((\d+) findings? that do not pass\) left out\. The full report: run guidecheck with `--format markdown=FILE --markdown-limit 0`)");
  if (std::regex_search(md, m, closing)) {
    s.rows_said = std::stoi(m[1]);
    s.passing = std::stoi(m[2]);
    s.cut = std::stoi(m[3]);
    s.cut_findings = std::stoi(m[4]);
  } else {
    s.rows_said = -1;
  }
  return s;
}

}  // namespace

TEST_CASE("markdown: a batch too large for GitHub's step summary is summarised under 1 MiB",
          "[batch-e2e][markdown]") {
  fs::path d = scratch("md-limit");
  generate(d / "in", 700, 41, /*fail=*/0.5, /*malformed=*/0.03);
  std::string in = shq((d / "in").string());
  Ran full = run_binary(
      "check " + in + " --jobs 2 --markdown-limit 0 --format json=" + shq((d / "r.json").string()) +
      " --format markdown=" + shq((d / "full.md").string()));
  REQUIRE(full.code == 2);  // some generated files are malformed
  json j = json::parse(slurp(d / "r.json"));
  const auto& results = j["results"];
  REQUIRE(results.size() == 700);
  std::string whole = slurp(d / "full.md");
  CHECK(whole.size() > (1u << 20));  // the batch needs summarising
  CHECK(whole.find("This summary is shortened") == std::string::npos);

  for (int limit : {1000000, 60000}) {
    INFO(limit);
    fs::path md = d / ("l" + std::to_string(limit) + ".md");
    std::string opt = limit == 1000000 ? "" : " --markdown-limit " + std::to_string(limit);
    Ran r = run_binary("check " + in + " --jobs 2 --format markdown=" + shq(md.string()) + opt);
    CHECK(r.code == full.code);
    std::string s = slurp(md);
    CHECK(s.size() <= static_cast<std::size_t>(limit));
    CHECK(s.size() < (1u << 20));
    // The totals are the whole batch's.
    CHECK(s.find(fmt::format("| {} | {} | {} | {} |", j["summary"]["files"].get<int>(),
                             j["summary"]["passed"].get<int>(), j["summary"]["failed"].get<int>(),
                             j["summary"]["errors"].get<int>())) != std::string::npos);
    // The details are the full report's beginning, byte for byte.
    std::size_t shortened = s.find("### The other proposals");
    REQUIRE(shortened != std::string::npos);
    CHECK(whole.compare(0, shortened, s, 0, shortened) == 0);
    if (limit != 1000000) {
      std::string closing = "**This summary is shortened** to stay under " + std::to_string(limit);
      REQUIRE(s.find(closing) != std::string::npos);
      s.replace(s.find(closing), closing.size(),
                "**This summary is shortened** to stay under 1000000");
    }
    Shortened c = read_markdown(s);
    REQUIRE(c.rows_said >= 0);
    CHECK(c.rows == c.rows_said);
    CHECK(c.sections + c.rows + c.passing + c.cut == 700);
    // Counted from the JSON: after the detailed ones, passing proposals are
    // counted, the first `rows` others are rows, the rest cut with their findings.
    int passing = 0, rows = 0, cut = 0, cut_findings = 0;
    for (std::size_t i = static_cast<std::size_t>(c.sections); i < results.size(); ++i) {
      if (results[i]["status"] == "pass")
        ++passing;
      else if (rows < c.rows)
        ++rows;
      else
        ++cut, cut_findings += not_passing(results[i]);
    }
    CHECK(passing == c.passing);
    CHECK(cut == c.cut);
    CHECK(cut_findings == c.cut_findings);
    CHECK((limit == 1000000 ? c.cut == 0 : c.cut > 0));
  }
  fs::remove_all(d);
}

TEST_CASE("github: a large batch gives at most 10 annotations of each level and a last notice",
          "[batch-e2e][github]") {
  fs::path d = scratch("gh-limit");
  generate(d / "in", 60, 43, /*fail=*/0.6, /*malformed=*/0.05);
  Ran r = run_binary("check " + shq((d / "in").string()) + " --format github");
  Ran all =
      run_binary("check " + shq((d / "in").string()) + " --format github --max-annotations 0");
  std::map<std::string, int> shown, total;
  std::istringstream a(r.out), b(all.out);
  std::vector<std::string> lines;
  for (std::string l; std::getline(a, l);) lines.push_back(l), ++shown[l.substr(0, l.find(' '))];
  for (std::string l; std::getline(b, l);) ++total[l.substr(0, l.find(' '))];
  REQUIRE(total["::error"] > 10);
  CHECK(shown["::error"] == 10);
  CHECK(shown["::warning"] == std::min(10, total["::warning"]));
  CHECK(shown["::notice"] <= 10);
  // Errors first, then warnings, then notices.
  std::string order;
  for (const auto& l : lines) order += l[2];
  CHECK(std::is_sorted(order.begin(), order.end(), [](char x, char y) {
    auto rank = [](char c) { return c == 'e' ? 0 : c == 'w' ? 1 : 2; };
    return rank(x) < rank(y);
  }));
  int left_out = total["::error"] + total["::warning"] + total["::notice"] -
                 (shown["::error"] + shown["::warning"] + shown["::notice"] - 1);
  CHECK(lines.back().rfind("::notice title=guidecheck::" + std::to_string(left_out) +
                               " more annotations not shown",
                           0) == 0);
  fs::remove_all(d);
}
