// Edit distance, for did-you-mean suggestions (unknown keys, directions,
// participant words).
#pragma once

#include <cstddef>
#include <string>

namespace guidecheck::text {

// Levenshtein distance in bytes (insertions, deletions, substitutions; no
// transpositions). Callers compare ASCII ids and words.
std::size_t edit_distance(const std::string& a, const std::string& b);

}  // namespace guidecheck::text
