// Every report format speaks the language asked for. One batch with a finding
// of every status, a waiver, a warning and a file that cannot be checked is
// rendered in each format in Chinese and in English; the messages the
// evaluator would write are fed in the report's language, so what is left to
// judge is the format's own words. Chinese output holds no English word
// outside the identifiers, the applicant's text and the format's keywords;
// English output holds no Chinese outside the guide's and the applicant's text.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "catch_compat.h"
#include "language_check.h"
#include "report/formats.h"
#include "xlsx_reader.h"

using namespace guidecheck;
using eval::Status;

namespace {

using Lang = rules::Lang;

using guidecheck::testing::has_han;

// The applicant's and the guide's text, and the identifiers: what a report
// quotes as given, in whatever language it is written.
const std::vector<std::string>& fed_in() {
  static const std::vector<std::string> v = {"3.1/round_trip_efficiency",
                                             "3.1/duration_note",
                                             "general/partners",
                                             "guidecheck/input",
                                             "guidecheck/warning",
                                             "proposals/a.yaml",
                                             "proposals/b.yaml",
                                             "proposals/broken.yaml",
                                             "config/waivers.yaml",
                                             "2026-12-31",
                                             "往返效率不低于 60%",
                                             "（三）3.1",
                                             "某储能示范项目",
                                             "某某大学",
                                             "储能与电池",
                                             "项目办批准（第 17 号）",
                                             "王某",
                                             "58 %",
                                             "五十八",
                                             "sstic-2022",
                                             "3.1/round\\_trip\\_efficiency"};
  return v;
}

rules::Rule& sample_rule() {
  static rules::Rule r = [] {
    rules::Rule x;
    x.id = "round_trip_efficiency";
    x.full_id = "3.1/round_trip_efficiency";
    x.title = {"往返效率", "Round-trip efficiency"};
    x.kind = rules::Kind::Quantity;
    x.op = rules::Op::Ge;
    x.value = 60;
    x.unit = "%";
    x.source = {"（三）3.1", "往返效率不低于 60%"};
    x.note = {"按额定功率计", "at rated power"};
    return x;
  }();
  return r;
}

eval::Finding finding(eval::Status s, rules::Severity sev, Lang lang, int line) {
  bool zh = lang == Lang::Zh;
  eval::Finding f;
  f.rule = &sample_rule();
  f.rule_id = sample_rule().full_id;
  f.status = s;
  f.severity = sev;
  f.title = sample_rule().title.get(lang);
  f.note = sample_rule().note.get(lang);
  f.expected.op = rules::Op::Ge;
  f.expected.value = 60;
  f.expected.unit = "%";
  f.location = {line, 3};
  // What the evaluator would say, in the report's language.
  switch (s) {
    case eval::Status::Pass:
      f.message = zh ? "往返效率达标" : "the efficiency is met";
      break;
    case eval::Status::Fail:
    case eval::Status::Waived:
      f.message = zh ? "往返效率低于要求" : "the efficiency is below the requirement";
      f.actual = eval::Actual{58.0, {}, {}, "%", "58 %"};
      break;
    case eval::Status::Missing:
      f.message = zh ? "未填写往返效率" : "the efficiency is not given";
      break;
    case eval::Status::Invalid:
      f.message = zh ? "无法读取往返效率" : "the efficiency cannot be read";
      f.actual = eval::Actual{{}, {}, {}, "", "五十八"};
      break;
  }
  if (s == eval::Status::Waived)
    f.waiver = eval::WaiverInfo{"项目办批准（第 17 号）", "王某", "2026-12-31", true,
                                "config/waivers.yaml",    {2, 5}};
  return f;
}

eval::FileResult proposal(const std::string& file) {
  eval::FileResult r;
  r.file = file;
  r.guide = "sstic-2022";
  r.direction = "3.1";
  r.title = "某储能示范项目";
  r.lead = "某某大学";
  return r;
}

std::vector<eval::FileResult> sample(Lang lang) {
  bool zh = lang == Lang::Zh;
  eval::FileResult pass = proposal("proposals/a.yaml");
  pass.findings.push_back(finding(eval::Status::Pass, rules::Severity::Error, lang, 4));
  eval::FileResult fail = proposal("proposals/b.yaml");
  fail.status = eval::FileStatus::Fail;
  for (eval::Status s : {eval::Status::Pass, eval::Status::Fail, eval::Status::Missing,
                         eval::Status::Invalid, eval::Status::Waived})
    fail.findings.push_back(finding(s, rules::Severity::Error, lang, 5));
  fail.findings.push_back(finding(eval::Status::Fail, rules::Severity::Warning, lang, 6));
  fail.findings.push_back(finding(eval::Status::Missing, rules::Severity::Info, lang, 7));
  fail.warnings.push_back({"proposals/b.yaml", {3, 1}, zh ? "未知的键" : "an unknown key", false});
  eval::FileResult broken;
  broken.file = "proposals/broken.yaml";
  broken.status = eval::FileStatus::Error;
  broken.error = eval::Notice{
      "proposals/broken.yaml", {2, 12}, zh ? "方括号未闭合" : "the bracket is not closed", true};
  return {pass, fail, broken};
}

std::string strip(std::string s, const std::regex& re, const char* with = " ") {
  return std::regex_replace(s, re, with);
}

std::string unescape(std::string s) {
  const std::pair<const char*, const char*> ents[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (auto [from, to] : ents)
    for (std::size_t i; (i = s.find(from)) != std::string::npos;)
      s.replace(i, std::strlen(from), to);
  return s;
}

// A JSON document's human texts: its string values with a space (a single
// token is a machine value: a level, a kind, a name, a URI).
void json_texts(const nlohmann::json& j, std::string& out) {
  if (j.is_string()) {
    const std::string& s = j.get_ref<const std::string&>();
    if (s.find(' ') != std::string::npos || has_han(s)) out += s + "\n";
  } else if (j.is_structured()) {
    for (const auto& x : j) json_texts(x, out);
  }
}

std::string xlsx_texts(const std::string& bytes) {
  auto dir = testing::scratch("report-lang");
  std::string path = (dir / "r.xlsx").string();
  std::ofstream(path, std::ios::binary) << bytes;
  std::string out;
  for (const auto& sheet : testing::read_xlsx(path).sheets)
    for (const auto& [row, cells] : sheet.rows)
      for (const auto& [col, cell] : cells) out += cell.text + "\n";
  std::filesystem::remove_all(dir);
  return out;
}

// What a reader of the format reads: the markup, scripts, JSON keys and
// machine values left out.
std::string readable(const std::string& format, const std::string& out) {
  if (format == "json" || format == "sarif" || format == "codequality") {
    std::string texts;
    json_texts(nlohmann::json::parse(out), texts);
    return texts;
  }
  if (format == "html") {
    // The script's labels are shown too (a JSON object).
    std::smatch m;
    std::string labels;
    if (std::regex_search(out, m, std::regex("const L = (\\{[^\\n]*\\});")))
      json_texts(nlohmann::json::parse(m[1].str()), labels);
    std::string s = strip(out, std::regex("<(script|style)[^>]*>[\\s\\S]*?</\\1>"));
    s = strip(s, std::regex("<!--[\\s\\S]*?-->"));
    // placeholder attributes are read as well.
    std::string placeholders;
    static const std::regex placeholder("placeholder=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(s.begin(), s.end(), placeholder);
         it != std::sregex_iterator(); ++it)
      placeholders += (*it)[1].str() + "\n";
    return unescape(strip(s, std::regex("<[^>]*>"))) + placeholders + labels;
  }
  if (format == "junit") {
    std::string attrs;  // message="…" is what CI pages show as a failure's headline
    static const std::regex message("message=\"([^\"]*)\"");
    for (auto it = std::sregex_iterator(out.begin(), out.end(), message);
         it != std::sregex_iterator(); ++it)
      attrs += (*it)[1].str() + "\n";
    return unescape(strip(out, std::regex("<[^>]*>"))) + attrs;
  }
  if (format == "markdown")  // <details><summary> around a passing proposal's table
    return strip(out, std::regex("</?(details|summary)>"));
  if (format == "github")  // ::error file=…,line=…,title=…::message
    return strip(out, std::regex("::(error|warning|notice)[^:\\n]*::"));
  if (format == "csv")  // the header row names the columns for programs
    return out.substr(out.find('\n') + 1);
  if (format == "xlsx") return xlsx_texts(out);
  return out;
}

// Words a format writes in every language: its keywords and machine values,
// the tool's and other programs' names, unit symbols.
const std::set<std::string>& keywords(const std::string& format) {
  static const std::set<std::string> common = {"guidecheck", "explain", "UTF", "YAML", "SARIF",
                                               "JUnit",      "GitHub",  "MiB", "CI",   "json"};
  static std::map<std::string, std::set<std::string>> per = {
      // gcc and compact: the level words editors and CI parsers match.
      {"gcc", {"error", "warning", "note"}},
      {"compact", {"error", "warning", "info"}},
      // junit: the status line quotes the machine names of the status and severity.
      {"junit", {"pass", "fail", "missing", "invalid", "waived", "error", "warning", "info"}},
      // csv: the status column and the rule severities are the contract's values.
      {"csv", {"pass", "fail", "error"}},
      // markdown: the table's status column also carries the machine name.
  };
  static std::map<std::string, std::set<std::string>> all;
  auto& s = all[format];
  if (s.empty()) {
    s = common;
    for (const auto& w : per[format]) s.insert(w);
  }
  return s;
}

std::string without_fed_in(std::string s) {
  for (const auto& x : fed_in())
    for (std::size_t i; (i = s.find(x)) != std::string::npos;) s.replace(i, x.size(), " ");
  return s;
}

// English words in `text` that are not the format's keywords, with context.
std::vector<std::string> english_words(const std::string& format, const std::string& text) {
  std::string s = without_fed_in(text);
  s = strip(s, std::regex("`[^`\\n]*`"));  // code spans: commands and options
  s = strip(s, std::regex("“[^”\\n]*”"));  // quoted keys and examples
  std::vector<std::string> found;
  std::regex word("[A-Za-z]{2,}");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), word); it != std::sregex_iterator();
       ++it) {
    if (keywords(format).count(it->str())) continue;
    auto at = static_cast<std::size_t>(it->position());
    std::size_t from = at > 30 ? at - 30 : 0;
    while (from > 0 && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) --from;
    found.push_back(it->str() + "  in …" + s.substr(from, 70) + "…");
  }
  return found;
}

std::string render(const char* format, const std::vector<eval::FileResult>& rs, Lang lang) {
  report::RenderOptions o;
  o.lang = lang;
  o.tool_version = "1.0";
  std::ostringstream s;
  report::render(*report::find_format(format), s, rs, o);
  return s.str();
}

}  // namespace

TEST_CASE("report formats: Chinese output has no English words of its own", "[report][lang]") {
  auto rs = sample(Lang::Zh);
  for (const report::Format& f : report::formats()) {
    std::string name = f.name;
    INFO("format " << name);
    std::string text = readable(name, render(f.name, rs, Lang::Zh));
    CHECK(has_han(text));
    for (const auto& w : english_words(name, text)) FAIL_CHECK(w);
  }
}

TEST_CASE("report formats: English output has no Chinese beyond what was fed in",
          "[report][lang]") {
  auto rs = sample(Lang::En);
  for (const report::Format& f : report::formats()) {
    std::string name = f.name;
    INFO("format " << name);
    std::string text = without_fed_in(readable(name, render(f.name, rs, Lang::En)));
    std::istringstream lines(text);
    for (std::string line; std::getline(lines, line);)
      if (has_han(line)) FAIL_CHECK(line);
  }
}

TEST_CASE("report formats: the check of the language catches a label left English",
          "[report][lang]") {
  // The heuristics above must not be vacuous: a text report's error label in
  // English is found.
  CHECK_FALSE(
      english_words("text", "proposals/broken.yaml  无法检查\n  error: 方括号未闭合").empty());
  CHECK(english_words("text", "proposals/broken.yaml  无法检查\n  错误: 方括号未闭合").empty());
  CHECK_FALSE(english_words("markdown", "| ✗ fail | 要求 |").empty());
}
