// Turning check's PATH arguments into the list of proposal files: files as
// given, folders walked recursively for *.yaml / *.yml. The list is sorted by
// path (whatever order the arguments or the file system give), each file once.
// Symbolic links are followed, but a link back into a folder already being
// walked (a loop), or to one already walked, is reported and not followed
// again; entries that cannot be read become inputs with a problem, which check
// reports as files that could not be checked.
#pragma once

#include <string>
#include <vector>

namespace guidecheck::cli {

struct Input {
  std::string path;
  std::string problem;  // non-empty: why it cannot be checked (an error row)
};

struct Collected {
  std::vector<Input> inputs;  // sorted by path
  std::vector<std::string>
      notes;  // "path: ..." said on stderr: links not followed, entries skipped
};

Collected collect_inputs(const std::vector<std::string>& paths);

}  // namespace guidecheck::cli
