// The rule packs a run can use, loaded on demand and kept: each pack's
// pack.yaml and general.yaml the first time the pack is asked for, each
// direction the first time it is named. One type answers "which packs are
// there, newest first" and "direction N.M of pack P" for the checker, the
// `rules` commands and the API. Thread-safe: a batch shares one catalogue
// across workers, and what it hands out stays valid while it lives.
#pragma once

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "rules/model.h"
#include "rules/source.h"

namespace guidecheck::rules {

class Catalogue {
 public:
  explicit Catalogue(std::unique_ptr<PackSource> source);

  const PackSource& source() const { return *source_; }
  // The pack ids of the source, as it lists them.
  std::vector<std::string> ids() const { return source_->packs(); }
  bool has(const std::string& id) const;

  // A pack with its general rules, or nullptr fields and the loader's
  // diagnostics when it cannot be loaded.
  struct Entry {
    const Pack* pack = nullptr;
    const General* general = nullptr;
    const Diagnostics* diags = nullptr;  // why pack or general is missing
    bool ok() const { return pack && general; }
  };
  Entry pack(const std::string& id);

  // The ids of the packs that load, newest (pack.yaml's year) first.
  std::vector<std::string> newest_first();

  // Direction `number` of pack `id`: nullptr when the pack has no such
  // direction; nullptr with `broken` filled when its file does not load.
  const Direction* direction(const std::string& id, const std::string& number,
                             Diagnostics* broken = nullptr);

  // Every direction of the pack that loads, in the pack's order (loading
  // them all: for suggestions and titles, not for a check).
  std::vector<const Direction*> directions(const std::string& id);

 private:
  struct Slot {
    std::optional<Pack> pack;
    std::optional<General> general;
    Diagnostics diags;
    std::map<std::string, std::optional<Direction>> directions;
    std::map<std::string, Diagnostics> broken;
  };
  Slot& slot(const std::string& id);  // caller holds mutex_
  const Direction* direction_locked(const std::string& id, const std::string& number,
                                    Diagnostics* broken);

  std::unique_ptr<PackSource> source_;
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<Slot>> slots_;
};

}  // namespace guidecheck::rules
