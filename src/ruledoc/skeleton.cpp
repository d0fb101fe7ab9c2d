// guidecheck init DIRECTION (contract §6). The placeholder participants are
// chosen so that, once named, they meet the general rules and the direction's
// participant rules (continents, number of foreign countries, kinds,
// qualifications): naming them and filling every null as its comment asks
// gives a passing proposal. Until then no rule passes: a placeholder name
// ("(fill in) …", "（请填写）…") makes every participant rule invalid, and a
// null is missing.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>
#include <cmath>
#include <set>
#include <sstream>

#include "common/safe_text.h"
#include "messages/text.h"
#include "ruledoc/ruledoc.h"
#include "rules/requirement.h"
#include "text/normalize.h"

namespace guidecheck::ruledoc {
namespace {

struct Placeholder {
  std::string name, country, role, kind;
  std::vector<std::string> qualifications;
};

const char* kForeign[] = {"DE", "US", "GB", "FR", "JP", "AU", "ZA", "BR", "IT", "CA", "SG", "KR"};

std::vector<Placeholder> placeholders(const rules::General& g, const rules::Direction& d) {
  std::vector<Placeholder> ps = {
      {"（请填写）中方牵头单位 Chinese lead unit", "CN", "lead", "institute", {}},
      {"(fill in) foreign partner", "DE", "member", "university", {}}};
  std::vector<const rules::Rule*> all;
  for (const auto& r : g.rules) all.push_back(&r);
  for (const auto& r : d.rules) all.push_back(&r);
  auto need = [](const rules::Rule& r) {
    double v = r.op == rules::Op::Between ? r.lo : r.value;
    return static_cast<int>(std::ceil(v + (r.op == rules::Op::Gt ? 1 : 0)));
  };
  auto foreign_countries = [&] {
    std::set<std::string> c;
    for (const auto& p : ps)
      if (p.country != "CN" && p.kind != "international_org") c.insert(p.country);
    return c;
  };
  using rules::Measure;
  for (const rules::Rule* r : all) {
    switch (r->measure) {
      case Measure::Continents: {
        const std::pair<const char*, const char*> reps[] = {{"asia", "CN"},
                                                            {"europe", "DE"},
                                                            {"americas", "US"},
                                                            {"africa", "ZA"},
                                                            {"oceania", "AU"}};
        for (const auto& want : r->values) {
          bool have = std::any_of(ps.begin(), ps.end(), [&](const Placeholder& p) {
            return text::continent_of(p.country) == want;
          });
          if (have) continue;
          for (auto [cont, cc] : reps)
            if (want == cont)
              ps.push_back(
                  {fmt::format("(fill in) partner from {}", want), cc, "member", "university", {}});
        }
        break;
      }
      case Measure::ForeignCountries:
      case Measure::ForeignCountriesOrOrgs:
      case Measure::Countries: {
        int n = need(*r);
        for (const char* cc : kForeign) {
          int have =
              static_cast<int>(foreign_countries().size()) + (r->measure == Measure::Countries);
          if (have >= n) break;
          if (!foreign_countries().count(cc))
            ps.push_back(
                {fmt::format("(fill in) partner in {}", cc), cc, "member", "university", {}});
        }
        break;
      }
      case Measure::ParticipantKind: {
        const std::string& kind = r->measure_id;
        int have = static_cast<int>(std::count_if(
            ps.begin(), ps.end(), [&](const Placeholder& p) { return p.kind == kind; }));
        for (int i = have; i < need(*r); ++i)
          ps.push_back({fmt::format("（请填写）{} unit", kind), "CN", "member", kind, {}});
        break;
      }
      case Measure::Qualification:
        if (r->severity == rules::Severity::Error || need(*r) > 0)
          ps[0].qualifications.push_back(r->measure_id);
        break;
      case Measure::CnUnits:       // the two placeholders above hold one unit in China
      case Measure::ForeignUnits:  // ... and one abroad
      case Measure::Indicator:
      case Measure::Duration:
      case Measure::SubProjects:
      case Measure::ResearchContents:
      case Measure::Indicators:
        break;
    }
  }
  return ps;
}

}  // namespace

std::string skeleton(const rules::Pack& pack, const rules::General& general,
                     const rules::Direction& d, rules::Lang lang, const std::string& schema_url) {
  using msg::Id;
  std::ostringstream o;
  if (!schema_url.empty()) o << "# yaml-language-server: $schema=" << schema_url << "\n";
  o << "# " << msg::tr<Id::ruledoc_skel_title>(lang) << ": " << pack.id << " " << d.number << " "
    << d.title.get(lang) << "\n";
  o << "# " << msg::tr<Id::ruledoc_skel_howto>(lang) << "\n";
  o << "guidecheck: 1\n";
  o << "guide: " << pack.id << "\n";
  o << "direction: " << safe::yaml_quoted(d.number) << "\n";
  o << "title: " << safe::yaml_quoted(d.title.zh) << "\n";
  for (const auto& r : general.rules)
    if (r.measure == rules::Measure::Duration)
      o << "duration: null  # " << rules::rule_requirement(r, lang) << " — "
        << safe::yaml_comment(r.source.text) << msg::tr<Id::ruledoc_skel_duration_eg>(lang) << "\n";
  o << "sub_projects: null  # " << msg::tr<Id::ruledoc_skel_sub_projects>(lang) << "\n";
  o << "participants:  # " << msg::tr<Id::ruledoc_skel_participants>(lang) << "\n";
  for (const auto& p : placeholders(general, d)) {
    o << "  - name: " << safe::yaml_quoted(p.name) << "\n";
    o << "    country: " << p.country << "\n";
    o << "    role: " << p.role << "\n";
    o << "    kind: " << p.kind << "\n";
    if (!p.qualifications.empty()) {
      o << fmt::format("    qualifications: [{}]\n", fmt::join(p.qualifications, ", "));
    }
  }
  // Participant requirements, as comments.
  for (const auto& r : d.rules)
    if (r.measure != rules::Measure::Indicator)
      o << "  # " << r.full_id << ": " << rules::rule_requirement(r, lang) << " — "
        << safe::yaml_comment(r.source.text) << "\n";
  o << "research_contents:  # " << msg::tr<Id::ruledoc_skel_research>(lang) << "\n";
  for (const auto& r : d.research_contents)
    o << "  " << r.id << ": null  # " << safe::yaml_comment(r.title.get(lang)) << "\n";
  o << "indicators:\n";
  std::set<std::string> written;
  auto indicator = [&](const rules::Rule& r) {
    if (written.insert(r.id).second) {
      o << "  " << r.id << ": null  # " << rules::rule_requirement(r, lang);
      if (r.kind == rules::Kind::Categorical) {
        o << msg::tr<Id::ruledoc_skel_ids>(lang);
        for (const auto& c : r.categories) o << " " << c.id;
      }
      if (r.kind == rules::Kind::Qualitative) o << msg::tr<Id::ruledoc_skel_qualitative>(lang);
      if (r.kind == rules::Kind::Ratio) o << msg::tr<Id::ruledoc_skel_ratio>(lang);
      o << " — " << safe::yaml_comment(r.source.text) << "\n";
    }
    for (const auto& in : r.inputs) {
      if (!written.insert(in.id).second) continue;
      o << "  " << in.id << ": null  # " << msg::tr<Id::ruledoc_skel_input_to>(lang, r.id) << " ["
        << in.unit << "]: " << in.title.get(lang) << "\n";
    }
  };
  for (const auto& r : d.rules) {
    if (r.kind == rules::Kind::AnyOf) {
      // Either alternative meets the rule: both ids are offered, one is enough.
      o << "  # " << r.full_id << ": " << msg::tr<Id::ruledoc_skel_any_of>(lang) << " — "
        << safe::yaml_comment(r.source.text) << "\n";
      for (const auto& alt : r.any_of) indicator(alt);
      continue;
    }
    if (r.reads_indicator()) indicator(r);
  }
  // Waivers, as comments only: the skeleton waives nothing.
  o << msg::tr<Id::ruledoc_skel_waivers>(
      lang, d.rules.empty() ? std::string("general/max_duration") : d.rules.front().full_id);
  return o.str();
}

}  // namespace guidecheck::ruledoc
