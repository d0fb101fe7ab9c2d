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
  std::string kind = e.get_name();
  const char* what = kind == "RequiredError"      ? "缺少必需的参数"
                     : kind == "ExtrasError"      ? "有无法识别的参数"
                     : kind == "ValidationError"  ? "参数值不符合要求"
                     : kind == "ConversionError"  ? "参数值无法读取"
                     : kind == "ArgumentMismatch" ? "参数个数不对"
                     : kind == "ExcludesError"    ? "参数不能同时使用"
                                                  : "命令行有误";
  (void)app;  // CLI11 reports through the root app: the command is not known here
  std::string out = std::string(what) + "：" + e.what() + "\n";
  out += "查看用法：在命令后加 --help，或运行“guidecheck help”\n";
  return out;
}

}  // namespace

void localise(CLI::App& app, rules::Lang lang) {
  auto fmt = app.get_formatter();
  fmt->column_width(34);
  app.set_help_flag("-h,--help", msg::Text{msg::Id::cli_opt_help, {}, {}}.render(lang));
  if (lang != rules::Lang::Zh) return;
  fmt->label("Usage", "用法");
  fmt->label("OPTIONS", "选项");
  fmt->label("SUBCOMMAND", "命令");
  fmt->label("SUBCOMMANDS", "命令");
  fmt->label("Positionals", "参数");
  fmt->label("REQUIRED", "（必填）");
  fmt->label("Env", "环境变量");
  fmt->label("Needs", "需要");
  fmt->label("Excludes", "不能与之同用");
  app.option_defaults()->group("选项");
  app.group("命令");
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
