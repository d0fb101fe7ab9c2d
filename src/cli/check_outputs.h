// The reports of one `guidecheck check` run: which formats go where (checked
// and resolved before anything is checked), and the files and sinks they are
// streamed into.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli/common.h"
#include "cli/fan_out.h"
#include "cli/output_file.h"
#include "eval/checker.h"
#include "report/formats.h"

namespace guidecheck::cli {

struct Output {
  std::string format;
  std::string path;  // "" = stdout
};

// The outputs of --format FMT or FMT=FILE (repeated; text by default), -o
// applying to the first without =FILE. Nothing when a format is unknown, a
// binary one would go to standard output, or several would (said on stderr).
std::optional<std::vector<Output>> plan_outputs(const Global& g);

// Every output's target resolved, no two the same file, before anything is
// written. Nothing when one cannot be written or two coincide (said on stderr).
std::optional<std::vector<Target>> resolve_targets(const std::vector<Output>& outputs,
                                                   const Global& g);

// One file (or standard output) and one sink per output, open for the whole
// run: each result is rendered as it comes and then dropped.
struct Reports {
  std::vector<std::unique_ptr<OutputFile>> files;
  std::vector<std::unique_ptr<report::Sink>> sinks;
  bool terminal_output = false;  // one of them is standard output on a terminal
  // With several sinks, none on a terminal: each rendered on its own thread.
  // Declared after the sinks, so that its threads stop before they go.
  std::unique_ptr<FanOut> fan_out;

  // False (said on stderr) when one cannot be opened; those opened stay open.
  bool open(const std::vector<Output>& outputs, const std::vector<Target>& targets,
            report::RenderOptions ro, const Global& g);
  void add(eval::FileResult&& r) {
    if (fan_out) return fan_out->add(std::move(r));
    for (auto& s : sinks) s->add(r);
  }
  // Every sink finished and its file committed; false when one could not be.
  bool finish();
};

}  // namespace guidecheck::cli
