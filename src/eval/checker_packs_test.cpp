// The checker names an unknown or broken pack in the report's language and
// points at the proposal's `guide:` (rules/catalogue.h loads the packs).
#include <fstream>
#include <iterator>

#include "catch_compat.h"
#include "eval/checker.h"
#include "scratch_packs.h"

using namespace guidecheck;
using guidecheck::testing::ScratchPacks;

TEST_CASE("checker: an unknown or broken guide is named in the report's language, at `guide:`",
          "[eval][catalogue]") {
  ScratchPacks scratch;
  // A whole proposal (examples/3.1-pass.yaml) naming a guide there is not.
  std::ifstream in(std::string(GUIDECHECK_SOURCE_DIR) + "/examples/3.1-pass.yaml");
  std::string proposal((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  const std::string shipped = "\nguide: sstic-2022-draft\n";
  REQUIRE(proposal.find(shipped) != std::string::npos);
  proposal.replace(proposal.find(shipped), shipped.size(), "\nguide: nosuch\n");
  const int line_of_guide =
      1 + static_cast<int>(
              std::count(proposal.begin(), proposal.begin() + proposal.find("\nguide:") + 1, '\n'));
  for (auto lang : {msg::Lang::Zh, msg::Lang::En}) {
    eval::Options o;
    o.lang = lang;
    eval::Checker checker(rules::directory_source(scratch.root.string()), o);
    eval::Checker::Loaded l = checker.load("nosuch", "3.1");
    CHECK(l.guide_error);
    CHECK(l.error.find(lang == msg::Lang::Zh ? "未知的指南“nosuch”" : "unknown guide 'nosuch'") !=
          std::string::npos);
    l = checker.load("nogeneral", "3.1");
    CHECK(l.guide_error);
    CHECK(l.error.find(lang == msg::Lang::Zh
                           ? "规则包“nogeneral”有误"
                           : "rule pack 'nogeneral' is broken") != std::string::npos);
    l = checker.load("mixed", "3.2");
    CHECK_FALSE(l.guide_error);
    CHECK(l.error.find(lang == msg::Lang::Zh ? "的方向 3.2 有误" : "direction 3.2 is broken") !=
          std::string::npos);
    eval::FileResult r = checker.check_text("p.yaml", proposal);
    REQUIRE(r.error);
    CHECK(r.error->message == checker.load("nosuch", "3.1").error);
    CHECK(r.error->mark.line == line_of_guide);  // the `guide:` line, in either language
  }
}
