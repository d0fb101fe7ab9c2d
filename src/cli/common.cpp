#include "cli/common.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "cli/output_file.h"
#include "common/safe_text.h"
#include "messages/text.h"

namespace guidecheck::cli {

rules::Lang language(const Global& g) {
  if (g.lang == "zh") return rules::Lang::Zh;
  if (g.lang == "en") return rules::Lang::En;
  for (const char* var : {"LC_ALL", "LC_MESSAGES", "LANG"}) {
    const char* v = std::getenv(var);
    if (v && *v) return std::string(v).rfind("zh", 0) == 0 ? rules::Lang::Zh : rules::Lang::En;
  }
  return rules::Lang::En;
}

bool use_color(const Global& g, bool to_terminal) {
  if (g.color == "always") return true;
  if (g.color == "never") return false;
  const char* no = std::getenv("NO_COLOR");
  if (no && *no) return false;
  const char* term = std::getenv("TERM");
  if (term && std::string(term) == "dumb") return false;
  return to_terminal && ::isatty(STDOUT_FILENO);
}

bool write_output(const std::string& path, const std::function<void(std::ostream&)>& fill) {
  OutputFile out;  // stdout, or a temporary file renamed into place when complete
  if (!out.open(path)) return false;
  fill(out.stream());
  return out.commit();
}

bool rules_dir_usable(const Global& g, const std::string& dir) {
  std::string d = !dir.empty() ? dir : g.rules_dir;
  if (d.empty())
    if (const char* env = std::getenv("GUIDECHECK_RULES"); env && *env) d = env;
  if (d.empty()) return true;
  struct stat st;
  const char* why = nullptr;
  bool not_folder = false;
  if (::stat(d.c_str(), &st) != 0)
    why = std::strerror(errno);
  else if (!S_ISDIR(st.st_mode))
    why = nullptr, not_folder = true;
  else if (::access(d.c_str(), R_OK | X_OK) != 0)
    why = std::strerror(errno);
  if (!why && !not_folder) return true;
  std::string reason = not_folder ? msg::Text{msg::Id::cli_not_a_folder, {}, {}}.render(language(g))
                                  : std::string(why);
  std::cerr << "guidecheck: "
            << msg::tr<msg::Id::cli_err_rules_dir>(language(g), safe::text(d), reason) << "\n";
  return false;
}

void add_common(CLI::App* cmd, Global& g, Uses uses) {
  auto say = [&](msg::Id id) { return msg::Text{id, {}, {}}.render(language(g)); };
  // Subcommands take CLI11's --help before the options' group is set
  // (cli/help.cpp); set again, it joins the others.
  cmd->set_help_flag("-h,--help", say(msg::Id::cli_opt_help));
  cmd->add_option("--lang", g.lang, say(msg::Id::cli_opt_lang))->check(CLI::IsMember({"zh", "en"}));
  cmd->add_option("--rules", g.rules_dir, say(msg::Id::cli_opt_rules))->envname("GUIDECHECK_RULES");
  cmd->add_option("--guide", g.guide, say(msg::Id::cli_opt_guide));
  auto* color = cmd->add_option("--color", g.color, say(msg::Id::cli_opt_color))
                    ->check(CLI::IsMember({"auto", "always", "never"}));
  if (uses != Uses::Color) color->group("");
  // The contract's common options, on every command: where a command has no
  // use for one, it is accepted, has no effect, and its --help does not list it.
  if (!cmd->get_option_no_throw("--quiet")) cmd->add_flag("-q,--quiet", g.quiet)->group("");
  if (!cmd->get_option_no_throw("--jobs"))
    cmd->add_option("-j,--jobs", g.jobs)->check(CLI::Range(1, 256))->group("");
  if (!cmd->get_option_no_throw("--output")) cmd->add_option("-o,--output", g.output)->group("");
}

}  // namespace guidecheck::cli
