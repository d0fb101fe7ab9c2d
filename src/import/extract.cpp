#include "import/extract.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

#include "import/cell_value.h"
#include "import/english_words.h"
#include "import/footnote_marks.h"
#include "import/match.h"
#include "import/research.h"
#include "import/wording.h"
#include "text/country.h"
#include "text/normalize.h"
#include "text/utf8.h"
#include "units/units.h"
#include "value/value.h"

namespace guidecheck::import {
namespace {

using rules::Kind;

// A name of an indicator, in match form without particles (的, 之), with its
// character pairs for the prefilter (match.h).
struct Key {
  std::u32string text;
  std::vector<std::uint16_t> pairs;
  // an English name of two words or more: its longest word's length. One
  // word of it is no name (“International interdisciplinary teams” shares
  // only “international” with “International seminars”).
  std::size_t longest_word = 0;
  explicit Key(const std::u32string& t, bool particles = false)
      : text(particles ? t : drop_particles(t)), pairs(pair_hashes(text)) {}
  bool named_by_run(std::size_t run, std::size_t text_size) const {
    return longest_word == 0 || run > longest_word || run == text.size() ||
           text_size < run + kOtherLetters;
  }
  static constexpr std::size_t kOtherLetters = 12;
};

// The longest word of an English name of two words or more (0 otherwise).
std::size_t longest_english_word(std::string_view name) {
  if (!std::all_of(name.begin(), name.end(), [](char c) { return c > 0; })) return 0;
  std::size_t longest = 0, words = 0, run = 0;
  for (std::size_t i = 0; i <= name.size(); ++i) {
    bool alnum = i < name.size() && std::isalnum(static_cast<unsigned char>(name[i]));
    if (alnum) {
      ++run;
      continue;
    }
    if (run > 0) ++words;
    longest = std::max(longest, run);
    run = 0;
  }
  return words >= 2 ? longest : 0;
}

// What the document may say about one indicator.
struct Spec {
  std::string id;
  Kind kind = Kind::Qualitative;
  rules::Op op = rules::Op::Committed;
  std::string unit;
  std::vector<Key> keys;   // titles and aliases
  std::vector<Key> guide;  // the guide's words: used when no title names one
  std::u32string words;    // every name and the guide's whole text, for names_another
  std::vector<std::vector<std::u32string>> english;  // each English name's stems
  // categorical: each category's words (zh, en), in match form, by id
  std::vector<std::vector<std::pair<std::u32string, std::string>>> categories;  // (form, words)
  std::vector<bool> required;  // per category: the rule's contains_all lists it
  bool numeric() const { return kind != Kind::Qualitative && kind != Kind::Categorical; }
};

// A name without what brackets hold and without an "@ condition" tail:
// "初始接触电阻 ICR（0.6 兆帕、室温）" is also named "初始接触电阻 ICR",
// "…最大功率密度 @0.65 伏" also "…最大功率密度". Empty when nothing is cut.
std::u32string bare_name(const std::u32string& k) {
  std::u32string out;
  int depth = 0;
  for (char32_t c : k) {
    if (c == U'@') break;
    if (c == U'(' || c == U'[' || c == U'【') {
      ++depth;
      continue;
    }
    if ((c == U')' || c == U']' || c == U'】') && depth > 0) {
      --depth;
      continue;
    }
    if (depth == 0) out += c;
  }
  return out.size() < k.size() && out.size() >= 2 ? out : std::u32string();
}

// One place that may state a spec's value.
struct Cand {
  std::string value;  // as written (NFKC-folded)
  value::Value parsed;
  Place place;
  std::string quote;
  bool table = false;      // an indicator table's row
  bool ambiguous = false;  // the text names other indicators just as well
  bool fits = true;        // the unit fits the rule's
  std::size_t run = 0;     // how much of the indicator's name the text repeats
  std::string doubt = {};  // why the statement cannot be sure, though it fits
};

// Words before a number that make it someone else's figure, the guide's
// requirement, a change rather than a level, or money: never the committed
// value. Kept as data here; the fixtures' distractors exercise each.
const char* const kDistractorWords[] = {
    "指南",         "要求",          "现有",         "目前",     "当前",
    "国际",         "国外",          "国内外",       "文献",     "参考",
    "对比",         "相比",          "比较",         "基准",     "以往",
    "已有",         "前期",          "现状",         "传统",     "常规",
    "同类",         "报道",          "提高",         "提升",     "降低",
    "减少",         "增加",          "缩短",         "预算",     "经费",
    "资金",         "万元",          "投入",         "原有",     "基础上",
    "约",           "左右",          "近",           "累计",     "已",
    "reference",    "baseline",      "guide",        "budget",   "current",
    "existing",     "improve",       "increase",     "reduce",   "reported",
    "abroad",       "comparable",    "today",        "previous", "raisedfrom",
    "reducedfrom",  "increasedfrom", "improvedfrom", "fromthe",  "already",
    "haspublished", "havepublished", "规定",         "平均水平", "stateoftheart",
    "earlier",      "国内",          "仅为",         "仅有",     "只有",
    "thecall",      "中期",          "mid-term",     "midterm",  "interim",
    "isonly",       "wasonly",       "areonly"};

// Words that make a number someone else's figure, the guide's, money, or a
// mid-term target (中期考核时…达到…: the form asks for the final one), even
// when a target verb follows (“国外同类项目由 50% 提升至 60%”): with these
// before a number in its sentence, the number is never taken.
const char* const kOtherWords[] = {
    "规定",      "平均水平", "stateoftheart", "earlier",  "指南",   "要求",       "国际",
    "国外",      "国内外",   "文献",          "参考",     "对比",   "相比",       "比较",
    "基准",      "报道",     "同类",          "传统",     "常规",   "预算",       "经费",
    "资金",      "万元",     "投入",          "约",       "左右",   "累计",       "已",
    "reference", "guide",    "budget",        "reported", "abroad", "comparable", "国内",
    "仅为",      "仅有",     "只有",          "thecall",  "中期",   "mid-term",   "midterm",
    "interim",   "isonly",   "wasonly",       "areonly"};

// Verbs that introduce the target after a baseline: “由现有的 50% 提升至 62%”,
// “raised from 50 % today to 62 %”. The number after one is the committed
// level; the baseline before it, and a change (“提高 10%”), never are.
const char* const kTargetVerbs[] = {"提升至", "提升到", "提高至", "提高到", "降低至",
                                    "降低到", "降至",   "减少至", "减少到", "减小至",
                                    "减小到", "缩短至", "缩短到", "增加至", "增加到",
                                    "增至",   "升至",   "增长至", "增长到", " to "};

// Words that make a statement something other than a commitment.
const char* const kNegationWords[] = {"暂不",   "不开展", "不承诺", "未",   "无法",
                                      "不包括", "不涉及", "待定",   "不做", "not "};

// `text` without “已知” (known: “已知危险因素”), whose 已 is no “already”.
std::u32string without_known(std::u32string_view text) {
  std::u32string t(text);
  for (std::size_t at; (at = t.find(U"已知")) != std::u32string::npos;) t.erase(at, 2);
  return t;
}

// Converted once.
bool contains_beside_known(std::u32string_view text, const WordSet& words) {
  if (!contains_any(text, words)) return false;
  return text.find(U"已知") == std::u32string_view::npos ||
         contains_any(without_known(text), words);
}
bool has_distractor(std::u32string_view text) {
  static const WordSet words(kDistractorWords);
  return contains_beside_known(text, words);
}
bool has_other(std::u32string_view text) {
  static const WordSet words(kOtherWords);
  return contains_beside_known(text, words);
}
// Words right after a number, in its clause before any bracket or comma,
// that make it a past or someone else's figure: English puts the qualifier
// after the value (“was 58% in the partner's previous prototype”, “50% in
// current systems”, “48% as reported by …”). Spaces removed, lower case.
const char* const kAfterWords[] = {"previous",   "earlier",    "existing",  "stateoftheart",
                                   "reported",   "baseline",   "currently", "currentsystem",
                                   "lastyear",   "literature", "todays",    "today's",
                                   "comparable", "abroad",     "atpresent", "similar"};

// True when the words after a number, up to the first bracket, comma or
// semicolon of its clause, say it is not the project's figure.
bool trailer_says_other(std::u32string_view after) {
  static const WordSet words(kAfterWords);
  std::size_t end = after.find_first_of(U"(（[【,，;；");
  std::u32string t;
  for (char32_t ch : after.substr(0, end)) {
    if (ch == U' ' || ch == U'\u00a0') continue;
    t += ch >= U'A' && ch <= U'Z' ? ch + 32 : ch;
  }
  return contains_any(t, words);
}

// Whether `before` (trailing spaces aside, ASCII compared in lower case)
// ends with one of `words`, an English word whole (“about”, not “…about”
// inside a word); Chinese words at any character.
bool ends_with_word(std::u32string_view before, std::initializer_list<std::u32string_view> words) {
  while (!before.empty() && (before.back() == U' ' || before.back() == U'\u00a0'))
    before.remove_suffix(1);
  std::u32string low;
  for (char32_t ch : before.substr(before.size() > 16 ? before.size() - 16 : 0))
    low += ch >= U'A' && ch <= U'Z' ? ch + 32 : ch;
  for (std::u32string_view w : words) {
    if (low.size() < w.size() || low.compare(low.size() - w.size(), w.size(), w) != 0) continue;
    if (w[0] >= 0x80 || low.size() == w.size()) return true;  // Chinese, or the text's start
    char32_t prev = low[low.size() - w.size() - 1];
    if (!(prev >= U'a' && prev <= U'z')) return true;
  }
  return false;
}

// An approximate figure (“约 10 万吨/年”, “30 元/平方米左右”, “approximately
// 100,000 t/a”, “around 25”) commits to no number (contract §3: a value is
// one number the proposal commits to): true when such a word stands right
// before the number (past spaces) or right after it.
bool approximate(std::u32string_view before, std::u32string_view after) {
  if (ends_with_word(before, {U"约", U"大约", U"approximately", U"approx.", U"around", U"about",
                              U"roughly", U"nearly", U"circa", U"some"}))
    return true;
  while (!after.empty() && (after.front() == U' ' || after.front() == U'\u00a0'))
    after.remove_prefix(1);
  for (std::u32string_view w : {U"左右", U"上下", U"or so", U"approximately"})
    if (after.substr(0, w.size()) == w) return true;
  return false;
}

// “up to 16 h”, “as many as 5”: a ceiling of what may happen. It commits to
// nothing where more is better (a supply time, a count), and to the bound
// where less is (“a voltage rise of up to 11.2 mV”).
bool ceiling_before(std::u32string_view before) {
  return ends_with_word(before, {U"up to", U"as much as", U"as many as", U"as high as"});
}
bool more_is_better(const Spec& s) {
  return s.op == rules::Op::Ge || s.op == rules::Op::Gt || s.kind == Kind::RangeCover;
}

// A bracket after a commitment that names an aspiration (“不低于 90%（力争
// 93%）”, “no fewer than 6 (aiming at 8)”): the commitment is the value,
// never the figure striven for. `p` the folded paragraph, `at` where the
// clause begins in it.
bool aspiration(std::u32string_view p, std::size_t at) {
  if (at == 0 || p[at - 1] != U'(') return false;
  std::size_t end = p.find(U')', at);
  std::u32string low;
  for (char32_t ch : p.substr(at, std::min<std::size_t>(end == p.npos ? 24 : end - at, 48))) {
    if (ch == U' ') continue;
    low += ch >= U'A' && ch <= U'Z' ? ch + 32 : ch;
  }
  // the word may come first (“力争93%”, “aiming at 8”) or last (“65 % targeted”)
  for (std::u32string_view w :
       {U"力争", U"争取", U"aiming", U"aimat", U"aimfor", U"striv", U"stretchtarget", U"ideally",
        U"targeted", U"expected", U"hopedfor"})
    if (low.find(w) != std::u32string::npos) return true;
  return false;
}

// A table cell's value without a bracket after it that names an aspiration
// (“≥62%（力争65%）”, “≥62 (65 % targeted)”): the commitment is the value.
std::string without_aspiration(const std::string& vt) {
  std::u32string u = to_u32(vt);
  std::size_t open = u.find(U'(');
  if (open == 0 || open == std::u32string::npos || u.back() != U')' || !aspiration(u, open + 1))
    return vt;
  return std::string(text::trim(to_utf8(u.substr(0, open))));
}

// Where the last target verb in `text` ends (npos: none).
std::size_t after_target_verb(std::u32string_view text) {
  static const std::vector<std::u32string> words = [] {
    std::vector<std::u32string> v;
    for (const char* w : kTargetVerbs) v.push_back(to_u32(w));
    return v;
  }();
  std::size_t best = std::u32string_view::npos;
  for (const auto& w : words) {
    std::size_t at = text.rfind(w);
    if (at != std::u32string_view::npos &&
        (best == std::u32string_view::npos || at + w.size() > best))
      best = at + w.size();
  }
  return best;
}
// `subject` (spaces stripped, lower case) without the words that only compare
// (“no less than”, “不少于”): what is left names something, or nothing.
std::u32string without_comparators(std::u32string subject) {
  static const std::vector<std::u32string> words = [] {
    std::vector<std::u32string> v;
    for (const char* w :
         {"nohigherthan",   "nothigherthan", "nolowerthan",    "notlowerthan", "nogreaterthan",
          "notgreaterthan", "notexceeding",  "higherthan",     "lowerthan",    "greaterthan",
          "smallerthan",    "fewerthan",     "nolessthan",     "notlessthan",  "nofewerthan",
          "notfewerthan",   "nomorethan",    "notmorethan",    "atleast",      "atmost",
          "morethan",       "lessthan",      "upto",           "above",        "below",
          "atorbelow",      "atorabove",     "不少于",         "不低于",       "不小于",
          "不超过",         "不高于",        "不大于",         "至少",         "最多",
          "达到",           "优于",          "以上",           "以下",         "以内",
          "betterthan",     "noshorterthan", "notshorterthan", "nolongerthan", "notlongerthan",
          "不短于",         "不长于",        "不多于"})
      v.push_back(to_u32(w));
    return v;
  }();
  for (const auto& w : words)
    for (std::size_t at = subject.find(w); at != std::u32string::npos; at = subject.find(w, at))
      subject.erase(at, w.size());
  return subject;
}

// “基于关键生物标志物形成的专利达到3个”, “X相关的试剂3项”: the words after
// the last 的 before the number are the head noun, what is counted; when they
// share nothing with the indicator's names (and are no generic “数量”), the
// name stands only in a modifier of another noun. `subject`: spaces stripped,
// 的 kept. English puts the head first: “patents based on the biomarkers”.
// Where the longest run `subject` shares with any of `keys` ends in it (0: none
// of 4 characters at least).
std::size_t name_end(std::u32string_view subject, const std::vector<std::u32string>& keys) {
  std::size_t best = 0, end = 0;
  for (const std::u32string& k : keys)
    for (std::size_t i = 0; i < subject.size(); ++i)
      for (std::size_t j = 0; j < k.size(); ++j) {
        std::size_t n = 0;
        while (i + n < subject.size() && j + n < k.size() && subject[i + n] == k[j + n]) ++n;
        if (n > best) {
          best = n;
          end = i + n;
        }
      }
  return best >= 4 ? end : 0;
}

// “关键生物标志物检测试剂盒达到3个”: a count's name, then, with no 的, two or
// more Chinese characters that are no verb, adverb or value word and share
// nothing with the name: a compound whose last noun (试剂盒) is counted.
bool compound_head(std::u32string_view subject, const std::vector<std::u32string>& keys) {
  std::size_t end = name_end(subject, keys);
  if (end == 0) return false;
  std::u32string tail = without_comparators(std::u32string(subject.substr(end)));
  for (std::u32string_view w :
       {U"覆盖", U"控制", U"保持", U"稳定", U"实现", U"满足", U"预期",   U"预计", U"计划", U"累计",
        U"共计", U"分别", U"总数", U"数量", U"个数", U"实测", U"测试",   U"设计", U"最终", U"新",
        U"将",   U"拟",   U"可",   U"共",   U"为",   U"是",   U"达",     U"到",   U"至",   U"超过",
        U"发现", U"建立", U"开发", U"形成", U"完成", U"获得", U"不少于", U"总"})
    for (std::size_t at = tail.find(w); at != std::u32string::npos; at = tail.find(w))
      tail.erase(at, w.size());
  if (tail.size() < 2 || tail.back() == U'值' || tail.back() == U'数' || tail.back() == U'量')
    return false;
  if (!std::all_of(tail.begin(), tail.end(), [](char32_t c) { return c >= 0x4E00 && c <= 0x9FFF; }))
    return false;
  return std::none_of(keys.begin(), keys.end(),
                      [&](const std::u32string& k) { return common_run(tail, k) >= 2; });
}

std::u32string strip_spaces(std::u32string_view s);
bool is_ascii_letter(char32_t c);

// “The staff of enterprises applying the AI system will be 40”: in English
// words (`raw`, lower case, spaces kept), a noun before “ of ” and the name
// after it: the noun (staff) is what is counted, unless it is a word of a
// value (the number of, the share of), an article, or a word of the name.
bool english_of_head(std::u32string_view raw, const std::vector<std::u32string>& keys) {
  std::size_t at = raw.rfind(U" of ");
  if (at == std::u32string_view::npos) return false;
  std::u32string after = strip_spaces(raw.substr(at + 4));
  if (std::none_of(keys.begin(), keys.end(),
                   [&](const std::u32string& k) { return common_run(after, k) >= 8; }))
    return false;
  std::u32string_view before = raw.substr(0, at);
  std::size_t word = before.find_last_of(U" ,;:(");
  std::u32string head(before.substr(word == std::u32string_view::npos ? 0 : word + 1));
  static const std::vector<std::u32string> kValueWords = {
      U"number", U"total", U"count",   U"amount", U"size",  U"value", U"level",  U"end",
      U"share",  U"rate",  U"percent", U"ratio",  U"scale", U"sum",   U"degree", U"proportion",
      U"the",    U"our",   U"its",     U"their",  U"this",  U"these", U"those",  U"each"};
  if (head.size() < 3 || !std::all_of(head.begin(), head.end(), is_ascii_letter) ||
      std::find(kValueWords.begin(), kValueWords.end(), head) != kValueWords.end())
    return false;
  return std::none_of(keys.begin(), keys.end(),
                      [&](const std::u32string& k) { return common_run(head, k) >= 4; });
}

std::vector<std::u32string> spec_keys(const Spec& spec) {
  std::vector<std::u32string> keys;
  for (const Key& k : spec.keys) keys.push_back(k.text);
  for (const Key& k : spec.guide) keys.push_back(k.text);
  return keys;
}

bool in_modifier(std::u32string_view subject, const Spec& spec) {
  std::vector<std::u32string> keys = spec_keys(spec);
  std::u32string head;
  std::size_t de = subject.rfind(U'的');
  if (de != std::u32string_view::npos) {
    head = without_comparators(std::u32string(subject.substr(de + 1)));
    for (std::u32string_view w : {U"将", U"分别", U"共计", U"共", U"为", U"是", U"超过", U"累计"})
      for (std::size_t at = head.find(w); at != std::u32string::npos; at = head.find(w))
        head.erase(at, w.size());
    std::size_t cjk = 0;
    for (char32_t c : head) cjk += c >= 0x4E00 && c <= 0x9FFF;
    // the words of a value, not of a thing: 目标值, 考核值, 数量, 总数, 规模
    bool generic = head.empty() || head.back() == U'值' || head.back() == U'数' ||
                   head.back() == U'量' || head == U"规模" || head == U"指标" || head == U"目标" ||
                   head == U"水平";
    std::u32string modifier(subject.substr(0, de));
    if (cjk >= 2 && cjk == head.size() && !generic &&
        std::any_of(keys.begin(), keys.end(),
                    [&](const std::u32string& k) { return common_run(modifier, k) >= 3; }) &&
        std::none_of(keys.begin(), keys.end(),
                     [&](const std::u32string& k) { return common_run(head, k) >= 2; }))
      return true;
  } else if (spec.kind == Kind::Count && compound_head(subject, keys)) {
    return true;
  }
  // English: a noun, then the name after “based on”, “related to” … (“of”
  // is left out: without spaces “no fewer” holds it, and “the end of”, “the
  // number of” do not qualify)
  for (std::u32string_view w : {U"basedon", U"relatedto", U"derivedfrom", U"associatedwith"}) {
    std::size_t at = subject.find(w);
    if (at == std::u32string_view::npos || at < 3) continue;
    std::u32string before(subject.substr(0, at));
    if (std::none_of(keys.begin(), keys.end(),
                     [&](const std::u32string& k) { return common_run(before, k) >= 8; }))
      return true;
  }
  return false;
}

// “示范工程年封存二氧化碳10万吨”, “经济效益分析见第5章”: a clause writing no
// name of a qualitative indicator whole (only its head noun, 示范工程) may be
// about any such thing; it commits to the indicator's only with a verb that does
// (建成, 完成, establish …) in its sentence up to it (`sentence`). Both
// spaces stripped, lower case.
bool commits_to(const Spec& spec, const std::u32string& flat, const std::u32string& sentence) {
  std::u32string text = drop_particles(flat);
  for (const auto* keys : {&spec.keys, &spec.guide})
    for (const Key& k : *keys)
      if (common_run(text, k.text) == k.text.size()) return true;
  static const std::vector<std::u32string> verbs = [] {
    std::vector<std::u32string> v;
    for (const char* w :
         {"建成",      "建立",      "建设",      "完成",  "形成",     "开展",    "实施",  "实现",
          "产生",      "研制",      "开发",      "提出",  "编制",     "制定",    "构建",  "搭建",
          "打造",      "推广",      "establish", "build", "complete", "develop", "carry", "deliver",
          "implement", "construct", "achieve",   "setup", "will",     "commit",  "承诺"})
      v.push_back(to_u32(w));
    return v;
  }();
  return contains_any(sentence, verbs);
}

// `before` (the clause up to a number) ends with the word of a label: “如图5所示”,
// “见表3”, “第4章”, “表2 项目考核指标”, “Figure 2”, “Section 4.2” — the number
// names a figure, table or chapter, never a value. 图/表 alone only where no
// word ends in them (技术路线图 2 份 counts roadmaps; 发表 3 篇 papers).
bool cross_reference(std::u32string_view before) {
  while (!before.empty() && (before.back() == U' ' || before.back() == U'\t'))
    before.remove_suffix(1);
  auto ends = [&](std::u32string_view w) {
    return before.size() >= w.size() && before.substr(before.size() - w.size()) == w;
  };
  for (std::u32string_view w :
       {U"见图", U"如图", U"附图", U"见表", U"如表", U"附表", U"第", U"附件", U"章节"})
    if (ends(w)) return true;
  if ((ends(U"图") || ends(U"表")) &&
      (before.size() == 1 || before[before.size() - 2] < 0x2E80))  // no ideograph before
    return true;
  std::u32string low(before.substr(before.size() > 12 ? before.size() - 12 : 0));
  for (char32_t& ch : low)
    if (ch >= U'A' && ch <= U'Z') ch += 32;
  for (std::u32string_view w :
       {U"figure", U"fig.", U"table", U"section", U"chapter", U"annex", U"appendix"})
    if (low.size() >= w.size() && low.substr(low.size() - w.size()) == w &&
        (low.size() == w.size() || low[low.size() - w.size() - 1] < U'a' ||
         low[low.size() - w.size() - 1] > U'z'))
      return true;
  return false;
}

// `text` (lower case) ends with a word that joins two phrases: “… and”, “…和”, “…、”.
bool ends_with_conjunction(std::u32string_view text) {
  while (!text.empty() && (text.back() == U' ' || text.back() == U'\t')) text.remove_suffix(1);
  for (std::u32string_view w : {U"和", U"及", U"与", U"以及", U"、", U",", U"，", U"并"})
    if (text.size() >= w.size() && text.substr(text.size() - w.size()) == w) return true;
  for (std::u32string_view w : {U"and", U"as well as"})
    if (text.size() >= w.size() && text.substr(text.size() - w.size()) == w &&
        (text.size() == w.size() || text[text.size() - w.size() - 1] == U' '))
      return true;
  return false;
}

bool has_negation(std::u32string_view text) {
  static const WordSet words(kNegationWords);
  return contains_any(text, words);
}

// The words of the guide's text before its number or comparator: what the
// guide calls the quantity ("储能密度" in "储能密度不低于 30 千瓦时/立方米").
std::u32string guide_subject(const std::string& source_text) {
  std::u32string s = match_form(source_text);
  static const char* const stops[] = {
      "不低于", "不高于", "不小于", "不大于", "不少于", "不超过", "达到", "低于", "高于", "小于",
      "大于",   "超过",   "≥",      "≤",      ">",      "<",      "至少", "分别", "优于"};
  std::size_t cut = s.size();
  for (const char* w : stops) cut = std::min(cut, s.find(to_u32(w)));
  for (std::size_t i = 0; i < cut; ++i)
    if (s[i] >= U'0' && s[i] <= U'9') {
      cut = i;
      break;
    }
  s = s.substr(0, cut);
  std::size_t start = s.find_last_of(U"，、；,;：:");
  if (start != std::u32string::npos) s = s.substr(start + 1);
  return s.size() >= 2 && !verb_only(s) ? s : std::u32string();
}

const std::vector<std::string>& aliases_for(const Aliases& a, const std::string& id) {
  static const std::vector<std::string> none;
  auto it = a.find(id);
  return it == a.end() ? none : it->second;
}

// Words that name the same kind of deliverable, so that a name written with
// one is also written with the other: 导则 and 指南 both name a guideline
// (“碳排放核算技术导则” for “…技术指南”). A word of the guide's on the left.
constexpr std::pair<std::u32string_view, std::u32string_view> kNameSynonyms[] = {
    {U"指南", U"导则"}};

// A spec's names: its title, its aliases (with what brackets hold cut off,
// and with synonyms), and the guide's words about it.
void add_keys(Spec& s, const rules::Text2& title, const std::vector<std::string>& aliases,
              const std::string& source) {
  auto add = [&](const std::string& t) {
    if (t.empty()) return;
    std::u32string k = match_form(t);
    s.words += k;
    s.keys.emplace_back(k);
    s.keys.back().longest_word = longest_english_word(t);
    std::u32string b = bare_name(k);
    if (!b.empty()) {
      s.keys.emplace_back(b);
      s.keys.back().longest_word = longest_english_word(t);
    }
    // a name with one word in its synonym (kNameSynonyms)
    for (const auto& [word, same] : kNameSynonyms)
      if (std::size_t at = k.find(word); at != std::u32string::npos) {
        std::u32string v = k;
        v.replace(at, word.size(), same);
        s.words += v;
        s.keys.emplace_back(v);
      }
    if (std::all_of(t.begin(), t.end(), [](char c) { return c > 0; }))  // ASCII only
      if (std::vector<std::u32string> st = english_stems(t); st.size() >= 2)
        s.english.push_back(std::move(st));
  };
  add(title.zh);
  add(title.en);
  for (const std::string& a : aliases) add(a);
  if (!source.empty()) {
    s.words += match_form(source);
    std::u32string g = guide_subject(source);
    if (!g.empty()) s.guide.emplace_back(g);
  }
}

std::vector<Spec> specs_of(const rules::Direction& dir, const Aliases& aliases) {
  std::vector<Spec> out;
  for (const rules::Rule& r : dir.rules) {
    if (!r.reads_indicator()) continue;
    if (r.kind == Kind::Formula) {
      for (const rules::FormulaInput& in : r.inputs) {
        Spec s;
        s.id = in.id;
        s.kind = Kind::Quantity;
        s.op = rules::Op::Eq;
        s.unit = in.unit;
        add_keys(s, in.title, {}, "");
        out.push_back(std::move(s));
      }
      continue;
    }
    Spec s;
    s.id = r.id;
    s.kind = r.kind;
    s.op = r.op;
    // a range judged by its better side (“2~3 项”: at least 2) compares two
    // statements as that bound does: “达到 2 项” and “2 项” say the same
    if (r.op == rules::Op::Between && r.better == "higher") s.op = rules::Op::Ge;
    if (r.op == rules::Op::Between && r.better == "lower") s.op = rules::Op::Le;
    s.unit = r.unit;
    // A qualitative commitment is named by its title (and aliases), or by the
    // guide's words when they hold no number of another indicator.
    bool numeric_source = std::any_of(r.source.text.begin(), r.source.text.end(),
                                      [](char c) { return c >= '0' && c <= '9'; });
    bool qualitative = r.kind == Kind::Qualitative || r.kind == Kind::Categorical;
    add_keys(s, r.title, aliases_for(aliases, r.id),
             qualitative && numeric_source ? std::string() : r.source.text);
    if (qualitative && !numeric_source && !r.source.text.empty())
      s.guide.emplace_back(match_form(r.source.text));
    for (const auto& cat : r.categories) {
      std::vector<std::pair<std::u32string, std::string>> words;
      for (const std::string* w : {&cat.label.zh, &cat.label.en})
        if (!w->empty()) words.emplace_back(match_form(*w), *w);
      for (std::size_t i = 0, n = words.size(); i < n; ++i)  // “自动发电控制” for “…（AGC）”
        if (std::u32string b = bare_name(words[i].first); b.size() >= 2)
          words.emplace_back(b, words[i].second);
      s.categories.push_back(std::move(words));
      s.required.push_back(std::find(r.values.begin(), r.values.end(), cat.id) != r.values.end());
    }
    out.push_back(std::move(s));
  }
  // A formula input may also be a rule of its own: keep the first.
  std::vector<Spec> unique;
  for (Spec& s : out)
    if (std::none_of(unique.begin(), unique.end(), [&](const Spec& u) { return u.id == s.id; }))
      unique.push_back(std::move(s));
  return unique;
}

bool is_digit(char32_t c) { return c >= U'0' && c <= U'9'; }
bool is_ascii_letter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

// units::known, remembered per thread: a document repeats its words, and most
// right ends tried after a number are not units.
bool unit_ok(const std::string& u) {
  if (u.empty()) return true;
  thread_local std::unordered_map<std::string, bool> seen;
  auto it = seen.find(u);
  if (it != seen.end()) return it->second;
  if (seen.size() > 4096) seen.clear();
  bool ok = units::known(u);
  seen.emplace(u, ok);
  return ok;
}

// A quantity the value parser reads from `text`, with units it knows.
std::optional<value::Value> quantity(const std::string& text) {
  value::Value v = value::parse_text(text);
  if (v.type == value::Value::Type::Ratio) return v;
  if (v.type != value::Value::Type::Quantity) return std::nullopt;
  if (!unit_ok(v.lo.unit) || !unit_ok(v.hi.unit)) return std::nullopt;
  return v;
}

// “%”, or a word the unit layer reads as it (vol.%, wt%, mol%, percent);
// not percentage points, which are a change in a share, not a share
// Remembered per thread, as unit_ok: fits() asks for every number and rule.
bool percent(const std::string& u) {
  if (u.empty()) return false;
  if (u == "%") return true;
  if (u.find("百分点") != std::string::npos || u.find("point") != std::string::npos) return false;
  thread_local std::unordered_map<std::string, bool> seen;
  auto it = seen.find(u);
  if (it != seen.end()) return it->second;
  if (seen.size() > 4096) seen.clear();
  bool share = units::to_udunits(u, nullptr) == "%";
  seen.emplace(u, share);
  return share;
}

bool fits(const Spec& s, const value::Value& v) {
  if (v.type == value::Value::Type::Ratio) return s.kind == Kind::Ratio;
  if (v.type != value::Value::Type::Quantity || s.kind == Kind::Ratio) return false;
  // a range the project covers is stated by both its ends: one number
  // (“up to 17.4 nm”, or the upper end of “0.6 to 17.4 nm”) does not state it
  if (s.kind == Kind::RangeCover && (v.lo.infinite() || v.hi.infinite() || v.lo.v == v.hi.v))
    return false;
  for (const value::End* e : {&v.lo, &v.hi}) {
    if (e->infinite()) continue;
    const std::string& u = e->unit;
    if (u.empty()) {
      if (!s.unit.empty() && (percent(s.unit) || !units::dimensionless(s.unit))) return false;
      continue;
    }
    if (percent(s.unit) || percent(u)) {
      // a share in per mille is a share too (35 ‰ = 3.5 %), and one by
      // volume, mass or amount (“82 vol.%”, “wt%”); nothing else is
      if (!(percent(s.unit) && (percent(u) || u == "‰"))) return false;
      continue;
    }
    if (s.unit.empty()) {
      if (!units::dimensionless(u)) return false;
      continue;
    }
    if (units::dimensionless(s.unit) != units::dimensionless(u)) return false;
    if (!units::conversion(u, s.unit).ok || !same_kind_of_count(u, s.unit)) return false;
  }
  return true;
}

struct Fragment {
  std::size_t start = 0, end = 0;  // code points in the clause
  std::string text;
  value::Value v;
  bool worded = false;  // an English range in words, `text` its reading (english_range)
};

// The values stated in a clause: each number, widened left over comparator
// words and right over its unit as far as the value parser still reads one
// quantity with known units. Dates (2023年5月) are skipped.
bool chinese_digit(char32_t c) {
  return std::u32string_view(U"零一二两三四五六七八九十百千万亿").find(c) !=
         std::u32string_view::npos;
}
// Words that count things: a Chinese numeral is read as a number only before one
// ("三项", "两套"), never inside words like 一体化 or 十分.
bool count_word(char32_t c) {
  return std::u32string_view(U"项个套种家次篇类部份条座款例人台").find(c) !=
         std::u32string_view::npos;
}

// The measure word of a count's unit (“项”, “万例” → “例”), or 0 when the
// unit is no single Chinese count word.
char32_t measure_word(const std::string& unit) {
  std::u32string u = to_u32(unit);
  while (u.size() > 1 && (u[0] == U'万' || u[0] == U'亿')) u.erase(0, 1);
  return u.size() == 1 && count_word(u[0]) ? u[0] : 0;
}

// “关键生物标志物相关的检测方法和试剂分别达到3项”: in running text a count
// in another measure word than the rule's (3 项 for a rule counted in 个)
// counts other things the sentence names after the indicator; only a
// mention, never a value. Rules counted in “项/台” take either word.
bool measure_word_differs(const Spec& s, const value::Value& v) {
  if (s.kind != Kind::Count || v.type != value::Value::Type::Quantity) return false;
  for (const value::End* e : {&v.lo, &v.hi}) {
    char32_t w = e->infinite() ? 0 : measure_word(e->unit);
    if (!w) continue;
    bool mine = false;
    std::u32string ru = to_u32(s.unit);
    for (std::size_t at = 0; at <= ru.size();) {
      std::size_t slash = std::min(ru.find(U'/', at), ru.size());
      mine = mine || measure_word(to_utf8(ru.substr(at, slash - at))) == w;
      at = slash + 1;
    }
    if (!mine && measure_word(s.unit) != 0) return true;
    if (!mine && s.unit.find('/') != std::string::npos) return true;
  }
  return false;
}

// 三项, 十二个 at `i`: the value parser reads the numeral; the count word ends
// it. Widened left over comparator words, never below `floor`.
std::optional<Fragment> count_fragment(const std::u32string& c, std::size_t i, std::size_t floor) {
  std::size_t j = i;
  while (j < c.size() && chinese_digit(c[j])) ++j;
  if (!(j < c.size() && j - i <= 4 && count_word(c[j]))) return std::nullopt;
  std::string t = to_utf8(c.substr(i, j + 1 - i));
  auto v = quantity(t);
  if (!(v && v->type == value::Value::Type::Quantity && v->exact)) return std::nullopt;
  std::size_t l = i;
  for (std::size_t k = i > floor + 4 ? i - 4 : floor; k < i; ++k)
    if (auto w = quantity(to_utf8(c.substr(k, j + 1 - k)))) {
      v = w;
      l = k;
      break;
    }
  return Fragment{l, j + 1, std::string(text::trim(to_utf8(c.substr(l, j + 1 - l)))), *v};
}

// A date: 1900..2100 followed by 年 (and its month and day), the number at
// `i` ending at `j`. Where the date ends, or 0 when it is none.
std::size_t date_end(const std::u32string& c, std::size_t i, std::size_t j) {
  std::size_t y_end = j;
  while (y_end < c.size() && c[y_end] == U' ') ++y_end;
  if (y_end < c.size() && c[y_end] == U'年') {
    double y = std::atof(to_utf8(c.substr(i, y_end - i)).c_str());
    if (y >= 1900 && y <= 2100) {
      std::size_t k = y_end + 1;
      for (char32_t unit : {U'月', U'日'}) {
        std::size_t m = k;
        while (m < c.size() && is_digit(c[m])) ++m;
        if (m > k && m < c.size() && c[m] == unit) k = m + 1;
      }
      return k;
    }
  }
  return 0;
}

// The number at `i` (its digits end at `j`), widened right over its unit and
// left over comparator words (never below `floor`), as far as the value
// parser still reads one quantity with known units.
std::optional<Fragment> number_fragment(const std::u32string& c, std::size_t i, std::size_t j,
                                        std::size_t floor) {
  std::optional<value::Value> best;
  std::size_t best_r = j;
  // the longest unit a pack uses is 7 characters (千瓦时/立方米): try up to 16
  std::size_t longest = std::min(c.size(), j + 16);
  for (std::size_t r = longest; r >= j; --r) {
    if (r > j && (c[r - 1] == U' ' || c[r - 1] == U'\t')) continue;  // same as without it
    // never inside an English word: "14.2 % today" is not "14.2 % t" (tonnes)
    if (r > j && r < c.size() && is_ascii_letter(c[r]) && is_ascii_letter(c[r - 1])) continue;
    // never on a bracket it did not open: “（共36个月）” is “36个月”, “dB(A)” stays
    if (r > j && (c[r - 1] == U')' || c[r - 1] == U'）' || c[r - 1] == U']') &&
        std::u32string_view(c).substr(i, r - i).find_first_of(U"(（[") == std::u32string_view::npos)
      continue;
    std::string t = to_utf8(c.substr(i, r - i));
    if (auto v = quantity(t)) {
      best = v;
      best_r = r;
      break;
    }
    if (r == j) break;
  }
  if (!best) return std::nullopt;
  // “1 μmol/mol～100 mmol/mol”: a range whose ends carry units of their own
  // is longer than the window; its second unit, cut off, would give the
  // first end's unit to both (“1 μmol/mol～100”). Read on while the range
  // goes on.
  if (!best->lo.infinite() && !best->hi.infinite() && best->lo.v != best->hi.v &&
      best_r < c.size()) {
    std::size_t further = best_r;  // up to 16 more characters, within the clause
    while (further < c.size() && further < best_r + 16 &&
           std::u32string_view(U"，。；,;：:（）()").find(c[further]) == std::u32string_view::npos)
      ++further;
    for (std::size_t r = further; r > best_r; --r) {
      if (c[r - 1] == U' ' || c[r - 1] == U'\t') continue;
      if (r < c.size() && is_ascii_letter(c[r]) && is_ascii_letter(c[r - 1])) continue;
      if (auto v = quantity(to_utf8(c.substr(i, r - i)))) {
        best = v;
        best_r = r;
        break;
      }
    }
  }
  std::size_t best_l = i;
  for (std::size_t l = i > floor + 8 ? i - 8 : floor; l < i; ++l) {
    if (auto v = quantity(to_utf8(c.substr(l, best_r - l)))) {
      best = v;
      best_l = l;
      break;
    }
  }
  Fragment f;
  f.start = best_l;
  f.end = best_r;
  f.text = std::string(text::trim(to_utf8(c.substr(best_l, best_r - best_l))));
  f.v = *best;
  return f;
}

std::u32string lower_at(const std::u32string& c, std::size_t at, std::size_t n) {
  std::u32string o = c.substr(at, n);
  for (char32_t& ch : o)
    if (ch >= U'A' && ch <= U'Z') ch += 32;
  return o;
}

// “between 3 and 5 models”, “20 to 40%” (never “from 20 to 40%”, a baseline
// and its target): an English range, read as the value parser's “3–5
// models”; the first number's digits are `i`..`j`. The fragment's text is
// that reading, which the draft holds.
std::optional<Fragment> english_range(const std::u32string& c, std::size_t i, std::size_t j,
                                      std::size_t floor) {
  bool between = i >= floor + 8 && lower_at(c, i - 8, 8) == U"between ";
  std::u32string joint = between ? U" and " : U" to ";
  // “20 ℃ to 85 ℃”: the unit (up to 4 characters) written after both ends
  std::size_t u = j;
  if (lower_at(c, j, joint.size()) != joint) {
    std::size_t k = j < c.size() && c[j] == U' ' ? j + 1 : j;
    u = k;
    while (u < c.size() && u < k + 4 && c[u] != U' ' && !is_digit(c[u])) ++u;
    if (u == k || lower_at(c, u, joint.size()) != joint) return std::nullopt;
  }
  std::u32string unit = c.substr(j, u - j);
  if (!between && i >= floor + 5 && lower_at(c, i - 5, 5) == U"from ") return std::nullopt;
  std::size_t m = u + joint.size(), n = m;
  while (n < c.size() && (is_digit(c[n]) || c[n] == U'.' || c[n] == U',')) ++n;
  while (n > m + 1 && (c[n - 1] == U'.' || c[n - 1] == U',')) --n;
  if (n == m) return std::nullopt;
  if (!unit.empty() && c.compare(n, unit.size(), unit) != 0) return std::nullopt;
  std::size_t first = j - i;
  std::u32string joined = c.substr(i, first) + U"–" + c.substr(m);
  std::optional<Fragment> f = number_fragment(joined, 0, first + 1 + (n - m), 0);
  if (!f || f->start != 0 || f->v.lo.v == f->v.hi.v) return std::nullopt;
  f->start = between ? i - 8 : i;
  f->end = m + (f->end - first - 1);
  f->worded = true;
  return f;
}

// “2,500 participants or more”, “45% or above”: an exact number, at most one
// English word (the noun it counts), then a bound's words the value parser
// does not read: the fragment widened over them, its text the sign's reading
// (“≥2,500”).
void english_bound_after(const std::u32string& c, Fragment& f) {
  if (!f.v.exact || f.v.type != value::Value::Type::Quantity) return;
  std::size_t k = f.end;
  if (k < c.size() && c[k] == U' ') {
    std::size_t w = k + 1;
    while (w < c.size() && (is_ascii_letter(c[w]) || c[w] == U'-')) ++w;
    if (w > k + 1 && lower_at(c, w, 3) == U" or") k = w;
  }
  for (auto [words, sign] : {std::pair{U" or more", "≥"},
                             {U" or above", "≥"},
                             {U" or higher", "≥"},
                             {U" or less", "≤"},
                             {U" or fewer", "≤"},
                             {U" or below", "≤"}}) {
    std::u32string_view w(words);
    if (lower_at(c, k, w.size()) != w) continue;
    std::size_t end = k + w.size();
    if (end < c.size() && is_ascii_letter(c[end])) return;
    auto v = quantity(sign + f.text);
    if (!v) return;
    f.v = *v;
    f.text = sign + f.text;
    f.end = end;
    return;
  }
}

// “higher than 400 kW”, “no higher than 95 ℃”, “less than 15%”: English
// comparator words before an exact number that the value parser does not
// read, or that lie beyond the 8 characters number_fragment() widens over
// (“no fewer than ”). Left out, the bound would be drafted as the number
// itself; the fragment's text is the sign's reading (“>400 kW”). Never
// below `floor` (an earlier fragment).
void english_bound_before(const std::u32string& c, std::size_t floor, Fragment& f) {
  if (!f.v.exact || f.v.type != value::Value::Type::Quantity || f.start == 0) return;
  std::size_t k = f.start;
  if (c[k - 1] == U' ') --k;
  for (auto [words, sign] : {std::pair{U"no higher than", "≤"},
                             {U"not higher than", "≤"},
                             {U"no greater than", "≤"},
                             {U"not greater than", "≤"},
                             {U"no lower than", "≥"},
                             {U"not lower than", "≥"},
                             {U"no more than", "≤"},
                             {U"not more than", "≤"},
                             {U"no less than", "≥"},
                             {U"not less than", "≥"},
                             {U"no fewer than", "≥"},
                             {U"not fewer than", "≥"},
                             {U"not exceeding", "≤"},
                             {U"no shorter than", "≥"},
                             {U"not shorter than", "≥"},
                             {U"no longer than", "≤"},
                             {U"not longer than", "≤"},
                             {U"more than", ">"},
                             {U"less than", "<"},
                             {U"fewer than", "<"},
                             {U"at least", "≥"},
                             {U"higher than", ">"},
                             {U"greater than", ">"},
                             {U"lower than", "<"},
                             {U"smaller than", "<"}}) {
    std::u32string_view w(words);
    if (k < floor + w.size() || lower_at(c, k - w.size(), w.size()) != w) continue;
    std::size_t from = k - w.size();
    if (from > 0 && is_ascii_letter(c[from - 1])) return;
    auto v = quantity(sign + f.text);
    if (!v) return;
    // the start stays: the words still read as the subject's comparator
    f.v = *v;
    f.text = sign + f.text;
    return;
  }
}

// Whether the number at `i` is a label's: an ordinal after 第 (第18个月, 第3年)
// or the number of a task, work package, section, phase… (“Within task 4,
// … three key industries”, “WP2”, “Phase 2”). It names a part of the
// document or of the plan, never a value.
bool label_number_at(const std::u32string& c, std::size_t i, std::size_t floor) {
  std::size_t k = i;
  while (k > floor && (c[k - 1] == U' ' || c[k - 1] == U'\t' || c[k - 1] == U'\u00a0')) --k;
  if (k > floor && c[k - 1] == U'第') return true;
  // “子目标1.1：技术装备”, “课题2”: a numbered part of the project, unless a
  // count word follows the number (“任务2项”)
  for (std::u32string_view label :
       {U"子目标", U"子任务", U"子课题", U"课题", U"专题", U"工作包", U"研究内容", U"任务"}) {
    if (k - floor < label.size() ||
        std::u32string_view(c).substr(k - label.size(), label.size()) != label)
      continue;
    std::size_t e = i;
    while (e < c.size() && (is_digit(c[e]) || c[e] == U'.')) ++e;
    if (e == c.size() || !count_word(c[e])) return true;
  }
  std::size_t w = k;
  while (w > floor && (is_ascii_letter(c[w - 1]) || c[w - 1] == U'.')) --w;
  if (w == k || (w > floor && is_ascii_letter(c[w - 1]))) return false;
  std::u32string word = c.substr(w, k - w);
  for (char32_t& ch : word)
    if (ch >= U'A' && ch <= U'Z') ch += 32;
  for (std::u32string_view label :
       {U"task", U"tasks", U"wp", U"package", U"section", U"chapter", U"phase", U"annex",
        U"appendix", U"fig.", U"figure", U"table", U"no.", U"objective", U"milestone", U"goal",
        U"subgoal", U"subtask", U"stage", U"step", U"part", U"item",
        // committees of standards bodies: “IEC TC 120”, “ISO/TC 197/SC 1”
        U"tc", U"sc", U"wg", U"jtc"})
    if (word == label) return true;
  return false;
}

// Whether the number at `i` follows “±” written after a value (a digit, %, a
// unit's letter or sign before it, spaces aside).
bool tolerance_at(const std::u32string& c, std::size_t i) {
  std::size_t k = i;
  while (k > 0 && c[k - 1] == U' ') --k;
  if (k == 0 || (c[k - 1] != U'±' && c[k - 1] != U'∓')) return false;
  --k;
  auto after_value = [&](std::size_t at) {  // a value ends right before `at`, spaces aside
    while (at > 0 && c[at - 1] == U' ') --at;
    if (at == 0) return false;
    char32_t b = c[at - 1];
    return is_digit(b) || is_ascii_letter(b) || b == U'%' || b == U'℃' || b == U'°' || b == U'‰';
  };
  if (after_value(k)) return true;
  // “62%（±0.5%）”, “≥91%（测量不确定度±0.5%）”: in a bracket opened right after a value
  for (std::size_t b = k; b > 0 && k - b < 16; --b) {
    char32_t ch = c[b - 1];
    if (ch == U')' || ch == U'）') return false;
    if (ch == U'(' || ch == U'（') return after_value(b - 1);
  }
  return false;
}

std::vector<Fragment> fragments(const std::u32string& c) {
  std::vector<Fragment> out;
  std::size_t floor = 0;
  for (std::size_t i = 0; i < c.size(); ++i) {
    if (chinese_digit(c[i]) && (i == 0 || !chinese_digit(c[i - 1])) && i >= floor)
      if (std::optional<Fragment> f = count_fragment(c, i, floor)) {
        floor = f->end;
        i = f->end - 1;
        out.push_back(std::move(*f));
        continue;
      }
    if (!is_digit(c[i]) ||
        (i > 0 && (is_digit(c[i - 1]) || c[i - 1] == U'.' || is_ascii_letter(c[i - 1]))))
      continue;
    std::size_t j = i;
    while (j < c.size() && (is_digit(c[j]) || c[j] == U'.' || c[j] == U',')) ++j;
    // “at most 0.19.”, “12,000, and”: a number never ends in the sentence's
    // full stop or a comma after it
    while (j > i + 1 && (c[j - 1] == U'.' || c[j - 1] == U',')) --j;
    if (std::size_t k = date_end(c, i, j)) {
      i = k - 1;
      floor = k;
      continue;
    }
    // “650±10℃”, “91 % ± 0.5 %”: the number after ± is the tolerance of the
    // one before it, never a value of its own; “task 4”, 第18个月: a label
    if (tolerance_at(c, i) || label_number_at(c, i, floor)) {
      i = j - 1;
      floor = j;
      continue;
    }
    std::optional<Fragment> f = english_range(c, i, j, floor);
    if (!f) f = number_fragment(c, i, j, floor);
    if (!f) continue;
    english_bound_after(c, *f);
    english_bound_before(c, floor, *f);
    floor = f->end;
    i = f->end == 0 ? 0 : f->end - 1;
    out.push_back(std::move(*f));
  }
  return out;
}

// A sentence split into clauses at ，；。 and brackets (a bracket often holds a
// reference value: “62%（指南要求不低于 60%）”).
struct Clause {
  std::u32string text;  // folded, spaces kept
  std::size_t offset;   // code points into the paragraph
  std::size_t sentence;
};
// Where a bracket of words opening at `i` closes (0: `i` opens none, or
// the bracket holds a figure, a comparator or more than 40 characters).
std::size_t word_aside_end(const std::u32string& p, std::size_t i) {
  if (p[i] != U'(' && p[i] != U'（') return 0;
  for (std::size_t k = i + 1; k < p.size() && k - i <= 41; ++k) {
    char32_t c = p[k];
    if (c == U')' || c == U'）') return k > i + 1 ? k : 0;
    if (c == U'(' || c == U'（' || c == U'≥' || c == U'≤' || c == U'>' || c == U'<' || c == U'%' ||
        c == U'±' || c == U'：' || c == U':' || c == U'。' || c == U'；')
      return 0;
    if (is_digit(c) && !(is_ascii_letter(p[k - 1]) || is_digit(p[k - 1]) || p[k - 1] == U'.'))
      return 0;
  }
  return 0;
}

std::vector<Clause> clauses(const std::u32string& p) {
  std::vector<Clause> out;
  std::size_t start = 0, sentence = 0;
  auto push = [&](std::size_t end) {
    if (end > start) out.push_back({p.substr(start, end - start), start, sentence});
  };
  for (std::size_t i = 0; i < p.size(); ++i) {
    char32_t ch = p[i];
    bool end_sentence = ch == U'。' || ch == U'；' || ch == U';' || ch == U'!' || ch == U'?' ||
                        ch == U'！' || ch == U'？' || ch == U'\n' ||
                        // an English full stop: followed by a space or the end (never "0.65")
                        (ch == U'.' && (i + 1 == p.size() || p[i + 1] == U' '));
    bool end_clause = ch == U'，' || ch == U',' || ch == U'(' || ch == U')' || ch == U'（' ||
                      ch == U'）' || ch == U'【' || ch == U'】' || ch == U'[' || ch == U']' ||
                      ch == U'：' || (ch == U':' && !(i + 1 < p.size() && is_digit(p[i + 1])));
    // "dB(A)": a bracket of one to three letters glued to a word is part of it
    if ((ch == U'(' || ch == U'（') && i > 0 && is_ascii_letter(p[i - 1])) {
      std::size_t k = i + 1;
      while (k < p.size() && k - i <= 3 && is_ascii_letter(p[k])) ++k;
      if (k > i + 1 && k < p.size() && (p[k] == U')' || p[k] == U'）')) {
        i = k;
        continue;
      }
    }
    // “关键功能机制（克隆性造血、肥胖、吸烟等）：3～5种”: a bracket of words
    // (no figure; letters with digits such as “T1”, “CO2” are words) is an
    // aside inside its clause, so that the name before it keeps its value
    if (std::size_t close = word_aside_end(p, i); close != 0) {
      i = close;
      continue;
    }
    // "1,000" is a number, not two clauses
    if (ch == U',' && i > 0 && i + 1 < p.size() && is_digit(p[i - 1]) && is_digit(p[i + 1]))
      end_clause = false;
    if (end_sentence || end_clause) {
      push(i);
      start = i + 1;
      if (end_sentence) ++sentence;
    }
  }
  push(p.size());
  return out;
}

// Where a list item's ordinal at the start of a paragraph ends in its folded
// text `p` (“①”, “⑴”, “1.”, “2、”, “（3）”, “4)”), 0 when there is none: an
// ordinal counts items, it never states a value.
std::size_t list_ordinal(const std::string& raw, const std::u32string& p) {
  std::u32string r = to_u32(raw);
  std::size_t i = 0, j = 0;
  while (i < r.size() && (r[i] == U' ' || r[i] == U'\t' || r[i] == U'\u3000')) ++i;
  while (j < p.size() && (p[j] == U' ' || p[j] == U'\t')) ++j;
  if (i < r.size() && ((r[i] >= 0x2460 && r[i] <= 0x249B) || r[i] == 0x24EA ||
                       (r[i] >= 0x2776 && r[i] <= 0x2793)))  // ① ⑴ ⒈ ⓪ ❶ ➀
    return j + to_u32(text::fold(to_utf8(r.substr(i, 1)))).size();
  std::size_t k = j;
  bool paren = k < p.size() && p[k] == U'(';
  if (paren) ++k;
  std::size_t d = k;
  while (k < p.size() && is_digit(p[k])) ++k;
  if (k == d || k - d > 2 || k >= p.size()) return 0;
  if (paren) return p[k] == U')' ? k + 1 : 0;
  if (p[k] == U')' || p[k] == U'、') return k + 1;
  if (p[k] == U'.' && (k + 1 == p.size() || !is_digit(p[k + 1]))) return k + 1;
  return 0;
}

std::u32string strip_spaces_raw(std::u32string_view s) {
  std::u32string o;
  for (char32_t c : s)
    if (c != U' ' && c != U'\t' && c != U'\u3000') o += c;
  return o;
}

// “考核指标：（1）…；（2）…”: a clause that is only a one- or two-digit number
// in brackets, opening the paragraph or following a colon, a semicolon or a
// full stop, is an item's ordinal inside running text; it counts items.
bool bracket_ordinal(const std::u32string& p, std::size_t offset, const std::u32string& text) {
  std::u32string t = strip_spaces_raw(text);
  if (t.empty() || t.size() > 2 || !std::all_of(t.begin(), t.end(), is_digit)) return false;
  std::size_t end = offset + text.size();
  if (offset == 0 || end >= p.size()) return false;
  if (!(p[offset - 1] == U'(' || p[offset - 1] == U'（') || !(p[end] == U')' || p[end] == U'）'))
    return false;
  std::size_t k = offset - 1;
  while (k > 0 && p[k - 1] == U' ') --k;
  return k == 0 || std::u32string_view(U"：:；;。.").find(p[k - 1]) != std::u32string_view::npos;
}

std::u32string strip_spaces(std::u32string_view s) {
  std::u32string o;
  for (char32_t c : s)
    if (c != U' ' && c != U'\t' && c != U'\u3000') o += (c >= U'A' && c <= U'Z') ? c + 32 : c;
  return o;
}

// The specs a text names best; `run` gets the length of the best match.
// Texts are scored against every indicator's names once: the same clause is
// asked about several times (qualitative, numeric, the next clause's lead).
struct Scored {
  std::vector<std::size_t> best[2];
  std::size_t run[2] = {0, 0};
  bool done[2] = {false, false};
};
std::vector<std::size_t> best_specs_uncached(const std::vector<Spec>& specs,
                                             std::u32string_view raw, bool numeric,
                                             std::size_t& run) {
  std::vector<std::size_t> best;
  run = 0;
  std::u32string text = drop_particles(raw);
  Pairs pairs(text);
  for (bool titles : {true, false}) {  // the guide's words only when no title names one
    // “The clinical decision support systems will be 3”: one indicator's
    // English name written whole (12 letters at least) outranks a run a few
    // letters longer (“the …”) through the tail of another's name (“Medical
    // institutions using the clinical decision support systems”)
    std::vector<std::pair<std::size_t, std::size_t>> whole;  // (spec, its run)
    for (std::size_t i = 0; i < specs.size(); ++i) {
      if (specs[i].numeric() != numeric) continue;
      std::size_t r = 0;
      bool written_whole = false;
      for (const Key& k : titles ? specs[i].keys : specs[i].guide) {
        if (!pairs.any_of(k.pairs)) continue;  // no common pair: no run of 2
        std::size_t kr;
        if (names(text, k.text, &kr) && k.named_by_run(kr, text.size())) r = std::max(r, kr);
        written_whole = written_whole || (kr == k.text.size() && k.text.size() >= 12 &&
                                          std::all_of(k.text.begin(), k.text.end(),
                                                      [](char32_t c) { return c < 0x80; }));
      }
      if (r == 0) continue;
      if (written_whole) whole.emplace_back(i, r);
      if (r > run) {
        run = r;
        best.clear();
      }
      if (r == run) best.push_back(i);
    }
    if (whole.size() == 1 && whole[0].second + 4 >= run) best = {whole[0].first};
    if (!best.empty()) break;
  }
  // “Scale of each B2G station”: an English label in its own word order, every
  // word one of a name's (english_words.h)
  if (best.empty() && text.size() <= 120 &&
      std::all_of(text.begin(), text.end(), [](char32_t c) { return c < 0x80; }))
    for (std::size_t i = 0; i < specs.size(); ++i)
      if (specs[i].numeric() == numeric &&
          std::any_of(specs[i].english.begin(), specs[i].english.end(),
                      [&](const auto& stems) { return spelled_by(text, stems); })) {
        best.push_back(i);
        run = text.size();
      }
  return best;
}

// One document's cache of best_specs (cleared by extract()).
thread_local std::unordered_map<std::u32string, Scored>* score_cache = nullptr;

std::vector<std::size_t> best_specs(const std::vector<Spec>& specs, std::u32string_view text,
                                    bool numeric, std::size_t& run) {
  if (!score_cache) return best_specs_uncached(specs, text, numeric, run);
  Scored& sc = (*score_cache)[std::u32string(text)];
  if (!sc.done[numeric]) {
    sc.best[numeric] = best_specs_uncached(specs, text, numeric, sc.run[numeric]);
    sc.done[numeric] = true;
  }
  run = sc.run[numeric];
  return sc.best[numeric];
}

// “A和B分别不少于 5 个和 10 个”, “A and B of at least 5 and 10 respectively”:
// the names before 分别 (or before the numbers of a clause ending in
// “respectively”), split at 和/、/与/及/and/“,” into as many parts as the
// clause has numbers, each part naming one indicator of its own, give the
// numbers in order. Returns the spec of each fragment (SIZE_MAX: none), empty
// when the statement is not read so: no split, or two splits that disagree.
std::vector<std::size_t> respectively_specs(const std::vector<Spec>& specs, const std::u32string& p,
                                            const Clause& cl, const std::vector<Fragment>& frs,
                                            std::size_t sentence_start) {
  std::u32string low(cl.text);
  for (char32_t& ch : low)
    if (ch >= U'A' && ch <= U'Z') ch += 32;
  std::size_t zh = low.find(U"分别"), en = low.find(U"respectively");
  std::size_t head;               // where the names end, in the clause
  std::vector<std::size_t> mine;  // the fragments it distributes
  for (std::size_t i = 0; i < frs.size(); ++i)
    if ((zh != std::u32string::npos && frs[i].start > zh) ||
        (zh == std::u32string::npos && en != std::u32string::npos && frs[i].end <= en))
      mine.push_back(i);
  if (mine.size() < 2 || mine.size() > 3) return {};
  head = zh != std::u32string::npos ? zh : frs[mine[0]].start;
  // the names: from the last clause boundary after an earlier number in the sentence
  std::size_t end = cl.offset + head, begin = sentence_start;
  for (std::size_t i = begin; i < end; ++i)
    if (is_digit(p[i])) begin = i;
  if (begin != sentence_start) {
    while (begin < end && p[begin] != U'，' && p[begin] != U',') ++begin;
    ++begin;
  }
  if (begin >= end) return {};
  std::u32string names(p.substr(begin, end - begin));
  for (char32_t& ch : names)
    if (ch >= U'A' && ch <= U'Z') ch += 32;
  // where the names may be split: conjunctions outside brackets
  std::vector<std::pair<std::size_t, std::size_t>> cuts;  // [from, to) of the joining word
  int depth = 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    char32_t ch = names[i];
    if (ch == U'(' || ch == U'（') ++depth;
    if (ch == U')' || ch == U'）') --depth;
    if (depth != 0) continue;
    if (ch == U'和' || ch == U'、' || ch == U'与' || ch == U'及' || ch == U',' || ch == U'，')
      cuts.emplace_back(i, i + 1);
    else if (names.compare(i, 5, U" and ") == 0)
      cuts.emplace_back(i, i + 5);
  }
  std::vector<std::size_t> found, out(frs.size(), SIZE_MAX);
  auto try_parts = [&](const std::vector<std::size_t>& at) {
    std::vector<std::size_t> got;
    std::size_t from = 0;
    for (std::size_t k = 0; k <= at.size(); ++k) {
      std::size_t to = k < at.size() ? cuts[at[k]].first : names.size();
      std::size_t run;
      std::vector<std::size_t> one = best_specs(
          specs, strip_spaces(std::u32string_view(names).substr(from, to - from)), true, run);
      if (one.size() != 1 || std::find(got.begin(), got.end(), one[0]) != got.end()) return;
      got.push_back(one[0]);
      if (k < at.size()) from = cuts[at[k]].second;
    }
    if (found.empty())
      found = got;
    else if (found != got)
      found = {SIZE_MAX};  // two readings: none
  };
  for (std::size_t a = 0; a < cuts.size(); ++a) {
    if (mine.size() == 2) try_parts({a});
    for (std::size_t b = a + 1; mine.size() == 3 && b < cuts.size(); ++b) try_parts({a, b});
  }
  if (found.size() != mine.size()) return {};
  for (std::size_t k = 0; k < mine.size(); ++k) out[mine[k]] = found[k];
  return out;
}

// “新产品、新技术、新装备各2项”, “新产品/新技术/新装备 | 各2项”, “New products /
// technologies / equipment | 2 each”: one value for each indicator a list of
// names gives. `names` split at every conjunction and slash outside brackets,
// each part naming one indicator of its own; empty when a part names none or
// several, or when fewer than two parts.
std::vector<std::size_t> each_specs(const std::vector<Spec>& specs, std::u32string names) {
  for (char32_t& ch : names)
    if (ch >= U'A' && ch <= U'Z') ch += 32;
  std::vector<std::u32string> parts(1);
  int depth = 0;
  for (std::size_t i = 0; i < names.size(); ++i) {
    char32_t ch = names[i];
    if (ch == U'(' || ch == U'（') ++depth;
    if ((ch == U')' || ch == U'）') && depth > 0) --depth;
    bool cut =
        depth == 0 && std::u32string_view(U"和、与及,，/／").find(ch) != std::u32string::npos;
    std::size_t word = depth == 0 && names.compare(i, 5, U" and ") == 0 ? 5 : 0;
    if (cut || word) {
      parts.emplace_back();
      if (word) i += word - 1;
      continue;
    }
    parts.back() += ch;
  }
  std::vector<std::size_t> out;
  if (parts.size() < 2) return out;
  for (const auto& part : parts) {
    std::size_t run;
    std::vector<std::size_t> one = best_specs(specs, strip_spaces(part), true, run);
    if (one.size() != 1 || std::find(out.begin(), out.end(), one[0]) != out.end()) return {};
    out.push_back(one[0]);
  }
  return out;
}

// The value of an “each” cell without its “各” / “each” (“各2项” → “2项”,
// “2 each” → “2”), or "" when it says no “each”.
std::string without_each(const std::string& v) {
  std::string t(text::trim(v));
  if (t.rfind("各", 0) == 0) return std::string(text::trim(t.substr(3)));
  std::string low = t;
  for (char& c : low)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (low.size() > 5 && low.compare(low.size() - 5, 5, " each") == 0)
    return std::string(text::trim(t.substr(0, t.size() - 5)));
  return "";
}

// A table cell's value without a bracket after it that holds a figure of its
// own or a test condition (“≤62 (at 120 km/h)”, “≤1.5%（k=2）”, “≥0.7 A/mg
// （@0.9 V）”): the value before it is what the cell commits to, when it reads
// alone. A bracket of words only (a unit: “62 (dB)”) stays.
std::string without_condition(const std::string& vt) {
  std::u32string u = to_u32(vt);
  std::size_t open = u.rfind(U'(');
  if (open == 0 || open == std::u32string::npos || u.back() != U')') return vt;
  std::u32string inside = u.substr(open + 1, u.size() - open - 2);
  if (inside.find(U'(') != std::u32string::npos ||
      !std::any_of(inside.begin(), inside.end(),
                   [](char32_t c) { return is_digit(c) || c == U'@'; }))
    return vt;
  std::string outside(text::trim(to_utf8(u.substr(0, open))));
  auto q = quantity(outside);
  if (!q || q->type != value::Value::Type::Quantity) return vt;
  // “12,000 cycles (8,000 at 40 ℃)”: a second figure of the same quantity (a
  // number in the value's unit, or a bare one beside a count or a share) is
  // another reading of the indicator, not a condition: the cell is not read so
  const std::string& unit = q->lo.infinite() ? q->hi.unit : q->lo.unit;
  bool plain = unit.empty() || units::dimensionless(unit);
  for (const Fragment& f : fragments(inside)) {
    if (f.start > 0 && inside[f.start - 1] == U'=') continue;  // “k=2”: a parameter
    if (f.v.type != value::Value::Type::Quantity) continue;
    const std::string& fu = f.v.lo.infinite() ? f.v.hi.unit : f.v.lo.unit;
    if (fu.empty() ? plain : units::conversion(fu, unit.empty() ? "1" : unit).ok) return vt;
  }
  return outside;
}

std::string trim_quote(const std::string& s, std::size_t max = 240) {
  if (s.size() <= max) return s;
  return s.substr(0, text::utf8::cut_point(s, max)) + "…";
}

// A label without an English “of the project” / “of the call” tail: “Title of
// the project” is the title's label, “Topic of the call” the direction's.
std::u32string label_core(const std::u32string& label) {
  for (std::u32string_view tail : {U"oftheproject", U"ofproject", U"ofthecall"})
    if (label.size() > tail.size() &&
        label.compare(label.size() - tail.size(), tail.size(), tail) == 0)
      return label.substr(0, label.size() - tail.size());
  return label;
}

// A label at the start of a text: "项目名称", "项目名称：", "项目名称(中文)".
bool label_is(const std::u32string& text, const char* const* labels, std::size_t n) {
  const std::u32string cell = label_core(text);
  for (std::size_t i = 0; i < n; ++i) {
    std::u32string l = to_u32(labels[i]);
    if (cell.rfind(l, 0) == 0 && cell.size() <= l.size() + 6) return true;
  }
  return false;
}

const char* const kTitleLabels[] = {"项目名称", "项目题目",     "项目中文名称",
                                    "项目标题", "projecttitle", "title"};
const char* const kDurationLabels[] = {
    "实施周期",   "项目周期", "执行期限",      "执行周期", "研究期限",
    "项目执行期", "实施期限", "起止年月",      "起止时间", "起止年限",
    "执行年限",   "duration", "projectperiod", "period",   "implementationperiod"};

// "申报方向：3.1 …", "所属专项方向: 3.1", "Guideline topic: 3.1": a short
// label naming a 方向 (the value must still be a known direction number)
bool direction_label(const std::u32string& text) {
  const std::u32string label = label_core(text);
  auto ends = [&](std::u32string_view w) {
    return label.size() >= w.size() && label.compare(label.size() - w.size(), w.size(), w) == 0;
  };
  return (label.size() <= 10 && (label.find(U"方向") != std::u32string::npos ||
                                 label == U"direction" || label == U"guidedirection")) ||
         (label.size() <= 16 && (ends(U"topic") || ends(U"direction")));
}

const char* const kBudgetLabels[] = {"经费预算", "项目经费", "项目总经费", "预算总额", "budget"};

// A field of the form's 基本信息 (项目名称, 申报方向, 执行期限, 经费预算): its
// value names the project, its direction, its time or money — never one of
// the indicators, even when it repeats an indicator's or the direction's words.
bool form_label(const std::u32string& label) {
  return label_is(label, kTitleLabels, std::size(kTitleLabels)) ||
         label_is(label, kDurationLabels, std::size(kDurationLabels)) ||
         label_is(label, kBudgetLabels, std::size(kBudgetLabels)) || direction_label(label);
}

struct Columns {
  int name = -1, value = -1, unit = -1, country = -1, role = -1, kind = -1;
};

bool any_of_words(const std::u32string& h, std::initializer_list<const char*> words) {
  for (const char* w : words)
    if (h.find(to_u32(w)) != std::u32string::npos) return true;
  return false;
}

Columns columns_of(const std::vector<Cell>& header) {
  Columns c;
  bool weak_kind = false;  // the kind column found is headed 类别 only
  for (std::size_t i = 0; i < header.size(); ++i) {
    std::u32string h = match_form(header[i].text);
    if (h.size() > 20) continue;  // a header names a column in a few words (committed value)
    int k = static_cast<int>(i);
    // columns that never hold the committed value: the guide's, today's,
    // others' and intermediate (mid-term, yearly) figures, remarks
    bool other = any_of_words(
        h, {"指南",  "现有",     "国际",          "国内",   "参考", "基准", "对标",   "备注",
            "说明",  "考核方式", "评价方式",      "中期",   "年度", "阶段", "第一年", "第二年",
            "guide", "baseline", "reference",     "note",   "序号", "mid",  "第三年", "year1",
            "year2", "year3",    "stateoftheart", "remark", "立项", "已有", "start"});
    if (header[i].covered && i > 0 && header[i].text == header[i - 1].text) continue;
    if (c.unit < 0 && (h == U"单位" || h == U"计量单位" || h == U"unit")) {
      c.unit = k;
    } else if (c.country < 0 && any_of_words(h, {"国别", "国家", "所在国", "country"})) {
      c.country = k;
    } else if (c.role < 0 && any_of_words(h, {"角色", "分工", "role", "牵头/参与"})) {
      c.role = k;
    } else if (any_of_words(h, {"类型", "性质", "类别", "kind", "type"}) &&
               (c.kind < 0 || (weak_kind && any_of_words(h, {"类型", "性质", "kind", "type"})))) {
      // 类别 may group the rows (中方/外方, 约束性/预期性): a later 单位性质 or
      // 类型 column is the kind
      weak_kind = !any_of_words(h, {"类型", "性质", "kind", "type"});
      c.kind = k;
    } else if (!other && any_of_words(h, {"指标值", "目标", "数值", "拟达到", "预期", "完成",
                                          "承诺", "本项目", "达到", "考核值", "value", "target",
                                          "endofproject", "final", "completion"})) {
      c.value = c.value == -1 ? k : -2;  // two value columns: which one commits is unclear
    } else if (!other && c.name < 0 &&
               any_of_words(
                   h, {"指标名称", "考核指标", "指标", "名称", "单位", "考核内容", "indicator",
                       "name", "institution", "organisation", "organization", "metric"})) {
      c.name = k;
    }
  }
  return c;
}

const Cell* cell_at(const std::vector<Cell>& row, int i) {
  return i >= 0 && static_cast<std::size_t>(i) < row.size() ? &row[static_cast<std::size_t>(i)]
                                                            : nullptr;
}

std::string row_quote(const std::vector<Cell>& row) {
  std::string q;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i].covered && i > 0 && row[i].text == row[i - 1].text) continue;
    if (!q.empty()) q += " | ";
    q += row[i].text;
  }
  return trim_quote(q);
}

void put_text(Found& f, const Cand& c, const std::string& how) {
  f.sure = Found::Sure::Sure;
  f.value = c.value;
  f.place = c.place;
  f.quote = c.quote;
  f.how = how;
}

// A bare number and the same number with a count word (“≥12” in a table
// under 数量（个）, “12个以上” in the text) are one count: a bare value is in
// the rule's unit (contract §3), and only a count's fits bare (fits()).
bool count_word_unit(const std::string& u) {
  return !u.empty() && u != "%" && u != "‰" && units::dimensionless(u);
}
bool same_end(const value::End& a, const value::End& b) {
  if (a.v != b.v || a.open != b.open) return false;
  return a.unit == b.unit || (a.unit.empty() && count_word_unit(b.unit)) ||
         (b.unit.empty() && count_word_unit(a.unit));
}

// Whether two statements agree, as decide() below says.
bool same_statement(const Cand& a, const Cand& b, bool numeric, rules::Op op) {
  if (!numeric) return a.value == b.value;
  const value::Value &x = a.parsed, &y = b.parsed;
  if (x.type != y.type) return false;
  if (x.type == value::Value::Type::Ratio) return x.ratio_denominator == y.ratio_denominator;
  if (x.plus_minus != y.plus_minus) return false;
  if (op == rules::Op::Ge || op == rules::Op::Gt) return same_end(x.lo, y.lo) && !x.lo.infinite();
  if (op == rules::Op::Le || op == rules::Op::Lt) return same_end(x.hi, y.hi) && !x.hi.infinite();
  return same_end(x.lo, y.lo) && same_end(x.hi, y.hi);
}

// A statement of a qualitative commitment: a table row first, else the
// sentence that names it most closely, when only one does.
std::vector<const Cand*> closest_statements(std::vector<const Cand*> good) {
  std::vector<const Cand*> table;
  for (const Cand* c : good)
    if (c->table) table.push_back(c);
  if (!table.empty()) good = table;
  std::size_t top = 0;
  for (const Cand* c : good) top = std::max(top, c->run);
  std::vector<const Cand*> best;
  for (const Cand* c : good)
    if (c->run == top &&
        std::none_of(best.begin(), best.end(), [&](const Cand* b) { return b->value == c->value; }))
      best.push_back(c);
  return best;
}

// `op`: the rule's comparison. Two statements agree when the rule would
// judge them alike: for an at-least rule their lower ends are the same
// ("2.2 wt%" in the table, "不低于 2.2 wt%" in the text), for an at-most
// rule their upper ends; otherwise both ends.
Found decide(const std::vector<Cand>& cands, bool numeric, rules::Op op = rules::Op::Eq) {
  Found f;
  std::vector<const Cand*> good;
  for (const Cand& c : cands)
    if (c.fits && !c.ambiguous && c.doubt.empty()) good.push_back(&c);
  auto same = [&](const Cand& a, const Cand& b) { return same_statement(a, b, numeric, op); };
  if (!numeric && !good.empty()) good = closest_statements(good);
  std::vector<const Cand*> distinct;
  for (const Cand* c : good)
    if (std::none_of(distinct.begin(), distinct.end(), [&](const Cand* d) { return same(*d, *c); }))
      distinct.push_back(c);
  // A statement that names this indicator and others just as closely, or an
  // indicator table's row whose unit does not fit, still says something
  // about this indicator: a different value there means no sure value.
  if (numeric && distinct.size() == 1)
    for (const Cand& c : cands)
      if (((c.ambiguous && c.fits) || (c.table && !c.fits)) && !same(c, *distinct[0])) {
        distinct.push_back(&c);
        break;
      }
  if (distinct.size() == 1) {
    const Cand* pick = distinct[0];
    for (const Cand* c : good)
      if (same(*c, *pick) && c->table) {
        pick = c;
        break;
      }
    std::size_t times = 0;
    for (const Cand* c : good) times += same(*c, *pick);
    std::string how = pick->table ? "an indicator table's row names it" : "the sentence names it";
    if (numeric) how += "; the unit fits the rule's";
    if (times > 1) how += "; stated " + std::to_string(times) + " times, always the same";
    put_text(f, *pick, how);
    return f;
  }
  if (distinct.size() > 1) {
    f.sure = Found::Sure::Several;
    for (const Cand* c : distinct) f.candidates.push_back({c->value, c->place, c->quote});
    f.how = "the document states different values";
    return f;
  }
  for (const Cand& c : cands) {
    if (f.candidates.size() >= 5) break;
    f.candidates.push_back({c.value, c.place, c.quote});
  }
  bool any_ambiguous =
      std::any_of(cands.begin(), cands.end(), [](const Cand& c) { return c.ambiguous && c.fits; });
  auto doubtful = std::find_if(cands.begin(), cands.end(),
                               [](const Cand& c) { return c.fits && !c.doubt.empty(); });
  if (doubtful != cands.end() && !any_ambiguous) {
    f.sure = Found::Sure::Several;
    f.how = doubtful->doubt;
  } else if (any_ambiguous) {
    f.sure = Found::Sure::Several;
    f.how = "the text that states it names other indicators just as closely";
  } else {
    f.how = cands.empty() ? "not found"
                          : "not found: the mentions found do not state a value whose unit fits";
  }
  return f;
}

// The categories of a categorical spec that `flat` (spaces stripped, lower
// case) states in the rule's words, in the order written, joined by "、" and
// spelt as the rule spells them (what the evaluator compares); "" when it
// states none.
std::string categories_in(const Spec& sp, const std::u32string& flat) {
  std::vector<std::pair<std::size_t, std::string>> at;
  for (const auto& words : sp.categories)
    for (const auto& [form, as_ruled] : words) {
      std::size_t pos = form.empty() ? std::u32string::npos : flat.find(form);
      if (pos != std::u32string::npos) {
        at.emplace_back(pos, as_ruled);
        break;  // the zh words first, else the en ones
      }
    }
  std::sort(at.begin(), at.end());
  std::string out;
  for (const auto& [pos, w] : at) {
    if (!out.empty()) out += "、";
    out += w;
  }
  return out;
}

// Why a list of categories (“围填海、富营养化、海洋酸化…”) drafted as `sp`'s
// value cannot be sure: an item of it is none of the rule's categories in
// the rule's words (“海水增温” for 海水升温), and the categories read leave
// out one the rule requires — so the list may well state it in other words,
// and a drafted subset would fail an applicant who wrote it. Items are the
// parts between 、 (the last split at 和/及/以及); the first part may hold
// the words that lead into the list, so it counts only in a table cell
// (`whole`). Extra items beside every required category are no doubt:
// doing more than asked never fails. "" when there is none.
// A list as list_doubt reads it: English “and”/“or” between items written as
// 、 (“warm temperate, humid subtropical and marine”), then in match form
// without spaces.
std::u32string list_form(std::u32string_view written) {
  std::u32string t;
  for (char32_t c : written) t += c >= U'A' && c <= U'Z' ? c + 32 : c;
  for (std::u32string_view joint : {U" and ", U" or ", U" as well as "})
    for (std::size_t at; (at = t.find(joint)) != std::u32string::npos;)
      t.replace(at, joint.size(), U"、");
  return strip_spaces(t);
}

std::string list_doubt(const Spec& sp, const std::u32string& flat) {
  std::vector<std::u32string> items;
  std::size_t at = 0;
  for (;;) {
    // 、 in Chinese; commas and semicolons in English (“a, b and c”; “a; b; and c”)
    std::size_t next = flat.find_first_of(U"、,;，；", at);
    items.push_back(
        flat.substr(at, next == std::u32string::npos ? std::u32string::npos : next - at));
    if (next == std::u32string::npos) break;
    at = next + 1;
  }
  for (std::u32string_view joint : {U"以及", U"和", U"及"})
    if (std::size_t j = items.back().find(joint); j != std::u32string::npos && j > 0) {
      std::u32string tail = items.back().substr(j + joint.size());
      items.back().resize(j);
      items.push_back(tail);
      break;
    }
  if (items.size() < 2) return "";
  // “Types of stressors assessed: coastal reclamation, …”: the label is no item
  if (std::size_t colon = items[0].find_last_of(U"：:"); colon != std::u32string::npos)
    items[0].erase(0, colon + 1);
  // an item holding a category's words, or one of their parts where the list
  // cut them at their own “and” (“Peak shaving and valley filling”)
  auto is_category = [&](const std::u32string& item) {
    for (const auto& words : sp.categories)
      for (const auto& w : words) {
        if (w.first.empty()) continue;
        if (item.find(w.first) != std::u32string::npos) return true;
        std::u32string parts = list_form(to_u32(text::fold(w.second)));
        for (std::size_t at = 0, next; at <= parts.size(); at = next + 1) {
          next = std::min(parts.find(U'、', at), parts.size());
          if (next - at >= 4 && parts.compare(at, next - at, item) == 0) return true;
        }
      }
    return false;
  };
  std::u32string strange;
  for (std::size_t i = 0; i < items.size(); ++i)
    if (!items[i].empty() && !is_category(items[i])) {
      strange = items[i];
      break;
    }
  if (strange.empty()) return "";
  for (std::size_t k = 0; k < sp.categories.size(); ++k) {
    if (k >= sp.required.size() || !sp.required[k]) continue;
    bool stated = false;
    for (const auto& w : sp.categories[k])
      stated = stated || (!w.first.empty() && flat.find(w.first) != std::u32string::npos);
    if (!stated)
      return "the list holds \u201c" + to_utf8(strange) +
             "\u201d, none of the rule's categories in its words, and leaves out one it requires: "
             "it may state it in other words";
  }
  return "";
}

Place at_column(Place p, std::size_t offset) {
  if (p.table == 0) p.column += static_cast<int>(offset);
  return p;
}

}  // namespace

// The same reading of a country as a proposal's `country:` gets (ICU's zh and
// en names and the short forms applicants write: "Republic of Korea", 中方).
std::string country_code(const std::string& text) {
  return text::country_code_of(text::trim(text::fold(text)));
}

std::string role_of(const std::string& text) {
  std::u32string t = match_form(text);
  if (any_of_words(t, {"牵头", "lead", "负责单位", "承担单位", "coordinator"})) return "lead";
  if (any_of_words(t, {"参与", "合作", "member", "participa", "partner"})) return "member";
  return "";
}

// The kind of unit a name or a kind cell says, by the word at its head: in
// Chinese the last (中国科学院物理研究所 is an institute, 复旦大学附属华山医院 a
// hospital, though 学院 and 大学 come first); in English the unit before a
// comma and before “of” (Huashan Hospital, Fudan University; Institute of
// Automation, Chinese Academy of Sciences; University of Oxford), then its
// last word (RWTH Aachen University).
std::string kind_at_head(std::u32string s) {
  for (char32_t& c : s)
    if (c >= U'A' && c <= U'Z') c += 32;
  // a company's legal form ends its name (“… Academy Co., Ltd.”), and an
  // institute of technology is a university (KTH, MIT)
  std::u32string flat = strip_spaces(s);
  while (!flat.empty() && (flat.back() == U'.' || flat.back() == U' ')) flat.pop_back();
  for (std::u32string_view form : {U"ltd", U"limited", U"inc", U"gmbh", U"llc", U"plc", U"corp",
                                   U"s.a", U"s.p.a", U"b.v", U"n.v", U"ag"})
    if (flat.size() > form.size() &&
        flat.compare(flat.size() - form.size(), form.size(), form) == 0 &&
        (form.size() > 2 || !is_ascii_letter(flat[flat.size() - 3])))
      return "enterprise";
  if (flat.find(U"instituteoftechnology") != std::u32string::npos) return "university";
  s = s.substr(0, s.find_first_of(U",，"));
  if (std::size_t of = s.find(U" of "); of != std::u32string::npos && of > 0) s.resize(of);
  std::u32string t = strip_spaces(s);
  struct K {
    std::initializer_list<const char*> words;
    const char* kind;
  };
  static const K kinds[] = {
      {{"高校", "大学", "学院", "高等院校", "university", "college"}, "university"},
      {{"医院", "hospital", "医疗机构", "medicalinstitution", "clinic"}, "hospital"},
      {{"检测", "检验", "认证", "testing"}, "testing_body"},
      {{"船级社", "classification"}, "classification_society"},
      {{"船东", "航运", "shipowner"}, "shipowner"},
      {{"国际组织", "international"}, "international_org"},
      {{"研究所", "研究院", "科研院所", "院所", "研究机构", "研究中心", "实验室", "institute",
        "academy", "laboratory"},
       "institute"},
      {{"企业", "公司", "集团", "enterprise", "company", "gmbh", "ltd", "inc", "limited",
        "corporation"},
       "enterprise"},
      {{"其他", "other"}, "other"},
  };
  const char* best = nullptr;
  std::size_t best_end = 0, best_len = 0;
  for (const K& k : kinds)
    for (const char* w : k.words) {
      std::u32string word = to_u32(w);
      for (std::size_t at = t.find(word); at != std::u32string::npos; at = t.find(word, at + 1)) {
        std::size_t e = at + word.size();
        if (!best || e > best_end || (e == best_end && word.size() > best_len)) {
          best = k.kind;
          best_end = e;
          best_len = word.size();
        }
      }
    }
  return best ? best : "";
}

// The kind of unit a cell names. The words outside brackets first: in
// "Other (non-profit / hospital)" or “其他（联盟）” the bracket explains the
// kind chosen, it does not choose another.
std::string kind_of(const std::string& text) {
  std::u32string t = to_u32(text::fold(text)), outside;
  int depth = 0;
  for (char32_t c : t) {
    if (c == U'(' || c == U'（') ++depth;
    if (depth == 0) outside += c;
    if ((c == U')' || c == U'）') && depth > 0) --depth;
  }
  for (const std::u32string* in : {&outside, &t})
    if (std::string k = kind_at_head(*in); !k.empty()) return k;
  return "";
}

std::string find_direction(const Document& doc, const std::vector<std::string>& known, Place* place,
                           std::string* quote) {
  std::vector<std::tuple<std::string, Place, std::string>> found;
  auto try_value = [&](const std::string& v, const Place& p, const std::string& q) {
    std::u32string u = to_u32(text::fold(v));
    std::size_t i = 0;
    while (i < u.size() && !is_digit(u[i])) ++i;
    std::size_t j = i;
    while (j < u.size() && (is_digit(u[j]) || u[j] == U'.')) ++j;
    std::string num = to_utf8(u.substr(i, j - i));
    while (!num.empty() && num.back() == '.') num.pop_back();
    if (std::find(known.begin(), known.end(), num) != known.end())
      if (std::none_of(found.begin(), found.end(),
                       [&](const auto& f) { return std::get<0>(f) == num; }))
        found.emplace_back(num, p, q);
  };
  for (const Paragraph& p : doc.paragraphs) {
    std::u32string m = match_form(p.text);
    std::size_t colon = m.find_first_of(U"：:");
    if (colon != std::u32string::npos && direction_label(m.substr(0, colon)))
      try_value(to_utf8(m.substr(colon + 1)), p.place, p.text);
  }
  for (const Table& t : doc.tables)
    for (const auto& row : t.rows)
      for (std::size_t i = 0; i + 1 < row.size(); ++i)
        if (direction_label(match_form(row[i].text)))
          try_value(row[i + 1].text, row[i + 1].place, row_quote(row));
  if (found.size() != 1) return "";
  if (place) *place = std::get<1>(found[0]);
  if (quote) *quote = trim_quote(std::get<2>(found[0]));
  return std::get<0>(found[0]);
}

namespace {

// Research items: the paragraph or cell that names each best.
struct Item {
  std::string id;
  std::vector<Key> keys;
  std::vector<std::vector<std::u32string>> pieces;  // of each key (research.h)
  std::vector<Cand> cands;
};

// One paragraph or cell being read as running text, clause by clause, and
// what its earlier clauses and sentences named.
std::u32string words_as_digits(std::u32string p) {
  number_words_as_digits(p);
  return p;
}

struct Reading {
  Reading(const std::string& t, const Place& pl, std::size_t research)
      : text(t),
        place(pl),
        p(words_as_digits(to_u32(text::fold(blank_footnote_marks(t))))),
        cls(clauses(p)),
        research_run(research),
        ordinal_end(list_ordinal(t, p)) {}
  const std::string& text;
  const Place& place;
  std::u32string p;  // folded
  std::vector<Clause> cls;
  std::size_t research_run = 0;  // how closely the text names a research item
  std::size_t ordinal_end = 0;
  std::vector<std::size_t> prev_specs;
  // the one indicator the previous sentence named, for “该指标的考核值为 …”
  std::vector<std::size_t> last_sentence_specs, sentence_specs;
  std::size_t prev_sentence = SIZE_MAX;
  std::size_t sentence_start = 0;  // where the sentence begins in p
  // the indicator a name-only paragraph right before this one named, when
  // this paragraph states one number (Extraction::paragraph)
  std::vector<std::size_t> para_lead;
};

// How a table is read: the header row and its columns; `joined`, a spanning
// header read with the row below it; `transposed`, the table read as its
// transpose (then `header` counts its rows).
struct Layout {
  std::size_t header = 0;
  Columns cols;
  std::vector<Cell> joined;
  std::vector<std::vector<Cell>> transposed;
};

// One run of extract(): the document's paragraphs and tables are read in
// order, each step adding candidates (places that may state a value) for the
// specs, titles, durations and research items; finish() decides among them.
class Extraction {
 public:
  Extraction(const rules::Direction& dir, const Aliases& aliases);
  void paragraph(const std::string& text, const Place& place, int heading_level);
  void background_section(const std::string& text, int level);
  void running(const std::string& text, const Place& place, bool heading,
               const std::vector<std::size_t>& lead = {});
  void table(const Table& t);
  Draft finish();

 private:
  void collect_names();
  std::vector<std::size_t> name_only(const std::string& text) const;
  void label_value(const std::u32string& label_text, const std::string& value, const Place& p,
                   const std::string& quote);
  bool inside_name(const std::u32string& clause, const Fragment& f) const;
  std::u32string without_names(std::u32string s) const;
  bool one_category(const std::vector<Clause>& cls, std::size_t k) const;
  void categorical_sentence(const std::u32string& para, const std::vector<Clause>& cls,
                            std::size_t first, const Place& place, const std::string& text);
  std::vector<std::size_t> named_after(std::u32string_view rest_raw, const value::Value& v,
                                       std::size_t& run) const;
  bool form_field(const std::string& text, const Place& place);
  std::size_t research_mentions(const std::string& text, const Place& place, bool heading);
  void section(const std::string& text, int level);
  void clause(Reading& rd, std::size_t ci, const std::vector<std::size_t>& lead);
  void qualitative(const Reading& rd, const Clause& cl, const std::u32string& flat, bool negated);
  void numbers(Reading& rd, std::size_t ci, std::size_t& from,
               std::vector<std::size_t>& named_here);
  bool not_a_value(const Reading& rd, std::size_t ci, const std::vector<Fragment>& frs,
                   std::size_t fi, const std::u32string& between, std::u32string before) const;
  std::vector<std::size_t> owner(const Reading& rd, std::size_t ci,
                                 const std::vector<Fragment>& frs, std::size_t fi,
                                 const std::vector<std::size_t>& resp,
                                 const std::u32string& subject, const std::u32string& upto,
                                 const std::u32string& between, std::size_t& run) const;
  void carry_names(Reading& rd, const Clause& cl, const std::u32string& flat, std::size_t from,
                   const std::vector<std::size_t>& named_here);
  void participants(const Table& t, const Layout& l);
  void indicator_row(const std::vector<std::vector<Cell>>& rows, std::size_t r, const Layout& l);
  bool each_row(const std::vector<std::vector<Cell>>& rows, std::size_t r, const Layout& l,
                const std::string& vt);
  void other_table(const Table& t);

  Draft d;
  std::vector<Spec> specs;
  std::vector<std::vector<Cand>> cands;
  std::vector<Cand> titles, durations;
  std::vector<FoundParticipant> line_participants;  // participant_line()
  std::size_t last_line_unit = SIZE_MAX;            // the unit the paragraph before named alone
  std::vector<Item> items;
  // every indicator's name (titles, aliases), longest first
  std::vector<std::u32string> all_keys;
  std::vector<std::uint64_t> all_key_buckets;  // char_buckets() of each
  std::vector<std::u32string> name_numbers;
  // the indicator the previous paragraph only named (“1．预后预测模型”), and
  // the one the paragraph being read inherits from it
  std::vector<std::size_t> name_para, para_lead;
  // the level of the heading of a section on the team's record or the state
  // of the art (研究基础, Research foundations) being read; 0: none
  int background = 0;
  // Inside the research contents (a 研究内容 heading and what follows it up to
  // the next heading of its level or above, or a table about them): only
  // there is a mention of a research item drafted as sure (research.h).
  bool research_section = false;
  int research_level = 0;  // the heading level that opened them
  int research_style = 0;  // the plain title's kind of ordinal that did (0: a heading)
};

Extraction::Extraction(const rules::Direction& dir, const Aliases& aliases)
    : specs(specs_of(dir, aliases)), cands(specs.size()) {
  d.direction = dir.number;
  for (const rules::ResearchItem& r : dir.research_contents) {
    // research items are matched as written (particles kept)
    Item it{r.id, {Key(match_form(r.title.zh), true), Key(match_form(r.title.en), true)}, {}, {}};
    if (!r.source.text.empty()) it.keys.emplace_back(match_form(r.source.text), true);
    items.push_back(std::move(it));
  }
  // An item's titles are compared with the other items' titles; the guide's
  // sentence it comes from (key 2) with their sentences too, which often
  // list several items alike.
  for (Item& it : items) {
    std::vector<std::u32string_view> titles, all;
    for (const Item& other : items)
      for (std::size_t k = 0; k < other.keys.size() && &other != &it; ++k) {
        if (k < 2) titles.push_back(other.keys[k].text);
        all.push_back(other.keys[k].text);
      }
    for (std::size_t k = 0; k < it.keys.size(); ++k)
      it.pieces.push_back(distinctive(it.keys[k].text, k < 2 ? titles : all));
  }
  collect_names();
}

// The indicators' names, and the numbers inside them.
void Extraction::collect_names() {
  for (const Spec& sp : specs)
    for (const auto& k : sp.keys)
      if (k.text.size() >= 2) all_keys.push_back(k.text);
  std::sort(all_keys.begin(), all_keys.end(), [](const auto& a, const auto& b) {
    return a.size() != b.size() ? a.size() > b.size() : a < b;
  });
  all_keys.erase(std::unique(all_keys.begin(), all_keys.end()), all_keys.end());
  for (const auto& k : all_keys) all_key_buckets.push_back(char_buckets(k));
  // The numbers inside indicators' names (“20 万圈后”, “1000 小时稳定运行”,
  // “after 100 000 voltage cycles”, “@0.65 伏”), with three characters of
  // the name on each side: a number written so is part of a name, not a value.
  for (const Spec& sp : specs)
    for (const auto& k : sp.keys)
      for (std::size_t i = 0; i < k.text.size();) {
        if (!is_digit(k.text[i])) {
          ++i;
          continue;
        }
        std::size_t e = i;
        while (e < k.text.size() && (is_digit(k.text[e]) || k.text[e] == U'.')) ++e;
        std::size_t a = i >= 3 ? i - 3 : 0, z = std::min(k.text.size(), e + 3);
        if (z - a >= e - i + 3) name_numbers.push_back(k.text.substr(a, z - a));
        i = e;
      }
}

// “2025年1月至2027年12月”, “January 2025 – December 2027”: a period the
// proposal's duration reads as dates (value::date_span, whole months) is
// drafted as written; “三年（2025年7月—2028年6月）”: a length with the dates in
// brackets is drafted when both say the same, and is no value when they differ.
void period_as_dates(Cand& c, const std::string& v) {
  value::DateSpan whole = value::date_span(v);
  if (whole.months > 0) {
    c.value = std::string(text::trim(v));
    c.parsed = value::parse_text(std::to_string(whole.months) + " 个月");
    c.fits = true;
    return;
  }
  std::u32string u = to_u32(text::fold(v));
  std::size_t open = u.find_first_of(U"(（"), close = u.find_last_of(U")）");
  if (open == std::u32string::npos || close == std::u32string::npos || close < open ||
      !strip_spaces(u.substr(close + 1)).empty())
    return;
  std::string outside(text::trim(to_utf8(u.substr(0, open))));
  value::DateSpan inside = value::date_span(to_utf8(u.substr(open + 1, close - open - 1)));
  auto q = quantity(outside);
  if (inside.months <= 0 || !q || q->type != value::Value::Type::Quantity || !q->exact ||
      q->lo.infinite() || q->lo.v != q->hi.v)
    return;
  units::Conversion to_months = units::conversion(q->lo.unit, "月");
  if (!to_months.ok || q->lo.unit.empty()) return;
  c.value = outside;
  c.parsed = *q;
  c.fits = true;
  c.ambiguous = std::fabs(to_months.apply(q->lo.v) - static_cast<double>(inside.months)) > 1e-9;
}

// A duration as written beside its label.
Cand duration_cand(const std::string& written, const Place& p, const std::string& quote) {
  // “three years”, “three years (July 2025 – June 2028)”: the word as digits
  std::size_t bracket = std::min(written.find('('), written.find("（"));
  std::optional<std::string> digits = english_number_as_digits(written.substr(0, bracket));
  std::string v =
      digits ? *digits + (bracket == std::string::npos ? "" : written.substr(bracket)) : written;
  Cand c{v, {}, p, quote};
  auto q = quantity(v);
  c.fits = q && q->type == value::Value::Type::Quantity &&
           units::conversion(q->lo.unit.empty() ? q->hi.unit : q->lo.unit, "月").ok &&
           !(q->lo.unit.empty() && q->hi.unit.empty());
  if (q) c.parsed = *q;
  if (!c.fits) {
    // “2024年1月至2026年12月（共36个月）”: the dates are skipped, and the one
    // span of months written beside them is the duration
    std::vector<const Fragment*> spans;
    std::vector<Fragment> frs = fragments(to_u32(text::fold(v)));
    for (const Fragment& f : frs) {
      const value::End& e = f.v.lo.unit.empty() ? f.v.hi : f.v.lo;
      if (f.v.type == value::Value::Type::Quantity && !e.unit.empty() &&
          units::conversion(e.unit, "月").ok)
        spans.push_back(&f);
    }
    if (spans.size() == 1) {
      c.value = spans[0]->text;
      c.parsed = spans[0]->v;
      c.fits = true;
    } else if (spans.empty()) {
      period_as_dates(c, v);
    }
  }
  return c;
}

void Extraction::label_value(const std::u32string& label_text, const std::string& value,
                             const Place& p, const std::string& quote) {
  std::string v(text::trim(value));
  if (v.empty()) return;
  if (label_is(label_text, kTitleLabels, std::size(kTitleLabels)))
    titles.push_back({v, {}, p, quote});
  if (label_is(label_text, kDurationLabels, std::size(kDurationLabels)))
    durations.push_back(duration_cand(v, p, quote));
}

bool Extraction::inside_name(const std::u32string& clause, const Fragment& f) const {
  if (name_numbers.empty()) return false;
  std::size_t a = f.start >= 8 ? f.start - 8 : 0;
  std::u32string local = drop_particles(
      strip_spaces(std::u32string_view(clause).substr(a, std::min(clause.size(), f.end + 8) - a)));
  std::u32string digits;  // the fragment's own number, which the name must hold
  for (std::size_t i = f.start; i < f.end && i < clause.size(); ++i) {
    if (is_digit(clause[i]) || (!digits.empty() && clause[i] == U'.'))
      digits += clause[i];
    else if (!digits.empty())
      break;
  }
  for (const auto& core : name_numbers)
    if (core.find(digits) != std::u32string::npos && local.find(core) != std::u32string::npos)
      return true;
  return false;
}

// `s` with every indicator's name (titles, aliases) taken out.
std::u32string Extraction::without_names(std::u32string s) const {
  // (a name with a character `s` lacks cannot be in it: most names are not)
  const std::uint64_t in_s = char_buckets(s);
  for (std::size_t i = 0; i < all_keys.size(); ++i) {
    if ((all_key_buckets[i] & ~in_s) != 0) continue;
    const std::u32string& k = all_keys[i];
    for (std::size_t at = s.find(k); at != std::u32string::npos; at = s.find(k, at))
      s.replace(at, k.size(), U"·");
  }
  if (!has_distractor(s)) return s;  // nothing left to hide
  // a name written in part (“国内外主流船级社认可” of 获得认可的国内外主流船级社数,
  // “regional methane budget flux estimates”): its longest run of 5 Chinese
  // characters, or 20 English letters (a run across words is shorter), goes too
  const Pairs runs(s);  // names' prefilter: most keys share no run with s
  for (const Spec& sp : specs)
    for (const Key& key : sp.keys) {
      const std::u32string& k = key.text;
      const std::size_t floor = !k.empty() && k[0] < 0x2e80 ? 20 : 5;
      // the position is looked for only when a long enough run is there
      if (k.size() < floor || !runs.any_of(key.pairs) || common_run(s, k) < floor) continue;
      std::size_t best = 0, at = 0;
      for (std::size_t i = 0; i < s.size(); ++i)
        for (std::size_t j = 0; j < k.size(); ++j) {
          std::size_t l = 0;
          while (i + l < s.size() && j + l < k.size() && s[i + l] == k[j + l]) ++l;
          if (l > best) best = l, at = i;
        }
      if (best >= floor) s.replace(at, best, U"·");
    }
  return s;
}

// Whether clause k is one category's words and nothing else
// (“…：海洋；项目还将在暖温地区建站。” ends the list at 海洋).
bool Extraction::one_category(const std::vector<Clause>& cls, std::size_t k) const {
  std::u32string item = strip_spaces(cls[k].text);
  for (std::u32string_view lead : {U"andalso", U"and", U"or", U"以及", U"和", U"及"})
    if (item.rfind(lead, 0) == 0) {
      item.erase(0, lead.size());
      break;
    }
  for (const Spec& sp : specs)
    for (const auto& words : sp.categories)
      for (const auto& w : words)
        if (w.first == item) return true;
  return false;
}

// A categorical indicator (“气候区：暖温、亚湿热、海洋”): a sentence that
// names it and states at least one of its categories in the rule's words
// (zh or en). The value is those words, in the order written; a sentence
// that names no category of the rule is only a mention, never a value.
void Extraction::categorical_sentence(const std::u32string& para, const std::vector<Clause>& cls,
                                      std::size_t first, const Place& place,
                                      const std::string& text) {
  if (std::none_of(specs.begin(), specs.end(),
                   [](const Spec& sp) { return sp.kind == Kind::Categorical; }))
    return;
  // the sentence as written (brackets kept: “自动发电控制（AGC）”)
  std::size_t last = first;
  while (last + 1 < cls.size() && cls[last + 1].sentence == cls[first].sentence) ++last;
  // “X: a; b; c.”, “X包括：A；B；C。”: after a colon, semicolons separate the
  // items of the list it opens, up to the full stop
  auto ends_at = [&](std::size_t k) {
    std::size_t e = cls[k].offset + cls[k].text.size();
    return e < para.size() ? para[e] : U'\0';
  };
  bool colon = false;
  for (std::size_t k = first; k < last; ++k)
    colon = colon || ends_at(k) == U':' || ends_at(k) == U'：';
  // each further item must be one category's words and nothing else
  if (colon)
    while (last + 1 < cls.size() && (ends_at(last) == U';' || ends_at(last) == U'；') &&
           one_category(cls, last + 1) &&
           (last + 2 >= cls.size() || cls[last + 2].sentence != cls[last + 1].sentence))
      ++last;
  std::u32string flat = strip_spaces(
      para.substr(cls[first].offset, cls[last].offset + cls[last].text.size() - cls[first].offset));
  std::u32string named_text = drop_particles(flat);
  Pairs named_pairs(named_text);
  std::vector<std::size_t> best;
  std::size_t top = 0;
  std::vector<std::pair<std::size_t, std::string>> found;  // spec, value
  for (std::size_t k = 0; k < specs.size(); ++k) {
    const Spec& sp = specs[k];
    if (sp.kind != Kind::Categorical) continue;
    std::size_t run = 0;
    for (const auto* keys : {&sp.keys, &sp.guide})
      for (const Key& key : *keys) {
        std::size_t r;
        if (named_pairs.any_of(key.pairs) && names(named_text, key.text, &r))
          run = std::max(run, r);
      }
    if (run == 0) continue;
    std::string v = categories_in(sp, flat);
    if (v.empty()) {
      Cand c{std::string(text::trim(to_utf8(cls[first].text))),
             {},
             at_column(place, cls[first].offset),
             trim_quote(text)};
      c.fits = false;
      cands[k].push_back(c);
      continue;
    }
    if (run > top) top = run, best.clear();
    if (run == top) best.push_back(k);
    found.emplace_back(k, v);
  }
  for (const auto& [k, v] : found) {
    if (std::find(best.begin(), best.end(), k) == best.end()) continue;
    Cand c{v, {}, at_column(place, cls[first].offset), trim_quote(text)};
    c.run = top;
    c.ambiguous = best.size() > 1 || has_negation(flat);
    c.doubt = list_doubt(specs[k], list_form(std::u32string_view(para).substr(
                                       cls[first].offset, cls[last].offset + cls[last].text.size() -
                                                              cls[first].offset)));
    cands[k].push_back(c);
  }
}

// The indicator named right after a number, for a value written before its
// name (“形成 4 项标准建议稿”, “a 97% early-warning accuracy”): the rest of
// the sentence, past linking words (的, 以上, a, the, of), must begin with
// the name of the indicator it names best, the name must end there (what
// follows is no more of the noun phrase: “3 次标准建议稿研讨” counts
// seminars, “3 个典型事故形态数据库” databases), a count's measure word
// must be the rule's, and the rest holds no distractor.
std::vector<std::size_t> Extraction::named_after(std::u32string_view rest_raw,
                                                 const value::Value& v, std::size_t& run) const {
  std::vector<std::size_t> none;
  run = 0;
  std::u32string lowered(rest_raw);
  for (char32_t& ch : lowered)
    if (ch >= U'A' && ch <= U'Z') ch += 32;
  std::u32string_view r(lowered);
  while (!r.empty() && (r[0] == U' ' || r[0] == U'\t')) r.remove_prefix(1);
  // whole words only: the “a” of “a 25 cm² active area” is not the a of “active”
  for (std::u32string_view w :
       {U"以上", U"以下", U"以内", U"of the ", U"of ", U"the ", U"an ", U"a "})
    if (r.substr(0, w.size()) == w) {
      r.remove_prefix(w.size());
      break;
    }
  std::u32string rest = drop_particles(strip_spaces(r));
  if (rest.size() < 2 || has_distractor(without_names(rest))) return none;
  std::vector<std::size_t> named = best_specs(specs, rest, true, run);
  if (named.size() != 1) return named;  // none, or several: never sure anyway
  const Spec& sp = specs[named[0]];
  if (sp.kind == Kind::Count)
    for (const value::End* e : {&v.lo, &v.hi})
      if (!e->infinite() && !e->unit.empty() && e->unit != sp.unit) return none;
  // how far the rest spells one of the names from its start
  std::size_t spelt = 0;
  for (const Key& key : sp.keys) {
    std::size_t n = 0;
    while (n < key.text.size() && n < rest.size() && key.text[n] == rest[n]) ++n;
    spelt = std::max(spelt, n);
  }
  bool ascii = is_ascii_letter(rest[0]);
  if (spelt < (ascii ? 8u : 3u) || spelt < run) return none;
  // where that ends in the written text (spaces and 的/之 are not in `rest`)
  std::size_t at = 0;
  for (std::size_t n = 0; at < r.size() && n < spelt; ++at)
    if (r[at] != U' ' && r[at] != U'\t' && r[at] != U'的' && r[at] != U'之') ++n;
  std::u32string_view after = r.substr(at);
  if (after.empty()) return named;
  if (ascii) {
    if (after[0] != U' ')
      return after[0] < 0x80 && !is_ascii_letter(after[0]) && !is_digit(after[0]) ? named : none;
    while (!after.empty() && after[0] == U' ') after.remove_prefix(1);
    for (std::u32string_view w :
         {U"of ", U"in ", U"at ", U"for ", U"under ", U"by ", U"with ", U"is ", U"will ", U"shall ",
          U"and ", U"to ", U"on ", U"within ", U"as ", U"which ", U"that ", U"("})
      if (after.substr(0, w.size()) == w) return named;
    return none;
  }
  while (!after.empty() && (after[0] == U' ' || after[0] == U'的')) after.remove_prefix(1);
  for (std::u32string_view w :
       {U"为", U"作为", U"目标", U"是", U"和", U"及", U"与", U"、", U"等", U"(", U"（"})
    if (after.substr(0, w.size()) == w) return named;
  return none;
}

// "项目名称：…" lines: whether the text is a form's field (then nothing more
// is read from it).
bool Extraction::form_field(const std::string& text, const Place& place) {
  bool field = false;
  for (const char* sep : {"：", ":"}) {
    auto pos = text.find(sep);
    if (pos != std::string::npos && pos < 40) {
      std::u32string label = match_form(text.substr(0, pos));
      label_value(label, text.substr(pos + std::string(sep).size()), place, trim_quote(text));
      field = field || form_label(label);
    }
  }
  return field;
}

// The research items the text names: how closely it names the best.
std::size_t Extraction::research_mentions(const std::string& text, const Place& place,
                                          bool heading) {
  std::u32string m = match_form(text);
  std::size_t research_run = 0;
  const std::u32string& mp = m;
  Pairs m_pairs(mp);
  // How closely the text names each item by words of its own, and by its
  // titles (keys 0 and 1; the guide's sentence, key 2, may be shared whole by
  // several items). An item whose title has no words of its own (all shared
  // with other items) is named when no other title is named more closely.
  std::vector<std::size_t> own(items.size(), 0), title(items.size(), 0);
  for (std::size_t i = 0; i < items.size(); ++i) {
    const Item& it = items[i];
    for (std::size_t ki = 0; ki < it.keys.size(); ++ki) {
      const Key& k = it.keys[ki];
      if (!m_pairs.any_of(k.pairs)) continue;
      std::size_t r;
      if (!names(mp, k.text, &r)) continue;
      if (ki < 2 && it.pieces[ki].empty() && r * 2 >= k.text.size())
        title[i] = std::max(title[i], r);
      if (!it.pieces[ki].empty() && names_distinctly(mp, it.pieces[ki]))
        own[i] = std::max(own[i], r);
    }
  }
  // “（1）主要排放部门非二氧化碳温室气体的减排战略路径”: a text that writes one
  // item's title whole names no other item by the words the two titles share
  // (…的排放情景 shares all of “主要排放部门非二氧化碳温室气体的”)
  std::vector<const std::u32string*> whole;
  std::size_t named_items = 0;
  for (std::size_t i = 0; i < items.size(); ++i) named_items += own[i] > 0 || title[i] > 0;
  for (const Item& it : items)
    for (std::size_t ki = 0; named_items > 1 && ki < 2 && ki < it.keys.size(); ++ki)
      if (it.keys[ki].text.size() >= 4 && mp.find(it.keys[ki].text) != std::u32string::npos)
        whole.push_back(&it.keys[ki].text);
  for (std::size_t i = 0; i < items.size() && !whole.empty(); ++i) {
    std::size_t named = std::max(own[i], title[i]);
    if (named == 0) continue;
    bool written = false, explained = false;
    for (std::size_t ki = 0; ki < 2 && ki < items[i].keys.size(); ++ki)
      for (const std::u32string* w : whole) {
        written = written || *w == items[i].keys[ki].text;
        explained = explained || common_run(*w, items[i].keys[ki].text) >= named;
      }
    if (!written && explained) own[i] = title[i] = 0;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    Item& it = items[i];
    std::size_t best = own[i];
    if (best == 0 && title[i] > 0) {
      bool closest = true;
      for (std::size_t j = 0; j < items.size(); ++j)
        for (std::size_t kj = 0; kj < 2 && kj < items[j].keys.size() && j != i; ++kj)
          closest = closest && common_run(mp, items[j].keys[kj].text) <= title[i];
      if (closest) best = title[i];
    }
    research_run = std::max(research_run, best);
    if (best > 0) {
      Cand c{trim_quote(std::string(text::trim(text)), 400), {}, place, trim_quote(text)};
      c.run = best;
      c.table = heading;                // a heading that names the item ranks first
      c.ambiguous = !research_section;  // elsewhere: for the applicant to confirm
      it.cands.push_back(c);
    }
  }
  return research_run;
}

// Headings of the sections on what exists already: the team's record, the
// state of the art. Nothing in them commits the project to a value.
const char* const kBackgroundHeadings[] = {
    "研究基础", "工作基础", "前期基础", "前期工作", "研究现状", "国内外现状", "发展现状",
    "researchfoundation", "researchbackground", "stateoftheart", "previouswork", "priorwork",
    "工作积累", "研究积累", "已有成果", "前期成果", "trackrecord", "现有基础", "已有基础",
    "已有工作", "前期研究", "preliminarywork", "preliminaryresults", "preliminarystudies",
    "existingwork", "existingbasis", "researchbasis", "workingconditions", "工作条件",
    // why the project is needed: the field's figures, not the project's
    "立项依据", "项目背景", "研究背景", "background", "rationale", "可行性", "feasibility",
    "previousachievements", "priorachievements", "achievementstodate",
    // the schedule and the budget restate targets by month or cost them: the
    // indicator section states what is committed
    "进度安排", "进度计划", "年度计划", "时间安排", "schedule", "timeline", "timetable", "经费预算",
    "预算", "budget"};

void Extraction::background_section(const std::string& text, int level) {
  if (level <= 0) return;
  if (background && level > background) return;  // a subsection of it
  background = 0;
  std::u32string flat = strip_spaces(to_u32(text::fold(text)));
  for (const char* w : kBackgroundHeadings)
    if (flat.find(to_u32(w)) != std::u32string::npos) background = level;
  // “项目背景与目标”, “Schedule and deliverables”: a heading that also names
  // what the project commits to opens no such section
  std::u32string low = flat;
  for (char32_t& c : low)
    if (c >= U'A' && c <= U'Z') c += 32;
  if (background && contains_any(low, {U"目标", U"指标", U"成果", U"objective", U"target",
                                       U"indicator", U"deliverable", U"outcome", U"output"}))
    background = 0;
}

// “1．与国外联合出版设计指南” / “完成时指标：达到1部。”: a list whose item
// paragraph holds only an indicator's name and whose next paragraph its value.
// A paragraph right after a name-only one, stating one number that no words of
// its own give to an indicator, states that indicator's value; distractors
// (中期, 国际, 前期 …) still keep the number out.
// “牵头单位：新疆大学（中国，高等院校）”, “Partner: CSIRO (Australia, research
// institute)”, “参与单位：重庆大学、瑞典皇家理工学院（瑞典）”: participating
// units on a line of their own, the label giving the role and a bracket
// after each name its country (one ICU or the form knows, or the line is not
// read) and kind; a name without a bracket is read, its country not stated,
// only when it ends as an organisation's does. Used when the document has no
// participating-units table.
// Whether `name` ends as the name of an organisation does (大学, 研究所,
// 公司, University, Institute, GmbH …): a unit written without a bracket is
// read only then, never “待定” or “to be confirmed”.
bool organisation_name(std::u32string_view name) {
  static const std::u32string_view kEnds[] = {U"大学",
                                              U"学院",
                                              U"研究院",
                                              U"研究所",
                                              U"公司",
                                              U"医院",
                                              U"中心",
                                              U"实验室",
                                              U"集团",
                                              U"科学院",
                                              U"university",
                                              U"institute",
                                              U"college",
                                              U"company",
                                              U"ltd",
                                              U"ltd.",
                                              U"inc.",
                                              U"gmbh",
                                              U"centre",
                                              U"center",
                                              U"hospital",
                                              U"laboratory",
                                              U"academy",
                                              U"council",
                                              U"corporation",
                                              U"foundation",
                                              U"organisation",
                                              U"organization",
                                              U"agency",
                                              U"school",
                                              U"institute of technology",
                                              U"university of technology"};
  std::u32string low(name);
  for (char32_t& c : low)
    if (c >= U'A' && c <= U'Z') c += 32;
  for (auto e : kEnds)
    if (low.size() > e.size() && low.ends_with(e)) return true;
  return false;
}

// The role a unit line's label gives (“牵头单位”, “Partner”), or nullptr when
// the label is none of a unit's.
const char* unit_label_role(std::u32string label, std::string* implied_country = nullptr) {
  static const std::pair<std::u32string_view, const char*> kLabels[] = {
      {U"牵头单位", "lead"},
      {U"牵头承担单位", "lead"},
      {U"项目牵头单位", "lead"},
      {U"牵头申报单位", "lead"},
      {U"承担单位", "lead"},
      {U"参与单位", "member"},
      {U"合作单位", "member"},
      {U"外方合作单位", "member"},
      {U"leadorganisation", "lead"},
      {U"leadorganization", "lead"},
      {U"leadinstitution", "lead"},
      {U"leadapplicant", "lead"},
      {U"partner", "member"},
      {U"partners", "member"},
      {U"participant", "member"},
      {U"participants", "member"},
      {U"participatingorganisation", "member"},
      {U"participatingorganization", "member"},
      {U"participatingorganisations", "member"},
      {U"participatingorganizations", "member"},
      {U"partnerorganisation", "member"},
      {U"partnerorganization", "member"}};
  while (!label.empty() && std::u32string_view(U"*_").find(label.back()) != std::u32string::npos)
    label.pop_back();
  while (!label.empty() && std::u32string_view(U"*_").find(label.front()) != std::u32string::npos)
    label.erase(0, 1);
  // “Partner 1”, “参与单位二”: a numbered label is the label
  while (!label.empty() && (is_digit(label.back()) || chinese_digit(label.back()) ||
                            label.back() == U'#' || label.back() == U'.'))
    label.pop_back();
  // “Chinese partners”, “国内参与单位”: the label may say where the units are
  static const std::pair<std::u32string_view, const char*> kWhere[] = {
      {U"", ""},       {U"chinese", "CN"}, {U"domestic", "CN"},    {U"国内", "CN"},
      {U"中方", "CN"}, {U"foreign", ""},   {U"international", ""}, {U"overseas", ""},
      {U"国外", ""},   {U"外方", ""},      {U"境外", ""}};
  for (const auto& [where, country] : kWhere) {
    if (label.compare(0, where.size(), where) != 0) continue;
    std::u32string_view core = std::u32string_view(label).substr(where.size());
    for (const auto& [l, r] : kLabels)
      if (core == l) {
        if (implied_country) *implied_country = country;
        return r;
      }
  }
  return nullptr;
}

// The units of a line's list: parts between 、；; outside brackets (“A、B
// （瑞典）、C（丹麦）”), or between commas when every part ends with its
// bracket (“KTH (Sweden), DTU (Denmark)”).
std::vector<std::u32string> unit_parts(const std::u32string& rest) {
  auto split = [&](std::u32string_view seps) {
    std::vector<std::u32string> parts;
    std::u32string cur;
    int depth = 0;
    for (char32_t c : rest) {
      if (c == U'(') ++depth;
      if (c == U')' && depth > 0) --depth;
      if (depth == 0 && seps.find(c) != std::u32string_view::npos) {
        parts.push_back(cur);
        cur.clear();
        continue;
      }
      cur += c;
    }
    parts.push_back(cur);
    for (auto& p : parts) p = to_u32(std::string(text::trim(to_utf8(p))));
    return parts;
  };
  std::vector<std::u32string> parts = split(U"、；;");
  if (parts.size() == 1) {
    std::vector<std::u32string> by_comma = split(U",，");
    if (by_comma.size() > 1 && std::all_of(by_comma.begin(), by_comma.end(), [](const auto& p) {
          return !p.empty() && p.back() == U')';
        }))
      parts = by_comma;
  }
  return parts;
}

// One unit of the list: its name, and the country (and kind) its bracket
// gives; nothing when the part is no unit's (a bracket naming no country,
// no organisation's name, a sentence).
std::optional<FoundParticipant> unit_of(const std::u32string& part) {
  if (part.empty() || part.size() > 200 || part.find_first_of(U"，。") != std::u32string::npos)
    return std::nullopt;
  FoundParticipant fp;
  // the bracket the part ends with, matched (“UN-Habitat (Kenya, other
  // (international organisation))”)
  std::size_t open = std::u32string::npos;
  for (std::size_t i = part.size(), depth = 0; i-- > 0;) {
    if (part[i] == U')') ++depth;
    if (part[i] == U'(' && depth > 0 && --depth == 0) {
      open = i;
      break;
    }
  }
  if (part.back() == U')' && open != std::u32string::npos && open > 0) {
    std::u32string inside = part.substr(open + 1, part.size() - open - 2);
    std::size_t comma = inside.find_first_of(U",，、");
    fp.name = std::string(text::trim(to_utf8(part.substr(0, open))));
    fp.country_text = std::string(text::trim(to_utf8(inside.substr(0, comma))));
    fp.country = country_code(fp.country_text);
    // “BGI Genomics Co., Ltd. (enterprise)”: a bracket of the kind alone
    if (fp.country.empty() && comma == std::u32string::npos && !kind_of(fp.country_text).empty()) {
      fp.kind_text = fp.country_text;
      fp.kind = kind_of(fp.kind_text);
      fp.country_text.clear();
      return fp.name.empty() ? std::nullopt : std::optional<FoundParticipant>(fp);
    }
    // a bracket that names no country (“（牵头）”) leaves the line unread
    if (fp.country.empty()) return std::nullopt;
    if (comma != std::u32string::npos) {
      fp.kind_text = std::string(text::trim(to_utf8(inside.substr(comma + 1))));
      fp.kind = kind_of(fp.kind_text);
    }
  } else {
    // no bracket: the country is not stated; read only an organisation's name
    if (!organisation_name(part)) return std::nullopt;
    fp.name = to_utf8(part);
  }
  if (fp.name.empty()) return std::nullopt;
  if (fp.kind.empty() && fp.kind_text.empty()) {  // the name may say (大学, 医院 …)
    fp.kind = kind_of(fp.name);
    if (!fp.kind.empty()) fp.kind_text = fp.name;
  }
  return fp;
}

std::vector<FoundParticipant> participant_line(const std::string& text, const Place& place);

// “Lead organisation: X (China, hospital). Chinese partners: A (university);
// B (institute). Foreign partners: …”: a paragraph of several labelled
// lists, cut where a sentence ends and the next opens with a unit's label.
// One piece when it holds no such cut.
std::vector<std::string> unit_sentences(const std::string& text) {
  std::u32string u = to_u32(text);
  std::vector<std::string> out;
  std::size_t start = 0;
  for (std::size_t i = 0; i + 1 < u.size(); ++i) {
    bool end = u[i] == U'。' || u[i] == U'；' || (u[i] == U'.' && u[i + 1] == U' ');
    if (!end) continue;
    std::size_t next = i + 1;
    while (next < u.size() && u[next] == U' ') ++next;
    std::size_t colon = u.find_first_of(U":：", next);
    if (colon == std::u32string::npos || colon - next > 40) continue;
    if (!unit_label_role(match_form(to_utf8(u.substr(next, colon - next))))) continue;
    out.push_back(to_utf8(u.substr(start, i + 1 - start)));
    start = next;
  }
  out.push_back(to_utf8(u.substr(start)));
  return out;
}

std::vector<FoundParticipant> participant_line(const std::string& text, const Place& place) {
  // most paragraphs are none: a label's colon near the start, the label a
  // unit's (单位, lead, partner, particip…)
  std::size_t raw_colon = std::min(text.find(':'), text.find("："));
  if (raw_colon == std::string::npos || raw_colon > 120) return {};
  std::string head = text.substr(0, raw_colon);
  for (char& c : head)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  if (head.find("单位") == std::string::npos && head.find("lead") == std::string::npos &&
      head.find("partner") == std::string::npos && head.find("particip") == std::string::npos)
    return {};
  if (std::vector<std::string> pieces = unit_sentences(text); pieces.size() > 1) {
    std::vector<FoundParticipant> all;
    for (const std::string& piece : pieces) {
      std::vector<FoundParticipant> some = participant_line(piece, place);
      if (some.empty()) return {};  // every piece a list of units, or none read
      for (FoundParticipant& fp : some) all.push_back(std::move(fp));
    }
    return all;
  }
  std::u32string u = to_u32(text::fold(text));
  std::size_t colon = u.find_first_of(U":：");
  if (colon == std::u32string::npos || colon > 40) return {};
  std::string implied;  // “Chinese partners: …”
  const char* role = unit_label_role(match_form(to_utf8(u.substr(0, colon))), &implied);
  if (!role) return {};
  std::u32string rest = u.substr(colon + 1);
  // the line's closing mark, not an abbreviation's full stop (“… Diesel Ltd.”,
  // “Co.”, “e.V.”: a word of at most four letters before it)
  auto abbreviation = [&] {
    std::size_t k = rest.size() - 1, w = k;
    while (w > 0 && (is_ascii_letter(rest[w - 1]) || rest[w - 1] == U'.')) --w;
    return rest[k] == U'.' && k > w && k - w <= 4 && (w == 0 || rest[w - 1] == U' ');
  };
  while (!rest.empty() &&
         std::u32string_view(U" 。.;；*_").find(rest.back()) != std::u32string::npos &&
         !abbreviation())
    rest.pop_back();
  std::vector<FoundParticipant> out;
  for (const std::u32string& part : unit_parts(rest)) {
    std::optional<FoundParticipant> fp = unit_of(part);
    if (!fp) return {};
    if (fp->country.empty() && !implied.empty()) {
      fp->country = implied;
      fp->country_text = to_utf8(u.substr(0, colon));
    }
    fp->role = role;
    fp->role_text = to_utf8(u.substr(0, colon));
    fp->place = place;
    fp->quote = trim_quote(text);
    out.push_back(std::move(*fp));
  }
  return out;
}

// “国别：中国；单位性质：医院”, “Country: Norway; Type: research institute”: a
// line of the unit's fields under a unit's line. Every field must be a
// country's or a kind's; nothing when the line is no such line.
struct UnitFields {
  std::string country, kind, country_text, kind_text;
};
std::optional<UnitFields> unit_fields(const std::string& text) {
  std::u32string u = to_u32(text::fold(text));
  if (u.size() > 120) return std::nullopt;
  UnitFields f;
  std::size_t at = 0;
  while (at < u.size()) {
    std::size_t end = std::min(u.find_first_of(U";；,，", at), u.size());
    std::u32string field = u.substr(at, end - at);
    at = end + 1;
    std::size_t colon = field.find_first_of(U":：");
    if (colon == std::u32string::npos) return std::nullopt;
    std::u32string label = match_form(to_utf8(field.substr(0, colon)));
    std::string value(text::trim(to_utf8(field.substr(colon + 1))));
    if (contains_any(label, {U"国别", U"国家", U"所在国", U"country"})) {
      f.country_text = value;
      f.country = country_code(value);
      if (f.country.empty()) return std::nullopt;
    } else if (contains_any(label, {U"性质", U"类型", U"类别", U"type", U"kind", U"nature"})) {
      f.kind_text = value;
      f.kind = kind_of(value);
    } else {
      return std::nullopt;
    }
  }
  if (f.country.empty() && f.kind.empty()) return std::nullopt;
  return f;
}

// A unit's fields given on their own line: the country where its line named
// none, the kind stated over the one its name suggested.
void apply_fields(FoundParticipant& fp, const UnitFields& f) {
  if (fp.country.empty() && !f.country.empty()) {
    fp.country = f.country;
    fp.country_text = f.country_text;
  }
  if (!f.kind.empty()) {
    fp.kind = f.kind;
    fp.kind_text = f.kind_text;
  }
}

// A unit's line, and its fields on the same paragraph's next line (“Lead
// organisation: X” / “Country: China; type: university”, one list item), or
// the line alone (participant_line).
std::vector<FoundParticipant> unit_with_fields(const std::string& text, const Place& place) {
  if (text.find("ountry") == std::string::npos && text.find("国别") == std::string::npos &&
      text.find("国家") == std::string::npos)
    return participant_line(text, place);
  std::u32string u = to_u32(text::fold(text)), low = u;
  for (char32_t& c : low)
    if (c >= U'A' && c <= U'Z') c += 32;
  std::size_t at = std::u32string::npos;
  for (std::u32string_view label :
       {U"country:", U"country :", U"国别:", U"国别：", U"国家:", U"国家："})
    at = std::min(at, low.find(label));
  if (at != std::u32string::npos && at > 0) {
    std::u32string head = u.substr(0, at);
    while (!head.empty() && head.back() == U' ') head.pop_back();
    std::vector<FoundParticipant> fps = participant_line(to_utf8(head), place);
    // “Research Institute (CSSC 711)”: with the fields below, a bracket that
    // is no country's is the name's own
    std::size_t open = head.rfind(U'(');
    if (fps.empty() && !head.empty() && head.back() == U')' && open != std::u32string::npos) {
      fps = participant_line(to_utf8(head.substr(0, open)), place);
      if (fps.size() == 1) fps[0].name += " " + to_utf8(head.substr(open));
    }
    std::optional<UnitFields> f = unit_fields(to_utf8(u.substr(at)));
    if (fps.size() == 1 && f) {
      apply_fields(fps[0], *f);
      fps[0].quote = trim_quote(text);
      return fps;
    }
  }
  return participant_line(text, place);
}

void Extraction::paragraph(const std::string& text, const Place& place, int heading_level) {
  section(text, heading_level);
  background_section(text, heading_level);
  std::size_t unit_above = std::exchange(last_line_unit, SIZE_MAX);
  if (heading_level == 0 && unit_above != SIZE_MAX)
    if (std::optional<UnitFields> f = unit_fields(text)) {
      apply_fields(line_participants[unit_above], *f);
      return;
    }
  if (heading_level == 0)
    if (std::vector<FoundParticipant> fps = unit_with_fields(text, place); !fps.empty()) {
      std::string alone = fps.size() == 1 ? fps[0].name : "";
      // “牵头申报单位：X” in the cover and “牵头单位：X” under 组成单位: one unit
      for (FoundParticipant& fp : fps)
        if (std::none_of(line_participants.begin(), line_participants.end(),
                         [&](const FoundParticipant& o) { return o.name == fp.name; }))
          line_participants.push_back(std::move(fp));
      // one unit on its line: the next line may give its fields
      for (std::size_t i = 0; i < line_participants.size() && !alone.empty(); ++i)
        if (line_participants[i].name == alone) last_line_unit = i;
      return;
    }
  para_lead = std::exchange(name_para, {});
  running(text, place, heading_level > 0);
  para_lead.clear();
  name_para = name_only(text);
}

// A heading opens the research contents or, at their level or above, closes
// them. A form's section title written as a paragraph (research.h) opens
// them too; one closes them when it has the opener's kind of ordinal, or a
// top-level Chinese one (三、, 第三部分) after a heading opened them.
void Extraction::section(const std::string& text, int level) {
  if (level == 0 && text.size() > 160) return;
  std::u32string m = match_form(text);
  int style = level == 0 ? section_title(m) : 0;
  if (level == 0 && style == 0) return;
  if (research_heading(m)) {
    research_section = true;
    research_level = level == 0 ? 1 : level;
    research_style = style;
    return;
  }
  if (!research_section) return;
  bool closes = level > 0 ? level <= research_level
                          : style == research_style || (research_style == 0 && style <= 2);
  if (closes) {
    research_section = false;
    research_level = research_style = 0;
  }
}

// The one numeric indicator a paragraph is only the name of: no number (but
// one inside the name), no other indicator named as closely, no qualitative
// commitment named more closely, and the name at least half the paragraph.
std::vector<std::size_t> Extraction::name_only(const std::string& text) const {
  std::u32string p = to_u32(text::fold(text));
  std::u32string rest = p.substr(std::min(p.size(), list_ordinal(text, p)));
  while (!rest.empty() && std::u32string_view(U"：:。. ").find(rest.back()) != std::u32string::npos)
    rest.pop_back();
  if (rest.empty() || rest.size() > 160) return {};
  for (const Fragment& f : fragments(rest))
    if (!inside_name(rest, f)) return {};
  std::u32string flat = strip_spaces(rest);
  std::size_t run, qrun;
  std::vector<std::size_t> named = best_specs(specs, flat, true, run);
  best_specs(specs, flat, false, qrun);
  if (named.size() != 1 || qrun > run || run * 2 < flat.size()) return {};
  // “Clinical decision support systems: three developed”: a label naming it
  // before a colon, and words after it, is a statement (in words the number
  // reader does not take), not a name waiting for its value
  std::size_t colon = rest.find_first_of(U"：:");
  if (colon != std::u32string::npos && !strip_spaces(rest.substr(colon + 1)).empty()) {
    std::size_t hrun;
    if (best_specs(specs, strip_spaces(rest.substr(0, colon)), true, hrun) == named && hrun == run)
      return {};
  }
  return named;
}

// Running text: a paragraph, or a cell outside indicator and participant tables.
// `lead`: for a cell of a table that is no indicator table, the indicators
// the row's earlier cells name ("储能密度 | ≥ 35 千瓦时/立方米").
// How many numbers a paragraph states as its own: those in a sentence about
// the mid-term target (“项目完成时：不短于152米；中期：完成143米分段样件设计”)
// are not, as the form asks for the final one.
std::size_t numbers_stated(const Reading& rd) {
  static const std::vector<std::u32string> midterm = {U"中期", U"mid-term", U"midterm", U"interim"};
  std::set<std::size_t> skipped;
  for (const Clause& cl : rd.cls) {
    std::u32string low = strip_spaces(cl.text);
    for (char32_t& ch : low)
      if (ch >= U'A' && ch <= U'Z') ch += 32;
    if (contains_any(low, midterm)) skipped.insert(cl.sentence);
  }
  std::size_t n = 0;
  for (const Clause& cl : rd.cls)
    if (!skipped.count(cl.sentence)) n += fragments(cl.text).size();
  return n;
}

void Extraction::running(const std::string& text, const Place& place, bool heading,
                         const std::vector<std::size_t>& lead) {
  if (form_field(text, place)) return;
  std::size_t research_run = research_mentions(text, place, heading);
  if (heading) return;
  if (background) return;  // the team's record, others' figures: no commitment
  Reading rd(text, place, research_run);
  if (!para_lead.empty() && numbers_stated(rd) == 1) rd.para_lead = para_lead;
  for (std::size_t ci = 0; ci < rd.cls.size(); ++ci) clause(rd, ci, lead);
}

void Extraction::clause(Reading& rd, std::size_t ci, const std::vector<std::size_t>& lead) {
  const Clause& cl = rd.cls[ci];
  if (cl.sentence != rd.prev_sentence) {
    rd.prev_specs.clear();
    if (cl.sentence == 0) rd.prev_specs = lead;
    categorical_sentence(rd.p, rd.cls, ci, rd.place, rd.text);
    rd.last_sentence_specs =
        rd.sentence_specs.size() == 1 ? rd.sentence_specs : std::vector<std::size_t>{};
    rd.sentence_specs.clear();
    rd.sentence_start = cl.offset;
  }
  rd.prev_sentence = cl.sentence;
  std::u32string flat = strip_spaces(cl.text);
  bool negated = has_negation(flat);
  qualitative(rd, cl, flat, negated);
  std::size_t from = 0;
  std::vector<std::size_t> named_here;
  numbers(rd, ci, from, named_here);
  carry_names(rd, cl, flat, from, named_here);
}

// qualitative commitments: the clause itself
// Whether a clause that names a commitment `s` by part of a Chinese name holds
// the name's head, its last two characters (“…技术指南”: 指南): “协同控制示范
// 城市不少于3个” shares 协同控制 with “协同控制技术指南” but counts cities.
bool holds_head(const Spec& s, std::u32string_view flat) {
  bool partial = false;
  for (const Key& k : s.keys) {
    if (!names(flat, k.text, nullptr)) continue;
    if (k.text.size() < 4 || k.text.back() < 0x80) return true;  // short, or English
    if (flat.find(std::u32string_view(k.text).substr(k.text.size() - 2)) != flat.npos) return true;
    partial = true;
  }
  return !partial;
}

void Extraction::qualitative(const Reading& rd, const Clause& cl, const std::u32string& flat,
                             bool negated) {
  std::size_t run, nrun;
  std::vector<std::size_t> q = best_specs(specs, flat, false, run);
  best_specs(specs, flat, true, nrun);
  // a research item's description is not a commitment to an indicator
  if (nrun >= run || rd.research_run >= run) q.clear();
  // “预期经济效益：…”: a label before a colon names the topic of what follows;
  // it states nothing itself
  std::size_t end = cl.offset + cl.text.size();
  if (end + 1 < rd.p.size() && (rd.p[end] == U'：' || rd.p[end] == U':')) q.clear();
  // “构建高性能催化材料的表征平台1个”: the name may qualify another noun
  std::u32string head_part =
      flat.substr(0, std::find_if(flat.begin(), flat.end(), is_digit) - flat.begin());
  std::u32string sentence =
      strip_spaces(std::u32string_view(rd.p).substr(rd.sentence_start, end - rd.sentence_start));
  for (std::size_t k : q) {
    if (specs[k].kind == Kind::Categorical) continue;  // categorical_sentence
    Cand c{std::string(text::trim(to_utf8(cl.text))),
           {},
           at_column(rd.place, cl.offset),
           trim_quote(rd.text)};
    c.run = run;
    c.ambiguous = q.size() > 1 || negated || !commits_to(specs[k], flat, sentence) ||
                  in_modifier(head_part, specs[k]) || !holds_head(specs[k], flat);
    cands[k].push_back(c);
  }
}

// The numbers of clause `ci`, each a candidate for the indicators that name it.
// Whether clause `ci` is a bracket opened right after a value (“NOx ≤ 100
// mg/Nm³ (6 % O2)”, “≤ 62 dB(A)（距离 7.5 m）”): it states the value's
// reference condition, so its numbers are no values of their own.
bool condition_bracket(const std::u32string& p, const std::vector<Clause>& cls, std::size_t ci) {
  const Clause& cl = cls[ci];
  if (ci == 0 || cl.offset == 0 || (p[cl.offset - 1] != U'(' && p[cl.offset - 1] != U'（'))
    return false;
  const Clause& prev = cls[ci - 1];
  if (prev.offset + prev.text.size() + 1 != cl.offset) return false;  // the bracket ends it
  std::u32string_view t(prev.text);
  while (!t.empty() && (t.back() == U' ' || t.back() == U'\t')) t.remove_suffix(1);
  if (t.empty() || t.size() > 400) return false;
  std::vector<Fragment> frs = fragments(std::u32string(t));
  if (frs.empty()) return false;
  // the value's unit may be one the value parser does not know (mg/Nm³):
  // one word of at most ten characters may follow the number
  std::u32string_view rest = t.substr(frs.back().end);
  if (!rest.empty() && rest.front() == U' ') rest.remove_prefix(1);
  return rest.size() <= 10 && rest.find(U' ') == std::u32string_view::npos;
}

// `from`: where the text after the last number read begins; `named_here`: the
// indicators the last number went to.
// “1 evaluation standard will be compiled, 2 national or industry standards
// will be drafted”: after a clause that stated its own number, an English
// number followed by a noun counts that noun, not what the clause before
// named (the words after the number are no function word: “62 % by 2027”,
// “3 or more”, “5 each” continue the name before).
bool counts_what_follows(std::u32string_view rest) {
  while (!rest.empty() && rest.front() == U' ') rest.remove_prefix(1);
  std::size_t n = 0;
  while (n < rest.size() && is_ascii_letter(rest[n])) ++n;
  if (n < 2) return false;
  std::u32string w(rest.substr(0, n));
  for (char32_t& c : w)
    if (c >= U'A' && c <= U'Z') c += 32;
  for (std::u32string_view stop :
       {U"or",           U"and",    U"each",  U"in",     U"per",   U"at",    U"for",    U"of",
        U"to",           U"from",   U"by",    U"with",   U"on",    U"than",  U"more",   U"less",
        U"is",           U"are",    U"will",  U"was",    U"were",  U"be",    U"has",    U"have",
        U"respectively", U"within", U"after", U"before", U"under", U"over",  U"above",  U"below",
        U"higher",       U"lower",  U"times", U"fold",   U"as",    U"when",  U"if",     U"which",
        U"that",         U"the",    U"a",     U"an",     U"or",    U"years", U"months", U"days"})
    if (w == stop) return false;
  return true;
}

void Extraction::numbers(Reading& rd, std::size_t ci, std::size_t& from,
                         std::vector<std::size_t>& named_here) {
  static const std::vector<std::u32string> kThisIndicator = {
      to_u32("该指标"), to_u32("此指标"), to_u32("上述指标"), to_u32("thisindicator")};
  const Clause& cl = rd.cls[ci];
  const std::u32string& p = rd.p;
  std::vector<Fragment> frs = fragments(cl.text);
  std::vector<std::size_t> resp = respectively_specs(specs, p, cl, frs, rd.sentence_start);
  for (std::size_t fi = 0; fi < frs.size(); ++fi) {
    const Fragment& f = frs[fi];
    std::u32string between = cl.text.substr(from, f.start - from);
    std::u32string subject = strip_spaces(between);
    std::u32string upto = strip_spaces(cl.text.substr(0, f.start));
    // the sentence up to the number, brackets kept (names hold brackets)
    std::u32string before = strip_spaces(
        std::u32string_view(p).substr(rd.sentence_start, cl.offset + f.start - rd.sentence_start));
    std::size_t digit = f.start;
    while (digit < f.end && !is_digit(cl.text[digit])) ++digit;
    if (tolerance_at(p, cl.offset + digit)) continue;  // “62%（±0.5%）”: the clause is cut at （
    if (fi == 0 && condition_bracket(p, rd.cls, ci)) break;  // “≤ 100 mg/Nm³ (6 % O2)”
    if (cl.offset + f.start < rd.ordinal_end || inside_name(cl.text, f) ||
        cross_reference(cl.text.substr(0, f.start)) || bracket_ordinal(p, cl.offset, cl.text))
      continue;
    from = f.end;
    for (char32_t& ch : between)
      if (ch >= U'A' && ch <= U'Z') ch += 32;
    if (not_a_value(rd, ci, frs, fi, between, before)) continue;
    std::size_t run;
    std::vector<std::size_t> named = owner(rd, ci, frs, fi, resp, subject, upto, between, run);
    // “开发新产品、新技术、新装备各2项”: the number for each of the names
    std::vector<std::size_t> each;
    if (!subject.empty() && subject.back() == U'各')
      each = each_specs(specs, upto.substr(0, upto.size() - 1));
    if (!each.empty()) named = each;
    // "电-电效率，达到 62%", "Draft standards: at least 4": a short subject, or
    // one of comparator words only, continues the previous clause's.
    if (named.empty() && without_comparators(subject).size() <= 6 &&
        !(counts_what_follows(std::u32string_view(cl.text).substr(f.end)) && ci > 0 &&
          rd.cls[ci - 1].sentence == cl.sentence && !fragments(rd.cls[ci - 1].text).empty()))
      named = rd.prev_specs;
    // “…X。该指标的考核值为 62%”: the one indicator the previous sentence named
    if (named.empty() && contains_any(upto, kThisIndicator)) named = rd.last_sentence_specs;
    // “1．预后预测模型” / “完成时指标：不少于3个。”: the name-only paragraph before
    // gives the number, or tells apart the indicators its own words name alike
    // (“Target at completion: at least 2 technologies”)
    if (named.empty() || (named.size() > 1 && rd.para_lead.size() == 1 &&
                          std::find(named.begin(), named.end(), rd.para_lead[0]) != named.end()))
      named = rd.para_lead;
    std::vector<std::size_t> fitting;
    bool ceiling = ceiling_before(std::u32string_view(cl.text).substr(0, f.start));
    for (std::size_t k : named)
      if (fits(specs[k], f.v) && !measure_word_differs(specs[k], f.v) &&
          !(ceiling && more_is_better(specs[k])))
        fitting.push_back(k);
    Cand c{f.text, f.v, at_column(rd.place, cl.offset + f.start), trim_quote(rd.text)};
    c.run = run;
    // the name only qualifies another noun, which is what is counted (the
    // sentence's words too: “Assays related to X: at least 3”)
    bool modifier = std::any_of(fitting.begin(), fitting.end(), [&](std::size_t k) {
      return in_modifier(subject, specs[k]) || in_modifier(before, specs[k]) ||
             english_of_head(between, spec_keys(specs[k]));
    });
    if (fitting.empty()) {
      if (named.size() == 1) {
        c.fits = false;
        cands[named[0]].push_back(c);
      }
      continue;
    }
    c.ambiguous = (fitting.size() > 1 && each.empty()) || modifier;
    for (std::size_t k : fitting) cands[k].push_back(c);
    named_here = named;
  }
}

// “力争2.5wt%，确保≥2.2wt%”, “aim for 95 %, at least 90 %”: a clause opening
// with a hope, in a sentence with a clause opening with a firm word, states
// what is hoped for; the firm value is the commitment. A hope alone is the
// applicant's target (docs/import.md).
bool hope_beside_firm(const std::vector<Clause>& cls, std::size_t ci, std::u32string_view before) {
  static const std::u32string_view kFirm[] = {U"确保",       U"保证",      U"至少",      U"不低于",
                                              U"不少于",     U"ensure",    U"guarantee", U"atleast",
                                              U"butatleast", U"committed", U"firm"};
  // the clause opens with the hope, or the hope comes right before the number
  // (“整车风阻系数Cd力争0.185”)
  if (!ends_with_hope(before) && !opens_with_hope(cls[ci].text)) return false;
  for (std::size_t k = 0; k < cls.size(); ++k) {
    if (k == ci || cls[k].sentence != cls[ci].sentence ||
        !std::any_of(cls[k].text.begin(), cls[k].text.end(), is_digit))
      continue;
    std::u32string low = strip_spaces(std::u32string_view(cls[k].text).substr(0, 24));
    for (char32_t& c : low)
      if (c >= U'A' && c <= U'Z') c += 32;
    for (std::u32string_view w : kFirm)
      if (low.compare(0, w.size(), w) == 0) return true;
  }
  return false;
}

// Whether number `fi` of clause `ci` is no committed value: a bare year, a
// baseline before a target verb, someone else's figure, money. `between`: the
// words since the previous number, lowercased; `before`: the sentence up to it.
bool Extraction::not_a_value(const Reading& rd, std::size_t ci, const std::vector<Fragment>& frs,
                             std::size_t fi, const std::u32string& between,
                             std::u32string before) const {
  const Clause& cl = rd.cls[ci];
  const Fragment& f = frs[fi];
  // “in 2027”: a bare year is never a count
  if (f.text.size() == 4 &&
      std::all_of(f.text.begin(), f.text.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) {
    int y = std::atoi(f.text.c_str());
    if (y >= 1900 && y <= 2100) return true;
  }
  // An indicator's own name may hold a distractor word (相比现有技术…降低幅度,
  // 国际研讨会次数): such words count only outside the names.
  if (has_distractor(before)) before = without_names(drop_particles(before));
  // the value parser may take the space before the number: " to " still ends there
  std::size_t verb_end = after_target_verb(between + U" ");
  if (verb_end != std::u32string::npos) verb_end = std::min(verb_end, between.size());
  // “from 2 today to 4”, “由 2 个提升至 4 个”: a number followed in its clause
  // by a target verb and another number is the baseline, never the value
  if (fi + 1 < frs.size()) {
    std::u32string next = cl.text.substr(f.end, frs[fi + 1].start - f.end) + U" ";
    for (char32_t& ch : next)
      if (ch >= U'A' && ch <= U'Z') ch += 32;
    if (after_target_verb(next) != std::u32string::npos) return true;
  }
  if (trailer_says_other(std::u32string_view(cl.text).substr(f.end))) return true;
  if (aspiration(rd.p, cl.offset)) return true;
  if (hope_beside_firm(rd.cls, ci, std::u32string_view(cl.text).substr(0, f.start))) return true;
  if (approximate(std::u32string_view(cl.text).substr(0, f.start),
                  std::u32string_view(cl.text).substr(f.end)))
    return true;
  if (verb_end != std::u32string::npos) {
    // “由现有的 50% 提升至 62%”: the target, unless someone else's or money
    if (has_other(before) || has_distractor(strip_spaces(between.substr(verb_end)))) return true;
  } else if (has_distractor(before)) {
    // “由目前的 11 吨降低到 7.68 吨，产能不低于 104 千克/天”: a baseline's words
    // (现有, 目前, today) and the change verb itself end with the target that
    // follows them; past an earlier target verb, only the words after it count
    std::u32string raw(std::u32string_view(rd.p).substr(rd.sentence_start,
                                                        cl.offset + f.start - rd.sentence_start));
    for (char32_t& ch : raw)
      if (ch >= U'A' && ch <= U'Z') ch += 32;
    std::size_t past = after_target_verb(raw);
    if (past == std::u32string::npos || has_other(before)) return true;
    std::u32string tail = strip_spaces(std::u32string_view(raw).substr(past));
    if (has_distractor(tail) && has_distractor(without_names(drop_particles(tail)))) return true;
  }
  return false;
}

// The indicators that number `fi` of clause `ci` belongs to by the words
// around it (the caller falls back on the previous clause's).
std::vector<std::size_t> Extraction::owner(const Reading& rd, std::size_t ci,
                                           const std::vector<Fragment>& frs, std::size_t fi,
                                           const std::vector<std::size_t>& resp,
                                           const std::u32string& subject,
                                           const std::u32string& upto,
                                           const std::u32string& between, std::size_t& run) const {
  const Clause& cl = rd.cls[ci];
  const Fragment& f = frs[fi];
  std::vector<std::size_t> named = best_specs(specs, subject, true, run);
  if (named.empty()) named = best_specs(specs, upto, true, run);
  if (!resp.empty() && resp[fi] != SIZE_MAX) {  // “A和B分别…”: in order
    named = {resp[fi]};
    run = 4;
  }
  // “载体循环伏安扫描 20 万圈后 ECSA 衰减 ≤ 36%”: the words since the last
  // number (后 ECSA 衰减) name several indicators alike; the whole clause
  // before the number (a number inside the name included) decides among them
  if (named.size() > 1 && upto.size() > subject.size()) {
    std::size_t urun;
    std::vector<std::size_t> whole = best_specs(specs, upto, true, urun);
    if (whole.size() == 1 && urun > run &&
        std::find(named.begin(), named.end(), whole[0]) != named.end()) {
      named = whole;
      run = urun;
    }
  }
  auto rest_of_sentence = [&] {
    std::size_t end = cl.offset + f.end, stop = end;
    for (std::size_t k = ci; k < rd.cls.size() && rd.cls[k].sentence == cl.sentence; ++k)
      stop = rd.cls[k].offset + rd.cls[k].text.size();
    return std::u32string_view(rd.p).substr(end, stop - end);
  };
  // “形成 4 项标准建议稿”, “以 97% 以上的预警准确率为目标”, “a 97% early-warning
  // accuracy”: no name before the number, and one right after it
  if (named.empty()) named = named_after(rest_of_sentence(), f.v, run);
  // “deliver 1 guideline and 5 imaging-based techniques”, “A 3 项和 5 项 B”: a
  // conjunction right before the number ends the phrase before it, so a
  // name right after the number (written value first) owns the number
  if (!named.empty() && ends_with_conjunction(between)) {
    std::size_t arun;
    std::vector<std::size_t> after = named_after(rest_of_sentence(), f.v, arun);
    if (after.size() == 1 && std::find(named.begin(), named.end(), after[0]) == named.end()) {
      named = after;
      run = arun;
    }
  }
  return named;
}

// What the next clause continues: the indicators this one names.
void Extraction::carry_names(Reading& rd, const Clause& cl, const std::u32string& flat,
                             std::size_t from, const std::vector<std::size_t>& named_here) {
  const std::u32string& p = rd.p;
  std::size_t run;
  std::vector<std::size_t> named = best_specs(specs, flat, true, run);
  // “A不少于6项、B（液态/固态）至少3种”: the words after the clause's last
  // number name what the next clause continues, not the clause as a whole
  if (from > 0) {
    std::size_t trun;
    std::vector<std::size_t> tail =
        best_specs(specs, strip_spaces(std::u32string_view(cl.text).substr(from)), true, trun);
    if (!tail.empty()) named = tail;
  }
  // “… at 2 A/cm² (iridium-based catalyst) of up to 14.6 mV”: a bracket
  // qualifies the words before it; the next clause continues those
  bool bracketed = cl.offset > 0 && (p[cl.offset - 1] == U'(' || p[cl.offset - 1] == U'（');
  if (bracketed && named_here.empty()) {
    // “Humidification in the MEA test (hydrogen side/anode)”: it may narrow them
    std::vector<std::size_t> narrow;
    for (std::size_t k : named)
      if (std::find(rd.prev_specs.begin(), rd.prev_specs.end(), k) != rd.prev_specs.end())
        narrow.push_back(k);
    if (!narrow.empty()) rd.prev_specs = narrow;
  } else if (!named.empty())
    rd.prev_specs = named;
  else if (!named_here.empty())
    rd.prev_specs = named_here;
  for (std::size_t k : named.empty() ? named_here : named)
    if (std::find(rd.sentence_specs.begin(), rd.sentence_specs.end(), k) == rd.sentence_specs.end())
      rd.sentence_specs.push_back(k);
}

// The header: the first of the first three rows that names columns.
Layout header_of(const Table& t) {
  Layout l;
  l.header = t.rows.size();
  for (std::size_t r = 0; r < std::min<std::size_t>(3, t.rows.size()); ++r) {
    Columns c = columns_of(t.rows[r]);
    if ((c.name >= 0 && c.value >= 0) || (c.name >= 0 && c.country >= 0)) {
      l.header = r;
      l.cols = c;
      break;
    }
  }
  return l;
}

// A header cell spanning columns (指标值 over 现有水平 | 项目完成时) is
// qualified by the row below it, a row of words without numbers: each
// column is read by both its header words, so the baseline under the
// spanning 指标值 is never the value. When the words below do not tell
// which column commits, the table is no indicator table.
void join_spanning(const Table& t, Layout& l) {
  if (!(l.header + 1 < t.rows.size() && l.cols.country < 0)) return;
  const auto& top = t.rows[l.header];
  const auto& sub = t.rows[l.header + 1];
  auto blank = [](const Cell& c) { return text::trim(c.text).empty(); };
  bool spans = false, words = false, digits = false;
  for (std::size_t i = 1; i < top.size(); ++i)
    spans = spans || (top[i].covered && top[i].text == top[i - 1].text) ||
            (blank(top[i]) && !blank(top[i - 1]));
  for (const Cell& c : sub) {
    digits = digits || std::any_of(c.text.begin(), c.text.end(),
                                   [](char ch) { return ch >= '0' && ch <= '9'; });
    words = words || (!c.covered && !blank(c));
  }
  // 指标值 merged over “2024年 | 2025年”: the row below does not say which commits
  std::size_t v = static_cast<std::size_t>(std::max(l.cols.value, 0));
  bool value_merged = l.cols.value >= 0 && v + 1 < top.size() && top[v + 1].covered &&
                      top[v + 1].text == top[v].text;
  if (value_merged && digits) {
    l.header = t.rows.size();
    l.cols = Columns{};
  } else if (spans && words && !digits) {
    l.joined = top;
    std::string carry;
    for (std::size_t i = 0; i < top.size(); ++i) {
      std::string h(text::trim(top[i].text));
      if (h.empty()) h = carry;  // Markdown: the spanning cell's empty neighbours
      carry = h;
      if (i < sub.size() && !sub[i].covered && !blank(sub[i]) && sub[i].text != top[i].text)
        h += " " + std::string(text::trim(sub[i].text));
      l.joined[i].text = h;
      l.joined[i].covered = false;
    }
    Columns c = columns_of(l.joined);
    if (c.name >= 0 && c.value >= 0) {
      l.cols = c;
      l.header += 1;
    } else {
      l.header = t.rows.size();
      l.cols = Columns{};
      l.joined.clear();
    }
  }
}

// A transposed indicator table: the first column holds 指标 / 目标值 / 单位
// and each further column one indicator. Read as its transpose.
void transpose(const Table& t, Layout& l, std::size_t top = 0) {
  if (!(l.header == t.rows.size() && t.rows.size() >= top + 2)) return;
  std::size_t width = 0;
  for (const auto& row : t.rows) width = std::max(width, row.size());
  l.transposed.assign(width, std::vector<Cell>(t.rows.size() - top));
  for (std::size_t r = top; r < t.rows.size(); ++r)
    for (std::size_t c = 0; c < t.rows[r].size(); ++c) l.transposed[c][r - top] = t.rows[r][c];
  Columns c = l.transposed.empty() ? Columns{} : columns_of(l.transposed[0]);
  const Cell* first = c.name >= 0 ? cell_at(l.transposed[0], c.name) : nullptr;
  if (c.name >= 0 && c.value >= 0 && c.country < 0 && first &&
      any_of_words(match_form(first->text), {"指标", "indicator", "metric"})) {
    l.header = 0;
    l.cols = c;
  } else {
    l.transposed.clear();
  }
}

// Rows at the top that are only a title: one cell merged across the table
// (“考核指标” over the whole transposed table).
std::size_t title_rows(const Table& t) {
  std::size_t r = 0;
  while (r + 1 < t.rows.size() && t.rows[r].size() >= 2 &&
         std::all_of(t.rows[r].begin() + 1, t.rows[r].end(),
                     [&](const Cell& c) { return c.covered && c.text == t.rows[r][0].text; }))
    ++r;
  return r;
}

// Whether the first column, below the title rows, only labels rows: a name
// label first (指标, Metric), a value label (目标值, Target), each a few
// words. Such a table is transposed whatever its first row's words (an
// indicator's name may hold 国家 or 完成, a participants' or a value
// column's word).
bool labels_rows(const Table& t, std::size_t top) {
  std::vector<Cell> col;
  for (std::size_t r = top; r < t.rows.size(); ++r) {
    if (t.rows[r].size() < 3 || match_form(t.rows[r][0].text).size() > 12) return false;
    col.push_back(t.rows[r][0]);
  }
  if (col.size() < 2 || col.size() > 6) return false;
  Columns c = columns_of(col);
  return c.name == 0 && c.value > 0 && c.country < 0 &&
         any_of_words(match_form(col[0].text), {"指标", "indicator", "metric"});
}

// A budget table: a cell of its first row names the budget or an amount of
// money (“预算科目 | 金额（万元）”, “Budget item | Amount (CNY 10,000)”).
bool budget_table(const Table& t) {
  if (t.rows.empty()) return false;
  for (const Cell& c : t.rows[0]) {
    std::u32string h = match_form(c.text);
    if (h.size() <= 40 && contains_any(h, {U"预算", U"经费", U"万元", U"budget", U"amount(cny",
                                           U"amount(rmb", U"amount(10,000", U"funding"}))
      return true;
  }
  return false;
}

void Extraction::table(const Table& t) {
  name_para.clear();
  std::size_t top = title_rows(t);
  Layout l;
  if (labels_rows(t, top)) {
    l.header = t.rows.size();
    transpose(t, l, top);
  } else {
    l = header_of(t);
    join_spanning(t, l);
    transpose(t, l);
  }
  if (budget_table(t)) return;  // its amounts are money, its row labels cost items
  const std::vector<std::vector<Cell>>& rows = l.transposed.empty() ? t.rows : l.transposed;
  if (l.header < t.rows.size() && l.cols.country >= 0) {  // participating units
    participants(t, l);
    return;
  }
  if (l.header < rows.size()) {  // an indicator table
    for (std::size_t r = l.header + 1; r < rows.size(); ++r) indicator_row(rows, r, l);
    return;
  }
  other_table(t);
}

void Extraction::participants(const Table& t, const Layout& l) {
  const Columns& cols = l.cols;
  d.participants_place = t.rows[l.header][0].place;
  for (std::size_t r = l.header + 1; r < t.rows.size(); ++r) {
    const auto& row = t.rows[r];
    const Cell* name = cell_at(row, cols.name);
    if (!name || std::string(text::trim(name->text)).empty() || name->covered) continue;
    FoundParticipant fp;
    fp.name = std::string(text::trim(name->text));
    fp.place = name->place;
    fp.quote = row_quote(row);
    if (const Cell* c = cell_at(row, cols.country)) {
      fp.country_text = c->text;
      fp.country = country_code(c->text);
    }
    if (const Cell* c = cell_at(row, cols.role)) {
      fp.role_text = c->text;
      fp.role = role_of(c->text);
    }
    if (const Cell* c = cell_at(row, cols.kind)) {
      fp.kind_text = c->text;
      fp.kind = kind_of(c->text);
    }
    if (fp.kind.empty() && fp.kind_text.empty()) {  // no kind column: the name may say
      fp.kind = kind_of(fp.name);
      if (!fp.kind.empty()) fp.kind_text = fp.name;
    }
    // no role column: a cell that begins with 牵头 / lead (“牵头单位；总体协调”
    // under 承担任务) marks the lead
    if (cols.role < 0)
      for (const Cell& c : row) {
        if (&c == name) continue;
        std::u32string f = match_form(c.text);
        if (f.starts_with(U"牵头") || f.starts_with(U"lead")) {
          fp.role = "lead";
          fp.role_text = c.text;
          break;
        }
      }
    d.participants.push_back(std::move(fp));
  }
  // ... and when it (or a role column whose other cells say no role: “Role
  // in the project | Coordinator; …” / “cement demonstration”) marks exactly
  // one, every other unit is a member: a participant is the lead or a member
  // (docs/format.md)
  {
    std::size_t first = d.participants.size();
    for (std::size_t r = l.header + 1; r < t.rows.size(); ++r) {
      const Cell* name = cell_at(t.rows[r], cols.name);
      if (name && !std::string(text::trim(name->text)).empty() && !name->covered) --first;
    }
    auto mine = d.participants.begin() + static_cast<std::ptrdiff_t>(first);
    if (std::count_if(mine, d.participants.end(),
                      [](const FoundParticipant& p) { return p.role == "lead"; }) == 1)
      for (auto it = mine; it != d.participants.end(); ++it)
        if (it->role.empty()) {
          it->role = "member";
          it->member_by_lead = true;
        }
  }
}

// A value cell the value parser does not read whole, with one number.
// “no fewer than 12,000 cases”, “at least 3 systems”: a value cell whose one
// number is followed by English words only (the noun the count counts, which
// the value parser does not know as a unit) states that bare number; `vt`
// becomes the number with its comparator words. Anything else in the cell (a
// second number, Chinese words, a bracket) leaves it unread.
// “25% or more”, “exceeding 45%”, “12 kW or above”: English comparator words
// the value parser does not read, around a table cell's whole value, as the
// sign it reads (≥25%, >45%); "" when the cell has none.
std::string english_bound(const std::string& vt) {
  std::string low = vt;
  for (char& ch : low)
    if (ch >= 'A' && ch <= 'Z') ch += 32;
  auto starts = [&](std::string_view w) { return low.rfind(w, 0) == 0 && low.size() > w.size(); };
  auto ends = [&](std::string_view w) {
    return low.size() > w.size() && low.compare(low.size() - w.size(), w.size(), w) == 0;
  };
  for (auto [w, sign] : {std::pair{"not exceeding ", "≤"}, {"exceeding ", ">"}})
    if (starts(w)) return sign + vt.substr(std::string_view(w).size());
  for (auto [w, sign] : {std::pair{" or more", "≥"},
                         {" or above", "≥"},
                         {" or higher", "≥"},
                         {" or less", "≤"},
                         {" or below", "≤"},
                         {" or lower", "≤"}})
    if (ends(w)) return sign + vt.substr(0, vt.size() - std::string_view(w).size());
  return "";
}

std::optional<value::Value> counted_in_words(std::string& vt) {
  if (std::string b = english_bound(vt); !b.empty()) {
    std::optional<value::Value> v = quantity(b);
    if (!v) v = counted_in_words(b);
    if (v) vt = b;
    return v;
  }
  // “达到4类及以上”, “5,000人或以上”: 及/或 before 以上/以下 adds nothing, nor
  // 达到 before a bound the tail states
  for (const char* tail : {"及以上", "或以上", "及以下", "或以下"}) {
    std::string_view t(tail);
    if (vt.size() > t.size() && vt.compare(vt.size() - t.size(), t.size(), t) == 0) {
      std::string shorter = vt.substr(0, vt.size() - t.size()) + std::string(t.substr(3));
      if (shorter.rfind("达到", 0) == 0) shorter = std::string(text::trim(shorter.substr(6)));
      if (auto v = quantity(shorter)) {
        vt = shorter;
        return v;
      }
    }
  }
  std::u32string c = to_u32(vt);
  std::vector<Fragment> frs = fragments(c);
  if (frs.size() != 1) return std::nullopt;
  // “between 2 and 3 modes”, “20 to 40%”: the range, the noun it counts after it
  if (frs[0].worded && frs[0].start == 0 &&
      std::all_of(c.begin() + frs[0].end, c.end(),
                  [](char32_t ch) { return is_ascii_letter(ch) || ch == U' ' || ch == U'-'; })) {
    vt = frs[0].text;
    return frs[0].v;
  }
  // “控制在1天以内”, “保持在5%以下”: a verb that keeps the quantity within the
  // bound the rest states
  std::u32string lead = strip_spaces(c.substr(0, frs[0].start));
  if (frs[0].end == c.size() && (lead == U"控制在" || lead == U"保持在" || lead == U"稳定在")) {
    vt = frs[0].text;
    return frs[0].v;
  }
  if (frs[0].end >= c.size()) return std::nullopt;
  std::string head(text::trim(to_utf8(c.substr(0, frs[0].end))));
  std::optional<value::Value> v = quantity(head);  // the comparator words before it too
  if (!v || v->type != value::Value::Type::Quantity || !v->lo.unit.empty() || !v->hi.unit.empty())
    return std::nullopt;
  std::u32string_view rest = std::u32string_view(c).substr(frs[0].end);
  if (rest.front() != U' ') return std::nullopt;
  bool letters = false;
  for (char32_t ch : rest) {
    if (!(is_ascii_letter(ch) || ch == U' ' || ch == U'-')) return std::nullopt;
    letters = letters || is_ascii_letter(ch);
  }
  if (!letters) return std::nullopt;
  vt = head;
  return v;
}

// The unit of an indicator row that has no unit cell, or "".
std::string row_unit(const std::vector<std::vector<Cell>>& rows, const Cell* name,
                     const Layout& l) {
  const Columns& cols = l.cols;
  std::string unit;
  // "高温储热单元温度（℃）", or the value column's "目标值(%)"
  for (const std::string* where :
       {&name->text, l.joined.empty() ? &rows[l.header][cols.value].text
                                      : &l.joined[static_cast<std::size_t>(cols.value)].text}) {
    std::string f(text::trim(text::fold(*where)));
    auto open = f.rfind('(');
    if (!f.empty() && f.back() == ')' && open != std::string::npos) {
      std::string u(text::trim(f.substr(open + 1, f.size() - open - 2)));
      if (!u.empty() && unit_ok(u)) {
        unit = u;
        break;
      }
    }
  }
  // “热分解温度/℃”, “载体成本/元/千克”: a unit after a slash ends the name cell
  // (quantity/unit, as GB/T 3101 writes headings); the longest known one
  if (unit.empty()) {
    std::u32string written = to_u32(text::trim(text::fold(name->text)));
    for (std::size_t at = 0; at < written.size(); ++at) {
      if (written[at] != U'/' || at == 0) continue;
      std::string u(text::trim(to_utf8(written.substr(at + 1))));
      if (!u.empty() && unit_ok(u) && units::conversion(u, u).ok) {
        unit = u;
        break;
      }
    }
  }
  return unit;
}

// Every name of `s` (titles, aliases, the guide's words) that the table's
// name cell `nm` repeats names another quantity than the cell (wording.h).
bool names_another_quantity(const Spec& s, std::u32string_view nm, bool verbs_aside = false) {
  std::u32string text = drop_particles(nm);
  // an English label in its own word order holds no word the name lacks
  for (const auto& stems : s.english)
    if (spelled_by(text, stems)) return false;
  for (const auto* keys : {&s.keys, &s.guide})
    for (const Key& k : *keys) {
      // a commitment's name often opens with its verb (完成实验验证): the cell
      // need not repeat it
      std::u32string_view key = verbs_aside ? without_leading_verbs(k.text) : k.text;
      if (names(text, k.text, nullptr) && !names_another(text, key, s.words)) return false;
    }
  return true;
}

// “新产品/新技术/新装备 | 各2项”: the row's value for each indicator its name
// cell lists. False when the row is no such row.
bool Extraction::each_row(const std::vector<std::vector<Cell>>& rows, std::size_t r,
                          const Layout& l, const std::string& vt) {
  const auto& row = rows[r];
  std::string one = without_each(vt);
  if (one.empty()) return false;
  std::vector<std::size_t> each =
      each_specs(specs, to_u32(text::fold(cell_at(row, l.cols.name)->text)));
  if (each.empty()) return false;
  auto q = quantity(one);
  if (!q) q = counted_in_words(one);
  if (auto digits = english_number_as_digits(one); !q && digits) {
    q = quantity(*digits);
    if (q) one = *digits;
  }
  for (std::size_t k : each) {
    Cand c{one, q ? *q : value::Value{}, cell_at(row, l.cols.value)->place, row_quote(row)};
    c.table = true;
    c.run = 1;
    c.fits = q && fits(specs[k], *q) && !measure_word_differs(specs[k], *q);
    cands[k].push_back(c);
  }
  return true;
}

void Extraction::indicator_row(const std::vector<std::vector<Cell>>& rows, std::size_t r,
                               const Layout& l) {
  const Columns& cols = l.cols;
  const auto& row = rows[r];
  const Cell* name = cell_at(row, cols.name);
  const Cell* val = cell_at(row, cols.value);
  if (!name || !val) return;
  std::string vt = without_condition(
      without_aspiration(std::string(text::trim(text::fold(blank_footnote_marks(val->text))))));
  if (vt.empty()) return;
  std::u32string nm = strip_spaces(match_form(name->text));
  std::string unit;
  if (const Cell* u = cell_at(row, cols.unit)) unit = std::string(text::trim(u->text));
  if (unit.empty()) unit = row_unit(rows, name, l);
  if (each_row(rows, r, l, vt)) return;
  std::size_t run, qrun;
  std::vector<std::size_t> named = best_specs(specs, nm, true, run);
  std::vector<std::size_t> qual = best_specs(specs, nm, false, qrun);
  std::erase_if(named, [&](std::size_t k) { return names_another_quantity(specs[k], nm); });
  // “适应性管理决策工具/技术体系” is no “碳中和技术体系”
  std::erase_if(qual, [&](std::size_t k) { return names_another_quantity(specs[k], nm, true); });
  if (qrun > run)
    named.clear();
  else
    qual.clear();
  auto read = [](std::string& t) {
    auto v = quantity(t);
    if (!v) v = counted_in_words(t);
    // “two”, “no fewer than ten”: the row names the indicator, the cell its count
    if (auto digits = english_number_as_digits(t); !v && digits) {
      v = quantity(*digits);
      if (!v) v = counted_in_words(*digits);
      if (v) t = *digits;
    }
    return v;
  };
  auto q = read(vt);
  // “7个（中国、印尼、泰国）”, “每3～5年一期”, “1985—2023年，共38年”
  if (std::string core = q ? "" : cell_core(vt); !core.empty() && (q = read(core))) vt = core;
  if (q && q->type == value::Value::Type::Quantity && q->lo.unit.empty() && q->hi.unit.empty() &&
      !unit.empty() && unit != "-" && unit != "/") {
    std::string with = vt + " " + text::fold(unit);
    if (auto q2 = quantity(with)) {
      vt = with;
      q = q2;
    }
  }
  if (!named.empty()) {
    std::vector<std::size_t> fitting;
    for (std::size_t k : named)
      if (q && fits(specs[k], *q)) fitting.push_back(k);
    Cand c{vt, q ? *q : value::Value{}, val->place, row_quote(row)};
    c.table = true;
    c.run = run;
    if (fitting.empty()) {
      c.fits = false;
      for (std::size_t k : named) cands[k].push_back(c);
    } else {
      c.ambiguous = fitting.size() > 1;
      for (std::size_t k : fitting) cands[k].push_back(c);
    }
  }
  for (std::size_t k : qual) {
    Cand c{vt, {}, val->place, row_quote(row)};
    c.table = true;
    c.run = qrun;
    c.ambiguous = qual.size() > 1 || has_negation(match_form(vt));
    if (specs[k].kind == Kind::Categorical) {  // only in the rule's words
      std::u32string flat = strip_spaces(to_u32(text::fold(vt)));
      c.value = categories_in(specs[k], flat);
      if (c.value.empty()) {
        c.value = vt;
        c.fits = false;
      }
      c.doubt = list_doubt(specs[k], list_form(to_u32(text::fold(vt))));
    }
    cands[k].push_back(c);
  }
}

// any other table: label | value rows, and each cell as running text
// A table about the research contents: its header row names them (“序号 |
// 研究内容 | 负责单位”), or, row by row, a form's label cell (“研究内容 | …”).
bool research_cell(const Cell& c) {
  std::u32string m = match_form(c.text);
  return m.size() <= 16 && research_heading(m);
}
bool research_label(const std::vector<Cell>& row) {
  for (const Cell& c : row)
    if (!text::trim(c.text).empty()) return research_cell(c);
  return false;
}

void Extraction::other_table(const Table& t) {
  const bool outer = research_section;
  bool header = !t.rows.empty() && std::any_of(t.rows[0].begin(), t.rows[0].end(), research_cell);
  for (const auto& row : t.rows) {
    research_section = outer || header || research_label(row);
    for (std::size_t i = 0; i + 1 < row.size(); ++i) {
      if (row[i].covered && i > 0 && row[i].text == row[i - 1].text) continue;
      std::size_t j = i + 1;
      while (j < row.size() && row[j].text == row[i].text) ++j;
      if (j < row.size())
        label_value(match_form(row[i].text), row[j].text, row[j].place, row_quote(row));
    }
    bool after_field = false;  // the value cells of a 基本信息 field's row
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (after_field) break;
      after_field = form_label(match_form(row[i].text));
      if (after_field || row[i].covered || row[i].text.empty()) continue;
      // the nearest earlier cell that names an indicator leads this one
      std::vector<std::size_t> lead;
      for (std::size_t j = i; j-- > 0 && lead.empty();) {
        std::size_t run;
        lead = best_specs(specs, strip_spaces(match_form(row[j].text)), true, run);
      }
      running(row[i].text, row[i].place, false, lead);
    }
  }
  research_section = outer;
}

Draft Extraction::finish() {
  if (d.participants.empty() && !line_participants.empty()) {
    d.participants = std::move(line_participants);
    d.participants_place = d.participants[0].place;
  }
  d.title = decide(titles, false);
  if (d.title.sure == Found::Sure::Sure) d.title.how = "labelled as the project's name";
  d.duration = decide(durations, true);
  if (d.duration.sure == Found::Sure::Sure) d.duration.how = "labelled as the duration";
  for (std::size_t k = 0; k < specs.size(); ++k)
    d.indicators.emplace_back(specs[k].id, decide(cands[k], specs[k].numeric(), specs[k].op));
  for (Item& it : items) {
    Found f = decide(it.cands, false);
    if (f.sure == Found::Sure::Sure) f.how = "the text names the research item";
    bool elsewhere =
        std::all_of(it.cands.begin(), it.cands.end(), [](const Cand& c) { return c.ambiguous; });
    if (f.sure == Found::Sure::Several && elsewhere)
      f.how = "named only outside the research contents: confirm it is a research item";
    d.research.emplace_back(it.id, f);
  }
  return std::move(d);
}

}  // namespace

Draft extract(const Document& doc, const rules::Direction& dir, const Aliases& aliases) {
  Extraction x(dir, aliases);
  std::unordered_map<std::u32string, Scored> cache;
  score_cache = &cache;
  struct Reset {
    ~Reset() { score_cache = nullptr; }
  } reset;
  for (const Block& b : doc.blocks) {
    if (b.kind == Block::Kind::Paragraph) {
      const Paragraph& p = doc.paragraphs[b.index];
      x.paragraph(p.text, p.place, p.heading);
      continue;
    }
    x.table(doc.tables[b.index]);
  }
  return x.finish();
}

}  // namespace guidecheck::import
