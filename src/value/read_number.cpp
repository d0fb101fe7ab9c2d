#include "value/read_number.h"

#include <cctype>
#include <charconv>
#include <cmath>

#include "messages/text.h"
#include "text/normalize.h"
#include "value/value.h"

namespace guidecheck::value::detail {
namespace {

using std::string_view;

// The first byte is compared first: nearly every test fails there, and
// then without a call to memcmp.
bool starts(string_view s, string_view p) {
  return s.size() >= p.size() && (p.empty() || s[0] == p[0]) && s.substr(0, p.size()) == p;
}

void skip_space(string_view& s) { s = text::trim(s); }

// The sign of a number: "-", "+" or the minus sign "−"; a minus goes into `buf`.
void read_sign(string_view& t, std::string& buf) {
  if (starts(t, "−"))
    buf += '-', t.remove_prefix(3);
  else if (!t.empty() && (t[0] == '-' || t[0] == '+')) {
    if (t[0] == '-') buf += '-';
    t.remove_prefix(1);
  }
}

// The integer digits, with optional `,` thousands groups, into `buf`;
// `digits` counts them. False with `why` set when a comma does not group
// thousands ("1,20", "1,2345", "1234,567"); `s` is the whole number, for the
// message.
bool read_integer_digits(string_view s, string_view& t, std::string& buf, std::size_t& digits,
                         Problem& why) {
  std::size_t group = 0;  // digits in the current comma group
  bool grouped = false;
  auto is_digit = [](string_view x, std::size_t i) {
    return i < x.size() && std::isdigit(static_cast<unsigned char>(x[i]));
  };
  while (!t.empty()) {
    if (is_digit(t, 0)) {
      buf += t[0];
      t.remove_prefix(1);
      ++digits, ++group;
    } else if (t[0] == ',' && digits > 0 && is_digit(t, 1)) {
      std::size_t k = 1;
      while (is_digit(t, k)) ++k;
      bool ok = k - 1 == 3 && (grouped ? group == 3 : group <= 3);
      if (!ok) {
        why.text = msg::text<msg::Id::value_bad_comma>(s.substr(0, s.size() - t.size() + k));
        return false;
      }
      grouped = true;
      group = 0;
      t.remove_prefix(1);  // thousands separator
    } else {
      break;
    }
  }
  return true;
}

// A fraction ".5" into `buf`; a lone "." is not one ("5." stops before it).
void read_fraction(string_view& t, std::string& buf, std::size_t& digits) {
  if (!t.empty() && t[0] == '.' && t.size() > 1 && std::isdigit((unsigned char)t[1])) {
    buf += '.';
    t.remove_prefix(1);
    while (!t.empty() && std::isdigit((unsigned char)t[0])) {
      buf += t[0];
      t.remove_prefix(1);
      ++digits;
    }
  }
}

// An exponent "e-6", "E3" (0 when there is none; "1e" leaves the "e"
// unread). Its digits are capped so that a huge exponent stays a long and the
// number overflows in from_chars, where it is refused.
long read_e_exponent(string_view& t) {
  long exp10 = 0;
  if (!t.empty() && (t[0] == 'e' || t[0] == 'E')) {
    string_view e = t.substr(1);
    int sign = 1;
    if (!e.empty() && (e[0] == '-' || e[0] == '+')) sign = e[0] == '-' ? -1 : 1, e.remove_prefix(1);
    if (!e.empty() && std::isdigit((unsigned char)e[0])) {
      long x = 0;
      while (!e.empty() && std::isdigit((unsigned char)e[0])) {
        if (x < 100000) x = x * 10 + (e[0] - '0');
        e.remove_prefix(1);
      }
      exp10 = sign * x;
      t = e;
    }
  }
  return exp10;
}

// A power of ten written as a factor: "×10^-6", "x10-6", "*10^3" (at most
// four exponent digits); 0 and `t` untouched when there is none.
int read_times_ten(string_view& t) {
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
        t = x;
        return sign * e;
      }
    }
  }
  return 0;
}

// The characters of a Chinese numeral.
std::size_t chinese_numeral_length(string_view t) {
  static const std::string_view chars[] = {"零", "〇", "一", "二", "两", "三", "四", "五", "六",
                                           "七", "八", "九", "十", "百", "千", "万", "亿"};
  std::size_t n = 0;
  for (bool more = true; more && n < t.size();) {
    more = false;
    for (std::string_view c : chars)
      if (starts(t.substr(n), c)) n += c.size(), more = true;
  }
  return n;
}

}  // namespace

bool read_number(string_view& s, double& out, std::string& dec, Problem& why) {
  string_view t = s;
  std::string buf;  // the number as a literal for from_chars
  read_sign(t, buf);
  std::size_t digits = 0;
  if (!read_integer_digits(s, t, buf, digits, why)) return false;
  read_fraction(t, buf, digits);
  if (digits == 0) return false;
  long exp10 = read_e_exponent(t);
  exp10 += read_times_ten(t);
  std::string lit = exp10 ? buf + "e" + std::to_string(exp10) : buf;
  double v = 0;
  auto [p, ec] = std::from_chars(lit.data(), lit.data() + lit.size(), v);
  if (ec != std::errc() || p != lit.data() + lit.size() || !std::isfinite(v)) return false;
  out = v;
  dec = lit;
  s = t;
  return true;
}

bool read_any_number(string_view& t, double& v, std::string& dec, Problem& why) {
  if (read_number(t, v, dec, why)) return true;
  if (why.set()) return false;
  std::size_t n = chinese_numeral_length(t);
  if (n == 0) return false;
  std::string word(t.substr(0, n));
  long long num = chinese_numeral(word);
  if (num < 0) {
    why.text = msg::text<msg::Id::value_bad_chinese_numeral>(word);
    return false;
  }
  v = static_cast<double>(num);
  dec = std::to_string(num);
  t.remove_prefix(n);
  return true;
}

}  // namespace guidecheck::value::detail
