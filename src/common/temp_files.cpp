#include "common/temp_files.h"

#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <cstring>

namespace guidecheck::temp_files {

namespace {
// Fixed storage: a signal handler may neither allocate nor lock.
constexpr int kSlots = 64;
constexpr std::size_t kPathMax = 4096;
char paths[kSlots][kPathMax];
std::atomic<bool> used[kSlots];

bool writable_dir(const char* d) {
  struct stat st;
  return d && *d && ::stat(d, &st) == 0 && S_ISDIR(st.st_mode) && ::access(d, W_OK | X_OK) == 0;
}
}  // namespace

int track(const std::string& path) {
  if (path.size() >= kPathMax) return -1;
  for (int i = 0; i < kSlots; ++i) {
    if (used[i].load()) continue;
    std::memcpy(paths[i], path.c_str(), path.size() + 1);
    used[i].store(true);
    return i;
  }
  return -1;
}

void untrack(int slot) {
  if (slot >= 0 && slot < kSlots) used[slot].store(false);
}

void remove_tracked() noexcept {
  for (int i = 0; i < kSlots; ++i)
    if (used[i].load()) ::unlink(paths[i]);
}

std::string scratch_dir() {
  const char* t = std::getenv("TMPDIR");
  if (writable_dir(t)) return t;
  if (writable_dir("/tmp")) return "/tmp";
  return ".";
}

}  // namespace guidecheck::temp_files
