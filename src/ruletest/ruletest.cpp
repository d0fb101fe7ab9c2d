#include "ruletest/ruletest.h"

#include <algorithm>
#include <optional>
#include <set>

#include "proposal/proposal.h"
#include "yaml/merge.h"
#include "yaml/parse.h"

namespace guidecheck::ruletest {
namespace {

// The failures of a case whose findings differ from what it expects: the
// rules expected to fail that passed, then the findings nobody expected (in
// the order of the findings).
std::string what_differs(const eval::FileResult& r, const std::set<std::string>& want,
                         const std::set<std::string>& got) {
  std::string detail;
  for (const auto& id : want)
    if (!got.count(id)) detail += "expected to fail but passed: " + id + "; ";
  for (const auto& f : r.findings)
    if (f.status != eval::Status::Pass && !want.count(f.rule_id))
      detail += "unexpected " + std::string(eval::status_name(f.status)) + ": " + f.rule_id + " (" +
                f.message + "); ";
  return detail;
}

// One direction's test file as it is run: its cases' results, in the order
// they are found, problems of the file itself among them.
struct DirectionTests {
  eval::Checker& checker;
  const std::string& pack_id;
  const std::string& direction;
  std::string rel;   // the test file in the rules source
  std::string file;  // ... as reported
  std::vector<CaseResult> out;

  DirectionTests(eval::Checker& c, const std::string& pack, const std::string& dir)
      : checker(c),
        pack_id(pack),
        direction(dir),
        rel(pack + "/tests/" + dir + ".yaml"),
        file(c.source().display(rel)) {}

  // A problem of the test file rather than a case's verdict.
  void fail(std::string detail, Mark m = {}) {
    out.push_back({direction, "test file", true, false, std::move(detail), m, file});
  }

  // The test file parsed, or nothing (and the reason recorded) when it is
  // missing or not YAML.
  std::optional<yaml::ParseResult> parsed() {
    auto text = checker.source().read(rel);
    if (!text) {
      fail("no test file: every direction needs tests/" + direction + ".yaml");
      return std::nullopt;
    }
    yaml::ParseResult p = yaml::parse(*text);
    if (!p.ok) {
      fail(p.error.text.en(), p.error.mark);
      return std::nullopt;
    }
    return p;
  }

  // Whether the file has the shape the cases need (known keys, a base, some
  // invalid cases) and its direction loads; the first problem is recorded.
  bool well_formed(const yaml::Node& root) {
    if (!root.is_map()) {
      fail("expected a mapping with base, valid and invalid");
      return false;
    }
    for (const auto& e : root.entries)
      if (e.key != "direction" && e.key != "base" && e.key != "valid" && e.key != "invalid") {
        fail("unknown key '" + e.key + "' (expected direction, base, valid, invalid)", e.key_mark);
        return false;
      }
    eval::Checker::Loaded loaded = checker.load(pack_id, direction);
    if (!loaded.direction) {
      fail(loaded.error);
      return false;
    }
    const yaml::Node* base = root.get("base");
    if (!base || !base->is_map()) {
      fail("missing base: a complete passing proposal");
      return false;
    }
    const yaml::Node* invalid = root.get("invalid");
    if (!invalid || !invalid->is_seq() || invalid->items.empty()) {
      fail("missing invalid cases: every direction needs failing examples");
      return false;
    }
    return true;
  }

  // One case: the base with the case's overlay, checked; it passes when the
  // rules that do not pass are exactly `want`.
  void run(const yaml::Node& base, const yaml::Node* overlay, const std::string& name,
           bool is_valid, const std::set<std::string>& want, Mark mark) {
    auto tree = base.clone();
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
      if (got == want)
        c.passed = true;
      else
        c.detail = what_differs(r, want, got);
    }
    out.push_back(std::move(c));
  }

  // The cases of `valid:` or `invalid:`; a malformed case is recorded as a
  // problem of the file and the others still run.
  void run_list(const yaml::Node& base, const yaml::Node* list, bool is_valid) {
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
      run(base, prop, n, is_valid, want, item->mark);
    }
  }
};

}  // namespace

std::vector<CaseResult> run_direction(eval::Checker& checker, const std::string& pack_id,
                                      const std::string& direction) {
  DirectionTests t(checker, pack_id, direction);
  std::optional<yaml::ParseResult> parsed = t.parsed();
  if (!parsed || !t.well_formed(*parsed->root)) return std::move(t.out);
  const yaml::Node& root = *parsed->root;
  const yaml::Node& base = *root.get("base");
  t.run(base, nullptr, "base", true, {}, base.mark);
  t.run_list(base, root.get("valid"), true);
  t.run_list(base, root.get("invalid"), false);
  return std::move(t.out);
}

}  // namespace guidecheck::ruletest
