#include "value/value.h"

#include <charconv>
#include <cmath>
#include <string_view>

#include "text/normalize.h"

namespace guidecheck::value {
namespace {

using std::string_view;

bool starts(string_view s, string_view p) { return s.substr(0, p.size()) == p; }

void skip_space(string_view& s) { s = text::trim(s); }

// Comparator words and signs a proposal may put before its number.
struct Prefix {
  std::string_view word;  // a view, so matching needs no strlen per value
  bool lower;             // commits to a lower bound (≥ / >)
  bool strict;            // > or <
};
const Prefix kPrefixes[] = {
    {">=", true, false},        {"≥", true, false},         {"⩾", true, false},
    {"<=", false, false},       {"≤", false, false},        {"⩽", false, false},
    {"不低于", true, false},    {"不小于", true, false},    {"不少于", true, false},
    {"至少", true, false},      {"达到", true, false},      {"大于等于", true, false},
    {"不高于", false, false},   {"不大于", false, false},   {"不超过", false, false},
    {"至多", false, false},     {"最多", false, false},     {"小于等于", false, false},
    {"不应低于", true, false},  {"不得低于", true, false},  {"不应高于", false, false},
    {"不得超过", false, false}, {"不应超过", false, false}, {"低于", false, true},
    {"小于", false, true},      {"高于", true, true},       {"大于", true, true},
    {"超过", true, true},       {">", true, true},          {"<", false, true},
};
// ... and the words after it: 以上/以下/以内 include the number.
struct Suffix {
  std::string_view word;
  bool lower;
};
const Suffix kSuffixes[] = {{"(含)以上", true},  {"及以上", true},  {"以上", true},
                            {"(含)以下", false}, {"及以下", false}, {"以下", false},
                            {"以内", false}};

// Reads a decimal number: sign, digits with optional `,` thousands groups,
// fraction, exponent, and "×10^-6" / "×10-6".
bool read_number(string_view& s, double& out) {
  string_view t = s;
  std::string buf;
  if (starts(t, "−"))
    buf += '-', t.remove_prefix(3);
  else if (!t.empty() && (t[0] == '-' || t[0] == '+')) {
    if (t[0] == '-') buf += '-';
    t.remove_prefix(1);
  }
  std::size_t digits = 0;
  while (!t.empty()) {
    if (t[0] >= '0' && t[0] <= '9') {
      buf += t[0];
      t.remove_prefix(1);
      ++digits;
    } else if (t[0] == ',' && digits > 0 && t.size() >= 4 && std::isdigit((unsigned char)t[1]) &&
               std::isdigit((unsigned char)t[2]) && std::isdigit((unsigned char)t[3]) &&
               (t.size() == 4 || !std::isdigit((unsigned char)t[4]))) {
      t.remove_prefix(1);  // thousands separator
    } else {
      break;
    }
  }
  if (!t.empty() && t[0] == '.' && t.size() > 1 && std::isdigit((unsigned char)t[1])) {
    buf += '.';
    t.remove_prefix(1);
    while (!t.empty() && std::isdigit((unsigned char)t[0])) {
      buf += t[0];
      t.remove_prefix(1);
      ++digits;
    }
  }
  if (digits == 0) return false;
  if (!t.empty() && (t[0] == 'e' || t[0] == 'E')) {
    string_view e = t.substr(1);
    std::string eb = "e";
    if (!e.empty() && (e[0] == '-' || e[0] == '+')) eb += e[0], e.remove_prefix(1);
    if (!e.empty() && std::isdigit((unsigned char)e[0])) {
      while (!e.empty() && std::isdigit((unsigned char)e[0])) eb += e[0], e.remove_prefix(1);
      buf += eb;
      t = e;
    }
  }
  double v = 0;
  auto [p, ec] = std::from_chars(buf.data(), buf.data() + buf.size(), v);
  if (ec != std::errc() || p != buf.data() + buf.size()) return false;
  // ×10^-6, x10-6, *10^3
  string_view m = t;
  skip_space(m);
  if (starts(m, "×") || starts(m, "x") || starts(m, "*")) {
    m.remove_prefix(starts(m, "×") ? 2 : 1);
    skip_space(m);
    if (starts(m, "10")) {
      string_view x = m.substr(2);
      if (starts(x, "^")) x.remove_prefix(1);
      int sign = 1;
      if (starts(x, "-"))
        sign = -1, x.remove_prefix(1);
      else if (starts(x, "−"))
        sign = -1, x.remove_prefix(3);
      else if (starts(x, "+"))
        x.remove_prefix(1);
      int e = 0, n = 0;
      while (!x.empty() && std::isdigit((unsigned char)x[0]) && n < 4)
        e = e * 10 + (x[0] - '0'), x.remove_prefix(1), ++n;
      if (n > 0) {
        v *= std::pow(10.0, sign * e);
        t = x;
      }
    }
  }
  if (!std::isfinite(v)) return false;
  out = v;
  s = t;
  return true;
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
    bool suffix = false;
    for (const Suffix& x : kSuffixes)
      if (starts(s.substr(i), x.word)) suffix = true;
    if (suffix) break;
    ++i;
  }
  string_view u = text::trim(s.substr(0, i));
  s.remove_prefix(i);
  return u;
}

}  // namespace

long chinese_numeral(const std::string& s) {
  static const std::pair<const char*, int> digits[] = {{"零", 0}, {"〇", 0}, {"一", 1}, {"二", 2},
                                                       {"两", 2}, {"三", 3}, {"四", 4}, {"五", 5},
                                                       {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}};
  static const std::pair<const char*, int> units[] = {{"十", 10}, {"百", 100}, {"千", 1000}};
  long total = 0, section = 0, digit = -1;
  string_view t = s;
  if (t.empty()) return -1;
  while (!t.empty()) {
    bool matched = false;
    for (auto [w, d] : digits)
      if (starts(t, w)) digit = d, t.remove_prefix(3), matched = true;
    if (matched) continue;
    for (auto [w, u] : units)
      if (starts(t, w)) {
        section += (digit < 0 ? 1 : digit) * u;
        digit = -1;
        t.remove_prefix(3);
        matched = true;
      }
    if (matched) continue;
    if (starts(t, "万")) {
      total += (section + (digit < 0 ? 0 : digit)) * 10000;
      section = 0, digit = -1;
      t.remove_prefix(3);
      continue;
    }
    return -1;
  }
  return total + section + (digit < 0 ? 0 : digit);
}

Value parse_text(const std::string& raw) {
  Value v;
  std::string folded = text::fold(raw);
  string_view s = text::trim(folded);
  v.text = std::string(s);
  if (s.empty()) return v;  // Missing

  // A map scale 1:N (N may carry 万).
  {
    string_view t = s;
    double one;
    if (read_number(t, one) && one == 1) {
      skip_space(t);
      if (starts(t, ":") || starts(t, "∶")) {
        t.remove_prefix(starts(t, ":") ? 1 : 3);
        skip_space(t);
        double den;
        if (read_number(t, den)) {
          skip_space(t);
          if (starts(t, "万"))
            den *= 1e4, t.remove_prefix(3);
          else if (starts(t, "亿"))
            den *= 1e8, t.remove_prefix(3);
          skip_space(t);
          if (starts(t, "比例尺")) t.remove_prefix(9);
          if (t.empty() && den > 0) {
            v.type = Value::Type::Ratio;
            v.ratio_denominator = den;
            return v;
          }
        }
      }
    }
  }

  string_view t = s;
  int bound = 0;  // +1 lower bound, -1 upper bound
  bool strict = false;
  for (const Prefix& p : kPrefixes) {
    if (starts(t, p.word)) {
      bound = p.lower ? 1 : -1;
      strict = p.strict;
      t.remove_prefix(std::string_view(p.word).size());
      skip_space(t);
      break;
    }
  }
  if (starts(t, "±")) {
    v.plus_minus = true;
    t.remove_prefix(2);
    skip_space(t);
  }
  double a;
  string_view unit_a;
  if (!read_number(t, a)) {
    // A Chinese numeral count: 三项, 两个.
    std::size_t n = 0;
    while (n < t.size()) {
      std::string c(t.substr(n, 3));
      if (c.size() == 3 && chinese_numeral(c) >= 0)
        n += 3;
      else if (starts(t.substr(n), "十") || starts(t.substr(n), "百") || starts(t.substr(n), "千"))
        n += 3;
      else
        break;
    }
    long num = n ? chinese_numeral(std::string(t.substr(0, n))) : -1;
    if (num < 0) {
      v.type = Value::Type::Text;
      return v;
    }
    a = static_cast<double>(num);
    t.remove_prefix(n);
  }
  unit_a = read_unit(t, /*allow_dash_separator=*/true);
  std::size_t sep_len;
  skip_space(t);
  if (bound == 0 && !v.plus_minus && (is_range_separator(t, sep_len) || starts(t, "-"))) {
    if (!is_range_separator(t, sep_len)) sep_len = 1;
    string_view r = t.substr(sep_len);
    skip_space(r);
    double b;
    if (!read_number(r, b)) {
      v.type = Value::Type::Text;
      return v;
    }
    string_view unit_b = read_unit(r, false);
    skip_space(r);
    if (!r.empty()) {
      v.type = Value::Type::Text;
      return v;
    }
    v.type = Value::Type::Quantity;
    v.lo = End{a, false, std::string(unit_a.empty() ? unit_b : unit_a)};
    v.hi = End{b, false, std::string(unit_b.empty() ? unit_a : unit_b)};
    return v;
  }
  // suffix words
  for (const Suffix& x : kSuffixes) {
    if (starts(t, x.word)) {
      if (bound != 0) break;
      bound = x.lower ? 1 : -1;
      t.remove_prefix(std::string_view(x.word).size());
      skip_space(t);
      break;
    }
  }
  if (!t.empty()) {
    v.type = Value::Type::Text;
    return v;
  }
  v.type = Value::Type::Quantity;
  End e{a, strict, std::string(unit_a)};
  if (bound > 0) {
    v.lo = e;
    v.hi = End{kInf, false, e.unit};
  } else if (bound < 0) {
    v.hi = e;
    v.lo = End{-kInf, false, e.unit};
  } else {
    v.lo = v.hi = e;
    v.exact = true;
  }
  return v;
}

Parsed parse(const yaml::Node& node) {
  Parsed r;
  r.mark = node.mark;
  r.value.mark = node.mark;
  switch (node.kind) {
    case yaml::Node::Kind::Null:
      r.ok = true;
      return r;
    case yaml::Node::Kind::Scalar: {
      if (node.is_bool()) {
        r.value.type = Value::Type::Bool;
        r.value.flag = node.as_bool();
        r.value.text = node.scalar;
      } else {
        r.value = parse_text(node.scalar);
        r.value.mark = node.mark;
      }
      r.ok = true;
      return r;
    }
    case yaml::Node::Kind::Sequence: {
      r.value.type = Value::Type::List;
      for (const auto& item : node.items) {
        if (!item->is_scalar()) {
          r.error = "a list of names (e.g. [asia, europe]); found " +
                    std::string(item->kind_name()) + " in it";
          r.mark = item->mark;
          return r;
        }
        r.value.list.push_back(std::string(text::trim(text::fold(item->scalar))));
      }
      r.ok = true;
      return r;
    }
    case yaml::Node::Kind::Mapping: {
      const yaml::Node* value = node.get("value");
      const yaml::Node* min = node.get("min");
      const yaml::Node* max = node.get("max");
      for (const auto& e : node.entries) {
        if (e.key != "value" && e.key != "note" && e.key != "evidence" && e.key != "min" &&
            e.key != "max") {
          r.error =
              "unknown key '" + e.key + "' in a value; expected value, note, evidence, or min/max";
          r.mark = e.key_mark;
          return r;
        }
      }
      if (value && (min || max)) {
        r.error = "give either value or min/max, not both";
        return r;
      }
      if (value) {
        r = parse(*value);
        if (!r.ok) return r;
      } else if (min || max) {
        Value out;
        out.type = Value::Type::Quantity;
        out.mark = node.mark;
        for (const yaml::Node* end : {min, max}) {
          if (!end) continue;
          Parsed p = parse(*end);
          if (!p.ok) return p;
          if (p.value.type != Value::Type::Quantity || !p.value.exact) {
            r.error = "min and max take one number each (e.g. 20 ℃)";
            r.mark = end->mark;
            return r;
          }
          (end == min ? out.lo : out.hi) = p.value.lo;
        }
        out.text = (min ? (min->scalar) : std::string("…")) + " ~ " +
                   (max ? max->scalar : std::string("…"));
        r.value = out;
        r.ok = true;
      } else {
        r.error = "a value, or {value: ..., note: ...}, or {min: ..., max: ...}";
        return r;
      }
      if (const yaml::Node* note = node.get("note"); note && note->is_scalar())
        r.value.note = note->scalar;
      r.value.mark = value ? value->mark : node.mark;
      r.mark = r.value.mark;
      return r;
    }
  }
  return r;
}

std::string describe(const Value& v) { return v.text; }

}  // namespace guidecheck::value
