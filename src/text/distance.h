// Edit distance, for did-you-mean suggestions (unknown keys, directions,
// participant words).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace guidecheck::text {

// Levenshtein distance in bytes (insertions, deletions, substitutions; no
// transpositions). Callers compare ASCII ids and words.
std::size_t edit_distance(const std::string& a, const std::string& b);

// The candidate nearest `id` (the first of the nearest), if it is within
// max(3, a third of id's length) edits: what a typo of an id ("round_trip_
// efficency", "technical_suport") most likely meant; "" when none is that
// near. For unknown keys and unknown waived rules.
std::string closest_id(const std::string& id, const std::vector<std::string>& candidates);

}  // namespace guidecheck::text
