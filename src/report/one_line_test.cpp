// --format gcc and --format compact parsed back: one line per finding that
// does not pass, per file that could not be checked and per warning, each
// split into file, line, column, level, message and rule as an editor's
// error format (Vim's %f:%l:%c: %t%*[^:]: %m) would.
#include <regex>
#include <sstream>

#include "catch_compat.h"
#include "report/finding_text.h"
#include "report/formats.h"
#include "report_samples.h"

using namespace guidecheck;
using namespace guidecheck::testing;

namespace {

struct Parsed {
  std::string file, level, message, id;
  int line = 0, column = 0;
};

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// FILE:LINE:COL: LEVEL: MESSAGE [RULE]
Parsed parse_gcc(const std::string& line) {
  static const std::regex re(
      R"(^(.+):([0-9]+):([0-9]+): (error|warning|note): (.*) \[([^\] ]+)\]$)");
  std::smatch m;
  INFO(line);
  REQUIRE(std::regex_match(line, m, re));
  return {m[1], m[4], m[5], m[6], std::stoi(m[2]), std::stoi(m[3])};
}

// FILE:LINE:COL: [LEVEL] MESSAGE (RULE)
Parsed parse_compact(const std::string& line) {
  static const std::regex re(
      R"(^(.+):([0-9]+):([0-9]+): \[(error|warning|info)\] (.*) \(([^) ]+)\)$)");
  std::smatch m;
  INFO(line);
  REQUIRE(std::regex_match(line, m, re));
  return {m[1], m[4], m[5], m[6], std::stoi(m[2]), std::stoi(m[3])};
}

std::string render(const char* format, const std::vector<eval::FileResult>& results,
                   const report::RenderOptions& o = {}) {
  return render_with(format, results, o);
}

// Every line of `out`, parsed, in order, against what the results hold.
void check_lines(const std::vector<eval::FileResult>& results, const std::string& out,
                 Parsed (*parse)(const std::string&), const char* const words[3]) {
  auto lines = lines_of(out);
  std::size_t k = 0;
  int infos = 0;
  for (const auto& r : results) {
    INFO(r.file);
    if (r.error) {
      Parsed p = parse(lines.at(k++));
      CHECK(p.file == r.file);
      CHECK(p.level == "error");
      CHECK(p.id == "guidecheck/input");
      CHECK(p.line == std::max(1, r.error->mark.line));
      CHECK(p.message == "could not be checked: " + r.error->message);
    }
    for (const auto& f : r.findings) {
      if (!report::listed_as_problem(f.status)) continue;  // passed or waived: not listed
      INFO(f.rule_id);
      Parsed p = parse(lines.at(k++));
      CHECK(p.file == r.file);
      CHECK(p.line == f.location.line);
      CHECK(p.column == f.location.column);
      CHECK(p.level == words[static_cast<int>(f.severity)]);
      infos += f.severity == rules::Severity::Info;
      CHECK(p.message == f.message);
      CHECK(p.id == f.rule_id);
    }
    for (const auto& d : r.warnings) {
      Parsed p = parse(lines.at(k++));
      CHECK(p.id == "guidecheck/warning");
      CHECK(p.level == (d.error ? "error" : "warning"));
      CHECK(p.message == d.message);
    }
  }
  CHECK(k == lines.size());
  CHECK(infos == 1);  // the fixture's info finding
}

}  // namespace

TEST_CASE("gcc: FILE:LINE:COL: error|warning|note: MESSAGE [RULE], every line parsed back",
          "[gcc][formats]") {
  static_assert(static_cast<int>(rules::Severity::Error) == 0 &&
                static_cast<int>(rules::Severity::Info) == 2);
  static const char* const words[] = {"error", "warning", "note"};
  auto results = sample_results();
  check_lines(results, render("gcc", results), parse_gcc, words);
  // A known line, byte for byte.
  KeyPlace at = find_key("examples/3.1-fail.yaml", "round_trip_efficiency");
  auto lines = lines_of(render("gcc", results));
  CHECK(std::find(lines.begin(), lines.end(),
                  "examples/3.1-fail.yaml:" + std::to_string(at.line) + ":" +
                      std::to_string(at.value_column) +
                      ": error: Design round-trip (power-to-power) efficiency 58 % does not meet "
                      "the guide's ≥ 60 % [3.1/round_trip_efficiency]") != lines.end());
}

TEST_CASE("compact: FILE:LINE:COL: [error|warning|info] MESSAGE (RULE), every line parsed back",
          "[compact][formats]") {
  static const char* const words[] = {"error", "warning", "info"};
  auto results = sample_results();
  check_lines(results, render("compact", results), parse_compact, words);
}

TEST_CASE("gcc, compact: in Chinese, and a passing proposal prints nothing", "[gcc][formats]") {
  auto results = sample_results(rules::Severity::Error, rules::Lang::Zh);
  report::RenderOptions o;
  o.lang = rules::Lang::Zh;
  std::string out = render("gcc", results, o);
  CHECK(out.find("无法检查: ") != std::string::npos);
  const eval::FileResult* pass = result_for(results, "examples/3.1-pass.yaml");
  REQUIRE(pass);
  REQUIRE(pass->status == eval::FileStatus::Pass);
  CHECK(render("gcc", {*pass}).empty());
  CHECK(render("compact", {*pass}).empty());
}

TEST_CASE("gcc, compact: a file name or message cannot start a new line or drive a terminal",
          "[gcc][compact][formats]") {
  eval::FileResult r;
  r.file = "evil\n/tmp/x.yaml:1:1: error: fake [x]\x1b[2J.yaml";
  r.status = eval::FileStatus::Error;
  r.error = eval::Notice{r.file, {3, 4}, "two\r\nlines\x1b]0;title\x07 \u2028end", true};
  for (const char* format : {"gcc", "compact"}) {
    INFO(format);
    std::string out = render(format, {r});
    auto lines = lines_of(out);
    REQUIRE(lines.size() == 1);
    CHECK(out.find('\x1b') == std::string::npos);
    CHECK(out.find('\r') == std::string::npos);
    CHECK(out.find("\u2028") == std::string::npos);
    CHECK(out.find('\x07') == std::string::npos);
    Parsed p = std::string(format) == "gcc" ? parse_gcc(lines[0]) : parse_compact(lines[0]);
    CHECK(p.file == "evil\\n/tmp/x.yaml:1:1: error: fake [x]\\x1B[2J.yaml");
    CHECK(p.line == 3);
    CHECK(p.column == 4);
    CHECK(p.id == "guidecheck/input");
  }
}
