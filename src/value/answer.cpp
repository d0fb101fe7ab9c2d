#include "value/answer.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_map>
#include <utility>

#include "messages/text.h"
#include "text/normalize.h"
#include "value/value.h"

// The grammar, in the order it is applied (docs/values.md, "Qualitative
// answers"):
//  1. nothing written, or the skeleton's "（请填写）"/"(fill in)" anywhere, or
//     only punctuation ("-", "—", "?", "…") or a template choice ("是/否") is a
//     placeholder;
//  2. the whole answer is one of the fixed forms below (true, 是, 承诺 / false,
//     否, 无, N/A / 待定, TBD);
//  3. a number: 0 (0篇, 零项) reads as none, a negative one is no answer, any
//     other one is a commitment ("2 项");
//  4. the answer BEGINS with a clause negator, after an optional subject (本项目,
//     我们, we) and adverbs (目前, 暂时, 将): 不/没有/未/无法/暂无/待定/no/not/
//     TBD. Words that only contain such a character are not negations: 不低于,
//     不少于, 不锈钢, 不确定度, 无人机, 无损, 无线, 未来, "not less than" …
//     (lists below). "无" negates only when it stands alone or before an object
//     of a refusal (无合作基础, 无计划, 无相关成果); "不" and "未" negate unless
//     they start one of the listed words;
//  5. the answer CONTAINS a refusal of the commitment itself (不承诺, 未承诺,
//     will not, won't, N/A, TBD as a word) or ENDS with one (…待定, …不开展);
//  6. anything else that holds a letter, a digit or a Chinese character is a
//     description: a commitment.
// Hand-written: no library classifies Chinese and English yes/no answers.

namespace guidecheck::value {
namespace {

using std::string_view;
using Kind = Answer::Kind;

// The first byte is compared first: nearly every test fails there, and
// then without a call to memcmp.
bool starts(string_view s, string_view p) {
  return s.size() >= p.size() && (p.empty() || s[0] == p[0]) && s.substr(0, p.size()) == p;
}
bool ends(string_view s, string_view p) {
  return s.size() >= p.size() && (p.empty() || s.back() == p.back()) &&
         s.substr(s.size() - p.size()) == p;
}

std::string lower_ascii(string_view s) {
  std::string r(s);
  for (char& c : r)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return r;
}

// Trailing punctuation that does not change an answer ("否。", "No.").
string_view strip_punct(string_view s) {
  for (bool again = true; again;) {
    again = false;
    s = text::trim(s);
    for (string_view p : {".", "。", "!", "！", ";", "；", ",", "，", "、", ":", "："}) {
      if (ends(s, p) && s.size() > p.size()) {
        s.remove_suffix(p.size());
        again = true;
      }
    }
    // An answer wrapped whole in brackets or quotes: "（待补充）", "[TBD]", "“否”".
    static constexpr std::pair<string_view, string_view> kPairs[] = {
        {"(", ")"},   {"[", "]"}, {"【", "】"}, {"「", "」"}, {"『", "』"}, {"《", "》"},
        {"〔", "〕"}, {"<", ">"}, {"\"", "\""}, {"'", "'"},   {"“", "”"},   {"‘", "’"}};
    for (auto [open, close] : kPairs) {
      if (s.size() > open.size() + close.size() && starts(s, open) && ends(s, close)) {
        s = s.substr(open.size(), s.size() - open.size() - close.size());
        again = true;
      }
    }
  }
  return s;
}

// True when `s` holds a letter, a digit or a CJK ideograph.
bool has_content(string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (std::isalnum(c)) return true;
    if (c >= 0xE4 && c <= 0xE9) return true;  // U+4000..U+9FFF
  }
  return false;
}

const string_view kAffirmative[] = {
    "true", "yes",    "y",      "ok",       "on",     "是",      "是的",     "对",
    "有",   "承诺",   "已承诺", "承诺完成", "完成",   "已完成",  "将完成",   "满足",
    "符合", "达到",   "具备",   "涵盖",     "已涵盖", "包含",    "covered",  "committed",
    "done", "agreed", "√",      "✓",        "✔",      "will do", "confirmed"};
const string_view kRefusal[] = {"false",
                                "no",
                                "n",
                                "off",
                                "none",
                                "nope",
                                "nil",
                                "否",
                                "不",
                                "不是",
                                "无",
                                "没有",
                                "没",
                                "非",
                                "不承诺",
                                "未承诺",
                                "不涉及",
                                "不适用",
                                "不满足",
                                "不符合",
                                "不具备",
                                "不完成",
                                "未完成",
                                "不能",
                                "无法",
                                "放弃",
                                "拒绝",
                                "零",
                                "无此项",
                                "n/a",
                                "na",
                                "not applicable",
                                "not committed",
                                "not covered",
                                "×",
                                "✗",
                                "✘",
                                "nothing",
                                "never",
                                "refused",
                                "declined",
                                "n.a",
                                "不需要",
                                "不需",
                                "无需",
                                "无须",
                                "不必",
                                "不用",
                                "否决"};
const string_view kUndecided[] = {"待定",
                                  "待确定",
                                  "待补充",
                                  "待商定",
                                  "待议",
                                  "未定",
                                  "未确定",
                                  "不确定",
                                  "暂无",
                                  "暂不",
                                  "暂未",
                                  "尚无",
                                  "尚未",
                                  "另定",
                                  "另行确定",
                                  "视情况而定",
                                  "不详",
                                  "未知",
                                  "可能",
                                  "tbd",
                                  "tbc",
                                  "tba",
                                  "to be decided",
                                  "unknown",
                                  "undecided",
                                  "pending",
                                  "maybe",
                                  "to be determined",
                                  "to be confirmed",
                                  "to be defined",
                                  "再定",
                                  "以后再定",
                                  "后续确定",
                                  "将来再说",
                                  "再说",
                                  "或许",
                                  "也许",
                                  "不一定",
                                  "看情况"};
const string_view kPlaceholder[] = {
    "是/否",   "yes/no", "true/false",  "略",   "xxx",   "xx",   "todo", "空",      "null",
    "tbd/tbc", "...",    "placeholder", "是否", "有/无", "有无", "x",    "是 / 否", "√/×"};

// Clause negators at the start of an answer (after subject and adverbs).
const string_view kUndecidedPrefix[] = {"待定",     "待确定", "待补充", "待商定", "待议",  "暂无",
                                        "暂不",     "暂未",   "尚无",   "尚未",   "未定",  "未确定",
                                        "另行",     "视情况", "有待",   "或许",   "也许",  "不一定",
                                        "如有条件", "视情况", "看情况", "以后再", "后续再"};
const string_view kRefusalPrefix[] = {"没有", "没", "无法", "放弃", "拒绝"};
// "不" + these is a bound, a material or a property, not a refusal.
const string_view kNotNegationAfterBu[] = {
    "低于", "少于", "小于", "高于", "大于", "多于", "超过",   "超出", "劣于", "差于", "逊于",
    "锈",   "同",   "对称", "间断", "断",   "停",   "确定度", "可逆", "稳定", "均匀", "规则",
    "透",   "饱和", "溶",   "燃",   "粘",   "冻",   "定形",   "失真", "变",   "易",   "良",
    "平衡", "连续", "敏感", "依赖", "受",   "需",   "等",     "凝",   "挥发", "降低", "亚于"};
// "无" + these is a refusal ("无合作基础"); "无" before anything else starts a
// word (无人机, 无损检测, 无线, 无机, 无铅).
const string_view kNegationAfterWu[] = {
    "合作", "计划", "相关", "此",   "该",   "任何", "意向", "安排", "承诺", "基础", "条件",
    "能力", "经验", "成果", "进展", "数据", "研究", "须",   "需",   "法",   "可",   "内容",
    "论文", "专利", "标准", "必要", "打算", "要求", "明确", "具体", "对应", "涉及"};
const string_view kNotNegationAfterWei[] = {"来"};
// Subjects and adverbs before a negator: "本项目暂不开展", "we will not".
const string_view kLeadWords[] = {
    "本项目", "本课题", "项目",   "我们", "我方", "本单位",       "申报单位",
    "课题组", "团队",   "该项",   "此项", "we ",  "the project ", "this project ",
    "目前",   "暂时",   "现阶段", "还",   "也",   "将",           "均",
    "都",     "则"};
// A refusal of the commitment itself, anywhere in the answer.
const string_view kRefusalAnywhere[] = {"不承诺",   "未承诺",   "不予承诺",      "不作承诺",
                                        "无法承诺", "不能承诺", "not commit",    "no commitment",
                                        "will not", "won't",    "cannot commit", "do not commit"};
const string_view kRefusalSuffix[] = {"不承诺", "不涉及", "不开展", "不参与", "不完成", "不研究",
                                      "不包括", "不适用", "不进行", "不做",   "放弃"};
const string_view kUndecidedSuffix[] = {
    "待定", "待确定",   "待补充",           "未定",          "暂无",  "尚未确定",
    "tbd",  "tbc",      "to be determined", "to be decided", "再定",  "再说",
    "而定", "后续确定", "另行确定",         "待议",          "待商定"};
// English negators (whole words at the start) ...
const string_view kEnglishNegators[] = {"no",
                                        "not",
                                        "none",
                                        "nothing",
                                        "never",
                                        "n/a",
                                        "na",
                                        "nil",
                                        "tbd",
                                        "tbc",
                                        "tba",
                                        "pending",
                                        "undecided",
                                        "unknown",
                                        "won't",
                                        "will not",
                                        "cannot",
                                        "can't",
                                        "do not",
                                        "does not",
                                        "don't",
                                        "doesn't",
                                        "refuse",
                                        "declined",
                                        "false",
                                        "to be decided",
                                        "to be determined",
                                        "to be confirmed"};
// ... unless they start a bound: "not less than 60 %".
const string_view kEnglishBoundWords[] = {"less",    "more",    "lower", "higher", "fewer",
                                          "greater", "smaller", "below", "above",  "exceeding",
                                          "worse",   "under",   "over",  "later",  "earlier"};

template <std::size_t N>
bool one_of(string_view s, const string_view (&list)[N]) {
  return std::find(std::begin(list), std::end(list), s) != std::end(list);
}
template <std::size_t N>
string_view prefix_of(string_view s, const string_view (&list)[N]) {
  string_view best;
  for (string_view p : list)
    if (starts(s, p) && p.size() > best.size()) best = p;
  return best;
}

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '\''; }

// An English word (or phrase) at the start of `low`, ending at a word boundary.
string_view english_prefix(string_view low) {
  string_view best;
  for (string_view w : kEnglishNegators) {
    if (!starts(low, w) || w.size() <= best.size()) continue;
    if (low.size() > w.size() && word_char(low[w.size()]) && word_char(w.back())) continue;
    best = w;
  }
  if (best == "no" || best == "not") {
    string_view rest = text::trim(low.substr(best.size()));
    for (string_view b : kEnglishBoundWords)
      if (starts(rest, b)) return {};
  }
  return best;
}

bool contains_word(string_view low, string_view w) {
  for (std::size_t at = low.find(w); at != string_view::npos; at = low.find(w, at + 1)) {
    bool left = at == 0 || !word_char(low[at - 1]);
    bool right = at + w.size() >= low.size() || !word_char(low[at + w.size()]);
    if (left && right) return true;
  }
  return false;
}

Answer of(Kind k, string_view word) { return Answer{k, std::string(word)}; }

// True when a word ends here: the end, a space or punctuation ("否，因…").
bool word_ends(string_view rest) {
  if (rest.empty()) return true;
  unsigned char c = rest[0];
  if (c < 0x80) return !std::isalnum(c);
  for (string_view p : {"。", "、", "；", "：", "！", "？", "—", "…", "（", "）", "　"})
    if (starts(rest, p)) return true;
  return false;
}

// Step 4: the start of an answer, subject and adverbs already removed.
Answer leading(string_view s, string_view low) {
  if (string_view p = prefix_of(s, kUndecidedPrefix); !p.empty()) return of(Kind::Undecided, p);
  if (starts(s, "不确定") && !starts(s, "不确定度")) return of(Kind::Undecided, "不确定");
  if (starts(s, "可能") && !starts(s, "可能性")) return of(Kind::Undecided, "可能");
  if (string_view p = prefix_of(s, kRefusalPrefix); !p.empty()) return of(Kind::Refusal, p);
  if (starts(s, "否")) {
    string_view rest = s.substr(3);
    if (word_ends(rest)) return of(Kind::Refusal, "否");
  }
  if (starts(s, "不")) {
    string_view rest = s.substr(3);
    if (prefix_of(rest, kNotNegationAfterBu).empty()) return of(Kind::Refusal, "不");
  }
  if (starts(s, "未")) {
    string_view rest = s.substr(3);
    if (starts(rest, "知")) return of(Kind::Undecided, "未知");
    if (prefix_of(rest, kNotNegationAfterWei).empty()) return of(Kind::Refusal, "未");
  }
  if (starts(s, "无")) {
    string_view rest = s.substr(3);
    if (word_ends(rest) || !prefix_of(rest, kNegationAfterWu).empty())
      return of(Kind::Refusal, "无");
  }
  if (string_view w = english_prefix(low); !w.empty())
    return of(w == "tbd" || w == "tbc" || w == "tba" || w == "pending" || w == "undecided" ||
                      w == "unknown" || starts(w, "to be")
                  ? Kind::Undecided
                  : Kind::Refusal,
              w);
  return {};
}

}  // namespace

namespace {
Answer classify_uncached(string_view raw);
}

// A pure function of the text, asked of the same texts again and again in a
// batch (participant names such as "清华大学", "committed", "62 %"): the
// answers are kept per thread. Bounded: short texts only, and the table starts
// afresh when full, so a hostile batch cannot grow it.
Answer classify_answer(string_view raw) {
  constexpr std::size_t kMaxKey = 128, kMaxEntries = 4096;
  if (raw.size() > kMaxKey) return classify_uncached(raw);
  thread_local std::unordered_map<std::string, Answer> seen;
  std::string key(raw);
  if (auto it = seen.find(key); it != seen.end()) return it->second;
  Answer a = classify_uncached(raw);
  if (seen.size() >= kMaxEntries) seen.clear();
  seen.emplace(std::move(key), a);
  return a;
}

namespace {
Answer classify_uncached(string_view raw) {
  std::string folded = text::fold(raw);
  string_view t = text::trim(folded);
  if (t.empty()) return of(Kind::Empty, "");
  std::string low = lower_ascii(t);
  // 1. placeholders
  for (string_view p : {"请填写", "(fill in)", "fill in", "(待填写)", "待填写", "(请补充)"})
    if (low.find(p) != std::string::npos) return of(Kind::Placeholder, p);
  if (t == "×" || t == "✗" || t == "✘") return of(Kind::Refusal, t);
  if (t == "√" || t == "✓" || t == "✔") return of(Kind::Affirmative, t);
  if (!has_content(t)) return of(Kind::Placeholder, t);
  // 2. fixed forms of the whole answer
  string_view core = strip_punct(t);
  std::string lcore = lower_ascii(core);
  if (one_of(lcore, kPlaceholder)) return of(Kind::Placeholder, core);
  if (one_of(lcore, kAffirmative)) return of(Kind::Affirmative, core);
  if (one_of(lcore, kRefusal)) return of(Kind::Refusal, core);
  if (one_of(lcore, kUndecided)) return of(Kind::Undecided, core);
  // 3. a number
  {
    Value v = parse_folded_text(core);  // `core` is a part of the folded text
    if (v.type == Value::Type::Quantity && v.exact) {
      if (v.lo.v == 0) return of(Kind::Refusal, "0");
      if (v.lo.v < 0) return of(Kind::Refusal, core);
      return of(Kind::Affirmative, core);
    }
  }
  // 4. a negation at the start, after a subject and adverbs
  string_view s = core;
  std::string ls = lcore;
  for (bool again = true; again;) {
    again = false;
    Answer a = leading(s, ls);
    if (a.kind != Kind::Empty) return a;
    for (string_view w : kLeadWords) {
      if (starts(ls, w) && ls.size() > w.size()) {
        s = text::trim(s.substr(w.size()));
        ls = lower_ascii(s);
        again = true;
        break;
      }
    }
  }
  // 5. a refusal of the commitment anywhere, or a negation at the end
  for (string_view w : kRefusalAnywhere)
    if (lcore.find(w) != std::string::npos) return of(Kind::Refusal, w);
  for (string_view w : {"n/a", "tbd", "tbc"})
    if (contains_word(lcore, w)) return of(w == "n/a" ? Kind::Refusal : Kind::Undecided, w);
  for (string_view w : kUndecidedSuffix)
    if (ends(lcore, w)) return of(Kind::Undecided, w);
  for (string_view w : kRefusalSuffix)
    if (ends(lcore, w)) return of(Kind::Refusal, w);
  // 6. a description
  return of(Kind::Affirmative, "");
}
}  // namespace

msg::Text answer_problem(const Answer& a, string_view text_in) {
  std::string text(text::trim(text_in));
  bool whole = a.word.empty() || lower_ascii(a.word) == lower_ascii(text) ||
               lower_ascii(a.word) == lower_ascii(strip_punct(text));
  // The deciding word, when the answer is longer: "'暂无合作基础' (暂无) reads …"
  msg::Text by = whole ? msg::verbatim("") : msg::text<msg::Id::answer_deciding_word>(a.word);
  switch (a.kind) {
    case Kind::Empty:
      return msg::text<msg::Id::answer_empty>();
    case Kind::Placeholder:
      return msg::text<msg::Id::answer_placeholder>(text, by);
    case Kind::Refusal:
      if (a.word == "0") return msg::text<msg::Id::answer_zero>(text);
      return msg::text<msg::Id::answer_refusal>(text, by);
    case Kind::Undecided:
      return msg::text<msg::Id::answer_undecided>(text, by);
    case Kind::Affirmative:
      break;
  }
  return {};
}

bool placeholder_name(string_view text) {
  Answer a = classify_answer(text);
  return a.kind == Kind::Empty || a.kind == Kind::Placeholder ||
         (a.kind != Kind::Affirmative && a.word == strip_punct(text::trim(text::fold(text))));
}

}  // namespace guidecheck::value
