// Several reports from one run (--format FMT=FILE repeated), rendered side by
// side: each sink gets its own thread and a short queue of the results, in
// order, so that twelve formats cost about their total CPU spread over the
// cores rather than one thread rendering all twelve in turn while the
// checkers wait for room.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "report/sink.h"

namespace guidecheck::cli {

class FanOut {
 public:
  // The sinks stay owned by the caller and must outlive finish().
  explicit FanOut(const std::vector<std::unique_ptr<report::Sink>>& sinks);
  ~FanOut();  // stops and joins the threads (after an exception elsewhere)
  FanOut(const FanOut&) = delete;
  FanOut& operator=(const FanOut&) = delete;

  // Hands `r` to every sink's thread, shared, not copied (the caller moves
  // it in); waits while a queue is full.
  void add(eval::FileResult r);
  // Waits until every sink has rendered every result, then finishes each in
  // order on the calling thread. Rethrows the first exception a sink threw.
  void finish();

 private:
  struct Lane {
    report::Sink* sink = nullptr;
    std::deque<std::shared_ptr<const eval::FileResult>> queue;
    std::condition_variable has_work;
    bool closed = false;
    std::exception_ptr error;
    std::thread thread;
  };
  void drain(Lane& lane);
  void close_all();

  // Results a lane may hold before add() waits: enough to even out a slow
  // result, few enough that memory stays flat.
  static constexpr std::size_t kDepth = 64;
  // A sleeping lane is woken when this many results wait for it (or at
  // finish), not for each one: twelve lanes woken per result cost more in
  // futex calls and context switches than some of them render. A lane that
  // is awake takes whatever waits without being woken. kWake <= kDepth, so
  // a lane that makes add() wait has always been woken.
  static constexpr std::size_t kWake = 16;
  static_assert(kWake >= 1 && kWake <= kDepth);
  std::mutex m_;
  std::condition_variable room_;  // add() waits on it for a full lane
  bool adder_waiting_ = false;
  std::vector<std::unique_ptr<Lane>> lanes_;
};

}  // namespace guidecheck::cli
