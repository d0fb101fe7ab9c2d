// What SIGINT, SIGTERM, SIGHUP and SIGPIPE do. Installed once in main:
//   - while a batch runs (BatchSignals lives), the first SIGINT, SIGTERM or
//     SIGHUP stops taking new files: the files being checked finish, every
//     report is completed with the rest marked as not checked, exit 2;
//   - otherwise, or at a second signal, the temporary files are removed and
//     the program ends at once with exit 2 (never killed by the signal);
//   - SIGPIPE (a reader went away) never ends the program: it stops a batch
//     like SIGINT, and the write that failed says "Broken pipe".
#pragma once

#include <atomic>

namespace guidecheck::cli::signals {

// SIGTERM, SIGHUP and SIGPIPE, from the start.
void install();
// SIGINT, from the first temporary file or batch on (so that a SIGINT handler
// being there says a batch may have started: tests wait for it).
void handle_sigint();

// Set when a batch should stop; the signal that set it (0: none).
std::atomic<bool>& stop_flag();
int stop_signal();

// Graceful stopping while this lives.
class BatchSignals {
 public:
  BatchSignals();
  ~BatchSignals();
  BatchSignals(const BatchSignals&) = delete;
  BatchSignals& operator=(const BatchSignals&) = delete;
};

}  // namespace guidecheck::cli::signals
