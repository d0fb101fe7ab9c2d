#include "rules/measures.h"

#include "rules/reader.h"

namespace guidecheck::rules {
namespace {

struct MeasureRow {
  Measure measure;
  const char* name;
  bool takes_id;  // the name is a prefix: an id follows
};

// One row per measure, in the enum's order.
constexpr MeasureRow kMeasures[] = {
    {Measure::Indicator, "indicator", false},
    {Measure::Duration, "duration", false},
    {Measure::SubProjects, "sub_projects", false},
    {Measure::CnUnits, "participants.cn_units", false},
    {Measure::ForeignUnits, "participants.foreign_units", false},
    {Measure::ForeignCountries, "participants.foreign_countries", false},
    {Measure::ForeignCountriesOrOrgs, "participants.foreign_countries_or_orgs", false},
    {Measure::Countries, "participants.countries", false},
    {Measure::Continents, "participants.continents", false},
    {Measure::ParticipantKind, "participants.kind.", true},
    {Measure::Qualification, "participants.qualification.", true},
    {Measure::ResearchContents, "research_contents", false},
    {Measure::Indicators, "indicators", false},
};

constexpr bool table_in_enum_order() {
  for (std::size_t i = 0; i < std::size(kMeasures); ++i)
    if (static_cast<std::size_t>(kMeasures[i].measure) != i) return false;
  return true;
}
static_assert(table_in_enum_order());

constexpr Measure kAll[] = {
    Measure::Indicator,
    Measure::Duration,
    Measure::SubProjects,
    Measure::CnUnits,
    Measure::ForeignUnits,
    Measure::ForeignCountries,
    Measure::ForeignCountriesOrOrgs,
    Measure::Countries,
    Measure::Continents,
    Measure::ParticipantKind,
    Measure::Qualification,
    Measure::ResearchContents,
    Measure::Indicators,
};
static_assert(std::size(kAll) == std::size(kMeasures));

const MeasureRow& row(Measure m) { return kMeasures[static_cast<std::size_t>(m)]; }

}  // namespace

std::span<const Measure> all_measures() { return kAll; }
const char* measure_name(Measure m) { return row(m).name; }
bool measure_takes_id(Measure m) { return row(m).takes_id; }

std::string measure_name(const MeasureRef& m) { return measure_name(m.measure) + m.id; }

std::optional<MeasureRef> parse_measure(std::string_view name) {
  for (const MeasureRow& r : kMeasures) {
    std::string_view n = r.name;
    if (!r.takes_id && name == n) return MeasureRef{r.measure, ""};
    if (r.takes_id && name.starts_with(n) && valid_id(name.substr(n.size())))
      return MeasureRef{r.measure, std::string(name.substr(n.size()))};
  }
  return std::nullopt;
}

bool on_participants(Measure m) {
  switch (m) {
    case Measure::CnUnits:
    case Measure::ForeignUnits:
    case Measure::ForeignCountries:
    case Measure::ForeignCountriesOrOrgs:
    case Measure::Countries:
    case Measure::Continents:
    case Measure::ParticipantKind:
    case Measure::Qualification:
      return true;
    case Measure::Indicator:
    case Measure::Duration:
    case Measure::SubProjects:
    case Measure::ResearchContents:
    case Measure::Indicators:
      return false;
  }
  return false;
}

bool counts_participants(Measure m) { return on_participants(m) && m != Measure::Continents; }

bool covers_direction(Measure m) {
  return m == Measure::ResearchContents || m == Measure::Indicators;
}

}  // namespace guidecheck::rules
