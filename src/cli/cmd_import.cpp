// guidecheck import FILE --direction D [-o proposal.yaml]: drafts the YAML
// proposal from an applicant's .docx, Markdown or text document
// (docs/import.md). Never overwrites a file without --force.
#include <filesystem>
#include <iostream>

#include "cli/common.h"
#include "cli/help.h"
#include "common/safe_text.h"
#include "import/import.h"
#include "messages/text.h"

namespace guidecheck::cli {
namespace {

struct ImportArgs {
  std::string file, direction;
  bool force = false;
};

int run_import(const ImportArgs& a, Global& g) {
  rules::Lang lang = language(g);
  bool zh = lang == rules::Lang::Zh;
  std::error_code ec;
  if (!g.output.empty() && g.output != "-" && std::filesystem::exists(g.output, ec) && !a.force) {
    std::cerr << "guidecheck: " << msg::tr<msg::Id::cli_err_exists>(lang, safe::text(g.output))
              << "\n";
    return kExitError;
  }
  if (!g.output.empty() && g.output != "-" && std::filesystem::exists(g.output, ec) &&
      std::filesystem::equivalent(g.output, a.file, ec)) {
    std::cerr << "guidecheck: "
              << msg::tr<msg::Id::cli_err_import_over_document>(lang, safe::text(a.file)) << "\n";
    return kExitError;
  }
  eval::Options opt;
  opt.lang = language(g);
  opt.guide = g.guide;
  eval::Checker checker(eval::make_source(g.rules_dir), opt, g.limits);
  import::Imported im = import::import_file(checker, a.file, a.direction, zh);
  if (!im.ok) {
    std::cerr << safe::text(a.file) << ": "
              << msg::tr<msg::Id::cli_err_cannot_import>(lang, safe::text(im.error.render(lang)))
              << "\n";
    return kExitError;
  }
  if (!write_output(g.output, [&](std::ostream& os) { os << im.yaml.text; })) return kExitError;
  if (!g.quiet) {
    int sure = 0, several = 0, missing = 0;
    for (const auto& [id, f] : im.draft.indicators)
      (f.sure == import::Found::Sure::Sure      ? sure
       : f.sure == import::Found::Sure::Several ? several
                                                : missing)++;
    std::cerr << safe::text(a.file) << ": " << safe::text(im.direction) << "  "
              << msg::tr<msg::Id::cli_import_summary>(lang, sure, several, missing) << "\n";
  }
  return kExitPass;
}

}  // namespace

void add_import(CLI::App& app, Global& g, int& exit_code) {
  auto* cmd = app.add_subcommand("import", say(g, msg::Id::cli_cmd_import));
  static ImportArgs a;
  cmd->add_option("file", a.file, say(g, msg::Id::cli_opt_document))->required();
  cmd->add_option("-d,--direction", a.direction, say(g, msg::Id::cli_opt_import_direction));
  cmd->add_flag("--force", a.force, say(g, msg::Id::cli_opt_force));
  cmd->add_option("-o,--output", g.output, say(g, msg::Id::cli_opt_output_import));
  cmd->add_flag("-q,--quiet", g.quiet, say(g, msg::Id::cli_opt_quiet_import));
  add_common(cmd, g);
  set_examples(cmd, language(g),
               {{"guidecheck import application.docx --direction 3.1 -o proposal.yaml",
                 msg::Id::cli_ex_import_docx},
                {"guidecheck import proposal.md", msg::Id::cli_ex_import_md}});
  cmd->callback([&] { exit_code = run_import(a, g); });
}

}  // namespace guidecheck::cli
