#include "cli/fan_out.h"

#include <stdexcept>
#include <thread>

#include "catch_compat.h"

using namespace guidecheck;

namespace {

// Records the files it is given, in order; can be slow, or throw at one.
class Recorder : public report::Sink {
 public:
  explicit Recorder(int throw_at = -1, bool slow = false) : throw_at_(throw_at), slow_(slow) {}
  void add(const eval::FileResult& r) override {
    if (static_cast<int>(files.size()) == throw_at_) throw std::runtime_error("disk full");
    if (slow_) std::this_thread::yield();
    files.push_back(r.file);
  }
  void finish() override { finished_after = files.size(); }
  std::vector<std::string> files;
  std::size_t finished_after = 0;

 private:
  int throw_at_;
  bool slow_;
};

}  // namespace

TEST_CASE("fan-out: every sink gets every result in order, then finishes") {
  std::vector<std::unique_ptr<report::Sink>> sinks;
  sinks.push_back(std::make_unique<Recorder>());
  sinks.push_back(std::make_unique<Recorder>(-1, true));
  sinks.push_back(std::make_unique<Recorder>());
  const int n = 2000;  // far more than a lane holds: add() must wait for room
  {
    cli::FanOut fan(sinks);
    for (int i = 0; i < n; ++i) {
      eval::FileResult r;
      r.file = "p" + std::to_string(i) + ".yaml";
      fan.add(r);
    }
    fan.finish();
  }
  for (auto& s : sinks) {
    auto& rec = static_cast<Recorder&>(*s);
    REQUIRE(rec.files.size() == static_cast<std::size_t>(n));
    CHECK(rec.finished_after == static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i)
      CHECK(rec.files[static_cast<std::size_t>(i)] == "p" + std::to_string(i) + ".yaml");
  }
}

TEST_CASE("fan-out: a sink that throws does not stall the others, and finish() rethrows") {
  std::vector<std::unique_ptr<report::Sink>> sinks;
  sinks.push_back(std::make_unique<Recorder>(5));
  sinks.push_back(std::make_unique<Recorder>());
  cli::FanOut fan(sinks);
  for (int i = 0; i < 500; ++i) {
    eval::FileResult r;
    r.file = std::to_string(i);
    fan.add(r);
  }
  CHECK_THROWS_WITH(fan.finish(), "disk full");
  CHECK(static_cast<Recorder&>(*sinks[1]).files.size() == 500);
  CHECK(static_cast<Recorder&>(*sinks[0]).files.size() == 5);
}

TEST_CASE("fan-out: destroyed without finish() (an error elsewhere) joins its threads") {
  std::vector<std::unique_ptr<report::Sink>> sinks;
  sinks.push_back(std::make_unique<Recorder>());
  sinks.push_back(std::make_unique<Recorder>());
  {
    cli::FanOut fan(sinks);
    eval::FileResult r;
    fan.add(r);
  }
  CHECK(static_cast<Recorder&>(*sinks[0]).finished_after == 0);
}

TEST_CASE("fan-out: fewer results than wake a lane are all rendered at finish()") {
  std::vector<std::unique_ptr<report::Sink>> sinks;
  sinks.push_back(std::make_unique<Recorder>());
  sinks.push_back(std::make_unique<Recorder>());
  cli::FanOut fan(sinks);
  for (int i = 0; i < 3; ++i) {  // under FanOut's kWake (16): no lane is woken by add()
    eval::FileResult r;
    r.file = std::to_string(i);
    fan.add(std::move(r));
  }
  fan.finish();
  for (auto& s : sinks) {
    auto& rec = static_cast<Recorder&>(*s);
    CHECK(rec.files == std::vector<std::string>{"0", "1", "2"});
    CHECK(rec.finished_after == 3);
  }
}
