#include "report/json_writer.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "common/safe_text.h"
#include "text/utf8.h"

namespace guidecheck::report {

void JsonWriter::newline_indent(std::size_t level) {
  out_ += '\n';
  out_.append(static_cast<std::size_t>(indent_) + 2 * level, ' ');
}

void JsonWriter::before_value() {
  if (after_key_ || empty_.empty()) {  // a member's value, or the top value
    after_key_ = false;
    return;
  }
  if (!empty_.back()) out_ += ',';
  empty_.back() = false;
  newline_indent(empty_.size());
}

void JsonWriter::open(char bracket) {
  before_value();
  out_ += bracket;
  empty_.push_back(true);
}

void JsonWriter::close(char bracket) {
  bool was_empty = empty_.back();
  empty_.pop_back();
  if (!was_empty) newline_indent(empty_.size());
  out_ += bracket;
}

void JsonWriter::key(std::string_view k) {
  before_value();
  out_ += '"';
  append_json_escaped(out_, k);
  out_ += "\": ";
  after_key_ = true;
}

void JsonWriter::string(std::string_view s) {
  before_value();
  out_ += '"';
  append_json_escaped(out_, s);
  out_ += '"';
}

void JsonWriter::number(double v) {
  before_value();
  append_json_number(out_, v);
}

void JsonWriter::integer(std::int64_t v) {
  before_value();
  char buf[24];
  auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
  out_.append(buf, end);
}

void JsonWriter::boolean(bool b) {
  before_value();
  out_ += b ? "true" : "false";
}

void JsonWriter::null() {
  before_value();
  out_ += "null";
}

void JsonWriter::raw(std::string_view json) {
  before_value();
  out_ += json;
}

namespace {

void append_u_escape(std::string& out, unsigned cp, bool upper) {
  char buf[8];
  std::snprintf(buf, sizeof buf, upper ? "\\u%04X" : "\\u%04x", cp);
  out += buf;
}

// One code point from byte `i` on (not printable ASCII): escaped or copied.
void append_special(std::string& out, std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x20) {  // nlohmann's escapes, lower-case hex for the rest
    ++i;
    switch (b) {
      case '\b':
        out += "\\b";
        return;
      case '\t':
        out += "\\t";
        return;
      case '\n':
        out += "\\n";
        return;
      case '\f':
        out += "\\f";
        return;
      case '\r':
        out += "\\r";
        return;
      default:
        append_u_escape(out, b, false);
        return;
    }
  }
  if (b == '"' || b == '\\') {
    ++i;
    out += '\\';
    out += static_cast<char>(b);
    return;
  }
  // DEL and up: safe::json_output's hazards in upper-case hex, ill-formed
  // UTF-8 as U+FFFD, anything else as it was written.
  std::size_t from = i;
  char32_t cp = text::utf8::next(s, i);
  if (safe::hazardous(cp))
    append_u_escape(out, static_cast<unsigned>(cp), true);
  else if (cp == 0xFFFD)
    out += "\xEF\xBF\xBD";
  else
    out.append(s.data() + from, i - from);
}

bool plain(unsigned char b) { return b >= 0x20 && b < 0x7F && b != '"' && b != '\\'; }

constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
constexpr std::uint64_t kHigh = 0x8080808080808080ULL;

bool has_zero_byte(std::uint64_t x) { return ((x - kOnes) & ~x & kHigh) != 0; }

// True when all eight bytes from `p` are plain: printable ASCII other than "
// and \\ (no high bit, none below 0x20, none DEL, '"' or '\\').
bool plain8(const char* p) {
  std::uint64_t x;
  std::memcpy(&x, p, 8);
  if ((x & kHigh) != 0 || ((x - 0x20 * kOnes) & ~x & kHigh) != 0) return false;
  return !has_zero_byte(x ^ (0x22 * kOnes)) && !has_zero_byte(x ^ (0x5C * kOnes)) &&
         !has_zero_byte(x ^ (0x7F * kOnes));
}

// A well-formed three-byte sequence from `i` for U+3000..U+CFFF (CJK, kana,
// hangul: most of a Chinese report's text), which is never a hazard and
// never U+FFFD, so it is copied as written.
bool cjk3(std::string_view s, std::size_t i) {
  if (s.size() - i < 3) return false;
  auto b0 = static_cast<unsigned char>(s[i]);
  return b0 >= 0xE3 && b0 <= 0xEC && text::utf8::is_continuation(s[i + 1]) &&
         text::utf8::is_continuation(s[i + 2]);
}

// Where the run from `i` that is copied as it is ends: plain ASCII, eight
// bytes at a time where it can, and CJK characters.
std::size_t plain_run(std::string_view s, std::size_t i) {
  for (;;) {
    while (s.size() - i >= 8 && plain8(s.data() + i)) i += 8;
    if (i < s.size() && plain(static_cast<unsigned char>(s[i])))
      ++i;
    else if (i < s.size() && cjk3(s, i))
      i += 3;
    else
      return i;
  }
}

// nlohmann's exponent: a sign and at least two digits ("e+05", "e-123").
void append_exponent(std::string& out, int e) {
  out += e < 0 ? "e-" : "e+";
  unsigned k = static_cast<unsigned>(e < 0 ? -e : e);
  if (k < 10) out += '0';
  out += std::to_string(k);
}

}  // namespace

void append_json_escaped(std::string& out, std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t run = plain_run(s, i);
    out.append(s.data() + i, run - i);
    i = run;
    if (i < s.size()) append_special(out, s, i);
  }
}

// The shortest digits that read back as `v` (std::to_chars), laid out as
// nlohmann's to_chars lays out its Grisu2 digits (format_buffer, with its
// exponent bounds -4 and 15): 250.0, 0.6, 0.0001, 1e-05, 1e+16, -0.0.
void append_json_number(std::string& out, double v) {
  if (!std::isfinite(v)) {
    out += "null";
    return;
  }
  if (std::signbit(v)) out += '-', v = -v;
  if (v == 0) {
    out += "0.0";
    return;
  }
  char sci[40];
  auto end = std::to_chars(sci, sci + sizeof sci, v, std::chars_format::scientific).ptr;
  const char* e = std::find(sci, end, 'e');
  char digits[24];  // at most 17 significant digits
  std::size_t k = 0;
  for (const char* p = sci; p < e; ++p)
    if (*p != '.') digits[k++] = *p;
  int exp10 = 0;
  std::from_chars(e + (e[1] == '+' ? 2 : 1), end, exp10);
  const int n = exp10 + 1;  // where the decimal point goes, from the first digit
  const int len = static_cast<int>(k);
  std::string_view d(digits, k);
  if (len <= n && n <= 15) {  // digits[000].0
    out += d;
    out.append(static_cast<std::size_t>(n - len), '0');
    out += ".0";
  } else if (0 < n && n <= 15) {  // dig.its
    out += d.substr(0, static_cast<std::size_t>(n));
    out += '.';
    out += d.substr(static_cast<std::size_t>(n));
  } else if (-4 < n && n <= 0) {  // 0.[000]digits
    out += "0.";
    out.append(static_cast<std::size_t>(-n), '0');
    out += d;
  } else {  // d[.igits]e+NN
    out += d[0];
    if (len > 1) out += '.', out += d.substr(1);
    append_exponent(out, n - 1);
  }
}

}  // namespace guidecheck::report
