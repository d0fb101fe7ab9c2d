#include "ruletest/ruletest.h"

#include <algorithm>
#include <set>

#include "proposal/proposal.h"
#include "yaml/merge.h"
#include "yaml/parse.h"

namespace guidecheck::ruletest {

std::vector<CaseResult> run_direction(eval::Checker& checker, const std::string& pack_id,
                                      const std::string& direction) {
  std::vector<CaseResult> out;
  std::string rel = pack_id + "/tests/" + direction + ".yaml";
  std::string file = checker.source().display(rel);
  auto fail = [&](std::string detail, Mark m = {}) {
    out.push_back({direction, "test file", true, false, std::move(detail), m, file});
    return out;
  };
  auto text = checker.source().read(rel);
  if (!text) return fail("no test file: every direction needs tests/" + direction + ".yaml");
  yaml::ParseResult parsed = yaml::parse(*text);
  if (!parsed.ok) return fail(parsed.error.text.en(), parsed.error.mark);
  const yaml::Node& root = *parsed.root;
  if (!root.is_map()) return fail("expected a mapping with base, valid and invalid");
  for (const auto& e : root.entries)
    if (e.key != "direction" && e.key != "base" && e.key != "valid" && e.key != "invalid")
      return fail("unknown key '" + e.key + "' (expected direction, base, valid, invalid)",
                  e.key_mark);
  eval::Checker::Loaded loaded = checker.load(pack_id, direction);
  if (!loaded.direction) return fail(loaded.error);
  const yaml::Node* base = root.get("base");
  if (!base || !base->is_map()) return fail("missing base: a complete passing proposal");
  const yaml::Node* valid = root.get("valid");
  const yaml::Node* invalid = root.get("invalid");
  if (!invalid || !invalid->is_seq() || invalid->items.empty())
    return fail("missing invalid cases: every direction needs failing examples");

  auto run = [&](const yaml::Node* overlay, const std::string& name, bool is_valid,
                 const std::set<std::string>& want, Mark mark) {
    auto tree = base->clone();
    if (overlay) yaml::merge(*tree, *overlay);
    proposal::Parsed p = proposal::from_tree(file + " [" + name + "]", std::move(tree));
    // A pack's examples are checked against that pack: without this, a newer
    // pack with the same direction number would judge them.
    if (p.ok && p.proposal.guide.empty()) p.proposal.guide = pack_id;
    eval::FileResult r = checker.check_parsed(p);
    CaseResult c{direction, name, is_valid, false, "", mark, file};
    if (r.status == eval::FileStatus::Error) {
      c.detail = "could not be checked: " + (r.error ? r.error->message : std::string("?"));
    } else {
      std::set<std::string> got;
      for (const auto& f : r.findings)
        if (f.status != eval::Status::Pass) got.insert(f.rule_id);
      if (got == want) {
        c.passed = true;
      } else {
        for (const auto& id : want)
          if (!got.count(id)) c.detail += "expected to fail but passed: " + id + "; ";
        for (const auto& f : r.findings)
          if (f.status != eval::Status::Pass && !want.count(f.rule_id))
            c.detail += "unexpected " + std::string(eval::status_name(f.status)) + ": " +
                        f.rule_id + " (" + f.message + "); ";
      }
    }
    out.push_back(std::move(c));
  };
  run(nullptr, "base", true, {}, base->mark);
  auto cases = [&](const yaml::Node* list, bool is_valid) {
    if (!list) return;
    if (!list->is_seq()) {
      fail(std::string(is_valid ? "valid" : "invalid") + " must be a list", list->mark);
      return;
    }
    for (const auto& item : list->items) {
      const yaml::Node* name = item->get("name");
      const yaml::Node* prop = item->get("proposal");
      const yaml::Node* fails = item->get("fails");
      std::string n = name && name->is_scalar() ? name->scalar : "(unnamed)";
      if (!item->is_map() || !prop) {
        fail("case '" + n + "' needs name and proposal", item->mark);
        continue;
      }
      std::set<std::string> want;
      if (!is_valid) {
        if (!fails || !fails->is_seq() || fails->items.empty()) {
          fail("invalid case '" + n + "' must list the rule ids it fails (fails: [...])",
               item->mark);
          continue;
        }
        for (const auto& f : fails->items) want.insert(f->scalar);
      } else if (fails) {
        fail("valid case '" + n + "' cannot list fails", item->mark);
        continue;
      }
      run(prop, n, is_valid, want, item->mark);
    }
  };
  cases(valid, true);
  cases(invalid, false);
  return out;
}

}  // namespace guidecheck::ruletest
