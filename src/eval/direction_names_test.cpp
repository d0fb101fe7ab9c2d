// Naming a direction: by number, by the guide's title, and the suggestions an
// unknown name gets (issue #12: "help that fixes the mistake").
#include "eval/direction_names.h"

#include <string>
#include <vector>

#include "catch_compat.h"
#include "eval/checker.h"

using namespace guidecheck;
using namespace guidecheck::eval;

namespace {
const std::vector<DirectionName> kNames = {
    {"1.1",
     {"工业领域燃烧中碳捕集共性关键技术与工业示范", "Carbon capture in industrial combustion"}},
    {"3.1", {"高密度热泵储电关键技术合作研发", "High-density pumped-thermal electricity storage"}},
    {"3.2", {"耐高温长寿命高安全电化学储能技术合作开发", "Electrochemical energy storage"}},
    {"4.1", {"基于安全储氢的氢储能与分布式多能源系统合作研发", "Hydrogen storage"}},
    {"10.1", {"基于人工智能和多组学数据的脑血管病表型", "Cerebrovascular disease"}},
};
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("direction names: a title, in either language, names its direction", "[direction]") {
  CHECK(direction_by_title("高密度热泵储电关键技术合作研发", kNames) == "3.1");
  CHECK(direction_by_title(" 高密度热泵储电 关键技术合作研发。", kNames) == "3.1");  // spacing
  CHECK(direction_by_title("high-density pumped-thermal electricity storage", kNames) == "3.1");
  CHECK(direction_by_title("ＨＩＧＨ-DENSITY PUMPED-THERMAL ELECTRICITY STORAGE", kNames) == "3.1");
  // Only the whole title: a part of it, or a near miss, is not a name.
  CHECK(direction_by_title("热泵储电", kNames).empty());
  CHECK(direction_by_title("高密度热泵储电技术研发", kNames).empty());
  CHECK(direction_by_title("3.1", kNames).empty());
  CHECK(direction_by_title("", kNames).empty());
}

TEST_CASE("direction names: mended numbers are the only suggestion", "[direction]") {
  CHECK(closest_directions("4-1", kNames) == V{"4.1"});
  CHECK(closest_directions("4.l", kNames) == V{"4.1"});
  CHECK(closest_directions("4 1", kNames) == V{"4.1"});
  CHECK(closest_directions("４．１", kNames) == V{"4.1"});
  CHECK(closest_directions("41", kNames) == V{"4.1"});
  CHECK(closest_directions("101", kNames) == V{"10.1"});
  CHECK(closest_directions("1O.1", kNames) == V{"10.1"});
}

TEST_CASE("direction names: other numbers and titles get the likeliest", "[direction]") {
  CHECK(closest_directions("3.9", kNames) == V{"3.1", "3.2"});  // the area's directions
  CHECK(closest_directions("11.1", kNames) == V{"1.1", "10.1"});
  CHECK(closest_directions("热泵储电", kNames) == V{"3.1"});                // a part of a title
  CHECK(closest_directions("高密度热泵储电技术研发", kNames) == V{"3.1"});  // a near miss
  CHECK(closest_directions("pumped-thermal storage", kNames) == V{"3.1"});
  CHECK(closest_directions("储能", kNames) == V{"3.2", "4.1"});
  CHECK(closest_directions("储能", kNames, 1) == V{"3.2"});
  CHECK(closest_directions("foo", kNames).empty());
  CHECK(closest_directions("77.7", kNames).empty());
  CHECK(closest_directions("", kNames).empty());
}

TEST_CASE("direction names: the message, in zh and en", "[direction]") {
  std::string en = unknown_direction_message("4-1", "", {"4.1"}, kNames, rules::Lang::En);
  CHECK(en.find("unknown direction '4-1': did you mean 4.1 (Hydrogen storage)?") == 0);
  CHECK(en.find("rules list") != std::string::npos);
  std::string zh = unknown_direction_message("4-1", "", {"4.1"}, kNames, rules::Lang::Zh);
  CHECK(
      zh.find(
          "未知的申报方向“4-1”：是否指 4.1（基于安全储氢的氢储能与分布式多能源系统合作研发）？") ==
      0);
  std::string two = unknown_direction_message("3.9", "g", {"3.1", "3.2"}, kNames, rules::Lang::En);
  CHECK(two.find("unknown direction '3.9' in guide 'g': did you mean 3.1 (") == 0);
  CHECK(two.find(") or 3.2 (") != std::string::npos);
  std::string none = unknown_direction_message("foo", "", {}, kNames, rules::Lang::En);
  CHECK(none.find("unknown direction 'foo'. A direction is written") == 0);
  // A long name from a proposal is shortened, never cut inside a character.
  std::string longname;
  for (int i = 0; i < 100; ++i) longname += "储";
  std::string cut = unknown_direction_message(longname, "", {}, kNames, rules::Lang::Zh);
  CHECK(cut.find("…”") != std::string::npos);
  CHECK(cut.size() < 400);
}

TEST_CASE("direction names: the checker accepts a title and suggests for a slip", "[direction]") {
  Options opt;
  opt.lang = rules::Lang::En;
  Checker checker(make_source(""), opt);
  Checker::Loaded byname = checker.load("", "高密度热泵储电关键技术合作研发");
  REQUIRE(byname.direction);
  CHECK(byname.direction->number == "3.1");
  CHECK(byname.note.find("read as 3.1") != std::string::npos);
  Checker::Loaded bynumber = checker.load("", "3.1");
  REQUIRE(bynumber.direction);
  CHECK(bynumber.note.empty());
  Checker::Loaded slip = checker.load("", "3-1");
  CHECK_FALSE(slip.direction);
  CHECK(slip.error.find("did you mean 3.1 (") != std::string::npos);
  Checker::Loaded path = checker.load("", "../../../etc/passwd");
  CHECK_FALSE(path.direction);
  CHECK(path.error.find("unknown direction '../../../etc/passwd'") == 0);
}
