#include "import/wording.h"

#include <algorithm>
#include <string>

#include "text/normalize.h"

namespace guidecheck::import {

namespace {

// Written by hand: no Chinese part-of-speech tagger is packaged for Debian,
// and the guide's verbs before a count are few (every rule pack's source text
// was read for them; see wording_test.cpp).
constexpr std::u32string_view kAdverbs[] = {U"合作", U"共同", U"联合", U"累计", U"力争",
                                            U"预计", U"可",   U"共",   U"将",   U"在"};
constexpr std::u32string_view kVerbs[] = {
    U"完成", U"实现", U"建立", U"建成", U"建设", U"揭示", U"研发", U"发现",   U"探索", U"召开",
    U"举办", U"发布", U"提交", U"提出", U"构建", U"编制", U"开发", U"开发出", U"获得", U"开展",
    U"应对", U"具备", U"协调", U"申请", U"培养", U"形成", U"研制", U"制定",   U"突破", U"取得",
    U"达成", U"工作", U"国内", U"国外", U"推广", U"参与", U"参加", U"牵头",   U"输出", U"攻克",
    U"搭建", U"组建", U"打造", U"提供", U"支撑", U"申报", U"发表", U"授权",   U"出版"};

bool strip_prefix(std::u32string_view& s, std::u32string_view w) {
  if (s.size() < w.size() || s.substr(0, w.size()) != w) return false;
  s.remove_prefix(w.size());
  return true;
}

// The Chinese characters of `s` outside brackets, without particles and
// conjunctions: what the name says, as a set.
std::u32string name_characters(std::u32string_view s) {
  std::u32string out;
  int depth = 0;
  for (char32_t c : s) {
    if (c == U'(' || c == U'（' || c == U'[' || c == U'【') ++depth;
    if ((c == U')' || c == U'）' || c == U']' || c == U'】') && depth > 0) --depth;
    bool ideograph = (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF);
    if (depth > 0 || !ideograph) continue;
    if (std::u32string_view(U"的之和及与或等").find(c) != std::u32string_view::npos) continue;
    out += c;
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::size_t missing_from(const std::u32string& a, const std::u32string& b) {
  std::size_t n = 0;
  for (char32_t c : a) n += !std::binary_search(b.begin(), b.end(), c);
  return n;
}

}  // namespace

bool names_another(std::u32string_view cell, std::u32string_view key, std::u32string_view words) {
  std::u32string c = name_characters(cell);
  return missing_from(c, name_characters(words)) >= 2 && missing_from(name_characters(key), c) >= 2;
}

bool verb_only(std::u32string_view s) {
  if (s.empty()) return false;
  bool stripped = true;
  while (stripped && !s.empty()) {
    stripped = false;
    for (std::u32string_view a : kAdverbs)
      if (s.size() > a.size() && strip_prefix(s, a)) stripped = true;
  }
  // one verb, or two in a row (“具备协调”, “开发出”)
  for (int words = 0; words < 2 && !s.empty(); ++words) {
    std::u32string_view longest;
    for (std::u32string_view v : kVerbs)
      if (v.size() > longest.size() && s.substr(0, std::min(s.size(), v.size())) == v) longest = v;
    if (longest.empty()) return false;
    s.remove_prefix(longest.size());
  }
  return s.empty();
}

std::u32string_view without_leading_verbs(std::u32string_view s) {
  std::u32string_view rest = s;
  for (bool stripped = true; stripped;) {
    stripped = false;
    for (std::u32string_view a : kAdverbs)
      if (rest.size() > a.size() && strip_prefix(rest, a)) stripped = true;
  }
  std::u32string_view longest;
  for (std::u32string_view v : kVerbs)
    if (v.size() > longest.size() && rest.size() > v.size() && rest.substr(0, v.size()) == v)
      longest = v;
  rest.remove_prefix(longest.size());
  return rest;
}

Counted counted(std::string_view unit) {
  std::string u(text::trim(text::fold(unit)));
  for (char& c : u)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  static constexpr std::pair<std::string_view, Counted> kWords[] = {
      {"人", Counted::People},          {"名", Counted::People},       {"位", Counted::People},
      {"例", Counted::People},          {"people", Counted::People},   {"person", Counted::People},
      {"persons", Counted::People},     {"patients", Counted::People}, {"cases", Counted::People},
      {"人次", Counted::PersonTimes},   {"次", Counted::Occurrences},  {"场", Counted::Occurrences},
      {"届", Counted::Occurrences},     {"轮", Counted::Occurrences},  {"圈", Counted::Occurrences},
      {"cycles", Counted::Occurrences}, {"倍", Counted::Multiples},    {"项", Counted::Things},
      {"个", Counted::Things},          {"套", Counted::Things},       {"份", Counted::Things},
      {"种", Counted::Things},          {"座", Counted::Things},       {"家", Counted::Things},
      {"台", Counted::Things},          {"型", Counted::Things},       {"部", Counted::Things},
      {"篇", Counted::Things},          {"条", Counted::Things},       {"类", Counted::Things},
      {"件", Counted::Things},          {"款", Counted::Things},       {"批", Counted::Things},
      {"所", Counted::Things},          {"处", Counted::Things},       {"组", Counted::Things},
      {"株", Counted::Things},          {"只", Counted::Things},       {"册", Counted::Things},
      {"台套", Counted::Things},        {"items", Counted::Things},    {"item", Counted::Things}};
  for (const auto& [w, c] : kWords)
    if (u == w) return c;
  return Counted::Other;
}

std::optional<std::string> english_number_as_digits(std::string_view text) {
  static constexpr std::string_view kNumbers[] = {
      "zero",     "one",     "two",     "three",     "four",     "five",     "six",
      "seven",    "eight",   "nine",    "ten",       "eleven",   "twelve",   "thirteen",
      "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"};
  std::string low(text);
  for (char& c : low) {
    if (c >= '0' && c <= '9') return std::nullopt;
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  auto letter = [&](std::size_t i) { return i < low.size() && low[i] >= 'a' && low[i] <= 'z'; };
  std::size_t found_at = std::string::npos, found_len = 0;
  int value = -1;
  for (std::size_t i = 0; i < low.size(); ++i) {
    if (!letter(i) || (i > 0 && letter(i - 1))) continue;
    std::size_t e = i;
    while (letter(e)) ++e;
    std::string_view word = std::string_view(low).substr(i, e - i);
    for (int n = 1; n <= 20; ++n)
      if (word == kNumbers[n]) {
        if (value >= 0) return std::nullopt;  // two number words: which one?
        value = n, found_at = i, found_len = e - i;
      }
    i = e;
  }
  if (value < 0) return std::nullopt;
  // “twelve thousand”, “ten million”, “two and a half”, “three point five”:
  // the word is part of a larger number
  std::string after(std::string_view(low).substr(found_at + found_len));
  for (std::string_view w :
       {"hundred", "thousand", "million", "billion", "dozen", "and a half", "point", "-"}) {
    std::size_t k = after.find_first_not_of(' ');
    if (k == std::string::npos || after.compare(k, w.size(), w) != 0) continue;
    std::size_t end = found_at + found_len + k + w.size();
    if (w == "-" || !letter(end)) return std::nullopt;
  }
  if (value == 1) {  // “one of the …”, “a new one”: only at the start or after a comparator
    std::string before(std::string_view(low).substr(0, found_at));
    while (!before.empty() && before.back() == ' ') before.pop_back();
    bool comparator = false;
    for (std::string_view w : {"at least", "no fewer than", "not fewer than", "no less than",
                               "not less than", "more than", "at most", "no more than"})
      comparator = comparator || (before.size() >= w.size() &&
                                  before.compare(before.size() - w.size(), w.size(), w) == 0);
    if (!before.empty() && !comparator) return std::nullopt;
  }
  return std::string(text.substr(0, found_at)) + std::to_string(value) +
         std::string(text.substr(found_at + found_len));
}

bool same_kind_of_count(std::string_view stated, std::string_view rule) {
  Counted a = counted(stated), b = counted(rule);
  return a == Counted::Other || b == Counted::Other || a == b;
}

}  // namespace guidecheck::import
