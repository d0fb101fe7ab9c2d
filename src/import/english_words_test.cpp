#include "import/english_words.h"

#include "catch_compat.h"
#include "import/match.h"

using namespace guidecheck::import;

namespace {
bool spells(const char* label, const char* name) {
  return spelled_by(match_form(label), english_stems(name));
}
}  // namespace

TEST_CASE("english words: stems of a name") {
  std::vector<std::u32string> st = english_stems("Scale of the swap stations in the B2G demo");
  REQUIRE(st.size() == 5);
  CHECK(st[0] == U"scale");
  CHECK(st[2] == U"station");
  CHECK(st[3] == U"b2g");
  CHECK(english_stems("Technologies and batteries, 20 boxes")[0] == U"technology");
  CHECK(english_stems("Technologies and batteries, 20 boxes").size() == 3);  // 20 dropped
  CHECK(english_stems("glass").at(0) == U"glass");  // no plural to take off
  CHECK(english_stems("储能密度").empty());
}

TEST_CASE("english words: a label in its own word order") {
  CHECK(spells("Scale of each B2G station", "Scale of the swap stations in the B2G demonstration"));
  CHECK(spells("Classification society approvals",
               "Mainstream classification societies (Chinese or foreign) granting approval"));
  CHECK(spells("Foreign co-proposers", "Foreign co-proposers"));
  CHECK(spells("Efficiency of the round trip, design", "Design round-trip efficiency"));
  CHECK(spells("Concentration range of the standard gases", "Standard gas concentration range"));
  // a word the name does not have, too few of the name's words, one word
  CHECK_FALSE(spells("Scale of each B2G plant", "Scale of the swap stations in the B2G demo"));
  CHECK_FALSE(spells("Applied Energy", "New energy vehicle models the results are applied to"));
  CHECK_FALSE(spells("Stations", "Scale of the swap stations"));
  CHECK_FALSE(spells("Stationary scale", "Scale of the swap stations"));
  CHECK_FALSE(spells("储能规模", "Scale of the swap stations"));
  CHECK_FALSE(spells("", "Scale of the swap stations"));
}

namespace {
std::string digits(const char* text) {
  std::u32string t = to_u32(text);
  number_words_as_digits(t);
  return to_utf8(t);
}
}  // namespace

TEST_CASE("english words: small counts in words as digits, in place") {
  CHECK(digits("develop three new technologies") == "develop 3     new technologies");
  CHECK(digits("Two to three routes") == "2 to 3       routes");
  CHECK(digits("at least one standard") == "at least 1   standard");
  CHECK(digits("no fewer than twelve sites") == "no fewer than 12     sites");
  // one without a comparator, of, a hyphen, a range or choice with no noun,
  // a word inside another, the end of the text: unchanged
  for (const char* same :
       {"one standard", "one of the sites", "three-dimensional model", "three to five",
        "two or three", "someone", "stone", "in two", "twenty-one sites"}) {
    INFO(same);
    CHECK(digits(same) == same);
  }
  std::string s = "Within three years";  // a span too: “3 years”
  CHECK(digits(s.c_str()) == "Within 3     years");
}

TEST_CASE("english words: a number word inside a larger number in words stays") {
  for (const char* same : {"twelve thousand cycles", "two hundred sites", "three million t",
                           "two point five", "five percent", "one per cent"}) {
    INFO(same);
    CHECK(digits(same) == same);
  }
}
