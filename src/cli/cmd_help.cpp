// guidecheck help [TOPIC|COMMAND]: the topics an applicant needs beside the
// options (the proposal format, values, waivers, settings, formats, exit
// codes), or one command's --help, in the user's language.
#include <iostream>

#include "cli/help.h"
#include "common/safe_text.h"
#include "messages/text.h"
#include "report/formats.h"
#include "text/distance.h"

namespace guidecheck::cli {
namespace {

struct Topic {
  const char* name;
  msg::Id text;
};
constexpr Topic kTopics[] = {
    {"format", msg::Id::cli_topic_format},   {"values", msg::Id::cli_topic_values},
    {"waivers", msg::Id::cli_topic_waivers}, {"config", msg::Id::cli_topic_config},
    {"formats", msg::Id::cli_topic_formats}, {"exit-codes", msg::Id::cli_topic_exit_codes},
};

// Other words people try for a topic.
constexpr std::pair<const char*, const char*> kSynonyms[] = {
    {"proposal", "format"}, {"yaml", "format"},       {"value", "values"},
    {"units", "values"},    {"waiver", "waivers"},    {"settings", "config"},
    {"output", "formats"},  {"exit", "exit-codes"},   {"exit-code", "exit-codes"},
    {"格式", "format"},     {"申报书", "format"},     {"数值", "values"},
    {"单位", "values"},     {"豁免", "waivers"},      {"设置", "config"},
    {"输出", "formats"},    {"退出码", "exit-codes"},
};

int show(CLI::App& app, const Global& g, std::string topic) {
  rules::Lang lang = language(g);
  if (topic.empty()) {
    std::cout << app.help() << "\n" << msg::Text{msg::Id::cli_topics, {}, {}}.render(lang) << "\n";
    return kExitPass;
  }
  for (const auto& [word, name] : kSynonyms)
    if (topic == word) topic = name;
  for (const Topic& t : kTopics)
    if (topic == t.name) {
      if (t.text == msg::Id::cli_topic_formats)
        std::cout << msg::tr<msg::Id::cli_topic_formats>(lang, report::format_names()) << "\n";
      else
        std::cout << msg::Text{t.text, {}, {}}.render(lang) << "\n";
      return kExitPass;
    }
  for (CLI::App* sub : app.get_subcommands({}))
    if (sub->get_name() == topic && topic != "help") {
      std::cout << sub->help();
      return kExitPass;
    }
  // Unknown: the closest topic or command names.
  std::vector<std::string> names;
  for (const Topic& t : kTopics) names.push_back(t.name);
  for (CLI::App* sub : app.get_subcommands({})) names.push_back(sub->get_name());
  std::vector<std::string> close;
  for (const std::string& n : names)
    if (text::edit_distance(topic, n) <= 2) close.push_back(n);
  std::string hint =
      close.empty() ? "" : msg::tr<msg::Id::cli_did_you_mean>(lang, msg::join(lang, close));
  std::cerr << "guidecheck: " << msg::tr<msg::Id::cli_topic_unknown>(lang, safe::text(topic), hint)
            << "\n"
            << msg::Text{msg::Id::cli_topics, {}, {}}.render(lang) << "\n";
  return kExitError;
}

}  // namespace

void add_help(CLI::App& app, Global& g, int& exit_code) {
  auto* cmd = app.add_subcommand("help", say(g, msg::Id::cli_cmd_help));
  static std::string topic;
  cmd->add_option("topic", topic, say(g, msg::Id::cli_opt_topic));
  cmd->set_help_flag("-h,--help", say(g, msg::Id::cli_opt_help));
  cmd->add_option("--lang", g.lang, say(g, msg::Id::cli_opt_lang))
      ->check(CLI::IsMember({"zh", "en"}));
  set_examples(cmd, language(g),
               {{"guidecheck help format", msg::Id::cli_ex_help_format},
                {"guidecheck help values", msg::Id::cli_ex_help_values},
                {"guidecheck help check", msg::Id::cli_ex_help_check}});
  cmd->callback([&] { exit_code = show(app, g, topic); });
  // The formats, one a line (NAME, a tab, what it is for), from the one list
  // (report/formats.cpp): the shell completions (contrib/completions) and the
  // man-page test ask the binary rather than keep a copy. Hidden: not for people.
  app.add_flag_callback("--list-formats",
                        [] {
                          for (const report::Format& f : report::formats())
                            std::cout << f.name << '\t' << f.description << "\n";
                          throw CLI::Success();
                        })
      ->group("");
}

}  // namespace guidecheck::cli
