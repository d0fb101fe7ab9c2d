// Helpers of the end-to-end batch tests: run the built binary with its
// standard output, standard error and exit code captured; generate a batch of
// realistic proposals with bench/gen_proposals.py (the benchmark's generator).
#pragma once

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "catch_compat.h"

namespace guidecheck::testing {

struct Ran {
  int code = -1;
  std::string out, err;
};

inline std::string slurp(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline std::filesystem::path scratch(const std::string& name) {
  auto d = std::filesystem::temp_directory_path() /
           ("guidecheck-" + name + "-" + std::to_string(::getpid()));
  std::filesystem::remove_all(d);
  std::filesystem::create_directories(d);
  return d;
}

// Runs `command` through the shell (arguments already quoted).
inline Ran shell(const std::string& command) {
  auto dir = scratch("shell");
  std::string cmd = command + " >" + (dir / "out").string() + " 2>" + (dir / "err").string();
  int status = std::system(cmd.c_str());
  Ran r;
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = slurp(dir / "out");
  r.err = slurp(dir / "err");
  std::filesystem::remove_all(dir);
  return r;
}

inline Ran run_binary(const std::string& args) {
  return shell(std::string(GUIDECHECK_BINARY) + " " + args);
}

inline std::string shq(const std::string& s) {  // quoted for the shell
  std::string q = "'";
  for (char c : s) q += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return q + "'";
}

// N generated proposals under `dir` (subfolders per area and direction).
inline void generate(const std::filesystem::path& dir, int n, int seed, double fail = 0.35,
                     double malformed = 0.05) {
  Ran g = shell("python3 " + shq(std::string(GUIDECHECK_SOURCE_DIR) + "/bench/gen_proposals.py") +
                " " + shq(GUIDECHECK_BINARY) + " " + shq(dir.string()) + " " + std::to_string(n) +
                " --seed " + std::to_string(seed) + " --fail " + std::to_string(fail) +
                " --malformed " + std::to_string(malformed));
  INFO(g.err);
  REQUIRE(g.code == 0);
}

}  // namespace guidecheck::testing
