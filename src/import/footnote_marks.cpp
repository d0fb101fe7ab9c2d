#include "import/footnote_marks.h"

#include "text/utf8.h"

namespace guidecheck::import {
namespace {

constexpr std::u32string_view kSuperDigits = U"⁰¹²³⁴⁵⁶⁷⁸⁹";

bool super_digit(char32_t c) { return kSuperDigits.find(c) != std::u32string_view::npos; }
bool digit(char32_t c) { return c >= U'0' && c <= U'9'; }

// Where a bracketed mark `open` n `close` starting at `i` ends (one past
// it), or 0 when there is none.
std::size_t bracket_mark(const std::u32string& s, std::size_t i) {
  char32_t open = s[i], close;
  if (open == U'[')
    close = U']';
  else if (open == U'［')
    close = U'］';
  else if (open == U'^')
    close = U'^';
  else
    return 0;
  std::size_t j = i + 1;
  while (j < s.size() && j - i <= 2 && digit(s[j])) ++j;
  if (j == i + 1 || j - i > 3 || j >= s.size() || s[j] != close) return 0;
  return j + 1;
}

}  // namespace

std::string blank_footnote_marks(std::string_view text) {
  // most text has none of the mark characters: leave it as it is
  if (text.find('[') == std::string_view::npos && text.find('^') == std::string_view::npos &&
      text.find("\xef\xbc\xbb") == std::string_view::npos &&  // ［
      text.find("\xe2\x81") == std::string_view::npos &&      // ⁰ ⁴-⁹
      text.find("\xc2\xb9") == std::string_view::npos &&      // ¹
      text.find("\xc2\xb2") == std::string_view::npos &&      // ²
      text.find("\xc2\xb3") == std::string_view::npos)        // ³
    return std::string(text);
  std::u32string s;
  text::utf8::each(text, [&](char32_t c) {
    s += c;
    return true;
  });
  for (std::size_t i = 1; i < s.size(); ++i) {
    char32_t before = s[i - 1];
    if (before == U' ' || before == U'\t' || before == U'[' || before == U'(' || before == U'（' ||
        before == U'［')
      continue;
    if (super_digit(s[i]) && (before == U'%' || before == U'％' || before == U'‰')) {
      while (i < s.size() && super_digit(s[i])) s[i++] = U' ';
      continue;
    }
    if (std::size_t end = bracket_mark(s, i)) {
      for (; i < end; ++i) s[i] = U' ';
      --i;
    }
  }
  std::string out;
  for (char32_t c : s) text::utf8::append(out, c);
  return out;
}

std::string superscript(std::string_view run_text) {
  std::string out;
  text::utf8::each(run_text, [&](char32_t c) {
    if (digit(c))
      c = kSuperDigits[c - U'0'];
    else if (c == U'-' || c == U'−')
      c = U'⁻';
    else if (c == U'+')
      c = U'⁺';
    text::utf8::append(out, c);
    return true;
  });
  return out;
}

}  // namespace guidecheck::import
