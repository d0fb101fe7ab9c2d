// End-to-end: `guidecheck check DIR...` on batches of generated proposals, as
// a programme officer runs it: stable order whatever --jobs, folders walked
// with loops and unreadable entries reported, a progress bar only on a
// terminal, SIGINT answered cleanly, the text report's batch view.
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <regex>
#include <thread>

#include "batch_helpers.h"
#include "catch_compat.h"

using json = nlohmann::json;
namespace fs = std::filesystem;
using namespace guidecheck::testing;

extern char** environ;

namespace {

std::vector<std::string> files_in_report(const json& j) {
  std::vector<std::string> v;
  for (const auto& r : j["results"]) v.push_back(r["file"]);
  return v;
}

std::size_t yaml_files_under(const fs::path& d) {
  std::size_t n = 0;
  for (const auto& e : fs::recursive_directory_iterator(d))
    n += e.is_regular_file() && (e.path().extension() == ".yaml" || e.path().extension() == ".yml");
  return n;
}

bool sorted_by_path(const std::vector<std::string>& v) {
  for (std::size_t i = 1; i < v.size(); ++i)
    if (!(fs::path(v[i - 1]) < fs::path(v[i]))) return false;
  return true;
}

}  // namespace

TEST_CASE("batch: a folder tree in path order, byte for byte the same whatever --jobs",
          "[batch-e2e]") {
  fs::path d = scratch("batch-order");
  generate(d / "in", 150, 7);
  std::string dir = shq((d / "in").string());
  Ran one = run_binary("check " + dir + " --format json --jobs 1");
  Ran four = run_binary("check " + dir + " --format json --jobs 4");
  Ran two = run_binary("check " + dir + " --format json --jobs 2");
  CHECK(one.code == 2);  // the generator mixes in malformed files
  CHECK(four.code == one.code);
  CHECK(four.out == one.out);
  CHECK(two.out == one.out);
  json j = json::parse(one.out);
  auto files = files_in_report(j);
  CHECK(files.size() == yaml_files_under(d / "in"));
  CHECK(sorted_by_path(files));
  int errors = 0, failed = 0, passed = 0;
  for (const auto& r : j["results"]) {
    errors += r["status"] == "error";
    failed += r["status"] == "fail";
    passed += r["status"] == "pass";
  }
  CHECK(errors > 0);
  CHECK(failed > 0);
  CHECK(passed > 0);
  CHECK(j["summary"]["errors"] == errors);
  // The text report too, and several folders given in any order.
  Ran t1 = run_binary("check " + shq((d / "in/3").string()) + " " + shq((d / "in/1").string()) +
                      " --jobs 1 --lang en --color never");
  Ran t3 = run_binary("check " + shq((d / "in/1").string()) + " " + shq((d / "in/3").string()) +
                      " --jobs 3 --lang en --color never");
  CHECK(t1.out == t3.out);
  CHECK(t1.out.find("\nBy direction\n") != std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("batch: exit codes of a batch follow the contract", "[batch-e2e]") {
  fs::path d = scratch("batch-exit");
  generate(d / "pass", 12, 3, /*fail=*/0, /*malformed=*/0);
  generate(d / "fail", 12, 4, /*fail=*/1, /*malformed=*/0);
  CHECK(run_binary("check " + shq((d / "pass").string())).code == 0);
  CHECK(run_binary("check " + shq((d / "fail").string())).code == 1);
  CHECK(run_binary("check " + shq((d / "pass").string()) + " " + shq((d / "fail").string())).code ==
        1);
  std::ofstream(d / "pass" / "broken.yaml") << "guidecheck: 1\ndirection: [\n";
  CHECK(run_binary("check " + shq((d / "pass").string()) + " " + shq((d / "fail").string())).code ==
        2);
  fs::create_directories(d / "empty");
  Ran none = run_binary("check " + shq((d / "empty").string()));
  CHECK(none.code == 2);
  CHECK(none.err.find("no proposal files") != std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("batch: a symbolic link loop is reported, and each file checked once", "[batch-e2e]") {
  fs::path d = scratch("batch-loop");
  generate(d / "in", 6, 11, 0, 0);
  fs::create_directory_symlink(d / "in", d / "in" / "1" / "1.1" / "loop");  // leads back up
  Ran r = run_binary("check " + shq((d / "in").string()) + " --format json");
  CHECK(r.code == 0);
  CHECK(r.err.find("symbolic link loop") != std::string::npos);
  CHECK(r.err.find((d / "in/1/1.1/loop").string()) != std::string::npos);
  CHECK(json::parse(r.out)["results"].size() == 6);
  fs::remove_all(d);
}

TEST_CASE("batch: entries that cannot be read are error rows, the others still checked",
          "[batch-e2e]") {
  fs::path d = scratch("batch-unreadable");
  generate(d / "in", 4, 12, 0, 0);
  fs::create_symlink(d / "in" / "gone.yaml", d / "in" / "dangling.yaml");
  fs::create_directories(d / "in" /
                         "folder.yaml");  // a folder named like a proposal: walked, not read
  Ran r = run_binary("check " + shq((d / "in").string()) + " --format json");
  CHECK(r.code == 2);
  json j = json::parse(r.out);
  REQUIRE(j["results"].size() == 5);
  bool found = false;
  for (const auto& x : j["results"])
    if (x["file"] == (d / "in" / "dangling.yaml").string()) {
      found = true;
      CHECK(x["status"] == "error");
      CHECK(x["error"]["message"].get<std::string>().find("broken symbolic link") !=
            std::string::npos);
    } else {
      CHECK(x["status"] == "pass");
    }
  CHECK(found);
  fs::remove_all(d);
}

TEST_CASE("batch: the progress bar shows on a terminal only, and not with --quiet", "[batch-e2e]") {
  fs::path d = scratch("batch-progress");
  generate(d / "in", 400, 21);
  std::string cmd = std::string(GUIDECHECK_BINARY) + " check " + (d / "in").string() +
                    " --jobs 1 --format json=" + (d / "out.json").string();
  // `script` runs the command on a pseudo-terminal and copies what it shows.
  Ran tty = shell("script -qfec " + shq(cmd) + " /dev/null");
  std::regex bar(R"(\[[=> ]+\] +\d+/400 +\d+%  \d+ files/s  ETA \d+:\d\d)");
  CHECK(std::regex_search(tty.out, bar));
  CHECK(tty.out.find("\x1b[K") != std::string::npos);  // drawn over itself on one line
  CHECK(json::parse(slurp(d / "out.json"))["results"].size() == 400);
  Ran quiet = shell("script -qfec " + shq(cmd + " --quiet") + " /dev/null");
  CHECK_FALSE(std::regex_search(quiet.out, bar));
  Ran pipe = shell(cmd);  // stderr is a file here: no bar
  CHECK(pipe.err.find("files/s") == std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("batch: SIGINT stops cleanly, says how far it got, and passes nothing unchecked",
          "[batch-e2e]") {
  fs::path d = scratch("batch-sigint");
  generate(d / "in", 3000, 5, 0.3, 0);
  std::string out = (d / "out.json").string(), err = (d / "err.txt").string();
  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 2, err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  std::string in = (d / "in").string(), fmt = "json=" + out;
  std::vector<const char*> argv{GUIDECHECK_BINARY, "check",     in.c_str(), "--jobs", "1",
                                "--format",        fmt.c_str(), nullptr};
  pid_t pid;
  REQUIRE(posix_spawn(&pid, GUIDECHECK_BINARY, &fa, nullptr, const_cast<char**>(argv.data()),
                      environ) == 0);
  posix_spawn_file_actions_destroy(&fa);
  // Wait until the batch has installed its handler (SigCgt has SIGINT), then
  // stop it, interrupt it and let it go on: it is then somewhere in the batch.
  auto caught = [&] {
    std::ifstream st("/proc/" + std::to_string(pid) + "/status");
    for (std::string line; std::getline(st, line);)
      if (line.rfind("SigCgt:", 0) == 0)
        return (std::stoull(line.substr(7), nullptr, 16) & (1ull << (SIGINT - 1))) != 0;
    return false;
  };
  auto start = std::chrono::steady_clock::now();
  while (!caught() && std::chrono::steady_clock::now() - start < std::chrono::seconds(60))
    std::this_thread::sleep_for(std::chrono::microseconds(200));
  REQUIRE(caught());
  ::kill(pid, SIGSTOP);
  ::kill(pid, SIGINT);
  ::kill(pid, SIGCONT);
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 2);
  std::string said = slurp(err);
  std::smatch m;
  REQUIRE(std::regex_search(
      said, m, std::regex(R"(interrupted: (\d+) of 3000 files checked; the other (\d+))")));
  int checked = std::stoi(m[1]), rest = std::stoi(m[2]);
  CHECK(checked + rest == 3000);
  CHECK(rest > 0);
  // The report is complete and well-formed: every file, the unchecked ones as errors.
  json j = json::parse(slurp(out));
  REQUIRE(j["results"].size() == 3000);
  int not_checked = 0;
  for (std::size_t i = 0; i < 3000; ++i) {
    const auto& r = j["results"][i];
    bool nc = r.contains("error") &&
              r["error"]["message"].get<std::string>().find("not checked") != std::string::npos;
    not_checked += nc;
    if (nc) CHECK(r["status"] == "error");
    CHECK(nc == (static_cast<int>(i) >= checked));  // in order: the first `checked`, then the rest
  }
  CHECK(not_checked == rest);
  CHECK(j["summary"]["errors"].get<int>() >= rest);
  fs::remove_all(d);
}
