// The one writer for every output guidecheck writes (check's reports, init's
// skeleton, rules doc/show, schema). Where the output goes is resolved before
// anything is written:
//   ""  or "-"                   standard output;
//   /dev/stdout, /dev/stderr, /dev/fd/N, /proc/self/fd/N
//                                that descriptor, written in place;
//   a symbolic link              followed to its final target (the link stays);
//   an existing non-regular file (device, FIFO, socket)
//                                opened and written in place, never replaced;
//   a regular file, or none yet  a temporary file beside it, renamed over it
//                                only when the output is complete (atomic), with
//                                the old file's permissions.
// The temporary file is removed on a write error, when the output is dropped,
// and on SIGINT/SIGTERM/SIGHUP (common/temp_files.h). Every failure says why
// (the system's error text).
#pragma once

#include <sys/types.h>

#include <memory>
#include <ostream>
#include <streambuf>
#include <string>

namespace guidecheck::cli {

struct Target {
  enum class Kind { Stdout, Descriptor, InPlace, Replace };
  std::string given;  // as spelled by the user
  Kind kind = Kind::Stdout;
  int fd = -1;       // Descriptor: the one named
  std::string path;  // InPlace/Replace: the final file
  bool exists = false;
  bool regular = false;  // an existing regular file
  bool chardev = false;  // an existing character device (/dev/null, a terminal)
  dev_t dev = 0;         // identity when it exists
  ino_t ino = 0;
};

// Resolves `path` (see above). Returns false and sets `why` when it cannot be
// a target (a folder, a symbolic link loop, a descriptor that is not open).
bool resolve_target(const std::string& path, Target& t, std::string& why);

// True when the two targets are one file (different spellings, links), other
// than a character device (/dev/null, a terminal), which takes both in turn.
bool same_target(const Target& a, const Target& b);

// A stream buffer over a file descriptor that remembers the first errno.
class FdBuf : public std::streambuf {
 public:
  FdBuf();
  void attach(int fd) { fd_ = fd; }
  int error() const { return error_; }

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool drain();
  bool put(const char* s, std::size_t n);
  int fd_ = -1;
  int error_ = 0;
  std::unique_ptr<char[]> buf_;
};

class OutputFile {
 public:
  OutputFile();
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  ~OutputFile();  // removes the temporary file unless committed

  // Resolves and opens `path`. Prints why and returns false on failure.
  bool open(const std::string& path);
  bool open(const Target& t);
  std::ostream& stream() { return stream_; }
  bool to_stdout() const { return t_.kind == Target::Kind::Stdout; }
  const Target& target() const { return t_; }
  // Flushes, and renames the temporary file into place. Prints why and
  // returns false on failure.
  bool commit();

 private:
  void fail(const std::string& why, int err);
  void drop();
  Target t_;
  std::string tmp_;
  int fd_ = -1;
  bool own_fd_ = false;
  int slot_ = -1;
  FdBuf buf_;
  std::ostream stream_;
  bool committed_ = false;
};

}  // namespace guidecheck::cli
