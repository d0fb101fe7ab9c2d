// rules show --format json (contract §5).
#include "ruledoc/ruledoc.h"
#include "rules/requirement.h"

namespace guidecheck::ruledoc {

json rule_json(const rules::Rule& r) {
  json j{{"id", r.id}, {"rule", r.full_id}, {"kind", rules::kind_name(r.kind)}};
  if (r.measure != rules::Measure::Indicator) j["measure"] = r.measure_name();
  rules::Expected e = rules::expected_of(r);
  j["op"] = rules::op_name(e.op);  // as judged: a range with a better side binds its worse end
  if (e.guide_range) {
    j["guide_op"] = rules::op_name(r.op);
    j["guide_range"] = json::array({e.guide_range->first, e.guide_range->second});
  }
  if (e.value) j["value"] = *e.value;
  if (e.range) j["value"] = json::array({e.range->first, e.range->second});
  if (!e.list.empty() && r.kind != rules::Kind::AnyOf) j["value"] = e.list;  // any_of: below
  if (!e.ratio.empty()) j["value"] = e.ratio;
  if (!r.unit.empty()) j["unit"] = r.unit;
  if (!r.wording.empty()) j["wording"] = r.wording;
  if (!r.better.empty()) j["better"] = r.better;
  if (r.kind == rules::Kind::Formula) {
    j["formula"] = r.formula;
    json ins = json::array();
    for (const auto& in : r.inputs)
      ins.push_back(json{
          {"id", in.id}, {"unit", in.unit}, {"title", {{"zh", in.title.zh}, {"en", in.title.en}}}});
    j["inputs"] = ins;
  }
  if (!r.categories.empty()) {
    json cs = json::array();
    for (const auto& c : r.categories)
      cs.push_back(json{{"id", c.id}, {"zh", c.label.zh}, {"en", c.label.en}});
    j["categories"] = cs;
  }
  if (r.kind == rules::Kind::AnyOf) {
    json alts = json::array();
    for (const auto& alt : r.any_of) alts.push_back(rule_json(alt));
    j["any_of"] = alts;
  }
  j["severity"] = rules::severity_name(r.severity);
  j["title"] = json{{"zh", r.title.zh}, {"en", r.title.en}};
  j["source"] = json{{"section", r.source.section}, {"text", r.source.text}};
  if (!r.note.empty()) j["note"] = json{{"zh", r.note.zh}, {"en", r.note.en}};
  return j;
}

json direction_json(const rules::Pack& pack, const rules::Direction& d) {
  json j{{"guide", pack.id}, {"direction", d.number}};
  j["title"] = json{{"zh", d.title.zh}, {"en", d.title.en}};
  if (!d.area.empty()) j["area"] = json{{"zh", d.area.zh}, {"en", d.area.en}};
  json rc = json::array();
  for (const auto& r : d.research_contents)
    rc.push_back(json{{"id", r.id},
                      {"text", {{"zh", r.title.zh}, {"en", r.title.en}}},
                      {"source", {{"section", r.source.section}, {"text", r.source.text}}}});
  j["research_contents"] = rc;
  json ind = json::array(), req = json::array();
  for (const auto& r : d.rules)
    (r.reads_indicator() || r.kind == rules::Kind::AnyOf ? ind : req).push_back(rule_json(r));
  j["indicators"] = ind;
  j["requirements"] = req;  // rules on participants and other facts of the proposal
  json nt = json::array();
  for (const auto& n : d.not_thresholds)
    nt.push_back(json{{"number", n.number}, {"text", n.text}, {"reason", n.reason}});
  j["not_thresholds"] = nt;
  return j;
}

}  // namespace guidecheck::ruledoc
