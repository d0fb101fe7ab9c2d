#include "cli/version.h"

#include "rules/load.h"
#include "rules/source.h"

namespace guidecheck::cli {

std::string version_text() {
  std::string s = std::string("guidecheck ") + GUIDECHECK_VERSION + "\nembedded rule packs:";
  auto src = rules::embedded_source();
  for (const auto& id : src->packs())
    s += "\n  " + id + " (" + std::to_string(rules::direction_numbers(*src, id).size()) +
         " directions)";
  return s;
}

}  // namespace guidecheck::cli
