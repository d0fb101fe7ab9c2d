// The Markdown summary parsed back: the totals table, then per proposal a
// heading and a table whose rows are its findings, failures first.
#include <fmt/format.h>

#include <sstream>

#include "catch_compat.h"
#include "report/finding_text.h"
#include "report_samples.h"

using namespace guidecheck;
using namespace guidecheck::testing;

namespace {

// Splits a table row on unescaped '|' and undoes the cell escaping.
std::vector<std::string> cells(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  REQUIRE(line.front() == '|');
  REQUIRE(line.back() == '|');
  for (std::size_t i = 1; i + 1 < line.size(); ++i) {
    if (line[i] == '\\' && i + 2 < line.size()) {
      cur += line[++i];
    } else if (line[i] == '|') {
      out.push_back(cur);
      cur.clear();
    } else if (line.compare(i, 4, "<br>") == 0) {
      cur += '\n';
      i += 3;
    } else {
      cur += line[i];
    }
  }
  out.push_back(cur);
  for (auto& c : out) {
    while (!c.empty() && c.front() == ' ') c.erase(0, 1);
    while (!c.empty() && c.back() == ' ') c.pop_back();
  }
  return out;
}

struct Section {
  std::string heading;
  std::vector<std::vector<std::string>> rows;  // without header and rule line
};

std::vector<Section> sections(const std::string& md, std::vector<std::string>& totals) {
  std::vector<Section> out;
  std::istringstream in(md);
  bool header_next = false;
  for (std::string l; std::getline(in, l);) {
    if (l.rfind("### ", 0) == 0) {
      out.push_back({l.substr(4), {}});
      header_next = true;
    } else if (!l.empty() && l[0] == '|') {
      if (l.rfind("|---", 0) == 0) continue;
      if (header_next) {
        header_next = false;
        continue;
      }
      if (out.empty())
        totals = cells(l);
      else
        out.back().rows.push_back(cells(l));
    } else if (out.empty() && l.rfind("| files", 0) == 0) {
      header_next = false;
    }
  }
  return out;
}

}  // namespace

TEST_CASE("markdown: totals, then one table per proposal with failures first",
          "[markdown][formats]") {
  auto results = sample_results();
  std::string md = render_with("markdown", results);
  eval::Summary s = eval::summarize(results);
  CHECK(md.rfind(fmt::format("## guidecheck: {} of {} proposals pass\n", s.passed, s.files), 0) ==
        0);
  std::vector<std::string> totals;
  auto secs = sections(md, totals);
  // The first table is the totals: files, passed, failed, could not be checked.
  REQUIRE(secs.size() == results.size());
  // ... and, when some are waived, the waived requirements.
  REQUIRE(s.waived > 0);  // the samples hold one
  REQUIRE(totals.size() == 5);
  CHECK(totals[0] == std::to_string(s.files));
  CHECK(totals[1] == std::to_string(s.passed));
  CHECK(totals[2] == std::to_string(s.failed));
  CHECK(totals[3] == std::to_string(s.errors));
  CHECK(totals[4] == std::to_string(s.waived));
  for (std::size_t i = 0; i < results.size(); ++i) {
    const eval::FileResult& r = results[i];
    const Section& sec = secs[i];
    INFO(r.file);
    CHECK(sec.heading.find(r.file) != std::string::npos);
    REQUIRE(sec.rows.size() == r.findings.size());
    bool seen_pass = false;
    for (const auto& row : sec.rows) {
      REQUIRE(row.size() == 7);
      bool pass = row[0].find("pass") != std::string::npos;
      if (pass)
        seen_pass = true;
      else
        CHECK_FALSE(seen_pass);  // nothing failing after a pass
      std::string id = row[1];
      REQUIRE(id.size() > 2);
      id = id.substr(1, id.size() - 2);  // `id`
      const eval::Finding* f = nullptr;
      for (const auto& x : r.findings)
        if (x.rule_id == id) f = &x;
      REQUIRE(f);
      CHECK(row[0].find(eval::status_name(f->status)) != std::string::npos);
      if (f->waiver) {  // the reason first, then what the finding says
        CHECK(row[0] == "🔕 waived");
        CHECK(row[2].rfind("waived: " + f->waiver->reason + " (by " + f->waiver->by + ") — ", 0) ==
              0);
        CHECK(row[2].size() >= f->message.size());
        CHECK(row[2].substr(row[2].size() - f->message.size()) == f->message);
      } else {
        CHECK(row[2] == f->message);
      }
      CHECK(row[3] == report::expected_text(*f, rules::Lang::En));
      CHECK(row[4] == report::actual_text(*f));
      CHECK(row[5] == report::place(r.file, f->location));
      // Keys the format does not know: a failing finding with no guide rule
      // behind it, shown like any other (message, place) just above.
      if (!f->rule) {
        CHECK(f->rule_id == "general/unknown_key");
        CHECK(f->status == eval::Status::Fail);
        continue;
      }
      CHECK(row[6] == f->rule->source.section + ": " + f->rule->source.text);
    }
    if (r.error) CHECK(md.find(r.error->message.substr(0, 10)) != std::string::npos);
  }
  // The hostile title survives in its heading.
  const auto* hostile = result_for(results, "tests/data/formats/10.4-info.yaml");
  REQUIRE(hostile);
  auto heading = cells("|" + secs[index_of(results, hostile->file)].heading + "|");
  CHECK(heading.size() == 1);
  CHECK(heading[0].find(hostile->title) != std::string::npos);
}

TEST_CASE("markdown in Chinese", "[markdown][formats]") {
  auto results = sample_results(rules::Severity::Error, rules::Lang::Zh);
  report::RenderOptions o;
  o.lang = rules::Lang::Zh;
  std::string md = render_with("markdown", results, o);
  eval::Summary s = eval::summarize(results);
  CHECK(md.rfind(fmt::format("## guidecheck：{} 份申报书，{} 份通过\n", s.files, s.passed), 0) ==
        0);
  CHECK(md.find("| | 要求 | 结果 | 指南要求 | 填写 | 位置 | 指南原文 |") != std::string::npos);
  CHECK(md.find("电-电效率") != std::string::npos);
}
