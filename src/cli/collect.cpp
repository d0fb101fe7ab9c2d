#include "cli/collect.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

namespace guidecheck::cli {
namespace fs = std::filesystem;

namespace {
bool is_yaml(const fs::path& p) {
  std::string ext = p.extension().string();
  return ext == ".yaml" || ext == ".yml";
}
}  // namespace

Collected collect_inputs(const std::vector<std::string>& paths) {
  Collected c;
  for (const std::string& arg : paths) {
    std::error_code ec;
    fs::file_status st = fs::status(arg, ec);
    if (ec || !fs::exists(st)) {
      c.files.push_back(arg);  // reported by the checker as unreadable
      continue;
    }
    if (!fs::is_directory(st)) {
      c.files.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    fs::recursive_directory_iterator it(arg, fs::directory_options::none, ec), end;
    if (ec) {
      c.problems.push_back(arg + ": cannot read the folder: " + ec.message());
      continue;
    }
    while (it != end) {
      const fs::directory_entry& e = *it;
      std::error_code e2;
      if (e.is_symlink(e2) && fs::is_directory(e.path(), e2)) {
        // not followed: a link may point back up (a loop)
      } else if (!e.is_directory(e2) && is_yaml(e.path())) {
        found.push_back(e.path().string());
      }
      it.increment(ec);
      if (ec) {
        c.problems.push_back(e.path().string() + ": cannot read: " + ec.message());
        ec.clear();
        // skip the unreadable entry and go on
        if (it == end) break;
      }
    }
    std::sort(found.begin(), found.end());
    c.files.insert(c.files.end(), found.begin(), found.end());
  }
  return c;
}

}  // namespace guidecheck::cli
