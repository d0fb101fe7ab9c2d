#include "cli/help.h"

#include <cstring>

#include "messages/text.h"

namespace guidecheck::cli {

std::string lang_from_args(int argc, const char* const* argv) {
  std::string found;
  for (int i = 1; i < argc; ++i) {
    std::string_view a = argv[i];
    if (a == "--") break;
    std::string_view v;
    if (a == "--lang" && i + 1 < argc)
      v = argv[i + 1];
    else if (a.substr(0, 7) == "--lang=")
      v = a.substr(7);
    else
      continue;
    if (v == "zh" || v == "en") found = std::string(v);  // the last one wins, as in CLI11
  }
  return found;
}

std::string say(const Global& g, msg::Id id) { return msg::Text{id, {}, {}}.render(language(g)); }

namespace {

// CLI11 reports a mistake on the command line in English; in Chinese the
// kind of mistake is said first, with CLI11's own words (which name the
// option) after it.
std::string failure_zh(const CLI::App* app, const CLI::Error& e) {
  (void)app;  // CLI11 reports through the root app: the command is not known here
  std::string kind = e.get_name();
  msg::Id what = kind == "RequiredError"      ? msg::Id::cli_mistake_required
                 : kind == "ExtrasError"      ? msg::Id::cli_mistake_extras
                 : kind == "ValidationError"  ? msg::Id::cli_mistake_validation
                 : kind == "ConversionError"  ? msg::Id::cli_mistake_conversion
                 : kind == "ArgumentMismatch" ? msg::Id::cli_mistake_count
                 : kind == "ExcludesError"    ? msg::Id::cli_mistake_excludes
                                              : msg::Id::cli_mistake_other;
  return msg::tr<msg::Id::cli_mistake>(msg::Lang::Zh, what, e.what()) + "\n" +
         msg::tr<msg::Id::cli_mistake_help>(msg::Lang::Zh) + "\n";
}

}  // namespace

void localise(CLI::App& app, rules::Lang lang) {
  auto fmt = app.get_formatter();
  fmt->column_width(34);
  app.set_help_flag("-h,--help", msg::Text{msg::Id::cli_opt_help, {}, {}}.render(lang));
  auto say = [&](msg::Id id) { return msg::Text{id, {}, {}}.render(lang); };
  using I = msg::Id;
  for (auto [label, id] : {std::pair{"Usage", I::cli_label_usage},
                           {"OPTIONS", I::cli_label_options_badge},
                           {"SUBCOMMAND", I::cli_label_subcommand},
                           {"SUBCOMMANDS", I::cli_label_subcommand},
                           {"Positionals", I::cli_label_positionals},
                           {"REQUIRED", I::cli_label_required},
                           {"Env", I::cli_label_env},
                           {"Needs", I::cli_label_needs},
                           {"Excludes", I::cli_label_excludes}})
    fmt->label(label, say(id));
  app.option_defaults()->group(say(I::cli_label_options));
  app.group(say(I::cli_label_subcommands));
  // In English CLI11's own messages are kept as they are.
  if (lang != rules::Lang::Zh) return;
  app.failure_message(failure_zh);
}

void set_examples(CLI::App* cmd, rules::Lang lang, std::initializer_list<Example> examples) {
  std::string text = msg::Text{msg::Id::cli_examples_title, {}, {}}.render(lang) + "\n";
  for (const Example& e : examples)
    text +=
        "  " + std::string(e.command) + "\n      " + msg::Text{e.what, {}, {}}.render(lang) + "\n";
  cmd->footer(text);
}

}  // namespace guidecheck::cli
