#include "value/comparators.h"

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

const ComparatorWord* comparator_at(std::string_view text, Place place) {
  // The longest match, so that no order of the table matters (">=" before
  // ">", "大于等于" before "大于").
  const ComparatorWord* best = nullptr;
  for (const ComparatorWord& w : kWords)
    if (w.place == place && text.starts_with(w.word) &&
        (!best || w.word.size() > best->word.size()))
      best = &w;
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
