#include "cli/progress.h"

#include <fmt/format.h>
#include <unistd.h>

#include <cmath>
#include <cstdio>
#include <iostream>

namespace guidecheck::cli {

namespace {
std::string clock_text(double seconds) {
  long s = std::lround(seconds);
  if (s >= 3600) return fmt::format("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60);
  return fmt::format("{}:{:02}", s / 60, s % 60);
}
}  // namespace

std::string progress_line(std::size_t done, std::size_t total, double elapsed, int width) {
  double frac = total ? static_cast<double>(done) / static_cast<double>(total) : 1.0;
  if (frac > 1) frac = 1;
  int full = static_cast<int>(frac * width);
  std::string bar(static_cast<std::size_t>(full), '=');
  if (full < width) bar += done ? ">" : " ";
  bar.resize(static_cast<std::size_t>(width), ' ');
  std::string rate = "-- files/s", eta = "ETA --:--";
  if (done > 0 && elapsed > 0) {
    double r = static_cast<double>(done) / elapsed;
    rate = fmt::format("{:.0f} files/s", r);
    eta = "ETA " + clock_text(static_cast<double>(total - std::min(done, total)) / r);
  }
  int digits = static_cast<int>(std::to_string(total).size());
  return fmt::format("[{}] {:>{}}/{}  {:3.0f}%  {}  {}", bar, done, digits, total, 100 * frac, rate,
                     eta);
}

Progress::Progress(std::size_t total, bool enabled)
    : total_(total), enabled_(enabled), start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() { finish(); }

bool Progress::wanted(bool quiet) { return !quiet && ::isatty(STDERR_FILENO); }

void Progress::update(std::size_t done) {
  if (!enabled_ || done == 0) return;  // first drawn with a file done, so with a rate
  auto now = std::chrono::steady_clock::now();
  if (drawn_once_ && now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  drawn_once_ = true;
  draw(done);
}

void Progress::draw(std::size_t done) {
  double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
  std::cout.flush();  // what went to the terminal before stays above the bar
  std::string line = "\r\x1b[K" + progress_line(done, total_, elapsed);
  std::fwrite(line.data(), 1, line.size(), stderr);
  std::fflush(stderr);
  visible_ = true;
}

void Progress::clear() {
  if (!visible_) return;
  std::fputs("\r\x1b[K", stderr);
  std::fflush(stderr);
  visible_ = false;
}

void Progress::finish() {
  clear();
  enabled_ = false;
}

}  // namespace guidecheck::cli
