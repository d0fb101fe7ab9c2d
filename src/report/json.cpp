// check --format json (contract §4).
#include <nlohmann/json.hpp>

#include "report/json_fields.h"
#include "report/sink.h"

namespace guidecheck::report {

using json = nlohmann::ordered_json;

json location_json(const Mark& m) {
  return json{{"line", m.line > 0 ? m.line : 1}, {"column", m.column > 0 ? m.column : 1}};
}

json expected_json(const rules::Expected& e) {
  json j{{"op", rules::op_name(e.op)}};
  if (e.value) j["value"] = *e.value;
  if (e.range) j["value"] = json::array({e.range->first, e.range->second});
  if (!e.list.empty()) j["value"] = e.list;
  if (!e.ratio.empty()) j["value"] = e.ratio;
  if (!e.unit.empty()) j["unit"] = e.unit;
  if (e.guide_range) j["guide_range"] = json::array({e.guide_range->first, e.guide_range->second});
  return j;
}

json finding_json(const eval::Finding& f) {
  json j{{"rule", f.rule_id},
         {"status", eval::status_name(f.status)},
         {"severity", rules::severity_name(f.severity)},
         {"message", f.message},
         {"expected", expected_json(f.expected)}};
  if (f.actual) {
    json a = json::object();
    if (f.actual->value) a["value"] = *f.actual->value;
    if (f.actual->range)
      a["range"] = json::array({f.actual->range->first, f.actual->range->second});
    if (!f.actual->list.empty()) a["list"] = f.actual->list;
    if (!f.actual->unit.empty() && (f.actual->value || f.actual->range)) a["unit"] = f.actual->unit;
    if (!f.actual->text.empty()) a["text"] = f.actual->text;
    j["actual"] = a;
  }
  j["location"] = location_json(f.location);
  if (f.waiver) {
    // contract §4: {reason, by, until}; `source` says where the waiver is written.
    json w{{"reason", f.waiver->reason}};
    w["by"] = f.waiver->by.empty() ? json(nullptr) : json(f.waiver->by);
    w["until"] = f.waiver->until.empty() ? json(nullptr) : json(f.waiver->until);
    w["source"] = f.waiver->external ? "config" : "proposal";
    if (f.waiver->external) w["file"] = f.waiver->file;
    w["location"] = location_json(f.waiver->mark);
    j["waiver"] = w;
  }
  if (f.rule) {
    j["source"] = json{{"section", f.rule->source.section}, {"text", f.rule->source.text}};
    j["title"] = f.title;
    if (!f.note.empty()) j["note"] = f.note;
  }
  return j;
}

json result_json(const eval::FileResult& r) {
  json j{{"file", r.file}};
  if (!r.guide.empty()) j["guide"] = r.guide;
  if (!r.direction.empty()) j["direction"] = r.direction;
  j["status"] = eval::file_status_name(r.status);
  if (r.error)
    j["error"] = json{{"message", r.error->message}, {"location", location_json(r.error->mark)}};
  json fs = json::array();
  for (const auto& f : r.findings) fs.push_back(finding_json(f));
  j["findings"] = fs;
  if (!r.warnings.empty()) {
    json ws = json::array();
    for (const auto& w : r.warnings)
      ws.push_back(json{{"message", w.message}, {"location", location_json(w.mark)}});
    j["warnings"] = ws;
  }
  return j;
}

}  // namespace guidecheck::report
