// .guidecheck.yaml: a proposal repository's settings for `check`, so that CI,
// pre-commit and people run the same check without repeating options. Found
// upward from the current folder, or named with --config FILE; options given
// on the command line override it. Unknown keys are errors (a misspelt
// `exlude:` must not silently check everything).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "proposal/waiver.h"

namespace guidecheck::cli {

struct Config {
  std::string file;  // where it was read from ("" = no config)
  // Paths in the file are relative to its folder; they are stored resolved
  // (joined to that folder, unless absolute).
  std::optional<std::vector<std::string>> paths, exclude, include, formats;
  std::optional<std::string> lang, fail_on, rules, guide, output, project_url;
  std::optional<int> jobs;
  std::optional<bool> hidden, quiet, skip_non_proposals, no_waivers, sarif_passes;
  // `waivers:` (docs/ci.md): each with `paths` globs relative to the config's
  // folder (`base`, absolute) saying which proposals it covers.
  std::vector<proposal::Waiver> waivers;
};

// The keys a config may hold, as written in the file.
const std::vector<std::string>& config_keys();

// The nearest .guidecheck.yaml (or .guidecheck.yml) in `start` or a folder
// above it; "" when there is none.
std::string find_config(const std::string& start);

// Reads `path`; on a problem returns nullopt and adds errors (file:line:col).
// `zh`: problems with waivers are told in Chinese.
// Errors are msg::Texts, rendered by the caller in its language.
std::optional<Config> load_config(const std::string& path, Diagnostics& errors);

}  // namespace guidecheck::cli
