// Where one report of `check` goes while a batch streams into it: standard
// output, or a temporary file beside the target that is renamed over it only
// when the report is complete, so a report file is never half-written.
#pragma once

#include <fstream>
#include <ostream>
#include <string>

namespace guidecheck::cli {

class OutputFile {
 public:
  OutputFile() = default;
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();  // removes the temporary file unless committed

  // `path` "" or "-": standard output. Prints why and returns false when the
  // temporary file cannot be created.
  bool open(const std::string& path);
  std::ostream& stream();
  bool to_stdout() const { return tmp_.empty(); }
  // Flushes, and renames the temporary file into place. Prints why and
  // returns false on failure.
  bool commit();

 private:
  std::string path_, tmp_;
  std::ofstream file_;
  bool committed_ = false;
};

}  // namespace guidecheck::cli
