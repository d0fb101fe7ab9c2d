#include "value/decimal.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <climits>
#include <cmath>

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

namespace {

// Lays out the significant digits `d` (no trailing zeros) of a number whose
// first digit has decimal exponent `x` as %g does when -4 <= x < 12: fixed,
// with no trailing zeros and no bare point.
char* fixed_g(char* out, std::string_view d, int x) {
  auto put = [&](std::string_view s) { out = std::copy(s.begin(), s.end(), out); };
  if (x < 0) {
    put("0.");
    out = std::fill_n(out, -x - 1, '0');
    put(d);
    return out;
  }
  auto whole = static_cast<std::size_t>(x) + 1;
  if (d.size() <= whole) {
    put(d);
    return std::fill_n(out, whole - d.size(), '0');
  }
  put(d.substr(0, whole));
  *out++ = '.';
  put(d.substr(whole));
  return out;
}

// The shortest round-trip digits of `v` (std::to_chars without a precision,
// far cheaper than with one), when there are at most 12 of them: rounding the
// exact binary value to 12 digits gives the same digits then, because it lies
// within half an ulp (~1e-16 relative) of them while 12-digit decimals are
// 1e-12 apart; not so for subnormals, whose ulp is coarser. Returns false
// then, and for more digits, zeros, infinities and NaN.
bool shortest_g12(char*& out, double v) {
  if (!std::isnormal(v)) return false;
  if (std::fabs(v) < 1e12 && v == std::trunc(v)) {  // a whole number: its digits, as %g
    out = std::to_chars(out, out + 16, static_cast<long long>(v)).ptr;
    return true;
  }
  char sci[40];
  char* end = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific).ptr;
  std::string_view s(sci, static_cast<std::size_t>(end - sci));
  std::size_t e = s.find('e');
  if (e == std::string_view::npos) return false;
  bool neg = s[0] == '-';
  char d[40];
  std::size_t n = 0;
  for (char c : s.substr(neg ? 1 : 0, e - (neg ? 1 : 0)))
    if (c != '.') d[n++] = c;
  while (n > 1 && d[n - 1] == '0') --n;
  if (n > 12) return false;
  std::string_view digits(d, n);
  int x = 0;
  std::from_chars(s.data() + e + (s[e + 1] == '+' ? 2 : 1), s.data() + s.size(), x);
  if (x < -4 || x >= 12) {  // %g's exponent form: to_chars writes it alike
    out = std::copy(s.begin(), s.end(), out);
    return true;
  }
  if (neg) *out++ = '-';
  out = fixed_g(out, digits, x);
  return true;
}

}  // namespace

char* write_g12(char* first, char* last, double v, bool& exact) {
  char* out = first;
  exact = shortest_g12(out, v);
  if (exact) return out;
  return std::to_chars(first, last, v, std::chars_format::general, 12).ptr;
}

// printf's %.12g, not fmt's "{:.12g}" (the same characters, without fmt's
// Dragon4 for a given precision): this runs for every end of every value
// compared. write_g12 takes the shortest form when it has 12 digits or fewer.
std::string decimal_of(double v) {
  char buf[40];
  bool exact = false;
  return std::string(buf, write_g12(buf, buf + sizeof buf, v, exact));
}

}  // namespace guidecheck::value
