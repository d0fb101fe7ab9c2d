#include "cli/check_outputs.h"

#include <unistd.h>

#include <iostream>

#include "cli/help.h"
#include "common/safe_text.h"
#include "messages/text.h"

namespace guidecheck::cli {

std::optional<std::vector<Output>> plan_outputs(const Global& g) {
  std::vector<Output> outputs;
  for (const std::string& f : g.formats.empty() ? std::vector<std::string>{"text"} : g.formats) {
    Output o;
    auto eq = f.find('=');
    o.format = f.substr(0, eq);
    if (eq != std::string::npos) o.path = f.substr(eq + 1);
    if (!report::find_format(o.format)) {
      std::cerr << "guidecheck: "
                << msg::tr<msg::Id::cli_err_unknown_format>(language(g), safe::text(o.format),
                                                            report::format_names())
                << "\n";
      return std::nullopt;
    }
    outputs.push_back(o);
  }
  int to_stdout = 0;
  for (Output& o : outputs)
    if (o.path.empty()) {
      if (!g.output.empty() && to_stdout == 0)
        o.path = g.output;
      else
        ++to_stdout;
    }
  for (const Output& o : outputs)
    if (o.path.empty() && report::find_format(o.format)->binary) {
      std::cerr << "guidecheck: "
                << msg::tr<msg::Id::cli_err_format_needs_file>(language(g), o.format) << "\n";
      return std::nullopt;
    }
  if (to_stdout > 1) {
    std::cerr << "guidecheck: " << say(g, msg::Id::cli_err_several_stdout) << "\n";
    return std::nullopt;
  }
  return outputs;
}

std::optional<std::vector<Target>> resolve_targets(const std::vector<Output>& outputs,
                                                   const Global& g) {
  std::vector<Target> targets(outputs.size());
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    std::string why;
    if (!resolve_target(outputs[i].path, targets[i], why)) {
      std::cerr << "guidecheck: "
                << msg::tr<msg::Id::cli_err_cannot_write>(language(g), safe::text(outputs[i].path),
                                                          why)
                << "\n";
      return std::nullopt;
    }
    for (std::size_t j = 0; j < i; ++j)
      if (same_target(targets[i], targets[j])) {
        std::string where = outputs[i].path.empty() ? say(g, msg::Id::cli_standard_output)
                                                    : safe::text(outputs[i].path);
        std::cerr << "guidecheck: "
                  << msg::tr<msg::Id::cli_err_same_target>(language(g), outputs[j].format,
                                                           outputs[i].format, where)
                  << "\n";
        return std::nullopt;
      }
  }
  return targets;
}

bool Reports::open(const std::vector<Output>& outputs, const std::vector<Target>& targets,
                   report::RenderOptions ro, const Global& g) {
  for (std::size_t i = 0; i < outputs.size(); ++i) {
    const Output& o = outputs[i];
    files.push_back(std::make_unique<OutputFile>());
    if (!files.back()->open(targets[i])) return false;
    ro.color = o.path.empty() && use_color(g, true);
    terminal_output |= files.back()->to_stdout() && ::isatty(STDOUT_FILENO);
    sinks.push_back(report::find_format(o.format)->open(files.back()->stream(), ro));
  }
  // A terminal's report stays on this thread, between the progress line's
  // redraws.
  if (sinks.size() > 1 && !terminal_output) fan_out = std::make_unique<FanOut>(sinks);
  return true;
}

bool Reports::finish() {
  bool written = true;
  if (fan_out) fan_out->finish();  // every sink's finish(), in order
  for (std::size_t i = 0; i < sinks.size(); ++i) {
    if (!fan_out) sinks[i]->finish();
    written &= files[i]->commit();
  }
  return written;
}

}  // namespace guidecheck::cli
