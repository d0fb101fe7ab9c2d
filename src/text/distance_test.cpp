#include "text/distance.h"

#include "catch_compat.h"

using namespace guidecheck;

TEST_CASE("edit distance: insertions, deletions and substitutions") {
  CHECK(text::edit_distance("", "") == 0);
  CHECK(text::edit_distance("abc", "") == 3);
  CHECK(text::edit_distance("technical_suport", "technical_support") == 1);
  CHECK(text::edit_distance("kitten", "sitting") == 3);
  CHECK(text::edit_distance("ab", "ba") == 2);  // no transpositions
}

TEST_CASE("closest_id: within max(3, a third of the id) edits, else nothing") {
  const std::vector<std::string> ids{"round_trip_efficiency", "energy_density",
                                     "key_breakthroughs"};
  CHECK(text::closest_id("round_trip_efficency", ids) == "round_trip_efficiency");
  CHECK(text::closest_id("energy_densty", ids) == "energy_density");
  CHECK(text::closest_id("cost", ids).empty());
  // 3 edits is near enough for a short id, 4 is not.
  CHECK(text::closest_id("abcd", {"abxyz"}) == "abxyz");
  CHECK(text::closest_id("ab", {"wxyz"}).empty());
  // A longer id allows a third of its length: 7 of 21 characters.
  CHECK(text::closest_id("round_trip_eXXXXXXXcy", ids) == "round_trip_efficiency");
  CHECK(text::closest_id("round_trip_XXXXXXXXcy", ids).empty());
  CHECK(text::closest_id("x", {}).empty());
}
