#include "cli/common.h"

#include <unistd.h>

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>

namespace guidecheck::cli {

rules::Lang language(const Global& g) {
  if (g.lang == "zh") return rules::Lang::Zh;
  if (g.lang == "en") return rules::Lang::En;
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) return std::string(v).rfind("zh", 0) == 0 ? rules::Lang::Zh : rules::Lang::En;
  }
  return rules::Lang::En;
}

bool use_color(const Global& g, bool to_terminal) {
  if (g.color == "always") return true;
  if (g.color == "never") return false;
  const char* no = std::getenv("NO_COLOR");
  if (no && *no) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return to_terminal && ::isatty(STDOUT_FILENO);
}

bool write_output(const std::string& path, const std::function<void(std::ostream&)>& fill) {
  if (path.empty() || path == "-") {
    fill(std::cout);
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  namespace fs = std::filesystem;
  fs::path target(path);
  fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) {
    std::cerr << "guidecheck: cannot write " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  ::close(fd);
  {
    std::ofstream out(name.data(), std::ios::binary | std::ios::trunc);
    fill(out);
    out.flush();
    if (!out) {
      std::cerr << "guidecheck: cannot write " << path << "\n";
      std::remove(name.data());
      return false;
    }
  }
  ::chmod(name.data(), 0644);
  if (std::rename(name.data(), path.c_str()) != 0) {
    std::cerr << "guidecheck: cannot write " << path << ": " << std::strerror(errno) << "\n";
    std::remove(name.data());
    return false;
  }
  return true;
}

}  // namespace guidecheck::cli
