#include "rules/catalogue.h"

#include <algorithm>

#include "rules/load.h"

namespace guidecheck::rules {

Catalogue::Catalogue(std::unique_ptr<PackSource> source) : source_(std::move(source)) {}

bool Catalogue::has(const std::string& id) const {
  auto all = source_->packs();
  return std::find(all.begin(), all.end(), id) != all.end();
}

Catalogue::Slot& Catalogue::slot(const std::string& id) {
  auto& s = slots_[id];
  if (!s) {
    s = std::make_unique<Slot>();
    s->pack = load_pack(*source_, id, s->diags);
    if (s->pack) s->general = load_general(*source_, id, s->diags);
  }
  return *s;
}

Catalogue::Entry Catalogue::pack(const std::string& id) {
  std::lock_guard<std::mutex> lock(mutex_);
  Slot& s = slot(id);
  Entry e;
  if (s.pack) e.pack = &*s.pack;
  if (s.general) e.general = &*s.general;
  e.diags = &s.diags;
  return e;
}

std::vector<std::string> Catalogue::newest_first() {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<std::pair<int, std::string>> by_year;
  for (const auto& id : source_->packs()) {
    Slot& s = slot(id);
    if (s.pack && s.general) by_year.push_back({s.pack->year, id});
  }
  std::sort(by_year.rbegin(), by_year.rend());
  std::vector<std::string> ids;
  for (auto& [year, id] : by_year) ids.push_back(id);
  return ids;
}

const Direction* Catalogue::direction_locked(const std::string& id, const std::string& number,
                                             Diagnostics* broken) {
  Slot& s = slot(id);
  if (!s.pack || !s.general) return nullptr;
  auto it = s.directions.find(number);
  if (it == s.directions.end()) {
    std::optional<Direction> loaded;
    auto numbers = direction_numbers(*source_, id);
    if (std::find(numbers.begin(), numbers.end(), number) != numbers.end()) {
      Diagnostics diags;
      loaded = load_direction(*source_, id, number, diags);
      if (!loaded) s.broken[number] = std::move(diags);
    }
    it = s.directions.emplace(number, std::move(loaded)).first;
  }
  if (!it->second && broken) {
    auto b = s.broken.find(number);
    if (b != s.broken.end()) *broken = b->second;
  }
  return it->second ? &*it->second : nullptr;
}

const Direction* Catalogue::direction(const std::string& id, const std::string& number,
                                      Diagnostics* broken) {
  std::lock_guard<std::mutex> lock(mutex_);
  return direction_locked(id, number, broken);
}

std::vector<const Direction*> Catalogue::directions(const std::string& id) {
  std::lock_guard<std::mutex> lock(mutex_);
  std::vector<const Direction*> out;
  Slot& s = slot(id);
  if (!s.pack || !s.general) return out;
  for (const std::string& n : direction_numbers(*source_, id))
    if (const Direction* d = direction_locked(id, n, nullptr)) out.push_back(d);
  return out;
}

}  // namespace guidecheck::rules
