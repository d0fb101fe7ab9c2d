// guidecheck init / rules list|show|lint|test / explain / schema
#include <fmt/format.h>

#include <filesystem>
#include <iostream>

#include "cli/common.h"
#include "cli/output_file.h"
#include "common/safe_text.h"
#include "eval/checker.h"
#include "ruledoc/ruledoc.h"
#include "ruledoc/schema.h"
#include "ruletest/ruletest.h"

namespace guidecheck::cli {
namespace {

// Loads the pack (from --guide, or the newest that has `direction`) and direction.
struct PackTarget {
  std::unique_ptr<eval::Checker> checker;
  eval::Checker::Loaded loaded;
};

PackTarget load_target(Global& g, const std::string& direction) {
  PackTarget t;
  if (!rules_dir_usable(g)) return t;
  t.checker = std::make_unique<eval::Checker>(eval::make_source(g.rules_dir), eval::Options{});
  t.loaded = t.checker->load(g.guide, direction);
  if (!t.loaded.direction) std::cerr << "guidecheck: " << safe::text(t.loaded.error) << "\n";
  return t;
}

std::vector<std::string> pack_ids(const rules::PackSource& src, const std::string& guide) {
  if (!guide.empty()) return {guide};
  return src.packs();
}

int rules_list(Global& g) {
  if (!rules_dir_usable(g)) return kExitError;
  auto src = eval::make_source(g.rules_dir);
  rules::Lang lang = language(g);
  int rc = kExitPass;
  auto ids = pack_ids(*src, g.guide);
  if (ids.empty()) {
    std::cerr << "guidecheck: no rule packs (folders with pack.yaml) found\n";
    return kExitError;
  }
  for (const auto& id : ids) {
    Diagnostics d;
    auto pack = rules::load_pack(*src, id, d);
    if (!pack) {
      for (const auto& x : d)
        std::cerr << safe::text(x.where()) << ": " << safe::text(x.message(rules::Lang::En))
                  << "\n";
      rc = kExitError;
      continue;
    }
    std::cout << safe::text(pack->id) << "  " << safe::text(pack->title.get(lang)) << " ("
              << pack->year << ", " << safe::text(pack->status) << ")\n";
    for (const auto& n : rules::direction_numbers(*src, id)) {
      Diagnostics dd;
      auto dir = rules::load_direction(*src, id, n, dd);
      if (!dir) {
        std::cout << fmt::format("  {:<6} (broken: run guidecheck rules lint)\n", safe::text(n));
        rc = kExitError;
        continue;
      }
      std::cout << fmt::format("  {:<6} {}  [{} research items, {} rules]\n", safe::text(n),
                               safe::text(dir->title.get(lang)), dir->research_contents.size(),
                               dir->rules.size());
    }
  }
  return rc;
}

int rules_show(Global& g, const std::string& direction, const std::string& format) {
  PackTarget t = load_target(g, direction);
  if (!t.loaded.direction) return kExitError;
  rules::Lang lang = language(g);
  bool ok = write_output(g.output, [&](std::ostream& out) {
    if (format == "json")
      out << safe::json_output(ruledoc::direction_json(*t.loaded.pack, *t.loaded.direction)
                                   .dump(2, ' ', false, nlohmann::json::error_handler_t::replace))
          << "\n";
    else if (format == "markdown")
      ruledoc::direction_markdown(out, *t.loaded.pack, *t.loaded.direction, lang);
    else
      ruledoc::direction_text(out, *t.loaded.pack, *t.loaded.direction, lang);
  });
  return ok ? kExitPass : kExitError;
}

int rules_lint(Global& g, const std::string& dir) {
  auto src = eval::make_source(dir.empty() ? g.rules_dir : dir);
  Diagnostics all;
  int files = 0;
  auto ids = pack_ids(*src, g.guide);
  if (ids.empty())
    all.push_back({dir, {}, msg::verbatim("no rule packs (folders with pack.yaml) found"), true});
  for (const auto& id : ids) {
    ++files;
    rules::load_pack(*src, id, all);
    ++files;
    rules::load_general(*src, id, all);
    for (const auto& n : rules::direction_numbers(*src, id)) {
      ++files;
      rules::load_direction(*src, id, n, all);
    }
  }
  int errors = 0, warnings = 0;
  for (const auto& d : all) {
    std::cerr << safe::text(d.where()) << ": " << (d.error ? "error" : "warning") << ": "
              << safe::text(d.message(rules::Lang::En)) << "\n";
    (d.error ? errors : warnings)++;
  }
  std::cout << fmt::format("{} files linted: {} errors, {} warnings\n", files, errors, warnings);
  return errors ? kExitFail : kExitPass;
}

int rules_test(Global& g, const std::string& dir, const std::vector<std::string>& only) {
  if (!rules_dir_usable(g, dir)) return kExitError;
  eval::Options opt;
  opt.lang = rules::Lang::En;
  eval::Checker checker(eval::make_source(dir.empty() ? g.rules_dir : dir), opt);
  int passed = 0, failed = 0;
  auto ids = pack_ids(checker.source(), g.guide);
  if (ids.empty()) {
    std::cerr << "guidecheck: no rule packs (folders with pack.yaml) found\n";
    return kExitError;
  }
  std::vector<std::string> seen;
  for (const auto& id : ids) {
    for (const auto& n : rules::direction_numbers(checker.source(), id)) {
      if (!only.empty() && std::find(only.begin(), only.end(), n) == only.end()) continue;
      seen.push_back(n);
      for (const auto& c : ruletest::run_direction(checker, id, n)) {
        if (c.passed) {
          ++passed;
          if (!g.quiet)
            std::cout << "  ✓ " << safe::text(n) << " " << (c.valid ? "valid" : "invalid") << ": "
                      << safe::text(c.name) << "\n";
        } else {
          ++failed;
          std::cout << "  ✗ " << safe::text(n) << " " << (c.valid ? "valid" : "invalid") << ": "
                    << safe::text(c.name) << "\n      " << safe::text(c.file)
                    << (c.mark.line ? fmt::format(":{}:{}", c.mark.line, c.mark.column) : "")
                    << ": " << safe::text(c.detail) << "\n";
        }
      }
    }
  }
  int rc = failed ? kExitFail : kExitPass;
  for (const auto& n : only)
    if (std::find(seen.begin(), seen.end(), n) == seen.end()) {
      std::cerr << "guidecheck: unknown direction '" << safe::text(n)
                << "' (guidecheck rules list shows them)\n";
      rc = kExitError;
    }
  if (passed + failed == 0 && rc != kExitError) {
    std::cerr << "guidecheck: no example proposals to run (a direction's tests/ folder holds "
                 "them)\n";
    rc = kExitError;
  }
  std::cout << fmt::format("rules test: {} passed, {} failed\n", passed, failed);
  return rc;
}

// The whole pack as one Markdown reference (docs/guide/<pack>.md).
int rules_doc(Global& g) {
  auto src = eval::make_source(g.rules_dir);
  rules::Lang lang = language(g);
  auto ids = pack_ids(*src, g.guide);
  if (ids.empty()) {
    std::cerr << "guidecheck: no rule packs\n";
    return kExitError;
  }
  Diagnostics d;
  auto pack = rules::load_pack(*src, ids.front(), d);
  auto general = pack ? rules::load_general(*src, ids.front(), d) : std::nullopt;
  std::vector<rules::Direction> dirs;
  for (const auto& n : rules::direction_numbers(*src, ids.front()))
    if (auto dir = rules::load_direction(*src, ids.front(), n, d)) dirs.push_back(std::move(*dir));
  if (!pack || !general || has_error(d)) {
    for (const auto& x : d)
      std::cerr << safe::text(x.where()) << ": " << safe::text(x.message(rules::Lang::En)) << "\n";
    return kExitError;
  }
  bool ok = write_output(g.output, [&](std::ostream& out) {
    ruledoc::pack_markdown(out, *pack, *general, dirs, lang);
  });
  return ok ? kExitPass : kExitError;
}

int explain(Global& g, const std::string& rule_id) {
  auto slash = rule_id.find('/');
  if (slash == std::string::npos) {
    std::cerr
        << "guidecheck: a rule id looks like 3.1/round_trip_efficiency or general/max_duration\n";
    return kExitError;
  }
  std::string scope = rule_id.substr(0, slash), id = rule_id.substr(slash + 1);
  if (!rules_dir_usable(g)) return kExitError;
  rules::Lang lang = language(g);
  eval::Checker checker(eval::make_source(g.rules_dir), eval::Options{});
  const rules::Rule* rule = nullptr;
  const rules::Pack* pack = nullptr;
  if (scope == "general") {
    for (const auto& pid : pack_ids(checker.source(), g.guide)) {
      auto dirs = rules::direction_numbers(checker.source(), pid);
      if (dirs.empty()) continue;
      auto l = checker.load(pid, dirs.front());
      if (!l.general) continue;
      for (const auto& r : l.general->rules)
        if (r.id == id) rule = &r, pack = l.pack;
      if (rule) break;
    }
  } else {
    auto l = checker.load(g.guide, scope);
    if (l.direction) {
      rule = l.direction->find_rule(id);
      pack = l.pack;
    }
  }
  if (!rule) {
    std::cerr << "guidecheck: unknown rule '" << safe::text(rule_id)
              << "' (guidecheck rules show DIRECTION lists them)\n";
    return kExitError;
  }
  std::cout << safe::text(pack->id) << " · " << safe::text(pack->title.get(lang)) << "\n";
  ruledoc::rule_text(std::cout, *rule, lang);
  return kExitPass;
}

}  // namespace

void add_init(CLI::App& app, Global& g, int& exit_code) {
  auto* cmd = app.add_subcommand("init", "Write a proposal skeleton for a direction");
  static std::string direction, schema_url;
  static bool force = false;
  cmd->add_option("direction", direction, "Direction number, e.g. 3.1")->required();
  cmd->add_option("-o,--output", g.output,
                  "Write to FILE (atomically) instead of standard output; never over an existing "
                  "file unless --force");
  cmd->add_flag("--force", force, "Replace FILE when it exists");
  cmd->add_option("--schema-url", schema_url,
                  "Add a yaml-language-server $schema line pointing here (e.g. the output of "
                  "guidecheck schema)");
  add_common(cmd, g);
  cmd->callback([&] {
    // A skeleton never replaces a proposal someone has filled in.
    std::string why;
    if (cli::Target out;
        !force && resolve_target(g.output, out, why) && out.exists && out.regular) {
      std::cerr << "guidecheck: " << safe::text(g.output)
                << " exists; not overwritten (--force replaces it)\n";
      exit_code = kExitError;
      return;
    }
    PackTarget t = load_target(g, direction);
    if (!t.loaded.direction) {
      exit_code = kExitError;
      return;
    }
    std::string s = ruledoc::skeleton(*t.loaded.pack, *t.loaded.general, *t.loaded.direction,
                                      language(g), schema_url);
    exit_code =
        write_output(g.output, [&](std::ostream& out) { out << s; }) ? kExitPass : kExitError;
  });
}

void add_rules(CLI::App& app, Global& g, int& exit_code) {
  auto* cmd = app.add_subcommand("rules", "Inspect, lint and test rule packs");
  cmd->require_subcommand(1);
  auto* list = cmd->add_subcommand("list", "The packs and directions known");
  add_common(list, g);
  list->callback([&] { exit_code = rules_list(g); });

  auto* show = cmd->add_subcommand("show", "One direction's requirements");
  static std::string direction, format = "text";
  show->add_option("direction", direction, "Direction number, e.g. 3.1")->required();
  show->add_option("-f,--format", format, "text, json or markdown")
      ->check(CLI::IsMember({"text", "json", "markdown"}));
  show->add_option("-o,--output", g.output, "Write to FILE (atomically)");
  add_common(show, g);
  show->callback([&] { exit_code = rules_show(g, direction, format); });

  static std::string lint_dir, test_dir;
  auto* lint =
      cmd->add_subcommand("lint", "Validate rule packs (default: the embedded ones, or --rules)");
  lint->add_option("dir", lint_dir, "Folder holding packs");
  add_common(lint, g);
  lint->callback([&] { exit_code = rules_lint(g, lint_dir); });

  auto* doc =
      cmd->add_subcommand("doc", "The whole pack as a Markdown reference (docs/guide/<pack>.md)");
  doc->add_option("-o,--output", g.output, "Write to FILE (atomically)");
  add_common(doc, g);
  doc->callback([&] { exit_code = rules_doc(g); });

  auto* test = cmd->add_subcommand("test", "Run the rule packs' example proposals");
  static std::vector<std::string> only;
  test->add_option("dir", test_dir, "Folder holding packs (default: embedded, or --rules)");
  test->add_option("--direction", only, "Only these directions");
  test->add_flag("-q,--quiet", g.quiet, "Show only failing cases");
  add_common(test, g);
  test->callback([&] {
    // `rules test 3.1` reads as a direction, not a folder
    if (!test_dir.empty() && rules::safe_component(test_dir) &&
        std::isdigit(static_cast<unsigned char>(test_dir[0])) &&
        test_dir.find('/') == std::string::npos && !std::filesystem::is_directory(test_dir)) {
      only.push_back(test_dir);
      test_dir.clear();
    }
    exit_code = rules_test(g, test_dir, only);
  });
}

void add_explain(CLI::App& app, Global& g, int& exit_code) {
  auto* cmd = app.add_subcommand("explain", "One requirement, with the guide's text");
  static std::string rule_id;
  cmd->add_option("rule", rule_id, "Rule id, e.g. 3.1/round_trip_efficiency")->required();
  add_common(cmd, g);
  cmd->callback([&] { exit_code = explain(g, rule_id); });
}

void add_schema(CLI::App& app, Global& g, int& exit_code) {
  auto* cmd =
      app.add_subcommand("schema", "JSON Schema (draft 2020-12) of a proposal for a direction");
  static std::string direction;
  cmd->add_option("direction", direction, "Direction number, e.g. 3.1")->required();
  cmd->add_option("-o,--output", g.output, "Write to FILE (atomically)");
  add_common(cmd, g);
  cmd->callback([&] {
    PackTarget t = load_target(g, direction);
    if (!t.loaded.direction) {
      exit_code = kExitError;
      return;
    }
    auto s = ruledoc::proposal_schema(*t.loaded.pack, *t.loaded.general, *t.loaded.direction,
                                      language(g));
    exit_code = write_output(g.output,
                             [&](std::ostream& out) {
                               out << safe::json_output(s.dump(
                                          2, ' ', false, nlohmann::json::error_handler_t::replace))
                                   << "\n";
                             })
                    ? kExitPass
                    : kExitError;
  });
}

}  // namespace guidecheck::cli
