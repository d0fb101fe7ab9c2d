#include "cli/output_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <vector>

namespace guidecheck::cli {

OutputFile::~OutputFile() {
  if (!tmp_.empty() && !committed_) {
    file_.close();
    std::remove(tmp_.c_str());
  }
}

bool OutputFile::open(const std::string& path) {
  path_ = path;
  if (path.empty() || path == "-") return true;
  std::filesystem::path target(path);
  std::filesystem::path dir =
      target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
  std::vector<char> name(tmpl.begin(), tmpl.end());
  name.push_back('\0');
  int fd = ::mkstemp(name.data());
  if (fd < 0) {
    std::cerr << "guidecheck: cannot write " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  ::close(fd);
  tmp_ = name.data();
  file_.open(tmp_, std::ios::binary | std::ios::trunc);
  if (!file_) {
    std::cerr << "guidecheck: cannot write " << path << "\n";
    return false;
  }
  return true;
}

std::ostream& OutputFile::stream() { return tmp_.empty() ? std::cout : file_; }

bool OutputFile::commit() {
  if (tmp_.empty()) {
    std::cout.flush();
    return static_cast<bool>(std::cout);
  }
  file_.flush();
  bool ok = static_cast<bool>(file_);
  file_.close();
  if (!ok || file_.fail()) {
    std::cerr << "guidecheck: cannot write " << path_ << "\n";
    return false;
  }
  ::chmod(tmp_.c_str(), 0644);
  if (std::rename(tmp_.c_str(), path_.c_str()) != 0) {
    std::cerr << "guidecheck: cannot write " << path_ << ": " << std::strerror(errno) << "\n";
    return false;
  }
  committed_ = true;
  return true;
}

}  // namespace guidecheck::cli
