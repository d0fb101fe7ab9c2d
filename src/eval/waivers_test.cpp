// Waivers: fail -> waived with the reason, the file passes; expired and
// unknown-rule waivers are failing findings; malformed ones are findings with
// their place in both languages; --no-waivers; config waivers and their paths.
#include "eval/waivers.h"

#include "helpers.h"
#include "proposal/proposal.h"

using namespace guidecheck;
using namespace guidecheck::testing;
using eval::FileStatus;
using eval::Status;
using rules::Lang;

namespace {

rules::Direction direction() {
  rules::Direction d;
  d.number = "9.9";
  d.rules.push_back(rule_from(
      "{id: efficiency, title: {zh: 效率, en: efficiency}, kind: quantity, op: \">=\", value: 60, "
      "unit: \"%\", source: {section: s, text: t}}"));
  d.rules.push_back(rule_from(
      "{id: density, title: {zh: 密度, en: density}, kind: quantity, op: \">=\", value: 1, "
      "unit: \"%\", source: {section: s, text: t}}"));
  return d;
}

const std::string kBase =
    "guidecheck: 1\n"
    "direction: \"9.9\"\n"
    "participants: [{name: A, country: CN, role: lead}]\n"
    "indicators: {efficiency: 58 %, density: 2 %}\n";

eval::FileResult run(const std::string& text, eval::Options opt = {}, Lang lang = Lang::En,
                     const std::string& file = "p.yaml") {
  proposal::Parsed p = proposal::parse(file, text);
  INFO(p.error.message(msg::Lang::En));
  REQUIRE(p.ok);
  rules::Pack pack;
  pack.id = "test";
  rules::General general;
  opt.lang = lang;
  if (opt.today.empty()) opt.today = "2026-06-15";
  return eval::evaluate(p.proposal, pack, general, direction(), opt);
}

const eval::Finding* find(const eval::FileResult& r, const std::string& id) {
  for (const auto& f : r.findings)
    if (f.rule_id == id) return &f;
  return nullptr;
}

std::vector<const eval::Finding*> all(const eval::FileResult& r, const std::string& id) {
  std::vector<const eval::Finding*> v;
  for (const auto& f : r.findings)
    if (f.rule_id == id) v.push_back(&f);
  return v;
}

}  // namespace

TEST_CASE("waivers: a failing requirement becomes waived and the proposal passes", "[waivers]") {
  auto plain = run(kBase);
  CHECK(plain.status == FileStatus::Fail);
  CHECK(find(plain, "9.9/efficiency")->status == Status::Fail);

  auto r = run(kBase +
               "waivers:\n"
               "  - rule: 9.9/efficiency\n"
               "    reason: approved by the programme office (2026-17)\n"
               "    by: Wang\n"
               "    until: 2026-06-15\n");  // the last day it holds is today
  CHECK(r.status == FileStatus::Pass);
  const auto* f = find(r, "9.9/efficiency");
  REQUIRE(f);
  CHECK(f->status == Status::Waived);
  REQUIRE(f->waiver);
  CHECK(f->waiver->reason == "approved by the programme office (2026-17)");
  CHECK(f->waiver->by == "Wang");
  CHECK(f->waiver->until == "2026-06-15");
  CHECK_FALSE(f->waiver->external);
  CHECK(f->waiver->mark.line == 6);
  // The finding keeps what it said: message, expected, actual.
  CHECK(f->message == find(plain, "9.9/efficiency")->message);
  REQUIRE(f->actual);
  CHECK(*f->actual->value == 58);
  CHECK(*f->expected.value == 60);
  // Never counted as a pass: one passed (density), one waived.
  CHECK(r.count(Status::Pass) == 1);
  CHECK(r.count(Status::Waived) == 1);
  eval::Summary s = eval::summarize({r});
  CHECK(s.passed == 1);
  CHECK(s.waived == 1);
  CHECK(r.warnings.empty());
}

TEST_CASE("waivers: a waiver of a passing requirement leaves it pass, with a note", "[waivers]") {
  for (Lang lang : {Lang::En, Lang::Zh}) {
    auto r = run(kBase + "waivers: [{rule: 9.9/density, reason: just in case}]\n", {}, lang);
    CHECK(find(r, "9.9/density")->status == Status::Pass);
    CHECK_FALSE(find(r, "9.9/density")->waiver);
    CHECK(r.status == FileStatus::Fail);  // efficiency still fails
    REQUIRE(r.warnings.size() == 1);
    CHECK_FALSE(r.warnings[0].error);
    CHECK(r.warnings[0].mark.line == 5);
    CHECK(r.warnings[0].message.find(lang == Lang::Zh ? "未用上" : "not needed") !=
          std::string::npos);
  }
}

TEST_CASE("waivers: an expired waiver waives nothing and fails", "[waivers]") {
  for (Lang lang : {Lang::En, Lang::Zh}) {
    auto r = run(kBase +
                     "waivers:\n"
                     "  - {rule: 9.9/efficiency, reason: old approval, until: 2026-06-14}\n",
                 {}, lang);
    CHECK(r.status == FileStatus::Fail);
    CHECK(find(r, "9.9/efficiency")->status == Status::Fail);
    const auto* e = find(r, "general/waiver_expired");
    REQUIRE(e);
    INFO(e->message);
    CHECK(e->status == Status::Fail);
    CHECK(e->severity == rules::Severity::Error);
    CHECK(e->location.line == 6);
    CHECK(e->location.column == 57);
    CHECK(e->message.find("2026-06-14") != std::string::npos);
    CHECK(e->message.find(lang == Lang::Zh ? "到期" : "expired") != std::string::npos);
    CHECK(e->expected.op == rules::Op::ValidWaiver);
  }
  // The same waiver a day earlier still holds.
  eval::Options opt;
  opt.today = "2026-06-14";
  auto r = run(kBase + "waivers: [{rule: 9.9/efficiency, reason: r, until: 2026-06-14}]\n", opt);
  CHECK(r.status == FileStatus::Pass);
  CHECK_FALSE(find(r, "general/waiver_expired"));
}

TEST_CASE("waivers: a waiver of an unknown rule fails with a suggestion", "[waivers]") {
  for (Lang lang : {Lang::En, Lang::Zh}) {
    auto r = run(kBase +
                     "waivers:\n"
                     "  - {rule: 9.9/eficiency, reason: r}\n"
                     "  - {rule: density, reason: r}\n"
                     "  - {rule: general/waiver_expired, reason: r}\n",
                 {}, lang);
    CHECK(r.status == FileStatus::Fail);
    CHECK(find(r, "9.9/efficiency")->status == Status::Fail);
    auto u = all(r, "general/waiver_unknown_rule");
    REQUIRE(u.size() == 3);
    std::string mean = lang == Lang::Zh ? "是否想写 `" : "did you mean `";
    CHECK(u[0]->message.find(mean + "9.9/efficiency`") != std::string::npos);
    CHECK(u[0]->location.line == 6);
    CHECK(u[0]->location.column == 12);
    CHECK(u[1]->message.find(mean + "9.9/density`") != std::string::npos);
    CHECK(u[2]->status == Status::Fail);  // a waiver cannot waive what is wrong with waivers
  }
}

TEST_CASE("waivers: malformed waivers are findings with their place, in both languages",
          "[waivers]") {
  struct Case {
    std::string yaml;
    const char* rule;
    int line, column;
    const char* en;
    const char* zh;
  };
  const Case cases[] = {
      {"waivers: 9.9/efficiency\n", "general/waiver_invalid", 5, 10, "must be a list", "应为列表"},
      {"waivers: [9.9/efficiency]\n", "general/waiver_invalid", 5, 11, "must be a mapping",
       "应为映射"},
      {"waivers:\n  - rule: 9.9/efficiency\n", "general/waiver_invalid", 6, 5, "has no reason",
       "没有写理由"},
      {"waivers:\n  - {rule: 9.9/efficiency, reason: \"  \"}\n", "general/waiver_invalid", 6, 36,
       "has no reason", "没有写理由"},
      {"waivers:\n  - {reason: r}\n", "general/waiver_invalid", 6, 5, "without 'rule'",
       "缺少 rule"},
      {"waivers:\n  - {rule: 9.9/efficiency, reason: r, until: 2026-02-30}\n",
       "general/waiver_invalid", 6, 46, "YYYY-MM-DD", "YYYY-MM-DD"},
      {"waivers:\n  - {rule: 9.9/efficiency, reason: r, until: next year}\n",
       "general/waiver_invalid", 6, 46, "YYYY-MM-DD", "YYYY-MM-DD"},
      {"waivers:\n  - {rule: 9.9/efficiency, reason: [a, b]}\n", "general/waiver_invalid", 6, 36,
       "must be text", "应为文字"},
      {"waivers:\n  - {rule: 9.9/efficiency, reason: r, untill: 2030-01-01}\n",
       "general/unknown_key", 6, 39, "did you mean `until`", "是否想写 `until`"},
  };
  for (const Case& c : cases)
    for (Lang lang : {Lang::En, Lang::Zh}) {
      INFO(c.yaml);
      auto r = run(kBase + c.yaml, {}, lang);
      // A waiver that cannot be read waives nothing.
      CHECK(find(r, "9.9/efficiency")->status == Status::Fail);
      CHECK(r.status == FileStatus::Fail);
      const auto* f = find(r, c.rule);
      REQUIRE(f);
      INFO(f->message);
      CHECK(f->status == Status::Fail);
      CHECK(f->location.line == c.line);
      CHECK(f->location.column == c.column);
      CHECK(f->message.find(lang == Lang::Zh ? c.zh : c.en) != std::string::npos);
      if (std::string(c.rule) == "general/waiver_invalid")
        CHECK(f->message.find(lang == Lang::Zh ? "此豁免不生效" : "this waiver is not applied") !=
              std::string::npos);
    }
}

TEST_CASE("waivers: --no-waivers shows what they hide", "[waivers]") {
  eval::Options opt;
  opt.no_waivers = true;
  auto r = run(kBase + "waivers: [{rule: 9.9/efficiency, reason: r}]\n", opt);
  CHECK(r.status == FileStatus::Fail);
  CHECK(find(r, "9.9/efficiency")->status == Status::Fail);
  CHECK_FALSE(find(r, "9.9/efficiency")->waiver);
  CHECK(r.count(Status::Waived) == 0);
}

TEST_CASE("waivers: config waivers cover the proposals their paths match", "[waivers]") {
  proposal::Waiver w;
  w.rule = "9.9/efficiency";
  w.reason = "whole programme: efficiency measured later";
  w.file = "/repo/.guidecheck.yaml";
  w.base = "/repo";
  w.mark = {3, 5};
  w.paths = {"proposals/2026/*"};
  eval::Options opt;
  opt.config_waivers = {w};
  auto in = run(kBase, opt, Lang::En, "/repo/proposals/2026/a.yaml");
  CHECK(in.status == FileStatus::Pass);
  const auto* f = find(in, "9.9/efficiency");
  CHECK(f->status == Status::Waived);
  REQUIRE(f->waiver);
  CHECK(f->waiver->external);
  CHECK(f->waiver->file == "/repo/.guidecheck.yaml");
  auto out = run(kBase, opt, Lang::En, "/repo/proposals/2025/a.yaml");
  CHECK(out.status == FileStatus::Fail);
  CHECK(find(out, "9.9/efficiency")->status == Status::Fail);

  // A config waiver of another direction's rule does not concern this proposal.
  opt.config_waivers[0].rule = "3.1/round_trip_efficiency";
  opt.config_waivers[0].paths.clear();
  auto other = run(kBase, opt, Lang::En, "/repo/proposals/2026/a.yaml");
  CHECK_FALSE(find(other, "general/waiver_unknown_rule"));
  CHECK(other.status == FileStatus::Fail);

  // Expired or unknown in this direction: a finding naming the config's place.
  opt.config_waivers[0].rule = "9.9/efficiency";
  opt.config_waivers[0].until = "2026-01-01";
  auto expired = run(kBase, opt, Lang::En, "/repo/proposals/2026/a.yaml");
  const auto* e = find(expired, "general/waiver_expired");
  REQUIRE(e);
  CHECK(e->message.find("/repo/.guidecheck.yaml:3:5") != std::string::npos);
  CHECK(find(expired, "9.9/efficiency")->status == Status::Fail);
  opt.config_waivers[0].rule = "9.9/efficency";
  opt.config_waivers[0].until = "";
  auto unknown = run(kBase, opt, Lang::En, "/repo/proposals/2026/a.yaml");
  REQUIRE(find(unknown, "general/waiver_unknown_rule"));
}

TEST_CASE("waivers: a waived finding does not fail the proposal, at any --fail-on", "[waivers]") {
  eval::Options opt;
  opt.fail_on = rules::Severity::Info;
  auto r = run(kBase + "waivers: [{rule: 9.9/efficiency, reason: r}]\n", opt);
  CHECK(r.status == FileStatus::Pass);
}

TEST_CASE("waivers: dates", "[waivers]") {
  CHECK(proposal::valid_date("2024-02-29"));
  CHECK_FALSE(proposal::valid_date("2023-02-29"));
  CHECK_FALSE(proposal::valid_date("2100-02-29"));
  CHECK(proposal::valid_date("2000-02-29"));
  CHECK_FALSE(proposal::valid_date("2026-13-01"));
  CHECK_FALSE(proposal::valid_date("2026-1-01"));
  CHECK_FALSE(proposal::valid_date("2026/01/01"));
  CHECK(proposal::valid_date("2026-12-31"));
}
