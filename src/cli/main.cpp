// guidecheck: checks research-funding proposals against the rules of an
// application guide. See README.md and docs/format.md.
#include <CLI/CLI.hpp>
#include <iostream>

#include "cli/common.h"
#include "cli/version.h"

int main(int argc, char** argv) {
  using namespace guidecheck::cli;
  CLI::App app{"guidecheck: check research-funding proposals against an application guide"};
  app.require_subcommand(1);
  Global g;
  int exit_code = kExitPass;
  app.set_version_flag("--version", [] { return version_text(); });
  add_check(app, g, exit_code);
  add_init(app, g, exit_code);
  add_rules(app, g, exit_code);
  add_explain(app, g, exit_code);
  add_schema(app, g, exit_code);
  add_import(app, g, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : kExitError;
  }
  return exit_code;
}
