#include "cli/batch.h"

#include <sched.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>

#include "catch_compat.h"

using namespace guidecheck;
using guidecheck::cli::Input;

namespace {

// Real proposals and inputs that cannot be checked, interleaved.
std::vector<Input> mixed_inputs(int n) {
  const char* examples[] = {"examples/1.1-fail.yaml", "examples/1.1-pass.yaml",
                            "examples/3.1-fail.yaml", "examples/3.1-pass.yaml"};
  std::vector<Input> in;
  for (int i = 0; i < n; ++i) {
    if (i % 3 == 2)
      in.push_back(
          {"broken-" + std::to_string(i) + ".yaml", "cannot read: test " + std::to_string(i)});
    else
      in.push_back({std::string(GUIDECHECK_SOURCE_DIR) + "/" + examples[i % 4], ""});
  }
  return in;
}

eval::Checker& checker() {
  static eval::Checker c(eval::make_source(""), eval::Options{});
  return c;
}

}  // namespace

TEST_CASE("batch: results come in input order whatever the threads do", "[batch]") {
  auto inputs = mixed_inputs(60);
  for (unsigned jobs : {1u, 3u, 8u}) {
    for (std::size_t window : {1u, 4u, 512u}) {
      INFO("jobs " << jobs << " window " << window);
      cli::BatchOptions opt;
      opt.jobs = jobs;
      opt.window = window;
      std::vector<std::string> order;
      std::size_t last_tick = 0;
      bool ticks_grow = true;
      auto out = cli::run_batch(
          checker(), inputs, opt, [&](const eval::FileResult& r) { order.push_back(r.file); },
          [&](std::size_t done) {
            ticks_grow &= done >= last_tick;
            last_tick = done;
          });
      CHECK_FALSE(out.interrupted);
      CHECK(out.checked == inputs.size());
      REQUIRE(order.size() == inputs.size());
      for (std::size_t i = 0; i < inputs.size(); ++i) CHECK(order[i] == inputs[i].path);
      CHECK(ticks_grow);
      CHECK(last_tick == inputs.size());
    }
  }
}

TEST_CASE("batch: an input with a problem is an error row saying why", "[batch]") {
  auto inputs = mixed_inputs(3);
  std::vector<eval::FileResult> got;
  cli::BatchOptions opt;
  cli::run_batch(
      checker(), inputs, opt, [&](const eval::FileResult& r) { got.push_back(r); },
      [](std::size_t) {});
  REQUIRE(got.size() == 3);
  CHECK(got[0].status == eval::FileStatus::Fail);
  CHECK(got[1].status == eval::FileStatus::Pass);
  CHECK(got[2].status == eval::FileStatus::Error);
  REQUIRE(got[2].error);
  CHECK(got[2].error->message == "cannot read: test 2");
}

TEST_CASE("batch: stopped, it finishes what it started and reports the rest as not checked",
          "[batch]") {
  auto inputs = mixed_inputs(40);
  std::atomic<bool> stop{false};
  cli::BatchOptions opt;
  opt.jobs = 2;
  opt.window = 4;
  opt.stop = &stop;
  std::vector<eval::FileResult> got;
  auto out = cli::run_batch(
      checker(), inputs, opt,
      [&](const eval::FileResult& r) {
        got.push_back(r);
        if (got.size() == 10) stop = true;  // as the SIGINT handler would
      },
      [](std::size_t) {});
  CHECK(out.interrupted);
  REQUIRE(got.size() == inputs.size());
  CHECK(out.checked >= 10);
  // How far past the stop a run may go: the stop comes while the calling
  // thread renders the 10th result, which may be the first of a run of up to
  // a window (4) taken together, so up to 3 more already checked follow it;
  // by then the workers may have taken every input of the next window (4),
  // and those are finished and reported too. Workers never run ahead of the
  // window, however many there are: at most 10 + (4 - 1) + 4.
  CHECK(out.checked <= 10 + (4 - 1) + 4);
  for (std::size_t i = 0; i < got.size(); ++i) {
    INFO(i);
    CHECK(got[i].file == inputs[i].path);
    bool not_checked =
        got[i].error && got[i].error->message.find("not checked") != std::string::npos;
    CHECK(not_checked == (i >= out.checked));
    if (not_checked) CHECK(got[i].status == eval::FileStatus::Error);  // never silently passed
  }

  // Stopped before it starts: nothing is checked.
  stop = true;
  got.clear();
  out = cli::run_batch(
      checker(), inputs, opt, [&](const eval::FileResult& r) { got.push_back(r); },
      [](std::size_t) {});
  CHECK(out.interrupted);
  CHECK(out.checked == 0);
  CHECK(got.size() == inputs.size());
}

TEST_CASE("batch: no inputs, no results", "[batch]") {
  cli::BatchOptions opt;
  opt.jobs = 4;
  int n = 0;
  auto out = cli::run_batch(
      checker(), {}, opt, [&](const eval::FileResult&) { ++n; }, [](std::size_t) {});
  CHECK(n == 0);
  CHECK_FALSE(out.interrupted);
}

TEST_CASE("batch: --jobs defaults to the CPUs the process may use, not the machine's", "[batch]") {
  CHECK(guidecheck::cli::usable_cpus() >= 1);
  // In a child pinned to one CPU (as `taskset -c 0` or a container's cpuset would).
  pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    cpu_set_t one;
    CPU_ZERO(&one);
    CPU_SET(0, &one);
    if (::sched_setaffinity(0, sizeof one, &one) != 0) ::_exit(3);
    ::_exit(guidecheck::cli::usable_cpus() == 1 ? 0 : 1);
  }
  int status = 0;
  ::waitpid(pid, &status, 0);
  REQUIRE(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
}
