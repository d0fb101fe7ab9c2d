// Waivers (contract §4: status `waived`): a proposal's top-level `waivers:`
// list, or a config file's, each item {rule, reason, by, until} (the config's
// also `paths`). Read here for both, so that the two are checked alike; what
// a waiver does to findings is eval/waivers.h.
#pragma once

#include <string>
#include <vector>

#include "yaml/node.h"

namespace guidecheck::proposal {

struct Waiver {
  std::string rule;    // "3.1/round_trip_efficiency", "general/max_duration"
  std::string reason;  // never empty
  std::string by;      // who granted it, or ""
  std::string until;   // last day it holds, YYYY-MM-DD, or "" (no end)
  Mark mark, rule_mark, until_mark;
  // Config waivers only: the config file, the globs of the proposals it
  // covers (empty: every proposal), matched against the proposal's path
  // relative to `base` (the config's folder, absolute) or as given.
  std::string file;
  std::vector<std::string> paths;
  std::string base;
};

// A waiver that cannot be read; the waiver is not applied.
struct WaiverProblem {
  enum class Kind { NotAList, NotAMapping, NoRule, NotText, NoReason, BadDate, UnknownKey };
  Kind kind;
  Mark mark;
  std::string key;                 // NotText, UnknownKey: the key; NoReason: the rule
  std::string found;               // what was written (kind name or text)
  std::vector<std::string> known;  // UnknownKey: the keys allowed
  std::string suggestion;          // UnknownKey: the closest known key, or ""
  msg::Id found_kind{};            // when `found` is a node kind: its message
};

// Reads a `waivers:` value. `config`: the config file's list (allows `paths`).
// Items with a problem are left out of `out`.
void read_waivers(const yaml::Node& node, bool config, std::vector<Waiver>& out,
                  std::vector<WaiverProblem>& problems);

// The problem in words; says that the waiver is not applied.
msg::Text waiver_problem(const WaiverProblem& p);

// True for a real calendar date written YYYY-MM-DD (2026-02-29 is not).
bool valid_date(const std::string& s);

}  // namespace guidecheck::proposal
