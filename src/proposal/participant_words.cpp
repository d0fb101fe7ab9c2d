#include "proposal/participant_words.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include "text/distance.h"
#include "text/normalize.h"

namespace guidecheck::proposal {
namespace {

// Lower-case ASCII, no spaces or '_'/'-': "Testing Body" = "testing_body".
std::string key_of(std::string_view s) {
  std::string folded(text::trim(text::fold(s))), out;
  for (char c : folded)
    if (c != ' ' && c != '_' && c != '-')
      out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

// The words and aliases of one lookup, each with its key, in the order they
// are tried: the keys of these fixed tables are computed once, not again for
// every participant.
using Keyed = std::vector<std::pair<std::string, std::string_view>>;

Keyed keyed(const std::vector<std::string>& words,
            const std::vector<std::pair<std::string_view, std::string_view>>& aliases) {
  Keyed out;
  out.reserve(words.size() + aliases.size());
  for (const std::string& w : words) out.emplace_back(key_of(w), w);
  for (auto [alias, word] : aliases) out.emplace_back(key_of(alias), word);
  return out;
}

// The table's words come first and have keys of their own, so a text that
// is one of them as written (nearly every participant's role and kind) is
// that word: found without folding.
std::string lookup(std::string_view text, const Keyed& table,
                   const std::vector<std::string>& words) {
  for (const std::string& w : words)
    if (text == w) return w;
  std::string k = key_of(text);
  for (const auto& [key, word] : table)
    if (k == key) return std::string(word);
  return "";
}

// Each alias stands for one word only; words that could mean either (承担单位,
// 合作单位 for the lead?) are left out: they get the list of words instead.
const std::vector<std::pair<std::string_view, std::string_view>> kRoleAliases = {
    {"牵头单位", "lead"},     {"牵头", "lead"},          {"牵头方", "lead"},
    {"项目牵头单位", "lead"}, {"leader", "lead"},        {"lead unit", "lead"},
    {"参与单位", "member"},   {"参与", "member"},        {"参与方", "member"},
    {"参加单位", "member"},   {"participant", "member"}, {"partner", "member"},
};

const std::vector<std::pair<std::string_view, std::string_view>> kKindAliases = {
    {"高校", "university"},
    {"大学", "university"},
    {"高等院校", "university"},
    {"高等学校", "university"},
    {"科研院所", "institute"},
    {"研究所", "institute"},
    {"研究院", "institute"},
    {"科研机构", "institute"},
    {"研究机构", "institute"},
    {"research institute", "institute"},
    {"企业", "enterprise"},
    {"公司", "enterprise"},
    {"company", "enterprise"},
    {"医院", "hospital"},
    {"检测机构", "testing_body"},
    {"检验检测机构", "testing_body"},
    {"第三方检测机构", "testing_body"},
    {"船级社", "classification_society"},
    {"船东", "shipowner"},
    {"国际组织", "international_org"},
    {"international organisation", "international_org"},
    {"international organization", "international_org"},
    {"其他", "other"},
    {"其它", "other"},
};

}  // namespace

const std::vector<std::string>& role_words() {
  static const std::vector<std::string> w = {"lead", "member"};
  return w;
}

const std::vector<std::string>& kind_words() {
  static const std::vector<std::string> w = {
      "university", "institute",         "enterprise",
      "hospital",   "testing_body",      "classification_society",
      "shipowner",  "international_org", "other"};
  return w;
}

std::string canonical_role(std::string_view text) {
  static const Keyed table = keyed(role_words(), kRoleAliases);
  return lookup(text, table, role_words());
}
std::string canonical_kind(std::string_view text) {
  static const Keyed table = keyed(kind_words(), kKindAliases);
  return lookup(text, table, kind_words());
}

std::string closest_word(std::string_view text, const std::vector<std::string>& words) {
  std::string k = key_of(text), best;
  std::size_t best_d = 3;  // at most two edits ("memeber", "univercity")
  for (const std::string& w : words) {
    std::size_t d = text::edit_distance(k, key_of(w));
    if (d < best_d) best_d = d, best = w;
  }
  return best;
}

}  // namespace guidecheck::proposal
