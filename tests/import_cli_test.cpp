// End-to-end: `guidecheck import` and `guidecheck check` on documents, run as
// a user would, every output parsed back (docs/import.md).
#include <sys/wait.h>

#include <filesystem>
#include <nlohmann/json.hpp>

#include "batch_helpers.h"
#include "catch_compat.h"
#include "import/docx_writer.h"
#include "yaml/parse.h"

using namespace guidecheck;
using namespace guidecheck::testing;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {
const std::string kFixtures = std::string(GUIDECHECK_SOURCE_DIR) + "/tests/import/fixtures/";

void put(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }
}  // namespace

TEST_CASE("import: drafts a YAML proposal that parses back and checks", "[import]") {
  fs::path dir = scratch("import-cli");
  std::string out = (dir / "p.yaml").string();
  Ran r = run_binary("import " + shq(kFixtures + "3.1-0.docx") + " --direction 3.1 -o " + shq(out) +
                     " --lang en");
  REQUIRE(r.code == 0);
  CHECK(r.err.find("indicators: found") != std::string::npos);
  std::string text = slurp(out);
  auto y = yaml::parse(text);
  REQUIRE(y.ok);
  CHECK(y.root->get("direction")->scalar == "3.1");
  CHECK(y.root->get("indicators")->get("energy_density")->scalar == "32 千瓦时/立方米");
  CHECK(text.find("# table 3, row 4, column 3: \"储能密度") != std::string::npos);
  REQUIRE(y.root->get("participants")->items.size() == 3);
  CHECK(y.root->get("participants")->items[2]->get("country")->scalar == "DE");

  SECTION("never overwrites without --force") {
    Ran again = run_binary("import " + shq(kFixtures + "3.1-0.docx") + " -o " + shq(out));
    CHECK(again.code == 2);
    CHECK(again.err.find("--force") != std::string::npos);
    put(out, "x");
    Ran forced = run_binary("import " + shq(kFixtures + "3.1-0.docx") + " -o " + shq(out) +
                            " --force --lang en --direction 3.1");
    CHECK(forced.code == 0);
    CHECK(slurp(out) == text);
  }
  SECTION("the draft is a proposal check reads") {
    Ran c = run_binary("check " + shq(out) + " --format json");
    REQUIRE(c.code == 0);
    CHECK(json::parse(c.out)["results"][0]["status"] == "pass");
  }
  SECTION("the direction is read from the document; Chinese comments with --lang zh") {
    Ran z = run_binary("import " + shq(kFixtures + "3.1-0.docx") + " --lang zh");
    REQUIRE(z.code == 0);
    CHECK(z.out.find("# 表 3 第 4 行第 3 列：“储能密度") != std::string::npos);
    CHECK(yaml::parse(z.out).ok);
  }
  SECTION("a document that names no direction needs --direction") {
    put(dir / "x.md", "# 申报书\n\n电-电效率达到 62%。\n");
    Ran n = run_binary("import " + shq((dir / "x.md").string()));
    CHECK(n.code == 2);
    CHECK(n.err.find("--direction") != std::string::npos);
    Ran d = run_binary("import " + shq((dir / "x.md").string()) + " -d 3.1");
    CHECK(d.code == 0);
    CHECK(yaml::parse(d.out).root->get("indicators")->get("round_trip_efficiency")->scalar ==
          "达到 62%");
  }
  fs::remove_all(dir);
}

TEST_CASE("check: documents and YAML in one folder, findings point into the document", "[import]") {
  fs::path dir = scratch("import-batch");
  fs::copy_file(kFixtures + "3.1-0.docx", dir / "a.docx");
  fs::copy_file(kFixtures + "5.1-1.md", dir / "b.md");
  fs::copy_file(std::string(GUIDECHECK_SOURCE_DIR) + "/examples/3.1-fail.yaml", dir / "c.yaml");
  put(dir / "README.md", "# not a proposal\n");
  // hostile and broken documents: each an error row, the batch goes on
  put(dir / "bomb.docx",
      import::make_zip(
          {{"word/document.xml", import::document_xml(import::w_p(std::string(80u << 20, 'a'))),
            false, ""}}));
  put(dir / "broken.docx", "PK\x03\x04 not really a zip");
  std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
  put(dir / "locked.docx", ole + std::string(1024, '\0'));
  // a document whose efficiency fails: the finding points at its line
  put(dir / "d.md",
      "申报方向：3.1\n\n| 指标名称 | 指标值 | 单位 |\n|---|---|---|\n| 电-电效率 | 55 | % |\n");
  Ran r = run_binary("check " + shq(dir.string()) + " --format json --lang en");
  CHECK(r.code == 2);
  json j = json::parse(r.out);
  std::map<std::string, json> by;
  for (const auto& res : j["results"])
    by[fs::path(res["file"].get<std::string>()).filename()] = res;
  CHECK(by.count("README.md") == 0);
  REQUIRE(by.size() == 7);
  CHECK(by["a.docx"]["status"] == "pass");
  CHECK(by["b.md"]["status"] != "error");
  CHECK(by["c.yaml"]["status"] == "fail");
  for (const char* bad : {"bomb.docx", "broken.docx", "locked.docx"}) {
    INFO(bad);
    CHECK(by[bad]["status"] == "error");
  }
  CHECK(by["bomb.docx"]["error"]["message"].get<std::string>().find("zip bomb") !=
        std::string::npos);
  CHECK(by["locked.docx"]["error"]["message"].get<std::string>().find("encrypted") !=
        std::string::npos);
  REQUIRE(by["d.md"]["status"] == "fail");
  bool seen = false;
  for (const auto& f : by["d.md"]["findings"])
    if (f["rule"] == "3.1/round_trip_efficiency") {
      seen = true;
      CHECK(f["status"] == "fail");
      CHECK(f["location"]["line"] == 5);
      CHECK(f["message"].get<std::string>().find("[table 1, row 2, column 2]") !=
            std::string::npos);
    }
  CHECK(seen);

  SECTION("SARIF and JUnit point into the document too") {
    Ran s = run_binary("check " + shq((dir / "d.md").string()) + " --format sarif");
    CHECK(s.code == 1);
    json sarif = json::parse(s.out);
    bool found = false;
    for (const auto& res : sarif["runs"][0]["results"])
      if (res["ruleId"] == "3.1/round_trip_efficiency") {
        found = true;
        const auto& loc = res["locations"][0]["physicalLocation"];
        CHECK(loc["artifactLocation"]["uri"].get<std::string>().find("d.md") != std::string::npos);
        CHECK(loc["region"]["startLine"] == 5);
      }
    CHECK(found);
    Ran ju = run_binary("check " + shq((dir / "d.md").string()) + " --format junit");
    CHECK(ju.out.find("d.md:5:") != std::string::npos);
  }
  fs::remove_all(dir);
}
