// check --format sarif: SARIF 2.1.0 (OASIS) for GitHub code scanning and other
// SARIF viewers. Every requirement met in the run is a rule of tool.driver.rules
// (its guide text as help); every finding is a result, passed ones included
// with kind "pass", each with a physical location (the value, or the key that
// encloses a missing one). A file that could not be checked is a result of the
// rule guidecheck/input and makes executionSuccessful false; a proposal's
// warnings (unknown keys ...) are tool execution notifications. No timestamps.
#include <map>

#include "common/safe_text.h"
#include "eval/evaluate.h"
#include "report/finding_text.h"
#include "report/json_fields.h"
#include "report/paths.h"
#include "report/render.h"

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

json rule_descriptor(const Finding& f, const RenderOptions& o) {
  bool zh = o.lang == rules::Lang::Zh;
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
      f.rule ? eval::rule_requirement(*f.rule, o.lang) : expected_text(f, o.lang);
  std::string guide, guide_md;
  if (f.rule) {
    guide =
        (zh ? "指南 " : "Guide ") + text(f.rule->source.section) + ": " + text(f.rule->source.text);
    guide_md = "**" + std::string(zh ? "指南" : "Guide") + " " + markdown(f.rule->source.section) +
               "**: " + markdown(f.rule->source.text);
  }
  std::string full = guide.empty() ? title : guide;
  if (!f.note.empty()) full += "\n" + std::string(zh ? "说明: " : "Note: ") + text(f.note);
  std::string help = title + " — " + (zh ? "要求 " : "requires ") + text(requirement);
  std::string help_md =
      "**" + markdown(raw_title) + "** — " + (zh ? "要求 " : "requires ") + markdown(requirement);
  if (!guide.empty()) help += "\n" + guide, help_md += "\n\n" + guide_md;
  if (!f.note.empty()) {
    help += "\n" + std::string(zh ? "说明: " : "Note: ") + text(f.note);
    help_md += "\n\n" + std::string(zh ? "*说明*: " : "*Note*: ") + markdown(f.note);
  }
  help += "\n" + std::string(zh ? "查看: " : "See: ") + "guidecheck explain " + text(f.rule_id);
  help_md += "\n\nguidecheck explain " + markdown(f.rule_id);

  json props = expected_json(f.rule ? eval::expected_of(*f.rule) : f.expected);  // op, value, unit
  if (f.rule) {
    props["kind"] = rules::kind_name(f.rule->kind);
    props["section"] = f.rule->source.section;
    props["guideText"] = f.rule->source.text;
  }
  props["severity"] = rules::severity_name(f.severity);
  props["problem.severity"] = problem_severity(f.severity);
  props["precision"] = "very-high";
  props["tags"] = json::array({"guidecheck", f.rule_id.substr(0, f.rule_id.find('/'))});
  return json{{"id", f.rule_id},
              {"name", pascal_case(short_id)},
              {"shortDescription", {{"text", title}}},
              {"fullDescription", {{"text", full}}},
              {"help", {{"text", help}, {"markdown", help_md}}},
              {"defaultConfiguration", {{"level", level_of(f.severity)}}},
              {"properties", props}};
}

json input_rule(const RenderOptions& o) {
  bool zh = o.lang == rules::Lang::Zh;
  std::string t = zh ? "文件可读且是一份申报书" : "The file can be read and is a proposal";
  std::string h =
      zh ? "文件须为 UTF-8 的 YAML，含 guidecheck: 1、direction 与 participants，方向与指南存在。"
         : "A proposal is a UTF-8 YAML file with guidecheck: 1, direction and participants, naming "
           "a "
           "direction (and guide) that exists.";
  return json{{"id", kInputRule},
              {"name", "Input"},
              {"shortDescription", {{"text", t}}},
              {"fullDescription", {{"text", h}}},
              {"help", {{"text", h}, {"markdown", h}}},
              {"defaultConfiguration", {{"level", "error"}}},
              {"properties",
               {{"severity", "error"}, {"problem.severity", "error"}, {"tags", {"guidecheck"}}}}};
}

class Log {
 public:
  explicit Log(const RenderOptions& o) : o_(o) {}

  int artifact(const std::string& file) {
    auto [it, added] = artifact_index_.emplace(file, static_cast<int>(artifacts_.size()));
    if (added) {
      json a{{"location", artifact_location(file, -1)},
             {"roles", json::array({"analysisTarget"})},
             {"mimeType", "application/yaml"},
             {"sourceLanguage", "yaml"}};
      artifacts_.push_back(a);
    }
    return it->second;
  }

  int rule(const Finding& f) {
    auto [it, added] = rule_index_.emplace(f.rule_id, static_cast<int>(rules_.size()));
    if (added) rules_.push_back(rule_descriptor(f, o_));
    return it->second;
  }

  int input_rule_index() {
    auto [it, added] = rule_index_.emplace(kInputRule, static_cast<int>(rules_.size()));
    if (added) rules_.push_back(input_rule(o_));
    return it->second;
  }

  json location(const std::string& file, const yaml::Mark& m) {
    yaml::Mark k = known_mark(m);
    return json{{"physicalLocation",
                 {{"artifactLocation", artifact_location(file, artifact(file))},
                  {"region", {{"startLine", k.line}, {"startColumn", k.column}}}}}};
  }

  static json artifact_location(const std::string& file, int index) {
    json l{{"uri", path_uri(file)}};
    if (!file.empty() && file[0] != '/') l["uriBaseId"] = "%SRCROOT%";
    if (index >= 0) l["index"] = index;
    return l;
  }

  const RenderOptions& o_;
  std::map<std::string, int> artifact_index_, rule_index_;
  json artifacts_ = json::array(), rules_ = json::array();
};

}  // namespace

void render_sarif(std::ostream& out, const std::vector<FileResult>& results,
                  const RenderOptions& o) {
  Log log(o);
  json res = json::array(), notes = json::array();
  bool all_checked = true;
  for (const FileResult& r : results) {
    std::string file = repo_path(r.file);
    log.artifact(file);
    if (r.error) {
      all_checked = false;
      res.push_back(json{{"ruleId", kInputRule},
                         {"ruleIndex", log.input_rule_index()},
                         {"kind", "fail"},
                         {"level", "error"},
                         {"message", {{"text", safe::text(r.error->message)}}},
                         {"locations", json::array({log.location(file, r.error->mark)})},
                         {"partialFingerprints", {{"ruleAndFile/v1", file + "|" + kInputRule}}}});
    }
    for (const Finding& f : r.findings) {
      bool pass = f.status == Status::Pass;
      json props{{"status", status_name(f.status)},
                 {"severity", rules::severity_name(f.severity)},
                 {"blocking", blocking(f, o)},
                 {"expected", expected_json(f.expected)}};
      if (std::string a = actual_text(f); !a.empty()) props["actual"] = a;
      json result{{"ruleId", f.rule_id},
                  {"ruleIndex", log.rule(f)},
                  {"kind", pass ? "pass" : "fail"},
                  {"level", pass ? "none" : level_of(f.severity)},
                  {"message", {{"text", safe::text(f.message)}}},
                  {"locations", json::array({log.location(file, f.location)})},
                  {"partialFingerprints", {{"ruleAndFile/v1", file + "|" + f.rule_id}}}};
      if (f.status == Status::Waived && f.waiver) {
        // A waived finding is a result that fails, suppressed with the
        // waiver's reason: inSource when the proposal itself waives it,
        // external when a config file does (SARIF 2.1.0 §3.35).
        json sup{{"kind", f.waiver->external ? "external" : "inSource"},
                 {"status", "accepted"},
                 {"justification", safe::text(f.waiver->reason)}};
        json wp{{"by", f.waiver->by}, {"until", f.waiver->until}};
        if (f.waiver->external) {
          sup["location"] = log.location(repo_path(f.waiver->file), f.waiver->mark);
          wp["file"] = repo_path(f.waiver->file);
        }
        sup["properties"] = wp;
        result["suppressions"] = json::array({sup});
      }
      result["properties"] = props;
      res.push_back(std::move(result));
    }
    for (const Diagnostic& w : r.warnings)
      notes.push_back(json{{"level", w.error ? "error" : "warning"},
                           {"message", {{"text", safe::text(w.message)}}},
                           {"locations", json::array({log.location(file, w.mark)})}});
  }
  json driver{{"name", "guidecheck"}};
  if (!o.tool_version.empty())
    driver["version"] = o.tool_version, driver["semanticVersion"] = o.tool_version;
  driver["rules"] = log.rules_;
  json invocation{{"executionSuccessful", all_checked}};
  if (!notes.empty()) invocation["toolExecutionNotifications"] = notes;
  json run{{"tool", {{"driver", driver}}},
           {"invocations", json::array({invocation})},
           {"language", o.lang == rules::Lang::Zh ? "zh-CN" : "en-US"},
           {"columnKind", "unicodeCodePoints"},
           {"artifacts", log.artifacts_},
           {"results", res}};
  json log_json{{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
                {"version", "2.1.0"},
                {"runs", json::array({run})}};
  out << safe::json_output(log_json.dump(2, ' ', false, json::error_handler_t::replace)) << "\n";
}

}  // namespace guidecheck::report
