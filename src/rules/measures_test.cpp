// The measure table (rules/measures.cpp): every measure round-trips through
// its name, and an unknown one is a load error.
#include "rules/measures.h"

#include <set>

#include "catch_compat.h"
#include "rules/load.h"
#include "yaml/parse.h"

using namespace guidecheck;
using rules::Measure;

TEST_CASE("measures: every measure round-trips through its name", "[measures]") {
  std::set<std::string> names;
  for (Measure m : rules::all_measures()) {
    rules::MeasureRef ref{m, rules::measure_takes_id(m) ? "university" : ""};
    std::string name = rules::measure_name(ref);
    INFO(name);
    CHECK(names.insert(name).second);
    auto back = rules::parse_measure(name);
    REQUIRE(back);
    CHECK(back->measure == m);
    CHECK(back->id == ref.id);
  }
  CHECK(rules::all_measures().size() == 13);
  CHECK(rules::parse_measure("participants.qualification.iso_17025")->measure ==
        Measure::Qualification);
}

TEST_CASE("measures: unknown names and malformed ids are refused", "[measures]") {
  for (const char* bad : {"", "indicator ", "participants.shoe_size", "participants.kind.",
                          "participants.kind.Uni", "participants.qualification.9x", "durations"}) {
    INFO(bad);
    CHECK_FALSE(rules::parse_measure(bad));
  }
}

TEST_CASE("measures: which read participants and which belong to the general rules", "[measures]") {
  CHECK(rules::on_participants(Measure::Continents));
  CHECK_FALSE(rules::counts_participants(Measure::Continents));
  CHECK(rules::counts_participants(Measure::ParticipantKind));
  CHECK_FALSE(rules::on_participants(Measure::Duration));
  CHECK(rules::covers_direction(Measure::Indicators));
  CHECK(rules::covers_direction(Measure::ResearchContents));
  CHECK_FALSE(rules::covers_direction(Measure::Indicator));
}

TEST_CASE("measures: a rule loads its measure once, and an unknown one is a load error",
          "[measures][lint]") {
  auto load = [](const std::string& measure, Diagnostics& d) {
    auto y = yaml::parse("id: x\ntitle: {zh: a, en: b}\nkind: count\nmeasure: " + measure +
                         "\nop: \">=\"\nvalue: 2\nsource: {section: s, text: t}\n");
    REQUIRE(y.ok);
    return rules::parse_rule(*y.root, "9.9", "r.yaml", d);
  };
  Diagnostics ok;
  auto r = load("participants.kind.testing_body", ok);
  REQUIRE(r);
  CHECK(r->measure == Measure::ParticipantKind);
  CHECK(r->measure_id == "testing_body");
  CHECK(r->measure_name() == "participants.kind.testing_body");
  Diagnostics bad;
  CHECK_FALSE(load("participants.shoe_size", bad));
  REQUIRE(bad.size() == 1);
  CHECK(bad[0].message(msg::Lang::En) == "unknown measure 'participants.shoe_size'");
  CHECK(bad[0].mark.line == 4);
}
