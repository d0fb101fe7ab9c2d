// Real check results for the renderer tests: the examples and a fixture
// checked through eval::Checker with the embedded packs, plus files that
// cannot be checked. Names are relative to the source tree, as a user in the
// repository root would give them.
#pragma once

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "catch_compat.h"
#include "eval/checker.h"
#include "report/formats.h"

namespace guidecheck::testing {

inline std::string read_source_file(const std::string& rel) {
  std::ifstream in(std::string(GUIDECHECK_SOURCE_DIR) + "/" + rel, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// examples/*.yaml (sorted), tests/data/formats/10.4-info.yaml (only
// warning-severity findings fail, and its title holds , " | < & % :), a
// failing proposal with one failure waived, a file that is not YAML, and one
// naming an unknown direction.
inline std::vector<eval::FileResult> sample_results(
    rules::Severity fail_on = rules::Severity::Error, rules::Lang lang = rules::Lang::En) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  for (const auto& e : fs::directory_iterator(std::string(GUIDECHECK_SOURCE_DIR) + "/examples"))
    if (e.path().extension() == ".yaml")
      files.push_back("examples/" + e.path().filename().string());
  std::sort(files.begin(), files.end());
  files.push_back("tests/data/formats/10.4-info.yaml");
  // Findings point into the checker's rule packs: keep one checker per option
  // set alive for the whole test run.
  static std::map<std::pair<int, int>, std::unique_ptr<eval::Checker>> checkers;
  auto& slot = checkers[{static_cast<int>(fail_on), static_cast<int>(lang)}];
  if (!slot) {
    eval::Options opt;
    opt.fail_on = fail_on;
    opt.lang = lang;
    slot = std::make_unique<eval::Checker>(eval::make_source(""), opt);
  }
  eval::Checker& checker = *slot;
  std::vector<eval::FileResult> out;
  for (const auto& f : files) out.push_back(checker.check_text(f, read_source_file(f)));
  // A proposal that fails, one of its failures waived (no `until`: no date).
  out.push_back(checker.check_text(
      "waived/3.1-fail-waived.yaml",
      read_source_file("examples/3.1-fail.yaml") +
          "waivers:\n  - {rule: 3.1/round_trip_efficiency, reason: \"approved, letter 17 <ok>\", "
          "by: Wang}\n"));
  out.push_back(checker.check_text("broken/not-yaml.yaml", "guidecheck: 1\ndirection: [3.1\n"));
  out.push_back(checker.check_text("broken/unknown-direction.yaml",
                                   "guidecheck: 1\ndirection: \"99.9\"\nparticipants: []\n"));
  return out;
}

// `results` in the format named `format` (report/formats.cpp): the bytes
// `check` writes for them.
inline std::string render_with(std::string_view format,
                               const std::vector<eval::FileResult>& results,
                               const report::RenderOptions& o = {}) {
  const report::Format* f = report::find_format(format);
  REQUIRE(f);
  std::ostringstream s;
  report::render(*f, s, results, o);
  return s.str();
}

inline const eval::FileResult* result_for(const std::vector<eval::FileResult>& rs,
                                          const std::string& file) {
  for (const auto& r : rs)
    if (r.file == file) return &r;
  return nullptr;
}

// Where `key:` is written in a source file: line and column of the key, and
// the column of its value (keys and indentation are ASCII, so bytes = characters).
struct KeyPlace {
  int line = 0, key_column = 0, value_column = 0;
};
inline KeyPlace find_key(const std::string& rel, const std::string& key) {
  std::istringstream in(read_source_file(rel));
  int n = 0;
  for (std::string l; std::getline(in, l);) {
    ++n;
    auto k = l.find_first_not_of(' ');
    if (k == std::string::npos || l.compare(k, key.size() + 1, key + ":") != 0) continue;
    auto v = l.find_first_not_of(' ', k + key.size() + 1);
    return {n, static_cast<int>(k) + 1, v == std::string::npos ? 0 : static_cast<int>(v) + 1};
  }
  FAIL("no key " << key << " in " << rel);
  return {};
}

inline std::size_t index_of(const std::vector<eval::FileResult>& rs, const std::string& file) {
  for (std::size_t i = 0; i < rs.size(); ++i)
    if (rs[i].file == file) return i;
  FAIL("no result for " << file);
  return 0;
}

}  // namespace guidecheck::testing
