#include "import/research.h"

#include <algorithm>
#include <array>
#include <iterator>

#include "import/match.h"

namespace guidecheck::import {

namespace {

// The titles the programme's form and applicants give the research section
// (match_form: lower case, no spaces). A heading holding one of them opens
// it; 研究基础 (earlier work) and 研究目标 (goals) do not.
constexpr std::array<std::u32string_view, 14> kResearchSection = {
    U"研究内容",     U"研究任务",        U"任务分解",     U"工作包",         U"课题设置",
    U"研究方案",     U"researchcontent", U"researchtask", U"workpackage",    U"researchplan",
    U"researchwork", U"researchitem",    U"scopeofwork",  U"researchactivit"};

// Words every research item's title shares, blanked out of a key so that a
// text repeating only them names no item in particular. Longest first: a
// longer word is blanked before a shorter one inside it.
constexpr std::array<std::u32string_view, 33> kShared = {U"keytechnologies",
                                                         U"keytechnology",
                                                         U"technologies",
                                                         U"demonstration",
                                                         U"technology",
                                                         U"development",
                                                         U"mechanisms",
                                                         U"techniques",
                                                         U"application",
                                                         U"mechanism",
                                                         U"research",
                                                         U"methods",
                                                         U"systems",
                                                         U"method",
                                                         U"关键技术",
                                                         U"共性",
                                                         U"技术",
                                                         U"关键",
                                                         U"方法",
                                                         U"研究",
                                                         U"机制",
                                                         U"机理",
                                                         U"体系",
                                                         U"系统",
                                                         U"示范",
                                                         U"应用",
                                                         U"开发",
                                                         U"研发",
                                                         U"评估",
                                                         U"评价",
                                                         U"装备",
                                                         U"及",
                                                         U"与"};

bool chinese_ordinal(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十").find(c) != std::u32string_view::npos;
}

}  // namespace

bool research_heading(std::u32string_view text) {
  return std::any_of(kResearchSection.begin(), kResearchSection.end(),
                     [&](std::u32string_view w) { return text.find(w) != text.npos; });
}

int section_title(std::u32string_view text) {
  std::size_t i = 0;
  int style = 0;
  auto ordinal = [&](auto is_digit) {
    std::size_t from = i;
    while (i < text.size() && is_digit(text[i])) ++i;
    return i > from && i < text.size();
  };
  auto ascii_digit = [](char32_t c) { return c >= U'0' && c <= U'9'; };
  if (!text.empty() && text[0] == U'第') {  // 第三部分 / 第三章
    ++i;
    if (!ordinal(chinese_ordinal) && !ordinal(ascii_digit)) return 0;
    if (std::u32string_view(U"部章").find(text[i]) == std::u32string_view::npos) return 0;
    style = 2;
  } else if (!text.empty() && text[0] == U'(') {  // （三）, folded to (三)
    ++i;
    if (!ordinal(chinese_ordinal) || text[i] != U')') return 0;
    style = 3;
  } else if (ordinal(chinese_ordinal)) {  // 三、
    if (text[i] != U'、') return 0;
    style = 1;
  } else if (ordinal(ascii_digit)) {  // 3. / 3、 (not 3.1)
    if (text[i] != U'.' && text[i] != U'、') return 0;
    if (i + 1 < text.size() && ascii_digit(text[i + 1])) return 0;
    style = 4;
  } else {
    return 0;
  }
  return text.size() - i <= 20 ? style : 0;
}

namespace {

// `key` without the runs marked in `shared`, in pieces.
std::vector<std::u32string> unshared(std::u32string_view key, const std::vector<bool>& shared) {
  std::vector<std::u32string> pieces(1);
  for (std::size_t i = 0; i < key.size(); ++i) {
    if (!shared[i]) {
      pieces.back() += key[i];
    } else if (!pieces.back().empty()) {
      pieces.emplace_back();
    }
  }
  if (pieces.back().empty()) pieces.pop_back();
  return pieces;
}

// Marks the words every research item shares (kShared).
std::vector<bool> shared_words(std::u32string_view key) {
  std::vector<bool> shared(key.size(), false);
  for (std::u32string_view w : kShared)
    for (std::size_t at = key.find(w); at != key.npos; at = key.find(w, at + 1)) {
      auto from = shared.begin() + static_cast<std::ptrdiff_t>(at);
      auto to = from + static_cast<std::ptrdiff_t>(w.size());
      if (std::none_of(from, to, [](bool b) { return b; })) std::fill(from, to, true);
    }
  return shared;
}

}  // namespace

std::vector<std::u32string> distinctive(std::u32string_view key) {
  return unshared(key, shared_words(key));
}

std::vector<std::u32string> distinctive(std::u32string_view key,
                                        const std::vector<std::u32string_view>& siblings) {
  std::vector<bool> shared = shared_words(key);
  std::size_t ascii = 0;
  for (char32_t c : key) ascii += c < 0x80;
  const std::size_t n = ascii * 2 > key.size() ? 8 : 3;
  // every window of n characters found in a sibling: together they cover
  // each run of n or more the two keys share
  for (std::size_t i = 0; i + n <= key.size(); ++i) {
    std::u32string_view w = key.substr(i, n);
    if (std::any_of(siblings.begin(), siblings.end(),
                    [&](std::u32string_view s) { return s.find(w) != s.npos; }))
      std::fill(shared.begin() + static_cast<std::ptrdiff_t>(i),
                shared.begin() + static_cast<std::ptrdiff_t>(i + n), true);
  }
  return unshared(key, shared);
}

bool names_distinctly(std::u32string_view text, const std::vector<std::u32string>& pieces) {
  return std::any_of(pieces.begin(), pieces.end(), [&](const std::u32string& p) {
    std::size_t r = common_run(text, p);
    if (std::any_of(p.begin(), p.end(), [](char32_t c) { return c >= 0x2e80; })) return r >= 2;
    // English: one common word (“carbon”) inside a longer piece is not
    // enough; two words, or a whole piece of a word or more, are
    return r >= 8 || (r == p.size() && r >= 6);
  });
}

}  // namespace guidecheck::import
