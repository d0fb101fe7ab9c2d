#include "eval/direction_names.h"

#include <fmt/format.h>
#include <unicode/uchar.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>

#include "eval/evaluate.h"
#include "messages/text.h"
#include "rules/load.h"
#include "text/distance.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace guidecheck::eval {
namespace {

// The code points of a name that matter for comparing it: letters (Chinese
// characters included) and digits, lower-cased, after NFKC (full-width forms).
std::vector<UChar32> key_points(std::string_view text) {
  std::string folded = text::fold(text);
  std::vector<UChar32> out;
  // The first 4096 bytes: a character cut there is U+FFFD, not a letter.
  text::utf8::each(std::string_view(folded).substr(0, 4096), [&](char32_t c) {
    if (u_isalnum(static_cast<UChar32>(c))) out.push_back(u_tolower(static_cast<UChar32>(c)));
    return true;
  });
  return out;
}

// Dice coefficient of the two names' character bigrams (0: nothing shared,
// 1: the same). Chinese titles have no spaces; bigrams of characters compare
// them as well as words would.
double similarity(const std::vector<UChar32>& a, const std::vector<UChar32>& b) {
  if (a.size() < 2 || b.size() < 2) return a == b && !a.empty() ? 1.0 : 0.0;
  std::multiset<std::pair<UChar32, UChar32>> bigrams;
  for (std::size_t i = 0; i + 1 < a.size(); ++i) bigrams.insert({a[i], a[i + 1]});
  std::size_t shared = 0;
  for (std::size_t i = 0; i + 1 < b.size(); ++i) {
    auto it = bigrams.find({b[i], b[i + 1]});
    if (it != bigrams.end()) ++shared, bigrams.erase(it);
  }
  return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size() - 2);
}

bool known(const std::vector<DirectionName>& names, const std::string& number) {
  return std::any_of(names.begin(), names.end(),
                     [&](const DirectionName& d) { return d.number == number; });
}

// "4-1", "4 1", "4．1", "4.l", "4,1" as the number they were meant to be.
std::string repaired_number(std::string_view text) {
  std::string s = text::fold(text::trim(text));
  std::string out;
  for (char c : s) {
    if (c >= '0' && c <= '9')
      out += c;
    else if (c == 'l' || c == 'I' || c == '|')
      out += '1';
    else if (c == 'O' || c == 'o')
      out += '0';
    else if (c == '.' || c == '-' || c == '_' || c == ',' || c == ' ' || c == '/' || c == ':')
      out += out.empty() || out.back() == '.' ? "" : ".";
    else
      return "";  // a letter or a Chinese character: not a number
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

bool digits_only(const std::string& s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

}  // namespace

std::string direction_by_title(std::string_view text, const std::vector<DirectionName>& names) {
  std::vector<UChar32> k = key_points(text);
  if (k.size() < 4) return "";  // too short to be a title
  for (const DirectionName& d : names)
    if (k == key_points(d.title.zh) || (!d.title.en.empty() && k == key_points(d.title.en)))
      return d.number;
  return "";
}

std::vector<std::string> closest_directions(std::string_view text,
                                            const std::vector<DirectionName>& names,
                                            std::size_t max) {
  std::map<std::string, double> score;  // lower is likelier
  auto offer = [&](const std::string& number, double s) {
    auto [it, added] = score.emplace(number, s);
    if (!added) it->second = std::min(it->second, s);
  };
  std::string repaired = repaired_number(text);
  if (!repaired.empty()) {
    if (known(names, repaired) && repaired != text) offer(repaired, 0);
    // "41" for 4.1, "101" for 10.1
    if (digits_only(repaired))
      for (std::size_t cut = 1; cut < repaired.size(); ++cut) {
        std::string n = repaired.substr(0, cut) + "." + repaired.substr(cut);
        if (known(names, n)) offer(n, 1);
      }
    // "3.9" in area 3, which has 3.1 to 3.4: every direction of the area
    std::string area = repaired.substr(0, repaired.find('.'));
    if (repaired.find('.') != std::string::npos)
      for (const DirectionName& d : names)
        if (d.number.substr(0, d.number.find('.')) == area) offer(d.number, 2);
    for (const DirectionName& d : names)  // "11.1" for 1.1
      if (text::edit_distance(repaired, d.number) == 1) offer(d.number, 2.5);
  }
  std::vector<UChar32> k = key_points(text);
  if (k.size() >= 2)
    for (const DirectionName& d : names) {
      std::vector<UChar32> zh = key_points(d.title.zh), en = key_points(d.title.en);
      double s = k.size() >= 4 ? std::max(similarity(k, zh), similarity(k, en)) : 0.0;
      // A part of the title ("热泵储电" in 高密度热泵储电关键技术合作研发)
      bool part =
          std::search(zh.begin(), zh.end(), k.begin(), k.end()) != zh.end() ||
          (k.size() >= 4 && std::search(en.begin(), en.end(), k.begin(), k.end()) != en.end());
      if (part) s = std::max(s, 0.5);
      if (s >= 0.4) offer(d.number, 3 - s);
    }
  // A number mended ("4-1", "41") is the answer: the weaker guesses would only
  // hide it.
  if (std::any_of(score.begin(), score.end(), [](const auto& x) { return x.second <= 1; }))
    std::erase_if(score, [](const auto& x) { return x.second > 1; });
  std::vector<std::pair<double, std::string>> ranked;
  for (auto& [n, s] : score) ranked.push_back({s, n});
  std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first < b.first : rules::direction_less(a.second, b.second);
  });
  std::vector<std::string> out;
  for (auto& [s, n] : ranked)
    if (out.size() < max) out.push_back(n);
  return out;
}

std::string unknown_direction_message(std::string_view text, const std::string& guide,
                                      const std::vector<std::string>& suggestions,
                                      const std::vector<DirectionName>& names, rules::Lang lang) {
  using Id = msg::Id;
  // The name as written, shortened to the characters wholly inside its
  // first 119 bytes: it comes from the proposal.
  std::string shown(text.size() > 120 ? text::utf8::head(text, 119) : text);
  if (shown.size() < text.size()) shown += "…";
  std::vector<std::string> listed;
  for (const std::string& n : suggestions) {
    std::string title;
    for (const DirectionName& d : names)
      if (d.number == n) title = d.title.get(lang);
    listed.push_back(title.empty() ? n : msg::tr<Id::eval_direction_with_title>(lang, n, title));
  }
  // "a、b或c" / "a, b or c"
  std::string list;
  if (!listed.empty()) {
    std::string last = listed.back();
    listed.pop_back();
    list = listed.empty() ? last : msg::join(lang, listed) + msg::tr<Id::eval_list_or>(lang) + last;
  }
  const char* command = "guidecheck rules list";
  std::string unknown = guide.empty()
                            ? msg::tr<Id::eval_unknown_direction>(lang, shown)
                            : msg::tr<Id::eval_unknown_direction_in_guide>(lang, shown, guide);
  return list.empty() ? msg::tr<Id::eval_unknown_direction_how>(lang, unknown, command)
                      : msg::tr<Id::eval_unknown_direction_suggest>(lang, unknown, list, command);
}

}  // namespace guidecheck::eval
