#include "value/decimal.h"

#include <cctype>
#include <charconv>
#include <climits>

// Hand-written: comparing two literals needs sign, digits and exponent only;
// an arbitrary-precision library (libmpdec, GMP) would be a dependency for
// thirty lines.

namespace guidecheck::value {
namespace {

// sign * 0.DIGITS * 10^exp, DIGITS without leading or trailing zeros
// ("" for zero).
struct Norm {
  bool ok = false;
  bool neg = false;
  std::string digits;
  long exp = 0;
};

Norm normalise(std::string_view s) {
  Norm n;
  std::size_t i = 0;
  if (i < s.size() && (s[i] == '-' || s[i] == '+')) n.neg = s[i++] == '-';
  std::string all;
  long point = -1;
  bool any = false;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (std::isdigit(static_cast<unsigned char>(c))) {
      all += c;
      any = true;
    } else if (c == '.' && point < 0) {
      point = static_cast<long>(all.size());
    } else {
      break;
    }
  }
  if (!any) return n;
  if (point < 0) point = static_cast<long>(all.size());
  long e = 0;
  if (i < s.size() && (s[i] == 'e' || s[i] == 'E')) {
    ++i;
    bool eneg = false;
    if (i < s.size() && (s[i] == '-' || s[i] == '+')) eneg = s[i++] == '-';
    if (i >= s.size()) return n;
    for (; i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])); ++i) {
      if (e > 100000) return n;  // absurd exponent: not a value anyone writes
      e = e * 10 + (s[i] - '0');
    }
    if (eneg) e = -e;
  }
  if (i != s.size()) return n;
  std::size_t lead = all.find_first_not_of('0');
  if (lead == std::string::npos) {  // zero
    n.ok = true;
    n.neg = false;
    return n;
  }
  std::size_t trail = all.find_last_not_of('0');
  n.digits = all.substr(lead, trail - lead + 1);
  n.exp = point - static_cast<long>(lead) + e;
  n.ok = true;
  return n;
}

int compare_abs(const Norm& a, const Norm& b) {
  if (a.digits.empty() || b.digits.empty())
    return a.digits.empty() ? (b.digits.empty() ? 0 : -1) : 1;
  if (a.exp != b.exp) return a.exp < b.exp ? -1 : 1;
  int c = a.digits.compare(b.digits);  // same exponent: lexicographic = numeric
  return c < 0 ? -1 : c > 0 ? 1 : 0;
}

}  // namespace

int decimal_compare(std::string_view a, std::string_view b) {
  Norm x = normalise(a), y = normalise(b);
  if (!x.ok || !y.ok) return 2;
  bool xn = x.neg && !x.digits.empty(), yn = y.neg && !y.digits.empty();
  if (xn != yn) return xn ? -1 : 1;
  int c = compare_abs(x, y);
  return xn ? -c : c;
}

bool decimal_is_integer(std::string_view s) {
  Norm n = normalise(s);
  return n.ok && (n.digits.empty() || static_cast<long>(n.digits.size()) <= n.exp);
}

bool decimal_negative(std::string_view s) {
  Norm n = normalise(s);
  return n.ok && n.neg && !n.digits.empty();
}

// std::to_chars, not fmt's "{:.12g}": the same characters (printf's %.12g,
// checked against fmt on 18 million doubles) without fmt's Dragon4 for a
// given precision, and this runs for every end of every value compared.
std::string decimal_of(double v) {
  char buf[40];
  auto r = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::general, 12);
  return std::string(buf, r.ptr);
}

}  // namespace guidecheck::value
