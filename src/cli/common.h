// What every command shares: options, language and colour choice, output
// written atomically.
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "rules/model.h"
#include "yaml/parse.h"

namespace guidecheck::cli {

struct Global {
  std::vector<std::string> formats;  // check: "text", "json=out.json", ...
  std::string output;                // -o FILE
  std::string lang;                  // zh | en | "" (from the locale)
  std::string color = "auto";
  std::string guide;
  std::string rules_dir;
  int jobs = 0;
  bool quiet = false;
  std::string fail_on = "error";
  yaml::Limits limits;
};

rules::Lang language(const Global& g);
bool use_color(const Global& g, bool to_terminal);

// Writes via `fill` to `path` atomically (temporary file + rename), or to
// stdout when path is "" or "-". Returns false and prints why on failure.
bool write_output(const std::string& path, const std::function<void(std::ostream&)>& fill);

// The rule-pack folder a command reads: `dir` when given, else --rules, else
// GUIDECHECK_RULES; "" for the embedded packs. When it is not a readable
// folder, says so on stderr and returns false (the command exits 2).
bool rules_dir_usable(const Global& g, const std::string& dir = "");

// Exit codes (contract §2).
constexpr int kExitPass = 0;
constexpr int kExitFail = 1;
constexpr int kExitError = 2;

// --lang, --rules, --guide and --color on a command, and the contract's other
// common options (--quiet, --jobs, --output) where the command has not added
// them itself. What the command does not use (`uses` says whether --color
// matters) is accepted, has no effect, and is left out of its --help.
enum class Uses { Nothing, Color };
void add_common(CLI::App* cmd, Global& g, Uses uses = Uses::Nothing);

// Registers each command on the app; the callback stores the exit code.
void add_check(CLI::App& app, Global& g, int& exit_code);
void add_init(CLI::App& app, Global& g, int& exit_code);
void add_rules(CLI::App& app, Global& g, int& exit_code);
void add_explain(CLI::App& app, Global& g, int& exit_code);
void add_schema(CLI::App& app, Global& g, int& exit_code);
void add_import(CLI::App& app, Global& g, int& exit_code);  // cmd_import.cpp

}  // namespace guidecheck::cli
