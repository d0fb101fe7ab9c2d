// Checks proposal files: resolves the pack and direction each one names,
// loading (and caching) only the files a check needs. Thread-safe, so a batch
// can share one Checker across workers.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <shared_mutex>
#include <string>

#include "eval/direction_names.h"
#include "eval/evaluate.h"
#include "rules/catalogue.h"
#include "rules/load.h"
#include "rules/source.h"
#include "yaml/parse.h"

namespace guidecheck::eval {

class Checker {
 public:
  Checker(std::unique_ptr<rules::PackSource> source, Options options, yaml::Limits limits = {});

  // Reads and checks one file; never throws, an unreadable file is an error result.
  eval::FileResult check_file(const std::string& path);
  eval::FileResult check_text(const std::string& display_name, std::string_view text);
  eval::FileResult check_parsed(proposal::Parsed& parsed);

  struct Loaded {
    const rules::Pack* pack = nullptr;
    const rules::General* general = nullptr;
    const rules::Direction* direction = nullptr;
    std::string error;         // when something could not be loaded
    bool guide_error = false;  // the error is about the guide (pack), not the direction
    std::string note;          // how the direction was recognised, when not by its number
  };
  // `guide` may be "" (the newest pack having the direction).
  Loaded load(const std::string& guide, const std::string& direction);

  const rules::PackSource& source() const { return catalogue_.source(); }
  rules::Catalogue& catalogue() { return catalogue_; }
  const Options& options() const { return options_; }

 private:
  std::string describe_diags(const Diagnostics& d) const;
  Loaded unknown_guide(const std::string& guide) const;
  Loaded resolve(const std::string& guide, const std::string& direction);
  // The direction numbered `direction` in the first of `candidates` having it
  // (true), or false with out.error set when a pack or direction is broken.
  bool find_direction(const std::string& guide, const std::vector<std::string>& candidates,
                      const std::string& direction, Loaded& out);
  // Every direction's number and title (loading them all).
  std::vector<DirectionName> direction_names(const std::vector<std::string>& candidates);

  rules::Catalogue catalogue_;
  Options options_;
  yaml::Limits limits_;
  // What load() answered for a (guide, direction), read under a shared lock:
  // every proposal of a batch asks, on every worker.
  std::shared_mutex resolved_mutex_;
  std::map<std::pair<std::string, std::string>, Loaded> resolved_;
};

// The source the command line asks for: --rules DIR, else GUIDECHECK_RULES,
// else the packs embedded in the binary.
std::unique_ptr<rules::PackSource> make_source(const std::string& rules_dir);

}  // namespace guidecheck::eval
