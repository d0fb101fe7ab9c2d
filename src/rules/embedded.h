#pragma once
#include <cstddef>

namespace guidecheck {
struct EmbeddedFile {
  const char* path;  // relative to rules/, e.g. "sstic-2022-draft/pack.yaml"
  const char* data;
  std::size_t size;
};
extern const EmbeddedFile kEmbeddedFiles[];  // ends with {nullptr, nullptr, 0}
}  // namespace guidecheck
