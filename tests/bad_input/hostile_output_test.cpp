// Every output format on the hostile proposal (bad_input/hostile.h) under a
// hostile file name, parsed back: no raw control character or line break
// from the input, no injected line (a GitHub Actions command), no live
// formula in the CSV or the workbook, no markup in the HTML; the JSON and
// SARIF still carry the exact values.
#include <libxml/parser.h>
#include <libxml/tree.h>

#include <nlohmann/json.hpp>

#include "../csv_reader.h"
#include "../xlsx_reader.h"
#include "catch_compat.h"
#include "harness.h"
#include "hostile.h"
#include "report/formats.h"

using namespace bad_input;
using nlohmann::json;

namespace {

// Raw bytes a reader's tool must never get from the input: C0 controls but
// LF (and CR in the CSV's CRLF), DEL, the C1 controls (NEL), U+2028/2029 and
// the bidi overrides.
std::string raw_hazard(const std::string& out, bool crlf) {
  for (std::size_t i = 0; i < out.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(out[i]);
    bool ok_break = c == '\n' || (crlf && c == '\r' && i + 1 < out.size() && out[i + 1] == '\n');
    if ((c < 0x20 && !ok_break) || c == 0x7F)
      return "byte " + std::to_string(c) + " at " + std::to_string(i);
    if (c == 0xC2 && i + 1 < out.size() && static_cast<unsigned char>(out[i + 1]) >= 0x80 &&
        static_cast<unsigned char>(out[i + 1]) <= 0x9F)
      return "a C1 control at " + std::to_string(i);
    if (c == 0xE2 && i + 2 < out.size() && static_cast<unsigned char>(out[i + 1]) == 0x80 &&
        (static_cast<unsigned char>(out[i + 2]) == 0xA8 ||
         static_cast<unsigned char>(out[i + 2]) == 0xA9 ||
         (static_cast<unsigned char>(out[i + 2]) >= 0xAA &&
          static_cast<unsigned char>(out[i + 2]) <= 0xAE)))
      return "U+2028/2029 or a bidi override at " + std::to_string(i);
  }
  return "";
}

// A line a CI runner would read as a workflow command (leading blanks too).
std::string injected_line(const std::string& out, bool github_format) {
  std::istringstream in(out);
  for (std::string line; std::getline(in, line);) {
    std::size_t b = line.find_first_not_of(" \t");
    if (b == std::string::npos || line.compare(b, 2, "::") != 0) continue;
    if (github_format && b == 0 &&
        (line.rfind("::error file=", 0) == 0 || line.rfind("::warning file=", 0) == 0 ||
         line.rfind("::notice file=", 0) == 0))
      continue;
    return line;
  }
  return "";
}

struct Hostile {
  TempDir dir;
  std::string name = hostile_file_name();
  Hostile() { write(dir / name, hostile_proposal()); }
  Run run_format(const std::string& format, const std::string& file = "") {
    std::vector<std::string> args{
        "check", "--lang", "en", "--format", file.empty() ? format : format + "=" + file, name};
    return run(args, dir.path());
  }
};

}  // namespace

TEST_CASE("hostile: every format shows the input with no raw control character or injected line",
          "[bad_input][hostile]") {
  Hostile h;
  for (const auto& f : guidecheck::report::formats()) {
    INFO("format " << f.name);
    std::string out;
    if (f.binary) {
      Run r = h.run_format(f.name, "out.bin");
      INFO("stderr: " << r.err);
      REQUIRE(r.exited());
      CHECK(r.code == 1);
      CHECK(raw_hazard(r.out, false) == "");
      continue;  // the workbook is checked below
    }
    Run r = h.run_format(f.name);
    INFO("stderr: " << r.err);
    REQUIRE(r.exited());
    CHECK(r.code == 1);  // checked, and failing (the value is invalid)
    CHECK(raw_hazard(r.out, std::string(f.name) == "csv") == "");
    CHECK(raw_hazard(r.err, false) == "");
    CHECK(injected_line(r.out, std::string(f.name) == "github") == "");
    CHECK(injected_line(r.err, false) == "");
    // Nothing lost: the ESC of the title is shown, escaped (JSON formats
    // keep it exact as \u001b).
    std::string name = f.name;
    if (name != "json" && name != "sarif" && name != "codequality")
      CHECK(r.out.find("x1B") != std::string::npos);
  }
}

TEST_CASE("hostile: json and sarif keep the exact values, escaped as JSON",
          "[bad_input][hostile]") {
  Hostile h;
  Run r = h.run_format("json");
  REQUIRE(r.exited());
  json j = json::parse(r.out);
  auto& res = j.at("results").at(0);
  CHECK(res.at("file") == h.name);
  bool found = false;
  for (const auto& f : res.at("findings"))
    if (f.at("rule") == "3.1/round_trip_efficiency") {
      found = true;
      CHECK(f.at("status") == "invalid");
    }
  CHECK(found);
  CHECK(r.out.find("\\u2028") != std::string::npos);  // escaped, not raw
  Run s = h.run_format("sarif");
  REQUIRE(s.exited());
  json sj = json::parse(s.out);
  CHECK(sj.at("runs").at(0).at("results").size() > 0);
}

TEST_CASE("hostile: csv has no live formula and the numbers stay numbers", "[bad_input][hostile]") {
  Hostile h;
  Run r = h.run_format("csv");
  REQUIRE(r.exited());
  auto rows = guidecheck::testing::read_csv(r.out);
  REQUIRE(rows.size() == 2);
  for (std::size_t c = 0; c < rows[1].size(); ++c) {
    const std::string& cell = rows[1][c];
    INFO("column " << rows[0][c] << ": " << cell);
    if (!cell.empty()) CHECK(std::string("=+-@\t\r").find(cell[0]) == std::string::npos);
  }
  CHECK(rows[1][0].rfind("'=cmd", 0) == 0);        // file
  CHECK(rows[1][3].rfind("'=HYPERLINK", 0) == 0);  // title
  CHECK(rows[1][4].rfind("'@SUM", 0) == 0);        // lead unit
  for (int c : {6, 7, 8, 9})                       // passed failed missing invalid
    CHECK(std::all_of(rows[1][c].begin(), rows[1][c].end(), ::isdigit));
}

TEST_CASE("hostile: the workbook holds text, never a formula", "[bad_input][hostile]") {
  Hostile h;
  Run r = h.run_format("xlsx", "out.xlsx");
  REQUIRE(r.exited());
  auto wb = guidecheck::testing::read_xlsx((h.dir / "out.xlsx").string());
  for (const auto& s : wb.sheets) {
    INFO("sheet " << s.name);
    CHECK(s.xml.find("<f>") == std::string::npos);
    CHECK(s.xml.find("<f ") == std::string::npos);
    for (const auto& [row, cells] : s.rows)
      for (const auto& [col, cell] : cells) CHECK(raw_hazard(cell.text, false) == "");
  }
  const auto& p = wb.sheet("Proposals");
  CHECK(p.at(2, 3).rfind("=HYPERLINK", 0) == 0);  // the title, as a string cell
  CHECK_FALSE(p.rows.at(2).at(3).number);
}

TEST_CASE("hostile: html and junit parse, with the input as text only", "[bad_input][hostile]") {
  Hostile h;
  Run r = h.run_format("html", "out.html");
  REQUIRE(r.exited());
  std::string html = slurp(h.dir / "out.html");
  CHECK(raw_hazard(html, false) == "");
  std::size_t scripts = 0;
  for (std::size_t at = html.find("<script"); at != std::string::npos;
       at = html.find("<script", at + 1))
    ++scripts;
  CHECK(scripts == 1);  // the report's own; the title's is &lt;script&gt;
  CHECK(html.find("&lt;script&gt;alert(1)") != std::string::npos);

  Run j = h.run_format("junit");
  REQUIRE(j.exited());
  xmlDocPtr doc = xmlReadMemory(j.out.data(), static_cast<int>(j.out.size()), "junit.xml", "UTF-8",
                                XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING);
  CHECK(doc != nullptr);
  if (doc) xmlFreeDoc(doc);
}

TEST_CASE("hostile: markdown escapes the table and mentions", "[bad_input][hostile]") {
  Hostile h;
  Run r = h.run_format("markdown");
  REQUIRE(r.exited());
  CHECK(r.out.find("\\@all") != std::string::npos);
  CHECK(r.out.find("<script>") == std::string::npos);
  // Every table row has its 7 cells: no '|' from the input splits one.
  std::istringstream in(r.out);
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("| ", 0) != 0 || line.find("---") != std::string::npos) continue;
    int bars = 0;
    for (std::size_t i = 0; i < line.size(); ++i)
      if (line[i] == '|' && (i == 0 || line[i - 1] != '\\')) ++bars;
    if (bars != 5) CHECK(bars == 8);  // the totals table has 4 cells
  }
}

TEST_CASE("hostile: a rule pack's text is escaped like a proposal's", "[bad_input][hostile]") {
  // A copy of the embedded pack whose rule text carries an ESC and a line
  // break to a workflow command.
  TempDir dir;
  std::string src = std::string(GUIDECHECK_SOURCE_DIR) + "/rules";
  std::error_code ec;
  fs::copy(src, dir / "rules", fs::copy_options::recursive, ec);
  REQUIRE_FALSE(ec);
  fs::path yaml = dir / "rules/sstic-2022-draft/directions/3.1.yaml";
  std::string text = slurp(yaml);
  std::size_t at = text.find("\n      en: ");
  REQUIRE(at != std::string::npos);
  std::size_t eol = text.find('\n', at + 1);
  text.replace(at, eol - at, "\n      en: \"\\e[2J\\n::error::from the pack\\u2028\"");
  write(yaml, text);
  // A failing value, so that the rule's note is shown.
  write(dir / "p.yaml", with_indicator("key_breakthroughs", "2"));
  for (const char* f : {"text", "github", "markdown", "junit"}) {
    INFO("format " << f);
    Run r =
        run({"check", "--rules", (dir / "rules").string(), "--format", f, "p.yaml"}, dir.path());
    INFO("stderr: " << r.err);
    REQUIRE(r.exited());
    CHECK(raw_hazard(r.out, false) == "");
    CHECK(injected_line(r.out, std::string(f) == "github") == "");
  }
  Run e = run({"rules", "show", "3.1", "--lang", "en", "--rules", (dir / "rules").string()},
              dir.path());
  CHECK(e.code == 0);
  CHECK(raw_hazard(e.out, false) == "");
  CHECK(injected_line(e.out, false) == "");
}
