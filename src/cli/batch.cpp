#include "cli/batch.h"

#include <sched.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <optional>
#include <thread>

#include "import/import.h"

namespace guidecheck::cli {

report::FileResult error_row(const std::string& file, const std::string& message) {
  report::FileResult r;
  r.file = file;
  r.status = report::FileStatus::Error;
  r.error = Diagnostic{file, {}, message, true};
  return r;
}

unsigned usable_cpus() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
    return static_cast<unsigned>(CPU_COUNT(&set));
  return std::max(1u, std::thread::hardware_concurrency());
}

namespace {

report::FileResult check_one(eval::Checker& checker, const Input& in, const BatchOptions& opt) {
  if (!in.problem.empty()) return error_row(in.path, in.problem);
  try {
    if (in.text) return checker.check_text(in.path, *in.text);
    if (!import::format_of(in.path).empty())
      return import::check_document(checker, in.path, opt.document_direction);
    return checker.check_file(in.path);
  } catch (const std::exception& e) {  // never lose the batch to one file
    return error_row(in.path, std::string("internal error while checking: ") + e.what());
  }
}

}  // namespace

BatchOutcome run_batch(eval::Checker& checker, const std::vector<Input>& inputs,
                       const BatchOptions& opt,
                       const std::function<void(const report::FileResult&)>& consume,
                       const std::function<void(std::size_t)>& tick) {
  const std::size_t n = inputs.size();
  const std::size_t window = std::max<std::size_t>(1, opt.window);
  auto stopped = [&] { return opt.stop && opt.stop->load(); };

  std::mutex m;
  std::condition_variable ready, room;  // a result is ready / a slot is free
  std::vector<std::optional<report::FileResult>> slots(
      std::min(window, std::max<std::size_t>(1, n)));
  // Guarded by m. Notifications go only to a thread that waits: one per file
  // costs as much as checking a small proposal.
  std::size_t next = 0;      // next input to take
  std::size_t consumed = 0;  // results taken out of the slots
  unsigned running = 0;      // workers still taking inputs
  std::size_t awaited = n;   // the input the calling thread waits for (n: none)
  unsigned waiting_for_room = 0;

  // Wake the calling thread once the result it waits for is ready together
  // with the next few (or with all those being checked): it then renders
  // them in one go, and the threads do not signal each other for every file.
  const std::size_t together = std::min<std::size_t>(8, slots.size());
  auto worth_waking = [&] {             // caller holds m
    if (awaited >= next) return false;  // nothing awaited (n), or not yet taken
    std::size_t want = std::min(together, next - awaited), run = 0;
    while (run < want && slots[(awaited + run) % slots.size()]) ++run;
    return run == want;
  };

  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(m);
        auto can_take = [&] { return stopped() || next >= n || next < consumed + slots.size(); };
        if (!can_take()) {
          ++waiting_for_room;
          room.wait(lock, can_take);
          --waiting_for_room;
        }
        if (stopped() || next >= n) break;
        i = next++;
      }
      report::FileResult r = check_one(checker, inputs[i], opt);
      bool wake;
      {
        std::lock_guard<std::mutex> lock(m);
        slots[i % slots.size()] = std::move(r);
        wake = worth_waking();
      }
      if (wake) ready.notify_one();
    }
    std::lock_guard<std::mutex> lock(m);
    --running;
    ready.notify_one();
  };

  unsigned jobs = static_cast<unsigned>(
      std::min<std::size_t>(std::max(1u, opt.jobs), std::max<std::size_t>(1, n)));
  std::vector<std::thread> pool;
  running = jobs;
  for (unsigned t = 0; t < jobs; ++t) pool.emplace_back(worker);

  BatchOutcome out;
  std::size_t i = 0;
  std::vector<report::FileResult> batch;  // results ready in order, taken under one lock
  bool stop_here = false;
  while (i < n && !stop_here) {
    bool wake_workers;
    {
      std::unique_lock<std::mutex> lock(m);
      while (!slots[i % slots.size()]) {
        // Nobody has taken this input and nobody will: the run was stopped.
        if (i >= next && (stopped() || running == 0)) break;
        if (stopped()) room.notify_all();  // wake workers waiting for room, so they see it
        awaited = i;
        ready.wait_for(lock, std::chrono::milliseconds(100));
        awaited = n;
        lock.unlock();
        tick(i);
        lock.lock();
      }
      for (std::size_t k = i; k < n && slots[k % slots.size()]; ++k) {
        batch.push_back(std::move(*slots[k % slots.size()]));
        slots[k % slots.size()].reset();
      }
      stop_here = batch.empty();
      consumed += batch.size();
      wake_workers = waiting_for_room > 0;
    }
    if (wake_workers) room.notify_all();
    for (report::FileResult& r : batch) {
      consume(r);
      tick(++i);
    }
    batch.clear();
  }
  out.checked = i;
  out.interrupted = i < n;
  {
    std::lock_guard<std::mutex> lock(m);
    room.notify_all();
  }
  for (auto& t : pool) t.join();
  for (; i < n; ++i) {
    consume(error_row(inputs[i].path,
                      "not checked: the run was interrupted (SIGINT) before this file"));
    tick(i + 1);
  }
  return out;
}

}  // namespace guidecheck::cli
