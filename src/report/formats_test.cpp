// What every output format of `check` shares: it is registered, and the same
// results always give the same bytes.
#include "report/formats.h"

#include <set>

#include "catch_compat.h"
#include "report/paths.h"
#include "report_samples.h"

using namespace guidecheck;
using namespace guidecheck::testing;

TEST_CASE("the CI formats are registered", "[formats]") {
  for (const char* name : {"text", "json", "junit", "sarif", "github", "markdown", "csv"}) {
    INFO(name);
    const report::Format* f = report::find_format(name);
    REQUIRE(f);
    CHECK_FALSE(f->binary);
  }
}

TEST_CASE("the list of formats: each once, described, with a sink", "[formats]") {
  std::set<std::string> names;
  for (const report::Format& f : report::formats()) {
    INFO(f.name);
    CHECK(names.insert(f.name).second);
    CHECK(std::string(f.description).size() > 10);
    CHECK(f.open != nullptr);
    CHECK(report::find_format(f.name) == &f);
  }
  CHECK(report::find_format("nonesuch") == nullptr);
  CHECK(report::format_names().rfind("text, json, ", 0) == 0);
}

TEST_CASE("every sample result names its file, checked or not", "[formats]") {
  for (const auto& r : sample_results()) CHECK(!r.file.empty());
}

TEST_CASE("every text format is deterministic: two checks, same bytes", "[formats]") {
  auto a = sample_results();
  auto b = sample_results();
  report::RenderOptions o;
  o.tool_version = "1.0.0";
  for (const report::Format& f : report::formats()) {
    if (f.binary) continue;
    INFO(f.name);
    std::string x = render_with(f.name, a, o), y = render_with(f.name, b, o);
    CHECK(!x.empty());
    CHECK(x == y);
  }
}

TEST_CASE("paths: relative to the working directory, URIs percent-encoded", "[formats]") {
  CHECK(report::repo_path("./examples/../examples/a.yaml") == "examples/a.yaml");
  std::string cwd = std::filesystem::current_path().generic_string();
  CHECK(report::repo_path(cwd + "/x/y.yaml") == "x/y.yaml");
  CHECK(
      report::repo_path("/definitely/elsewhere/p.yaml").rfind("/definitely/elsewhere/p.yaml", 0) ==
      0);
  // The short cut for paths already normal gives what normalising gives.
  const report::RepoPaths paths;
  CHECK(paths(cwd + "/x/y.yaml") == "x/y.yaml");
  CHECK(paths(cwd + "x/y.yaml") == report::repo_path(cwd + "x/y.yaml"));  // a sibling, not inside
  CHECK(paths(cwd) == report::repo_path(cwd));
  CHECK(paths(cwd + "/") == report::repo_path(cwd + "/"));
  CHECK(paths(cwd + "/a/./b/../c.yaml") == "a/c.yaml");
  CHECK(paths("a//b/./c.yaml") == "a/b/c.yaml");
  CHECK(paths("a/b.yaml") == "a/b.yaml");
  CHECK(paths("/") == "/");
  CHECK(paths("/definitely/elsewhere/p.yaml") == "/definitely/elsewhere/p.yaml");
  CHECK(paths("/definitely/../p.yaml") == "/p.yaml");
  CHECK(paths("..") == "..");
  CHECK(paths("中文/提案.yaml") == "中文/提案.yaml");
  CHECK(report::path_uri("a b/c.yaml") == "a%20b/c.yaml");
  CHECK(report::path_uri("/tmp/a:b.yaml") == "file:///tmp/a%3Ab.yaml");
  CHECK(report::path_uri("提案.yaml") == "%E6%8F%90%E6%A1%88.yaml");
  CHECK(report::known_mark({0, 0}).line == 1);
  CHECK(report::known_mark({5, 7}).column == 7);
}
