// End-to-end: the officer's reports of one run (xlsx, csv) read back and
// compared with the JSON of the same run. The html report is read back in a
// real browser by tests/html_browser_test.sh.
#include <algorithm>
#include <array>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "batch_helpers.h"
#include "catch_compat.h"
#include "xlsx_reader.h"

using json = nlohmann::json;
namespace fs = std::filesystem;
using namespace guidecheck::testing;

namespace {

bool before(const std::string& a,
            const std::string& b) {  // direction order: 9.5 < 10.1, unknown last
  if (a.empty() || b.empty()) return !a.empty() && b.empty();
  auto parts = [](const std::string& s) {
    std::vector<int> v;
    std::stringstream in(s);
    for (std::string p; std::getline(in, p, '.');) v.push_back(std::stoi(p));
    return v;
  };
  return parts(a) < parts(b);
}

struct Expect {  // what the reports must say, worked out from the JSON alone
  std::vector<std::string> direction_order;
  std::map<std::string, std::array<int, 4>> per_direction;  // proposals, passed, failed, errors
  std::vector<std::pair<std::string, int>> most_failed;     // rule, proposals not passing
};

Expect from_json(const json& j) {
  Expect e;
  std::map<std::string, int> rule_count;
  for (const auto& r : j["results"]) {
    std::string d = r.value("direction", "");
    auto& c = e.per_direction[d];
    ++c[0];
    c[r["status"] == "pass" ? 1 : r["status"] == "fail" ? 2 : 3]++;
    for (const auto& f : r["findings"])
      if (f["status"] != "pass") ++rule_count[f["rule"]];
  }
  for (const auto& [d, c] : e.per_direction) e.direction_order.push_back(d);
  std::sort(e.direction_order.begin(), e.direction_order.end(), before);
  e.most_failed.assign(rule_count.begin(), rule_count.end());
  std::stable_sort(e.most_failed.begin(), e.most_failed.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (e.most_failed.size() > 15) e.most_failed.resize(15);
  return e;
}

std::vector<std::vector<std::string>> read_csv(const std::string& s) {  // RFC 4180
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted_field = false;
  std::size_t i = s.rfind("\xEF\xBB\xBF", 0) == 0 ? 3 : 0;
  for (; i < s.size(); ++i) {
    char c = s[i];
    if (quoted_field) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"')
        field += '"', ++i;
      else if (c == '"')
        quoted_field = false;
      else
        field += c;
    } else if (c == '"') {
      quoted_field = true;
    } else if (c == ',') {
      rows.back().push_back(field), field.clear();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      rows.back().push_back(field), field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

std::string failing_rules(const json& r) {
  std::string s;
  for (const auto& f : r["findings"])
    if (f["status"] != "pass" && f["status"] != "waived")
      s += (s.empty() ? "" : " ") + f["rule"].get<std::string>();
  return s;
}

}  // namespace

TEST_CASE("officer reports: xlsx and csv of one run read back and compared with its json",
          "[officer]") {
  fs::path d = scratch("officer");
  generate(d / "in", 160, 31);
  std::ofstream(d / "in" / "zz-broken.yaml")
      << "guidecheck: 1\ndirection: \"3.1\"\ntitle: [unclosed\n";
  auto out = [&](const std::string& f) { return (d / f).string(); };
  Ran r =
      run_binary("check " + shq(out("in")) + " --jobs 2 --lang en --format json=" + out("r.json") +
                 " --format csv=" + out("r.csv") + " --format xlsx=" + out("r.xlsx"));
  CHECK(r.code == 2);
  json j = json::parse(slurp(d / "r.json"));
  const json& results = j["results"];
  REQUIRE(results.size() == 161);
  Expect e = from_json(j);
  Workbook wb = read_xlsx(out("r.xlsx"));
  REQUIRE(wb.sheets.size() == 3);
  CHECK(wb.sheets[0].name == "Summary");
  CHECK(wb.sheets[1].name == "Proposals");
  CHECK(wb.sheets[2].name == "Findings");

  {  // Proposals: one row per result, in the json's order, failed rows highlighted
    const Sheet& p = wb.sheet("Proposals");
    CHECK(p.at(1, 0) == "File");
    CHECK(p.at(1, 5) == "Status");
    CHECK(p.last_row() == static_cast<int>(results.size()) + 1);
    std::map<std::string, std::set<std::string>> styles;  // status -> cell styles used
    for (std::size_t i = 0; i < results.size(); ++i) {
      const json& x = results[i];
      int row = static_cast<int>(i) + 2;
      INFO(x["file"]);
      CHECK(p.at(row, 0) == x["file"]);
      CHECK(p.at(row, 2) == x.value("direction", ""));
      CHECK(p.at(row, 5) == x["status"]);
      int counts[5] = {0, 0, 0, 0, 0};  // pass, fail, missing, invalid, waived
      const std::string names[5] = {"pass", "fail", "missing", "invalid", "waived"};
      for (const auto& f : x["findings"]) {
        auto at = std::find(std::begin(names), std::end(names), f["status"].get<std::string>());
        REQUIRE(at != std::end(names));
        ++counts[at - std::begin(names)];
      }
      for (int c = 0; c < 5; ++c) {
        int col = c < 4 ? 6 + c : 12;  // the waived count is after the error column
        CHECK(p.rows.at(row).at(col).number);
        CHECK(p.at(row, col) == std::to_string(counts[c]));
      }
      CHECK(p.at(row, 10) == failing_rules(x));
      if (x.contains("error"))
        CHECK(p.at(row, 11).find(x["error"]["message"].get<std::string>()) != std::string::npos);
      for (const auto& [col, cell] : p.rows.at(row)) styles[x["status"]].insert(cell.style);
    }
    REQUIRE(styles["pass"].size() == 1);
    REQUIRE(styles["fail"].size() == 1);
    REQUIRE(styles["error"].size() == 1);
    CHECK(*styles["pass"].begin() == "");
    CHECK(*styles["fail"].begin() != "");
    CHECK(*styles["error"].begin() != "");
    CHECK(*styles["fail"].begin() != *styles["error"].begin());
    CHECK(p.xml.find(
              R"(<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>)") !=
          std::string::npos);
    CHECK(p.xml.find("<autoFilter ref=\"A1:N" + std::to_string(results.size() + 1) + "\"/>") !=
          std::string::npos);
  }

  {  // Findings: one row per requirement not passed, and per file not checked
    const Sheet& f = wb.sheet("Findings");
    CHECK(f.at(1, 2) == "Requirement");
    int row = 2;
    for (const json& x : results) {
      if (x.contains("error")) {
        CHECK(f.at(row, 0) == x["file"]);
        CHECK(f.at(row, 3) == "error");
        CHECK(f.at(row, 6) == x["error"]["message"]);
        CHECK(f.at(row, 9) == std::to_string(x["error"]["location"]["line"].get<int>()));
        ++row;
      }
      for (const json& g : x["findings"]) {
        if (g["status"] == "pass") continue;
        INFO(x["file"] << " " << g["rule"]);
        CHECK(f.at(row, 0) == x["file"]);
        CHECK(f.at(row, 2) == g["rule"]);
        CHECK(f.at(row, 3) == g["status"]);
        CHECK(f.at(row, 4) == g["severity"]);
        CHECK(f.at(row, 6) == g["message"]);
        CHECK(f.at(row, 9) == std::to_string(g["location"]["line"].get<int>()));
        CHECK(f.at(row, 10) == std::to_string(g["location"]["column"].get<int>()));
        if (g.contains("source")) CHECK(f.at(row, 12) == g["source"]["text"]);
        ++row;
      }
    }
    CHECK(f.last_row() == row - 1);
    CHECK(f.xml.find("state=\"frozen\"") != std::string::npos);
    CHECK(f.xml.find("<autoFilter ref=\"A1:O" + std::to_string(row - 1) + "\"/>") !=
          std::string::npos);
  }

  {  // Summary: per direction, and the most-failed requirements
    const Sheet& s = wb.sheet("Summary");
    CHECK(s.at(1, 0).find(std::to_string(results.size()) + " proposals") != std::string::npos);
    int row = 1;
    while (row <= s.last_row() && s.at(row, 0) != "Direction") ++row;
    REQUIRE(row < s.last_row());
    CHECK(s.at(row, 5) == "Pass rate");
    for (const std::string& dir : e.direction_order) {
      ++row;
      const auto& c = e.per_direction[dir];
      INFO("direction " << dir);
      CHECK(s.at(row, 0) == (dir.empty() ? "(unknown)" : dir));
      for (int k = 0; k < 4; ++k) CHECK(s.at(row, 1 + k) == std::to_string(c[k]));
      CHECK(std::stod(s.at(row, 5)) == Approx(static_cast<double>(c[1]) / c[0]));
    }
    ++row;
    CHECK(s.at(row, 0) == "All");
    CHECK(s.at(row, 1) == std::to_string(results.size()));
    while (row <= s.last_row() && s.at(row, 0) != "Rank") ++row;
    REQUIRE(row < s.last_row());
    for (std::size_t k = 0; k < e.most_failed.size(); ++k) {
      ++row;
      CHECK(s.at(row, 0) == std::to_string(k + 1));
      CHECK(s.at(row, 1) == e.most_failed[k].first);
      CHECK(s.at(row, 2) == std::to_string(e.most_failed[k].second));
    }
    CHECK(s.last_row() == row);
  }

  {  // csv: one row per result, the json's status and failing requirements
    auto rows = read_csv(slurp(d / "r.csv"));
    REQUIRE(rows.size() == results.size() + 1);
    const auto& head = rows[0];
    auto col = [&](const std::string& name) {
      auto it = std::find(head.begin(), head.end(), name);
      REQUIRE(it != head.end());
      return static_cast<std::size_t>(it - head.begin());
    };
    std::size_t file = col("file"), status = col("status"), failing = col("failing_rules");
    for (std::size_t i = 0; i < results.size(); ++i) {
      CHECK(rows[i + 1][file] == results[i]["file"]);
      CHECK(rows[i + 1][status] == results[i]["status"]);
      CHECK(rows[i + 1][failing] == failing_rules(results[i]));
    }
  }

  {  // the workbook is the same bytes when the same batch is checked again
    Ran again = run_binary("check " + shq(out("in")) +
                           " --jobs 4 --lang en --format xlsx=" + out("r2.xlsx"));
    CHECK(again.code == 2);
    CHECK(slurp(d / "r.xlsx") == slurp(d / "r2.xlsx"));
  }
  fs::remove_all(d);
}

TEST_CASE("officer reports: xlsx needs a file, and speaks Chinese under --lang zh", "[officer]") {
  Ran to_terminal =
      run_binary("check " + std::string(GUIDECHECK_SOURCE_DIR) + "/examples --format xlsx");
  CHECK(to_terminal.code == 2);
  CHECK(to_terminal.err.find("needs a file") != std::string::npos);
  fs::path d = scratch("officer-zh");
  Ran r = run_binary("check " + std::string(GUIDECHECK_SOURCE_DIR) +
                     "/examples --lang zh --format xlsx=" + (d / "zh.xlsx").string());
  CHECK(r.code == 1);
  Workbook wb = read_xlsx((d / "zh.xlsx").string());
  CHECK(wb.sheet("Proposals").at(1, 0) == "文件");
  CHECK(wb.sheet("Findings").at(1, 12) == "指南原文");
  CHECK(wb.sheet("Summary").at(1, 0).find("份申报书") != std::string::npos);
  fs::remove_all(d);
}
