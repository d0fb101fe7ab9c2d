// guidecheck schema DIRECTION: a JSON Schema (draft 2020-12) of a proposal for
// one direction, so yaml-language-server completes ids and shows each
// requirement on hover.
#include "eval/evaluate.h"
#include "ruledoc/ruledoc.h"
#include "ruledoc/schema.h"

namespace guidecheck::ruledoc {
namespace {

json value_forms(const std::string& example) {
  json number_or_text = json::array({json{{"type", "number"}}, json{{"type", "string"}}});
  return json{{"anyOf",
               json::array({json{{"type", "null"}}, json{{"type", "number"}}, json{{"type", "string"}},
                            json{{"type", "boolean"}},
                            json{{"type", "array"}, {"items", json{{"type", "string"}}}},
                            json{{"type", "object"},
                                 {"properties", json{{"value", json::object()},
                                                     {"note", json{{"type", "string"}}},
                                                     {"evidence", json{{"type", "string"}}},
                                                     {"min", json{{"anyOf", number_or_text}}},
                                                     {"max", json{{"anyOf", number_or_text}}}}},
                                 {"additionalProperties", false}}})},
              {"examples", json::array({example})}};
}

std::string describe(const rules::Rule& r, rules::Lang lang) {
  std::string s = r.title.get(lang) + ": " + eval::rule_requirement(r, lang) + " — " + r.source.text;
  if (!r.note.empty()) s += " (" + r.note.get(lang) + ")";
  return s;
}

}  // namespace

json proposal_schema(const rules::Pack& pack, const rules::Direction& d, rules::Lang lang) {
  json ind_props = json::object();
  for (const auto& r : d.rules) {
    if (!r.reads_indicator()) continue;
    std::string example = r.kind == rules::Kind::Qualitative ? "true"
                          : r.kind == rules::Kind::Ratio     ? "1:25000"
                          : r.unit.empty()                   ? "3"
                                                             : "… " + r.unit;
    json p = value_forms(example);
    p["description"] = describe(r, lang);
    if (r.kind == rules::Kind::Categorical) {
      json ids = json::array();
      for (const auto& c : r.categories) ids.push_back(c.id);
      p["anyOf"].push_back(json{{"type", "array"}, {"items", json{{"enum", ids}}}});
    }
    ind_props[r.id] = p;
    for (const auto& in : r.inputs) {
      json q = value_forms("… " + in.unit);
      q["description"] = in.title.get(lang) + " [" + in.unit + "] (input to " + r.id + ")";
      ind_props[in.id] = q;
    }
  }
  json rc_props = json::object();
  for (const auto& r : d.research_contents)
    rc_props[r.id] = json{{"description", r.title.get(lang) + " — " + r.source.text},
                          {"type", json::array({"string", "boolean", "null"})}};
  json participant{
      {"type", "object"},
      {"required", json::array({"name", "country", "role"})},
      {"properties",
       json{{"name", json{{"type", "string"}, {"minLength", 1}}},
            {"country", json{{"type", "string"}, {"pattern", "^[A-Z]{2}$"},
                             {"description", "ISO 3166-1 alpha-2; CN is Chinese, all others (HK, MO, TW included) foreign"}}},
            {"role", json{{"enum", json::array({"lead", "member"})}}},
            {"kind", json{{"enum", json::array({"university", "institute", "enterprise", "hospital",
                                                "testing_body", "classification_society", "shipowner",
                                                "international_org", "other"})}}},
            {"qualifications", json{{"type", "array"}, {"items", json{{"type", "string"}}}}}}},
      {"additionalProperties", false}};
  json s{{"$schema", "https://json-schema.org/draft/2020-12/schema"},
         {"$id", "https://guidecheck.invalid/schema/" + pack.id + "/" + d.number + ".json"},
         {"title", "guidecheck proposal: " + pack.id + " " + d.number + " " + d.title.get(lang)},
         {"type", "object"},
         {"required", json::array({"guidecheck", "direction", "participants"})},
         {"properties",
          json{{"guidecheck", json{{"const", 1}, {"description", "proposal format version"}}},
               {"guide", json{{"const", pack.id}}},
               {"direction", json{{"const", d.number}}},
               {"title", json{{"type", "string"}}},
               {"duration", json{{"type", json::array({"string", "number", "null"})},
                                 {"description", "≤ 3 年 — 实施周期不超过 3 年 (e.g. 36 个月)"}}},
               {"sub_projects", json{{"type", json::array({"integer", "null"})}, {"const", 0},
                                     {"description", "项目不下设课题: must be 0"}}},
               {"participants", json{{"type", "array"}, {"items", participant}}},
               {"research_contents", json{{"type", "object"}, {"properties", rc_props},
                                          {"additionalProperties", false}}},
               {"indicators", json{{"type", "object"}, {"properties", ind_props},
                                   {"additionalProperties", false}}}}},
         {"additionalProperties", false}};
  return s;
}

}  // namespace guidecheck::ruledoc
