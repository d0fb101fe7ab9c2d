// guidecheck import FILE --direction D [-o proposal.yaml]: drafts the YAML
// proposal from an applicant's .docx, Markdown or text document
// (docs/import.md). Never overwrites a file without --force.
#include <filesystem>
#include <iostream>

#include "cli/common.h"
#include "import/import.h"

namespace guidecheck::cli {
namespace {

struct ImportArgs {
  std::string file, direction;
  bool force = false;
};

int run_import(const ImportArgs& a, Global& g) {
  bool zh = language(g) == rules::Lang::Zh;
  std::error_code ec;
  if (!g.output.empty() && g.output != "-" && std::filesystem::exists(g.output, ec) && !a.force) {
    std::cerr << "guidecheck: " << g.output
              << (zh ? " 已存在；加 --force 覆盖\n" : " exists; give --force to overwrite it\n");
    return kExitError;
  }
  if (!g.output.empty() && g.output != "-" && std::filesystem::exists(g.output, ec) &&
      std::filesystem::equivalent(g.output, a.file, ec)) {
    std::cerr << "guidecheck: refusing to write the proposal over the document " << a.file << "\n";
    return kExitError;
  }
  eval::Options opt;
  opt.lang = language(g);
  opt.guide = g.guide;
  eval::Checker checker(eval::make_source(g.rules_dir), opt, g.limits);
  import::Imported im = import::import_file(checker, a.file, a.direction, zh);
  if (!im.ok) {
    std::cerr << a.file << ": " << (zh ? "无法导入：" : "cannot import: ") << im.error << "\n";
    return kExitError;
  }
  if (!write_output(g.output, [&](std::ostream& os) { os << im.yaml.text; })) return kExitError;
  if (!g.quiet) {
    int sure = 0, several = 0, missing = 0;
    for (const auto& [id, f] : im.draft.indicators)
      (f.sure == import::Found::Sure::Sure      ? sure
       : f.sure == import::Found::Sure::Several ? several
                                                : missing)++;
    std::cerr << a.file << ": " << im.direction << "  "
              << (zh ? "指标：找到 " : "indicators: found ") << sure
              << (zh ? "，多个候选 " : ", several candidates ") << several
              << (zh ? "，未找到 " : ", not found ") << missing << "\n";
  }
  return kExitPass;
}

}  // namespace

void add_import(CLI::App& app, Global& g, int& exit_code) {
  auto* cmd = app.add_subcommand(
      "import", "Draft a YAML proposal from a .docx, Markdown (.md) or text (.txt) document");
  static ImportArgs a;
  cmd->add_option("file", a.file, "The document")->required();
  cmd->add_option("-d,--direction", a.direction,
                  "Direction number (default: the one the document names)");
  cmd->add_flag("--force", a.force, "Overwrite the output file if it exists");
  cmd->add_option("-o,--output", g.output, "Write the proposal to FILE (default: standard output)");
  add_common(cmd, g);
  cmd->callback([&] { exit_code = run_import(a, g); });
}

}  // namespace guidecheck::cli
