// Where a proposal file is, as CI tools want it: relative to the working
// directory (the repository root in CI), and as a URI reference for SARIF.
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "yaml/node.h"

namespace guidecheck::report {

// `file` relative to the current directory when it lies inside it ("./a/../b.yaml"
// -> "b.yaml", "/work/repo/p.yaml" -> "p.yaml" run from /work/repo); otherwise
// the normalised path as given. Always with '/' separators.
std::string repo_path(const std::string& file);

// repo_path for every file of a report: the current directory read and
// normalised once, when the sink opens, not once a file (getcwd and a path
// normalisation each time). The directory does not change during a run.
class RepoPaths {
 public:
  RepoPaths();
  std::string operator()(const std::string& file) const;

 private:
  std::optional<std::filesystem::path> cwd_;  // normalised; none when unreadable
  std::string cwd_prefix_;                    // "/a/b/"; empty when none is known
};

// A path as an RFC 3986 URI reference: relative paths stay relative, absolute
// ones become file:// URIs; every byte outside the unreserved set and '/' is
// percent-encoded (so Chinese names survive as UTF-8).
std::string path_uri(const std::string& path);

// A mark made usable: unknown (0) line or column becomes 1.
Mark known_mark(const Mark& m);

}  // namespace guidecheck::report
