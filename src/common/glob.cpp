#include "common/glob.h"

#include <fnmatch.h>

namespace guidecheck {

bool glob_matches(const std::string& glob, const std::string& path) {
  if (glob.empty() || path.empty()) return false;
  std::string g = glob;
  while (g.size() > 1 && g.back() == '/') g.pop_back();  // "drafts/": the folder
  if (g.rfind("./", 0) == 0) g.erase(0, 2);
  std::string p = path.rfind("./", 0) == 0 ? path.substr(2) : path;
  if (g.find('/') != std::string::npos) return ::fnmatch(g.c_str(), p.c_str(), 0) == 0;
  // No '/': any one component.
  for (std::size_t start = 0; start <= p.size();) {
    std::size_t end = p.find('/', start);
    if (end == std::string::npos) end = p.size();
    if (end > start && ::fnmatch(g.c_str(), p.substr(start, end - start).c_str(), 0) == 0)
      return true;
    start = end + 1;
  }
  return false;
}

}  // namespace guidecheck
