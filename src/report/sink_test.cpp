// The streaming sinks give what the whole-vector renderers give.
#include "report/sink.h"

#include <nlohmann/json.hpp>
#include <sstream>

#include "catch_compat.h"
#include "report/formats.h"
#include "report_samples.h"

using namespace guidecheck;
using namespace guidecheck::testing;

namespace {
std::string stream(const report::Format& f, const std::vector<eval::FileResult>& rs,
                   const report::RenderOptions& o) {
  std::ostringstream s;
  auto sink = report::open_sink(f, s, o);
  for (const auto& r : rs) sink->add(r);
  sink->finish();
  return s.str();
}
}  // namespace

TEST_CASE("streamed json is byte for byte the json renderer's document", "[sink]") {
  auto rs = sample_results();
  report::RenderOptions o;
  o.tool_version = "9.9.9";
  const report::Format* json = report::find_format("json");
  REQUIRE(json);
  REQUIRE(json->open);
  std::string streamed = stream(*json, rs, o);
  CHECK(streamed == render_with(report::render_json, rs, o));
  auto j = nlohmann::json::parse(streamed);
  CHECK(j["results"].size() == rs.size());
  CHECK(j["summary"]["files"] == rs.size());
  // No results at all: still the same document.
  CHECK(stream(*json, {}, o) == render_with(report::render_json, {}, o));
  CHECK(nlohmann::json::parse(stream(*json, {}, o))["results"].empty());
}

TEST_CASE("a format without a streaming sink is collected and rendered once at the end", "[sink]") {
  auto rs = sample_results();
  report::RenderOptions o;
  for (const report::Format& f : report::formats()) {
    INFO(f.name);
    std::ostringstream whole;
    f.render(whole, rs, o);
    std::string streamed = stream(f, rs, o);
    if (f.binary) continue;  // xlsx: compared by reading it back (officer_reports_test)
    CHECK(streamed == whole.str());
  }
}

TEST_CASE("streamed json survives a file name that is not UTF-8", "[sink]") {
  auto rs = sample_results();
  rs.resize(1);
  rs[0].file = "bad-\xff\xfe-name.yaml";
  std::string s = stream(*report::find_format("json"), rs, {});
  auto j = nlohmann::json::parse(s);
  CHECK(j["results"][0]["file"] == "bad-\xEF\xBF\xBD\xEF\xBF\xBD-name.yaml");
}
