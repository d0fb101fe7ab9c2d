#include "text/country.h"

#include <unicode/locid.h>
#include <unicode/region.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <utility>

#include "text/normalize.h"
#include "text/utf8.h"

namespace guidecheck::text {
namespace {

// Letters and digits only, lower-cased, after NFKC: "Hong Kong SAR, China" and
// "hongkongsarchina" compare equal, as do "中国 香港" and "中国香港".
std::string key_of(std::string_view s) {
  std::string folded = fold(s), out;
  // The first 1024 bytes: a character cut there is U+FFFD, not a letter.
  utf8::each(std::string_view(folded).substr(0, 1024), [&](char32_t c) {
    if (u_isalnum(static_cast<UChar32>(c)))
      utf8::append(out, static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))));
    return true;
  });
  return out;
}

struct Names {
  std::map<std::string, std::string> code_of;  // key -> code
  std::map<std::string, std::string> shown;    // code -> "韩国 / South Korea"
};

const Names& names() {
  static const Names n = [] {
    Names out;
    for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c) {
      std::string code = *c;
      if (!known_country(code)) continue;  // not a territory ICU places on a continent
      std::string zh, en;
      icu::UnicodeString u;
      icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale("zh"), u).toUTF8String(zh);
      u.remove();
      icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale("en"), u).toUTF8String(en);
      for (const std::string& name : {zh, en, code})
        if (!name.empty()) out.code_of.emplace(key_of(name), code);
      out.shown[code] = zh + " / " + en;
    }
    // Short forms applicants write, each standing for one territory only.
    const std::pair<const char*, const char*> extra[] = {
        {"中方", "CN"},
        {"中国大陆", "CN"},
        {"中华人民共和国", "CN"},
        {"PRC", "CN"},
        {"香港", "HK"},
        {"中国香港", "HK"},
        {"Hong Kong", "HK"},
        {"澳门", "MO"},
        {"中国澳门", "MO"},
        {"Macao", "MO"},
        {"Macau", "MO"},
        {"中国台湾", "TW"},
        {"USA", "US"},
        {"U.S.A.", "US"},
        {"U.S.", "US"},
        {"United States of America", "US"},
        {"UK", "GB"},
        {"U.K.", "GB"},
        {"Great Britain", "GB"},
        {"Britain", "GB"},
        {"Republic of Korea", "KR"},
        {"大韩民国", "KR"},
        {"Russian Federation", "RU"},
        {"Czech Republic", "CZ"},
        {"The Netherlands", "NL"},
        {"Holland", "NL"},
        {"Deutschland", "DE"},
    };
    for (auto [name, code] : extra) out.code_of[key_of(name)] = code;
    return out;
  }();
  return n;
}

}  // namespace

namespace {
std::string code_uncached(std::string_view name);
}

// A pure function of the name, asked of the same few names again and again in
// a batch (every participant has a country): the answers are kept per thread.
// Bounded: short names only, and the table starts afresh when full.
std::string country_code_of(std::string_view name) {
  constexpr std::size_t kMaxKey = 64, kMaxEntries = 1024;
  if (name.size() > kMaxKey) return code_uncached(name);
  thread_local std::unordered_map<std::string, std::string> seen;
  std::string key(name);
  if (auto it = seen.find(key); it != seen.end()) return it->second;
  std::string code = code_uncached(name);
  if (seen.size() >= kMaxEntries) seen.clear();
  seen.emplace(std::move(key), code);
  return code;
}

namespace {
// A code as the contract asks for it, two capital letters ("CN", "DE"), that
// ICU lists: the table of every country's names (a third of the instructions
// of a one-file check, built on first use) is not needed to read it. "UK" is
// a name in that table (the United Kingdom, GB), so it is left to the table.
bool listed_code(std::string_view name) {
  if (name.size() != 2 || name == "UK") return false;
  for (char c : name)
    if (c < 'A' || c > 'Z') return false;
  for (const char* const* c = icu::Locale::getISOCountries(); *c; ++c)
    if (name == *c) return known_country(name);
  return false;
}

std::string code_uncached(std::string_view name) {
  if (listed_code(name)) return std::string(name);
  std::string k = key_of(name);
  if (k.empty()) return "";
  const auto& m = names().code_of;
  if (auto it = m.find(k); it != m.end()) return it->second;
  // A code ICU knows beyond its list of current ones ("XK", the old "UK"):
  // the code it stands for today.
  if (k.size() == 2 && k[0] >= 'a' && k[0] <= 'z' && k[1] >= 'a' && k[1] <= 'z') {
    std::string code{static_cast<char>(k[0] - 'a' + 'A'), static_cast<char>(k[1] - 'a' + 'A')};
    if (!known_country(code)) return "";
    UErrorCode status = U_ZERO_ERROR;
    const icu::Region* r = icu::Region::getInstance(code.c_str(), status);
    return U_SUCCESS(status) && r ? std::string(r->getRegionCode()) : code;
  }
  return "";
}
}  // namespace

std::vector<std::string> country_suggestions(std::string_view name) {
  std::string k = key_of(name);
  std::vector<std::pair<std::size_t, std::string>> ranked;  // (how far, code)
  if (k.size() >= 2) {
    for (const auto& [key, code] : names().code_of) {
      // A part of a name ("Korea" in "South Korea", "德意志" is not) or a name
      // within what was written ("Federal Republic of Germany").
      bool part =
          key.find(k) != std::string::npos || (key.size() >= 4 && k.find(key) != std::string::npos);
      if (!part) continue;
      std::size_t d = key.size() > k.size() ? key.size() - k.size() : k.size() - key.size();
      ranked.push_back({d, code});
    }
  }
  std::sort(ranked.begin(), ranked.end());
  std::vector<std::string> out;
  for (const auto& [d, code] : ranked) {
    std::string s = code + " (" + names().shown.at(code) + ")";
    if (std::find(out.begin(), out.end(), s) == out.end() && out.size() < 3) out.push_back(s);
  }
  return out;
}

}  // namespace guidecheck::text
