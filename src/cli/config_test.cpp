#include "cli/config.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "catch_compat.h"

namespace fs = std::filesystem;
using namespace guidecheck;
using namespace guidecheck::cli;

namespace {

struct TempDir {
  fs::path root = fs::temp_directory_path() / ("guidecheck-config-" + std::to_string(::getpid()));
  TempDir() {
    fs::remove_all(root);
    fs::create_directories(root / "a/b/c");
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  std::string write(const std::string& rel, const std::string& text) {
    std::ofstream(root / rel) << text;
    return (root / rel).string();
  }
};

}  // namespace

TEST_CASE("config: found in the folder or the nearest one above", "[config]") {
  TempDir t;
  std::string top = t.write("a/.guidecheck.yaml", "lang: zh\n");
  CHECK(find_config((t.root / "a/b/c").string()) == top);
  std::string near = t.write("a/b/.guidecheck.yml", "lang: en\n");
  CHECK(find_config((t.root / "a/b/c").string()) == near);
}

TEST_CASE("config: every setting read, paths relative to the config's folder", "[config]") {
  TempDir t;
  std::string f = t.write("a/.guidecheck.yaml",
                          "paths: [proposals, /abs/x.yaml]\n"
                          "exclude: [drafts, '*.tmpl.yaml']\n"
                          "include: proposals/*\n"
                          "hidden: true\n"
                          "lang: zh\n"
                          "fail-on: warning\n"
                          "format: [text, sarif=out.sarif]\n"
                          "output: report.txt\n"
                          "rules: ../packs\n"
                          "guide: sstic-2022-draft\n"
                          "jobs: 3\n"
                          "quiet: false\n"
                          "skip-non-proposals: true\n"
                          "sarif-passes: true\n"
                          "project-url: https://git.example/guidecheck\n");
  Diagnostics errors;
  auto c = load_config(f, errors);
  REQUIRE(c);
  CHECK(errors.empty());
  std::string base = (t.root / "a").string();
  CHECK(*c->paths == std::vector<std::string>{base + "/proposals", "/abs/x.yaml"});
  CHECK(*c->exclude == std::vector<std::string>{"drafts", "*.tmpl.yaml"});
  CHECK(*c->include == std::vector<std::string>{"proposals/*"});
  CHECK(*c->hidden);
  CHECK(*c->lang == "zh");
  CHECK(*c->fail_on == "warning");
  CHECK(*c->formats == std::vector<std::string>{"text", "sarif=out.sarif"});
  CHECK(*c->output == base + "/report.txt");
  CHECK(*c->rules == (t.root / "packs").string());
  CHECK(*c->guide == "sstic-2022-draft");
  CHECK(*c->jobs == 3);
  CHECK_FALSE(*c->quiet);
  CHECK(*c->skip_non_proposals);
  CHECK(*c->sarif_passes);
  CHECK(*c->project_url == "https://git.example/guidecheck");
}

TEST_CASE("config: unknown keys and wrong values are errors with their place", "[config]") {
  TempDir t;
  auto errors_of = [&](const std::string& text) {
    Diagnostics errors;
    auto c = load_config(t.write("bad.yaml", text), errors);
    CHECK_FALSE(c);
    return errors;
  };
  auto e = errors_of("lang: zh\nexlude: [drafts]\n");
  REQUIRE(e.size() == 1);
  CHECK(e[0].mark.line == 2);
  CHECK(e[0].mark.column == 1);
  CHECK(e[0].message(msg::Lang::En).find("unknown setting 'exlude'") != std::string::npos);
  CHECK(errors_of("lang: fr\n")[0].message(msg::Lang::En).find("zh|en") != std::string::npos);
  // Every setting error in both languages, from the catalogue.
  CHECK(errors_of("lang: fr\n")[0].message(msg::Lang::Zh).find("应为 zh|en 之一") !=
        std::string::npos);
  CHECK(errors_of("jobs: 0\n")[0].message(msg::Lang::Zh).find("1 到 256") != std::string::npos);
  CHECK(errors_of("hidden: 3\n")[0].message(msg::Lang::En) == "'hidden' must be true or false");
  CHECK(errors_of("exlude: [a]\n")[0].message(msg::Lang::Zh).find("未知的设置“exlude”") !=
        std::string::npos);
  CHECK(errors_of("fail-on: [error]\n")[0].message(msg::Lang::En).find("single value") !=
        std::string::npos);
  CHECK(errors_of("jobs: 0\n")[0].message(msg::Lang::En).find("1 to 256") != std::string::npos);
  CHECK(errors_of("jobs: 2x\n")[0].message(msg::Lang::En).find("1 to 256") != std::string::npos);
  CHECK(errors_of("hidden: yes please\n")[0].message(msg::Lang::En).find("true or false") !=
        std::string::npos);
  CHECK(errors_of("exclude: [{a: 1}]\n")[0].mark.line == 1);
  CHECK(errors_of("- a\n- b\n")[0].message(msg::Lang::En).find("mapping of settings") !=
        std::string::npos);
  CHECK(errors_of("lang: zh\nlang: en\n")[0].mark.line == 2);  // duplicate key
  // Two problems, both reported.
  CHECK(errors_of("lang: fr\nfoo: 1\n").size() == 2);
}

TEST_CASE("config: an empty file changes nothing, a missing one is an error", "[config]") {
  TempDir t;
  Diagnostics errors;
  auto c = load_config(t.write("empty.yaml", "# nothing yet\n"), errors);
  REQUIRE(c);
  CHECK_FALSE(c->lang);
  CHECK_FALSE(load_config((t.root / "none.yaml").string(), errors));
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].message(msg::Lang::En).find("cannot read") != std::string::npos);
}

TEST_CASE("config: the documented example loads, and the schema lists exactly the keys",
          "[config]") {
  // The example in docs/ci.md, from its first line to the closing fence.
  std::ifstream doc(std::string(GUIDECHECK_SOURCE_DIR) + "/docs/ci.md");
  std::string text((std::istreambuf_iterator<char>(doc)), std::istreambuf_iterator<char>());
  auto start = text.find("# .guidecheck.yaml\n");
  REQUIRE(start != std::string::npos);
  auto end = text.find("```", start);
  TempDir t;
  Diagnostics errors;
  auto c = load_config(t.write(".guidecheck.yaml", text.substr(start, end - start)), errors);
  INFO((errors.empty() ? std::string()
                       : errors[0].where() + ": " + errors[0].message(msg::Lang::En)));
  REQUIRE(c);
  CHECK(c->formats->size() == 3);
  CHECK_FALSE(c->output);  // null: unset

  std::ifstream schema(std::string(GUIDECHECK_SOURCE_DIR) + "/docs/guidecheck-config.schema.json");
  auto j = nlohmann::json::parse(schema);
  std::vector<std::string> keys;
  for (const auto& [k, v] : j["properties"].items()) keys.push_back(k);
  std::vector<std::string> known = config_keys();
  std::sort(keys.begin(), keys.end());
  std::sort(known.begin(), known.end());
  CHECK(keys == known);
  CHECK(j["additionalProperties"] == false);
}

TEST_CASE("config: waivers read with their paths, malformed ones are errors with their place",
          "[config][waivers]") {
  TempDir t;
  Diagnostics errors;
  auto c = load_config(t.write("a/.guidecheck.yaml",
                               "no-waivers: false\n"
                               "waivers:\n"
                               "  - rule: 3.1/round_trip_efficiency\n"
                               "    reason: programme-wide\n"
                               "    by: office\n"
                               "    until: 2026-12-31\n"
                               "    paths: [proposals/2026/*, x.yaml]\n"
                               "  - {rule: general/max_duration, reason: r}\n"),
                       errors);
  REQUIRE(c);
  CHECK_FALSE(*c->no_waivers);
  REQUIRE(c->waivers.size() == 2);
  CHECK(c->waivers[0].rule == "3.1/round_trip_efficiency");
  CHECK(c->waivers[0].by == "office");
  CHECK(c->waivers[0].until == "2026-12-31");
  CHECK(c->waivers[0].paths == std::vector<std::string>{"proposals/2026/*", "x.yaml"});
  CHECK(c->waivers[0].base == (t.root / "a").string());
  CHECK(c->waivers[0].mark.line == 3);
  CHECK(c->waivers[1].paths.empty());

  for (bool zh : {false, true}) {
    auto errors_of = [&](const std::string& text) {
      Diagnostics e;
      CHECK_FALSE(load_config(t.write("bad.yaml", text), e));
      REQUIRE(!e.empty());
      return e;
    };
    auto e = errors_of("waivers:\n  - {rule: 3.1/x, reason: r, untill: 2026-01-01}\n");
    CHECK(e[0].mark.line == 2);
    CHECK(e[0].mark.column == 30);
    CHECK(e[0].message(zh ? msg::Lang::Zh : msg::Lang::En)
              .find(zh ? "是否想写 `until`" : "did you mean `until`") != std::string::npos);
    e = errors_of("waivers:\n  - {rule: 3.1/x}\n");
    CHECK(e[0].message(zh ? msg::Lang::Zh : msg::Lang::En)
              .find(zh ? "没有写理由" : "has no reason") != std::string::npos);
    e = errors_of("waivers:\n  - {rule: 3.1/x, reason: r, until: 2026-13-01}\n");
    CHECK(e[0].mark.column == 37);
    e = errors_of("waivers: {rule: 3.1/x}\n");
    CHECK(
        e[0].message(zh ? msg::Lang::Zh : msg::Lang::En).find(zh ? "应为列表" : "must be a list") !=
        std::string::npos);
    e = errors_of("waivers:\n  - {rule: 3.1/x, reason: r, paths: {a: 1}}\n");
    CHECK(e[0].message(msg::Lang::En).find("paths") != std::string::npos);
  }
}
