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
