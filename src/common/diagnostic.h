// A message about an input file, with its place.
#pragma once

#include <string>
#include <vector>

#include "yaml/node.h"

namespace guidecheck {

struct Diagnostic {
  std::string file;
  yaml::Mark mark;
  std::string message;
  bool error = true;  // false: a warning
  std::string where() const {
    std::string s = file;
    if (mark.line > 0) s += ":" + std::to_string(mark.line) + ":" + std::to_string(mark.column);
    return s;
  }
};

using Diagnostics = std::vector<Diagnostic>;

inline bool has_error(const Diagnostics& d) {
  for (const auto& x : d)
    if (x.error) return true;
  return false;
}

}  // namespace guidecheck
