#include "cli/signals.h"

#include <signal.h>
#include <string.h>
#include <unistd.h>

#include <initializer_list>

#include "cli/common.h"
#include "common/temp_files.h"

namespace guidecheck::cli::signals {

namespace {
std::atomic<bool> stop{false};
std::atomic<int> which{0};
std::atomic<bool> graceful{false};
static_assert(std::atomic<bool>::is_always_lock_free && std::atomic<int>::is_always_lock_free,
              "used from a signal handler");

extern "C" void on_signal(int sig) {
  if (sig == SIGPIPE) {
    // The failing write reports EPIPE; a batch has no reader left to serve.
    if (!stop.exchange(true)) which.store(sig);
    return;
  }
  if (graceful.load() && !stop.exchange(true)) {
    which.store(sig);
    return;
  }
  temp_files::remove_tracked();
  const char* name = sig == SIGINT ? "SIGINT" : sig == SIGTERM ? "SIGTERM" : "SIGHUP";
  const char pre[] = "guidecheck: stopped by ";
  const char post[] = "; unfinished reports were not written\n";
  (void)!::write(STDERR_FILENO, pre, sizeof pre - 1);
  (void)!::write(STDERR_FILENO, name, ::strlen(name));
  (void)!::write(STDERR_FILENO, post, sizeof post - 1);
  ::_exit(kExitError);
}
}  // namespace

namespace {
void handle(std::initializer_list<int> which_signals) {
  struct sigaction sa {};
  sa.sa_handler = on_signal;
  sigemptyset(&sa.sa_mask);
  for (int s : {SIGINT, SIGTERM, SIGHUP, SIGPIPE}) sigaddset(&sa.sa_mask, s);
  sa.sa_flags = SA_RESTART;
  for (int s : which_signals) {
    struct sigaction old {};
    // A signal ignored by whoever started us (nohup, a shell's background
    // job) stays ignored.
    if (::sigaction(s, nullptr, &old) == 0 && old.sa_handler == SIG_IGN && s != SIGPIPE) continue;
    ::sigaction(s, &sa, nullptr);
  }
}
std::atomic<bool> sigint_handled{false};
}  // namespace

void install() { handle({SIGTERM, SIGHUP, SIGPIPE}); }

void handle_sigint() {
  if (!sigint_handled.exchange(true)) handle({SIGINT});
}

std::atomic<bool>& stop_flag() { return stop; }
int stop_signal() { return which.load(); }

BatchSignals::BatchSignals() {
  stop.store(false);
  which.store(0);
  graceful.store(true);
  handle_sigint();
}
BatchSignals::~BatchSignals() { graceful.store(false); }

}  // namespace guidecheck::cli::signals
