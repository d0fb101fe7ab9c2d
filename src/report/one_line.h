// The one-line formats (gcc.cpp, compact.cpp): one line per finding that does
// not pass, per file that could not be checked and per warning, each with the
// place first, as compilers and linters print them, so that editors (Vim's
// quickfix, Emacs' compilation mode, VS Code problem matchers) and CI log
// parsers pick them up. Every untrusted part (file name, message) has been
// through safe::text, so a line holds no line break, ESC or bidi control.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "report/sink.h"

namespace guidecheck::report {

// One line's parts; `level` is the severity: 0 error, 1 warning, 2 info.
struct OneLine {
  std::string file;  // safe::text'ed
  Mark mark;         // known (1-based) line and column
  int level = 0;
  std::string message;  // safe::text'ed
  std::string id;       // rule id, or guidecheck/input, guidecheck/warning
};

// A sink that writes `format(line)` and a newline for each line of each result.
std::unique_ptr<Sink> open_one_line(std::ostream& out, const RenderOptions& o,
                                    std::string (*format)(const OneLine&));

}  // namespace guidecheck::report
