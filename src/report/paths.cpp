#include "report/paths.h"

#include <filesystem>

namespace guidecheck::report {

namespace fs = std::filesystem;

std::string repo_path(const std::string& file) {
  if (file.empty()) return file;
  fs::path p = fs::path(file).lexically_normal();
  if (p.is_absolute()) {
    std::error_code ec;
    fs::path cwd = fs::current_path(ec);
    if (!ec) {
      fs::path rel = p.lexically_relative(cwd.lexically_normal());
      if (!rel.empty() && *rel.begin() != ".." && rel != ".") p = rel;
    }
  }
  std::string s = p.generic_string();
  return s.empty() ? file : s;
}

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
