// A scratch file for a streaming format whose beginning depends on its end
// (totals before the details: markdown, junit): the details go here as they
// come and are copied out after the beginning, so that memory stays flat
// however large the batch. The file is unlinked as soon as it is open, so it
// disappears with the process whatever ends it. If no scratch file can be
// made (no writable $TMPDIR, /tmp or "."), the details are kept in memory.
#pragma once

#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>

namespace guidecheck::report {

class Spool {
 public:
  Spool();
  std::ostream& stream() { return file_ ? static_cast<std::ostream&>(*file_) : memory_; }
  // Everything written, copied to `out` (once, at the end).
  void copy_to(std::ostream& out);

 private:
  std::unique_ptr<std::fstream> file_;
  std::ostringstream memory_;
};

}  // namespace guidecheck::report
