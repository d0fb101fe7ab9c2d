#include "report/paths.h"

#include <filesystem>
#include <string_view>

namespace guidecheck::report {

namespace fs = std::filesystem;

namespace {

// True when lexical normalisation leaves `path` as it is: no empty, "." or
// ".." segment and no trailing '/' (a leading '/' is the root).
bool already_normal(std::string_view path) {
  std::size_t start = !path.empty() && path[0] == '/' ? 1 : 0;
  if (start == path.size()) return false;
  for (std::size_t i = start; i <= path.size(); ++i) {
    if (i < path.size() && path[i] != '/') continue;
    std::string_view seg = path.substr(start, i - start);
    if (seg.empty() || seg == "." || seg == "..") return false;
    start = i + 1;
  }
  return true;
}

}  // namespace

RepoPaths::RepoPaths() {
  std::error_code ec;
  fs::path cwd = fs::current_path(ec);
  if (ec) return;
  cwd_ = cwd.lexically_normal();
  std::string c = cwd_->generic_string();
  // "/a/b/": what a file under it starts with (none for the root, or a
  // directory that does not normalise to a plain absolute path).
  if (c.size() > 1 && c[0] == '/' && already_normal(c)) cwd_prefix_ = c + '/';
}

// Most files are already normal, and either relative or under the working
// directory: those are answered from the string, without building paths.
std::string RepoPaths::operator()(const std::string& file) const {
  if (file.empty()) return file;
  if (already_normal(file)) {
    if (file[0] != '/') return file;
    // Outside the directory, lexically_relative starts with ".." and the path
    // stays as it is; the directory itself ("."), too, goes the long way.
    if (!cwd_prefix_.empty() && file.size() + 1 != cwd_prefix_.size())
      return file.compare(0, cwd_prefix_.size(), cwd_prefix_) == 0 ? file.substr(cwd_prefix_.size())
                                                                   : file;
  }
  fs::path p = fs::path(file).lexically_normal();
  if (p.is_absolute() && cwd_) {
    fs::path rel = p.lexically_relative(*cwd_);
    if (!rel.empty() && *rel.begin() != ".." && rel != ".") p = rel;
  }
  std::string s = p.generic_string();
  return s.empty() ? file : s;
}

std::string repo_path(const std::string& file) { return RepoPaths()(file); }

std::string path_uri(const std::string& path) {
  static const char* hex = "0123456789ABCDEF";
  std::string out;
  bool absolute = !path.empty() && path[0] == '/';
  if (absolute) out = "file://";
  for (unsigned char c : path) {
    bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                c == '-' || c == '.' || c == '_' || c == '~' || c == '/';
    if (keep) {
      out += static_cast<char>(c);
    } else {
      out += '%';
      out += hex[c >> 4];
      out += hex[c & 15];
    }
  }
  // A relative reference whose first segment holds ':' would read as a scheme;
  // percent-encoding ':' above already rules that out.
  return out;
}

Mark known_mark(const Mark& m) { return {m.line > 0 ? m.line : 1, m.column > 0 ? m.column : 1}; }

}  // namespace guidecheck::report
