#include "value/value.h"

#include <fmt/format.h>

#include <array>
#include <cmath>
#include <optional>
#include <string_view>

#include "messages/text.h"
#include "text/normalize.h"
#include "value/comparators.h"
#include "value/read_number.h"

namespace guidecheck::value {
namespace {

using detail::Problem;
using detail::read_any_number;
using detail::read_number;
using std::string_view;

// The first byte is compared first: nearly every test fails there, and
// then without a call to memcmp.
bool starts(string_view s, string_view p) {
  return s.size() >= p.size() && (p.empty() || s[0] == p[0]) && s.substr(0, p.size()) == p;
}

void skip_space(string_view& s) { s = text::trim(s); }

// True when a unit as split off after a number holds another number: "5 %"
// in "62 5 %", "50 km" in "20 50 km", ".3" in "1.2.3". Digits written as an
// exponent right after a unit symbol (m2, cm-1, m^3, CO2) are not numbers.
bool stray_number(string_view u) {
  // The unit 1 (a pure number, as the rules write it) and reciprocals (1/K).
  if (u == "1") return false;
  if (starts(u, "1/") || starts(u, "1 /")) u.remove_prefix(1);
  for (std::size_t i = 0; i < u.size(); ++i) {
    if (!std::isdigit(static_cast<unsigned char>(u[i]))) continue;
    std::size_t j = i;
    if (j > 0 && (u[j - 1] == '-' || u[j - 1] == '+' || u[j - 1] == '^')) --j;
    if (j > 0 && u[j - 1] == '^') --j;
    bool after_symbol = j > 0 && (std::isalpha(static_cast<unsigned char>(u[j - 1])) ||
                                  u[j - 1] == ')' || u[j - 1] == '^');
    if (!after_symbol) return true;
    while (i + 1 < u.size() && std::isdigit(static_cast<unsigned char>(u[i + 1]))) ++i;
  }
  return false;
}

bool is_range_separator(string_view s, std::size_t& len) {
  for (const char* sep : {"~", "至", "到", "–", "—", "〜"}) {
    if (starts(s, sep)) {
      len = std::string_view(sep).size();
      return true;
    }
  }
  return false;
}

// Splits off the unit that follows a number: up to a range separator, a
// comparator suffix, or the end.
string_view read_unit(string_view& s, bool allow_dash_separator) {
  std::size_t i = 0;
  while (i < s.size()) {
    // Every separator and suffix word starts with '~', '(' or a byte of a
    // multi-byte character; other bytes are part of the unit.
    unsigned char c = s[i];
    if (c != '~' && c != '(' && c != '-' && c < 0xE2) {
      ++i;
      continue;
    }
    std::size_t len;
    if (is_range_separator(s.substr(i), len)) break;
    if (s[i] == '-' && i + 1 < s.size()) {
      string_view after = text::trim(s.substr(i + 1));
      bool digit_after = !after.empty() && (std::isdigit((unsigned char)after[0]));
      bool space_before = i > 0 && s[i - 1] == ' ';
      bool space_after = s[i + 1] == ' ';
      bool non_letter_before = i > 0 && !std::isalpha((unsigned char)s[i - 1]);
      if (digit_after &&
          (allow_dash_separator || space_before || space_after || i == 0 || non_letter_before))
        break;
    }
    // A comparator after the number ("以上", "以内") ends the unit.
    if (comparator_at(s.substr(i), Place::After)) break;
    ++i;
  }
  string_view u = text::trim(s.substr(0, i));
  s.remove_prefix(i);
  return u;
}

}  // namespace

namespace {

// The readers below fill in the one Value parse_folded_text returns, rather
// than passing it on by value: a Value is five strings, a list and a message,
// and each move cost as much as reading a short number.
void invalid(Value& v, msg::Text why) {
  v.type = Value::Type::Invalid;
  v.problem = std::move(why);
}

void two_numbers(Value& v) { invalid(v, msg::text<msg::Id::value_two_numbers>(v.text)); }

// Words that make a number an estimate: "约 1500 SL/min", "1500左右",
// "~62 %", "approximately 62 %". An estimate commits to no number, so it is
// refused with the number it carries and the form to write, never read as the
// number (docs/values.md). `word` gets the word found, `rest` the value
// without it.
const std::string_view kApproxBefore[] = {
    "大约",    "大概",  "大致", "约为", "约合",          "约",      "将近",   "接近",  "差不多",
    "近似",    "≈",     "~",    "∼",    "approximately", "approx.", "approx", "about", "around",
    "roughly", "circa", "ca.",  "some",
};
const std::string_view kApproxAfter[] = {"左右", "上下", "许", "ish"};

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

// False when no word of kApproxBefore can begin `s` (in lower case): most
// values begin with a digit or a comparator, and then no word is looked for
// and no lower-case copy made.
bool may_begin_estimate(string_view s) {
  static const std::array<bool, 256> kFirst = [] {
    std::array<bool, 256> first{};
    for (string_view w : kApproxBefore) first[static_cast<unsigned char>(w[0])] = true;
    return first;
  }();
  return !s.empty() && kFirst[static_cast<unsigned char>(lower(s[0]))];
}

bool approximation(string_view s, std::string& word, string_view& rest) {
  std::string low;
  if (may_begin_estimate(s)) low = s.substr(0, 16);
  for (char& c : low) c = lower(c);
  for (string_view w : kApproxBefore)
    if (!low.empty() && starts(low, w)) {
      bool latin = std::isalpha(static_cast<unsigned char>(w[0]));
      // "about62" is no word; "some" only before a space ("some 60 %").
      if (latin && w.back() != '.' && s.size() > w.size() &&
          !std::isspace(static_cast<unsigned char>(s[w.size()])))
        continue;
      word = std::string(s.substr(0, w.size()));
      rest = text::trim(s.substr(w.size()));
      return !rest.empty();
    }
  for (string_view w : kApproxAfter)
    if (s.size() > w.size() && s.substr(s.size() - w.size()) == w) {
      word = std::string(w);
      rest = text::trim(s.substr(0, s.size() - w.size()));
      return !rest.empty();
    }
  return false;
}

// An estimate ("约 1500 SL/min", "62 %左右") of a number or of what is
// not one number is refused, naming the word (true, `v` made Invalid); false
// when `s` is no estimate, or one of a text ("约定俗成" is not a number).
bool refuse_estimate(Value& v, string_view s) {
  std::string word;
  string_view rest;
  if (!approximation(s, word, rest)) return false;
  Value inner = parse_text(std::string(rest));
  if (inner.type != Value::Type::Quantity && inner.type != Value::Type::Invalid) return false;
  invalid(v, msg::text<msg::Id::value_approximate>(word, std::string(rest)));
  return true;
}

// A map scale 1:N (N may carry 万 or 亿, and be followed by 比例尺) makes `v`
// a Ratio; false when `s` is not one.
bool read_map_scale(string_view s, Value& v) {
  string_view t = s;
  double one;
  std::string dec;
  Problem why;
  if (!read_number(t, one, dec, why) || one != 1) return false;
  skip_space(t);
  if (!starts(t, ":") && !starts(t, "∶")) return false;
  t.remove_prefix(starts(t, ":") ? 1 : 3);
  skip_space(t);
  double den;
  if (!read_number(t, den, dec, why)) return false;
  skip_space(t);
  if (starts(t, "万"))
    den *= 1e4, t.remove_prefix(3);
  else if (starts(t, "亿"))
    den *= 1e8, t.remove_prefix(3);
  skip_space(t);
  if (starts(t, "比例尺")) t.remove_prefix(9);
  if (!t.empty() || !(den > 0)) return false;
  v.type = Value::Type::Ratio;
  v.ratio_denominator = den;
  return true;
}

// Which end of the values a comparator word commits to.
struct Bound {
  int side = 0;  // +1 lower bound, -1 upper bound, 0 none
  bool strict = false;
};

// A comparator at the start of `t` (`place` Before: "不低于", "≥"; After:
// "以上", "以内"), taken off with the space after it.
Bound read_comparator(string_view& t, Place place) {
  Bound bound;
  if (const ComparatorWord* w = comparator_at(t, place)) {
    bound.side = is_lower_bound(w->comparison) ? 1 : -1;
    bound.strict = is_strict(w->comparison);
    t.remove_prefix(w->word.size());
    skip_space(t);
  }
  return bound;
}

// What a text is when no number can be read where one should be: Invalid
// when it starts like one but is malformed (`why`), else Text.
void not_a_number(Value& v, const Problem& why) {
  if (why.set()) return invalid(v, why.text);
  v.type = Value::Type::Text;
}

// A unit that holds another number (stray_number): "1 200 km", a space as a
// thousands separator after a plain integer of up to three digits, is
// refused as such, not guessed; anything else is two numbers.
void refuse_stray_number(Value& v, string_view unit, bool plain_integer) {
  if (plain_integer && unit.size() >= 3 && std::isdigit((unsigned char)unit[0]) &&
      std::isdigit((unsigned char)unit[1]) && std::isdigit((unsigned char)unit[2]) &&
      (unit.size() == 3 || !std::isdigit((unsigned char)unit[3])))
    return invalid(v, msg::text<msg::Id::value_space_in_number>(v.text));
  two_numbers(v);
}

// The second end of a range ("20 至 80 ℃"): `t` starts at the separator,
// `first` is the first end as written. Either end's unit serves both when
// only one is written.
void read_range(Value& v, string_view t, std::size_t sep_len, End first) {
  string_view r = t.substr(sep_len);
  skip_space(r);
  double b;
  std::string dec_b;
  Problem why;
  if (!read_any_number(r, b, dec_b, why)) return not_a_number(v, why);
  string_view unit_b = read_unit(r, false);
  if (stray_number(unit_b)) return two_numbers(v);
  skip_space(r);
  if (!r.empty()) {
    v.type = Value::Type::Text;
    return;
  }
  v.type = Value::Type::Quantity;
  v.hi = End{b, false, std::string(unit_b.empty() ? string_view(first.unit) : unit_b),
             std::move(dec_b)};
  if (first.unit.empty()) first.unit = std::string(unit_b);
  v.lo = End{first.v, false, std::move(first.unit), std::move(first.dec)};
}

// The quantity `e` committed to: exactly, or as the bound of a half-open
// range.
void bounded_quantity(Value& v, End e, int side) {
  v.type = Value::Type::Quantity;
  if (side > 0) {
    v.hi = End{kInf, false, e.unit, ""};
    v.lo = std::move(e);
  } else if (side < 0) {
    v.lo = End{-kInf, false, e.unit, ""};
    v.hi = std::move(e);
  } else {
    v.hi = e;
    v.lo = std::move(e);
    v.exact = true;
  }
}

// A quantity as written: an optional comparator or ±, a number (digits or a
// Chinese numeral) and its unit, then a range's second end or a comparator
// after it. What does not read as one is Text, or Invalid with the reason.
void read_quantity(string_view t, Value& v) {
  Bound bound = read_comparator(t, Place::Before);
  if (starts(t, "±")) {
    v.plus_minus = true;
    t.remove_prefix(2);
    skip_space(t);
  }
  double a;
  std::string dec_a;
  Problem why;
  std::size_t int_digits = 0;
  while (int_digits < t.size() && std::isdigit(static_cast<unsigned char>(t[int_digits])))
    ++int_digits;
  if (!read_any_number(t, a, dec_a, why)) return not_a_number(v, why);
  bool plain_integer =
      int_digits > 0 && int_digits <= 3 && dec_a.find_first_of(".e") == std::string::npos;
  string_view unit_a = read_unit(t, /*allow_dash_separator=*/true);
  if (stray_number(unit_a)) return refuse_stray_number(v, unit_a, plain_integer);
  std::size_t sep_len;
  skip_space(t);
  if (bound.side == 0 && !v.plus_minus && (is_range_separator(t, sep_len) || starts(t, "-"))) {
    if (!is_range_separator(t, sep_len)) sep_len = 1;
    return read_range(v, t, sep_len, End{a, false, std::string(unit_a), std::move(dec_a)});
  }
  // A comparator after the number ("以上", "以内"); one with a comparator
  // before it as well ("不低于 60 以上") is not read.
  if (bound.side == 0) bound = read_comparator(t, Place::After);
  if (!t.empty()) {
    v.type = Value::Type::Text;
    return;
  }
  bounded_quantity(v, End{a, bound.strict, std::string(unit_a), std::move(dec_a)}, bound.side);
}

}  // namespace

Value parse_text(const std::string& raw) { return parse_folded_text(text::fold(raw)); }

namespace {

// “CNY 240 per t”, “≤ RMB 240/t”, “¥240/t”: an amount of money written with
// its currency first, as English and price tags write it, is the same value
// as “240 CNY per t”. Returns that order, or "" when `s` is not so written: a
// range (“CNY 200–240”) is left as it is, so that it is never half read.
std::string currency_last(string_view s) {
  std::size_t bound = 0;
  while (bound < s.size() && !std::isalnum(static_cast<unsigned char>(s[bound])) &&
         !starts(s.substr(bound), "¥"))
    ++bound;  // a comparator before it: “≤ ”, “不超过” is not ASCII either
  string_view rest = s.substr(bound);
  string_view currency;
  for (string_view c : {"RMB¥", "CNY", "RMB", "¥"})
    if (starts(rest, c)) {
      currency = c;
      break;
    }
  if (currency.empty()) return "";
  rest.remove_prefix(currency.size());
  skip_space(rest);
  std::size_t n = 0;
  while (n < rest.size() &&
         (std::isdigit(static_cast<unsigned char>(rest[n])) || rest[n] == '.' || rest[n] == ','))
    ++n;
  if (n == 0 || !std::isdigit(static_cast<unsigned char>(rest[0]))) return "";
  string_view after = rest.substr(n);
  // “CNY 2.4万/t”: a multiplier between the number and the unit is not moved
  if (!after.empty() && after[0] != ' ' && after[0] != '/') return "";
  string_view tail = text::trim(after);
  std::size_t sep;
  if (is_range_separator(tail, sep) || starts(tail, "-")) return "";
  std::string unit = currency == "¥" || currency == "RMB¥" ? "元" : std::string(currency);
  return std::string(s.substr(0, bound)) + std::string(rest.substr(0, n)) + " " + unit +
         std::string(after);
}

}  // namespace

Value parse_folded_text(string_view folded) {
  Value v;
  string_view s = text::trim(folded);
  v.text = std::string(s);
  if (s.empty()) return v;  // Missing
  if (refuse_estimate(v, s)) return v;
  if (read_map_scale(s, v)) return v;
  if (std::string moved = currency_last(s); !moved.empty()) {
    read_quantity(moved, v);
    return v;
  }
  read_quantity(s, v);
  return v;
}

namespace {

// A scalar: a yes/no, or a value's text (parse_text) of a bounded length.
void parse_scalar(const yaml::Node& node, Parsed& r) {
  if (node.is_bool()) {
    r.value.type = Value::Type::Bool;
    r.value.flag = node.as_bool();
    r.value.text = node.scalar;
  } else if (node.scalar.size() > kMaxValueBytes) {
    // Bounds the reader's work whatever the file limits allow (a 15 MB
    // "1万万万…" within --max-file-size): no number with its unit and a
    // note is this long, so it is not read, and cannot pass.
    r.error = msg::text<msg::Id::value_too_long>(kMaxValueBytes, node.scalar.size());
    return;
  } else {
    r.value = parse_text(node.scalar);
    r.value.mark = node.mark;
  }
  r.ok = true;
}

// A list of names (categories), each a scalar.
void parse_list(const yaml::Node& node, Parsed& r) {
  r.value.type = Value::Type::List;
  for (const auto& item : node.items) {
    if (!item->is_scalar()) {
      r.error = msg::text<msg::Id::value_list_item_not_name>(item->kind_id());
      r.mark = item->mark;
      return;
    }
    r.value.list.push_back(std::string(text::trim(text::fold(item->scalar))));
  }
  r.ok = true;
}

// {min: ..., max: ...}: each end given one exact number; a missing end is
// unbounded. `r` gets the error of an end, or the range.
void parse_min_max(const yaml::Node& node, const yaml::Node* min, const yaml::Node* max,
                   Parsed& r) {
  Value out;
  out.type = Value::Type::Quantity;
  out.mark = node.mark;
  for (const yaml::Node* end : {min, max}) {
    if (!end) continue;
    Parsed p = parse(*end);
    if (!p.ok) {
      r = std::move(p);
      return;
    }
    if (p.value.type == Value::Type::Invalid) {
      r.error = p.value.problem;
      r.mark = end->mark;
      return;
    }
    if (p.value.type != Value::Type::Quantity || !p.value.exact) {
      r.error = msg::text<msg::Id::value_min_max_one_number>();
      r.mark = end->mark;
      return;
    }
    (end == min ? out.lo : out.hi) = p.value.lo;
  }
  out.text =
      (min ? (min->scalar) : std::string("…")) + " ~ " + (max ? max->scalar : std::string("…"));
  r.value = out;
  r.ok = true;
}

// The long forms {value: ..., note: ..., evidence: ...} and {min, max}.
void parse_long_form(const yaml::Node& node, Parsed& r) {
  const yaml::Node* value = node.get("value");
  const yaml::Node* min = node.get("min");
  const yaml::Node* max = node.get("max");
  for (const auto& e : node.entries) {
    if (e.key != "value" && e.key != "note" && e.key != "evidence" && e.key != "min" &&
        e.key != "max") {
      r.error = msg::text<msg::Id::value_unknown_long_form_key>(e.key);
      r.mark = e.key_mark;
      return;
    }
  }
  if (value && (min || max)) {
    r.error = msg::text<msg::Id::value_value_and_range>();
    return;
  }
  if (value) {
    r = parse(*value);
    if (!r.ok) return;
  } else if (min || max) {
    parse_min_max(node, min, max, r);
    if (!r.ok) return;
  } else {
    r.error = msg::text<msg::Id::value_expected_value>();
    return;
  }
  // `note` and `evidence` are the applicant's remarks for the people who
  // read the proposal (docs/format.md): accepted, never judged, and not
  // copied into reports, which carry only the checker's own words and the
  // value as written.
  r.value.mark = value ? value->mark : node.mark;
  r.mark = r.value.mark;
}

}  // namespace

Parsed parse(const yaml::Node& node) {
  Parsed r;
  r.mark = node.mark;
  r.value.mark = node.mark;
  switch (node.kind) {
    case yaml::Node::Kind::Null:
      r.ok = true;
      return r;
    case yaml::Node::Kind::Scalar:
      parse_scalar(node, r);
      break;
    case yaml::Node::Kind::Sequence:
      parse_list(node, r);
      break;
    case yaml::Node::Kind::Mapping:
      parse_long_form(node, r);
      break;
  }
  return r;
}

namespace {

// One date of a project period: YYYY, then . - / or 年, then the month
// (1 or 2 digits) and an optional 月; `day` when a day follows.
struct YearMonth {
  int year = 0, month = 0;
  bool has_month = false, day = false;
  int day_of_month = 0;  // when `day`
};

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : days[month - 1];
}

bool read_digits(string_view& t, std::size_t min, std::size_t max, int& out) {
  std::size_t n = 0;
  int v = 0;
  while (n < t.size() && n < max + 1 && std::isdigit(static_cast<unsigned char>(t[n])))
    v = v * 10 + (t[n] - '0'), ++n;
  if (n < min || n > max) return false;
  out = v;
  t.remove_prefix(n);
  return true;
}

bool read_year_month(string_view& t, YearMonth& d) {
  string_view x = t;
  if (!read_digits(x, 4, 4, d.year)) return false;
  string_view after_year = x;
  bool nian = starts(x, "年");
  if (nian) x.remove_prefix(3);
  skip_space(x);
  if (!x.empty() && (x[0] == '.' || x[0] == '/' || x[0] == '-') && !nian) {
    string_view y = x.substr(1);
    int m;
    if (read_digits(y, 1, 2, m)) {
      d.month = m, d.has_month = true;
      x = y;
    }
  } else if (nian) {
    string_view y = x;
    int m;
    if (read_digits(y, 1, 2, m) && starts(text::trim(y), "月")) {
      d.month = m, d.has_month = true;
      x = y;
    }
  }
  if (!d.has_month) x = nian ? x : after_year;
  skip_space(x);
  if (starts(x, "月")) x.remove_prefix(3);
  if (d.has_month && !x.empty() && (x[0] == '.' || x[0] == '/' || x[0] == '-') && x.size() > 1 &&
      std::isdigit(static_cast<unsigned char>(x[1])) && !starts(x.substr(1), "20")) {
    string_view y = x.substr(1);
    int day;
    if (read_digits(y, 1, 2, day)) d.day = true, d.day_of_month = day, x = y;
  }
  if (d.has_month && (starts(x, "日") || starts(x, "号"))) d.day = true;
  if (d.has_month && !d.day) {
    string_view y = x;
    int day;
    if (read_digits(y, 1, 2, day) && (starts(y, "日") || starts(y, "号"))) {
      d.day = true;
      d.day_of_month = day;
      x = y.substr(3);
    }
  } else if (starts(x, "日") || starts(x, "号")) {
    x.remove_prefix(3);
  }
  t = x;
  return true;
}

// “January 2025”, “Jan. 2025”, “1 January 2025”, “31st Dec 2027”, “January 1,
// 2025”: a date in English, the month by its name.
bool read_english_date(string_view& t, YearMonth& d) {
  static const char* const names[] = {"january",   "february", "march",    "april",
                                      "may",       "june",     "july",     "august",
                                      "september", "october",  "november", "december"};
  string_view x = t;
  int day = 0;
  if (read_digits(x, 1, 2, day)) {
    for (const char* suffix : {"st", "nd", "rd", "th"})
      if (x.size() >= 2 && std::tolower(static_cast<unsigned char>(x[0])) == suffix[0] &&
          std::tolower(static_cast<unsigned char>(x[1])) == suffix[1]) {
        x.remove_prefix(2);
        break;
      }
    if (x.empty() || x[0] != ' ') return false;
    skip_space(x);
  }
  std::size_t n = 0;
  while (n < x.size() && std::isalpha(static_cast<unsigned char>(x[n]))) ++n;
  std::string word;
  for (char c : x.substr(0, n))
    word += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  int month = 0;
  for (int i = 0; i < 12 && !month; ++i) {
    std::string_view full = names[i];
    // the full name, or its first three letters (four for “Sept”)
    if (word == full ||
        (word.size() >= 3 && word.size() <= 4 && full.substr(0, word.size()) == word))
      month = i + 1;
  }
  if (!month) return false;
  x.remove_prefix(n);
  if (!x.empty() && x[0] == '.') x.remove_prefix(1);
  skip_space(x);
  if (!day) {  // “January 1, 2025”
    string_view y = x;
    int d2;
    if (read_digits(y, 1, 2, d2) && !y.empty() && (y[0] == ',' || y[0] == ' ')) {
      if (y[0] == ',') y.remove_prefix(1);
      skip_space(y);
      day = d2;
      x = y;
    }
  }
  if (!read_digits(x, 4, 4, d.year)) return false;
  if (!x.empty() && std::isdigit(static_cast<unsigned char>(x[0]))) return false;
  d.month = month;
  d.has_month = true;
  d.day = day != 0;
  d.day_of_month = day;
  t = x;
  return true;
}

bool read_date(string_view& t, YearMonth& d) {
  return read_year_month(t, d) || read_english_date(t, d);
}

// “to”, “until”, “through” between two dates, a space on each side
bool english_range_word(string_view t, std::size_t& len) {
  for (const char* w : {"to ", "until ", "through ", "till "}) {
    std::size_t n = std::string_view(w).size();
    if (t.size() >= n) {
      bool same = true;
      for (std::size_t i = 0; i < n && same; ++i)
        same = std::tolower(static_cast<unsigned char>(t[i])) == w[i];
      if (same) {
        len = n;
        return true;
      }
    }
  }
  return false;
}

}  // namespace

DateSpan date_span(const std::string& raw) {
  DateSpan out;
  std::string folded = text::fold(raw);
  string_view t = text::trim(folded);
  if (t.size() > 80) return out;
  YearMonth a, b;
  if (!read_date(t, a)) return out;
  skip_space(t);
  std::size_t len = 0;
  if (is_range_separator(t, len) || english_range_word(t, len))
    t.remove_prefix(len);
  else if (starts(t, "-"))
    t.remove_prefix(1);
  else
    return out;
  while (starts(t, "—") || starts(t, "-")) t.remove_prefix(starts(t, "-") ? 1 : 3);
  skip_space(t);
  if (!read_date(t, b)) return out;
  skip_space(t);
  if (starts(t, "止")) t.remove_prefix(3);
  if (!t.empty()) return out;
  if (a.year < 1900 || a.year > 2200 || b.year < 1900 || b.year > 2200) return out;
  out.is_dates = true;
  std::string written(text::trim(folded));
  if (!a.has_month || !b.has_month) {
    out.problem = msg::text<msg::Id::value_years_not_length>(written);
    return out;
  }
  if (a.month < 1 || a.month > 12 || b.month < 1 || b.month > 12) {
    out.problem = msg::text<msg::Id::value_bad_month>(written);
    return out;
  }
  // Days are read only where the period is whole months: from a month's
  // first day (“2025年1月1日”) to a month's last (“2027年12月31日”).
  bool whole_start = !a.day || a.day_of_month == 1;
  bool whole_end = !b.day || b.day_of_month == days_in_month(b.year, b.month);
  if (!whole_start || !whole_end) {
    out.problem = msg::text<msg::Id::value_dates_with_days>(written);
    return out;
  }
  long months = (b.year * 12L + b.month) - (a.year * 12L + a.month) + 1;
  if (months <= 0) {
    out.problem = msg::text<msg::Id::value_ends_before_start>(written);
    return out;
  }
  out.months = months;
  out.reading = fmt::format("{:04}-{:02} … {:04}-{:02}", a.year, a.month, b.year, b.month);
  return out;
}

}  // namespace guidecheck::value
