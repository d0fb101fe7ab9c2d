// A place in an input file: what every message and finding points at, whether
// the input was YAML (yaml/node.h), a document (import/) or a settings file.
#pragma once

namespace guidecheck {

struct Mark {
  int line = 0;    // 1-based; 0 = unknown
  int column = 0;  // 1-based, in characters
};

}  // namespace guidecheck
