#include "cli/collect.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <set>
#include <system_error>
#include <utility>

#include "messages/text.h"

namespace guidecheck::cli {
namespace fs = std::filesystem;

namespace {

using FolderId = std::pair<dev_t, ino_t>;

bool is_yaml(const fs::path& p) {
  std::string ext = p.extension().string();
  if (ext == ".yaml" || ext == ".yml") return true;
  // Documents (docs/import.md): .docx and .md, but not a repository's own
  // README/CHANGELOG/LICENSE/CONTRIBUTING.
  std::string f = p.filename().string();
  for (const char* skip : {"README", "CHANGELOG", "LICENSE", "CONTRIBUTING"})
    if (f.rfind(skip, 0) == 0) return false;
  return ext == ".docx" || ext == ".md";
}

msg::Id kind_of(mode_t m) {
  if (S_ISFIFO(m)) return msg::Id::cli_kind_fifo;
  if (S_ISSOCK(m)) return msg::Id::cli_kind_socket;
  if (S_ISCHR(m) || S_ISBLK(m)) return msg::Id::cli_kind_device;
  return msg::Id::cli_kind_other;
}

// Why `path` cannot be followed, from stat's errno (and lstat, to tell a
// broken link from a missing file).
msg::Text why_unreadable(const std::string& path, int err) {
  struct stat l;
  bool link = ::lstat(path.c_str(), &l) == 0 && S_ISLNK(l.st_mode);
  if (err == ELOOP) return msg::text<msg::Id::cli_unreadable_loop>();
  if (err == ENOENT && link) {
    std::error_code ec;
    fs::path target = fs::read_symlink(path, ec);
    if (ec) return msg::text<msg::Id::cli_unreadable_broken_link>();
    return msg::text<msg::Id::cli_unreadable_broken_link_to>(target.string());
  }
  if (err == ENOENT) return msg::text<msg::Id::cli_unreadable_missing>();
  return msg::text<msg::Id::cli_unreadable>(std::strerror(err));
}

msg::Text not_a_proposal_file(mode_t m) {
  return msg::text<msg::Id::cli_not_a_proposal_file>(kind_of(m));
}

class Walker {
 public:
  Walker(const WalkOptions& opt, msg::Lang lang) : opt_(opt), lang_(lang) {}
  Collected out;

  void argument(const std::string& arg) {
    if (excluded(arg, arg)) return;
    struct stat st;
    if (::stat(arg.c_str(), &st) != 0) return problem(arg, why_unreadable(arg, errno));
    if (S_ISDIR(st.st_mode)) return walk(arg, {st.st_dev, st.st_ino});
    if (!S_ISREG(st.st_mode)) return problem(arg, not_a_proposal_file(st.st_mode));
    out.inputs.push_back({arg, ""});  // a file named explicitly is checked whatever its extension
  }

 private:
  const WalkOptions& opt_;
  msg::Lang lang_;

  // `rel` is the path below the folder argument ("" for the argument itself).
  bool excluded(const std::string& path, const std::string& rel) {
    for (const std::string& g : opt_.exclude)
      if (glob_matches(g, rel) || glob_matches(g, path)) {
        ++out.excluded;
        return true;
      }
    return false;
  }
  bool included(const std::string& path, const std::string& rel) {
    if (opt_.include.empty()) return true;
    for (const std::string& g : opt_.include)
      if (glob_matches(g, rel) || glob_matches(g, path)) return true;
    ++out.excluded;
    return false;
  }
  void walked_file(const std::string& path, const std::string& rel) {
    if (is_yaml(path) && !excluded(path, rel) && included(path, rel))
      out.inputs.push_back({path, "", true});
  }
  void problem(const std::string& path, const msg::Text& why) {
    out.inputs.push_back({path, why.render(lang_)});
  }
  void note(const std::string& path, const msg::Text& what) {
    out.notes.push_back(path + ": " + what.render(lang_));
  }

  // Depth first, each folder's entries in name order; `chain` holds the folders
  // from the root down to the one being read, to tell a loop from a duplicate.
  void walk(const fs::path& root, FolderId root_id) {
    struct Frame {
      fs::path dir;
      FolderId id;
      std::size_t depth;
    };
    std::vector<Frame> stack{{root, root_id, 0}};
    // Entries are root / rel: the relative part starts after the separator.
    std::string root_str = root.string();
    std::size_t root_len = root_str.size() + (root_str.back() == '/' ? 0 : 1);
    std::vector<std::pair<FolderId, fs::path>> chain;
    walked_.insert(root_id);
    while (!stack.empty()) {
      Frame f = std::move(stack.back());
      stack.pop_back();
      chain.resize(f.depth);
      chain.emplace_back(f.id, f.dir);
      // The entries with the type the listing gives (d_type): a plain file
      // needs no stat of its own, only folders and links do.
      std::vector<std::pair<fs::path, bool>> names;  // path, a plain file (not a link)
      std::error_code ec;
      fs::directory_iterator it(f.dir, ec), end;
      for (; !ec && it != end; it.increment(ec)) {
        std::error_code e2;
        names.emplace_back(it->path(), !it->is_symlink(e2) && it->is_regular_file(e2));
      }
      if (ec) problem(f.dir.string(), msg::text<msg::Id::cli_unreadable_folder>(ec.message()));
      std::sort(names.begin(), names.end());
      std::vector<Frame> children;
      for (const auto& [p, plain_file] : names) {
        std::string s = p.string();
        std::string rel = s.size() > root_len ? s.substr(root_len) : s;
        if (!opt_.hidden && p.filename().native().front() == '.') {
          ++out.excluded;
          continue;
        }
        if (plain_file) {
          walked_file(s, rel);
          continue;
        }
        struct stat st;
        if (::stat(s.c_str(), &st) != 0) {
          int err = errno;
          // A *.yaml entry, or one that exists but cannot be looked at (no
          // permission, a name too long, an I/O error), may hold proposals:
          // an error row. A link to nothing, or a link loop, holds none: a note.
          if (is_yaml(p) || (err != ENOENT && err != ELOOP))
            problem(s, why_unreadable(s, err));
          else
            note(s, msg::text<msg::Id::cli_skipped_note>(why_unreadable(s, err)));
          continue;
        }
        if (S_ISDIR(st.st_mode)) {
          if (excluded(s, rel)) continue;
          FolderId id{st.st_dev, st.st_ino};
          auto up = std::find_if(chain.begin(), chain.end(),
                                 [&](const auto& c) { return c.first == id; });
          if (up != chain.end())
            note(s, msg::text<msg::Id::cli_link_loop_note>(up->second.string()));
          else if (!walked_.insert(id).second)
            note(s, msg::text<msg::Id::cli_searched_already_note>());
          else
            children.push_back({p, id, f.depth + 1});
        } else if (is_yaml(p)) {
          if (S_ISREG(st.st_mode))
            walked_file(s, rel);
          else
            problem(s, not_a_proposal_file(st.st_mode));
        }
      }
      for (auto c = children.rbegin(); c != children.rend(); ++c) stack.push_back(std::move(*c));
    }
  }

  std::set<FolderId> walked_;
};

}  // namespace

namespace {
// A string that sorts as the path does, component by component ("a/b" before
// "a-c"): the normal form with each '/' made '\0', the least byte. Cheap
// enough for a batch of many thousand files, unlike comparing fs::paths.
std::string sort_key(const std::string& path) {
  bool plain = path.find("//") == std::string::npos && path.find("/.") == std::string::npos &&
               path.rfind("./", 0) != 0 && path.rfind("../", 0) != 0;
  std::string k = plain ? path : fs::path(path).lexically_normal().generic_string();
  std::replace(k.begin(), k.end(), '/', '\0');
  return k;
}
}  // namespace

Collected collect_inputs(const std::vector<std::string>& paths, const WalkOptions& walk,
                         msg::Lang lang) {
  Walker w(walk, lang);
  for (const std::string& arg : paths) w.argument(arg);
  Collected c = std::move(w.out);
  // Sorted by path (component by component), each path once: the report's
  // order does not depend on the arguments' order or on scheduling.
  std::vector<std::pair<std::string, Input>> keyed;
  keyed.reserve(c.inputs.size());
  for (Input& in : c.inputs) keyed.emplace_back(sort_key(in.path), std::move(in));
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  keyed.erase(std::unique(keyed.begin(), keyed.end(),
                          [](const auto& a, const auto& b) { return a.first == b.first; }),
              keyed.end());
  c.inputs.clear();
  for (auto& [k, in] : keyed) c.inputs.push_back(std::move(in));
  return c;
}

}  // namespace guidecheck::cli
