// Globs as --exclude, --include and config waivers' `paths` use them (POSIX
// fnmatch): a glob without '/' matches any one component of the path
// (`drafts`, `*.tmpl.yaml`); with '/' it matches the whole path
// (`proposals/old/*`), where `*` matches any characters, '/' included.
#pragma once

#include <string>

namespace guidecheck {

// True when `glob` matches `path` (relative to its folder argument) as above.
bool glob_matches(const std::string& glob, const std::string& path);

}  // namespace guidecheck
