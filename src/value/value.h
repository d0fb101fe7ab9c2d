// What a proposal commits to, parsed from a YAML value: a number or quantity,
// a committed bound (≥ 62 %), a range (20 至 80 ℃), a map scale (1:2.5万), a
// list of categories, a yes/no, or free text. Units are kept as written and
// converted only against a rule (units.h).
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "yaml/node.h"

namespace guidecheck::value {

constexpr double kInf = std::numeric_limits<double>::infinity();

// One end of the set of values a proposal commits to.
struct End {
  double v = 0;
  bool open = false;  // strict: the end itself is excluded
  std::string unit;   // as written, "" = none (the rule's own unit)
  bool infinite() const { return v == kInf || v == -kInf; }
};

struct Value {
  enum class Type { Missing, Bool, Quantity, Ratio, List, Text };
  Type type = Type::Missing;
  // Quantity: every value in [lo, hi] is possible; an exact number has lo == hi.
  End lo{-kInf, false, ""}, hi{kInf, false, ""};
  bool exact = false;
  bool plus_minus = false;       // written ±x: a magnitude
  double ratio_denominator = 0;  // Ratio 1:N
  std::vector<std::string> list;
  bool flag = false;  // Bool
  std::string text;   // the value as written (scalar text, folded)
  yaml::Mark mark;
  std::string note;  // long form: the applicant's note
};

struct Parsed {
  bool ok = false;
  Value value;
  std::string error;  // English: what was expected
  yaml::Mark mark;
};

// Parses a YAML value node. Long forms {value: ..., note: ...} and
// {min: ..., max: ...} are understood.
Parsed parse(const yaml::Node& node);

// Parses one scalar's text (already a string). Never fails: what is not a
// quantity, ratio or yes/no is Text.
Value parse_text(const std::string& text);

// A small Chinese numeral ("三", "两", "十二") or -1.
long chinese_numeral(const std::string& s);

// Shows a value as the applicant wrote it, or canonically when built.
std::string describe(const Value& v);

}  // namespace guidecheck::value
