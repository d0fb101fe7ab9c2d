// guidecheck check PATH...
#include <atomic>
#include <iostream>
#include <thread>

#include "cli/collect.h"
#include "cli/common.h"
#include "eval/checker.h"
#include "report/formats.h"

namespace guidecheck::cli {
namespace {

struct Output {
  std::string format;
  std::string path;  // "" = stdout
};


int run_check(const std::vector<std::string>& paths, Global& g) {
  // Outputs: --format FMT or FMT=FILE, repeated; -o applies to one without =FILE.
  std::vector<Output> outputs;
  for (const std::string& f : g.formats.empty() ? std::vector<std::string>{"text"} : g.formats) {
    Output o;
    auto eq = f.find('=');
    o.format = f.substr(0, eq);
    if (eq != std::string::npos) o.path = f.substr(eq + 1);
    if (!report::find_format(o.format)) {
      std::cerr << "guidecheck: unknown format '" << o.format << "' (known: " << report::format_names()
                << ")\n";
      return kExitError;
    }
    outputs.push_back(o);
  }
  int to_stdout = 0;
  for (Output& o : outputs)
    if (o.path.empty()) {
      if (!g.output.empty() && to_stdout == 0) o.path = g.output;
      else ++to_stdout;
    }
  for (const Output& o : outputs)
    if (o.path.empty() && report::find_format(o.format)->binary) {
      std::cerr << "guidecheck: format " << o.format << " needs a file: -o FILE or --format " << o.format
                << "=FILE\n";
      return kExitError;
    }
  if (to_stdout > 1) {
    std::cerr << "guidecheck: several formats would go to standard output; give files as FORMAT=FILE\n";
    return kExitError;
  }
  Collected inputs = collect_inputs(paths);
  if (inputs.files.empty() && inputs.problems.empty()) {
    std::cerr << "guidecheck: no proposal files (*.yaml, *.yml) found in the paths given\n";
    return kExitError;
  }
  // Never overwrite an input.
  for (const Output& o : outputs) {
    if (o.path.empty()) continue;
    std::error_code ec;
    for (const std::string& f : inputs.files)
      if (std::filesystem::equivalent(o.path, f, ec)) {
        std::cerr << "guidecheck: refusing to write the report over the input " << f << "\n";
        return kExitError;
      }
  }

  eval::Options opt;
  opt.lang = language(g);
  opt.guide = g.guide;
  opt.fail_on = g.fail_on == "warning" ? rules::Severity::Warning
                : g.fail_on == "info"  ? rules::Severity::Info
                                       : rules::Severity::Error;
  eval::Checker checker(eval::make_source(g.rules_dir), opt, g.limits);
  std::vector<report::FileResult> results(inputs.files.size());
  unsigned jobs = g.jobs > 0 ? static_cast<unsigned>(g.jobs) : std::max(1u, std::thread::hardware_concurrency());
  jobs = std::min<unsigned>(jobs, std::max<std::size_t>(1, inputs.files.size()));
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i; (i = next++) < inputs.files.size();) {
      results[i] = checker.check_file(inputs.files[i]);
    }
  };
  std::vector<std::thread> pool;
  for (unsigned t = 1; t < jobs; ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  for (const std::string& p : inputs.problems) {
    report::FileResult r;
    r.file = p.substr(0, p.find(": "));
    r.status = report::FileStatus::Error;
    r.error = Diagnostic{r.file, {}, p.substr(p.find(": ") + 2), true};
    results.push_back(std::move(r));
  }

  report::RenderOptions ro;
  ro.lang = opt.lang;
  ro.quiet = g.quiet;
  ro.tool_version = GUIDECHECK_VERSION;
  bool written = true;
  for (const Output& o : outputs) {
    ro.color = o.path.empty() && use_color(g, true);
    const report::Format* fmt = report::find_format(o.format);
    written &= write_output(o.path, [&](std::ostream& out) { fmt->render(out, results, ro); });
  }
  report::Summary s = report::summarize(results);
  if (!written || s.errors > 0) return kExitError;
  return s.failed > 0 ? kExitFail : kExitPass;
}

}  // namespace


void add_check(CLI::App& app, Global& g, int& exit_code) {
  auto* cmd = app.add_subcommand("check", "Check proposals: files, or folders searched for *.yaml/*.yml");
  static std::vector<std::string> paths;
  cmd->add_option("paths", paths, "Proposal files or folders")->required();
  cmd->add_option("-f,--format", g.formats,
                  "Output format (" + report::format_names() +
                      "); repeat as FORMAT=FILE to write several from one run");
  cmd->add_option("-o,--output", g.output, "Write the report to FILE (atomically)");
  cmd->add_option("-j,--jobs", g.jobs, "Parallel checks (default: the number of cores)")
      ->check(CLI::Range(1, 256));
  cmd->add_flag("-q,--quiet", g.quiet, "Show only what does not pass");
  cmd->add_option("--fail-on", g.fail_on, "Lowest severity that fails a proposal: error, warning or info")
      ->check(CLI::IsMember({"error", "warning", "info"}));
  cmd->add_option("--max-file-size", g.limits.max_bytes, "Largest proposal file in bytes (default 16 MiB)");
  cmd->add_option("--max-depth", g.limits.max_depth, "Deepest YAML nesting (default 100)");
  cmd->add_option("--max-nodes", g.limits.max_nodes, "Most YAML nodes, aliases expanded (default 1000000)");
  cmd->add_option("--max-aliases", g.limits.max_aliases, "Most YAML aliases (default 10000)");
  add_common(cmd, g);
  cmd->callback([&] { exit_code = run_check(paths, g); });
}

}  // namespace guidecheck::cli
