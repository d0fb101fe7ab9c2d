#include "cli/output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <vector>

#include "cli/signals.h"
#include "common/safe_text.h"
#include "common/temp_files.h"

namespace guidecheck::cli {

namespace fs = std::filesystem;

namespace {

constexpr std::size_t kBuffer = 1 << 16;

// The descriptor a path names by itself, or -1: /dev/stdout, /dev/stderr,
// /dev/fd/N, /proc/self/fd/N, /proc/<our pid>/fd/N.
int descriptor_alias(const std::string& p) {
  if (p == "/dev/stdout") return STDOUT_FILENO;
  if (p == "/dev/stderr") return STDERR_FILENO;
  std::string_view rest;
  std::string own = "/proc/" + std::to_string(::getpid()) + "/fd/";
  for (std::string_view prefix : {std::string_view("/dev/fd/"), std::string_view("/proc/self/fd/"),
                                  std::string_view("/proc/thread-self/fd/"), std::string_view(own)})
    if (p.size() > prefix.size() && p.compare(0, prefix.size(), prefix) == 0)
      rest = std::string_view(p).substr(prefix.size());
  if (rest.empty()) return -1;
  int fd = -1;
  auto [end, ec] = std::from_chars(rest.data(), rest.data() + rest.size(), fd);
  return ec == std::errc() && end == rest.data() + rest.size() && fd >= 0 ? fd : -1;
}

std::string shown(const std::string& path) { return safe::text(path.empty() ? "-" : path); }

}  // namespace

bool resolve_target(const std::string& given, Target& t, std::string& why) {
  t = Target{};
  t.given = given;
  struct stat st;
  if (given.empty() || given == "-") {
    t.kind = Target::Kind::Stdout;
    if (::fstat(STDOUT_FILENO, &st) == 0)
      t.exists = true, t.chardev = S_ISCHR(st.st_mode), t.dev = st.st_dev, t.ino = st.st_ino;
    return true;
  }
  // Follow the links one by one (so that a link to /dev/stdout is seen as one).
  std::string p = fs::path(given).lexically_normal().string();
  for (int hops = 0;; ++hops) {
    std::string abs = p[0] == '/' ? p : (fs::current_path() / p).lexically_normal().string();
    if (int fd = descriptor_alias(abs); fd >= 0) {
      if (::fstat(fd, &st) != 0) {
        why = std::strerror(errno);
        return false;
      }
      t.kind = Target::Kind::Descriptor;
      t.fd = fd;
      t.exists = true;
      t.chardev = S_ISCHR(st.st_mode);
      t.dev = st.st_dev, t.ino = st.st_ino;
      return true;
    }
    if (::lstat(p.c_str(), &st) != 0) {
      if (errno != ENOENT) {
        why = std::strerror(errno);
        return false;
      }
      break;  // a new file (its folder is checked when it is created)
    }
    if (!S_ISLNK(st.st_mode)) break;
    if (hops == 40) {
      why = std::strerror(ELOOP);
      return false;
    }
    std::error_code ec;
    fs::path to = fs::read_symlink(p, ec);
    if (ec) {
      why = ec.message();
      return false;
    }
    p = (to.is_absolute() ? to : fs::path(p).parent_path() / to).lexically_normal().string();
    if (p.empty()) p = ".";
  }
  t.path = p;
  if (::stat(p.c_str(), &st) == 0) {
    if (S_ISDIR(st.st_mode)) {
      why = std::strerror(EISDIR);
      return false;
    }
    t.exists = true;
    t.regular = S_ISREG(st.st_mode);
    t.chardev = S_ISCHR(st.st_mode);
    t.dev = st.st_dev, t.ino = st.st_ino;
    t.kind = t.regular ? Target::Kind::Replace : Target::Kind::InPlace;
  } else {
    t.kind = Target::Kind::Replace;
    // Identity of a file to be: its folder's real path and its name.
    std::error_code ec;
    fs::path parent = fs::path(p).has_parent_path() ? fs::path(p).parent_path() : fs::path(".");
    fs::path real = fs::canonical(parent, ec);
    if (!ec) t.path = (real / fs::path(p).filename()).string();
  }
  return true;
}

bool same_target(const Target& a, const Target& b) {
  if (a.exists && b.exists) return a.dev == b.dev && a.ino == b.ino && !a.chardev;
  if (a.exists || b.exists) return false;
  return a.path == b.path;
}

// ---- FdBuf ------------------------------------------------------------------

FdBuf::FdBuf() : buf_(new char[kBuffer]) { setp(buf_.get(), buf_.get() + kBuffer); }

bool FdBuf::put(const char* s, std::size_t n) {
  while (n > 0 && error_ == 0) {
    ssize_t w = ::write(fd_, s, n);
    if (w < 0) {
      if (errno == EINTR) continue;
      error_ = errno;
    } else {
      s += w;
      n -= static_cast<std::size_t>(w);
    }
  }
  return error_ == 0;
}

bool FdBuf::drain() {
  bool ok = put(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(buf_.get(), buf_.get() + kBuffer);
  return ok;
}

FdBuf::int_type FdBuf::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (!traits_type::eq_int_type(c, traits_type::eof())) {
    *pptr() = traits_type::to_char_type(c);
    pbump(1);
  }
  return traits_type::not_eof(c);
}

std::streamsize FdBuf::xsputn(const char* s, std::streamsize n) {
  if (error_) return 0;
  if (n <= epptr() - pptr()) {
    std::memcpy(pptr(), s, static_cast<std::size_t>(n));
    pbump(static_cast<int>(n));
    return n;
  }
  if (!drain() || !put(s, static_cast<std::size_t>(n))) return 0;
  return n;
}

int FdBuf::sync() { return drain() ? 0 : -1; }

// ---- OutputFile -------------------------------------------------------------

OutputFile::OutputFile() : stream_(&buf_) {}

OutputFile::~OutputFile() {
  if (!committed_) drop();
  if (own_fd_ && fd_ >= 0) ::close(fd_);
}

void OutputFile::drop() {
  if (!tmp_.empty()) {
    ::unlink(tmp_.c_str());
    temp_files::untrack(slot_);
    tmp_.clear();
    slot_ = -1;
  }
}

void OutputFile::fail(const std::string& why, int err) {
  std::cerr << "guidecheck: cannot write " << shown(t_.given) << ": " << why
            << (err ? std::string(": ") + std::strerror(err) : std::string()) << "\n";
}

bool OutputFile::open(const std::string& path) {
  Target t;
  std::string why;
  if (!resolve_target(path, t, why)) {
    t_.given = path;
    fail(why, 0);
    return false;
  }
  return open(t);
}

bool OutputFile::open(const Target& t) {
  t_ = t;
  switch (t.kind) {
    case Target::Kind::Stdout:
      std::cout.flush();
      fd_ = STDOUT_FILENO;
      break;
    case Target::Kind::Descriptor:
      std::cout.flush();
      fd_ = t.fd;
      break;
    case Target::Kind::InPlace:
      fd_ = ::open(t.path.c_str(), O_WRONLY | O_NOCTTY | O_CLOEXEC);
      if (fd_ < 0) {
        fail("cannot open", errno);
        return false;
      }
      own_fd_ = true;
      break;
    case Target::Kind::Replace: {
      fs::path target(t.path);
      fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
      std::string tmpl = (dir / ("." + target.filename().string() + ".tmp.XXXXXX")).string();
      std::vector<char> name(tmpl.begin(), tmpl.end());
      name.push_back('\0');
      fd_ = ::mkostemp(name.data(), O_CLOEXEC);
      if (fd_ < 0) {
        fail("cannot create a temporary file beside it", errno);
        return false;
      }
      own_fd_ = true;
      signals::handle_sigint();
      tmp_ = name.data();
      slot_ = temp_files::track(tmp_);
      // The permissions the file has, or a new file's (0666 less the umask).
      mode_t mode;
      if (struct stat st; t.exists && ::stat(t.path.c_str(), &st) == 0) {
        mode = st.st_mode & 07777;
      } else {
        mode_t mask = ::umask(0);
        ::umask(mask);
        mode = 0666 & ~mask;
      }
      ::fchmod(fd_, mode);
      break;
    }
  }
  buf_.attach(fd_);
  return true;
}

bool OutputFile::commit() {
  stream_.flush();
  if (buf_.error() || !stream_) {
    fail("write failed", buf_.error());
    drop();
    return false;
  }
  if (t_.kind != Target::Kind::Replace) {
    committed_ = true;
    return true;
  }
  if (::fsync(fd_) != 0 && errno != EINVAL && errno != EROFS) {
    fail("write failed", errno);
    drop();
    return false;
  }
  int fd = fd_;
  fd_ = -1;
  if (::close(fd) != 0) {
    fail("write failed", errno);
    drop();
    return false;
  }
  if (::rename(tmp_.c_str(), t_.path.c_str()) != 0) {
    fail("cannot replace the file", errno);
    drop();
    return false;
  }
  temp_files::untrack(slot_);
  slot_ = -1;
  tmp_.clear();
  committed_ = true;
  return true;
}

}  // namespace guidecheck::cli
