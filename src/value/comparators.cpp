#include "value/comparators.h"

#include <vector>

namespace guidecheck::value {
namespace {

using C = Comparison;
constexpr Place B = Place::Before;
constexpr Place A = Place::After;

// Full-width forms are here for the rule loader, which compares a rule's
// wording as written; a proposal's values are NFKC-folded first
// (text::fold), so "（含）以上" reaches them as "(含)以上".
constexpr ComparatorWord kWords[] = {
    // at least
    {">=", C::AtLeast, B},
    {"≥", C::AtLeast, B},
    {"⩾", C::AtLeast, B},
    {"不低于", C::AtLeast, B},
    {"不小于", C::AtLeast, B},
    {"不少于", C::AtLeast, B},
    {"不短于", C::AtLeast, B},
    {"至少", C::AtLeast, B},
    {"达到", C::AtLeast, B},
    {"大于等于", C::AtLeast, B},
    {"不应低于", C::AtLeast, B},
    {"应不低于", C::AtLeast, B},
    {"不得低于", C::AtLeast, B},
    {"不应少于", C::AtLeast, B},
    {"不得少于", C::AtLeast, B},
    {"不应小于", C::AtLeast, B},
    {"应达到", C::AtLeast, B},
    {"以上", C::AtLeast, A},
    {"及以上", C::AtLeast, A},
    {"(含)以上", C::AtLeast, A},
    {"（含）以上", C::AtLeast, A},
    // English, for proposals written in English (matched as whole words,
    // in any case: "At least 792", never "above" inside "aboveground").
    // Only words with one reading: "up to", "over", "under" and "within" are
    // left out ("up to 95 %" states a ceiling of what may happen, not a
    // commitment; "within ±5 %" is a tolerance), so they stay free text.
    {"at least", C::AtLeast, B},
    {"no less than", C::AtLeast, B},
    {"not less than", C::AtLeast, B},
    {"no fewer than", C::AtLeast, B},
    {"not fewer than", C::AtLeast, B},
    {"no lower than", C::AtLeast, B},
    {"not lower than", C::AtLeast, B},
    {"not below", C::AtLeast, B},
    {"no shorter than", C::AtLeast, B},
    {"not shorter than", C::AtLeast, B},
    {"no longer than", C::AtMost, B},
    {"not longer than", C::AtMost, B},
    {"more than", C::Above, B},
    {"greater than", C::Above, B},
    {"higher than", C::Above, B},
    {"above", C::Above, B},
    {"at most", C::AtMost, B},
    {"no more than", C::AtMost, B},
    {"not more than", C::AtMost, B},
    {"no greater than", C::AtMost, B},
    {"not greater than", C::AtMost, B},
    {"no higher than", C::AtMost, B},
    {"not higher than", C::AtMost, B},
    {"not exceeding", C::AtMost, B},
    {"not above", C::AtMost, B},
    {"less than", C::Below, B},
    {"fewer than", C::Below, B},
    {"lower than", C::Below, B},
    {"below", C::Below, B},
    // above
    {">", C::Above, B},
    {"高于", C::Above, B},
    {"大于", C::Above, B},
    {"超过", C::Above, B},
    // at most
    {"<=", C::AtMost, B},
    {"≤", C::AtMost, B},
    {"⩽", C::AtMost, B},
    {"不高于", C::AtMost, B},
    {"不大于", C::AtMost, B},
    {"不超过", C::AtMost, B},
    {"不多于", C::AtMost, B},
    {"不长于", C::AtMost, B},
    {"至多", C::AtMost, B},
    {"最多", C::AtMost, B},
    {"小于等于", C::AtMost, B},
    {"不应高于", C::AtMost, B},
    {"不得高于", C::AtMost, B},
    {"不应大于", C::AtMost, B},
    {"不应超过", C::AtMost, B},
    {"不得超过", C::AtMost, B},
    {"以下", C::AtMost, A},
    {"及以下", C::AtMost, A},
    {"(含)以下", C::AtMost, A},
    {"以内", C::AtMost, A},
    // below
    {"<", C::Below, B},
    {"低于", C::Below, B},
    {"小于", C::Below, B},
    {"不满", C::Below, B},
};

}  // namespace

std::span<const ComparatorWord> comparator_words() { return kWords; }

std::optional<Comparison> comparison_of(std::string_view word) {
  for (const ComparatorWord& w : kWords)
    if (w.word == word) return w.comparison;
  return std::nullopt;
}

namespace {

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// `text` begins with `word`; an English word in any case, and whole (not
// followed by a letter).
bool begins_with(std::string_view text, std::string_view word) {
  if (!ascii_letter(word.front())) return text.starts_with(word);
  if (text.size() < word.size()) return false;
  for (std::size_t i = 0; i < word.size(); ++i) {
    char c = text[i];
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    if (c != word[i]) return false;
  }
  return text.size() == word.size() || !ascii_letter(text[word.size()]);
}

// The words of each place by their first byte (an English word's in lower
// case), in the table's order: callers try every position of a text, and a
// byte that begins a word (the lead byte of 不, 以, ≥) begins only a few, so
// only those are compared.
struct ByFirstByte {
  std::vector<const ComparatorWord*> words[2][256];
};

const ByFirstByte& by_first_byte() {
  static const ByFirstByte table = [] {
    ByFirstByte t;
    for (const ComparatorWord& w : kWords) {
      auto c = static_cast<unsigned char>(w.word.front());
      if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
      t.words[w.place == Place::After ? 1 : 0][c].push_back(&w);
    }
    return t;
  }();
  return table;
}

}  // namespace

const ComparatorWord* comparator_at(std::string_view text, Place place) {
  if (text.empty()) return nullptr;
  auto c = static_cast<unsigned char>(text.front());
  if (c >= 'A' && c <= 'Z') c = static_cast<unsigned char>(c - 'A' + 'a');
  // The longest match, so that no order of the table matters (">=" before
  // ">", "大于等于" before "大于", "not more than" before "more than").
  const ComparatorWord* best = nullptr;
  for (const ComparatorWord* w : by_first_byte().words[place == Place::After ? 1 : 0][c])
    if (begins_with(text, w->word) && (!best || w->word.size() > best->word.size())) best = w;
  return best;
}

bool is_lower_bound(Comparison c) {
  switch (c) {
    case Comparison::AtLeast:
    case Comparison::Above:
      return true;
    case Comparison::AtMost:
    case Comparison::Below:
      return false;
  }
  return false;
}

bool is_strict(Comparison c) {
  switch (c) {
    case Comparison::Above:
    case Comparison::Below:
      return true;
    case Comparison::AtLeast:
    case Comparison::AtMost:
      return false;
  }
  return false;
}

}  // namespace guidecheck::value
