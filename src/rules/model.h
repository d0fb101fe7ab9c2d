// The rule pack model: what the loader builds from a pack's YAML files and
// what the evaluator, `rules show`, `init` and `schema` read.
#pragma once

#include <string>
#include <vector>

#include "messages/lang.h"
#include "rules/measures.h"
#include "rules/operators.h"
#include "yaml/node.h"

namespace guidecheck::rules {

// The language of messages and reports (messages/lang.h).
using Lang = msg::Lang;

struct Text2 {
  std::string zh, en;
  const std::string& get(Lang l) const { return l == Lang::Zh || en.empty() ? zh : en; }
  bool empty() const { return zh.empty() && en.empty(); }
};

enum class Kind { Quantity, Count, RangeCover, Ratio, Categorical, Formula, Qualitative, AnyOf };
enum class Severity { Error, Warning, Info };

const char* kind_name(Kind k);
const char* severity_name(Severity s);

struct Source {
  std::string section, text;
};

struct Category {
  std::string id;
  Text2 label;
};

struct FormulaInput {
  std::string id;
  std::string unit;
  Text2 title;
};

struct Rule {
  std::string id;       // as in the file
  std::string full_id;  // "3.1/round_trip_efficiency", "general/max_duration"
  Text2 title;
  Kind kind = Kind::Qualitative;
  Measure measure = Measure::Indicator;
  std::string measure_id;  // participants.kind.<id>, participants.qualification.<id>
  Op op = Op::Committed;
  std::string wording;
  // Which way the quantity improves: "lower" | "higher". Inferred from a
  // one-sided op; given in the pack for 优于, for a range with a better side
  // (between), and where the literal wording runs the other way.
  std::string better;
  double value = 0;                 // >=, >, <=, <, ==
  double lo = 0, hi = 0;            // between, covers
  double ratio_denominator = 0;     // ratio: 1:N
  std::vector<std::string> values;  // contains_all
  std::string unit;
  std::vector<Category> categories;
  std::string formula;
  std::vector<FormulaInput> inputs;
  Severity severity = Severity::Error;
  Source source;
  Text2 note;
  Mark mark;
  // kind any_of: the alternatives, each a rule on its own indicator; the
  // rule passes when one of them does (销售 30 千克，或制定…联合标准).
  std::vector<Rule> any_of;
  bool reads_indicator() const { return measure == Measure::Indicator && kind != Kind::AnyOf; }
  std::string measure_name() const { return rules::measure_name({measure, measure_id}); }
};

struct ResearchItem {
  std::string id;
  Text2 title;
  Source source;
};

struct NotThreshold {
  std::string number, text, reason;
};

struct Direction {
  std::string number;  // "3.1"
  Text2 area, title;
  std::vector<ResearchItem> research_contents;
  std::vector<Rule> rules;
  std::vector<NotThreshold> not_thresholds;
  std::string file;  // where it was loaded from, for messages
  // Every id a proposal's indicators may hold: indicator rules and formula inputs.
  std::vector<std::string> indicator_ids() const;
  const Rule* find_rule(const std::string& id) const;
};

struct General {
  std::vector<Rule> rules;
  std::vector<NotThreshold> not_thresholds;
  std::vector<NotThreshold> not_checkable;  // number unused: text + reason
};

struct Pack {
  std::string id;
  Text2 title;
  int year = 0;
  std::string status;
  std::string source_document, source_file;
};

}  // namespace guidecheck::rules
