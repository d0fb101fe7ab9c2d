#include "cli/fan_out.h"

namespace guidecheck::cli {

FanOut::FanOut(const std::vector<std::unique_ptr<report::Sink>>& sinks) {
  for (const auto& s : sinks) {
    lanes_.push_back(std::make_unique<Lane>());
    lanes_.back()->sink = s.get();
  }
  for (auto& lane : lanes_) lane->thread = std::thread([this, l = lane.get()] { drain(*l); });
}

FanOut::~FanOut() {
  close_all();
  for (auto& lane : lanes_)
    if (lane->thread.joinable()) lane->thread.join();
}

void FanOut::close_all() {
  std::lock_guard<std::mutex> lock(m_);
  for (auto& lane : lanes_) {
    lane->closed = true;
    lane->has_work.notify_one();
  }
}

// A lane's thread: takes everything queued at once (one lock for many
// results), renders it, and wakes add() when it was waiting for room.
void FanOut::drain(Lane& lane) {
  std::deque<std::shared_ptr<const eval::FileResult>> taken;
  for (;;) {
    {
      std::unique_lock<std::mutex> lock(m_);
      lane.has_work.wait(lock, [&] { return !lane.queue.empty() || lane.closed; });
      if (lane.queue.empty()) return;  // closed and drained
      taken.swap(lane.queue);
      if (adder_waiting_) room_.notify_one();
    }
    for (auto& r : taken) {
      // After a failure the lane only drains its queue, so add() never waits
      // for it; finish() reports the failure.
      if (lane.error) break;
      try {
        lane.sink->add(*r);
      } catch (...) {
        lane.error = std::current_exception();
      }
    }
    taken.clear();
  }
}

void FanOut::add(eval::FileResult r) {
  auto shared = std::make_shared<const eval::FileResult>(std::move(r));
  std::unique_lock<std::mutex> lock(m_);
  auto full = [&] {
    for (auto& lane : lanes_)
      if (lane->queue.size() >= kDepth) return true;
    return false;
  };
  while (full()) {
    adder_waiting_ = true;
    room_.wait(lock);
    adder_waiting_ = false;
  }
  for (auto& lane : lanes_) {
    lane->queue.push_back(shared);
    if (lane->queue.size() == kWake) lane->has_work.notify_one();
  }
}

void FanOut::finish() {
  close_all();
  for (auto& lane : lanes_)
    if (lane->thread.joinable()) lane->thread.join();
  for (auto& lane : lanes_)
    if (lane->error) std::rethrow_exception(lane->error);
  for (auto& lane : lanes_) lane->sink->finish();
}

}  // namespace guidecheck::cli
