#include "common/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>

namespace guidecheck {

ReadFile read_file(const std::string& path, std::size_t max_bytes, bool follow_links) {
  ReadFile r;
  auto fail = [&](ReadFile::Status s, int e = 0) {
    r.status = s;
    r.error = e;
    r.text.clear();
    return r;
  };
  // POSIX calls rather than a stream: a batch opens thousands of files, and an
  // ifstream's buffer and locale cost more than reading a proposal.
  // O_NONBLOCK: opening a FIFO must not wait for a writer.
  int flags = O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY | (follow_links ? 0 : O_NOFOLLOW);
  int fd = ::open(path.c_str(), flags);
  if (fd < 0) return fail(ReadFile::Status::OpenFailed, errno);
  struct Closer {
    int fd;
    ~Closer() { ::close(fd); }
  } closer{fd};
  struct stat st;
  if (::fstat(fd, &st) != 0) return fail(ReadFile::Status::ReadFailed, errno);
  if (S_ISDIR(st.st_mode)) return fail(ReadFile::Status::Directory);
  if (!S_ISREG(st.st_mode)) return fail(ReadFile::Status::NotRegular);
  r.size = static_cast<std::size_t>(st.st_size);
  if (r.size > max_bytes) return fail(ReadFile::Status::TooLarge);
  // Read the size fstat gave, then whatever the file grew by since.
  r.text.assign(r.size + 1, '\0');
  std::size_t got = 0;
  for (;;) {
    if (got == r.text.size()) {
      if (r.text.size() > max_bytes) return fail(ReadFile::Status::GrewTooLarge);
      r.text.resize(r.text.size() * 2);
    }
    ssize_t n = ::read(fd, r.text.data() + got, r.text.size() - got);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) return fail(ReadFile::Status::ReadFailed, errno);
    if (n == 0) break;
    got += static_cast<std::size_t>(n);
  }
  r.text.resize(got);
  if (r.text.size() > max_bytes) return fail(ReadFile::Status::GrewTooLarge);
  return r;
}

}  // namespace guidecheck
