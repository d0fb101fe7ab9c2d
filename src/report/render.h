// Renderers: one file per output format, each reading FileResults only.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "report/report.h"

namespace guidecheck::report {

struct RenderOptions {
  rules::Lang lang = rules::Lang::En;
  bool color = false;
  bool quiet = false;  // text: failures only
  std::string tool_version;
  // Findings of this severity or worse fail a proposal (--fail-on); junit
  // reports the others as skipped, not as failures.
  rules::Severity fail_on = rules::Severity::Error;
  bool excel_bom = false;  // csv: start with the UTF-8 byte order mark (--excel-bom)
};

void render_text(std::ostream& out, const std::vector<FileResult>& results, const RenderOptions& o);
void render_json(std::ostream& out, const std::vector<FileResult>& results, const RenderOptions& o);
void render_junit(std::ostream& out, const std::vector<FileResult>& results,
                  const RenderOptions& o);
void render_sarif(std::ostream& out, const std::vector<FileResult>& results,
                  const RenderOptions& o);
void render_github(std::ostream& out, const std::vector<FileResult>& results,
                   const RenderOptions& o);
void render_markdown(std::ostream& out, const std::vector<FileResult>& results,
                     const RenderOptions& o);
void render_csv(std::ostream& out, const std::vector<FileResult>& results, const RenderOptions& o);
void render_html(std::ostream& out, const std::vector<FileResult>& results, const RenderOptions& o);
void render_xlsx(std::ostream& out, const std::vector<FileResult>& results, const RenderOptions& o);

}  // namespace guidecheck::report
