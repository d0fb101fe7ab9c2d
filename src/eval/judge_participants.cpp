// Participant rules: counts of Chinese and foreign units, countries,
// continents, kinds and qualifications; a participant still named by a
// placeholder makes none of them judgeable.

#include <algorithm>
#include <set>

#include "eval/rule_evaluator.h"
#include "rules/requirement.h"
#include "text/normalize.h"

namespace guidecheck::eval::detail {

Finding& RuleEvaluator::participants() {
  const auto& ps = c_.p.participants;
  f_.location = c_.p.participants_mark;
  // A participant still named by a placeholder ("(fill in) foreign partner",
  // "待定", "TBD") is not a unit yet: no participant rule can be judged.
  for (std::size_t i = 0; i < ps.size(); ++i) {
    const auto& p = ps[i];
    if (!c_.placeholder_participant[i]) continue;
    f_.status = Status::Invalid;
    f_.location = p.mark;
    f_.actual = eval::Actual{{}, {}, {}, "", p.name};
    f_.message = c_.tr<Id::eval_placeholder_participant>(f_.title, p.name);
    return f_;
  }
  if (r_.measure == Measure::Continents) {
    std::set<std::string> have;
    std::vector<std::string> shown;
    for (const auto& p : ps) {
      std::string c = text::continent_of(p.country);
      if (!c.empty() && have.insert(c).second) shown.push_back(c);
    }
    return contains_all(have, shown, "");
  }
  double n = 0;
  std::set<std::string> countries;
  int orgs = 0;
  for (const auto& p : ps) {
    bool foreign = p.country != "CN";
    switch (r_.measure) {
      case Measure::CnUnits:
        n += !foreign;
        break;
      case Measure::ForeignUnits:
        n += foreign;
        break;
      case Measure::Countries:
        countries.insert(p.country);
        break;
      case Measure::ForeignCountries:
        if (foreign) countries.insert(p.country);
        break;
      case Measure::ForeignCountriesOrOrgs:
        if (foreign && p.kind == "international_org")
          ++orgs;
        else if (foreign)
          countries.insert(p.country);
        break;
      case Measure::ParticipantKind:
        n += p.kind == r_.measure_id;
        break;
      case Measure::Qualification:
        n += std::find(p.qualifications.begin(), p.qualifications.end(), r_.measure_id) !=
             p.qualifications.end();
        break;
      case Measure::Continents:  // above
      case Measure::Indicator:   // not on participants: run() never comes here
      case Measure::Duration:
      case Measure::SubProjects:
      case Measure::ResearchContents:
      case Measure::Indicators:
        break;
    }
  }
  if (!countries.empty() || orgs) n = static_cast<double>(countries.size() + orgs);
  Value v;
  v.type = Value::Type::Quantity;
  v.lo = v.hi = {n, false, "", ""};
  v.exact = true;
  v.text = rules::format_number(n);
  return judge(v, c_.p.participants_mark);
}

}  // namespace guidecheck::eval::detail
