// guidecheck init / rules list|show|lint|test / explain / schema
#include <fmt/format.h>

#include <filesystem>
#include <iostream>
#include <optional>

#include "cli/common.h"
#include "cli/help.h"
#include "cli/output_file.h"
#include "common/safe_text.h"
#include "eval/builtin_rules.h"
#include "eval/checker.h"
#include "messages/text.h"
#include "ruledoc/ruledoc.h"
#include "ruledoc/schema.h"
#include "rules/catalogue.h"
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
  rules::Catalogue packs(eval::make_source(g.rules_dir));
  rules::Lang lang = language(g);
  int rc = kExitPass;
  auto ids = pack_ids(packs.source(), g.guide);
  if (ids.empty()) {
    std::cerr << "guidecheck: " << say(g, msg::Id::cli_err_no_packs) << "\n";
    return kExitError;
  }
  for (const auto& id : ids) {
    rules::Catalogue::Entry e = packs.pack(id);
    if (!e.ok()) {  // pack.yaml or general.yaml does not load: say why
      for (const auto& x : *e.diags)
        std::cerr << safe::text(x.where()) << ": " << safe::text(x.message(rules::Lang::En))
                  << "\n";
      rc = kExitError;
      continue;
    }
    std::cout << safe::text(e.pack->id) << "  " << safe::text(e.pack->title.get(lang)) << " ("
              << e.pack->year << ", " << safe::text(e.pack->status) << ")\n";
    for (const auto& n : rules::direction_numbers(packs.source(), id)) {
      Diagnostics broken;
      const rules::Direction* dir = packs.direction(id, n, &broken);
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

// One pack, loaded whole, for its Markdown reference.
struct PackDoc {
  const rules::Pack* pack = nullptr;
  const rules::General* general = nullptr;
  std::vector<rules::Direction> dirs;  // in the pack's order, as pack_markdown takes them
};

std::optional<PackDoc> load_pack_doc(rules::Catalogue& packs, const std::string& id) {
  auto why = [](const Diagnostics& d) {
    for (const auto& x : d)
      std::cerr << safe::text(x.where()) << ": " << safe::text(x.message(rules::Lang::En)) << "\n";
  };
  rules::Catalogue::Entry e = packs.pack(id);
  if (!e.ok()) {
    why(*e.diags);
    return std::nullopt;
  }
  PackDoc doc{e.pack, e.general, {}};
  for (const auto& n : rules::direction_numbers(packs.source(), id)) {
    Diagnostics broken;
    const rules::Direction* dir = packs.direction(id, n, &broken);
    if (!dir) {
      why(broken);
      return std::nullopt;
    }
    doc.dirs.push_back(*dir);
  }
  return doc;
}

// Each pack as one Markdown reference (docs/guide/<pack>.md): the pack --guide
// names, or every pack one after the other. All load before anything is
// written, so a broken pack never leaves half a file.
int rules_doc(Global& g) {
  rules::Catalogue packs(eval::make_source(g.rules_dir));
  rules::Lang lang = language(g);
  auto ids = pack_ids(packs.source(), g.guide);
  if (ids.empty()) {
    std::cerr << "guidecheck: " << say(g, msg::Id::cli_err_no_packs) << "\n";
    return kExitError;
  }
  std::vector<PackDoc> docs;
  for (const auto& id : ids) {
    auto doc = load_pack_doc(packs, id);
    if (!doc) return kExitError;
    docs.push_back(std::move(*doc));
  }
  bool ok = write_output(g.output, [&](std::ostream& out) {
    for (const auto& doc : docs)
      ruledoc::pack_markdown(out, *doc.pack, *doc.general, doc.dirs, lang);
  });
  return ok ? kExitPass : kExitError;
}

int explain(Global& g, const std::string& rule_id) {
  auto slash = rule_id.find('/');
  if (slash == std::string::npos) {
    std::cerr << "guidecheck: " << say(g, msg::Id::cli_err_rule_id_form) << "\n";
    return kExitError;
  }
  std::string scope = rule_id.substr(0, slash), id = rule_id.substr(slash + 1);
  rules::Lang lang = language(g);
  if (auto b = eval::builtin_rule(rule_id, lang)) {
    std::cout << safe::text(b->id) << " · " << safe::text(b->title) << "\n"
              << safe::text(b->note) << "\n"
              << say(g, msg::Id::cli_explain_builtin) << "\n";
    return kExitPass;
  }
  if (!rules_dir_usable(g)) return kExitError;
  eval::Checker checker(eval::make_source(g.rules_dir), eval::Options{});
  const rules::Rule* rule = nullptr;
  const rules::Pack* pack = nullptr;
  if (scope == "general") {
    // Without --guide, the newest pack's general rules, as a proposal that
    // names no guide is judged (two packs may both have general/max_duration).
    auto ids =
        g.guide.empty() ? checker.catalogue().newest_first() : pack_ids(checker.source(), g.guide);
    for (const auto& pid : ids) {
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
    std::cerr << "guidecheck: "
              << msg::tr<msg::Id::cli_err_unknown_rule>(language(g), safe::text(rule_id)) << "\n";
    return kExitError;
  }
  std::cout << safe::text(pack->id) << " · " << safe::text(pack->title.get(lang)) << "\n";
  ruledoc::rule_text(std::cout, *rule, lang);
  return kExitPass;
}

}  // namespace

void add_init(CLI::App& app, Global& g, int& exit_code) {
  auto* cmd = app.add_subcommand("init", say(g, msg::Id::cli_cmd_init));
  static std::string direction, schema_url;
  static bool force = false;
  cmd->add_option("direction", direction, say(g, msg::Id::cli_opt_direction))->required();
  cmd->add_option("-o,--output", g.output, say(g, msg::Id::cli_opt_output_init));
  cmd->add_flag("--force", force, say(g, msg::Id::cli_opt_force));
  cmd->add_option("--schema-url", schema_url, say(g, msg::Id::cli_opt_schema_url));
  add_common(cmd, g);
  set_examples(
      cmd, language(g),
      {{"guidecheck init 3.1 -o proposal.yaml", msg::Id::cli_ex_init_one},
       {"guidecheck init 1.1 --lang en -o proposal.yaml --force", msg::Id::cli_ex_init_force}});
  cmd->callback([&] {
    // A skeleton never replaces a proposal someone has filled in.
    std::string why;
    if (cli::Target out;
        !force && resolve_target(g.output, out, why) && out.exists && out.regular) {
      std::cerr << "guidecheck: "
                << msg::tr<msg::Id::cli_err_exists>(language(g), safe::text(g.output)) << "\n";
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
  auto* cmd = app.add_subcommand("rules", say(g, msg::Id::cli_cmd_rules));
  cmd->require_subcommand(1);
  cmd->set_help_flag("-h,--help", say(g, msg::Id::cli_opt_help));
  auto* list = cmd->add_subcommand("list", say(g, msg::Id::cli_cmd_rules_list));
  add_common(list, g);
  set_examples(list, language(g), {{"guidecheck rules list", msg::Id::cli_ex_rules_list}});
  list->callback([&] { exit_code = rules_list(g); });

  auto* show = cmd->add_subcommand("show", say(g, msg::Id::cli_cmd_rules_show));
  static std::string direction, format = "text";
  show->add_option("direction", direction, say(g, msg::Id::cli_opt_direction))->required();
  show->add_option("-f,--format", format, say(g, msg::Id::cli_opt_show_format))
      ->check(CLI::IsMember({"text", "json", "markdown"}));
  show->add_option("-o,--output", g.output, say(g, msg::Id::cli_opt_output));
  add_common(show, g);
  set_examples(
      show, language(g),
      {{"guidecheck rules show 3.1 --format markdown", msg::Id::cli_ex_rules_show},
       {"guidecheck rules show 1.1 --format json -o 1.1.json", msg::Id::cli_ex_rules_show_json}});
  show->callback([&] { exit_code = rules_show(g, direction, format); });

  static std::string lint_dir, test_dir;
  auto* lint = cmd->add_subcommand("lint", say(g, msg::Id::cli_cmd_rules_lint));
  lint->add_option("dir", lint_dir, say(g, msg::Id::cli_opt_packs_dir));
  add_common(lint, g);
  set_examples(lint, language(g),
               {{"guidecheck rules lint my-rules/ && guidecheck rules test my-rules/",
                 msg::Id::cli_ex_rules_own}});
  lint->callback([&] { exit_code = rules_lint(g, lint_dir); });

  auto* doc = cmd->add_subcommand("doc", say(g, msg::Id::cli_cmd_rules_doc));
  doc->add_option("-o,--output", g.output, say(g, msg::Id::cli_opt_output));
  add_common(doc, g);
  set_examples(
      doc, language(g),
      {{"guidecheck rules doc --guide <pack> -o docs/guide/<pack>.md", msg::Id::cli_ex_rules_doc}});
  doc->callback([&] { exit_code = rules_doc(g); });

  auto* test = cmd->add_subcommand("test", say(g, msg::Id::cli_cmd_rules_test));
  static std::vector<std::string> only;
  test->add_option("dir", test_dir, say(g, msg::Id::cli_opt_test_dir));
  test->add_option("--direction", only, say(g, msg::Id::cli_opt_only_directions));
  test->add_flag("-q,--quiet", g.quiet, say(g, msg::Id::cli_opt_quiet_test));
  add_common(test, g);
  set_examples(test, language(g),
               {{"guidecheck rules lint my-rules/ && guidecheck rules test my-rules/",
                 msg::Id::cli_ex_rules_own}});
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
  // After the subcommands: CLI11 gives a new subcommand its parent's footer.
  set_examples(cmd, language(g),
               {{"guidecheck rules list", msg::Id::cli_ex_rules_list},
                {"guidecheck rules show 3.1 --format markdown", msg::Id::cli_ex_rules_show},
                {"guidecheck rules lint my-rules/ && guidecheck rules test my-rules/",
                 msg::Id::cli_ex_rules_own}});
}

void add_explain(CLI::App& app, Global& g, int& exit_code) {
  auto* cmd = app.add_subcommand("explain", say(g, msg::Id::cli_cmd_explain));
  static std::string rule_id;
  cmd->add_option("rule", rule_id, say(g, msg::Id::cli_opt_rule))->required();
  add_common(cmd, g);
  set_examples(
      cmd, language(g),
      {{"guidecheck explain 3.1/round_trip_efficiency", msg::Id::cli_ex_explain_rule},
       {"guidecheck explain general/max_duration --lang en", msg::Id::cli_ex_explain_general}});
  cmd->callback([&] { exit_code = explain(g, rule_id); });
}

void add_schema(CLI::App& app, Global& g, int& exit_code) {
  auto* cmd = app.add_subcommand("schema", say(g, msg::Id::cli_cmd_schema));
  static std::string direction;
  cmd->add_option("direction", direction, say(g, msg::Id::cli_opt_direction))->required();
  cmd->add_option("-o,--output", g.output, say(g, msg::Id::cli_opt_output));
  add_common(cmd, g);
  set_examples(cmd, language(g),
               {{"guidecheck schema 3.1 -o proposal.schema.json", msg::Id::cli_ex_schema_file},
                {"guidecheck init 3.1 --schema-url ./proposal.schema.json -o proposal.yaml",
                 msg::Id::cli_ex_schema_init}});
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
