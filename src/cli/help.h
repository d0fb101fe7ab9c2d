// Help in the user's language: option descriptions come from the message
// catalogue (messages/cli.inc), each command's --help ends with examples, and
// `guidecheck help [TOPIC]` explains the proposal format, values, waivers,
// the settings file, the formats and the exit codes.
#pragma once

#include <CLI/CLI.hpp>
#include <initializer_list>
#include <string>

#include "cli/common.h"
#include "messages/catalogue.h"

namespace guidecheck::cli {

// `--lang zh|en` (or `--lang=…`) as given on the command line, else "": read
// before parsing, so that --help and CLI11's own errors are in that language.
std::string lang_from_args(int argc, const char* const* argv);

// A catalogue sentence in the language of `g` (--lang, or the locale).
std::string say(const Global& g, msg::Id id);

// CLI11's labels (Usage, OPTIONS, Positionals …), the --help flag's text and
// its failure message in `lang`. Call on the app before adding commands.
void localise(CLI::App& app, rules::Lang lang);

// One example under a command's --help: the command line (the same in every
// language) and what it does.
struct Example {
  const char* command;
  msg::Id what;
};
void set_examples(CLI::App* cmd, rules::Lang lang, std::initializer_list<Example> examples);

// `guidecheck help [TOPIC|COMMAND]` (cmd_help.cpp).
void add_help(CLI::App& app, Global& g, int& exit_code);

}  // namespace guidecheck::cli
