// Waivers end to end: one waiver traced through every output format, each
// parsed back; config waivers scoped by paths; --no-waivers; expired waivers
// and a bad GUIDECHECK_TODAY; malformed config waivers stop the run.
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "batch_helpers.h"
#include "csv_reader.h"
#include "xlsx_reader.h"

using namespace guidecheck::testing;
using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

const std::string kRule = "3.1/round_trip_efficiency";
const std::string kReason = "approved by the programme office, letter 2026-17 & <re-check>";

// examples/3.1-pass.yaml with an efficiency under the guide's 60 %, waived.
std::string waived_proposal(const std::string& waivers) {
  std::string s = slurp(fs::path(GUIDECHECK_SOURCE_DIR) / "examples/3.1-pass.yaml");
  auto at = s.find("round_trip_efficiency: 62 %");
  REQUIRE(at != std::string::npos);
  s.replace(at, 27, "round_trip_efficiency: 58 %");
  return s + waivers;
}

const std::string kWaiver = "waivers:\n  - rule: " + kRule + "\n    reason: \"" + kReason +
                            "\"\n    by: Wang\n    until: 2026-12-31\n";

Ran check(const std::string& args, const std::string& today = "2026-06-01") {
  return shell("GUIDECHECK_TODAY=" + today + " " + shq(GUIDECHECK_BINARY) + " check " + args);
}

std::string attr(const xmlNode* n, const char* a) {
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(a));
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

std::vector<const xmlNode*> elements(const xmlNode* n, const char* name) {
  std::vector<const xmlNode*> v;
  for (const xmlNode* c = n; c; c = c->next) {
    if (c->type == XML_ELEMENT_NODE && std::string(reinterpret_cast<const char*>(c->name)) == name)
      v.push_back(c);
    auto sub = elements(c->children, name);
    v.insert(v.end(), sub.begin(), sub.end());
  }
  return v;
}

}  // namespace

TEST_CASE("waivers: one waiver traced through every format", "[cli][waivers]") {
  fs::path d = scratch("waivers-trace");
  fs::path p = d / "p.yaml";
  std::ofstream(p) << waived_proposal(kWaiver);
  std::string args;
  for (const char* f : {"json", "sarif", "junit", "csv", "xlsx", "html", "markdown", "github"})
    args += std::string(" --format ") + f + "=" + shq((d / (std::string("out.") + f)).string());
  Ran r = check(args + " --format text=" + shq((d / "out.text").string()) + " " + shq(p.string()));
  INFO(r.err);
  CHECK(r.code == 0);  // the only finding that does not pass is waived

  // JSON: status, the waiver object, the summary's count.
  json j = json::parse(slurp(d / "out.json"));
  const json& res = j["results"][0];
  CHECK(res["status"] == "pass");
  int waived = 0, passed = 0;
  for (const json& f : res["findings"]) {
    if (f["status"] == "pass") ++passed;
    if (f["status"] != "waived") continue;
    ++waived;
    CHECK(f["rule"] == kRule);
    CHECK(f["waiver"]["reason"] == kReason);
    CHECK(f["waiver"]["by"] == "Wang");
    CHECK(f["waiver"]["until"] == "2026-12-31");
    CHECK(f["waiver"]["source"] == "proposal");
    CHECK(f["waiver"]["location"]["line"] == 36);
    CHECK(f["actual"]["value"] == 58);
    CHECK(f["expected"]["value"] == 60);
  }
  CHECK(waived == 1);
  CHECK(passed == static_cast<int>(res["findings"].size()) - 1);
  CHECK(j["summary"]["waived"] == 1);
  CHECK(j["summary"]["passed"] == 1);

  // SARIF: a failing result, suppressed in source with the reason.
  json s = json::parse(slurp(d / "out.sarif"));
  int suppressed = 0;
  for (const json& x : s["runs"][0]["results"]) {
    if (!x.contains("suppressions")) continue;
    ++suppressed;
    CHECK(x["ruleId"] == kRule);
    CHECK(x["kind"] == "fail");
    CHECK(x["properties"]["status"] == "waived");
    CHECK(x["properties"]["blocking"] == false);
    CHECK(x["suppressions"][0]["kind"] == "inSource");
    CHECK(x["suppressions"][0]["status"] == "accepted");
    CHECK(x["suppressions"][0]["justification"] == kReason);
  }
  CHECK(suppressed == 1);

  // JUnit: skipped with "waived: reason", counted in skipped, no failure.
  std::string junit = slurp(d / "out.junit");
  xmlDoc* doc = xmlReadMemory(junit.data(), static_cast<int>(junit.size()), "j.xml", "UTF-8",
                              XML_PARSE_NONET);
  REQUIRE(doc);
  const xmlNode* root = xmlDocGetRootElement(doc);
  auto suites = elements(root, "testsuite");
  REQUIRE(suites.size() == 1);
  CHECK(attr(suites[0], "failures") == "0");
  CHECK(attr(suites[0], "skipped") == "1");
  CHECK(elements(root, "failure").empty());
  auto skipped = elements(root, "skipped");
  REQUIRE(skipped.size() == 1);
  CHECK(attr(skipped[0], "type") == "waived");
  CHECK(attr(skipped[0], "message").rfind("waived: " + kReason, 0) == 0);
  CHECK(attr(skipped[0]->parent, "name") == kRule);
  xmlFreeDoc(doc);

  // CSV: the waived count and rules at the end; failing_rules leaves it out.
  auto rows = read_csv(slurp(d / "out.csv"));
  REQUIRE(rows.size() == 2);
  REQUIRE(rows[0].size() == 14);
  CHECK(rows[0][10] == "failing_rules");
  CHECK(rows[0][12] == "waived");
  CHECK(rows[0][13] == "waived_rules");
  CHECK(rows[1][5] == "pass");
  CHECK(rows[1][10] == "");
  CHECK(rows[1][12] == "1");
  CHECK(rows[1][13] == kRule);

  // xlsx: the Proposals counts and the Findings status cell with the reason.
  Workbook wb = read_xlsx((d / "out.xlsx").string());
  const Sheet& props = wb.sheet("Proposals");
  CHECK(props.at(1, 12) == "Waived");
  CHECK(props.at(2, 5) == "pass");
  CHECK(props.at(2, 10) == "");
  CHECK(props.at(2, 12) == "1");
  CHECK(props.at(2, 13) == kRule);
  const Sheet& finds = wb.sheet("Findings");
  REQUIRE(finds.last_row() == 2);
  CHECK(finds.at(2, 2) == kRule);
  CHECK(finds.at(2, 3) == "waived");
  CHECK(finds.at(2, 14).find(kReason) == 0);
  CHECK(finds.at(1, 14) == "Waiver");
  CHECK(wb.sheet("Summary").at(1, 0).find("1 requirements waived") != std::string::npos);

  // HTML: the row's waived count, the finding's status and reason.
  std::string html = slurp(d / "out.html");
  htmlDocPtr hd = htmlReadMemory(html.data(), static_cast<int>(html.size()), "r.html", "UTF-8",
                                 HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_NONET);
  REQUIRE(hd);
  const xmlNode* hroot = xmlDocGetRootElement(hd);
  int proposal_rows = 0, waived_rows = 0;
  for (const xmlNode* tr : elements(hroot, "tr")) {
    std::string cls = attr(tr, "class");
    if (cls.rfind("proposal", 0) == 0) {
      ++proposal_rows;
      CHECK(attr(tr, "data-waived") == "1");
      CHECK(attr(tr, "data-status") == "pass");
      CHECK(attr(tr, "data-rules") == "");
    }
    if (cls == "finding waived") {
      ++waived_rows;
      CHECK(attr(tr, "data-rule") == kRule);
      CHECK(attr(tr, "data-status") == "waived");
      xmlChar* content = xmlNodeGetContent(tr);
      std::string text = reinterpret_cast<const char*>(content);
      xmlFree(content);
      CHECK(text.find("waived: " + kReason + " (by Wang, until 2026-12-31)") != std::string::npos);
    }
  }
  CHECK(proposal_rows == 1);
  CHECK(waived_rows == 1);
  bool filter = false;
  for (const xmlNode* o : elements(hroot, "option")) filter |= attr(o, "value") == "waived";
  CHECK(filter);
  xmlFreeDoc(hd);

  // Markdown: the waived row with the reason; totals count it.
  std::string md = slurp(d / "out.markdown");
  std::regex row("\\| 🔕 waived \\| `" + std::string("3\\.1/round_trip_efficiency") +
                 "` \\| waived: ([^|]*) \\|");
  std::smatch m;
  REQUIRE(std::regex_search(md, m, row));
  CHECK(m[1].str().find("approved by the programme office") == 0);
  CHECK(md.find("| waived requirements |") != std::string::npos);
  CHECK(md.find("1 waived") != std::string::npos);

  // GitHub: a notice, never an error or a warning.
  std::string gh = slurp(d / "out.github");
  CHECK(gh.find("::error") == std::string::npos);
  CHECK(gh.find("::warning") == std::string::npos);
  std::regex notice(
      "::notice file=[^,]+,line=28,col=26,title=3\\.1/round_trip_efficiency "
      "\\(waived\\)::waived: ([^%\\n]*)");
  REQUIRE(std::regex_search(gh, m, notice));
  CHECK(m[1].str() == kReason);

  // Text: its own mark and word, the reason, the count.
  std::string text = slurp(d / "out.text");
  CHECK(text.find("~ " + kRule) != std::string::npos);
  CHECK(text.find("waived: round-trip") == std::string::npos);  // the word precedes the message
  CHECK(std::regex_search(text, std::regex("~ 3\\.1/round_trip_efficiency +waived: ")));
  CHECK(text.find("waiver by Wang until 2026-12-31: " + kReason) != std::string::npos);
  CHECK(text.find(", 1 waived") != std::string::npos);
  CHECK(text.find("(1 requirement waived, not counted as passed)") != std::string::npos);
  CHECK(text.find("PASS") != std::string::npos);

  // Chinese text says 已豁免.
  Ran zh = check("--lang zh " + shq(p.string()));
  CHECK(zh.code == 0);
  CHECK(zh.out.find("已豁免: ") != std::string::npos);
  CHECK(zh.out.find("已豁免 1") != std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("waivers cli: --no-waivers, expiry and GUIDECHECK_TODAY", "[cli][waivers]") {
  fs::path d = scratch("waivers-flags");
  fs::path p = d / "p.yaml";
  std::ofstream(p) << waived_proposal(kWaiver);
  CHECK(check("--no-config " + shq(p.string())).code == 0);
  Ran hidden = check("--no-config --no-waivers --format json " + shq(p.string()));
  CHECK(hidden.code == 1);
  json j = json::parse(hidden.out);
  CHECK(j["summary"]["waived"] == 0);
  bool failing = false;
  for (const json& f : j["results"][0]["findings"])
    failing |= f["rule"] == kRule && f["status"] == "fail" && !f.contains("waiver");
  CHECK(failing);

  // The day after `until`: the waiver has expired, and fails.
  Ran expired = check("--no-config --format json " + shq(p.string()), "2027-01-01");
  CHECK(expired.code == 1);
  j = json::parse(expired.out);
  bool flagged = false;
  for (const json& f : j["results"][0]["findings"]) {
    if (f["rule"] == kRule) CHECK(f["status"] == "fail");
    if (f["rule"] == "general/waiver_expired") {
      flagged = true;
      CHECK(f["status"] == "fail");
      CHECK(f["location"]["line"] == 39);
    }
  }
  CHECK(flagged);
  CHECK(check("--no-config " + shq(p.string()), "2026-12-31").code == 0);  // its last day

  Ran bad = check("--no-config " + shq(p.string()), "tomorrow");
  CHECK(bad.code == 2);
  CHECK(bad.err.find("GUIDECHECK_TODAY") != std::string::npos);
  fs::remove_all(d);
}

TEST_CASE("waivers cli: .guidecheck.yaml waivers cover the proposals their paths match",
          "[cli][waivers]") {
  fs::path d = scratch("waivers-config");
  fs::create_directories(d / "proposals/2026");
  fs::create_directories(d / "other");
  std::string failing = waived_proposal("");
  std::ofstream(d / "proposals/2026/a.yaml") << failing;
  std::ofstream(d / "other/b.yaml") << failing;
  std::ofstream(d / ".guidecheck.yaml") << "paths: [proposals, other]\n"
                                           "waivers:\n"
                                           "  - rule: "
                                        << kRule
                                        << "\n"
                                           "    reason: measured at the mid-term review\n"
                                           "    paths: proposals/2026/*\n";
  Ran r = shell("cd " + shq(d.string()) + " && GUIDECHECK_TODAY=2026-06-01 " +
                shq(GUIDECHECK_BINARY) + " check --format json --format sarif=out.sarif");
  INFO(r.err);
  CHECK(r.code == 1);  // other/b.yaml is not covered
  json j = json::parse(r.out);
  REQUIRE(j["results"].size() == 2);
  for (const json& res : j["results"]) {
    bool covered =
        res["file"].get<std::string>().find("proposals/2026/a.yaml") != std::string::npos;
    CHECK(res["status"] == (covered ? "pass" : "fail"));
    for (const json& f : res["findings"])
      if (f["rule"] == kRule) {
        CHECK(f["status"] == (covered ? "waived" : "fail"));
        if (covered) {
          CHECK(f["waiver"]["source"] == "config");
          CHECK(f["waiver"]["by"].is_null());
          CHECK(f["waiver"]["file"].get<std::string>().find(".guidecheck.yaml") !=
                std::string::npos);
        }
      }
  }
  json s = json::parse(slurp(d / "out.sarif"));
  int external = 0;
  for (const json& x : s["runs"][0]["results"])
    if (x.contains("suppressions")) {
      ++external;
      CHECK(x["suppressions"][0]["kind"] == "external");
      CHECK(x["suppressions"][0]["justification"] == "measured at the mid-term review");
    }
  CHECK(external == 1);

  // no-waivers: true in the config turns them all off.
  std::ofstream(d / ".guidecheck.yaml", std::ios::app) << "no-waivers: true\n";
  Ran off = shell("cd " + shq(d.string()) + " && " + shq(GUIDECHECK_BINARY) +
                  " check --format json proposals");
  CHECK(off.code == 1);
  CHECK(json::parse(off.out)["summary"]["waived"] == 0);
  fs::remove_all(d);
}

TEST_CASE("waivers: a malformed config waiver stops the run with its place, in both languages",
          "[cli][waivers]") {
  fs::path d = scratch("waivers-bad-config");
  std::ofstream(d / "p.yaml") << waived_proposal("");
  struct Case {
    std::string config;
    const char* where;
    const char* en;
    const char* zh;
  };
  const Case cases[] = {
      {"waivers: " + kRule + "\n", ":1:10: ", "must be a list", "应为列表"},
      {"waivers:\n  - rule: " + kRule + "\n", ":2:5: ", "has no reason", "没有写理由"},
      {"waivers:\n  - {rule: " + kRule + ", reason: r, until: 31.12.2026}\n",
       ":2:57: ", "YYYY-MM-DD", "YYYY-MM-DD"},
      {"waivers:\n  - {rule: " + kRule + ", reason: r, path: [a]}\n",
       ":2:50: ", "did you mean `paths`", "是否想写 `paths`"},
      {"waivers:\n  - {rule: 3.l/round_trip_efficiency, reason: r}\n",
       ":2:12: ", "which no rule pack has", "不在任何规则包中"},
  };
  for (const Case& c : cases) {
    std::ofstream(d / "bad.yaml") << c.config;
    for (const char* lang : {"en", "zh"}) {
      INFO(c.config << lang);
      Ran r = check("--lang " + std::string(lang) + " --config " + shq((d / "bad.yaml").string()) +
                    " " + shq((d / "p.yaml").string()));
      CHECK(r.code == 2);
      CHECK(r.err.find(std::string("bad.yaml") + c.where) != std::string::npos);
      CHECK(r.err.find(std::string(lang) == "zh" ? c.zh : c.en) != std::string::npos);
      CHECK(r.out.empty());
    }
  }
  fs::remove_all(d);
}
