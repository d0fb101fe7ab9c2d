// check --format json (contract §4): the fields of one result, written with
// the streaming JsonWriter (json_writer.h) by json_stream.cpp and, in part,
// by sarif.cpp.
#include "report/json_fields.h"

namespace guidecheck::report {

void write_location(JsonWriter& w, const Mark& m) {
  w.begin_object();
  w.member("line", m.line > 0 ? m.line : 1);
  w.member("column", m.column > 0 ? m.column : 1);
  w.end_object();
}

namespace {
void write_pair(JsonWriter& w, std::string_view key, const std::pair<double, double>& p) {
  w.key(key);
  w.begin_array();
  w.number(p.first);
  w.number(p.second);
  w.end_array();
}

void write_strings(JsonWriter& w, std::string_view key, const std::vector<std::string>& list) {
  w.key(key);
  w.begin_array();
  for (const auto& s : list) w.string(s);
  w.end_array();
}
}  // namespace

void write_expected_members(JsonWriter& w, const rules::Expected& e) {
  w.member("op", rules::op_name(e.op));
  // One "value": the ratio, the list, the range or the number, in that
  // order of precedence (an expectation has at most one of them).
  if (!e.ratio.empty())
    w.member("value", e.ratio);
  else if (!e.list.empty())
    write_strings(w, "value", e.list);
  else if (e.range)
    write_pair(w, "value", *e.range);
  else if (e.value)
    w.member("value", *e.value);
  if (!e.unit.empty()) w.member("unit", e.unit);
  if (e.guide_range) write_pair(w, "guide_range", *e.guide_range);
}

void write_expected(JsonWriter& w, const rules::Expected& e) {
  w.begin_object();
  write_expected_members(w, e);
  w.end_object();
}

namespace {
void write_actual(JsonWriter& w, const eval::Actual& a) {
  w.key("actual");
  w.begin_object();
  if (a.value) w.member("value", *a.value);
  if (a.range) write_pair(w, "range", *a.range);
  if (!a.list.empty()) write_strings(w, "list", a.list);
  if (!a.unit.empty() && (a.value || a.range)) w.member("unit", a.unit);
  if (!a.text.empty()) w.member("text", a.text);
  w.end_object();
}

// contract §4: {reason, by, until}; `source` says where the waiver is written.
void write_waiver(JsonWriter& w, const eval::WaiverInfo& v) {
  w.key("waiver");
  w.begin_object();
  w.member("reason", v.reason);
  w.key("by");
  v.by.empty() ? w.null() : w.string(v.by);
  w.key("until");
  v.until.empty() ? w.null() : w.string(v.until);
  w.member("source", v.external ? "config" : "proposal");
  if (v.external) w.member("file", v.file);
  w.key("location");
  write_location(w, v.mark);
  w.end_object();
}

void write_finding(JsonWriter& w, const eval::Finding& f) {
  w.begin_object();
  w.member("rule", f.rule_id);
  w.member("status", eval::status_name(f.status));
  w.member("severity", rules::severity_name(f.severity));
  w.member("message", f.message);
  w.key("expected");
  write_expected(w, f.expected);
  if (f.actual) write_actual(w, *f.actual);
  w.key("location");
  write_location(w, f.location);
  if (f.waiver) write_waiver(w, *f.waiver);
  if (f.rule) {
    w.key("source");
    w.begin_object();
    w.member("section", f.rule->source.section);
    w.member("text", f.rule->source.text);
    w.end_object();
    w.member("title", f.title);
    if (!f.note.empty()) w.member("note", f.note);
  }
  w.end_object();
}

void write_notice(JsonWriter& w, const eval::Notice& n) {
  w.begin_object();
  w.member("message", n.message);
  w.key("location");
  write_location(w, n.mark);
  w.end_object();
}
}  // namespace

void write_result(JsonWriter& w, const eval::FileResult& r) {
  w.begin_object();
  w.member("file", r.file);
  if (!r.guide.empty()) w.member("guide", r.guide);
  if (!r.direction.empty()) w.member("direction", r.direction);
  w.member("status", eval::file_status_name(r.status));
  if (r.error) {
    w.key("error");
    write_notice(w, *r.error);
  }
  w.key("findings");
  w.begin_array();
  for (const auto& f : r.findings) write_finding(w, f);
  w.end_array();
  if (!r.warnings.empty()) {
    w.key("warnings");
    w.begin_array();
    for (const auto& n : r.warnings) write_notice(w, n);
    w.end_array();
  }
  w.end_object();
}

}  // namespace guidecheck::report
