// A scratch rules folder for tests of pack loading: a pack whose general.yaml
// is missing, and a pack with one good and one broken direction (borrowed
// from the shipped pack). Removed when it goes out of scope.
#pragma once

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "rules/source.h"

namespace guidecheck::testing {

struct ScratchPacks {
  std::filesystem::path root =
      std::filesystem::temp_directory_path() / ("catalogue_test_" + std::to_string(::getpid()));
  ScratchPacks() {
    std::filesystem::remove_all(root);
    auto shipped = rules::embedded_source();
    std::string id;  // a shipped pack that has direction 3.1
    for (const auto& p : shipped->packs())
      if (id.empty() && shipped->read(p + "/directions/3.1.yaml")) id = p;
    auto write = [&](const std::filesystem::path& rel, const std::string& text) {
      std::filesystem::create_directories((root / rel).parent_path());
      std::ofstream(root / rel) << text;
    };
    write("nogeneral/pack.yaml", *shipped->read(id + "/pack.yaml"));
    std::string pack = *shipped->read(id + "/pack.yaml");
    pack.replace(pack.find("id: " + id), 4 + id.size(), "id: mixed");  // the id names the folder
    write("mixed/pack.yaml", pack);
    write("mixed/general.yaml", *shipped->read(id + "/general.yaml"));
    write("mixed/directions/3.1.yaml", *shipped->read(id + "/directions/3.1.yaml"));
    write("mixed/directions/3.2.yaml", "number: [not, a, direction\n");
  }
  ~ScratchPacks() { std::filesystem::remove_all(root); }
};

}  // namespace guidecheck::testing
