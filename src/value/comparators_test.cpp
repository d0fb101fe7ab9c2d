// The comparator-word table (value/comparators.h) as a proposal's values read it.
#include "value/comparators.h"

#include "catch_compat.h"
#include "value/value.h"

using namespace guidecheck;
using value::Comparison;
using value::Place;

TEST_CASE("comparators: the longest word wins, wherever it is in the table", "[comparators]") {
  CHECK(value::comparator_at(">= 3", Place::Before)->word == ">=");
  CHECK(value::comparator_at("大于等于 3", Place::Before)->word == "大于等于");
  CHECK(value::comparator_at("大于 3", Place::Before)->comparison == Comparison::Above);
  CHECK(value::comparator_at("及以上", Place::After)->word == "及以上");
  CHECK_FALSE(value::comparator_at("以上", Place::Before));  // an after-word only
  CHECK_FALSE(value::comparator_at("约 3", Place::Before));
  CHECK(value::comparator_at("not more than 3", Place::Before)->comparison == Comparison::AtMost);
  CHECK(value::comparator_at("more than 3", Place::Before)->comparison == Comparison::Above);
}

TEST_CASE("comparators: English words are whole words, in any case", "[comparators]") {
  CHECK(value::comparator_at("At Least 3", Place::Before)->word == "at least");
  CHECK(value::comparator_at("below", Place::Before));  // the text may end with the word
  CHECK_FALSE(value::comparator_at("aboveground 3", Place::Before));
  CHECK_FALSE(value::comparator_at("at leastwise 3", Place::Before));
  CHECK_FALSE(value::comparator_at("at", Place::Before));
  value::Value v = value::parse_text("at least 792 次");
  CHECK(v.type == value::Value::Type::Quantity);
  CHECK(v.lo.v == 792);
  CHECK_FALSE(v.lo.open);
  v = value::parse_text("fewer than 5");
  CHECK(v.type == value::Value::Type::Quantity);
  CHECK(v.hi.v == 5);
  CHECK(v.hi.open);
  // No number after the word: the value is text, as before.
  CHECK(value::parse_text("Above all, a demonstration line").type == value::Value::Type::Text);
  CHECK(value::parse_text("below the national standard").type == value::Value::Type::Text);
}

TEST_CASE("comparators: words new to a proposal's values", "[comparators]") {
  // Before the two tables became one, the rule loader knew these and the
  // values did not (they were free text).
  value::Value v = value::parse_text("不满 5 人");
  CHECK(v.type == value::Value::Type::Quantity);
  CHECK(v.hi.v == 5);
  CHECK(v.hi.open);
  v = value::parse_text("应达到 60%");
  CHECK(v.type == value::Value::Type::Quantity);
  CHECK(v.lo.v == 60);
  CHECK_FALSE(v.lo.open);
  // A word on both sides is not read.
  CHECK(value::parse_text("不低于 60 以上").type == value::Value::Type::Text);
}

TEST_CASE("comparators: lengths and counts bounded in their own words", "[comparators]") {
  // 不短于 152 米 is a length of at least 152 m; 不多于/不长于 bound from above
  struct Case {
    const char* text;
    bool at_least;
  };
  for (Case c : {Case{"不短于152米", true}, Case{"no shorter than 152 m", true},
                 Case{"not shorter than 152 m", true}, Case{"不长于152米", false},
                 Case{"no longer than 152 m", false}, Case{"not longer than 152 m", false},
                 Case{"不多于152次", false}}) {
    INFO(c.text);
    value::Value v = value::parse_text(c.text);
    REQUIRE(v.type == value::Value::Type::Quantity);
    const value::End& bound = c.at_least ? v.lo : v.hi;
    CHECK(bound.v == 152);
    CHECK_FALSE(bound.open);
    CHECK((c.at_least ? v.hi : v.lo).infinite());
  }
}
