// The public C++ API (include/guidecheck/guidecheck.h), used as an embedding
// program uses it: only the public header, the bundled proposals, and the
// JSON it renders parsed back.
#include <guidecheck/guidecheck.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <thread>

#include "catch_compat.h"

namespace gc = guidecheck;

namespace {

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  REQUIRE(in);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

const gc::Finding& finding(const gc::Result& r, const std::string& rule) {
  for (const gc::Finding& f : r.findings)
    if (f.rule == rule) return f;
  FAIL("no finding of " << rule << " in " << r.file);
  throw;  // not reached
}

gc::Options in(gc::Language l) {
  gc::Options o;
  o.language = l;
  return o;
}

}  // namespace

TEST_CASE("api: a proposal given as text is checked as the command line checks it", "[api]") {
  const gc::Checker checker(in(gc::Language::En));
  gc::Result r = checker.check_text("upload.yaml", slurp("examples/1.1-fail.yaml"));
  CHECK(r.file == "upload.yaml");
  CHECK(r.verdict == gc::Verdict::Fail);
  CHECK(r.guide == "sstic-2022-draft");
  CHECK(r.direction == "1.1");
  CHECK_FALSE(r.title.empty());
  CHECK(r.error.empty());
  CHECK(r.counts.pass == 9);
  CHECK(r.counts.fail == 4);
  CHECK(r.counts.missing + r.counts.invalid + r.counts.waived == 0);
  CHECK(r.findings.size() == 13);
  const gc::Finding& d = finding(r, "general/max_duration");
  CHECK(d.status == gc::Status::Fail);
  CHECK(d.severity == gc::Severity::Error);
  CHECK(d.blocking);
  CHECK(d.location.line == 4);
  CHECK(d.location.column == 11);
  CHECK(d.requirement == "≤ 3 years");  // the guide's 年, in the report's language
  CHECK(d.value == "40 个月");
  CHECK(d.guide_quote == "实施周期不超过 3 年");
  CHECK(d.guide_section == "二、领域和方向");
  CHECK_FALSE(d.message.empty());
  CHECK_FALSE(d.note.empty());
  const gc::Finding& cost = finding(r, "1.1/capture_cost");
  CHECK(cost.requirement == "≤ 250 yuan/t");
  CHECK(cost.value == "200 ~ 280 元/吨");
  CHECK(cost.location.line == 20);
  int blocking = 0;
  for (const gc::Finding& f : r.findings) {
    blocking += f.blocking;
    CHECK(f.blocking == (f.status != gc::Status::Pass));
  }
  CHECK(blocking == 4);
  CHECK(r.json.empty());  // only when asked for
}

TEST_CASE("api: a file, YAML or a document, is checked by its path", "[api]") {
  const gc::Checker checker;
  gc::Result pass = checker.check_file("examples/3.1-pass.yaml");
  CHECK(pass.file == "examples/3.1-pass.yaml");
  CHECK(pass.verdict == gc::Verdict::Pass);
  CHECK(pass.counts.fail + pass.counts.missing + pass.counts.invalid == 0);
  CHECK(pass.counts.pass == static_cast<int>(pass.findings.size()));

  // A Markdown application form: imported, then checked; the places are the document's.
  gc::Result doc = checker.check_file("tests/import/fixtures/1.1-0.md");
  INFO(doc.error);
  CHECK(doc.verdict != gc::Verdict::Error);
  CHECK(doc.direction == "1.1");
  bool placed = false;
  for (const gc::Finding& f : doc.findings) placed |= f.location.line > 0;
  CHECK(placed);

  gc::Result missing = checker.check_file("examples/no-such-proposal.yaml");
  CHECK(missing.verdict == gc::Verdict::Error);
  CHECK(missing.error.find("does not exist") != std::string::npos);
  CHECK(missing.findings.empty());
}

TEST_CASE("api: bad YAML is an error result with its line and column, never an exception",
          "[api]") {
  const gc::Checker checker;
  gc::Result r;
  REQUIRE_NOTHROW(r = checker.check_text(
                      "bad.yaml", "guidecheck: 1\ndirection: \"1.1\"\nparticipants: [a, b\n"));
  CHECK(r.verdict == gc::Verdict::Error);
  CHECK_FALSE(r.error.empty());
  CHECK(r.error_location.line == 3);  // the unclosed [ of participants
  CHECK(r.error_location.column == 15);
  CHECK(r.findings.empty());

  // Not even text: refused with a reason.
  gc::Result bytes =
      checker.check_text("bin.yaml", std::string("guidecheck: 1\n\xff\xfe\x00\x01", 18));
  CHECK(bytes.verdict == gc::Verdict::Error);
  CHECK_FALSE(bytes.error.empty());

  // Over the size limit, in memory as on disk.
  gc::Options small;
  small.limits.max_file_bytes = 64;
  const gc::Checker strict(small);
  gc::Result big = strict.check_text("big.yaml", slurp("examples/1.1-fail.yaml"));
  CHECK(big.verdict == gc::Verdict::Error);
  CHECK(big.error.find("over the limit of 64") != std::string::npos);
  gc::Result big_file = strict.check_file("examples/1.1-fail.yaml");
  CHECK(big_file.verdict == gc::Verdict::Error);
  CHECK(big_file.error.find("over the limit of 64") != std::string::npos);
}

TEST_CASE("api: messages and titles come in the language asked", "[api]") {
  std::string text = slurp("examples/1.1-fail.yaml");
  gc::Result zh = gc::Checker(in(gc::Language::Zh)).check_text("p.yaml", text);
  gc::Result en = gc::Checker(in(gc::Language::En)).check_text("p.yaml", text);
  REQUIRE(zh.findings.size() == en.findings.size());
  CHECK(zh.title == "燃烧中碳捕集示范");  // the proposal's own, as written
  CHECK(en.title == zh.title);
  const gc::Finding& z = finding(zh, "1.1/pilot_scale");
  const gc::Finding& e = finding(en, "1.1/pilot_scale");
  CHECK(z.status == e.status);
  CHECK(z.message != e.message);
  CHECK(z.message.find("不满足") != std::string::npos);
  CHECK(e.message.find("不满足") == std::string::npos);
  CHECK(z.title != e.title);
  // The guide's words are the guide's, whatever the language.
  CHECK(z.guide_quote == e.guide_quote);
}

TEST_CASE("api: an unknown direction is an error at the direction's line", "[api]") {
  std::string text = slurp("examples/1.1-fail.yaml");
  text.replace(text.find("direction: \"1.1\""), 16, "direction: \"9.9\"");
  for (gc::Language l : {gc::Language::Zh, gc::Language::En}) {
    gc::Result r = gc::Checker(in(l)).check_text("p.yaml", text);
    CHECK(r.verdict == gc::Verdict::Error);
    CHECK(r.error.find("9.9") != std::string::npos);
    CHECK(r.error_location.line == 2);
    CHECK(r.findings.empty());
  }
}

TEST_CASE("api: waivers apply unless turned off", "[api]") {
  std::string text = slurp("examples/1.1-fail.yaml") +
                     "waivers:\n  - rule: 1.1/capture_cost\n    reason: 项目办批准\n";
  gc::Result with = gc::Checker().check_text("p.yaml", text);
  const gc::Finding& w = finding(with, "1.1/capture_cost");
  CHECK(w.status == gc::Status::Waived);
  CHECK(w.waiver_reason == "项目办批准");
  CHECK_FALSE(w.blocking);
  CHECK(with.counts.waived == 1);
  CHECK(with.counts.fail == 3);
  CHECK(with.verdict == gc::Verdict::Fail);  // three failures remain

  gc::Options off;
  off.waivers = false;
  gc::Result without = gc::Checker(off).check_text("p.yaml", text);
  CHECK(finding(without, "1.1/capture_cost").status == gc::Status::Fail);
  CHECK(finding(without, "1.1/capture_cost").waiver_reason.empty());
  CHECK(without.counts.waived == 0);
  CHECK(without.counts.fail == 4);
}

TEST_CASE("api: fail_on decides which findings fail the proposal", "[api]") {
  // 10.4 without a biobank-accredited platform: a finding of severity info
  // ("preferred"), which fails the proposal only with fail_on = Info.
  const std::string text = R"(guidecheck: 1
direction: "10.4"
title: 冠心病综合防治策略研究
duration: 36 个月
participants:
  - {name: 某某医院, country: CN, role: lead, kind: hospital, qualifications: [human_genetic_resources_preservation]}
  - {name: 某某大学, country: CN, role: member, kind: university}
  - {name: Karolinska Institutet, country: SE, role: member, kind: university}
research_contents:
  comorbidity_database_research: 工作包 1
  ai_big_data_analysis: 工作包 2
  full_chain_management: 工作包 2
  treatment_strategy_model: 工作包 3
  decision_support_system: 工作包 3
  decision_system_validation_promotion: 工作包 3
  young_chd_epidemiology: 工作包 4
  young_chd_strategy: 工作包 4
  fh_biomarkers: 工作包 5
  fh_targets_pathways: 工作包 5
  fh_management_model: 工作包 5
  pharmacogenomics_value: true
indicators:
  multidimensional_database: 涵盖临床特征、生物标志物、影像信息的多维度数据库
  database_cases: 12000 例
  decision_support_systems: 3 套
  patents: 6 项
  international_patents: 2 项
  promotion_institutions: 60 家
  promotion_institution_tiers: 三级、二级医院及社区卫生服务中心
  atherosclerosis_targets: 1 个
  young_chd_guideline: 1 部
)";
  gc::Result normal = gc::Checker().check_text("p.yaml", text);
  const gc::Finding& preferred = finding(normal, "10.4/biobank_accreditation_preferred");
  CHECK(preferred.severity == gc::Severity::Info);
  CHECK(preferred.status != gc::Status::Pass);
  CHECK_FALSE(preferred.blocking);
  CHECK(normal.verdict == gc::Verdict::Pass);

  gc::Options info;
  info.fail_on = gc::Severity::Info;
  gc::Result strict = gc::Checker(info).check_text("p.yaml", text);
  CHECK(finding(strict, "10.4/biobank_accreditation_preferred").blocking);
  CHECK(strict.verdict == gc::Verdict::Fail);
}

TEST_CASE("api: the JSON report is the command line's, parsed back", "[api]") {
  gc::Options o = in(gc::Language::En);
  o.json = true;
  gc::Result r = gc::Checker(o).check_file("examples/1.1-fail.yaml");
  auto j = nlohmann::json::parse(r.json);
  CHECK(j["tool"]["name"] == "guidecheck");
  CHECK(j["tool"]["version"] == gc::version());
  REQUIRE(j["results"].size() == 1);
  const auto& res = j["results"][0];
  CHECK(res["file"] == "examples/1.1-fail.yaml");
  CHECK(res["status"] == gc::to_string(r.verdict));
  REQUIRE(res["findings"].size() == r.findings.size());
  for (std::size_t i = 0; i < r.findings.size(); ++i) {
    CHECK(res["findings"][i]["rule"] == r.findings[i].rule);
    CHECK(res["findings"][i]["status"] == gc::to_string(r.findings[i].status));
    CHECK(res["findings"][i]["severity"] == gc::to_string(r.findings[i].severity));
    CHECK(res["findings"][i]["message"] == r.findings[i].message);
    CHECK(res["findings"][i]["location"]["line"] == r.findings[i].location.line);
  }
  CHECK(j["summary"]["files"] == 1);
  CHECK(j["summary"]["failed"] == 1);

  gc::Result bad = gc::Checker(o).check_text("bad.yaml", "guidecheck: 1\ndirection: [\n");
  auto b = nlohmann::json::parse(bad.json);
  CHECK(b["results"][0]["status"] == "error");
  CHECK(b["results"][0]["error"]["message"] == bad.error);
  CHECK(b["results"][0]["error"]["location"]["line"] == bad.error_location.line);
  CHECK(b["summary"]["errors"] == 1);
}

TEST_CASE("api: one Checker serves two threads at once", "[api]") {
  const gc::Checker checker;
  const std::string fail = slurp("examples/1.1-fail.yaml"), pass = slurp("examples/3.1-pass.yaml");
  int wrong[2] = {0, 0};
  auto work = [&](int t) {
    for (int i = 0; i < 40; ++i) {
      bool f = (i + t) % 2 == 0;
      gc::Result r = checker.check_text(f ? "f.yaml" : "p.yaml", f ? fail : pass);
      gc::Verdict want = f ? gc::Verdict::Fail : gc::Verdict::Pass;
      if (r.verdict != want || (f && r.counts.fail != 4)) ++wrong[t];
    }
  };
  std::thread a(work, 0), b(work, 1);
  a.join();
  b.join();
  CHECK(wrong[0] == 0);
  CHECK(wrong[1] == 0);
}

TEST_CASE("api: packs are listed, and a broken rules folder is said at once", "[api]") {
  gc::Packs packs = gc::Checker(in(gc::Language::Zh)).load_packs();
  CHECK(packs.errors.empty());
  // The shipped pack's directions, in the guide's order (other packs may sit
  // beside it: a second guide is data).
  std::vector<gc::Direction> shipped;
  for (const auto& d : packs.directions)
    if (d.guide == "sstic-2022-draft") shipped.push_back(d);
  REQUIRE(shipped.size() == 39);
  CHECK(shipped.front().number == "1.1");
  CHECK(shipped.front().title == "工业领域燃烧中碳捕集共性关键技术与工业示范");
  CHECK(shipped.back().number == "10.8");

  gc::Options folder;
  folder.rules_dir = "rules";  // the repository's packs, read from their folder
  CHECK(gc::Checker(folder).check_file("examples/3.1-pass.yaml").verdict == gc::Verdict::Pass);

  gc::Options nowhere;
  nowhere.rules_dir = "no/such/rules";
  const gc::Checker broken(nowhere);
  gc::Packs none = broken.load_packs();
  CHECK(none.directions.empty());
  REQUIRE(none.errors.size() == 1);
  CHECK(none.errors[0].find("no/such/rules") != std::string::npos);
  gc::Result r = broken.check_file("examples/3.1-pass.yaml");
  CHECK(r.verdict == gc::Verdict::Error);
  CHECK(r.error == none.errors[0]);

  gc::Options guide;
  guide.guide = "no-such-guide";
  const gc::Checker unknown(guide);
  gc::Packs p = unknown.load_packs();
  CHECK(p.directions.empty());
  REQUIRE(p.errors.size() == 1);
  CHECK(p.errors[0].find("no-such-guide") != std::string::npos);
  // The same errors in each language (the catalogue's eval_api_* entries).
  for (gc::Language l : {gc::Language::Zh, gc::Language::En}) {
    const bool zh = l == gc::Language::Zh;
    gc::Options o = nowhere;
    o.language = l;
    gc::Packs n = gc::Checker(o).load_packs();
    REQUIRE(n.errors.size() == 1);
    CHECK(n.errors[0].rfind(
              zh ? "规则包文件夹 no/such/rules: " : "rule packs folder no/such/rules: ", 0) == 0);
    gc::Options file;
    file.rules_dir = "README.md";
    file.language = l;
    gc::Packs f = gc::Checker(file).load_packs();
    REQUIRE(f.errors.size() == 1);
    CHECK(f.errors[0] == (zh ? "规则包文件夹 README.md: 不是文件夹"
                             : "rule packs folder README.md: not a folder"));
    gc::Options g = guide;
    g.language = l;
    gc::Packs u = gc::Checker(g).load_packs();
    REQUIRE(u.errors.size() == 1);
    CHECK(u.errors[0].rfind(
              zh ? "没有规则包 no-such-guide（已有：" : "unknown guide 'no-such-guide' (known: ",
              0) == 0);
  }
  gc::Result u = unknown.check_file("examples/3.1-pass.yaml");
  CHECK(u.verdict == gc::Verdict::Error);
  CHECK(u.error.find("no-such-guide") != std::string::npos);
}

TEST_CASE("api: version, names, and a moved-from Checker", "[api]") {
  CHECK(std::string(gc::version()) == GUIDECHECK_VERSION);
  CHECK(std::string(gc::to_string(gc::Verdict::Fail)) == "fail");
  CHECK(std::string(gc::to_string(gc::Status::Waived)) == "waived");
  CHECK(std::string(gc::to_string(gc::Status::Missing)) == "missing");
  CHECK(std::string(gc::to_string(gc::Severity::Warning)) == "warning");

  gc::Checker a(in(gc::Language::Zh));
  gc::Checker b = std::move(a);
  CHECK(b.options().language == gc::Language::Zh);
  CHECK(b.check_file("examples/3.1-pass.yaml").verdict == gc::Verdict::Pass);
  gc::Result r = a.check_file("examples/3.1-pass.yaml");  // NOLINT(bugprone-use-after-move)
  CHECK(r.verdict == gc::Verdict::Error);
  CHECK_FALSE(r.error.empty());
}
