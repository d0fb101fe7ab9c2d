// What waivers do to a proposal's findings (contract §4, docs/format.md
// "Waivers"): a valid waiver of a rule turns that rule's finding, when it does
// not pass, into `waived` with the waiver's reason; the finding keeps its
// message, expected and actual. A waiver that has expired, names no rule of
// the proposal's direction, or cannot be read is itself a failing finding,
// and waives nothing.
#pragma once

#include <string>

#include "eval/evaluate.h"

namespace guidecheck::eval {

inline constexpr const char* kWaiverInvalidRule = "general/waiver_invalid";
inline constexpr const char* kWaiverExpiredRule = "general/waiver_expired";
inline constexpr const char* kWaiverUnknownRule = "general/waiver_unknown_rule";

// Today's local date, YYYY-MM-DD; the environment variable GUIDECHECK_TODAY
// (YYYY-MM-DD, for tests) replaces it. "" with `error` set when that variable
// is not a valid date.
std::string today(msg::Text& error);

// Applies the proposal's waivers and the config waivers that cover it to
// `res` (after every rule and unknown key has its finding).
void apply_waivers(eval::FileResult& res, const proposal::Proposal& p,
                   const rules::General& general, const rules::Direction& dir, const Options& opt);

}  // namespace guidecheck::eval
