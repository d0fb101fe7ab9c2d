// check --format html, read back without a browser (tests/html_browser_test.sh
// loads it in headless Chromium): one row per result with its numbers, the
// charts' bars, nothing fetched from anywhere, everything escaped.
#include <algorithm>
#include <cstring>
#include <map>
#include <regex>

#include "catch_compat.h"
#include "report/aggregate.h"
#include "report/formats.h"
#include "report_samples.h"

using namespace guidecheck;
using namespace guidecheck::testing;

namespace {

std::string unescape(std::string s) {
  const std::pair<const char*, const char*> ents[] = {
      {"&lt;", "<"}, {"&gt;", ">"}, {"&quot;", "\""}, {"&#39;", "'"}, {"&amp;", "&"}};
  for (auto [from, to] : ents)
    for (std::size_t i; (i = s.find(from)) != std::string::npos;)
      s.replace(i, std::strlen(from), to);
  return s;
}

// The data-* attributes of every element whose opening tag matches `tag_re`.
std::vector<std::map<std::string, std::string>> elements(const std::string& html,
                                                         const std::string& tag_re) {
  std::vector<std::map<std::string, std::string>> out;
  std::regex tag(tag_re);
  std::regex attr(R"re(data-([a-z-]+)="([^"]*)")re");
  for (auto it = std::sregex_iterator(html.begin(), html.end(), tag); it != std::sregex_iterator();
       ++it) {
    std::string t = it->str();
    std::map<std::string, std::string> m;
    for (auto a = std::sregex_iterator(t.begin(), t.end(), attr); a != std::sregex_iterator(); ++a)
      m[(*a)[1]] = unescape((*a)[2]);
    out.push_back(m);
  }
  return out;
}

std::string between(const std::string& s, const std::string& from, const std::string& to) {
  auto a = s.find(from);
  REQUIRE(a != std::string::npos);
  auto b = s.find(to, a);
  REQUIRE(b != std::string::npos);
  return s.substr(a, b - a);
}

}  // namespace

TEST_CASE("html: a row per proposal with the result's numbers", "[html]") {
  auto rs = sample_results();
  std::string html = render_with("html", rs);
  auto rows = elements(html, R"(<tr class="proposal [^>]*>)");
  REQUIRE(rows.size() == rs.size());
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const auto& r = rs[i];
    INFO(r.file);
    CHECK(rows[i]["file"] == r.file);
    CHECK(rows[i]["direction"] == r.direction);
    CHECK(rows[i]["status"] == eval::file_status_name(r.status));
    CHECK(rows[i]["passed"] == std::to_string(r.count(eval::Status::Pass)));
    CHECK(rows[i]["failed"] == std::to_string(r.count(eval::Status::Fail)));
    CHECK(rows[i]["missing"] == std::to_string(r.count(eval::Status::Missing)));
    CHECK(rows[i]["invalid"] == std::to_string(r.count(eval::Status::Invalid)));
    CHECK(rows[i]["waived"] == std::to_string(r.count(eval::Status::Waived)));
    std::string failing;  // waived requirements are not failing
    for (const auto& f : r.findings)
      if (eval::open_problem(f)) failing += (failing.empty() ? "" : " ") + f.rule_id;
    CHECK(rows[i]["rules"] == failing);
  }
  // Each row's details: one finding row per requirement not passed.
  std::size_t not_passed = 0;
  for (const auto& r : rs)
    for (const auto& f : r.findings) not_passed += f.status != eval::Status::Pass;
  CHECK(elements(html, R"(<tr class="finding [^>]*>)").size() == not_passed);
  CHECK(elements(html, R"(<tr class="details" [^>]*>)").size() == rs.size());
}

TEST_CASE("html: the charts hold the aggregate's numbers", "[html]") {
  auto rs = sample_results();
  report::Aggregate agg;
  for (const auto& r : rs) agg.add(r);
  std::string html = render_with("html", rs);
  auto bars =
      elements(between(html, "<svg id=\"chart-pass-rate\"", "</svg>"), R"(<g class="bar"[^>]*>)");
  auto dirs = agg.directions();
  REQUIRE(bars.size() == dirs.size());
  for (std::size_t i = 0; i < dirs.size(); ++i) {
    CHECK(bars[i]["direction"] == dirs[i].direction);
    CHECK(bars[i]["proposals"] == std::to_string(dirs[i].proposals));
    CHECK(bars[i]["passed"] == std::to_string(dirs[i].passed));
    CHECK(bars[i]["failed"] == std::to_string(dirs[i].failed));
    CHECK(bars[i]["errors"] == std::to_string(dirs[i].errors));
    CHECK(std::stod(bars[i]["pass-rate"]) == Approx(dirs[i].pass_rate()).margin(1e-4));
  }
  auto failed =
      elements(between(html, "<svg id=\"chart-most-failed\"", "</svg>"), R"(<g class="bar"[^>]*>)");
  auto top = agg.most_failed(15);
  REQUIRE(failed.size() == top.size());
  REQUIRE(!top.empty());
  for (std::size_t i = 0; i < top.size(); ++i) {
    CHECK(failed[i]["rule"] == top[i].rule_id);
    CHECK(failed[i]["count"] == std::to_string(top[i].not_passed()));
  }
}

TEST_CASE("html: self-contained, escaped, in the language asked", "[html]") {
  auto rs = sample_results();
  rs[0].title = "<script>alert('x')</script> & \"quotes\"";
  rs[0].file = "a&b <c>.yaml";
  std::string html = render_with("html", rs);
  CHECK(html.find("<script>alert") == std::string::npos);
  CHECK(html.find("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;quotes&quot;") !=
        std::string::npos);
  CHECK(elements(html, R"(<tr class="proposal [^>]*>)")[0]["file"] == "a&b <c>.yaml");
  // Nothing to fetch: no URL, no external stylesheet, script or image.
  for (const char* bad : {"http:", "https:", "<link", " src=", "@import", "url("}) {
    INFO(bad);
    CHECK(html.find(bad) == std::string::npos);
  }
  CHECK(html.find("Content-Security-Policy") != std::string::npos);
  CHECK(std::count(html.begin(), html.end(), '\0') == 0);

  report::RenderOptions zh;
  zh.lang = rules::Lang::Zh;
  std::string h = render_with("html", sample_results(rules::Severity::Error, rules::Lang::Zh), zh);
  CHECK(h.find("<html lang=\"zh-CN\">") != std::string::npos);
  CHECK(h.find("各方向通过率") != std::string::npos);
  CHECK(html.find("<html lang=\"en\">") != std::string::npos);
  CHECK(html.find("Pass rate by direction") != std::string::npos);
}

TEST_CASE("html: a row that could not be checked shows why, without a click", "[html]") {
  auto rs = sample_results();
  std::size_t broken = index_of(rs, "broken/not-yaml.yaml");
  REQUIRE(rs[broken].error);
  rs[broken].error->message += " <b>x & y</b>";  // proposal-derived text: escaped like any other
  std::string html = render_with("html", rs);
  // Each proposal row, up to its end: the reasons are in the row itself, not
  // in the hidden details row after it.
  std::regex row_re(R"re(<tr class="proposal [^>]*>([\s\S]*?)</tr>)re");
  std::regex reason_re(R"re(<small class="reason">([^<]*)</small>)re");
  std::vector<std::vector<std::string>> reasons;
  for (auto it = std::sregex_iterator(html.begin(), html.end(), row_re);
       it != std::sregex_iterator(); ++it) {
    std::string row = (*it)[1];
    std::vector<std::string> v;
    for (auto m = std::sregex_iterator(row.begin(), row.end(), reason_re);
         m != std::sregex_iterator(); ++m)
      v.push_back(unescape((*m)[1]));
    reasons.push_back(v);
  }
  REQUIRE(reasons.size() == rs.size());
  bool some_unchecked = false;
  for (std::size_t i = 0; i < rs.size(); ++i) {
    const auto& r = rs[i];
    INFO(r.file);
    auto has = [&](const std::string& s) {
      return std::any_of(reasons[i].begin(), reasons[i].end(),
                         [&](const std::string& x) { return x.find(s) != std::string::npos; });
    };
    std::size_t expected = r.error ? 1 : 0;
    if (r.error) CHECK(has(r.error->message));
    int listed = 0, unchecked = 0;
    for (const auto& f : r.findings) {
      if (f.status != eval::Status::Missing && f.status != eval::Status::Invalid) continue;
      ++unchecked;
      if (listed++ < 3) CHECK(has(f.rule_id + ": " + f.message));
    }
    some_unchecked = some_unchecked || unchecked > 0;
    expected += std::min(unchecked, 3) + (unchecked > 3 ? 1 : 0);
    CHECK(reasons[i].size() == expected);
  }
  CHECK(some_unchecked);  // the samples hold missing or invalid requirements
  CHECK(html.find("<b>x & y</b>") == std::string::npos);
  CHECK(html.find("&lt;b&gt;x &amp; y&lt;/b&gt;</small>") != std::string::npos);
}
