// The progress bar of a batch, on stderr: files done of the total, the rate
// and the time left. Shown only when stderr is a terminal and --quiet is not
// given; redrawn at most ten times a second, on one line, and erased at the end.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>

namespace guidecheck::cli {

// "[=========>          ]  4523/10000  45%  9850 files/s  ETA 0:01" for a
// bar of `width` cells; the rate and ETA read "--" until something is done.
std::string progress_line(std::size_t done, std::size_t total, double elapsed_seconds,
                          int width = 24);

class Progress {
 public:
  // `enabled`: draw at all (see wanted()).
  Progress(std::size_t total, bool enabled);
  ~Progress();
  // True when stderr is a terminal and the user did not ask for --quiet.
  static bool wanted(bool quiet);

  void update(std::size_t done);  // redraws when the last drawing is 100 ms old
  void clear();   // erases the bar until the next update (before writing to the terminal)
  void finish();  // erases the bar for good

  bool visible() const { return visible_; }

 private:
  void draw(std::size_t done);

  std::size_t total_;
  bool enabled_;
  bool visible_ = false;
  std::chrono::steady_clock::time_point start_, last_;
  bool drawn_once_ = false;
};

}  // namespace guidecheck::cli
