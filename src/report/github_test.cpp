// GitHub workflow commands parsed back as the runner reads them:
// ::CMD k=v,k=v::message, with %XX unescaped.
#include <map>
#include <sstream>

#include "catch_compat.h"
#include "report/paths.h"
#include "report_samples.h"

using namespace guidecheck;
using namespace guidecheck::testing;

namespace {

std::string unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '%' && i + 2 < s.size()) {
      out += static_cast<char>(std::stoi(s.substr(i + 1, 2), nullptr, 16));
      i += 2;
    } else {
      out += s[i];
    }
  }
  return out;
}

struct Command {
  std::string name, message;
  std::map<std::string, std::string> props;
};

Command parse_line(const std::string& line) {
  Command c;
  REQUIRE(line.rfind("::", 0) == 0);
  auto sp = line.find(' ');
  auto sep = line.find("::", 2);
  REQUIRE(sp != std::string::npos);
  REQUIRE(sep != std::string::npos);
  REQUIRE(sp < sep);
  c.name = line.substr(2, sp - 2);
  std::string props = line.substr(sp + 1, sep - sp - 1);
  std::istringstream in(props);
  for (std::string kv; std::getline(in, kv, ',');) {
    auto eq = kv.find('=');
    REQUIRE(eq != std::string::npos);
    c.props[kv.substr(0, eq)] = unescape(kv.substr(eq + 1));
  }
  c.message = unescape(line.substr(sep + 2));
  return c;
}

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

}  // namespace

TEST_CASE("github: one annotation per finding that does not pass, parsed for file/line/col/title",
          "[github][formats]") {
  auto results = sample_results();
  report::RenderOptions all;
  all.max_annotations = 0;  // every line, in the run's order
  auto lines = lines_of(render_with("github", results, all));
  std::size_t k = 0;
  int warnings = 0;
  for (const auto& r : results) {
    INFO(r.file);
    if (r.error) {
      Command c = parse_line(lines.at(k++));
      CHECK(c.name == "error");
      CHECK(c.props["file"] == report::repo_path(r.file));
      CHECK(c.props["title"] == "guidecheck/input");
      CHECK(c.message.find(r.error->message) != std::string::npos);
    }
    for (const auto& f : r.findings) {
      if (f.status == eval::Status::Pass) continue;
      INFO(f.rule_id);
      Command c = parse_line(lines.at(k++));
      if (f.status == eval::Status::Waived) {
        // Never an error or warning: a notice with the waiver's reason.
        REQUIRE(f.waiver);
        CHECK(c.name == "notice");
        CHECK(c.props["title"] == f.rule_id + " (waived)");
        CHECK(c.message.rfind("waived: " + f.waiver->reason + "\n" + f.message, 0) == 0);
        continue;
      }
      CHECK(c.name == (f.severity == rules::Severity::Error     ? "error"
                       : f.severity == rules::Severity::Warning ? "warning"
                                                                : "notice"));
      warnings += c.name == "notice";
      CHECK(c.props.size() == 4);
      CHECK(c.props["file"] == r.file);
      CHECK(c.props["line"] == std::to_string(f.location.line));
      CHECK(c.props["col"] == std::to_string(f.location.column));
      CHECK(c.props["title"] == f.rule_id);
      CHECK(c.message.rfind(f.message, 0) == 0);
      // Keys the format does not know: a failing finding with no guide rule
      // behind it, shown like any other (message, place) just above.
      if (!f.rule) {
        CHECK(f.rule_id == "general/unknown_key");
        CHECK(f.status == eval::Status::Fail);
        continue;
      }
      CHECK(c.message.find(f.rule->source.text) != std::string::npos);
    }
  }
  CHECK(k == lines.size());
  CHECK(warnings == 1);  // the fixture's info finding
  // A known line, byte for byte: % in the message escaped.
  KeyPlace at = find_key("examples/3.1-fail.yaml", "round_trip_efficiency");
  CHECK(std::find(lines.begin(), lines.end(),
                  "::error file=examples/3.1-fail.yaml,line=" + std::to_string(at.line) +
                      ",col=" + std::to_string(at.value_column) +
                      ",title=3.1/round_trip_efficiency::"
                      "Design round-trip (power-to-power) efficiency 58 %25 does not meet the "
                      "guide's ≥ 60 %25"
                      "%0AGuide 3.1 考核指标: 热泵储电系统设计电-电效率不低于 60%25") !=
        lines.end());
}

TEST_CASE("github: properties escape ':' ',' '%', and a line break from the input is shown escaped",
          "[github][formats]") {
  eval::FileResult r;
  r.file = "a,b:c%d.yaml";
  r.status = eval::FileStatus::Error;
  r.error = eval::Notice{r.file, {3, 4}, "two\r\nlines, 100%: done", true};
  auto lines = lines_of(render_with("github", {r}));
  REQUIRE(lines.size() == 1);
  CHECK(lines[0] ==
        "::error file=a%2Cb%3Ac%25d.yaml,line=3,col=4,title=guidecheck/input::"
        "could not be checked: two\\r\\nlines, 100%25: done");
  Command c = parse_line(lines[0]);
  CHECK(c.props["file"] == r.file);
  CHECK(c.message == "could not be checked: two\\r\\nlines, 100%: done");
}

namespace {

// A result with `errors`, `warnings` and `notices` failing findings (no rule
// behind them), in that order interleaved by index.
eval::FileResult mixed(const std::string& file, int errors, int warnings, int notices) {
  eval::FileResult r;
  r.file = file;
  r.status = eval::FileStatus::Fail;
  int line = 1;
  for (int i = 0; i < std::max({errors, warnings, notices}); ++i) {
    for (auto [n, sev] :
         {std::pair{notices, rules::Severity::Info}, std::pair{warnings, rules::Severity::Warning},
          std::pair{errors, rules::Severity::Error}}) {
      if (i >= n) continue;
      eval::Finding f;
      f.rule_id = "x/" + std::string(rules::severity_name(sev)) + std::to_string(i);
      f.status = eval::Status::Fail;
      f.severity = sev;
      f.message = "m";
      f.location = {line++, 1};
      r.findings.push_back(f);
    }
  }
  return r;
}

}  // namespace

TEST_CASE("github: at most N of each level, errors first, then a notice of what was left out",
          "[github][formats]") {
  std::vector<eval::FileResult> results = {mixed("a.yaml", 7, 8, 9), mixed("b.yaml", 7, 8, 9)};
  auto lines = lines_of(render_with("github", results));  // default: 10
  REQUIRE(lines.size() == 30);
  std::vector<Command> c;
  for (const auto& l : lines) c.push_back(parse_line(l));
  // 10 errors: a.yaml's 7, then b.yaml's first 3, in order.
  for (int i = 0; i < 10; ++i) {
    INFO(i);
    CHECK(c[i].name == "error");
    CHECK(c[i].props["file"] == (i < 7 ? "a.yaml" : "b.yaml"));
    CHECK(c[i].props["title"] == "x/error" + std::to_string(i < 7 ? i : i - 7));
  }
  for (int i = 10; i < 20; ++i) CHECK(c[i].name == "warning");
  CHECK(c[10].props["title"] == "x/warning0");
  CHECK(c[19].props["file"] == "b.yaml");
  // Nine notices and the final one in the tenth place.
  for (int i = 20; i < 29; ++i) CHECK(c[i].name == "notice");
  CHECK(c[29].name == "notice");
  CHECK(c[29].props == std::map<std::string, std::string>{{"title", "guidecheck"}});
  CHECK(c[29].message.rfind("19 more annotations not shown (4 errors, 6 warnings, 9 notices): "
                            "GitHub shows at most 10 of each level per step.",
                            0) == 0);
  CHECK(c[29].message.find("--max-annotations 0") != std::string::npos);

  // Under the limit: every annotation, errors before warnings before notices, no final notice.
  lines = lines_of(render_with("github", {mixed("c.yaml", 2, 1, 3)}));
  REQUIRE(lines.size() == 6);
  CHECK(parse_line(lines[0]).name == "error");
  CHECK(parse_line(lines[1]).name == "error");
  CHECK(parse_line(lines[2]).name == "warning");
  CHECK(parse_line(lines[5]).props["title"] == "x/info2");

  // Exactly 10 notices and nothing else: all shown, no final notice.
  lines = lines_of(render_with("github", {mixed("d.yaml", 0, 0, 10)}));
  CHECK(lines.size() == 10);

  // Another limit; 0 means every one, in the run's order.
  report::RenderOptions o;
  o.max_annotations = 2;
  lines = lines_of(render_with("github", results, o));
  REQUIRE(lines.size() == 6);
  CHECK(parse_line(lines[5]).message.rfind("43 more annotations", 0) == 0);
  o.max_annotations = 0;
  lines = lines_of(render_with("github", results, o));
  REQUIRE(lines.size() == 48);
  CHECK(parse_line(lines[0]).name == "notice");
}
