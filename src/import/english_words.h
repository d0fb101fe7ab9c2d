// English names in other word orders: “Scale of each B2G station” names
// “Scale of the swap stations in the B2G demonstration”, though no long run
// of letters is common to both. The matcher (match.h) compares names with
// their spaces removed, by their longest common run, which suits Chinese and
// English written as the guide writes it; an applicant's English label that
// reorders the guide's words is read here instead: every word of the label
// is a word of the name (as the same stem) or a function word, and the label
// has at least two words of the name. Hand-written: no Debian library splits
// a name into its stems this simply (ICU's break iterators find words, not
// stems, and Snowball is not packaged for C++).
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace guidecheck::import {

// The stems of an English name's content words, in order (lower case,
// plural endings off, function words and bare numbers dropped): “Scale of
// the swap stations” -> scale, swap, station. Empty for a name with no
// ASCII letters.
std::vector<std::u32string> english_stems(std::string_view name);

// True when `label`, in match form (NFKC, lower case, no spaces), is spelt
// wholly by the stems (each bare or with s/es, y as ies), function words and
// the separators - / . , ' and uses at least two of the stems and two fifths
// of them (“Applied Energy”, a journal, is not “New energy vehicle models the
// results are applied to”).
bool spelled_by(std::u32string_view label, const std::vector<std::u32string>& stems);

// Running English text with its small counts in words written as digits, in
// place: “develop three new technologies” -> “develop 3     new
// technologies”, “two to three routes” -> “2 to 3       routes” (padded with
// spaces, so that every other character keeps its offset and a finding's
// column still points into the text as written). Only one … twenty as whole
// words before another word, never before “of” or a hyphen (“one of the”,
// “three-dimensional”); “one” only after a comparator (“at least one”).
void number_words_as_digits(std::u32string& text);

}  // namespace guidecheck::import
