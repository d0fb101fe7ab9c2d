// Reading an input file safely: never blocks on a FIFO or a device, reads
// only regular files, and never more than a size limit (checked before and
// while reading, since a file may grow). Used for proposals and rule packs;
// each caller words the outcome for its own users.
#pragma once

#include <cstddef>
#include <string>

namespace guidecheck {

struct ReadFile {
  enum class Status { Ok, OpenFailed, NotRegular, Directory, TooLarge, GrewTooLarge, ReadFailed };
  Status status = Status::Ok;
  int error = 0;         // errno, for OpenFailed and ReadFailed
  std::size_t size = 0;  // the size fstat reported, for TooLarge
  std::string text;      // the contents, when Ok
};

// `follow_links`: false refuses a symbolic link at `path` itself (O_NOFOLLOW).
ReadFile read_file(const std::string& path, std::size_t max_bytes, bool follow_links);

}  // namespace guidecheck
