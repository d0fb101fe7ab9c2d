// Turning check's PATH arguments into the list of proposal files: files as
// given, folders walked recursively for *.yaml / *.yml. The list is sorted by
// path (whatever order the arguments or the file system give), each file once.
// Symbolic links are followed, but a link back into a folder already being
// walked (a loop), or to one already walked, is reported and not followed
// again; entries that cannot be read become inputs with a problem, which check
// reports as files that could not be checked.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "common/glob.h"
#include "messages/lang.h"

namespace guidecheck::cli {

struct Input {
  Input() = default;
  Input(std::string p, std::string why, bool found_by_walking = false)
      : path(std::move(p)), problem(std::move(why)), walked(found_by_walking) {}
  std::string path;
  std::string problem;  // non-empty: why it cannot be checked (an error row)
  bool walked = false;  // found by walking a folder (not named on the command line)
  std::shared_ptr<const std::string> text;  // read already (standard input): check this text
};

// What a folder walk takes. Hidden entries (names starting with '.': .git,
// .github, ...) below a folder argument are skipped unless `hidden`.
// `exclude` globs drop files and whole folders, found by walking or named;
// `include` globs, when given, keep only the walked files they match. A glob
// without '/' matches any one component of the path (`drafts`, `*.tmpl.yaml`);
// with '/' it matches the path relative to the folder argument, or the path
// as given (`proposals/old/*`); `*` matches any characters, '/' included.
struct WalkOptions {
  bool hidden = false;
  std::vector<std::string> exclude, include;
};

using guidecheck::glob_matches;  // common/glob.h

struct Collected {
  std::vector<Input> inputs;  // sorted by path
  std::vector<std::string>
      notes;                 // "path: ..." said on stderr: links not followed, entries skipped
  std::size_t excluded = 0;  // files and folders left out by --exclude / --include / hidden
};

// Problems and notes are written in `lang`.
Collected collect_inputs(const std::vector<std::string>& paths, const WalkOptions& walk = {},
                         msg::Lang lang = msg::Lang::En);

}  // namespace guidecheck::cli
