// Text matching for the extractor: texts as code points, normalised (NFKC,
// ASCII lower case, no spaces) and compared by their longest common
// substring. Hand-written: ICU gives the normalisation, but no Debian library
// offers longest-common-substring scoring of short Chinese phrases.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "text/utf8.h"

namespace guidecheck::import {

// Code points and back, by the UTF-8 layer (ill-formed UTF-8 as U+FFFD).
inline std::u32string to_u32(std::string_view s) { return text::utf8::decode(s); }
inline std::string to_utf8(std::u32string_view s) { return text::utf8::encode(s); }

// NFKC, ASCII lower case, white space removed.
std::u32string match_form(std::string_view utf8);

// Which of 64 buckets the characters of `s` fall in: a string holding a
// character whose bucket is not in another's cannot occur in it, and two
// without a common bucket have no common character (cheap tests first).
std::uint64_t char_buckets(std::u32string_view s);

// Length of the longest common substring.
std::size_t common_run(std::u32string_view a, std::u32string_view b);

// True when `text` names `key` closely enough: the common run covers at
// least half of the key (and 3 characters, 4 for a Chinese key of six or
// more, or 8 for keys mostly in ASCII), or
// it is at least 4 (9) characters long and covers 60 % of the text, or the
// key ends with it (the head of a Chinese noun phrase).
// A text contradicting the key (below) never names it.
bool names(std::u32string_view text, std::u32string_view key, std::size_t* run = nullptr);

// True when `text` and `key` (both in match_form) disagree on a qualifier
// that changes what is measured, however many words they share: one negates
// (非, "non-") a word the other states plainly (缺血性 / 非缺血性), or the key
// counts granted patents (授权, "granted") and the text patents applied for.
bool contradicts(std::u32string_view text, std::u32string_view key);

// Which of 4096 buckets the runs of 2, 3 and 4 adjacent characters of `s`
// fall in. `names` needs a common run of at least min(3, key length)
// characters for a Chinese key and min(8, …) for an English one, so a key
// whose runs of that length (at most 4) all miss the text's buckets cannot
// be named by it, and the quadratic `common_run` is skipped: the extractor's
// prefilter (most clauses name no indicator).
struct Pairs {
  std::uint64_t bits[3][64] = {};
  explicit Pairs(std::u32string_view s);
  bool any_of(const std::vector<std::uint16_t>& keys) const;  // from pair_hashes()
};
// The key's runs of the length `names` needs (the first element is that length).
std::vector<std::uint16_t> pair_hashes(std::u32string_view key);

// Chinese particles that do not change what a name says (的, 之), dropped before
// names are compared: "储能的密度", "电芯之质量能量密度".
std::u32string drop_particles(std::u32string_view s);

bool contains(std::u32string_view text, std::string_view word_utf8);
bool contains_any(std::u32string_view text, const std::vector<std::u32string>& words);

// A fixed list of words (distractors, qualifiers) with each word's
// char_buckets, so that a text is searched only for the words whose every
// character it may hold (the lists are long, most texts hold none).
struct WordSet {
  std::vector<std::u32string> words;
  std::vector<std::uint64_t> buckets;
  template <class Range>
  explicit WordSet(const Range& utf8_words) {
    for (const char* w : utf8_words) {
      words.push_back(to_u32(w));
      buckets.push_back(char_buckets(words.back()));
    }
  }
};
bool contains_any(std::u32string_view text, const WordSet& set);

}  // namespace guidecheck::import
