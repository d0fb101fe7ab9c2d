// A message about an input file, with its place.
#pragma once

#include <string>
#include <vector>

#include "common/mark.h"
#include "messages/message.h"

namespace guidecheck {

struct Diagnostic {
  std::string file;
  Mark mark;
  msg::Text text;     // what is wrong, in either language (messages/catalogue.h)
  bool error = true;  // false: a warning
  std::string message(msg::Lang lang) const { return text.render(lang); }
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

// At most this many warnings per file, from every source (unknown keys,
// unknown indicators and research items, rule evaluation): a file of 100,000
// unknown ids gets the first ones and a note, not 100,000 lines.
constexpr std::size_t kMaxWarningsPerFile = 20;

// True while `warnings` has room for another (callers skip composing one
// that would be dropped).
inline bool warning_room(const Diagnostics& warnings) {
  return warnings.size() <= kMaxWarningsPerFile;
}

// Adds a warning, up to the cap; at the cap, one note that the others are not
// shown; after it, nothing.
void add_warning(Diagnostics& warnings, Diagnostic d);

}  // namespace guidecheck
