#include "report/formats.h"

namespace guidecheck::report {

const std::vector<Format>& formats() {
  static const std::vector<Format> f = {
      {"text", "for people: one line per requirement, details of what fails", render_text, false,
       open_text},
      {"json", "the contract's JSON (results, findings, summary)", render_json, false, open_json},
      {"junit", "JUnit XML: a testsuite per proposal, a testcase per requirement", render_junit,
       false, open_junit},
      {"sarif", "SARIF 2.1.0 for code scanning: every requirement a rule, every finding a result",
       render_sarif, false, open_sarif},
      {"github", "GitHub Actions workflow commands (::error file=...) annotating the diff",
       render_github, false, open_github},
      {"gcc", "one line per finding, FILE:LINE:COL: error: MESSAGE [RULE], for editors and logs",
       render_gcc, false, open_gcc},
      {"compact", "one line per finding, FILE:LINE:COL: [error] MESSAGE (RULE), as yamllint's",
       render_compact, false, open_compact},
      {"codequality", "GitLab Code Quality JSON: an issue per finding, stable fingerprints",
       render_codequality, false, open_codequality},
      {"markdown", "a summary for $GITHUB_STEP_SUMMARY or a merge-request comment", render_markdown,
       false, open_markdown},
      {"csv", "one row per proposal (RFC 4180, UTF-8; --excel-bom for Excel)", render_csv, false,
       open_csv},
      {"html", "one self-contained page: charts, a sortable, filterable table, details on click",
       render_html, false, open_html},
      {"xlsx", "an Excel workbook: eval::Summary, Proposals and Findings sheets (needs -o FILE)",
       render_xlsx, true, open_xlsx},
  };
  return f;
}

const Format* find_format(const std::string& name) {
  for (const Format& f : formats())
    if (name == f.name) return &f;
  return nullptr;
}

std::string format_names() {
  std::string s;
  for (const Format& f : formats()) s += (s.empty() ? "" : ", ") + std::string(f.name);
  return s;
}

}  // namespace guidecheck::report
