// check --format compact: one line per finding that does not pass, as
// `yamllint -f parsable` prints them:
//   FILE:LINE:COL: [error] MESSAGE (RULE)
// The level is the rule's severity word (error, warning, info); a file that
// could not be checked is [error] (guidecheck/input), a proposal's warning
// [warning] (guidecheck/warning). See one_line.h.
#include "report/one_line.h"

namespace guidecheck::report {
namespace {

std::string compact_line(const OneLine& l) {
  static const char* const words[] = {"error", "warning", "info"};
  return l.file + ":" + std::to_string(l.mark.line) + ":" + std::to_string(l.mark.column) + ": [" +
         words[l.level] + "] " + l.message + " (" + l.id + ")";
}

}  // namespace

std::unique_ptr<Sink> open_compact(std::ostream& out, const RenderOptions& o) {
  return open_one_line(out, o, compact_line);
}

}  // namespace guidecheck::report
