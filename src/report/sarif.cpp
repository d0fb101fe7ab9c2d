// check --format sarif: SARIF 2.1.0 (OASIS) for GitHub code scanning and other
// SARIF viewers. Every requirement of each direction checked is a rule of
// tool.driver.rules (its guide text as help); every finding that does not pass
// is a result (passed ones too with --sarif-passes, of kind "pass"), each with
// a physical location (the value, or the key that encloses a missing one). A
// file that could not be checked is a result of the rule guidecheck/input and
// makes executionSuccessful false; a proposal's warnings (unknown keys ...)
// are tool execution notifications. No timestamps.
//
// Streamed: results are written as each file's result comes, first in the
// run (JSON members have no order: SARIF readers parse the whole log), so the
// log's bulk is written once; artifacts and notifications go to scratch files
// (spool.h) and are copied in after the tool at the end. The rules table is built from the rule
// packs: the first result of a direction brings every rule of it (each rule evaluated is one
// finding, passing or not, pointing into the pack), so the table holds every requirement of the
// directions met whether or not its results are reported, and grows with the packs, never with the
// batch.
#include <unordered_map>

#include "common/safe_text.h"
#include "messages/text.h"
#include "report/finding_text.h"
#include "report/json_fields.h"
#include "report/json_writer.h"
#include "report/paths.h"
#include "report/sink.h"
#include "report/spool.h"
#include "rules/requirement.h"

namespace guidecheck::report {
namespace {

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

// {"text": t} under `key`.
void text_member(JsonWriter& w, std::string_view key, std::string_view t) {
  w.key(key);
  w.begin_object();
  w.member("text", t);
  w.end_object();
}

// ["guidecheck", the rule's folder ("general", "3.1" …)]
void tags(JsonWriter& w, std::string_view prefix) {
  w.key("tags");
  w.begin_array();
  w.string("guidecheck");
  w.string(prefix);
  w.end_array();
}

// What a viewer shows of a rule: its help in plain text and in Markdown.
struct RuleTexts {
  std::string title, full, help, help_md;
};

RuleTexts rule_texts(const eval::Finding& f, const RenderOptions& o) {
  const rules::Lang lang = o.lang;
  // Rule packs are untrusted: every text a viewer shows goes through
  // safe::text (plain) or safe::markdown (help.markdown).
  using safe::markdown;
  using safe::text;
  std::string raw_title = f.title.empty() ? f.rule_id : f.title;
  RuleTexts t;
  t.title = text(raw_title);
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
  t.full = guide.empty() ? t.title : guide;
  if (!f.note.empty()) t.full += msg::tr<msg::Id::report_sarif_note>(lang, text(f.note));
  t.help = msg::tr<msg::Id::report_sarif_requires>(lang, t.title, text(requirement));
  t.help_md =
      msg::tr<msg::Id::report_sarif_requires_md>(lang, markdown(raw_title), markdown(requirement));
  if (!guide.empty()) t.help += "\n" + guide, t.help_md += "\n\n" + guide_md;
  if (!f.note.empty()) {
    t.help += msg::tr<msg::Id::report_sarif_note>(lang, text(f.note));
    t.help_md += msg::tr<msg::Id::report_sarif_note_md>(lang, markdown(f.note));
  }
  t.help += msg::tr<msg::Id::report_sarif_see>(lang, text(f.rule_id));
  t.help_md += "\n\nguidecheck explain " + markdown(f.rule_id);
  return t;
}

// id, name, the descriptions and help, helpUri and defaultConfiguration: what
// every rule descriptor begins with; its properties follow.
void descriptor_head(JsonWriter& w, std::string_view id, std::string_view name, const RuleTexts& t,
                     const char* level, const RenderOptions& o) {
  w.begin_object();
  w.member("id", id);
  w.member("name", name);
  text_member(w, "shortDescription", t.title);
  text_member(w, "fullDescription", t.full);
  w.key("help");
  w.begin_object();
  w.member("text", t.help);
  w.member("markdown", t.help_md);
  w.end_object();
  if (!o.project_url.empty()) w.member("helpUri", o.project_url);
  w.key("defaultConfiguration");
  w.begin_object();
  w.member("level", level);
  w.end_object();
}

void rule_descriptor(JsonWriter& w, const eval::Finding& f, const RenderOptions& o) {
  std::string short_id = f.rule ? f.rule->id : f.rule_id.substr(f.rule_id.find('/') + 1);
  descriptor_head(w, f.rule_id, pascal_case(short_id), rule_texts(f, o), level_of(f.severity), o);
  w.key("properties");
  w.begin_object();
  write_expected_members(w, f.rule ? rules::expected_of(*f.rule) : f.expected);  // op, value, unit
  if (f.rule) {
    w.member("kind", rules::kind_name(f.rule->kind));
    w.member("section", f.rule->source.section);
    w.member("guideText", f.rule->source.text);
  }
  w.member("severity", rules::severity_name(f.severity));
  w.member("problem.severity", problem_severity(f.severity));
  w.member("precision", "very-high");
  tags(w, std::string_view(f.rule_id).substr(0, f.rule_id.find('/')));
  w.end_object();
  w.end_object();
}

void input_rule(JsonWriter& w, const RenderOptions& o) {
  RuleTexts t;
  t.title = msg::tr<msg::Id::report_sarif_input_title>(o.lang);
  t.full = t.help = t.help_md = msg::tr<msg::Id::report_sarif_input_help>(o.lang);
  descriptor_head(w, kInputRule, "Input", t, "error", o);
  w.key("properties");
  w.begin_object();
  w.member("severity", "error");
  w.member("problem.severity", "error");
  w.key("tags");
  w.begin_array();
  w.string("guidecheck");
  w.end_array();
  w.end_object();
  w.end_object();
}

void artifact_location(JsonWriter& w, const char* key, const std::string& file, long index) {
  w.key(key);
  w.begin_object();
  w.member("uri", path_uri(file));
  if (!file.empty() && file[0] != '/') w.member("uriBaseId", "%SRCROOT%");
  if (index >= 0) w.member("index", index);
  w.end_object();
}

// {"physicalLocation": {"artifactLocation": …, "region": …}}
void physical_location(JsonWriter& w, const std::string& file, long index, const Mark& m) {
  Mark k = known_mark(m);
  w.begin_object();
  w.key("physicalLocation");
  w.begin_object();
  artifact_location(w, "artifactLocation", file, index);
  w.key("region");
  w.begin_object();
  w.member("startLine", k.line);
  w.member("startColumn", k.column);
  w.end_object();
  w.end_object();
  w.end_object();
}

// An array element `depth` deep, built by `write`, appended to `spool`.
template <class F>
void element(std::ostream& out, bool& first, int depth, std::string& buf, F&& write) {
  buf.assign(first ? "\n" : ",\n");
  buf.append(static_cast<std::size_t>(depth), ' ');
  JsonWriter w(buf, depth);
  write(w);
  out.write(buf.data(), static_cast<std::streamsize>(buf.size()));
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

// A waived finding is a result that fails, suppressed with the waiver's
// reason: inSource when the proposal itself waives it, external when a
// config file does (SARIF 2.1.0 §3.35).
void suppressions(JsonWriter& w, const eval::WaiverInfo& v) {
  w.key("suppressions");
  w.begin_array();
  w.begin_object();
  w.member("kind", v.external ? "external" : "inSource");
  w.member("status", "accepted");
  w.member("justification", safe::text(v.reason));
  if (v.external) {
    // The config file is no analysis target: its location has no artifact
    // index (the artifacts are the proposals, streamed).
    w.key("location");
    physical_location(w, repo_path(v.file), -1, v.mark);
  }
  w.key("properties");
  w.begin_object();
  w.member("by", v.by);
  w.member("until", v.until);
  if (v.external) w.member("file", repo_path(v.file));
  w.end_object();
  w.end_object();
  w.end_array();
}

// ruleId … partialFingerprints: the members every result begins with.
void result_head(JsonWriter& w, const std::string& rule_id, int rule_index, bool pass,
                 const char* level, const std::string& message, const std::string& file, long index,
                 const Mark& mark) {
  w.member("ruleId", rule_id);
  w.member("ruleIndex", rule_index);
  w.member("kind", pass ? "pass" : "fail");
  w.member("level", level);
  text_member(w, "message", safe::text(message));
  w.key("locations");
  w.begin_array();
  physical_location(w, file, index, mark);
  w.end_array();
  w.key("partialFingerprints");
  w.begin_object();
  w.member("ruleAndFile/v1", file + "|" + rule_id);
  w.end_object();
}

class SarifSink : public Sink {
 public:
  SarifSink(std::ostream& out, const RenderOptions& o) : out_(out), o_(o) {
    out_ << "{\n  \"$schema\": \"https://json.schemastore.org/sarif-2.1.0.json\",\n"
            "  \"version\": \"2.1.0\",\n  \"runs\": [\n    {\n      \"results\": [";
  }

  void add(const eval::FileResult& r) override {
    std::string file = repo_paths_(r.file);
    long index = artifacts_n_++;
    element(artifacts_.stream(), no_artifacts_, 8, buf_, [&](JsonWriter& w) {
      w.begin_object();
      artifact_location(w, "location", file, -1);
      w.key("roles");
      w.begin_array();
      w.string("analysisTarget");
      w.end_array();
      w.member("mimeType", "application/yaml");
      w.member("sourceLanguage", "yaml");
      w.end_object();
    });
    // Every rule of the result's direction, from the pack, before its results.
    for (const eval::Finding& f : r.findings)
      if (f.rule) rule_index(f);
    if (r.error) add_error(*r.error, file, index);
    for (const eval::Finding& f : r.findings)
      if (f.status != eval::Status::Pass || o_.sarif_passes) add_finding(f, file, index);
    for (const eval::Notice& n : r.warnings)
      element(notes_.stream(), no_notes_, 12, buf_, [&](JsonWriter& w) {
        w.begin_object();
        w.member("level", n.error ? "error" : "warning");
        text_member(w, "message", safe::text(n.message));
        w.key("locations");
        w.begin_array();
        physical_location(w, file, index, n.mark);
        w.end_array();
        w.end_object();
      });
  }

  void finish() override {
    out_ << (no_results_ ? "],\n      \"tool\": " : "\n      ],\n      \"tool\": ");
    write_tool();
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
    out_ << "\n    }\n  ]\n}\n";
  }

 private:
  void add_error(const eval::Notice& e, const std::string& file, long index) {
    all_checked_ = false;
    int rule = input_rule_index();
    element(out_, no_results_, 8, buf_, [&](JsonWriter& w) {
      w.begin_object();
      result_head(w, kInputRule, rule, false, "error", e.message, file, index, e.mark);
      w.end_object();
    });
  }

  void add_finding(const eval::Finding& f, const std::string& file, long index) {
    bool pass = f.status == eval::Status::Pass;
    int rule = rule_index(f);
    element(out_, no_results_, 8, buf_, [&](JsonWriter& w) {
      w.begin_object();
      result_head(w, f.rule_id, rule, pass, pass ? "none" : level_of(f.severity), f.message, file,
                  index, f.location);
      if (f.status == eval::Status::Waived && f.waiver) suppressions(w, *f.waiver);
      w.key("properties");
      w.begin_object();
      w.member("status", eval::status_name(f.status));
      w.member("severity", rules::severity_name(f.severity));
      w.member("blocking", blocking(f, o_));
      w.key("expected");
      write_expected(w, f.expected);
      if (std::string a = actual_text(f); !a.empty()) w.member("actual", a);
      w.end_object();
      w.end_object();
    });
  }

  // {"driver": {name, informationUri, version, semanticVersion, rules}}, the
  // rules as add() wrote them.
  void write_tool() {
    std::string s;
    JsonWriter w(s, 6);
    w.begin_object();
    w.key("driver");
    w.begin_object();
    w.member("name", "guidecheck");
    if (!o_.project_url.empty()) w.member("informationUri", o_.project_url);
    if (!o_.tool_version.empty()) {
      w.member("version", o_.tool_version);
      w.member("semanticVersion", o_.tool_version);
    }
    w.key("rules");
    w.begin_array();
    for (const std::string& d : rules_) w.raw(d);
    w.end_array();
    w.end_object();
    w.end_object();
    out_ << s;
  }

  // Rule descriptors are written where they will stand: in tool.driver.rules,
  // 12 spaces deep.
  int rule_index(const eval::Finding& f) {
    // Looked up first: emplace would build a node (and copy the id) each time.
    if (auto known = rule_index_.find(f.rule_id); known != rule_index_.end()) return known->second;
    auto [it, added] = rule_index_.emplace(f.rule_id, static_cast<int>(rules_.size()));
    if (added) {
      JsonWriter w(rules_.emplace_back(), 12);
      rule_descriptor(w, f, o_);
    }
    return it->second;
  }
  int input_rule_index() {
    auto [it, added] = rule_index_.emplace(kInputRule, static_cast<int>(rules_.size()));
    if (added) {
      JsonWriter w(rules_.emplace_back(), 12);
      input_rule(w, o_);
    }
    return it->second;
  }

  std::ostream& out_;
  RenderOptions o_;
  RepoPaths repo_paths_;
  std::unordered_map<std::string, int> rule_index_;
  std::vector<std::string> rules_;
  Spool artifacts_, notes_;
  std::string buf_;
  bool no_results_ = true, no_artifacts_ = true, no_notes_ = true;
  long artifacts_n_ = 0;
  bool all_checked_ = true;
};

}  // namespace

std::unique_ptr<Sink> open_sarif(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<SarifSink>(out, o);
}

}  // namespace guidecheck::report
