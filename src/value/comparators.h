// Comparator words: the one table of the words and signs that bound a number
// ("不低于 60 %", "60 % 以上", "≤ 3"), read by the proposal's values
// (value.cpp) and by the rule loader's `wording:` check (rules/operators.h).
// Adding a word here teaches both.
#pragma once

#include <optional>
#include <span>
#include <string_view>

namespace guidecheck::value {

// What a comparator word commits to.
enum class Comparison {
  AtLeast,  // ≥
  Above,    // >
  AtMost,   // ≤
  Below,    // <
};

// Where the word stands: before the number ("不低于 60") or after it ("60 以上").
enum class Place { Before, After };

struct ComparatorWord {
  std::string_view word;
  Comparison comparison;
  Place place;
};

// Every word, once.
std::span<const ComparatorWord> comparator_words();

// The word's comparison wherever it stands, or nothing for an unknown word.
std::optional<Comparison> comparison_of(std::string_view word);

// The longest word of `place` that `text` starts with, or nullptr.
const ComparatorWord* comparator_at(std::string_view text, Place place);

bool is_lower_bound(Comparison c);  // ≥ and >: the number bounds from below
bool is_strict(Comparison c);       // > and <: the number itself is excluded

}  // namespace guidecheck::value
