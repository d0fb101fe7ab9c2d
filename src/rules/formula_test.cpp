#include "rules/formula.h"

#include "catch_compat.h"

using namespace guidecheck::rules;

TEST_CASE("formula: arithmetic with inputs", "[formula]") {
  auto v = evaluate_formula("a * b + 50", {{"a", 200}, {"b", 0.4}});
  REQUIRE(v);
  CHECK(*v == Approx(130));
  CHECK(*evaluate_formula("(1 + 2) * 3 - -1", {}) == Approx(10));
  CHECK(*evaluate_formula("x / 3", {{"x", 1.3}}) == Approx(1.3 / 3));
}

TEST_CASE("formula: errors are refused, nothing else is evaluated", "[formula]") {
  CHECK_FALSE(check_formula("a +").ok);
  CHECK_FALSE(check_formula("system(\"ls\")").ok);
  CHECK_FALSE(check_formula("a ** 2").ok);
  CHECK_FALSE(check_formula(std::string(600, '1')).ok);
  CHECK_FALSE(check_formula(std::string(100, '(') + "1" + std::string(100, ')')).ok);
  CHECK_FALSE(evaluate_formula("1 / x", {{"x", 0}}));
  CHECK_FALSE(evaluate_formula("y", {}));
  auto c = check_formula("pt * w + 50");
  REQUIRE(c.ok);
  CHECK(c.identifiers == std::vector<std::string>{"pt", "w"});
}
