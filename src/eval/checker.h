// Checks proposal files: resolves the pack and direction each one names,
// loading (and caching) only the files a check needs. Thread-safe, so a batch
// can share one Checker across workers.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>

#include "eval/direction_names.h"
#include "eval/evaluate.h"
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
    std::string error;  // when something could not be loaded
    std::string note;   // how the direction was recognised, when not by its number
  };
  // `guide` may be "" (the newest pack having the direction).
  Loaded load(const std::string& guide, const std::string& direction);

  const rules::PackSource& source() const { return *source_; }
  const Options& options() const { return options_; }

 private:
  struct PackData {
    std::optional<rules::Pack> pack;
    std::optional<rules::General> general;
    std::map<std::string, std::optional<rules::Direction>> directions;
    Diagnostics diags;
    bool loaded = false;
  };
  PackData* pack_data(const std::string& id);  // caller holds mutex_
  std::string describe_diags(const Diagnostics& d) const;
  std::string known_guides() const;  // " (known: a, b)" for messages
  Loaded resolve(const std::string& guide, const std::string& direction);  // takes mutex_
  // The direction numbered `direction` in the first of `candidates` having it
  // (true), or false with out.error set when a pack or direction is broken.
  // Caller holds mutex_.
  bool find_direction(const std::string& guide, const std::vector<std::string>& candidates,
                      const std::string& direction, Loaded& out);
  // Every direction's number and title (loading them all); caller holds mutex_.
  std::vector<DirectionName> direction_names(const std::vector<std::string>& candidates);

  std::unique_ptr<rules::PackSource> source_;
  Options options_;
  yaml::Limits limits_;
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<PackData>> packs_;
  // What load() answered for a (guide, direction), read under a shared lock:
  // every proposal of a batch asks, on every worker.
  std::shared_mutex resolved_mutex_;
  std::map<std::pair<std::string, std::string>, Loaded> resolved_;
};

// The source the command line asks for: --rules DIR, else GUIDECHECK_RULES,
// else the packs embedded in the binary.
std::unique_ptr<rules::PackSource> make_source(const std::string& rules_dir);

}  // namespace guidecheck::eval
