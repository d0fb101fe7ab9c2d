#include "import/aliases.h"

#include "yaml/parse.h"

namespace guidecheck::import {

Aliases load_aliases(const rules::PackSource& src, const std::string& pack,
                     const std::string& direction) {
  Aliases out;
  if (!rules::safe_component(pack) || !rules::safe_component(direction)) return out;
  auto text = src.read(pack + "/directions/" + direction + ".yaml");
  if (!text) return out;
  yaml::ParseResult p = yaml::parse(*text);
  if (!p.ok || !p.root->is_map()) return out;
  const yaml::Node* rules = p.root->get("rules");
  if (!rules || !rules->is_seq()) return out;
  for (const auto& r : rules->items) {
    if (!r->is_map()) continue;
    const yaml::Node* id = r->get("id");
    const yaml::Node* al = r->get("aliases");
    if (!id || !id->is_scalar() || !al || !al->is_seq()) continue;
    for (const auto& a : al->items)
      if (a->is_scalar() && !a->scalar.empty()) out[id->scalar].push_back(a->scalar);
  }
  return out;
}

}  // namespace guidecheck::import
