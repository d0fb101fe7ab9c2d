#include "report/formats.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace guidecheck::report {

// Each format's factory, defined in the format's own file.
std::unique_ptr<Sink> open_text(std::ostream&, const RenderOptions&);         // text.cpp
std::unique_ptr<Sink> open_json(std::ostream&, const RenderOptions&);         // json_stream.cpp
std::unique_ptr<Sink> open_junit(std::ostream&, const RenderOptions&);        // junit.cpp
std::unique_ptr<Sink> open_sarif(std::ostream&, const RenderOptions&);        // sarif.cpp
std::unique_ptr<Sink> open_github(std::ostream&, const RenderOptions&);       // github.cpp
std::unique_ptr<Sink> open_gcc(std::ostream&, const RenderOptions&);          // gcc.cpp
std::unique_ptr<Sink> open_compact(std::ostream&, const RenderOptions&);      // compact.cpp
std::unique_ptr<Sink> open_codequality(std::ostream&, const RenderOptions&);  // codequality.cpp
std::unique_ptr<Sink> open_markdown(std::ostream&, const RenderOptions&);     // markdown.cpp
std::unique_ptr<Sink> open_csv(std::ostream&, const RenderOptions&);          // csv.cpp
std::unique_ptr<Sink> open_html(std::ostream&, const RenderOptions&);         // html.cpp
std::unique_ptr<Sink> open_xlsx(std::ostream&, const RenderOptions&);         // xlsx.cpp

const std::vector<Format>& formats() {
  static const std::vector<Format> f = {
      {"text", "for people: one line per requirement, details of what fails", false, open_text},
      {"json", "the contract's JSON (results, findings, summary)", false, open_json},
      {"junit", "JUnit XML: a testsuite per proposal, a testcase per requirement", false,
       open_junit},
      {"sarif", "SARIF 2.1.0 for code scanning: every requirement a rule, every finding a result",
       false, open_sarif},
      {"github", "GitHub Actions workflow commands (::error file=...) annotating the diff", false,
       open_github},
      {"gcc", "one line per finding, FILE:LINE:COL: error: MESSAGE [RULE], for editors and logs",
       false, open_gcc},
      {"compact", "one line per finding, FILE:LINE:COL: [error] MESSAGE (RULE), as yamllint's",
       false, open_compact},
      {"codequality", "GitLab Code Quality JSON: an issue per finding, stable fingerprints", false,
       open_codequality},
      {"markdown", "a summary for $GITHUB_STEP_SUMMARY or a merge-request comment", false,
       open_markdown},
      {"csv", "one row per proposal (RFC 4180, UTF-8; --excel-bom for Excel)", false, open_csv},
      {"html", "one self-contained page: charts, a sortable, filterable table, details on click",
       false, open_html},
      {"xlsx", "an Excel workbook: Summary, Proposals and Findings sheets (needs -o FILE)", true,
       open_xlsx},
  };
  return f;
}

const Format* find_format(std::string_view name) {
  for (const Format& f : formats())
    if (name == f.name) return &f;
  return nullptr;
}

std::string format_names() {
  std::vector<std::string_view> names;
  for (const Format& f : formats()) names.emplace_back(f.name);
  return fmt::format("{}", fmt::join(names, ", "));
}

void render(const Format& format, std::ostream& out, const std::vector<eval::FileResult>& results,
            const RenderOptions& o) {
  auto sink = format.open(out, o);
  for (const eval::FileResult& r : results) sink->add(r);
  sink->finish();
}

}  // namespace guidecheck::report
