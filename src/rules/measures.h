// What a rule measures (`measure:` in a pack): parsed once at load into an
// enum, so the evaluator and the docs switch over it instead of comparing
// strings. The names are in the table of measures.cpp.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace guidecheck::rules {

enum class Measure {
  Indicator,               // the rule's own key under indicators: (the default)
  Duration,                // duration:
  SubProjects,             // sub_projects:
  CnUnits,                 // participants in China
  ForeignUnits,            // participants abroad
  ForeignCountries,        // countries of the foreign participants
  ForeignCountriesOrOrgs,  // ... and international organisations
  Countries,               // countries of all participants
  Continents,              // continents of the participants (a categorical rule)
  ParticipantKind,         // participants.kind.<kind>: participants of a kind
  Qualification,           // participants.qualification.<id>: participants holding it
  ResearchContents,        // every research item of the direction is covered
  Indicators,              // every indicator of the direction is given
};

// A measure and, for participants.kind.<kind> and
// participants.qualification.<id>, its id.
struct MeasureRef {
  Measure measure = Measure::Indicator;
  std::string id;
};

std::span<const Measure> all_measures();

// The name a pack writes ("participants.cn_units"); for the two measures
// with an id, the name before it ("participants.kind.").
const char* measure_name(Measure m);
bool measure_takes_id(Measure m);
// The full name, id included ("participants.kind.university").
std::string measure_name(const MeasureRef& m);

// A measure as a pack names it; nothing for an unknown name or a malformed id.
std::optional<MeasureRef> parse_measure(std::string_view name);

// Reads the participants: list.
bool on_participants(Measure m);
// Counts participants or their countries (every participant measure but the
// continents, which are categories).
bool counts_participants(Measure m);
// Coverage of the direction's ids: a general rule only.
bool covers_direction(Measure m);

}  // namespace guidecheck::rules
