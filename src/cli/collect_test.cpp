#include "cli/collect.h"

#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "catch_compat.h"

namespace fs = std::filesystem;
using guidecheck::cli::collect_inputs;

namespace {

struct TempTree {
  fs::path root;
  TempTree() {
    root = fs::temp_directory_path() / ("guidecheck-collect-" + std::to_string(::getpid()));
    fs::remove_all(root);
    fs::create_directories(root);
    fs::permissions(root, fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec |
                              fs::perms::group_read | fs::perms::group_exec);
  }
  ~TempTree() {
    std::error_code ec;
    fs::permissions(root / "locked", fs::perms::owner_all, ec);
    fs::remove_all(root, ec);
  }
  void file(const std::string& rel) {
    fs::create_directories((root / rel).parent_path());
    std::ofstream(root / rel) << "guidecheck: 1\n";
  }
  std::string operator/(const std::string& rel) const { return (root / rel).string(); }
};

std::vector<std::string> paths_of(const guidecheck::cli::Collected& c) {
  std::vector<std::string> v;
  for (const auto& i : c.inputs) v.push_back(i.path);
  return v;
}

const guidecheck::cli::Input* input(const guidecheck::cli::Collected& c, const std::string& path) {
  for (const auto& i : c.inputs)
    if (i.path == path) return &i;
  return nullptr;
}

bool noted(const guidecheck::cli::Collected& c, const std::string& path, const std::string& what) {
  for (const auto& n : c.notes)
    if (n.rfind(path + ": ", 0) == 0 && n.find(what) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST_CASE("collect: folders walked recursively, *.yaml and *.yml only, sorted by path",
          "[collect]") {
  TempTree t;
  t.file("b/z.yaml");
  t.file("b/a.yml");
  t.file("a/deep/er/x.yaml");
  t.file("a/notes.txt");
  t.file("c.yaml");
  t.file("a/README.md");
  auto c = collect_inputs({t.root.string()});
  CHECK(paths_of(c) == std::vector<std::string>{t / "a/deep/er/x.yaml", t / "b/a.yml",
                                                t / "b/z.yaml", t / "c.yaml"});
  CHECK(c.notes.empty());
  for (const auto& i : c.inputs) CHECK(i.problem.empty());
}

TEST_CASE("collect: the order does not depend on the arguments', and each file comes once",
          "[collect]") {
  TempTree t;
  t.file("b.yaml");
  t.file("a/x.yaml");
  auto c = collect_inputs({t / "b.yaml", t.root.string(), t / "a/x.yaml", t / "a/../b.yaml"});
  CHECK(paths_of(c) == std::vector<std::string>{t / "a/x.yaml", t / "b.yaml"});
  // A file named explicitly is taken whatever its name.
  t.file("notes.txt");
  CHECK(paths_of(collect_inputs({t / "notes.txt"})) == std::vector<std::string>{t / "notes.txt"});
}

TEST_CASE("collect: a symbolic link loop is reported, not followed forever", "[collect]") {
  TempTree t;
  t.file("p/one.yaml");
  fs::create_directory_symlink(t.root / "p", t.root / "p" / "again");  // p/again -> p
  fs::create_directory_symlink(t.root, t.root / "p" / "up");           // p/up -> root
  auto c = collect_inputs({t.root.string()});
  CHECK(paths_of(c) == std::vector<std::string>{t / "p/one.yaml"});
  CHECK(noted(c, t / "p/again", "symbolic link loop"));
  CHECK(noted(c, t / "p/up", "symbolic link loop"));
}

TEST_CASE("collect: a link to a folder walked elsewhere is followed once", "[collect]") {
  TempTree t;
  t.file("data/one.yaml");
  fs::create_directories(t.root / "view");
  fs::create_directory_symlink(t.root / "data", t.root / "view" / "data-link");
  auto c = collect_inputs({t.root.string()});
  CHECK(paths_of(c) == std::vector<std::string>{t / "data/one.yaml"});
  CHECK(noted(c, t / "view/data-link", "already searched"));
  // Through the link alone, its files are found.
  auto v = collect_inputs({t / "view"});
  CHECK(paths_of(v) == std::vector<std::string>{t / "view/data-link/one.yaml"});
}

TEST_CASE("collect: entries that cannot be read become error inputs or notes", "[collect]") {
  TempTree t;
  t.file("ok.yaml");
  fs::create_symlink(t.root / "nowhere.yaml", t.root / "dangling.yaml");
  fs::create_symlink(t.root / "self.yaml", t.root / "self.yaml");  // a link to itself: ELOOP
  fs::create_symlink(t.root / "gone", t.root / "dangling-dir");
  REQUIRE(::mkfifo((t / "pipe.yaml").c_str(), 0600) == 0);
  auto c = collect_inputs({t.root.string(), t / "missing.yaml"});
  CHECK(paths_of(c) == std::vector<std::string>{t / "dangling.yaml", t / "missing.yaml",
                                                t / "ok.yaml", t / "pipe.yaml", t / "self.yaml"});
  CHECK(input(c, t / "dangling.yaml")->problem.find("broken symbolic link") != std::string::npos);
  CHECK(input(c, t / "self.yaml")->problem.find("symbolic link loop") != std::string::npos);
  CHECK(input(c, t / "pipe.yaml")->problem.find("FIFO") != std::string::npos);
  CHECK(input(c, t / "missing.yaml")->problem.find("does not exist") != std::string::npos);
  CHECK(input(c, t / "ok.yaml")->problem.empty());
  CHECK(noted(c, t / "dangling-dir", "broken symbolic link"));
  // A FIFO named on the command line is refused too (reading it would block).
  CHECK(collect_inputs({t / "pipe.yaml"}).inputs.at(0).problem.find("FIFO") != std::string::npos);
}

TEST_CASE("collect: a folder that cannot be listed is an error input", "[collect]") {
  TempTree t;
  t.file("locked/x.yaml");
  t.file("open.yaml");
  fs::permissions(t.root / "locked", fs::perms::none);
  auto expect = [&]() {
    auto c = collect_inputs({t.root.string()});
    return c.inputs.size() == 2 && c.inputs[0].path == t / "locked" &&
           c.inputs[0].problem.find("cannot read the folder") != std::string::npos &&
           c.inputs[1].path == t / "open.yaml" && c.inputs[1].problem.empty();
  };
  if (::geteuid() != 0) {
    CHECK(expect());
    return;
  }
  // Root reads anything: look as an unprivileged user, in a child process.
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    bool dropped = ::setgid(65534) == 0 && ::setuid(65534) == 0;
    ::_exit(!dropped ? 3 : expect() ? 0 : 1);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}

TEST_CASE("collect: hidden files and folders below a folder argument are skipped by default",
          "[collect]") {
  TempTree t;
  t.file("proposals/a.yaml");
  t.file(".github/workflows/ci.yml");
  t.file("proposals/.draft.yaml");
  t.file(".hidden.yaml");
  auto c = collect_inputs({t.root.string()});
  CHECK(paths_of(c) == std::vector<std::string>{t / "proposals/a.yaml"});
  CHECK(c.excluded == 3);
  CHECK(input(c, t / "proposals/a.yaml")->walked);

  guidecheck::cli::WalkOptions w;
  w.hidden = true;
  auto all = collect_inputs({t.root.string()}, w);
  CHECK(paths_of(all) == std::vector<std::string>{t / ".github/workflows/ci.yml",
                                                  t / ".hidden.yaml", t / "proposals/.draft.yaml",
                                                  t / "proposals/a.yaml"});
  // A hidden folder named as the argument is searched; a hidden file named is taken.
  CHECK(paths_of(collect_inputs({t / ".github"})) ==
        std::vector<std::string>{t / ".github/workflows/ci.yml"});
  auto named = collect_inputs({t / ".hidden.yaml"});
  REQUIRE(named.inputs.size() == 1);
  CHECK_FALSE(named.inputs[0].walked);
}

TEST_CASE("collect: --exclude drops files and whole folders, --include keeps only matches",
          "[collect]") {
  TempTree t;
  t.file("proposals/a.yaml");
  t.file("proposals/old/b.yaml");
  t.file("proposals/c.tmpl.yaml");
  t.file("config/settings.yml");
  guidecheck::cli::WalkOptions w;
  w.exclude = {"old", "*.tmpl.yaml"};
  auto c = collect_inputs({t.root.string()}, w);
  CHECK(paths_of(c) == std::vector<std::string>{t / "config/settings.yml", t / "proposals/a.yaml"});
  CHECK(c.excluded == 2);

  w.exclude = {"config/*"};
  CHECK(paths_of(collect_inputs({t.root.string()}, w)) ==
        std::vector<std::string>{t / "proposals/a.yaml", t / "proposals/c.tmpl.yaml",
                                 t / "proposals/old/b.yaml"});

  guidecheck::cli::WalkOptions inc;
  inc.include = {"proposals/*.yaml"};
  inc.exclude = {"*.tmpl.yaml"};
  CHECK(paths_of(collect_inputs({t.root.string()}, inc)) ==
        std::vector<std::string>{t / "proposals/a.yaml", t / "proposals/old/b.yaml"});
  // --exclude applies to a file named on the command line too; --include does not.
  guidecheck::cli::WalkOptions ex;
  ex.exclude = {"*.tmpl.yaml"};
  CHECK(collect_inputs({t / "proposals/c.tmpl.yaml"}, ex).inputs.empty());
  CHECK(collect_inputs({t / "config/settings.yml"}, inc).inputs.size() == 1);
}

TEST_CASE("collect: glob_matches, with and without '/'", "[collect]") {
  using guidecheck::cli::glob_matches;
  CHECK(glob_matches("drafts", "a/drafts/x.yaml"));
  CHECK(glob_matches("drafts/", "drafts"));
  CHECK_FALSE(glob_matches("drafts", "a/drafts-old/x.yaml"));
  CHECK(glob_matches("*.tmpl.yaml", "p/q/x.tmpl.yaml"));
  CHECK_FALSE(glob_matches("*.tmpl.yaml", "p/q/x.yaml"));
  CHECK(glob_matches("proposals/old/*", "proposals/old/deep/x.yaml"));
  CHECK(glob_matches("./proposals/*", "./proposals/x.yaml"));
  CHECK_FALSE(glob_matches("proposals/old/*", "other/proposals/old/x.yaml"));
  CHECK_FALSE(glob_matches("", "x.yaml"));
}
