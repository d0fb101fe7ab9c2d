// guidecheck check PATH...: collect the inputs, check them in parallel, stream
// the results in path order into every output, and exit per the contract.
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <thread>

#include "cli/batch.h"
#include "cli/check_outputs.h"
#include "cli/collect.h"
#include "cli/common.h"
#include "cli/config.h"
#include "cli/help.h"
#include "cli/output_file.h"
#include "cli/progress.h"
#include "cli/signals.h"
#include "common/safe_text.h"
#include "eval/checker.h"
#include "eval/waivers.h"
#include "import/document.h"
#include "messages/text.h"
#include "report/formats.h"
#include "rules/load.h"

namespace guidecheck::cli {
namespace {

bool excel_bom = false;            // --excel-bom: csv starts with the UTF-8 byte order mark
std::size_t max_annotations = 10;  // --max-annotations: github, per level (0: all)
bool sarif_passes = false;         // --sarif-passes: SARIF carries passing results too
std::string project_url;           // --project-url: SARIF informationUri and helpUri
std::size_t markdown_limit = report::kMarkdownLimit;  // --markdown-limit (0: none)
std::string document_direction;                       // --direction: for documents that name none
WalkOptions walk;                                     // --exclude, --include, --hidden
bool skip_non_proposals = false;  // also skip named files that are not proposals (pre-commit)
std::string stdin_filename = "<stdin>";        // the name of `-` in reports
std::string config_file;                       // --config FILE
bool no_config = false;                        // --no-config
bool no_waivers = false;                       // --no-waivers
std::vector<proposal::Waiver> config_waivers;  // waivers: of .guidecheck.yaml

// Settings of .guidecheck.yaml that the command line did not give. `cmd` is
// `check`, to ask which options were given.
bool apply_config(CLI::App& cmd, std::vector<std::string>& paths, Global& g) {
  std::string file = config_file;
  if (file.empty() && !no_config) file = find_config(".");
  if (file.empty()) return true;
  Diagnostics errors;
  std::optional<Config> c = load_config(file, errors);
  if (!c) {
    for (const Diagnostic& d : errors)
      std::cerr << safe::text(d.where()) << ": " << say(g, msg::Id::cli_label_error) << ": "
                << safe::text(d.message(language(g))) << "\n";
    return false;
  }
  auto given = [&](const char* opt) { return cmd.get_option(opt)->count() > 0; };
  if (paths.empty() && c->paths) paths = *c->paths;
  if (!given("--exclude") && c->exclude) walk.exclude = *c->exclude;
  if (!given("--include") && c->include) walk.include = *c->include;
  if (!given("--hidden") && c->hidden) walk.hidden = *c->hidden;
  if (!given("--skip-non-proposals") && c->skip_non_proposals)
    skip_non_proposals = *c->skip_non_proposals;
  if (!given("--lang") && c->lang) g.lang = *c->lang;
  if (!given("--fail-on") && c->fail_on) g.fail_on = *c->fail_on;
  if (!given("--format") && c->formats) g.formats = *c->formats;
  if (!given("--output") && c->output) g.output = *c->output;
  if (!given("--rules") && c->rules) g.rules_dir = *c->rules;
  if (!given("--guide") && c->guide) g.guide = *c->guide;
  if (!given("--jobs") && c->jobs) g.jobs = *c->jobs;
  if (!given("--quiet") && c->quiet) g.quiet = *c->quiet;
  if (!given("--no-waivers") && c->no_waivers) no_waivers = *c->no_waivers;
  config_waivers = c->waivers;
  if (!given("--sarif-passes") && c->sarif_passes) sarif_passes = *c->sarif_passes;
  if (!given("--project-url") && c->project_url) project_url = *c->project_url;
  return true;
}

// `check -`: the proposal on standard input, read whole (up to the file-size
// limit) before the batch starts.
bool read_stdin(Input& in, std::size_t max_bytes, rules::Lang lang) {
  auto text = std::make_shared<std::string>();
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(STDIN_FILENO, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      in.problem = msg::tr<msg::Id::cli_err_stdin_read>(lang, std::strerror(errno));
      return false;
    }
    if (n == 0) break;
    if (text->size() + static_cast<std::size_t>(n) > max_bytes) {
      in.problem = msg::tr<msg::Id::cli_err_stdin_limit>(lang, max_bytes);
      return false;
    }
    text->append(buf, static_cast<std::size_t>(n));
  }
  in.text = std::move(text);
  return true;
}

// True when an existing report file is one of the inputs; `which` is the
// first such input of the first such report. Each input is stat'ed once,
// however many reports there are (twelve existing reports stat'ed 10,000
// inputs twelve times).
bool overwrites_input(const std::vector<Target>& targets, const std::vector<Input>& inputs,
                      std::string& which) {
  bool any = false;
  for (const Target& t : targets) any |= t.exists && t.regular;
  if (!any) return false;
  struct Id {
    bool known = false;
    dev_t dev = 0;
    ino_t ino = 0;
  };
  std::vector<Id> ids(inputs.size());
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    struct stat st;
    if (inputs[i].problem.empty() && ::stat(inputs[i].path.c_str(), &st) == 0)
      ids[i] = {true, st.st_dev, st.st_ino};
  }
  for (const Target& t : targets) {
    if (!t.exists || !t.regular) continue;
    for (std::size_t i = 0; i < inputs.size(); ++i)
      if (ids[i].known && ids[i].dev == t.dev && ids[i].ino == t.ino) {
        which = inputs[i].path;
        return true;
      }
  }
  return false;
}

// The inputs: files and folders walked, and `-` read from standard input.
// Nothing when there are none, or when a report would overwrite one of them
// (said on stderr); notes of the walk are warnings.
std::optional<Collected> gather_inputs(const std::vector<std::string>& paths,
                                       const std::vector<Target>& targets, const Global& g) {
  std::vector<std::string> named;
  bool from_stdin = false;
  for (const std::string& p : paths) {
    if (p == "-")
      from_stdin = true;
    else
      named.push_back(p);
  }
  Collected collected = collect_inputs(named, walk, language(g));
  if (from_stdin) {
    Input in{stdin_filename, ""};
    read_stdin(in, g.limits.max_bytes, language(g));
    collected.inputs.push_back(std::move(in));
  }
  for (const std::string& note : collected.notes)
    std::cerr << "guidecheck: " << say(g, msg::Id::cli_label_warning) << ": " << safe::text(note)
              << "\n";
  if (collected.inputs.empty()) {
    std::cerr << "guidecheck: " << say(g, msg::Id::cli_err_no_inputs);
    if (collected.excluded > 0)
      std::cerr << msg::tr<msg::Id::cli_err_excluded>(language(g), collected.excluded);
    std::cerr << "\n";
    return std::nullopt;
  }
  if (std::string which; overwrites_input(targets, collected.inputs, which)) {
    std::cerr << "guidecheck: "
              << msg::tr<msg::Id::cli_err_over_input>(language(g), safe::text(which)) << "\n";
    return std::nullopt;
  }
  return collected;
}

// What the checks are asked: language, pack, failing severity, waivers and
// today's date. Nothing when the date cannot be had (said on stderr).
std::optional<eval::Options> check_options(const Global& g) {
  eval::Options opt;
  opt.lang = language(g);
  opt.guide = g.guide;
  opt.fail_on = g.fail_on == "warning" ? rules::Severity::Warning
                : g.fail_on == "info"  ? rules::Severity::Info
                                       : rules::Severity::Error;
  opt.no_waivers = no_waivers;
  opt.config_waivers = config_waivers;
  msg::Text why;
  opt.today = eval::today(why);
  if (opt.today.empty()) {
    std::cerr << "guidecheck: " << why.render(opt.lang) << "\n";
    return std::nullopt;
  }
  return opt;
}

// A config waiver concerns the proposals of its rule's direction only, so a
// direction that no pack has (`3.l/...`) would silently waive nothing: an
// error, at the waiver.
bool config_waivers_known(const eval::Checker& checker, const eval::Options& opt, const Global& g) {
  for (const proposal::Waiver& w : opt.config_waivers) {
    auto slash = w.rule.find('/');
    std::string dir = w.rule.substr(0, slash);
    if (slash == std::string::npos || dir == "general") continue;
    bool known = false;
    for (const std::string& pack : checker.source().packs()) {
      auto numbers = rules::direction_numbers(checker.source(), pack);
      known |= std::find(numbers.begin(), numbers.end(), dir) != numbers.end();
    }
    if (!known) {
      std::cerr << safe::text(w.file) << ":" << w.rule_mark.line << ":" << w.rule_mark.column
                << ": " << say(g, msg::Id::cli_label_error) << ": "
                << msg::tr<msg::Id::cli_err_waiver_direction>(opt.lang, safe::text(dir)) << "\n";
      return false;
    }
  }
  return true;
}

report::RenderOptions render_options(const Global& g, const eval::Options& opt) {
  report::RenderOptions ro;
  ro.lang = opt.lang;
  ro.quiet = g.quiet;
  ro.tool_version = GUIDECHECK_VERSION;
  ro.fail_on = opt.fail_on;
  ro.excel_bom = excel_bom;
  ro.max_annotations = max_annotations;
  ro.sarif_passes = sarif_passes;
  ro.project_url = project_url;
  ro.markdown_limit = markdown_limit;
  return ro;
}

// The checks of one run, their results streamed into the reports in input
// order, with the progress bar.
struct Run {
  eval::Summary summary;
  std::size_t skipped = 0;  // YAML files that are no proposals, left out
  BatchOutcome outcome;
  bool written = true;  // every report complete

  void check(eval::Checker& checker, const std::vector<Input>& inputs, Reports& reports,
             const Global& g) {
    BatchOptions bo;
    bo.jobs = g.jobs > 0 ? static_cast<unsigned>(g.jobs) : usable_cpus();
    bo.stop = &signals::stop_flag();
    bo.document_direction = document_direction;
    bo.lang = language(g);
    std::size_t next_input = 0;
    Progress progress(inputs.size(), inputs.size() > 1 && Progress::wanted(g.quiet));
    outcome = run_batch(
        checker, inputs, bo,
        [&](eval::FileResult& r) {
          if (reports.terminal_output) progress.clear();
          if (skip(inputs[next_input++], r, g)) return;
          summary.add(r);
          reports.add(std::move(r));  // the batch drops it next
        },
        [&](std::size_t done) { progress.update(done); });
    progress.finish();
    written = reports.finish();
  }

  // Results come in input order. A YAML file that is no proposal (a
  // workflow, a config) is skipped when a folder walk found it, or when asked
  // to (pre-commit names every changed YAML file).
  bool skip(const Input& in, const eval::FileResult& r, const Global& g) {
    if (!r.not_a_proposal || !(in.walked || skip_non_proposals)) return false;
    ++skipped;
    if (!g.quiet)
      std::cerr << "guidecheck: " << say(g, msg::Id::cli_label_note) << ": "
                << msg::tr<msg::Id::cli_skipped>(language(g), safe::text(r.file),
                                                 say(g, import::format_of(r.file).empty()
                                                            ? msg::Id::cli_not_proposal_yaml
                                                            : msg::Id::cli_not_proposal_document))
                << "\n";
    return true;
  }

  // Says how far an interrupted run got, and gives the exit code.
  int exit_code(std::size_t inputs, const Global& g) const {
    if (outcome.interrupted) {
      int sig = signals::stop_signal();
      std::string which = sig == SIGTERM   ? " (SIGTERM)"
                          : sig == SIGHUP  ? " (SIGHUP)"
                          : sig == SIGPIPE ? say(g, msg::Id::cli_sigpipe)
                                           : "";
      std::cerr << "guidecheck: "
                << msg::tr<msg::Id::cli_interrupted>(language(g), outcome.checked, inputs,
                                                     inputs - outcome.checked, which)
                << "\n";
    }
    if (!written || summary.errors > 0 || outcome.interrupted) return kExitError;
    if (summary.files == 0 && skipped > 0) {
      std::cerr << "guidecheck: "
                << msg::tr<msg::Id::cli_err_no_proposals_among>(language(g), skipped) << "\n";
      return skip_non_proposals ? kExitPass : kExitError;
    }
    return summary.failed > 0 ? kExitFail : kExitPass;
  }
};

int run_check(CLI::App& cmd, std::vector<std::string> paths, Global& g) {
  if (!apply_config(cmd, paths, g)) return kExitError;
  if (paths.empty()) {
    std::cerr << "guidecheck: " << say(g, msg::Id::cli_err_no_paths) << "\n";
    return kExitError;
  }
  std::optional<std::vector<Output>> outputs = plan_outputs(g);
  if (!outputs) return kExitError;
  // From here until the reports are complete: a first SIGINT, SIGTERM or
  // SIGHUP stops the checks (and, once they are done, is ignored so that the
  // reports still get written); a second one ends the program (cli/signals.h).
  signals::BatchSignals guard;
  std::optional<std::vector<Target>> targets = resolve_targets(*outputs, g);
  if (!targets || !rules_dir_usable(g)) return kExitError;
  std::optional<Collected> collected = gather_inputs(paths, *targets, g);
  if (!collected) return kExitError;
  std::optional<eval::Options> opt = check_options(g);
  if (!opt) return kExitError;
  eval::Checker checker(eval::make_source(g.rules_dir), *opt, g.limits);
  if (!config_waivers_known(checker, *opt, g)) return kExitError;
  Reports reports;
  if (!reports.open(*outputs, *targets, render_options(g, *opt), g)) return kExitError;
  Run run;
  run.check(checker, collected->inputs, reports, g);
  return run.exit_code(collected->inputs.size(), g);
}

}  // namespace

namespace {
// A limit is a count or a size: "-1" is refused with a message (never read as
// a huge unsigned number or as "no limit").
const CLI::Validator non_negative(
    [](std::string& v) {
      std::size_t i = v.find_first_not_of(" \t");
      if (i != std::string::npos && v[i] == '-')
        return std::string("a limit cannot be negative: ") + v;
      return std::string();
    },
    "NON-NEGATIVE", "non-negative");
}  // namespace

void add_check(CLI::App& app, Global& g, int& exit_code) {
  auto* cmd = app.add_subcommand("check", say(g, msg::Id::cli_cmd_check));
  static std::vector<std::string> paths;
  cmd->add_option("paths", paths, say(g, msg::Id::cli_opt_paths));
  cmd->add_option("--config", config_file, say(g, msg::Id::cli_opt_config));
  cmd->add_flag("--no-config", no_config, say(g, msg::Id::cli_opt_no_config));
  cmd->add_flag("--no-waivers", no_waivers, say(g, msg::Id::cli_opt_no_waivers));
  cmd->add_option("--exclude", walk.exclude, say(g, msg::Id::cli_opt_exclude))
      ->allow_extra_args(false);
  cmd->add_option("--include", walk.include, say(g, msg::Id::cli_opt_include))
      ->allow_extra_args(false);
  cmd->add_flag("--hidden", walk.hidden, say(g, msg::Id::cli_opt_hidden));
  cmd->add_flag("--skip-non-proposals", skip_non_proposals,
                say(g, msg::Id::cli_opt_skip_non_proposals));
  cmd->add_option("--stdin-filename", stdin_filename, say(g, msg::Id::cli_opt_stdin_filename));
  cmd->add_option("-f,--format", g.formats,
                  msg::tr<msg::Id::cli_opt_format>(language(g), report::format_names()))
      ->allow_extra_args(false);  // one format per --format: `--format sarif DIR` leaves DIR a path
  cmd->add_option("-o,--output", g.output, say(g, msg::Id::cli_opt_output_report));
  cmd->add_option("-j,--jobs", g.jobs, say(g, msg::Id::cli_opt_jobs))->check(CLI::Range(1, 256));
  cmd->add_flag("-q,--quiet", g.quiet, say(g, msg::Id::cli_opt_quiet));
  cmd->add_option("-d,--direction", document_direction,
                  say(g, msg::Id::cli_opt_document_direction));
  cmd->add_flag("--excel-bom", excel_bom, say(g, msg::Id::cli_opt_excel_bom));
  cmd->add_option("--max-annotations", max_annotations, say(g, msg::Id::cli_opt_max_annotations))
      ->check(non_negative);
  cmd->add_flag("--sarif-passes", sarif_passes, say(g, msg::Id::cli_opt_sarif_passes));
  cmd->add_option("--project-url", project_url, say(g, msg::Id::cli_opt_project_url));
  cmd->add_option("--markdown-limit", markdown_limit, say(g, msg::Id::cli_opt_markdown_limit))
      ->check(non_negative);
  cmd->add_option("--fail-on", g.fail_on, say(g, msg::Id::cli_opt_fail_on))
      ->check(CLI::IsMember({"error", "warning", "info"}));
  cmd->add_option("--max-file-size", g.limits.max_bytes, say(g, msg::Id::cli_opt_max_file_size))
      ->check(non_negative);
  cmd->add_option("--max-depth", g.limits.max_depth, say(g, msg::Id::cli_opt_max_depth))
      ->check(non_negative);
  cmd->add_option("--max-nodes", g.limits.max_nodes, say(g, msg::Id::cli_opt_max_nodes))
      ->check(non_negative);
  cmd->add_option("--max-aliases", g.limits.max_aliases, say(g, msg::Id::cli_opt_max_aliases))
      ->check(non_negative);
  add_common(cmd, g, Uses::Color);
  set_examples(cmd, language(g),
               {{"guidecheck check proposal.yaml --lang zh", msg::Id::cli_ex_check_one},
                {"guidecheck check proposals/ --format csv -o summary.csv --jobs 8",
                 msg::Id::cli_ex_check_batch},
                {"guidecheck check application.docx --direction 3.1 --format html=report.html "
                 "--format sarif=report.sarif",
                 msg::Id::cli_ex_check_docx}});
  cmd->callback([&, cmd] { exit_code = run_check(*cmd, paths, g); });
}

}  // namespace guidecheck::cli
