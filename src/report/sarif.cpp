// check --format sarif: SARIF 2.1.0 (OASIS) for GitHub code scanning and other
// SARIF viewers. Every requirement of each direction checked is a rule of
// tool.driver.rules (its guide text as help); every finding that does not pass
// is a result (passed ones too with --sarif-passes, of kind "pass"), each with
// a physical location (the value, or the key that encloses a missing one). A
// file that could not be checked is a result of the rule guidecheck/input and
// makes executionSuccessful false; a proposal's warnings (unknown keys ...)
// are tool execution notifications. No timestamps.
//
// Streamed: results, artifacts and notifications go to scratch files
// (spool.h) as each file's result comes, and are copied into the log after
// the tool at the end. The rules table is built from the rule packs: the
// first result of a direction brings every rule of it (each rule evaluated
// is one finding, passing or not, pointing into the pack), so the table holds
// every requirement of the directions met whether or not its results are
// reported, and grows with the packs, never with the batch.
#include <map>

#include "common/safe_text.h"
#include "messages/text.h"
#include "report/finding_text.h"
#include "report/json_fields.h"
#include "report/paths.h"
#include "report/sink.h"
#include "report/spool.h"
#include "rules/requirement.h"

namespace guidecheck::report {
namespace {

using json = nlohmann::ordered_json;

constexpr const char* kInputRule = "guidecheck/input";

const char* level_of(rules::Severity s) {
  switch (s) {
    case rules::Severity::Error:
      return "error";
    case rules::Severity::Warning:
      return "warning";
    case rules::Severity::Info:
      return "note";
  }
  return "error";
}

// GitHub's own scale for the alert list.
const char* problem_severity(rules::Severity s) {
  switch (s) {
    case rules::Severity::Error:
      return "error";
    case rules::Severity::Warning:
      return "warning";
    case rules::Severity::Info:
      return "recommendation";
  }
  return "error";
}

// "round_trip_efficiency" -> "RoundTripEfficiency"
std::string pascal_case(const std::string& id) {
  std::string s;
  bool up = true;
  for (char c : id) {
    if (c == '_' || c == '-' || c == '/' || c == '.') {
      up = true;
      continue;
    }
    s += up && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    up = false;
  }
  return s;
}

json rule_descriptor(const eval::Finding& f, const RenderOptions& o) {
  const rules::Lang lang = o.lang;
  std::string short_id = f.rule ? f.rule->id : f.rule_id.substr(f.rule_id.find('/') + 1);
  // Rule packs are untrusted: every text a viewer shows goes through
  // safe::text (plain) or safe::markdown (help.markdown).
  using safe::markdown;
  using safe::text;
  std::string raw_title = f.title.empty() ? f.rule_id : f.title;
  std::string title = text(raw_title);
  // Rule-level data, not this finding's: a general rule's expectation (e.g. all N
  // research items) varies with the direction.
  std::string requirement =
      f.rule ? rules::rule_requirement(*f.rule, o.lang) : expected_text(f, o.lang);
  std::string guide, guide_md;
  if (f.rule) {
    guide = msg::tr<msg::Id::report_sarif_guide>(lang, text(f.rule->source.section),
                                                 text(f.rule->source.text));
    guide_md = msg::tr<msg::Id::report_sarif_guide_md>(lang, markdown(f.rule->source.section),
                                                       markdown(f.rule->source.text));
  }
  std::string full = guide.empty() ? title : guide;
  if (!f.note.empty()) full += msg::tr<msg::Id::report_sarif_note>(lang, text(f.note));
  std::string help = msg::tr<msg::Id::report_sarif_requires>(lang, title, text(requirement));
  std::string help_md =
      msg::tr<msg::Id::report_sarif_requires_md>(lang, markdown(raw_title), markdown(requirement));
  if (!guide.empty()) help += "\n" + guide, help_md += "\n\n" + guide_md;
  if (!f.note.empty()) {
    help += msg::tr<msg::Id::report_sarif_note>(lang, text(f.note));
    help_md += msg::tr<msg::Id::report_sarif_note_md>(lang, markdown(f.note));
  }
  help += msg::tr<msg::Id::report_sarif_see>(lang, text(f.rule_id));
  help_md += "\n\nguidecheck explain " + markdown(f.rule_id);

  json props = expected_json(f.rule ? rules::expected_of(*f.rule) : f.expected);  // op, value, unit
  if (f.rule) {
    props["kind"] = rules::kind_name(f.rule->kind);
    props["section"] = f.rule->source.section;
    props["guideText"] = f.rule->source.text;
  }
  props["severity"] = rules::severity_name(f.severity);
  props["problem.severity"] = problem_severity(f.severity);
  props["precision"] = "very-high";
  props["tags"] = json::array({"guidecheck", f.rule_id.substr(0, f.rule_id.find('/'))});
  json d{{"id", f.rule_id},
         {"name", pascal_case(short_id)},
         {"shortDescription", {{"text", title}}},
         {"fullDescription", {{"text", full}}},
         {"help", {{"text", help}, {"markdown", help_md}}}};
  if (!o.project_url.empty()) d["helpUri"] = o.project_url;
  d["defaultConfiguration"] = {{"level", level_of(f.severity)}};
  d["properties"] = props;
  return d;
}

json input_rule(const RenderOptions& o) {
  std::string t = msg::tr<msg::Id::report_sarif_input_title>(o.lang);
  std::string h = msg::tr<msg::Id::report_sarif_input_help>(o.lang);
  json d{{"id", kInputRule},
         {"name", "Input"},
         {"shortDescription", {{"text", t}}},
         {"fullDescription", {{"text", h}}},
         {"help", {{"text", h}, {"markdown", h}}}};
  if (!o.project_url.empty()) d["helpUri"] = o.project_url;
  d["defaultConfiguration"] = {{"level", "error"}};
  d["properties"] = {
      {"severity", "error"}, {"problem.severity", "error"}, {"tags", {"guidecheck"}}};
  return d;
}

json artifact_location(const std::string& file, long index) {
  json l{{"uri", path_uri(file)}};
  if (!file.empty() && file[0] != '/') l["uriBaseId"] = "%SRCROOT%";
  if (index >= 0) l["index"] = index;
  return l;
}

// Writes `j` as the next element of an array nested `depth` deep.
void element(std::ostream& out, bool& first, const json& j, int depth) {
  out << (first ? "\n" : ",\n") << std::string(static_cast<std::size_t>(depth), ' ');
  put_json(out, j, depth);
  first = false;
}

// The array `name`: its elements from `spool`, or [] when there were none.
void array(std::ostream& out, const char* name, bool empty, Spool& spool, int depth) {
  std::string pad(static_cast<std::size_t>(depth), ' ');
  out << pad << "\"" << name << "\": [";
  if (empty) {
    out << "]";
    return;
  }
  spool.copy_to(out);
  out << "\n" << pad << "]";
}

class SarifSink : public Sink {
 public:
  SarifSink(std::ostream& out, const RenderOptions& o) : out_(out), o_(o) {}

  void add(const eval::FileResult& r) override {
    std::string file = repo_path(r.file);
    long index = artifacts_n_++;
    element(artifacts_.stream(), no_artifacts_,
            json{{"location", artifact_location(file, -1)},
                 {"roles", json::array({"analysisTarget"})},
                 {"mimeType", "application/yaml"},
                 {"sourceLanguage", "yaml"}},
            8);
    auto location = [&](const Mark& m) {
      Mark k = known_mark(m);
      return json{{"physicalLocation",
                   {{"artifactLocation", artifact_location(file, index)},
                    {"region", {{"startLine", k.line}, {"startColumn", k.column}}}}}};
    };
    // Every rule of the result's direction, from the pack, before its results.
    for (const eval::Finding& f : r.findings)
      if (f.rule) rule_index(f);
    if (r.error) {
      all_checked_ = false;
      element(results_.stream(), no_results_,
              json{{"ruleId", kInputRule},
                   {"ruleIndex", input_rule_index()},
                   {"kind", "fail"},
                   {"level", "error"},
                   {"message", {{"text", safe::text(r.error->message)}}},
                   {"locations", json::array({location(r.error->mark)})},
                   {"partialFingerprints", {{"ruleAndFile/v1", file + "|" + kInputRule}}}},
              8);
    }
    for (const eval::Finding& f : r.findings) {
      bool pass = f.status == eval::Status::Pass;
      if (pass && !o_.sarif_passes) continue;
      json props{{"status", eval::status_name(f.status)},
                 {"severity", rules::severity_name(f.severity)},
                 {"blocking", blocking(f, o_)},
                 {"expected", expected_json(f.expected)}};
      if (std::string a = actual_text(f); !a.empty()) props["actual"] = a;
      json result{{"ruleId", f.rule_id},
                  {"ruleIndex", rule_index(f)},
                  {"kind", pass ? "pass" : "fail"},
                  {"level", pass ? "none" : level_of(f.severity)},
                  {"message", {{"text", safe::text(f.message)}}},
                  {"locations", json::array({location(f.location)})},
                  {"partialFingerprints", {{"ruleAndFile/v1", file + "|" + f.rule_id}}}};
      if (f.status == eval::Status::Waived && f.waiver) {
        // A waived finding is a result that fails, suppressed with the
        // waiver's reason: inSource when the proposal itself waives it,
        // external when a config file does (SARIF 2.1.0 §3.35).
        json sup{{"kind", f.waiver->external ? "external" : "inSource"},
                 {"status", "accepted"},
                 {"justification", safe::text(f.waiver->reason)}};
        json wp{{"by", f.waiver->by}, {"until", f.waiver->until}};
        if (f.waiver->external) {
          // The config file is no analysis target: its location has no
          // artifact index (the artifacts are the proposals, streamed).
          Mark k = known_mark(f.waiver->mark);
          sup["location"] = {
              {"physicalLocation",
               {{"artifactLocation", artifact_location(repo_path(f.waiver->file), -1)},
                {"region", {{"startLine", k.line}, {"startColumn", k.column}}}}}};
          wp["file"] = repo_path(f.waiver->file);
        }
        sup["properties"] = wp;
        result["suppressions"] = json::array({sup});
      }
      result["properties"] = props;
      element(results_.stream(), no_results_, result, 8);
    }
    for (const eval::Notice& w : r.warnings)
      element(notes_.stream(), no_notes_,
              json{{"level", w.error ? "error" : "warning"},
                   {"message", {{"text", safe::text(w.message)}}},
                   {"locations", json::array({location(w.mark)})}},
              12);
  }

  void finish() override {
    json driver{{"name", "guidecheck"}};
    if (!o_.project_url.empty()) driver["informationUri"] = o_.project_url;
    if (!o_.tool_version.empty())
      driver["version"] = o_.tool_version, driver["semanticVersion"] = o_.tool_version;
    driver["rules"] = std::move(rules_);
    out_ << "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
            "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"tool\": ";
    put_json(out_, json{{"driver", driver}}, 6);
    out_ << ",\n      \"invocations\": [\n        {\n          \"executionSuccessful\": "
         << (all_checked_ ? "true" : "false");
    if (!no_notes_) {
      out_ << ",\n";
      array(out_, "toolExecutionNotifications", false, notes_, 10);
    }
    out_ << "\n        }\n      ],\n      \"language\": \""
         << (o_.lang == rules::Lang::Zh ? "zh-CN" : "en-US")
         << "\",\n      \"columnKind\": \"unicodeCodePoints\",\n";
    array(out_, "artifacts", no_artifacts_, artifacts_, 6);
    out_ << ",\n";
    array(out_, "results", no_results_, results_, 6);
    out_ << "\n    }\n  ]\n}\n";
  }

 private:
  int rule_index(const eval::Finding& f) {
    auto [it, added] = rule_index_.emplace(f.rule_id, static_cast<int>(rules_.size()));
    if (added) rules_.push_back(rule_descriptor(f, o_));
    return it->second;
  }
  int input_rule_index() {
    auto [it, added] = rule_index_.emplace(kInputRule, static_cast<int>(rules_.size()));
    if (added) rules_.push_back(input_rule(o_));
    return it->second;
  }

  std::ostream& out_;
  RenderOptions o_;
  std::map<std::string, int> rule_index_;
  json rules_ = json::array();
  Spool results_, artifacts_, notes_;
  bool no_results_ = true, no_artifacts_ = true, no_notes_ = true;
  long artifacts_n_ = 0;
  bool all_checked_ = true;
};

}  // namespace

std::unique_ptr<Sink> open_sarif(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<SarifSink>(out, o);
}

}  // namespace guidecheck::report
