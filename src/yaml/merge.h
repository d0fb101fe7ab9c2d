#pragma once
#include "yaml/node.h"
namespace guidecheck::yaml {
// Deep-merges `overlay` into `base`: mappings merge key by key, anything else
// (scalars, lists, null) replaces. Used by rule-pack tests to vary a proposal.
void merge(Node& base, const Node& overlay);
}  // namespace guidecheck::yaml
