// Checking a batch on several threads while its reports stream out in order.
// Workers take the inputs in order and check them; the calling thread hands
// each result to `consume` in input order (whatever order the checks finish
// in) and then drops it, so `consume` may move from it. At most `window` results wait to be
// consumed, so memory stays bounded however many files there are.
#pragma once

#include <atomic>
#include <cstddef>
#include <functional>
#include <vector>

#include "cli/collect.h"
#include "eval/checker.h"

namespace guidecheck::cli {

struct BatchOptions {
  unsigned jobs = 1;
  std::size_t window = 512;
  // Set (from a signal handler) to stop taking new files: those already being
  // checked finish; the rest are consumed as "not checked" error rows.
  const std::atomic<bool>* stop = nullptr;
  // Documents (.docx, .md, .txt) are imported first (docs/import.md); this
  // direction applies to those that do not name one ("" = they must).
  std::string document_direction;
  msg::Lang lang = msg::Lang::En;  // of the error rows written here
};

struct BatchOutcome {
  std::size_t checked = 0;  // inputs actually looked at (error rows for problems included)
  bool interrupted = false;
};

// `tick(done)` is called on the calling thread after each result and, while
// waiting, about ten times a second (for the progress bar).
BatchOutcome run_batch(eval::Checker& checker, const std::vector<Input>& inputs,
                       const BatchOptions& opt,
                       const std::function<void(eval::FileResult&)>& consume,
                       const std::function<void(std::size_t done)>& tick);

// The CPUs this process may run on (a container's cpuset, `taskset`), not all
// of the machine's: the default for --jobs.
unsigned usable_cpus();

// The error row of an input that could not be checked.
eval::FileResult error_row(const std::string& file, const std::string& message);

}  // namespace guidecheck::cli
