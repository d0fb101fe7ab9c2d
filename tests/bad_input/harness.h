// Running the built binary on hostile files: a private temporary folder, and a
// runner that never hangs the suite (a child still running after its time
// limit is killed and reported as such) and passes arguments as bytes, so file
// names that are not UTF-8 reach the program unchanged.
#pragma once

#include <fcntl.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include "catch_compat.h"

namespace bad_input {

namespace fs = std::filesystem;

struct Run {
  int code = -1;           // exit code; -1 when killed or signalled
  int signal = 0;          // the signal that ended it, if any
  bool timed_out = false;  // still running after the limit, so killed
  std::string out, err;
  bool exited() const { return code >= 0 && !timed_out; }
};

inline std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write(const fs::path& p, const std::string& bytes) {
  std::ofstream out(p, std::ios::binary | std::ios::trunc);
  out << bytes;
  REQUIRE(out.good());
}

// A fresh folder under the system's temporary folder, removed afterwards
// (permissions restored first, so a chmod 000 case cannot leave it behind).
class TempDir {
 public:
  TempDir() {
    std::string t = (fs::temp_directory_path() / "guidecheck-bad-input-XXXXXX").string();
    REQUIRE(::mkdtemp(t.data()) != nullptr);
    path_ = t;
  }
  ~TempDir() {
    std::error_code ec;
    for (auto it = fs::recursive_directory_iterator(path_, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
      if (it->is_directory(ec) && !it->is_symlink(ec))
        fs::permissions(it->path(), fs::perms::owner_all, ec);
    fs::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

// Runs GUIDECHECK_BINARY with `args` in `cwd`; stdout and stderr go to files
// (a pipe could fill and stall the child). Killed after `limit`.
inline Run run(const std::vector<std::string>& args, const fs::path& cwd,
               std::chrono::seconds limit = std::chrono::seconds(120)) {
  TempDir io;
  fs::path out_path = io / "stdout", err_path = io / "stderr";
  std::vector<std::string> all{GUIDECHECK_BINARY};
  all.insert(all.end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& a : all) argv.push_back(a.data());
  argv.push_back(nullptr);
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    int o = ::open(out_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int e = ::open(err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    int in = ::open("/dev/null", O_RDONLY);
    if (o < 0 || e < 0 || in < 0 || ::chdir(cwd.c_str()) != 0) ::_exit(126);
    ::dup2(in, 0);
    ::dup2(o, 1);
    ::dup2(e, 2);
    ::setenv("NO_COLOR", "1", 1);
    ::setenv("LC_ALL", "C.UTF-8", 1);
    ::execv(argv[0], argv.data());
    ::_exit(127);
  }
  Run r;
  int status = 0;
  auto deadline = std::chrono::steady_clock::now() + limit;
  for (;;) {
    pid_t w = ::waitpid(pid, &status, WNOHANG);
    if (w == pid) break;
    if (std::chrono::steady_clock::now() > deadline) {
      ::kill(pid, SIGKILL);
      ::waitpid(pid, &status, 0);
      r.timed_out = true;
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
  if (!r.timed_out && WIFEXITED(status)) r.code = WEXITSTATUS(status);
  if (WIFSIGNALED(status)) r.signal = WTERMSIG(status);
  r.out = slurp(out_path);
  r.err = slurp(err_path);
  return r;
}

}  // namespace bad_input
