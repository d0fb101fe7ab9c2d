#pragma once
#include <cstddef>

namespace guidecheck {
struct EmbeddedFile {
  const char* path;  // relative to rules/: "<pack-id>/pack.yaml", "<pack-id>/directions/N.M.yaml"
  const char* data;
  std::size_t size;
};
extern const EmbeddedFile kEmbeddedFiles[];  // ends with {nullptr, nullptr, 0}
}  // namespace guidecheck
