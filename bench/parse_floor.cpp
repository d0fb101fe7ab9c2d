// The parse floor of `guidecheck check`, in the same run as the stages above
// it: the same proposal files, read into memory once, then per file
//   libyaml_events   libyaml's event parser alone (the floor: nothing can check a
//                    proposal without at least scanning and parsing it)
//   located_tree     + our located tree (yaml::parse: duplicate keys, limits)
//   proposal         + the proposal's structure (proposal::parse)
//   check            + rule lookup and evaluation (Checker::check_text), what
//                    one worker of `check` does per file before rendering
// Each reports the time per file (items/s is files/s). Single thread.
//
// Usage: guidecheck_parse_floor DIR [--benchmark_* flags]
#include <benchmark/benchmark.h>
#include <yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include "eval/checker.h"
#include "proposal/proposal.h"
#include "yaml/parse.h"

namespace {

struct File {
  std::string name, text;
};
std::vector<File> files;

void load(const std::string& dir) {
  namespace fs = std::filesystem;
  for (const auto& e : fs::recursive_directory_iterator(dir)) {
    auto ext = e.path().extension();
    if (!e.is_regular_file() || (ext != ".yaml" && ext != ".yml")) continue;
    std::ifstream in(e.path(), std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    files.push_back({e.path().string(), s.str()});
  }
  std::sort(files.begin(), files.end(),
            [](const File& a, const File& b) { return a.name < b.name; });
}

void per_file(benchmark::State& state, std::size_t done_files) {
  state.SetItemsProcessed(static_cast<int64_t>(done_files));
  std::size_t bytes = 0;
  for (const File& f : files) bytes += f.text.size();
  state.counters["files"] = static_cast<double>(files.size());
  state.counters["us_per_file"] =
      benchmark::Counter(static_cast<double>(done_files) * 1e-6,
                         benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["mean_bytes"] =
      static_cast<double>(bytes) / static_cast<double>(std::max<std::size_t>(1, files.size()));
}

void libyaml_events(benchmark::State& state) {
  std::size_t done = 0;
  for (auto _ : state) {
    for (const File& f : files) {
      yaml_parser_t p;
      yaml_parser_initialize(&p);
      yaml_parser_set_input_string(&p, reinterpret_cast<const unsigned char*>(f.text.data()),
                                   f.text.size());
      yaml_event_t ev;
      bool ok = true;
      while (ok) {
        if (!yaml_parser_parse(&p, &ev)) break;
        ok = ev.type != YAML_STREAM_END_EVENT;
        yaml_event_delete(&ev);
      }
      yaml_parser_delete(&p);
      ++done;
    }
  }
  per_file(state, done);
}

void located_tree(benchmark::State& state) {
  std::size_t done = 0;
  for (auto _ : state) {
    for (const File& f : files) {
      auto r = guidecheck::yaml::parse(f.text);
      benchmark::DoNotOptimize(r.ok);
      ++done;
    }
  }
  per_file(state, done);
}

void proposal(benchmark::State& state) {
  std::size_t done = 0;
  for (auto _ : state) {
    for (const File& f : files) {
      auto p = guidecheck::proposal::parse(f.name, f.text);
      benchmark::DoNotOptimize(p.ok);
      ++done;
    }
  }
  per_file(state, done);
}

void check(benchmark::State& state) {
  guidecheck::eval::Checker checker(guidecheck::eval::make_source(""), {});
  std::size_t done = 0;
  for (auto _ : state) {
    for (const File& f : files) {
      auto r = checker.check_text(f.name, f.text);
      benchmark::DoNotOptimize(r.status);
      ++done;
    }
  }
  per_file(state, done);
}

}  // namespace

BENCHMARK(libyaml_events)->Unit(benchmark::kMillisecond);
BENCHMARK(located_tree)->Unit(benchmark::kMillisecond);
BENCHMARK(proposal)->Unit(benchmark::kMillisecond);
BENCHMARK(check)->Unit(benchmark::kMillisecond);

int main(int argc, char** argv) {
  if (argc < 2 || argv[1][0] == '-') {
    std::cerr << "usage: guidecheck_parse_floor DIR [--benchmark_* flags]\n";
    return 2;
  }
  load(argv[1]);
  if (files.empty()) {
    std::cerr << "guidecheck_parse_floor: no *.yaml files under " << argv[1] << "\n";
    return 2;
  }
  argv[1] = argv[0];
  --argc, ++argv;
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
