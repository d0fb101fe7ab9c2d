// Where rule packs come from: embedded in the binary, or a folder given by
// --rules / GUIDECHECK_RULES. A folder source reads only below its root.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace guidecheck::rules {

class PackSource {
 public:
  virtual ~PackSource() = default;
  // `rel` is "<pack>/<file>"; nullopt when absent or unreadable, with the
  // reason in `why` when given.
  virtual std::optional<std::string> read(const std::string& rel,
                                          std::string* why = nullptr) const = 0;
  // File names directly inside "<pack>/<dir>".
  virtual std::vector<std::string> list(const std::string& rel_dir) const = 0;
  virtual std::vector<std::string> packs() const = 0;
  // How to name a file in messages.
  virtual std::string display(const std::string& rel) const = 0;
};

std::unique_ptr<PackSource> embedded_source();
std::unique_ptr<PackSource> directory_source(const std::string& root);

// A name that may appear as one path component (pack ids, direction numbers).
bool safe_component(const std::string& s);

}  // namespace guidecheck::rules
