#include "import/english_words.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>

#include "import/match.h"
#include "text/normalize.h"

namespace guidecheck::import {

namespace {

// Words that do not change what an English name measures. No one-letter
// word: “a” would spell a letter inside any word.
constexpr std::array<std::u32string_view, 24> kFunctionWords = {
    U"of",   U"the", U"an", U"each",  U"per",  U"in",   U"for",    U"and",
    U"to",   U"at",  U"by", U"on",    U"with", U"all",  U"its",    U"their",
    U"from", U"as",  U"or", U"under", U"into", U"over", U"number", U"total"};

bool function_word(std::u32string_view w) {
  return std::find(kFunctionWords.begin(), kFunctionWords.end(), w) != kFunctionWords.end();
}

bool ascii_alnum(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'0' && c <= U'9'); }

std::u32string stem(std::u32string w) {
  auto ends = [&](std::u32string_view s) {
    return w.size() > s.size() + 2 && std::u32string_view(w).substr(w.size() - s.size()) == s;
  };
  if (ends(U"ies"))
    w.replace(w.size() - 3, 3, U"y");
  else if (ends(U"sses") || ends(U"xes") || ends(U"zes") || ends(U"ches") || ends(U"shes"))
    w.resize(w.size() - 2);
  else if (ends(U"s") && !ends(U"ss") && !ends(U"us") && !ends(U"is"))
    w.pop_back();
  return w;
}

// The lengths of the forms of `stem` that `label` holds at `at`.
void forms_at(std::u32string_view label, std::size_t at, std::u32string_view st,
              std::vector<std::size_t>& out) {
  std::u32string_view rest = label.substr(at);
  if (rest.substr(0, st.size()) != st) {
    // “y” written as “ies”
    if (st.size() > 1 && st.back() == U'y' &&
        rest.substr(0, st.size() - 1) == st.substr(0, st.size() - 1) &&
        rest.substr(st.size() - 1, 3) == U"ies")
      out.push_back(st.size() + 2);
    return;
  }
  out.push_back(st.size());
  if (rest.substr(st.size(), 1) == U"s") out.push_back(st.size() + 1);
  if (rest.substr(st.size(), 2) == U"es") out.push_back(st.size() + 2);
}

}  // namespace

std::vector<std::u32string> english_stems(std::string_view name) {
  std::u32string s = to_u32(text::fold(name));
  std::vector<std::u32string> out;
  std::u32string w;
  auto flush = [&] {
    bool number = !w.empty() && std::all_of(w.begin(), w.end(),
                                            [](char32_t c) { return c >= U'0' && c <= U'9'; });
    if (!w.empty() && !number && !function_word(w) && w.size() > 1) {
      std::u32string st = stem(w);
      if (std::find(out.begin(), out.end(), st) == out.end()) out.push_back(st);
    }
    w.clear();
  };
  for (char32_t c : s) {
    if (c >= U'A' && c <= U'Z') c += 32;
    if (ascii_alnum(c))
      w += c;
    else
      flush();
  }
  flush();
  return out;
}

bool spelled_by(std::u32string_view label, const std::vector<std::u32string>& stems) {
  const std::size_t min_words = std::max<std::size_t>(2, (2 * stems.size() + 4) / 5);
  if (label.empty() || label.size() > 120 || stems.size() < min_words) return false;
  if (!std::all_of(label.begin(), label.end(), [](char32_t c) {
        return ascii_alnum(c) || c == U'-' || c == U'/' || c == U'.' || c == U',' || c == U'\'';
      }))
    return false;
  // best[i]: the most stems used in a spelling of label[0, i) (-1: none)
  std::vector<int> best(label.size() + 1, -1);
  std::vector<std::uint64_t> used(label.size() + 1, 0);  // which stems (the first 64)
  best[0] = 0;
  std::vector<std::size_t> lens;
  for (std::size_t i = 0; i < label.size(); ++i) {
    if (best[i] < 0) continue;
    auto reach = [&](std::size_t j, std::uint64_t mask) {
      int n = std::popcount(mask);
      if (n > best[j]) {
        best[j] = n;
        used[j] = mask;
      }
    };
    char32_t c = label[i];
    if (c == U'-' || c == U'/' || c == U'.' || c == U',' || c == U'\'') reach(i + 1, used[i]);
    for (std::u32string_view f : kFunctionWords)
      if (label.substr(i, f.size()) == f) reach(i + f.size(), used[i]);
    for (std::size_t k = 0; k < stems.size() && k < 64; ++k) {
      lens.clear();
      forms_at(label, i, stems[k], lens);
      for (std::size_t n : lens) reach(i + n, used[i] | (std::uint64_t{1} << k));
    }
  }
  return best[label.size()] >= static_cast<int>(min_words);
}

namespace {

constexpr std::array<std::u32string_view, 21> kNumberWords = {
    U"zero",     U"one",     U"two",     U"three",     U"four",     U"five",     U"six",
    U"seven",    U"eight",   U"nine",    U"ten",       U"eleven",   U"twelve",   U"thirteen",
    U"fourteen", U"fifteen", U"sixteen", U"seventeen", U"eighteen", U"nineteen", U"twenty"};

bool letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// The number word at `at` (lower case compared), its value, or -1.
int number_word_at(const std::u32string& t, std::size_t at, std::size_t& len) {
  if (at > 0 && (letter(t[at - 1]) || t[at - 1] == U'-')) return -1;
  for (std::size_t n = kNumberWords.size(); n-- > 1;) {
    std::u32string_view w = kNumberWords[n];
    if (t.size() - at < w.size()) continue;
    bool same = true;
    for (std::size_t k = 0; k < w.size() && same; ++k) {
      char32_t c = t[at + k];
      if (c >= U'A' && c <= U'Z') c += 32;
      same = c == w[k];
    }
    if (!same) continue;
    std::size_t e = at + w.size();
    if (e < t.size() && (letter(t[e]) || t[e] == U'-')) continue;
    len = w.size();
    return static_cast<int>(n);
  }
  return -1;
}

bool after_comparator(const std::u32string& t, std::size_t at) {
  std::u32string before;
  for (std::size_t k = at > 16 ? at - 16 : 0; k < at; ++k)
    before += t[k] >= U'A' && t[k] <= U'Z' ? t[k] + 32 : t[k];
  while (!before.empty() && before.back() == U' ') before.pop_back();
  for (std::u32string_view c : {U"at least", U"no fewer than", U"no less than", U"not less than",
                                U"more than", U"minimum of", U"a total of"})
    if (before.size() >= c.size() && before.compare(before.size() - c.size(), c.size(), c) == 0)
      return true;
  return false;
}

// What follows a number word: another word (no “of”), after one space.
bool word_follows(const std::u32string& t, std::size_t e) {
  if (e >= t.size() || t[e] != U' ' || e + 1 >= t.size() || !letter(t[e + 1])) return false;
  std::u32string next;
  for (std::size_t k = e + 1; k < t.size() && letter(t[k]); ++k)
    next += t[k] >= U'A' && t[k] <= U'Z' ? t[k] + 32 : t[k];
  // “twelve thousand”, “two point five”: part of a larger number in words
  for (std::u32string_view w :
       {U"of", U"thousand", U"thousands", U"hundred", U"hundreds", U"million", U"millions",
        U"billion", U"dozen", U"point", U"percent", U"per"})
    if (next == w) return false;
  return true;
}

void put(std::u32string& t, std::size_t at, std::size_t len, const std::u32string& digits) {
  std::u32string r = digits;
  r.resize(len, U' ');
  t.replace(at, len, r);
}

std::u32string digits_of(int n) {
  std::string s = std::to_string(n);
  return std::u32string(s.begin(), s.end());
}

}  // namespace

void number_words_as_digits(std::u32string& t) {
  for (std::size_t i = 0; i < t.size(); ++i) {
    // only at a word's first letter, one a number word may begin with
    char32_t c = t[i] | 0x20;  // ASCII lower case
    if (!letter(t[i]) || (i > 0 && letter(t[i - 1])) ||
        std::u32string_view(U"otfsenz").find(c) == std::u32string_view::npos)
      continue;
    std::size_t len = 0;
    int n = number_word_at(t, i, len);
    if (n < 0) continue;
    std::size_t e = i + len;
    // “two to three routes”
    if (t.compare(e, 4, U" to ") == 0) {
      std::size_t len2 = 0;
      int m = number_word_at(t, e + 4, len2);
      if (m > n && word_follows(t, e + 4 + len2)) {
        put(t, i, e + 4 + len2 - i, digits_of(n) + U" to " + digits_of(m));
        i = e + 4 + len2 - 1;
        continue;
      }
    }
    // “three to five”, “two or three” without a noun after: a range or a
    // choice in words, never its first number alone
    std::size_t len2 = 0;
    bool joined = (t.compare(e, 4, U" to ") == 0 && number_word_at(t, e + 4, len2) >= 0) ||
                  (t.compare(e, 4, U" or ") == 0 && number_word_at(t, e + 4, len2) >= 0) ||
                  (t.compare(e, 5, U" and ") == 0 && number_word_at(t, e + 5, len2) >= 0);
    if (joined || !word_follows(t, e) || (n == 1 && !after_comparator(t, i))) {
      i = e - 1;
      continue;
    }
    put(t, i, len, digits_of(n));
    i = e - 1;
  }
}

}  // namespace guidecheck::import
