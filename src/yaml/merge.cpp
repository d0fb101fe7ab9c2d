#include "yaml/merge.h"

namespace guidecheck::yaml {

void merge(Node& base, const Node& overlay) {
  if (!base.is_map() || !overlay.is_map()) {
    auto copy = overlay.clone();
    base = std::move(*copy);
    return;
  }
  for (const Entry& e : overlay.entries) {
    bool found = false;
    for (Entry& b : base.entries)
      if (b.key == e.key) {
        merge(*b.value, *e.value);
        found = true;
        break;
      }
    if (!found) base.entries.push_back({e.key, e.key_mark, e.value->clone()});
  }
}

}  // namespace guidecheck::yaml
