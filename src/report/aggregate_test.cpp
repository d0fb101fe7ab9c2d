#include "report/aggregate.h"

#include "catch_compat.h"

using namespace guidecheck;
using namespace guidecheck::report;

namespace {

eval::FileResult result(const std::string& dir, eval::FileStatus status,
                        std::vector<std::pair<std::string, eval::Status>> findings) {
  eval::FileResult r;
  r.file = dir + "-" + std::to_string(findings.size()) + ".yaml";
  r.direction = dir;
  r.status = status;
  for (auto& [id, s] : findings) {
    eval::Finding f;
    f.rule_id = id;
    f.status = s;
    f.title = "title of " + id;
    r.findings.push_back(f);
  }
  return r;
}

}  // namespace

TEST_CASE("direction numbers sort by their parts as numbers, the unknown last", "[aggregate]") {
  CHECK(direction_less("1.1", "1.2"));
  CHECK(direction_less("9.5", "10.1"));
  CHECK(direction_less("1.2", "1.10"));
  CHECK_FALSE(direction_less("10.1", "9.5"));
  CHECK_FALSE(direction_less("3.1", "3.1"));
  CHECK(direction_less("10.8", ""));
  CHECK_FALSE(direction_less("", "1.1"));
  CHECK(direction_less("3", "3.1"));
}

TEST_CASE("the aggregate counts per direction and per requirement", "[aggregate]") {
  Aggregate a;
  a.add(result("10.1", eval::FileStatus::Pass, {{"10.1/a", eval::Status::Pass}}));
  a.add(result("3.1", eval::FileStatus::Fail,
               {{"3.1/x", eval::Status::Fail}, {"general/d", eval::Status::Missing}}));
  a.add(result("3.1", eval::FileStatus::Fail,
               {{"3.1/x", eval::Status::Invalid}, {"general/d", eval::Status::Pass}}));
  a.add(result("3.1", eval::FileStatus::Pass, {{"3.1/x", eval::Status::Pass}}));
  a.add(result("", eval::FileStatus::Error, {}));

  CHECK(a.summary().files == 5);
  CHECK(a.summary().passed == 2);
  CHECK(a.summary().failed == 2);
  CHECK(a.summary().errors == 1);

  auto dirs = a.directions();
  REQUIRE(dirs.size() == 3);
  CHECK(dirs[0].direction == "3.1");
  CHECK(dirs[0].proposals == 3);
  CHECK(dirs[0].passed == 1);
  CHECK(dirs[0].failed == 2);
  CHECK(dirs[0].pass_rate() == Approx(1.0 / 3));
  CHECK(dirs[1].direction == "10.1");
  CHECK(dirs[1].pass_rate() == 1.0);
  CHECK(dirs[2].direction.empty());
  CHECK(dirs[2].errors == 1);
  CHECK(dirs[2].pass_rate() == 0.0);

  auto rules = a.most_failed(10);
  REQUIRE(rules.size() == 2);  // passed-only requirements are not listed
  CHECK(rules[0].rule_id == "3.1/x");
  CHECK(rules[0].not_passed() == 2);
  CHECK(rules[0].failed == 1);
  CHECK(rules[0].invalid == 1);
  CHECK(rules[0].title == "title of 3.1/x");
  CHECK(rules[1].rule_id == "general/d");
  CHECK(rules[1].missing == 1);
  CHECK(a.most_failed(1).size() == 1);
}

TEST_CASE("most-failed ties are ordered by rule id", "[aggregate]") {
  Aggregate a;
  a.add(result("1.1", eval::FileStatus::Fail,
               {{"b", eval::Status::Fail}, {"a", eval::Status::Fail}, {"c", eval::Status::Fail}}));
  a.add(result("1.1", eval::FileStatus::Fail, {{"c", eval::Status::Fail}}));
  auto rules = a.most_failed(3);
  REQUIRE(rules.size() == 3);
  CHECK(rules[0].rule_id == "c");
  CHECK(rules[1].rule_id == "a");
  CHECK(rules[2].rule_id == "b");
}
