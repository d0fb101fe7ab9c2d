#include <algorithm>
#include <sstream>

#include "catch_compat.h"
#include "csv_reader.h"
#include "report_samples.h"

using namespace guidecheck;
using namespace guidecheck::testing;

TEST_CASE("csv reader rejects what RFC 4180 forbids", "[csv]") {
  CHECK(read_csv("a,\"b,\"\"c\"\"\r\nd\"\r\n") ==
        std::vector<std::vector<std::string>>{{"a", "b,\"c\"\r\nd"}});
  CHECK_THROWS(read_csv("a,b\n"));
  CHECK_THROWS(read_csv("a\"b\r\n"));
  CHECK_THROWS(read_csv("\"a\r\n"));
}

TEST_CASE("csv: one row per proposal, read back with an RFC 4180 reader", "[csv][formats]") {
  auto results = sample_results();
  std::string out = render_with("csv", results);
  REQUIRE(out.rfind("\xEF\xBB\xBF", 0) != 0);  // no BOM unless asked
  auto rows = read_csv(out);
  REQUIRE(rows.size() == results.size() + 1);
  const std::vector<std::string> header{
      "file",   "guide",   "direction", "title",         "lead_unit", "status", "passed",
      "failed", "missing", "invalid",   "failing_rules", "error",     "waived", "waived_rules"};
  REQUIRE(rows[0] == header);
  for (std::size_t i = 0; i < results.size(); ++i) {
    const eval::FileResult& r = results[i];
    const auto& row = rows[i + 1];
    INFO(r.file);
    REQUIRE(row.size() == header.size());
    CHECK(row[0] == r.file);
    CHECK(row[1] == r.guide);
    CHECK(row[2] == r.direction);
    CHECK(row[3] == r.title);
    CHECK(row[4] == r.lead);
    CHECK(row[5] == eval::file_status_name(r.status));
    CHECK(row[6] == std::to_string(r.count(eval::Status::Pass)));
    CHECK(row[7] == std::to_string(r.count(eval::Status::Fail)));
    CHECK(row[8] == std::to_string(r.count(eval::Status::Missing)));
    CHECK(row[9] == std::to_string(r.count(eval::Status::Invalid)));
    std::vector<std::string> failing, want;
    std::istringstream ids(row[10]);
    for (std::string id; ids >> id;) failing.push_back(id);
    std::vector<std::string> waived, want_waived;
    std::istringstream wids(row[13]);
    for (std::string id; wids >> id;) waived.push_back(id);
    for (const auto& f : r.findings) {
      if (eval::open_problem(f)) want.push_back(f.rule_id);
      if (f.status == eval::Status::Waived) want_waived.push_back(f.rule_id);
    }
    CHECK(failing == want);
    if (r.error)
      CHECK(row[11].find(r.error->message) != std::string::npos);
    else
      CHECK(row[11].empty());
    CHECK(row[12] == std::to_string(r.count(eval::Status::Waived)));
    CHECK(waived == want_waived);
  }
  // The fixture's title holds a comma, quotes, '|', '<', '&', '%' and ':'.
  const auto* hostile = result_for(results, "tests/data/formats/10.4-info.yaml");
  REQUIRE(hostile);
  CHECK(hostile->title.find(",") != std::string::npos);
  CHECK(hostile->title.find("\"") != std::string::npos);
  CHECK(rows[index_of(results, hostile->file) + 1][3] == hostile->title);
  // Known content, not only consistency with eval::FileResult.
  const auto* fail = result_for(results, "examples/3.1-fail.yaml");
  REQUIRE(fail);
  const auto& frow = rows[index_of(results, fail->file) + 1];
  CHECK(frow[5] == "fail");
  CHECK(frow[10].find("3.1/round_trip_efficiency") != std::string::npos);
  CHECK(frow[4] == "某某研究所");
}

TEST_CASE("csv --excel-bom starts with the UTF-8 byte order mark and nothing else changes",
          "[csv][formats]") {
  auto results = sample_results();
  report::RenderOptions o;
  o.excel_bom = true;
  std::string with = render_with("csv", results, o);
  std::string without = render_with("csv", results);
  REQUIRE(with.size() == without.size() + 3);
  CHECK(with.substr(0, 3) == "\xEF\xBB\xBF");
  CHECK(with.substr(3) == without);
}

TEST_CASE("csv shows a line break escaped and quotes a field with quotes", "[csv][formats]") {
  eval::FileResult r;
  r.file = "a.yaml";
  r.title = "line one\nline \"two\"";
  r.status = eval::FileStatus::Pass;
  std::string csv = render_with("csv", {r});
  auto rows = read_csv(csv);
  REQUIRE(rows.size() == 2);
  CHECK(rows[1][3] == "line one\\nline \"two\"");
  CHECK(std::count(csv.begin(), csv.end(), '\n') == 2);  // only the two rows' ends
}
