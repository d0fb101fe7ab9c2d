// Untrusted rule folders (issue 6, item 5): packs loaded with --rules from any
// folder. A pack cannot read outside its folder (links, ../ in ids), cannot
// stall the loader (FIFOs, huge files), a malformed one is refused with
// file:line:column before use, and its formulas can only do arithmetic.
// The small pack below loads and passes first, so each refusal is the
// change's doing.
#include <sys/stat.h>

#include <nlohmann/json.hpp>

#include "catch_compat.h"
#include "harness.h"

using json = nlohmann::json;
using namespace bad_input;

namespace {

const char* kPackYaml = R"(format: 1
id: test-pack
title: {zh: 测试指南, en: Test guide}
year: 2023
status: draft
source: {document: test}
)";

const char* kGeneralYaml = "rules: []\n";

// Line numbers matter: the tests below point at them.
const char* kDirectionYaml = R"(direction: "9.1"
title: {zh: 测试方向, en: Test direction}
research_contents:
  - id: item
    title: {zh: 研究项, en: Item}
    source: {section: "9.1 研究内容", text: "研究"}
rules:
  - id: efficiency
    title: {zh: 效率, en: Efficiency}
    kind: quantity
    op: ">="
    wording: 不低于
    value: 60
    unit: "%"
    source: {section: "9.1 考核指标", text: "效率不低于 60%"}
  - id: cost
    title: {zh: 成本, en: Cost}
    kind: formula
    op: "<="
    unit: 元/克
    formula: "price * fraction + 50"
    inputs:
      - {id: price, unit: 元/克, title: {zh: 价格, en: Price}}
      - {id: fraction, unit: "1", title: {zh: 比例, en: Fraction}}
    source: {section: "9.1 考核指标", text: "成本 ≤ (价格 · 比例 + 50) 元/克"}
)";

const char* kProposal = R"(guidecheck: 1
guide: test-pack
direction: "9.1"
participants:
  - {name: A, country: CN, role: lead}
  - {name: B, country: DE, role: member}
research_contents:
  item: true
indicators:
  efficiency: 62 %
  cost: 100 元/克
  price: 200 元/克
  fraction: 0.4
)";

std::string replaced(std::string text, const std::string& from, const std::string& to) {
  auto at = text.find(from);
  REQUIRE(at != std::string::npos);
  return text.replace(at, from.size(), to);
}

bool has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

// <dir>/rules/test-pack/... and <dir>/p.yaml.
struct Folder {
  TempDir dir;
  fs::path rules = dir / "rules";
  fs::path pack = rules / "test-pack";
  Folder(const std::string& direction = kDirectionYaml) {
    fs::create_directories(pack / "directions");
    write(pack / "pack.yaml", kPackYaml);
    write(pack / "general.yaml", kGeneralYaml);
    write(pack / "directions" / "9.1.yaml", direction);
    write(dir / "p.yaml", kProposal);
  }
  Run check(std::vector<std::string> extra = {}) const {
    std::vector<std::string> args{"check", "--lang", "en", "--format", "json", "--rules", "rules"};
    args.insert(args.end(), extra.begin(), extra.end());
    args.push_back("p.yaml");
    return run(args, dir.path(), std::chrono::seconds(60));
  }
  Run lint() const { return run({"rules", "lint", "rules"}, dir.path(), std::chrono::seconds(60)); }
};

// check ran to its end and could not check p.yaml; returns the error message.
std::string check_error(const Run& r) {
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  REQUIRE_FALSE(r.timed_out);
  REQUIRE(r.signal == 0);
  CHECK(r.code == 2);
  json j = json::parse(r.out);
  REQUIRE(j["results"].size() == 1);
  CHECK(j["results"][0]["status"] == "error");
  return j["results"][0]["error"]["message"];
}

// `rules lint` refuses the folder, naming file:line:column and the problem.
void lint_refuses(const Folder& f, const std::string& where, const std::string& says) {
  Run r = f.lint();
  INFO("stdout: " << r.out << "\nstderr: " << r.err);
  REQUIRE_FALSE(r.timed_out);
  REQUIRE(r.signal == 0);
  CHECK(r.code != 0);
  CHECK(has(r.err, where + ": error: "));
  CHECK(has(r.err, says));
}

// The direction with one edit is refused by lint and by check, both naming the place.
void direction_refused(const std::string& from, const std::string& to, int line, int column,
                       const std::string& says) {
  Folder f(replaced(kDirectionYaml, from, to));
  std::string where = "directions/9.1.yaml:" + std::to_string(line) + ":" + std::to_string(column);
  lint_refuses(f, where, says);
  std::string message = check_error(f.check());
  CHECK(has(message, where));
  CHECK(has(message, says));
}

}  // namespace

TEST_CASE("rule folder: the test pack loads, lints clean and passes the proposal",
          "[bad_input][rules]") {
  Folder f;
  Run r = f.check();
  INFO(r.out << r.err);
  REQUIRE_FALSE(r.timed_out);
  CHECK(r.code == 0);
  json j = json::parse(r.out);
  CHECK(j["results"][0]["status"] == "pass");
  REQUIRE(j["results"][0]["findings"].size() == 2);  // no general rules, two of the direction
  CHECK(j["results"][0]["findings"][0]["rule"] == "9.1/efficiency");
  CHECK(j["results"][0]["findings"][1]["rule"] == "9.1/cost");
  CHECK(f.lint().code == 0);
}

TEST_CASE("rule folder: links leading outside the folder are refused, links inside it followed",
          "[bad_input][rules]") {
  SECTION("a direction file linked to a good one outside") {
    Folder f;
    // Outside the rules folder, a direction that would load and pass.
    fs::create_directories(f.dir / "outside");
    write(f.dir / "outside" / "9.1.yaml", kDirectionYaml);
    fs::remove(f.pack / "directions" / "9.1.yaml");
    fs::create_symlink(f.dir / "outside" / "9.1.yaml", f.pack / "directions" / "9.1.yaml");
    std::string message = check_error(f.check());
    CHECK(has(message, "9.1.yaml"));
    CHECK(has(message, "outside the rules folder"));
    CHECK(f.lint().code != 0);
  }
  SECTION("a direction file linked to /etc/passwd, through ../") {
    Folder f;
    fs::remove(f.pack / "directions" / "9.1.yaml");
    fs::create_symlink("../../../../../../../../../../etc/passwd",
                       f.pack / "directions" / "9.1.yaml");
    Run r = f.check();
    std::string message = check_error(r);
    CHECK(has(message, "outside the rules folder"));
    CHECK_FALSE(has(r.out + r.err, "root:"));  // nothing of the file shows
    Run l = f.lint();
    CHECK(l.code != 0);
    CHECK_FALSE(has(l.out + l.err, "root:"));
  }
  SECTION("pack.yaml linked outside") {
    Folder f;
    fs::remove(f.pack / "pack.yaml");
    fs::create_symlink("/etc/hostname", f.pack / "pack.yaml");
    CHECK(has(check_error(f.check()), "outside the rules folder"));
  }
  SECTION("the pack folder itself linked to a good pack outside") {
    Folder f;
    fs::rename(f.pack, f.dir / "elsewhere");
    fs::create_directory_symlink(f.dir / "elsewhere", f.pack);
    CHECK(has(check_error(f.check()), "outside the rules folder"));
  }
  SECTION("a link that stays inside the folder is followed") {
    Folder f;
    fs::create_directories(f.pack / "shared");
    fs::rename(f.pack / "directions" / "9.1.yaml", f.pack / "shared" / "9.1.yaml");
    fs::create_symlink("../shared/9.1.yaml", f.pack / "directions" / "9.1.yaml");
    CHECK(f.check().code == 0);
  }
}

TEST_CASE("rule folder: ../ and other paths in pack ids and direction numbers are refused",
          "[bad_input][rules]") {
  Folder f;
  write(f.dir / "rules" / "secret.yaml", "not: a pack\n");
  for (std::string guide :
       {"../rules/test-pack", "test-pack/..", "/etc", "test-pack/directions", ".."}) {
    INFO("guide " << guide);
    write(f.dir / "p.yaml", replaced(kProposal, "guide: test-pack", "guide: \"" + guide + "\""));
    CHECK(has(check_error(f.check()), "unknown guide"));
    write(f.dir / "p.yaml", kProposal);
    CHECK(has(check_error(f.check({"--guide", guide})), "guide"));
  }
  for (std::string direction :
       {"../9.1", "9.1/../9.1", "../../../etc/passwd", "/etc/passwd", "9.1\\0"}) {
    INFO("direction " << direction);
    write(f.dir / "p.yaml",
          replaced(kProposal, "direction: \"9.1\"", "direction: \"" + direction + "\""));
    CHECK(has(check_error(f.check()), "unknown direction"));
    Run show =
        run({"rules", "show", direction, "--rules", "rules", "--guide", "test-pack"}, f.dir.path());
    CHECK_FALSE(show.timed_out);
    CHECK(show.code == 2);
  }
}

TEST_CASE("rule folder: FIFOs and huge files in a pack do not stall the loader",
          "[bad_input][rules]") {
  SECTION("pack.yaml is a FIFO") {
    Folder f;
    fs::remove(f.pack / "pack.yaml");
    REQUIRE(::mkfifo((f.pack / "pack.yaml").c_str(), 0600) == 0);
    CHECK(has(check_error(f.check()), "not a regular file"));
    lint_refuses(f, "pack.yaml", "not a regular file");
    Run list = run({"rules", "list", "--rules", "rules"}, f.dir.path(), std::chrono::seconds(60));
    CHECK_FALSE(list.timed_out);
    CHECK(list.code == 2);
  }
  SECTION("a direction file is a FIFO") {
    Folder f;
    fs::remove(f.pack / "directions" / "9.1.yaml");
    REQUIRE(::mkfifo((f.pack / "directions" / "9.1.yaml").c_str(), 0600) == 0);
    check_error(f.check());  // not listed as a direction: unknown direction
  }
  SECTION("general.yaml of 200 MB (sparse)") {
    Folder f;
    fs::resize_file(f.pack / "general.yaml", 200u << 20);
    CHECK(has(check_error(f.check()), "over the limit"));
    lint_refuses(f, "general.yaml", "over the limit");
  }
  SECTION("an alias bomb in general.yaml") {
    Folder f;
    std::string bomb =
        "rules: []\nnot_thresholds: []\nnot_checkable: &a [x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'i'; ++c) {
      std::string prev(1, static_cast<char>(c - 1));
      bomb += "z" + std::string(1, c) + ": &" + std::string(1, c) + " [";
      for (int k = 0; k < 9; ++k) bomb += (k ? ", *" : "*") + prev;
      bomb += "]\n";
    }
    write(f.pack / "general.yaml", bomb);
    CHECK(has(check_error(f.check()), "more than 1000000 nodes"));
    lint_refuses(f, "general.yaml:9:9", "more than 1000000 nodes");
  }
}

TEST_CASE("rule folder: a malformed pack is refused before use, with file:line:column",
          "[bad_input][rules]") {
  direction_refused("    kind: quantity", "\tkind: quantity", 10, 1, "tab");
  direction_refused("    kind: quantity", "    kind: amount", 10, 11, "unknown kind 'amount'");
  direction_refused("    wording: 不低于", "    wording: 不超过", 11, 9, "contradicts the wording");
  direction_refused("    value: 60\n", "    value: 60\n    value: 70\n", 14, 5,
                    "duplicate key 'value'");
  direction_refused("    value: 60\n", "    value: sixty\n", 13, 12, "expected a plain number");
  direction_refused("direction: \"9.1\"", "direction: \"9.2\"", 1, 12,
                    "differs from the file name");
  direction_refused(
      "    kind: quantity\n    op: \">=\"\n    wording: 不低于\n    value: 60\n    unit: \"%\"",
      "    kind: count\n    op: \">=\"\n    wording: 不低于\n    value: 1e12", 13, 12,
      "whole number from 0 to");
  direction_refused(
      "    kind: quantity\n    op: \">=\"\n    wording: 不低于\n    value: 60\n    unit: \"%\"",
      "    kind: count\n    measure: participants.kind.university\n    op: \">=\"\n    value: 5000",
      13, 12, "a number of participants must be at most 1000");
  SECTION("pack.yaml with an impossible year") {
    Folder f;
    write(f.pack / "pack.yaml", replaced(kPackYaml, "year: 2023", "year: 1e300"));
    lint_refuses(f, "pack.yaml:4:7", "expected the guide's year");
    check_error(f.check());
  }
}

TEST_CASE("rule folder: formulas are arithmetic and nothing else", "[bad_input][rules]") {
  const std::string formula = "    formula: \"price * fraction + 50\"";
  direction_refused(formula, "    formula: \"system(price)\"", 21, 14, "formula: unexpected '('");
  direction_refused(formula, "    formula: \"`rm -rf /` + price\"", 21, 14,
                    "formula: unexpected '`'");
  direction_refused(formula, "    formula: \"price; fraction\"", 21, 14, "formula: unexpected ';'");
  direction_refused(formula, "    formula: \"HOME + price\"", 21, 14,
                    "formula names 'HOME', which is not an input");
  direction_refused(
      formula, "    formula: \"" + std::string(100, '(') + "price" + std::string(100, ')') + "\"",
      21, 14, "nested too deeply");
  direction_refused(
      formula,
      "    formula: \"" + std::string(300, '1') + " + " + std::string(300, '1') + " + price\"", 21,
      14, "longer than 500 characters");

  SECTION("a formula that divides by zero or overflows makes an invalid finding, not a crash") {
    for (auto [expr, fraction] : std::vector<std::pair<std::string, std::string>>{
             {"price / fraction", "0"}, {"price * price * price * price * fraction", "1e300"}}) {
      INFO(expr);
      Folder f(replaced(kDirectionYaml, "price * fraction + 50", expr));
      write(f.dir / "p.yaml", replaced(kProposal, "fraction: 0.4", "fraction: " + fraction));
      CHECK(f.lint().code == 0);
      Run r = f.check();
      INFO(r.out << r.err);
      REQUIRE_FALSE(r.timed_out);
      REQUIRE(r.signal == 0);
      CHECK(r.code == 1);
      json j = json::parse(r.out);
      bool invalid = false;
      for (const auto& x : j["results"][0]["findings"])
        if (x["rule"] == "9.1/cost") invalid = x["status"] == "invalid";
      CHECK(invalid);
    }
  }
}
