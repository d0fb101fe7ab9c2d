// What a proposal commits to, parsed from a YAML value: a number or quantity,
// a committed bound (≥ 62 %), a range (20 至 80 ℃), a map scale (1:2.5万), a
// list of categories, a yes/no, or free text. Units are kept as written and
// converted only against a rule (units.h).
#pragma once

#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "messages/message.h"
#include "yaml/node.h"

namespace guidecheck::value {

constexpr double kInf = std::numeric_limits<double>::infinity();

// One end of the set of values a proposal commits to.
struct End {
  double v = 0;
  bool open = false;  // strict: the end itself is excluded
  std::string unit;   // as written, "" = none (the rule's own unit)
  std::string dec;    // the number as a decimal literal ("59.999999999999999",
                      // "1.5e3"), for exact comparison; "" when built, not written
  bool infinite() const { return v == kInf || v == -kInf; }
};

struct Value {
  // Invalid: written, but not one value that can be read with certainty
  // ("62 5 %", "1,20", "三十三十"); `problem` says why.
  enum class Type { Missing, Bool, Quantity, Ratio, List, Text, Invalid };
  Type type = Type::Missing;
  // Quantity: every value in [lo, hi] is possible; an exact number has lo == hi.
  End lo{-kInf, false, "", ""}, hi{kInf, false, "", ""};
  bool exact = false;
  bool plus_minus = false;       // written ±x: a magnitude
  double ratio_denominator = 0;  // Ratio 1:N
  std::vector<std::string> list;
  bool flag = false;  // Bool
  std::string text;   // the value as written (scalar text, folded)
  Mark mark;
  msg::Text problem;  // Invalid: why
};

struct Parsed {
  bool ok = false;
  Value value;
  msg::Text error;  // what was expected
  Mark mark;
};

// The longest scalar parse() reads as a value (bytes); a longer one is an
// error (docs/limits.md).
constexpr std::size_t kMaxValueBytes = 4096;

// Parses a YAML value node. Long forms {value: ..., note: ...} and
// {min: ..., max: ...} are understood.
Parsed parse(const yaml::Node& node);

// Parses one scalar's text (already a string). Never fails: what is not a
// quantity, ratio or yes/no is Text.
Value parse_text(const std::string& text);
// The same for a text already through text::fold (NFKC, which is idempotent),
// so that it is not folded twice.
Value parse_folded_text(std::string_view folded);

// A Chinese numeral by its grammar ("三", "两千", "二十五", "一百零五", "十万",
// "三万三" = 33000), or -1 when it is not a well-formed one ("三十三十",
// "二三", "两十", "一千五十").
long long chinese_numeral(const std::string& s);

// A project period written as dates ("2023.01-2025.12", "2023年1月—2025年12月",
// "2023-01 ~ 2025-12", "2023/01-2025/12"): the months it spans, both ends
// included (36 here). `is_dates` is true when the text has the shape of a
// date or year range; months < 0 then means it cannot be read as one
// (month 13, end before start, a range of bare years), `problem_*` says why.
struct DateSpan {
  bool is_dates = false;
  long months = -1;
  std::string reading;  // "2023-01 … 2025-12"
  msg::Text problem;
};
DateSpan date_span(const std::string& text);

}  // namespace guidecheck::value
