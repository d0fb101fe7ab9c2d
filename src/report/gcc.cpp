// check --format gcc: one line per finding that does not pass, as gcc and
// `shellcheck -f gcc` print diagnostics:
//   FILE:LINE:COL: error: MESSAGE [RULE]
// The word is gcc's: `error` for an error rule, `warning` for a warning rule,
// `note` for an info rule; a file that could not be checked is an error
// [guidecheck/input], a proposal's warning (unknown key ...) a warning
// [guidecheck/warning]. See one_line.h.
#include "report/one_line.h"

namespace guidecheck::report {
namespace {

std::string gcc_line(const OneLine& l) {
  static const char* const words[] = {"error", "warning", "note"};
  return l.file + ":" + std::to_string(l.mark.line) + ":" + std::to_string(l.mark.column) + ": " +
         words[l.level] + ": " + l.message + " [" + l.id + "]";
}

}  // namespace

std::unique_ptr<Sink> open_gcc(std::ostream& out, const RenderOptions& o) {
  return open_one_line(out, o, gcc_line);
}

}  // namespace guidecheck::report
