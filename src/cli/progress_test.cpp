#include "cli/progress.h"

#include "catch_compat.h"

using guidecheck::cli::progress_line;

TEST_CASE("progress line: count, share, rate and time left", "[progress]") {
  // 2500 of 10000 in 0.5 s: 5000 files/s, 1.5 s left.
  std::string s = progress_line(2500, 10000, 0.5, 20);
  CHECK(s == "[=====>              ]  2500/10000   25%  5000 files/s  ETA 0:02");
  CHECK(progress_line(0, 10, 0.0, 10) == "[          ]  0/10    0%  -- files/s  ETA --:--");
  CHECK(progress_line(10, 10, 2.0, 10) == "[==========] 10/10  100%  5 files/s  ETA 0:00");
  // Hours when that long.
  CHECK(progress_line(1, 10000, 1.0, 4).find("ETA 2:46:39") != std::string::npos);
  // More done than the total (never expected) stays within the bar.
  CHECK(progress_line(12, 10, 1.0, 10).rfind("[==========]", 0) == 0);
}
