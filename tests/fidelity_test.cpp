// The fidelity audit (issue: "Encode all 39 directions faithfully, and prove it").
// For every direction of a rule pack, against its guide's own text:
//  1. every rule's and research item's source.text is a passage of that
//     direction in the guide (whitespace and the PDF conversion's LaTeX aside);
//  2. every number written in the direction's text is quoted by a rule's
//     source text, or listed in not_thresholds with a reason;
//  3. every numeric threshold of a rule is a number its source text states
//     (万, 亿, Chinese numerals and fractions understood), unless the rule
//     carries a note explaining where the value comes from.
// The [audit] cases are hidden: cmake/tests-fidelity.cmake runs them once per
// pack (fidelity_audit_<pack>), naming the pack's folder, id and guide text in
// GUIDECHECK_AUDIT_RULES, GUIDECHECK_AUDIT_PACK and GUIDECHECK_AUDIT_GUIDE.
#include <cmath>
#include <cstdlib>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <stdexcept>

#include "catch_compat.h"
#include "rules/load.h"
#include "text/normalize.h"
#include "value/value.h"

using namespace guidecheck;
using rules::Op;

namespace {

// The pack under audit, as cmake/tests-fidelity.cmake names it.
struct Audit {
  std::unique_ptr<rules::PackSource> src;
  std::string pack;
  std::string guide;  // the guide's text
};

Audit audit_target() {
  const char* root = std::getenv("GUIDECHECK_AUDIT_RULES");
  const char* pack = std::getenv("GUIDECHECK_AUDIT_PACK");
  const char* guide = std::getenv("GUIDECHECK_AUDIT_GUIDE");
  if (!root || !pack || !guide)
    throw std::runtime_error(
        "the [audit] cases run through CTest (fidelity_audit_<pack>), which sets "
        "GUIDECHECK_AUDIT_RULES, GUIDECHECK_AUDIT_PACK and GUIDECHECK_AUDIT_GUIDE");
  std::ifstream in(guide);
  if (!in) throw std::runtime_error(std::string("cannot read the guide's text at ") + guide);
  std::stringstream ss;
  ss << in.rdbuf();
  return {rules::directory_source(root), pack, ss.str()};
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (std::size_t p = 0; (p = s.find(from, p)) != std::string::npos; p += to.size())
    s.replace(p, from.size(), to);
}

// The guide as plain symbols, no whitespace: "$\geq 88\%$" -> "≥88%".
std::string normalize(std::string s) {
  s = text::fold(s);
  const std::pair<const char*, const char*> latex[] = {
      {"\\geq", "≥"},   {"\\leq", "≤"},   {"\\%", "%"},       {"\\cdot", "·"}, {"\\times", "×"},
      {"\\pm", "±"},    {"^\\circ", "°"}, {"^{\\circ}", "°"}, {"\\circ", "°"}, {"\\text", ""},
      {"\\mathrm", ""}, {"\\sim", "~"},   {"\\mathrm", ""},   {"\\mu", "μ"},   {"\\left", ""},
      {"\\right", ""},  {"\\,", ""},      {"\\;", ""}};
  for (auto [a, b] : latex) replace_all(s, a, b);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '$' || c == '{' || c == '}' || c == '\\' || c == '_' || c == '^' ||
        std::isspace((unsigned char)c))
      continue;
    out += c;
  }
  // fold variants the conversion and the pack may spell differently
  replace_all(out, "℃", "°C");
  replace_all(out, "～", "~");
  replace_all(out, "—", "-");
  replace_all(out, "–", "-");
  replace_all(out, "−", "-");
  return out;
}

struct Section {
  std::string number;
  std::string text;  // normalized, header line excluded
};

// Direction N.M runs from its header line to the next direction or area header.
std::map<std::string, Section> split_directions(const std::string& guide) {
  std::map<std::string, Section> out;
  std::istringstream in(guide);
  std::string line, current;
  std::regex dir_header(R"(^(\d+\.\d+)\s)"), area_header(R"(^\d+\.\s)");
  std::smatch m;
  while (std::getline(in, line)) {
    if (std::regex_search(line, m, dir_header)) {
      current = m[1];
      out[current].number = current;
      // 6.4's header runs on into "研究内容："; keep what follows the title
      auto p = line.find("研究内容");
      if (p != std::string::npos) out[current].text += normalize(line.substr(p));
      continue;
    }
    if (std::regex_search(line, m, area_header)) {
      current.clear();
      continue;
    }
    if (!current.empty()) out[current].text += normalize(line);
  }
  return out;
}

long long chinese_small(const std::string& s) { return value::chinese_numeral(s); }

// Numbers written in a normalized text: digit runs (thousands separators
// folded) and Chinese numerals that count something (三个, 两项).
std::vector<std::string> numbers_in(const std::string& t) {
  std::vector<std::string> out;
  std::string s = std::regex_replace(t, std::regex(R"((\d),(\d{3}))"), "$1$2");
  std::regex num(R"(\d+(\.\d+)?)");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), num); it != std::sregex_iterator(); ++it)
    out.push_back(it->str());
  std::regex cn(
      "((?:一|二|两|三|四|五|六|七|八|九|十)+)(?=个|项|种|类|次|套|份|部|家|款|台|型|座|条|款)");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), cn); it != std::sregex_iterator(); ++it) {
    long long v = chinese_small((*it)[1].str());
    if (v > 0) out.push_back(std::to_string(v));
  }
  return out;
}

// The values a source text states, with 万/亿 and fractions applied.
std::vector<double> values_in(const std::string& t) {
  std::vector<double> out;
  std::string s = std::regex_replace(t, std::regex(R"((\d),(\d{3}))"), "$1$2");
  std::regex num(R"((\d+(?:\.\d+)?)(万|亿)?)");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), num); it != std::sregex_iterator();
       ++it) {
    double v = std::stod((*it)[1].str());
    out.push_back(v);
    if ((*it)[2] == "万") out.push_back(v * 1e4);
    if ((*it)[2] == "亿") out.push_back(v * 1e8);
    out.push_back(v / 100);  // 60% read as a fraction
  }
  for (const auto& n : numbers_in(s)) out.push_back(std::stod(n));
  std::regex exp10(R"((\d+(?:\.\d+)?)×10-?(\d+))");
  for (auto it = std::sregex_iterator(s.begin(), s.end(), exp10); it != std::sregex_iterator();
       ++it) {
    double m = std::stod((*it)[1].str());
    int e = std::stoi((*it)[2].str());
    bool neg = it->str().find("10-") != std::string::npos;
    out.push_back(m * std::pow(10.0, neg ? -e : e));
  }
  if (s.find("三分之一") != std::string::npos) out.push_back(1.0 / 3);
  if (s.find("百万分之一") != std::string::npos) out.push_back(1e-6);
  return out;
}

bool contains_value(const std::vector<double>& vs, double x) {
  for (double v : vs)
    if (std::fabs(v - x) <= 1e-9 * std::max(1.0, std::fabs(x))) return true;
  return false;
}

std::vector<double> rule_values(const rules::Rule& r) {
  std::vector<double> v;
  if (r.kind == rules::Kind::Ratio)
    v.push_back(r.ratio_denominator);
  else if (r.op == Op::Between || r.op == Op::Covers)
    v = {r.lo, r.hi};
  else if (r.op != Op::Committed && r.op != Op::ContainsAll && r.kind != rules::Kind::Formula)
    v.push_back(r.value);
  for (double& x : v) x = std::fabs(x);
  return v;
}

}  // namespace

TEST_CASE("fidelity audit: every direction of the guide is encoded", "[.][audit]") {
  auto a = audit_target();
  auto dirs = split_directions(a.guide);
  REQUIRE_FALSE(dirs.empty());
  auto numbers = rules::direction_numbers(*a.src, a.pack);
  std::set<std::string> have(numbers.begin(), numbers.end());
  for (const auto& [n, s] : dirs) {
    INFO("direction " << n << " of the guide has no rules in pack " << a.pack);
    CHECK(have.count(n));
  }
  for (const auto& n : numbers) {
    INFO("pack " << a.pack << " has direction " << n << ", which the guide does not");
    CHECK(dirs.count(n));
  }
}

TEST_CASE("fidelity audit: source texts, numbers and thresholds match the guide", "[.][audit]") {
  auto a = audit_target();
  auto dirs = split_directions(a.guide);
  for (const auto& n : rules::direction_numbers(*a.src, a.pack)) {
    Diagnostics diags;
    auto d = rules::load_direction(*a.src, a.pack, n, diags);
    INFO("pack " << a.pack << ", direction " << n);
    REQUIRE(d);
    REQUIRE(dirs.count(n));
    const std::string& text = dirs[n].text;

    // 1. quotes are the guide's words (the alternatives of an any_of too)
    for (const auto& r : d->rules) {
      INFO("rule " << r.full_id << ": " << r.source.text);
      CHECK(text.find(normalize(r.source.text)) != std::string::npos);
      for (const auto& alt : r.any_of) {
        INFO("alternative " << alt.full_id << ": " << alt.source.text);
        CHECK(text.find(normalize(alt.source.text)) != std::string::npos);
      }
    }
    for (const auto& r : d->research_contents) {
      INFO("research item " << r.id << ": " << r.source.text);
      CHECK(text.find(normalize(r.source.text)) != std::string::npos);
    }

    // 2. no number silently dropped
    std::multiset<std::string> quoted;
    for (const auto& r : d->rules)
      for (const auto& x : numbers_in(normalize(r.source.text))) quoted.insert(x);
    std::set<std::string> exempt;
    for (const auto& nt : d->not_thresholds) exempt.insert(nt.number);
    for (const auto& x : numbers_in(text)) {
      INFO("the number " << x << " of direction " << n
                         << " is neither quoted by a rule nor listed in not_thresholds");
      bool covered = quoted.count(x) || exempt.count(x);
      if (!covered) {  // a not_thresholds entry may write the number in words or with its unit
        for (const auto& nt : d->not_thresholds)
          for (const auto& y : numbers_in(normalize(nt.number + " " + nt.text)))
            if (y == x) covered = true;
      }
      CHECK(covered);
    }

    // 3. thresholds are the numbers the guide states
    std::vector<const rules::Rule*> all;
    for (const auto& r : d->rules) {
      all.push_back(&r);
      for (const auto& alt : r.any_of) all.push_back(&alt);
    }
    for (const rules::Rule* rp : all) {
      const rules::Rule& r = *rp;
      auto stated = values_in(normalize(r.source.text));
      for (double v : rule_values(r)) {
        INFO("rule " << r.full_id << " uses " << v
                     << ", which its source text does not state: " << r.source.text);
        CHECK((contains_value(stated, v) || !r.note.empty()));
      }
    }
  }
}

TEST_CASE("fidelity audit: the general rules quote the guide", "[.][audit]") {
  auto a = audit_target();
  std::string whole = normalize(a.guide);
  Diagnostics diags;
  auto g = rules::load_general(*a.src, a.pack, diags);
  REQUIRE(g);
  REQUIRE_FALSE(g->rules.empty());
  for (const auto& r : g->rules) {
    INFO(r.full_id << ": " << r.source.text);
    CHECK(whole.find(normalize(r.source.text)) != std::string::npos);
    for (double v : rule_values(r))
      CHECK((contains_value(values_in(normalize(r.source.text)), v) || !r.note.empty()));
  }
  for (const auto& nc : g->not_checkable)
    CHECK(whole.find(normalize(nc.text)) != std::string::npos);
}

// Facts of the shipped pack that need no guide text: the audit above proves
// its directions are the guide's; these keep their number from drifting.
TEST_CASE("fidelity: the shipped pack has 39 directions and 6 general rules", "[fidelity]") {
  auto src = rules::embedded_source();
  CHECK(rules::direction_numbers(*src, "sstic-2022-draft").size() == 39);
  Diagnostics diags;
  auto g = rules::load_general(*src, "sstic-2022-draft", diags);
  REQUIRE(g);
  CHECK(g->rules.size() == 6);
}

TEST_CASE("fidelity: comparators read as the contract says, per wording", "[fidelity]") {
  // Every rule that names the guide's comparator word must use its operator;
  // lint enforces it when loading, so loading all directions proves it.
  auto src = rules::embedded_source();
  int with_wording = 0, literal = 0;
  std::set<std::string> mirrored;
  for (const auto& n : rules::direction_numbers(*src, "sstic-2022-draft")) {
    Diagnostics diags;
    auto d = rules::load_direction(*src, "sstic-2022-draft", n, diags);
    REQUIRE(d);
    for (const auto& r : d->rules) {
      if (r.wording.empty() || r.wording == "优于") continue;
      ++with_wording;
      auto op = rules::op_for_wording(r.wording);
      REQUIRE(op);
      INFO(r.full_id << " wording " << r.wording << " better " << r.better);
      if (*op == r.op) {
        ++literal;
      } else {
        // The literal comparator runs against the quantity's better direction
        // (精度不低于 1 % of a control error): the rule judges the mirrored op,
        // its better says so, and its note gives the reading.
        bool higher = r.op == Op::Ge || r.op == Op::Gt;
        CHECK(r.better == (higher ? "higher" : "lower"));
        CHECK(((*op == Op::Ge && r.op == Op::Le) || (*op == Op::Le && r.op == Op::Ge) ||
               (*op == Op::Gt && r.op == Op::Lt) || (*op == Op::Lt && r.op == Op::Gt)));
        CHECK_FALSE(r.note.empty());
        mirrored.insert(r.full_id);
      }
      // The source text must contain the word the rule claims.
      INFO(r.full_id << " claims wording " << r.wording);
      CHECK(normalize(r.source.text).find(normalize(r.wording)) != std::string::npos);
    }
  }
  CHECK(with_wording > 150);
  // The audit of issue 9: exactly these read against their literal comparator.
  CHECK(mirrored == std::set<std::string>{"3.3/cluster_control_accuracy", "9.3/map_interval"});
  CHECK(literal == with_wording - 2);
}
