#include "cli/common.h"

#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <iostream>

#include "cli/output_file.h"
#include "common/safe_text.h"

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
  if (::stat(d.c_str(), &st) != 0)
    why = std::strerror(errno);
  else if (!S_ISDIR(st.st_mode))
    why = "not a folder";
  else if (::access(d.c_str(), R_OK | X_OK) != 0)
    why = std::strerror(errno);
  if (!why) return true;
  std::cerr << "guidecheck: rule packs folder " << safe::text(d) << ": " << why << "\n";
  return false;
}

void add_common(CLI::App* cmd, Global& g) {
  cmd->add_option("--lang", g.lang, "Language of messages: zh or en (default: from the locale)")
      ->check(CLI::IsMember({"zh", "en"}));
  cmd->add_option("--rules", g.rules_dir,
                  "Load rule packs from this folder instead of the embedded ones")
      ->envname("GUIDECHECK_RULES");
  cmd->add_option("--guide", g.guide, "Rule pack id (default: the newest pack with the direction)");
  cmd->add_option("--color", g.color, "Colour: auto, always or never (NO_COLOR is honoured)")
      ->check(CLI::IsMember({"auto", "always", "never"}));
  // The contract's common options, on every command (where a command has no
  // use for one, it is accepted and has no effect).
  if (!cmd->get_option_no_throw("--quiet")) cmd->add_flag("-q,--quiet", g.quiet, "Less output");
  if (!cmd->get_option_no_throw("--jobs"))
    cmd->add_option("-j,--jobs", g.jobs, "Parallel work (only check uses it)")
        ->check(CLI::Range(1, 256));
  if (!cmd->get_option_no_throw("--output"))
    cmd->add_option("-o,--output", g.output, "Write to FILE (atomically)");
}

}  // namespace guidecheck::cli
