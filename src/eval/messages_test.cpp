// Every finding, note and warning of the evaluator and the waivers in both
// languages: the Chinese rendering has no English sentence, the English one
// no Chinese (the inputs here are ASCII, so any Han character in an English
// message is the catalogue's or a unit's), and the rule's unit reads in the
// report's language (units::display).
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <regex>

#include "eval/evaluate.h"
#include "helpers.h"
#include "language_check.h"
#include "proposal/proposal.h"

using namespace guidecheck;
using namespace guidecheck::testing;
using eval::Status;
using rules::Lang;

namespace {

using guidecheck::testing::has_han;

// The text outside quotes, brackets and code spans (what the sentence says,
// without the values and key names it quotes).
std::string outside_quotes(std::string_view s) {
  static const std::vector<std::pair<std::string, std::string>> pairs = {
      {"(", ")"}, {"（", "）"}, {"“", "”"}, {"'", "'"}, {"`", "`"}, {"\"", "\""}, {"[", "]"}};
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    bool skipped = false;
    for (const auto& [open, close] : pairs) {
      if (s.substr(i, open.size()) != open) continue;
      auto end = s.find(close, i + open.size());
      if (end == std::string_view::npos) continue;
      i = end + close.size();
      out += ' ';
      skipped = true;
      break;
    }
    if (!skipped) out += s[i++];
  }
  return out;
}

// `sentence`: a sentence (a requirement may be symbols only: "≤ -100 ℃").
void check_language(const std::string& text, Lang lang, bool sentence = true) {
  INFO((lang == Lang::Zh ? "zh: " : "en: ") << text);
  if (text.empty()) return;
  if (lang == Lang::En) {
    // Quoted: an example of what to write ("(项, 个, 次 …)").
    CHECK_FALSE(has_han(outside_quotes(text)));
  } else {
    static const std::regex english("[A-Za-z]{3,}[ ,;:]+[A-Za-z]{3,}[ ,;:]+[A-Za-z]{3,}");
    CHECK_FALSE(std::regex_search(outside_quotes(text), english));
    if (sentence) CHECK(has_han(text));
  }
}

struct Case {
  const char* rule;        // the rule's YAML, without the source
  const char* indicators;  // the proposal's indicators
  const char* extra = "";  // more of the proposal (waivers, duration)
};

eval::FileResult run(const Case& c, Lang lang) {
  rules::Direction d;
  d.number = "9.9";
  d.rules.push_back(rule_from(std::string(c.rule) + ", source: {section: s, text: t}}"));
  rules::Pack pack;
  pack.id = "test";
  rules::General general;
  std::string text =
      std::string(
          "guidecheck: 1\ndirection: \"9.9\"\nparticipants: [{name: A, country: CN, role: "
          "lead}]\nindicators: ") +
      c.indicators + "\n" + c.extra;
  proposal::Parsed p = proposal::parse("p.yaml", text);
  INFO(text);
  REQUIRE(p.ok);
  eval::Options opt;
  opt.lang = lang;
  opt.today = "2026-06-15";
  return eval::evaluate(p.proposal, pack, general, d, opt);
}

const char* kMonths =
    "{id: x, title: {zh: 执行期, en: project period}, kind: quantity, op: \">=\", value: 36, "
    "unit: 个月";
const char* kMinutes =
    "{id: x, title: {zh: 启动时间, en: start-up time}, kind: quantity, op: \"<\", value: 3, "
    "unit: 分钟";
const char* kCount =
    "{id: x, title: {zh: 专利, en: patents}, kind: count, op: \">=\", value: 3, unit: 项";
const char* kBetter =
    "{id: x, title: {zh: 产品, en: products}, kind: count, op: between, better: higher, value: "
    "[2, 3], unit: 个, note: {zh: 注, en: note}";
const char* kCommitted =
    "{id: x, title: {zh: 技术支撑, en: technical support}, kind: qualitative, op: committed";
const char* kCategories =
    "{id: x, title: {zh: 气候, en: climates}, kind: categorical, op: contains_all, value: "
    "[warm_temperate, marine], categories: [{id: warm_temperate, zh: 暖温, en: warm temperate}, "
    "{id: marine, zh: 海洋, en: marine}]";
const char* kTemperature =
    "{id: x, title: {zh: 温度, en: temperature}, kind: quantity, op: \"<=\", value: -100, unit: "
    "\"℃\"";

const Case kCases[] = {
    {kMonths, "{x: 40 months}"},
    {kMonths, "{x: 30}"},
    {kMonths, "{x: 2 years}"},
    {kMonths, "{x: null}"},
    {kMonths, "{x: true}"},
    {kMonths, "{x: TBD}"},
    {kMonths, "{x: (fill in)}"},
    {kMonths, "{x: -5 months}"},
    {kMonths, "{x: 50 ~ 40 months}"},
    {kMonths, "{x: 5 kg}"},
    {kMonths, "{x: 5 furlongs}"},
    {kMonths, "{x: 40 months, efficency: 3}"},
    {kMinutes, "{x: 2 min}"},
    {kMinutes, "{x: 200 s}"},
    {kCount, "{x: 2.5}"},
    {kCount, "{x: many}"},
    {kCount, "{x: 2 kg}"},
    {kBetter, "{x: 5}"},
    {kCommitted, "{x: true}"},
    {kCommitted, "{x: false}"},
    {kCommitted, "{x: null}"},
    {kCategories, "{x: [marine]}"},
    {kCategories, "{x: true}"},
    {kTemperature, "{x: -300 K}"},
    {kMonths, "{x: 30 months}",
     "waivers:\n  - {rule: 9.9/x, reason: later, by: me, until: 2020-01-01}\n"
     "  - {rule: 9.9/y, reason: typo, by: me}\n  - {rule: 9.9/x}\n"
     "  - {rule: 9.9/x, reason: r, until: soon}\n  - [a]\n  - {rule: 9.9/x, reson: r}\n"},
    {kMonths, "{x: 40 months}", "waivers: [{rule: 9.9/x, reason: not needed, by: me}]\n"},
};

}  // namespace

TEST_CASE("eval messages: each language in its own words, both languages", "[eval][messages]") {
  for (const Case& c : kCases) {
    INFO(c.rule << "} with " << c.indicators << "\n" << c.extra);
    for (Lang lang : {Lang::Zh, Lang::En}) {
      eval::FileResult r = run(c, lang);
      REQUIRE(!r.findings.empty());
      for (const eval::Finding& f : r.findings) {
        // The rule titles are the guide's words in each language.
        check_language(f.message, lang);
        check_language(f.note, lang);
        if (f.rule_id.rfind("9.9/", 0) != 0) check_language(f.title, lang);
        check_language(rules::requirement_text(f.expected, lang), lang, false);
      }
      for (const auto& w : r.warnings) check_language(w.message, lang);
    }
  }
}

TEST_CASE("eval messages: an English report shows the rule's Chinese unit in English",
          "[eval][messages][units]") {
  eval::FileResult en = run({kMonths, "{x: 30}"}, Lang::En);
  CHECK(en.findings[0].message == "project period 30 does not meet the guide's ≥ 36 months");
  eval::FileResult zh = run({kMonths, "{x: 30}"}, Lang::Zh);
  CHECK(zh.findings[0].message == "执行期 30 不满足指南要求 ≥ 36 个月");
  en = run({kMonths, "{x: 4 years}"}, Lang::En);
  CHECK(en.findings[0].message ==
        "project period 4 years (= 48 months) meets the guide's ≥ 36 months");
  en = run({kMinutes, "{x: 200 s}"}, Lang::En);
  CHECK(en.findings[0].message ==
        "start-up time 200 s (= 3.333333333 min) does not meet the guide's < 3 min");
  zh = run({kMinutes, "{x: 200 s}"}, Lang::Zh);
  CHECK(zh.findings[0].message == "启动时间 200 s (= 3.333333333 分钟) 不满足指南要求 < 3 分钟");
  en = run({kMonths, "{x: true}"}, Lang::En);
  CHECK(en.findings[0].message.find("such as 36 months (true/false") != std::string::npos);
}
