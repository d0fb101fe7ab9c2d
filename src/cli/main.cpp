// guidecheck: checks research-funding proposals against the rules of an
// application guide. See README.md and docs/format.md.
#include <CLI/CLI.hpp>
#include <cstdlib>
#include <exception>
#include <iostream>
#include <new>

#include "cli/common.h"
#include "cli/help.h"
#include "cli/signals.h"
#include "cli/version.h"
#include "common/safe_text.h"
#include "common/temp_files.h"
#include "messages/text.h"

// Replacement global operator new/delete (C++ [new.delete]): malloc, and on
// failure the new handler, then std::bad_alloc. Why not the allocator's own:
// mimalloc's operator new (cmake/extra-malloc.cmake) finds the new handler
// through a weak stub of its own that returns none, and then aborts; the
// program's definitions come first in symbol lookup, so out of memory is an
// exception whichever malloc is linked.
// GCC sees free() on what its inlined operator new returned as a mismatch;
// here it is the pair defined below.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void* operator new(std::size_t n) {
  if (n == 0) n = 1;
  for (;;) {
    if (void* p = std::malloc(n)) return p;
    std::new_handler h = std::get_new_handler();
    if (!h) throw std::bad_alloc();
    h();
  }
}
void* operator new[](std::size_t n) { return ::operator new(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  try {
    return ::operator new(n);
  } catch (...) {
    return nullptr;
  }
}
void* operator new[](std::size_t n, const std::nothrow_t& t) noexcept {
  return ::operator new(n, t);
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete[](void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }
void operator delete[](void* p, std::size_t) noexcept { std::free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { std::free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { std::free(p); }

namespace {
// Whatever escapes a command ends the run with exit 2 and says what it was:
// never "terminate called" nor a signal.
int unexpected(const char* what, int argc, char** argv) {
  guidecheck::temp_files::remove_tracked();
  guidecheck::cli::Global g;
  g.lang = guidecheck::cli::lang_from_args(argc, argv);
  std::cerr << "guidecheck: "
            << guidecheck::msg::tr<guidecheck::msg::Id::cli_internal_error>(
                   guidecheck::cli::language(g), guidecheck::safe::text(what))
            << "\n";
  return guidecheck::cli::kExitError;
}
}  // namespace

int main(int argc, char** argv) try {
  using namespace guidecheck::cli;
  signals::install();
  // Out of memory is an exception (std::bad_alloc), never an abort (see
  // operator new above). A batch turns it into an error row for the file
  // (cli/batch.cpp).
  // --help and CLI11's errors in the user's language: --lang read ahead of
  // parsing, else the locale (cli/help.h).
  Global g;
  g.lang = lang_from_args(argc, argv);
  CLI::App app{say(g, guidecheck::msg::Id::cli_app)};
  localise(app, language(g));
  app.require_subcommand(1);
  int exit_code = kExitPass;
  app.set_version_flag(
      "--version", [] { return version_text(); }, say(g, guidecheck::msg::Id::cli_opt_version));
  add_check(app, g, exit_code);
  add_init(app, g, exit_code);
  add_rules(app, g, exit_code);
  add_explain(app, g, exit_code);
  add_schema(app, g, exit_code);
  add_import(app, g, exit_code);
  add_help(app, g, exit_code);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : kExitError;
  }
  return exit_code;
} catch (const std::bad_alloc&) {
  return unexpected("out of memory", argc, argv);
} catch (const std::exception& e) {
  return unexpected(e.what(), argc, argv);
} catch (...) {
  return unexpected("unknown exception", argc, argv);
}
