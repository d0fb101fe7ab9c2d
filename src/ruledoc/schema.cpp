// guidecheck schema DIRECTION: a JSON Schema (draft 2020-12) of a proposal for
// one direction, so that yaml-language-server (VS Code, Neovim ...) completes
// the ids and shows each requirement on hover. The schema describes the form
// of a proposal, not whether it passes: a value that `check` would judge (even
// as failing) is valid here; a key `check` does not know, a value of a type it
// cannot read for that kind, or a country that is not ISO 3166-1 is not.
#include "ruledoc/schema.h"

#include <fmt/format.h>

#include "messages/text.h"
#include "ruledoc/ruledoc.h"
#include "rules/requirement.h"
#include "text/normalize.h"

namespace guidecheck::ruledoc {
namespace {

json ref(const char* def) { return json{{"$ref", std::string("#/$defs/") + def}}; }

// The long form {value: ..., note: ..., evidence: ...} or {min: ..., max: ...}.
json long_form(const json& inner, rules::Lang lang) {
  json end{{"type", json::array({"number", "string"})}};
  return json{
      {"type", "object"},
      {"properties",
       json{{"value", inner},
            {"min", end},
            {"max", end},
            {"note", json{{"description", msg::tr<msg::Id::ruledoc_schema_applicant_note>(lang)}}},
            {"evidence", json{{"description", msg::tr<msg::Id::ruledoc_schema_evidence>(lang)}}}}},
      {"additionalProperties", false},
      {"not", json{{"anyOf", json::array({json{{"required", json::array({"value", "min"})}},
                                          json{{"required", json::array({"value", "max"})}}})}}}};
}

// `waivers:` (docs/format.md): each {rule, reason, by, until}; the rule one
// of the direction's or a general one (an editor flags a typo as guidecheck does).
json waivers_schema(const rules::General& general, const rules::Direction& d, rules::Lang lang) {
  json ids = json::array();
  for (const auto& r : general.rules) ids.push_back(r.full_id);
  for (const auto& r : d.rules) ids.push_back(r.full_id);
  ids.push_back("general/unknown_key");
  json item{{"type", "object"},
            {"required", json::array({"rule", "reason"})},
            {"properties", json{{"rule", json{{"enum", ids}}},
                                {"reason", json{{"type", "string"}, {"pattern", "\\S"}}},
                                {"by", json{{"type", json::array({"string", "null"})}}},
                                {"until", json{{"type", json::array({"string", "null"})},
                                               {"pattern", "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"}}}}},
            {"additionalProperties", false}};
  return json{{"type", json::array({"array", "null"})},
              {"items", item},
              {"description", msg::tr<msg::Id::ruledoc_schema_waivers>(lang)}};
}

// Reusable value forms, one per kind of rule (contract §3, "Values of indicators").
json value_defs(rules::Lang lang) {
  json t_null{{"type", "null"}}, t_num{{"type", "number"}}, t_str{{"type", "string"}},
      t_bool{{"type", "boolean"}};
  json scalar_list{{"type", "array"},
                   {"items", json{{"type", json::array({"string", "number", "boolean"})}}}};
  json quantity_inner{{"type", json::array({"number", "string"})}};
  return json{
      {"quantity",
       json{{"description", msg::tr<msg::Id::ruledoc_schema_quantity>(lang)},
            {"anyOf", json::array({t_null, t_num, t_str, long_form(quantity_inner, lang)})}}},
      {"ratio",
       json{{"description", msg::tr<msg::Id::ruledoc_schema_ratio>(lang)},
            {"anyOf", json::array({t_null, t_num, t_str, long_form(quantity_inner, lang)})}}},
      {"categories",
       json{{"description", msg::tr<msg::Id::ruledoc_schema_categories>(lang)},
            {"anyOf",
             json::array({t_null, t_str, scalar_list,
                          long_form(json{{"anyOf", json::array({t_str, scalar_list})}}, lang)})}}},
      {"commitment",
       json{{"description", msg::tr<msg::Id::ruledoc_schema_commitment>(lang)},
            {"anyOf",
             json::array({t_null, t_bool, t_str, t_num, scalar_list,
                          long_form(json{{"type", json::array({"boolean", "string", "number"})}},
                                    lang)})}}},
      {"research_item", json{{"description", msg::tr<msg::Id::ruledoc_schema_research_item>(lang)},
                             {"type", json::array({"string", "boolean", "number", "null"})}}}};
}

const char* def_for(rules::Kind k) {
  switch (k) {
    case rules::Kind::Qualitative:
      return "commitment";
    case rules::Kind::Categorical:
      return "categories";
    case rules::Kind::Ratio:
      return "ratio";
    case rules::Kind::Quantity:
    case rules::Kind::Count:
    case rules::Kind::RangeCover:
    case rules::Kind::Formula:
    case rules::Kind::AnyOf:
      return "quantity";
  }
  return "quantity";
}

std::string requirement(const rules::Rule& r, rules::Lang lang) {
  return rules::rule_requirement(r, lang);
}

// Hover text: the requirement, then the guide's words.
void describe(json& p, const rules::Rule& r, rules::Lang lang) {
  std::string title = r.title.get(lang), req = requirement(r, lang);
  std::string sev = r.severity == rules::Severity::Error
                        ? ""
                        : fmt::format(" [{}]", rules::severity_name(r.severity));
  std::string d = title + ": " + req + sev + " — " + r.source.section + ": " + r.source.text;
  if (!r.note.empty()) d += " (" + r.note.get(lang) + ")";
  std::string md = "**" + title + "**" + sev + "\n\n" +
                   msg::tr<msg::Id::ruledoc_schema_requires>(lang, req) + "\n\n> " + r.source.text +
                   "\n\n*" + r.source.section + "* · `" + r.full_id + "`";
  if (!r.note.empty()) md += "\n\n" + r.note.get(lang);
  p["title"] = title;
  p["description"] = d;
  p["markdownDescription"] = md;
}

// A value that meets the rule, as a proposal would write it, where one follows
// from the rule alone.
std::optional<json> example(const rules::Rule& r) {
  std::string unit = r.unit.empty() ? "" : " " + r.unit;
  switch (r.kind) {
    case rules::Kind::Qualitative:
      return json(true);
    case rules::Kind::Categorical:
      return json(r.values);
    case rules::Kind::Ratio:
      return json(rules::expected_of(r).ratio);
    case rules::Kind::RangeCover:
      return json(rules::format_number(r.lo) + " ~ " + rules::format_number(r.hi) + unit);
    case rules::Kind::Formula:
      return std::nullopt;
    case rules::Kind::Quantity:
    case rules::Kind::Count:
    case rules::Kind::AnyOf:
      if (r.op == rules::Op::Between)
        return json(rules::format_number(r.lo) + " ~ " + rules::format_number(r.hi) + unit);
      if (r.kind == rules::Kind::Count &&
          (r.op == rules::Op::Ge || r.op == rules::Op::Le || r.op == rules::Op::Eq))
        return json(r.value);
      return json(rules::op_symbol(r.op) + std::string(" ") + rules::format_number(r.value) + unit);
  }
  return std::nullopt;
}

json indicator_property(const rules::Rule& r, rules::Lang lang) {
  json p = ref(def_for(r.kind));
  describe(p, r, lang);
  if (auto e = example(r)) p["examples"] = json::array({*e});
  if (r.kind == rules::Kind::Categorical && !r.categories.empty()) {
    // Offer the ids for completion; names (zh/en labels) are accepted too.
    json ids = json::array();
    for (const auto& c : r.categories) ids.push_back(c.id);
    p["items"] = json{{"anyOf", json::array({json{{"enum", ids}},
                                             json{{"type", json::array({"string", "number"})}}})}};
  }
  return p;
}

// Descriptions of every rule on a fact of the proposal (duration, participants ...):
// the rules whose measure `on` accepts.
std::string rules_on(const rules::General& g, const rules::Direction& d, bool (*on)(rules::Measure),
                     rules::Lang lang) {
  std::string s;
  auto add = [&](const rules::Rule& r) {
    if (!on(r.measure)) return;
    s += (s.empty() ? "" : "\n") +
         ("- " + r.title.get(lang) + ": " + requirement(r, lang) + " — " + r.source.text);
  };
  for (const auto& r : g.rules) add(r);
  for (const auto& r : d.rules) add(r);
  return s;
}

using rules::Measure;
template <Measure M>
bool is(Measure m) {
  return m == M;
}

json countries() {
  json cs = json::array();
  std::string cc = "AA";
  for (char a = 'A'; a <= 'Z'; ++a)
    for (char b = 'A'; b <= 'Z'; ++b) {
      cc[0] = a;
      cc[1] = b;
      if (text::known_country(cc)) cs.push_back(cc);
    }
  return cs;
}

json with_description(json p, const std::string& d) {
  if (!d.empty()) p["description"] = d;
  return p;
}

// The properties of `indicators:`: one per rule that reads an indicator
// (alternatives of an any-of group included, each saying that one of its
// group is enough), and one per input of a computed rule.
json indicator_properties(const rules::Direction& d, rules::Lang lang) {
  json ind_props = json::object();
  std::vector<const rules::Rule*> readers;  // rules reading an indicator, alternatives included
  for (const auto& r : d.rules) {
    if (r.reads_indicator()) readers.push_back(&r);
    for (const auto& alt : r.any_of) readers.push_back(&alt);
  }
  for (const rules::Rule* rp : readers) {
    const rules::Rule& r = *rp;
    ind_props[r.id] = indicator_property(r, lang);
    for (const auto& any : d.rules)
      for (const auto& alt : any.any_of)
        if (&alt == rp) {  // say that one alternative of the group is enough
          std::string either = msg::tr<msg::Id::ruledoc_schema_alternative>(lang, any.full_id);
          ind_props[r.id]["description"] =
              ind_props[r.id]["description"].get<std::string>() + either;
        }
    for (const auto& in : r.inputs) {
      json q = ref("quantity");
      q["title"] = in.title.get(lang);
      q["description"] = fmt::format("{} [{}] — {}", in.title.get(lang), in.unit,
                                     msg::tr<msg::Id::ruledoc_schema_input_to>(lang, r.full_id));
      ind_props[in.id] = q;
    }
  }
  return ind_props;
}

// The properties of `research_contents:`, each with the guide's words on hover.
json research_properties(const rules::Direction& d, rules::Lang lang) {
  json rc_props = json::object();
  for (const auto& r : d.research_contents) {
    json p = ref("research_item");
    p["title"] = r.title.get(lang);
    p["description"] = r.title.get(lang) + " — " + r.source.section + ": " + r.source.text;
    p["markdownDescription"] =
        "**" + r.title.get(lang) + "**\n\n> " + r.source.text + "\n\n*" + r.source.section + "*";
    rc_props[r.id] = p;
  }
  return rc_props;
}

// One item of `participants:`.
json participant_schema(rules::Lang lang) {
  return json{
      {"type", "object"},
      {"required", json::array({"name", "country", "role"})},
      {"properties",
       json{{"name", json{{"type", "string"},
                          {"description", msg::tr<msg::Id::ruledoc_schema_institution>(lang)}}},
            {"country", json{{"enum", countries()},
                             {"description", msg::tr<msg::Id::ruledoc_schema_country>(lang)}}},
            {"role", json{{"enum", json::array({"lead", "member"})},
                          {"description", msg::tr<msg::Id::ruledoc_schema_role>(lang)}}},
            {"kind", json{{"enum", json::array({"university", "institute", "enterprise", "hospital",
                                                "testing_body", "classification_society",
                                                "shipowner", "international_org", "other"})},
                          {"description", msg::tr<msg::Id::ruledoc_schema_kind>(lang)}}},
            {"qualifications",
             json{{"type", json::array({"array", "null"})},
                  {"items", json{{"type", "string"}}},
                  {"examples", json::array({json::array({"human_genetic_resources_preservation"}),
                                            json::array({"biobank_accreditation"})})}}}}},
      {"additionalProperties", false}};
}

// The top-level keys of a proposal, each described by the rules on it.
json top_properties(const rules::Pack& pack, const rules::General& general,
                    const rules::Direction& d, rules::Lang lang) {
  std::string title = d.title.get(lang);
  return json{
      {"guidecheck",
       json{{"const", 1}, {"description", msg::tr<msg::Id::ruledoc_schema_format_version>(lang)}}},
      {"guide", json{{"const", pack.id}, {"description", pack.title.get(lang)}}},
      {"direction", json{{"const", d.number},
                         {"description", (d.area.empty() ? "" : d.area.get(lang) + ": ") + title}}},
      {"title", json{{"type", "string"}}},
      {"duration",
       with_description(ref("quantity"), rules_on(general, d, is<Measure::Duration>, lang))},
      {"sub_projects",
       with_description(json{{"type", json::array({"integer", "string", "null"})}, {"minimum", 0}},
                        rules_on(general, d, is<Measure::SubProjects>, lang))},
      {"participants",
       with_description(json{{"type", "array"}, {"items", participant_schema(lang)}},
                        rules_on(general, d, rules::on_participants, lang))},
      {"research_contents",
       json{{"type", json::array({"object", "null"})},
            {"properties", research_properties(d, lang)},
            {"additionalProperties", false},
            {"description", rules_on(general, d, is<Measure::ResearchContents>, lang)}}},
      {"indicators", json{{"type", json::array({"object", "null"})},
                          {"properties", indicator_properties(d, lang)},
                          {"additionalProperties", false},
                          {"description", rules_on(general, d, is<Measure::Indicators>, lang)}}},
      {"waivers", waivers_schema(general, d, lang)}};
}

}  // namespace

json proposal_schema(const rules::Pack& pack, const rules::General& general,
                     const rules::Direction& d, rules::Lang lang) {
  std::string title = d.title.get(lang);
  json s{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
         {"$id", "https://guidecheck.invalid/schema/" + pack.id + "/" + d.number + ".json"},
         {"title", msg::tr<msg::Id::ruledoc_schema_title>(lang, pack.id, d.number, title)},
         {"description", msg::tr<msg::Id::ruledoc_schema_description>(lang, d.number + " " + title,
                                                                      pack.title.get(lang))},
         {"type", "object"},
         {"required", json::array({"guidecheck", "direction", "participants"})},
         {"properties", top_properties(pack, general, d, lang)},
         {"additionalProperties", false},
         {"$defs", value_defs(lang)}};
  return s;
}

}  // namespace guidecheck::ruledoc
