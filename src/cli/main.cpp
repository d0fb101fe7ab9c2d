// guidecheck: checks research-funding proposals against the rules of an
// application guide. See README.md and docs/format.md.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>
#include <new>

#include "cli/common.h"
#include "cli/signals.h"
#include "cli/version.h"
#include "common/safe_text.h"
#include "common/temp_files.h"

namespace {
// Whatever escapes a command ends the run with exit 2 and says what it was:
// never "terminate called" nor a signal.
int unexpected(const char* what) {
  guidecheck::temp_files::remove_tracked();
  std::cerr << "guidecheck: internal error: " << guidecheck::safe::text(what)
            << "; nothing more was done\n";
  return guidecheck::cli::kExitError;
}
}  // namespace

int main(int argc, char** argv) try {
  using namespace guidecheck::cli;
  signals::install();
  // Out of memory is an exception (std::bad_alloc), never an abort: mimalloc's
  // operator new (cmake/extra-malloc.cmake) is C code that aborts when no new
  // handler is installed, and calls the handler when there is one. A batch
  // turns the exception into an error row for the file (cli/batch.cpp).
  std::set_new_handler([] { throw std::bad_alloc(); });
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
} catch (const std::bad_alloc&) {
  return unexpected("out of memory");
} catch (const std::exception& e) {
  return unexpected(e.what());
} catch (...) {
  return unexpected("unknown exception");
}
