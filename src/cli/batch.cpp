#include "cli/batch.h"

#include <sched.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <exception>
#include <functional>
#include <mutex>
#include <new>
#include <optional>
#include <system_error>
#include <thread>

#include "api/check_input.h"
#include "messages/text.h"

namespace guidecheck::cli {

eval::FileResult error_row(const std::string& file, const std::string& message) {
  return api::error_result(file, message);
}

unsigned usable_cpus() {
  cpu_set_t set;
  CPU_ZERO(&set);
  if (::sched_getaffinity(0, sizeof set, &set) == 0 && CPU_COUNT(&set) > 0)
    return static_cast<unsigned>(CPU_COUNT(&set));
  return std::max(1u, std::thread::hardware_concurrency());
}

namespace {

// The library's per-file check (api/check_input.h, what guidecheck::Checker
// runs too); out of memory comes out as std::bad_alloc, which the worker
// records without allocating (run_batch).
eval::FileResult check_one(eval::Checker& checker, const Input& in, const BatchOptions& opt) {
  if (!in.problem.empty()) return error_row(in.path, in.problem);
  return api::check_input(checker, in.path,
                          in.text ? std::optional<std::string_view>(*in.text) : std::nullopt,
                          opt.document_direction);
}

// One file (the editor's or the pre-commit hook's single check): checked on
// the calling thread. A worker thread, its stack and its allocator heap cost
// more than checking a small proposal (issue #14: a single check should cost
// little more than starting the program).
BatchOutcome run_one(eval::Checker& checker, const Input& in, const BatchOptions& opt,
                     const std::function<void(eval::FileResult&)>& consume,
                     const std::function<void(std::size_t)>& tick) {
  BatchOutcome out;
  if (opt.stop && opt.stop->load()) {
    auto e = error_row(in.path, msg::tr<msg::Id::cli_not_checked_interrupted>(opt.lang));
    consume(e);
    tick(1);
    out.interrupted = true;
    return out;
  }
  std::optional<eval::FileResult> r;
  try {
    r.emplace(check_one(checker, in, opt));
  } catch (const std::bad_alloc&) {  // what check_one allocated is unwound by now
    r.reset();
  }
  if (!r) r.emplace(error_row(in.path, msg::tr<msg::Id::cli_out_of_memory>(opt.lang)));
  consume(*r);
  tick(1);
  out.checked = 1;
  return out;
}

// What the workers and the calling thread share while a batch runs. Results
// wait in a ring of slots (input i in slot i % size) until the calling
// thread takes them in input order; at most the ring's size wait at once.
struct Shared {
  eval::Checker& checker;
  const std::vector<Input>& inputs;
  const BatchOptions& opt;
  const std::size_t n;  // inputs

  std::mutex m;
  std::condition_variable ready, room;  // a result is ready / a slot is free
  std::vector<std::optional<eval::FileResult>> slots;
  // A slot whose check ran out of memory. The worker marks it without
  // allocating (even an error message's string may fail while the memory is
  // still held); the calling thread writes the error row when it takes it.
  std::vector<char> out_of_memory;
  // Guarded by m. Notifications go only to a thread that waits: one per file
  // costs as much as checking a small proposal.
  std::size_t next = 0;      // next input to take
  std::size_t consumed = 0;  // results taken out of the slots
  unsigned running = 0;      // workers still taking inputs
  std::size_t awaited;       // the input the calling thread waits for (n: none)
  unsigned waiting_for_room = 0;
  bool abandon = false;  // the calling thread is leaving (an exception): stop
  // Wake the calling thread once the result it waits for is ready together
  // with the next few (or with all those being checked): it then renders
  // them in one go, and the threads do not signal each other for every file.
  const std::size_t together;

  Shared(eval::Checker& c, const std::vector<Input>& in, const BatchOptions& o)
      : checker(c),
        inputs(in),
        opt(o),
        n(in.size()),
        slots(std::min(std::max<std::size_t>(1, o.window), std::max<std::size_t>(1, n))),
        out_of_memory(slots.size(), 0),
        awaited(n),
        together(std::min<std::size_t>(8, slots.size())) {}

  bool stopped() const { return opt.stop && opt.stop->load(); }

  bool worth_waking() const {           // caller holds m
    if (awaited >= next) return false;  // nothing awaited (n), or not yet taken
    std::size_t want = std::min(together, next - awaited), run = 0;
    while (run < want && slots[(awaited + run) % slots.size()]) ++run;
    return run == want;
  }

  // A worker: the next input, once there is room for its result; false when
  // none is left or the run is stopped.
  bool take(std::size_t& i) {
    std::unique_lock<std::mutex> lock(m);
    auto can_take = [&] {
      return abandon || stopped() || next >= n || next < consumed + slots.size();
    };
    if (!can_take()) {
      ++waiting_for_room;
      room.wait(lock, can_take);
      --waiting_for_room;
    }
    if (abandon || stopped() || next >= n) return false;
    i = next++;
    return true;
  }

  void work() {
    for (std::size_t i = 0; take(i);) {
      std::optional<eval::FileResult> r;
      try {
        r.emplace(check_one(checker, inputs[i], opt));
      } catch (...) {  // out of memory, with what check_one allocated unwound
        r.reset();
      }
      bool wake;
      {
        std::lock_guard<std::mutex> lock(m);
        out_of_memory[i % slots.size()] = !r;
        if (r)
          slots[i % slots.size()] = std::move(*r);
        else
          slots[i % slots.size()].emplace();  // an empty FileResult: no allocation
        wake = worth_waking();
      }
      if (wake) ready.notify_one();
    }
    std::lock_guard<std::mutex> lock(m);
    --running;
    ready.notify_one();
  }

  // Up to opt.jobs workers, no more than there are inputs.
  void start(std::vector<std::thread>& pool) {
    unsigned jobs = static_cast<unsigned>(
        std::min<std::size_t>(std::max(1u, opt.jobs), std::max<std::size_t>(1, n)));
    running = jobs;
    for (unsigned t = 0; t < jobs; ++t) {
      try {
        pool.emplace_back([this] { work(); });
      } catch (const std::system_error&) {
        // No more threads (out of memory or a process limit): go on with the
        // ones there are, or, with none, let main say why (exit 2).
        {
          std::lock_guard<std::mutex> lock(m);
          running -= jobs - t;
        }
        if (pool.empty()) throw;
        break;
      }
    }
  }

  // The calling thread: waits (ticking) for input i's result, then takes it
  // and the results ready after it, in order, into `batch`; takes none when
  // nobody has taken input i and nobody will (the run was stopped).
  void take_ready(std::size_t i, std::vector<eval::FileResult>& batch,
                  const std::function<void(std::size_t)>& tick) {
    bool wake_workers;
    {
      std::unique_lock<std::mutex> lock(m);
      while (!slots[i % slots.size()]) {
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
        if (out_of_memory[k % slots.size()])
          batch.push_back(
              error_row(inputs[k].path, msg::tr<msg::Id::cli_out_of_memory_batch>(opt.lang)));
        else
          batch.push_back(std::move(*slots[k % slots.size()]));
        slots[k % slots.size()].reset();
        out_of_memory[k % slots.size()] = 0;
      }
      consumed += batch.size();
      wake_workers = waiting_for_room > 0;
    }
    if (wake_workers) room.notify_all();
  }
};

}  // namespace

BatchOutcome run_batch(eval::Checker& checker, const std::vector<Input>& inputs,
                       const BatchOptions& opt,
                       const std::function<void(eval::FileResult&)>& consume,
                       const std::function<void(std::size_t)>& tick) {
  const std::size_t n = inputs.size();
  if (n == 1) return run_one(checker, inputs[0], opt, consume, tick);
  Shared s(checker, inputs, opt);
  std::vector<std::thread> pool;
  s.start(pool);
  // Whatever leaves this function (an exception from `consume`, out of
  // memory) first stops and joins the workers: a joinable std::thread
  // destroyed would end the program (std::terminate).
  struct Joiner {
    std::vector<std::thread>& pool;
    std::function<void()> stop;
    ~Joiner() {
      stop();
      for (auto& t : pool)
        if (t.joinable()) t.join();
    }
  } joiner{pool, [&] {
             std::lock_guard<std::mutex> lock(s.m);
             s.abandon = true;
             s.room.notify_all();
           }};

  BatchOutcome out;
  std::size_t i = 0;
  std::vector<eval::FileResult> batch;  // results ready in order, taken under one lock
  bool stop_here = false;
  while (i < n && !stop_here) {
    s.take_ready(i, batch, tick);
    stop_here = batch.empty();
    for (eval::FileResult& r : batch) {
      consume(r);
      tick(++i);
    }
    batch.clear();
  }
  out.checked = i;
  out.interrupted = i < n;
  {
    std::lock_guard<std::mutex> lock(s.m);
    s.room.notify_all();
  }
  for (auto& t : pool) t.join();
  for (; i < n; ++i) {
    auto e = error_row(inputs[i].path, msg::tr<msg::Id::cli_not_checked_interrupted>(opt.lang));
    consume(e);
    tick(i + 1);
  }
  return out;
}

}  // namespace guidecheck::cli
