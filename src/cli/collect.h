// Turning check's PATH arguments into the list of proposal files: files as
// given, folders walked recursively for *.yaml / *.yml, sorted by path.
// Symbolic links to folders are not followed (so a link loop cannot trap the
// walk); unreadable folders are reported.
#pragma once

#include <string>
#include <vector>

namespace guidecheck::cli {

struct Collected {
  std::vector<std::string> files;
  std::vector<std::string> problems;  // "path: why", reported as error rows
};

Collected collect_inputs(const std::vector<std::string>& paths);

}  // namespace guidecheck::cli
