// End-to-end: `check` as a proposal repository's CI and its people run it —
// standard input, .guidecheck.yaml, hidden folders and files that are no
// proposals.
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "catch_compat.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace {

struct Run {
  int code;
  std::string out, err;
};

// Runs `guidecheck ARGS` in `dir` through the shell; stderr to a file.
Run run_in(const fs::path& dir, const std::string& args) {
  fs::path err = dir / ".stderr";
  std::string cmd = "cd '" + dir.string() + "' && " + GUIDECHECK_BINARY + " " + args + " 2>'" +
                    err.string() + "'";
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  std::string out;
  std::array<char, 4096> buf;
  while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
  int status = pclose(p);
  std::ifstream e(err);
  std::string errs((std::istreambuf_iterator<char>(e)), std::istreambuf_iterator<char>());
  fs::remove(err);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out, errs};
}

struct Repo {
  fs::path root = fs::temp_directory_path() / ("guidecheck-wf-" + std::to_string(::getpid()));
  Repo() {
    fs::remove_all(root);
    fs::create_directories(root / "proposals/old");
    fs::create_directories(root / ".github/workflows");
    fs::create_directories(root / "sub/deeper");
    copy("examples/3.1-pass.yaml", "proposals/a.yaml");
    copy("examples/3.1-fail.yaml", "proposals/old/b.yaml");
    write(".github/workflows/ci.yml", "on: [push]\njobs: {}\n");
    write("mkdocs.yml", "site_name: x\n");
  }
  ~Repo() {
    std::error_code ec;
    fs::remove_all(root, ec);
  }
  void copy(const std::string& from, const std::string& to) {
    fs::copy_file(fs::path(GUIDECHECK_SOURCE_DIR) / from, root / to,
                  fs::copy_options::overwrite_existing);
  }
  void write(const std::string& rel, const std::string& text) { std::ofstream(root / rel) << text; }
};

std::vector<std::string> files_of(const std::string& json_text) {
  std::vector<std::string> v;
  json j = json::parse(json_text);  // kept alive: the loop runs over a part of it
  for (const auto& r : j["results"]) v.push_back(r["file"]);
  return v;
}

}  // namespace

TEST_CASE("check -: a proposal from standard input, named by --stdin-filename", "[workflow]") {
  Repo r;
  Run x = run_in(
      r.root, "check - --format json --stdin-filename proposals/new.yaml < proposals/old/b.yaml");
  CHECK(x.code == 1);
  json j = json::parse(x.out);
  REQUIRE(j["results"].size() == 1);
  CHECK(j["results"][0]["file"] == "proposals/new.yaml");
  CHECK(j["results"][0]["status"] == "fail");
  for (const auto& f : j["results"][0]["findings"])
    if (f["rule"] == "3.1/round_trip_efficiency") CHECK(f["location"]["line"].get<int>() > 1);
  // Without a name: <stdin>; together with files, sorted among them.
  x = run_in(r.root, "check - proposals/a.yaml --format json < proposals/a.yaml");
  CHECK(x.code == 0);
  CHECK(files_of(x.out) == std::vector<std::string>{"proposals/a.yaml", "<stdin>"});
  // Not YAML on stdin: an error row, exit 2.
  r.write("broken.txt", "a: [b");
  x = run_in(r.root, "check - --format json < broken.txt");
  CHECK(x.code == 2);
  CHECK(json::parse(x.out)["results"][0]["status"] == "error");
}

TEST_CASE("check: hidden folders and YAML that is no proposal are skipped when walking",
          "[workflow]") {
  Repo r;
  Run x = run_in(r.root, "check . --format json");
  CHECK(x.code == 1);  // proposals/old/b.yaml fails
  CHECK(files_of(x.out) ==
        std::vector<std::string>{"./proposals/a.yaml", "./proposals/old/b.yaml"});
  CHECK(x.err.find("./mkdocs.yml: not a proposal") != std::string::npos);
  CHECK(x.err.find("ci.yml") == std::string::npos);
  x = run_in(r.root, "check . --format json --exclude old --hidden --quiet");
  CHECK(x.code == 0);
  CHECK(files_of(x.out) == std::vector<std::string>{"./proposals/a.yaml"});
  // Named explicitly, a file that is no proposal is an error, unless asked to skip it.
  CHECK(run_in(r.root, "check mkdocs.yml proposals/a.yaml").code == 2);
  x = run_in(r.root, "check mkdocs.yml proposals/a.yaml --skip-non-proposals --format json");
  CHECK(x.code == 0);
  CHECK(files_of(x.out) == std::vector<std::string>{"proposals/a.yaml"});
  CHECK(run_in(r.root, "check mkdocs.yml --skip-non-proposals").code == 0);
  // A folder with only hidden YAML: nothing found, said so.
  x = run_in(r.root, "check .github/..");
  CHECK(x.code == 1);
  x = run_in(r.root / "sub", "check .");
  CHECK(x.code == 2);
}

TEST_CASE("check: .guidecheck.yaml gives paths, excludes and formats, and options override it",
          "[workflow]") {
  Repo r;
  r.write(".guidecheck.yaml", "paths: [proposals]\nexclude: [old]\nformat: [json]\nlang: zh\n");
  Run x = run_in(r.root, "check");
  CHECK(x.code == 0);
  CHECK(files_of(x.out) == std::vector<std::string>{"proposals/a.yaml"});
  // Found from a folder below, paths still relative to the config's folder.
  x = run_in(r.root / "sub/deeper", "check");
  CHECK(x.code == 0);
  REQUIRE(files_of(x.out).size() == 1);
  CHECK(fs::equivalent(r.root / "sub/deeper" / files_of(x.out)[0], r.root / "proposals/a.yaml"));
  // The command line wins: paths, --exclude, --format.
  x = run_in(r.root, "check proposals --exclude nothing --format text --lang en");
  CHECK(x.code == 1);
  CHECK(x.out.find("proposals/old/b.yaml") != std::string::npos);
  CHECK_THROWS(json::parse(x.out));
  // --no-config: no paths at all is a usage error.
  x = run_in(r.root, "check --no-config");
  CHECK(x.code == 2);
  CHECK(x.err.find("give the proposal files") != std::string::npos);
  // A bad config stops the run with its place, before anything is checked.
  r.write(".guidecheck.yaml", "paths: [proposals]\nfail_on: warning\n");
  x = run_in(r.root, "check");
  CHECK(x.code == 2);
  CHECK(x.err.find(".guidecheck.yaml:2:1: error: unknown setting 'fail_on'") != std::string::npos);
  CHECK(x.out.empty());
  // --config names another file.
  r.write("other.yaml", "paths: [proposals/old]\nformat: json\n");
  x = run_in(r.root, "check --config other.yaml");
  CHECK(x.code == 1);
  CHECK(files_of(x.out) == std::vector<std::string>{"proposals/old/b.yaml"});
}

TEST_CASE("check: a proposal that forgot `guidecheck: 1` is an error, never skipped",
          "[workflow]") {
  Repo r;
  r.write("proposals/forgot.yaml", "direction: \"3.1\"\nindicators: {}\n");
  Run x = run_in(r.root, "check proposals --format json");
  CHECK(x.code == 2);
  json j = json::parse(x.out);
  bool seen = false;
  for (const auto& res : j["results"])
    if (res["file"] == "proposals/forgot.yaml") {
      seen = true;
      CHECK(res["status"] == "error");
      CHECK(res["error"]["message"].get<std::string>().find("guidecheck: 1") != std::string::npos);
    }
  CHECK(seen);
}

TEST_CASE("check: a Markdown file found by walking that names no direction is skipped",
          "[workflow]") {
  Repo r;
  r.write("NOTES.md", "# Meeting notes\n\nWe discussed the budget of 2023: 300 万元.\n");
  fs::create_directories(r.root / "docs");
  r.write("docs/howto.md", "# How to write a proposal\n\nFill in every indicator.\n");
  Run x = run_in(r.root, "check . --format json --exclude old");
  CHECK(x.code == 0);
  CHECK(files_of(x.out) == std::vector<std::string>{"./proposals/a.yaml"});
  CHECK(x.err.find("./docs/howto.md: not a proposal") != std::string::npos);
  // Named, it is an error that says what is missing.
  x = run_in(r.root, "check docs/howto.md --format json");
  CHECK(x.code == 2);
  CHECK(x.out.find("names no direction") != std::string::npos);
}
