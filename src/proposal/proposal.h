// A proposal (contract §3) read from YAML: the structure is checked here; the
// values of indicators stay as YAML nodes until a rule asks for them.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "proposal/waiver.h"
#include "yaml/node.h"
#include "yaml/parse.h"

namespace guidecheck::proposal {

struct Participant {
  std::string name, country, role, kind;
  std::vector<std::string> qualifications;
  Mark mark;
};

// A key the proposal format does not know (contract §3: it fails the
// proposal). Ids under research_contents and indicators depend on the
// direction and are checked by the evaluator instead.
struct UnknownKey {
  std::string key;
  Mark mark;                       // of the key
  std::string context;             // "" (top level), "participant", "value", "waiver"
  std::vector<std::string> known;  // the keys allowed there
  std::string suggestion;          // the closest known key, or ""
};

struct Proposal {
  std::string file;
  std::unique_ptr<yaml::Node> root;
  std::string guide;  // "" = the newest pack with the direction
  std::string direction;
  std::string title;
  const yaml::Node* duration = nullptr;
  const yaml::Node* sub_projects = nullptr;
  std::vector<Participant> participants;
  const yaml::Node* research_contents = nullptr;  // a mapping, or null
  const yaml::Node* indicators = nullptr;         // a mapping, or null
  Mark participants_mark, research_mark, indicators_mark;
  std::vector<UnknownKey> unknown_keys;  // in file order
  // `waivers:` (proposal/waiver.h): the ones read, and the problems of those
  // that could not be (unknown keys in an item are in unknown_keys).
  std::vector<Waiver> waivers;
  std::vector<WaiverProblem> waiver_problems;
  const yaml::Entry* indicator(const std::string& id) const;
  const yaml::Entry* research(const std::string& id) const;
  std::string lead() const;  // name of the lead participant, or ""
};

struct Parsed {
  bool ok = false;
  Proposal proposal;
  Diagnostic error;      // when !ok: why it cannot be checked
  Diagnostics warnings;  // unknown keys and the like
  // The file is not a proposal at all (none of the keys guidecheck,
  // direction, participants, research_contents, indicators; not a mapping;
  // empty; or not YAML and never mentioning guidecheck): a folder walk skips
  // such files (a workflow, a config) instead of failing on them.
  bool not_a_proposal = false;
};

// Parses the text of one proposal file named `file`.
Parsed parse(const std::string& file, std::string_view text, const yaml::Limits& limits = {});

// Parses an already-built tree (tests, `rules test`); takes ownership.
Parsed from_tree(const std::string& file, std::unique_ptr<yaml::Node> root);

}  // namespace guidecheck::proposal
