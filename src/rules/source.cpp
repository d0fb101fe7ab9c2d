#include "rules/source.h"

#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>

#include "common/read_file.h"
#include "rules/embedded.h"
#include "yaml/parse.h"

namespace guidecheck::rules {
namespace fs = std::filesystem;

bool safe_component(const std::string& s) {
  if (s.empty() || s.size() > 64 || s == "." || s == "..") return false;
  for (char c : s)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-' || c == '_'))
      return false;
  return s.find("..") == std::string::npos;
}

namespace {

// Reads a pack file: a regular file of at most `max_bytes`, never through a
// link swapped in after `path` was resolved (common/read_file.h).
std::optional<std::string> read_regular_file(const fs::path& path, std::size_t max_bytes,
                                             std::string* why) {
  ReadFile f = read_file(path.string(), max_bytes, /*follow_links=*/false);
  std::string msg;
  switch (f.status) {
    case ReadFile::Status::Ok:
      return std::move(f.text);
    case ReadFile::Status::OpenFailed:
    case ReadFile::Status::ReadFailed:
      msg = std::string("cannot read the file: ") + std::strerror(f.error);
      break;
    case ReadFile::Status::Directory:
    case ReadFile::Status::NotRegular:
      msg = "cannot read the file: not a regular file";
      break;
    case ReadFile::Status::TooLarge:
      msg = "file is " + std::to_string(f.size) + " bytes, over the limit of " +
            std::to_string(max_bytes);
      break;
    case ReadFile::Status::GrewTooLarge:
      msg = "file is over the limit of " + std::to_string(max_bytes) + " bytes";
      break;
  }
  if (why) *why = std::move(msg);
  return std::nullopt;
}

class Embedded : public PackSource {
 public:
  std::optional<std::string> read(const std::string& rel, std::string* why) const override {
    for (const EmbeddedFile* f = kEmbeddedFiles; f->path; ++f)
      if (rel == f->path) return std::string(f->data, f->size);
    if (why) *why = "no such file in the embedded packs";
    return std::nullopt;
  }
  std::vector<std::string> list(const std::string& rel_dir) const override {
    std::vector<std::string> out;
    std::string prefix = rel_dir + "/";
    for (const EmbeddedFile* f = kEmbeddedFiles; f->path; ++f) {
      std::string p = f->path;
      if (p.rfind(prefix, 0) == 0 && p.find('/', prefix.size()) == std::string::npos)
        out.push_back(p.substr(prefix.size()));
    }
    return out;
  }
  std::vector<std::string> packs() const override {
    std::set<std::string> ids;
    for (const EmbeddedFile* f = kEmbeddedFiles; f->path; ++f) {
      std::string p = f->path;
      if (p.size() > 10 && p.substr(p.find('/') + 1) == "pack.yaml")
        ids.insert(p.substr(0, p.find('/')));
    }
    return {ids.begin(), ids.end()};
  }
  std::string display(const std::string& rel) const override { return "<embedded>/" + rel; }
};

class Directory : public PackSource {
 public:
  explicit Directory(std::string root) : root_(std::move(root)) {
    std::error_code ec;
    real_root_ = fs::weakly_canonical(root_, ec);
  }
  std::optional<std::string> read(const std::string& rel, std::string* why) const override {
    auto path = inside(rel);
    if (!path) {
      if (why) *why = "cannot read the file: it does not exist or leads outside the rules folder";
      return std::nullopt;
    }
    return read_regular_file(*path, yaml::Limits{}.max_bytes, why);
  }
  std::vector<std::string> list(const std::string& rel_dir) const override {
    std::vector<std::string> out;
    auto path = inside(rel_dir);
    if (!path) return out;
    std::error_code ec;
    for (fs::directory_iterator it(*path, ec), end; !ec && it != end; it.increment(ec))
      if (it->is_regular_file(ec)) out.push_back(it->path().filename().string());
    std::sort(out.begin(), out.end());
    return out;
  }
  std::vector<std::string> packs() const override {
    std::vector<std::string> out;
    std::error_code ec;
    for (fs::directory_iterator it(root_, ec), end; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (it->is_directory(ec) && safe_component(name) && fs::exists(it->path() / "pack.yaml", ec))
        out.push_back(name);
    }
    std::sort(out.begin(), out.end());
    return out;
  }
  std::string display(const std::string& rel) const override {
    return (fs::path(root_) / rel).string();
  }

 private:
  // The path of `rel` when it resolves (symlinks followed) inside the root.
  std::optional<fs::path> inside(const std::string& rel) const {
    std::error_code ec;
    fs::path p = fs::weakly_canonical(fs::path(root_) / rel, ec);
    if (ec) return std::nullopt;
    auto [a, b] = std::mismatch(real_root_.begin(), real_root_.end(), p.begin(), p.end());
    if (a != real_root_.end()) return std::nullopt;
    return p;
  }
  std::string root_;
  fs::path real_root_;
};

}  // namespace

std::unique_ptr<PackSource> embedded_source() { return std::make_unique<Embedded>(); }
std::unique_ptr<PackSource> directory_source(const std::string& root) {
  return std::make_unique<Directory>(root);
}

}  // namespace guidecheck::rules
