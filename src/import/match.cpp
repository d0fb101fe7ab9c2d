#include "import/match.h"

#include <algorithm>
#include <cstdint>

#include "text/normalize.h"

namespace guidecheck::import {

std::u32string match_form(std::string_view utf8) {
  std::u32string u = to_u32(text::fold(utf8));
  std::u32string out;
  out.reserve(u.size());
  for (char32_t c : u) {
    if (c == U' ' || c == U'\t' || c == U'\n' || c == U'\r' || c == U'\u3000') continue;
    if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    out += c;
  }
  return out;
}

std::uint64_t char_buckets(std::u32string_view s) {
  std::uint64_t m = 0;
  for (char32_t c : s) m |= std::uint64_t{1} << ((c * 2654435761u) >> 26 & 63);
  return m;
}

std::size_t common_run(std::u32string_view a, std::u32string_view b) {
  if (a.empty() || b.empty()) return 0;
  if ((char_buckets(a) & char_buckets(b)) == 0) return 0;
  if (a.size() < b.size()) std::swap(a, b);
  // Each common run starts where a character of `a` equals one of `b` and the
  // characters before them differ; `b` (a name, short) is indexed by
  // character, so `a` is walked once and only real matches are extended.
  constexpr std::size_t kSlots = 256;
  if (b.size() >= kSlots / 2) {  // long texts on both sides: the plain table
    thread_local std::vector<std::size_t> prev, cur;
    prev.assign(b.size() + 1, 0);
    cur.assign(b.size() + 1, 0);
    std::size_t best = 0;
    for (std::size_t i = 1; i <= a.size(); ++i) {
      for (std::size_t j = 1; j <= b.size(); ++j) {
        cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : 0;
        best = std::max(best, cur[j]);
      }
      std::swap(prev, cur);
    }
    return best;
  }
  // open addressing: slot -> first position of a character in b; next[] chains
  std::int16_t head[kSlots];
  char32_t key[kSlots];
  std::int16_t next[kSlots / 2];
  std::fill(std::begin(head), std::end(head), std::int16_t{-1});
  for (std::size_t j = b.size(); j-- > 0;) {
    std::size_t h = (b[j] * 2654435761u) >> 24 & (kSlots - 1);
    while (head[h] >= 0 && key[h] != b[j]) h = (h + 1) & (kSlots - 1);
    next[j] = head[h];
    key[h] = b[j];
    head[h] = static_cast<std::int16_t>(j);
  }
  std::size_t best = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    std::size_t h = (a[i] * 2654435761u) >> 24 & (kSlots - 1);
    while (head[h] >= 0 && key[h] != a[i]) h = (h + 1) & (kSlots - 1);
    for (std::int16_t j = head[h]; j >= 0; j = next[j]) {
      std::size_t jj = static_cast<std::size_t>(j);
      if (i > 0 && jj > 0 && a[i - 1] == b[jj - 1]) continue;  // not the run's start
      std::size_t k = 1;
      while (i + k < a.size() && jj + k < b.size() && a[i + k] == b[jj + k]) ++k;
      best = std::max(best, k);
    }
  }
  return best;
}

namespace {
bool names_words(std::u32string_view text, std::u32string_view key, std::size_t* run) {
  if (run) *run = 0;
  if (key.empty()) return false;
  std::size_t ascii = 0;
  for (char32_t c : key) ascii += c < 0x80;
  if (ascii * 2 > key.size()) {
    // an English name needs 8 common letters: skip texts with fewer letters
    std::size_t letters = 0;
    for (char32_t c : text) letters += c < 0x80;
    if (letters < std::min<std::size_t>(8, key.size())) return false;  // "burnout" is 7
  }
  std::size_t r = common_run(text, key);
  if (run) *run = r;
  std::size_t floor = ascii * 2 > key.size() ? 8 : 3;
  if (r < 2) return false;
  // The text repeats most of the key ...
  // (a Chinese key of six characters or more needs four: “超充功率” shares
  // only 充功率 with “对车快充功率”, another power; a text the key holds
  // whole, “新产品” of “开发新产品数”, needs no more)
  std::size_t half_floor =
      ascii * 2 > key.size() || key.size() < 6 || r == text.size() ? floor : floor + 1;
  if (r >= std::min(half_floor, key.size()) && r * 2 >= key.size()) return true;
  // ... or the text is mostly a shorter name the key contains ("电-电效率" for
  // "热泵储电系统设计电-电效率").
  // (an English word alone is not enough: "environment")
  std::size_t short_floor = ascii * 2 > key.size() ? 12 : floor + 1;
  if (r >= short_floor && r * 10 >= text.size() * 6) return true;
  // ... or the key ends with the common run, at least 4 (9) characters: a
  // Chinese noun phrase ends with its head ("设计电-电效率" -> "电-电效率").
  // English puts the head first ("number of reports published"): its tail
  // must be longer, two words or so, to name the key.
  std::size_t tail_floor = ascii * 2 > key.size() ? 12 : floor + 1;
  if (r >= tail_floor && r < key.size()) {
    std::u32string_view tail = key.substr(key.size() - r);
    if (text.find(tail) != std::u32string_view::npos) return true;
  }
  return false;
}
}  // namespace

namespace {
// Where `word` starts in `s` as a negating prefix: 非 not in 非洲 (Africa)
// or 非常 (very), or "non-"; npos when there is none.
std::size_t negation_at(std::u32string_view s) {
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == U'非' && i + 1 < s.size() && s[i + 1] != U'洲' && s[i + 1] != U'常') return i;
    // (names in match form have no spaces: "expectnon-co2", so no word start)
    if (s.substr(i, 4) == U"non-") return i;
  }
  return std::u32string_view::npos;
}

// The word a negation at `at` negates: the next two characters (four
// letters after "non-").
std::u32string_view negated(std::u32string_view s, std::size_t at) {
  return s[at] == U'非' ? s.substr(at + 1, 2) : s.substr(at + 4, 4);
}

bool has_any(std::u32string_view s, std::initializer_list<std::u32string_view> words) {
  for (auto w : words)
    if (s.find(w) != std::u32string_view::npos) return true;
  return false;
}
}  // namespace

bool contradicts(std::u32string_view text, std::u32string_view key) {
  // One side negates a word the other states plainly: 缺血性心脏病诊断模型 is
  // not 非缺血性心脏病类别数 (nor "ischaemic" "non-ischaemic").
  std::size_t kn = negation_at(key), tn = negation_at(text);
  if (kn != std::u32string_view::npos && tn == std::u32string_view::npos) {
    std::u32string_view w = negated(key, kn);
    // (不可燃 says what 非可燃 says)
    for (std::size_t at = w.size() >= 2 ? text.find(w) : std::u32string_view::npos;
         at != std::u32string_view::npos; at = text.find(w, at + 1))
      if (at == 0 || (text[at - 1] != U'不' && text[at - 1] != U'无')) return true;
  }
  if (tn != std::u32string_view::npos && kn == std::u32string_view::npos) {
    std::u32string_view w = negated(text, tn);
    if (w.size() >= 2 && key.find(w) != std::u32string_view::npos) return true;
  }
  // A count of granted patents is not named by patents applied for (a
  // granted patent was applied for, so the other way round is no conflict).
  static constexpr std::initializer_list<std::u32string_view> kGranted = {U"授权", U"granted"};
  if (has_any(key, kGranted) && !has_any(text, kGranted) &&
      has_any(text, {U"申请", U"申报", U"提交", U"appl", U"filed", U"submitted"}))
    return true;
  return false;
}

bool names(std::u32string_view text, std::u32string_view key, std::size_t* run) {
  return names_words(text, key, run) && !contradicts(text, key);
}

namespace {
std::uint16_t gram_hash(std::u32string_view g) {
  std::uint32_t h = 2166136261u;
  for (char32_t c : g) h = (h ^ static_cast<std::uint32_t>(c)) * 16777619u;
  return static_cast<std::uint16_t>((h ^ (h >> 16)) & 4095);
}
}  // namespace

Pairs::Pairs(std::u32string_view s) {
  for (std::size_t n = 2; n <= 4; ++n)
    for (std::size_t i = 0; i + n <= s.size(); ++i) {
      std::uint16_t h = gram_hash(s.substr(i, n));
      bits[n - 2][h >> 6] |= std::uint64_t{1} << (h & 63);
    }
}

bool Pairs::any_of(const std::vector<std::uint16_t>& keys) const {
  if (keys.empty()) return false;
  const std::uint64_t* b = bits[keys[0] - 2];
  for (std::size_t i = 1; i < keys.size(); ++i)
    if (b[keys[i] >> 6] >> (keys[i] & 63) & 1) return true;
  return false;
}

std::vector<std::uint16_t> pair_hashes(std::u32string_view key) {
  std::size_t ascii = 0;
  for (char32_t c : key) ascii += c < 0x80;
  // the shortest common run `names` accepts, capped at 4
  std::size_t n = std::min<std::size_t>(ascii * 2 > key.size() ? 8 : 3, key.size());
  n = std::clamp<std::size_t>(n, 2, 4);
  std::vector<std::uint16_t> out;
  for (std::size_t i = 0; i + n <= key.size(); ++i) out.push_back(gram_hash(key.substr(i, n)));
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  out.insert(out.begin(), static_cast<std::uint16_t>(n));
  return out;
}

std::u32string drop_particles(std::u32string_view s) {
  std::u32string out;
  out.reserve(s.size());
  for (char32_t c : s)
    if (c != U'的' && c != U'之') out += c;
  return out;
}

bool contains(std::u32string_view text, std::string_view word) {
  std::u32string w = to_u32(word);
  return text.find(w) != std::u32string_view::npos;
}

bool contains_any(std::u32string_view text, const std::vector<std::u32string>& words) {
  for (const auto& w : words)
    if (text.find(w) != std::u32string_view::npos) return true;
  return false;
}

bool contains_any(std::u32string_view text, const WordSet& set) {
  const std::uint64_t in_text = char_buckets(text);
  for (std::size_t i = 0; i < set.words.size(); ++i)
    if ((set.buckets[i] & ~in_text) == 0 && text.find(set.words[i]) != std::u32string_view::npos)
      return true;
  return false;
}

}  // namespace guidecheck::import
