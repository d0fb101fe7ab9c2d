// The text report of a batch ends with the officer's view, read back here.
#include <sstream>

#include "catch_compat.h"
#include "report/aggregate.h"
#include "report/formats.h"
#include "report_samples.h"

using namespace guidecheck;
using namespace guidecheck::testing;

namespace {
std::vector<std::string> words(const std::string& line) {
  std::istringstream s(line);
  std::vector<std::string> w;
  for (std::string x; s >> x;) w.push_back(x);
  return w;
}
}  // namespace

TEST_CASE("text: a batch ends with the per-direction table and the most-failed requirements",
          "[text]") {
  auto rs = sample_results();
  report::Aggregate agg;
  for (const auto& r : rs) agg.add(r);
  std::string text = render_with("text", rs);
  auto at = text.find("\nBy direction\n");
  REQUIRE(at != std::string::npos);
  std::istringstream in(text.substr(at + 1));
  std::string line;
  std::getline(in, line);  // title
  std::getline(in, line);
  CHECK(words(line) == std::vector<std::string>{"direction", "proposals", "passed", "failed",
                                                "errors", "pass", "rate"});
  for (const auto& d : agg.directions()) {
    REQUIRE(std::getline(in, line));
    auto w = words(line);
    REQUIRE(w.size() == 7);
    CHECK(w[0] == (d.direction.empty() ? "(unknown)" : d.direction));
    CHECK(std::stoi(w[1]) == d.proposals);
    CHECK(std::stoi(w[2]) == d.passed);
    CHECK(std::stoi(w[3]) == d.failed);
    CHECK(std::stoi(w[4]) == d.errors);
    CHECK(std::stod(w[5]) == Approx(100 * d.pass_rate()).margin(0.05));
  }
  std::getline(in, line);
  CHECK(line.empty());
  std::getline(in, line);
  CHECK(line == "Most-failed requirements (proposals not passing)");
  auto top = agg.most_failed(15);
  REQUIRE(!top.empty());
  for (std::size_t i = 0; i < top.size(); ++i) {
    REQUIRE(std::getline(in, line));
    auto w = words(line);
    REQUIRE(w.size() >= 3);
    CHECK(w[0] == std::to_string(i + 1) + ".");
    CHECK(std::stoi(w[1]) == top[i].not_passed());
    CHECK(w[2] == top[i].rule_id);
  }
  CHECK(!std::getline(in, line));  // the end of the report
}

TEST_CASE("text: one file has no batch view, zh has it in Chinese", "[text]") {
  auto rs = sample_results();
  std::vector<eval::FileResult> one{rs[0]};
  std::string text = render_with("text", one);
  CHECK(text.find("By direction") == std::string::npos);
  CHECK(text.find("1 file: ") != std::string::npos);
  report::RenderOptions zh;
  zh.lang = rules::Lang::Zh;
  std::string t = render_with("text", sample_results(rules::Severity::Error, rules::Lang::Zh), zh);
  CHECK(t.find("按方向统计") != std::string::npos);
  CHECK(t.find("未通过最多的要求") != std::string::npos);
}
