// A format is its sink: fed one result at a time, whatever the batch's size,
// and fed nothing at all still a whole document.
#include "report/sink.h"

#include <nlohmann/json.hpp>
#include <sstream>

#include "catch_compat.h"
#include "report/formats.h"
#include "report_samples.h"

using namespace guidecheck;
using namespace guidecheck::testing;

TEST_CASE("streamed json is one document, with or without results", "[sink]") {
  auto rs = sample_results();
  report::RenderOptions o;
  o.tool_version = "9.9.9";
  auto j = nlohmann::json::parse(render_with("json", rs, o));
  CHECK(j["results"].size() == rs.size());
  CHECK(j["summary"]["files"] == rs.size());
  CHECK(nlohmann::json::parse(render_with("json", {}, o))["results"].empty());
}

TEST_CASE("every format: a sink fed result by result gives the whole report's bytes", "[sink]") {
  auto rs = sample_results();
  report::RenderOptions o;
  for (const report::Format& f : report::formats()) {
    INFO(f.name);
    if (f.binary) continue;  // xlsx: compared by reading it back (officer_reports_test)
    // Two sinks, results handed to them interleaved: no format keeps state
    // outside its own sink.
    std::ostringstream a, b;
    auto sa = f.open(a, o), sb = f.open(b, o);
    for (const auto& r : rs) sa->add(r), sb->add(r);
    sa->finish(), sb->finish();
    CHECK(a.str() == render_with(f.name, rs, o));
    CHECK(a.str() == b.str());
  }
}

TEST_CASE("streamed json survives a file name that is not UTF-8", "[sink]") {
  auto rs = sample_results();
  rs.resize(1);
  rs[0].file = "bad-\xff\xfe-name.yaml";
  auto j = nlohmann::json::parse(render_with("json", rs));
  CHECK(j["results"][0]["file"] == "bad-\xEF\xBF\xBD\xEF\xBF\xBD-name.yaml");
}
