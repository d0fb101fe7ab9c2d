// Renderers: one file per output format, each reading FileResults only.
#pragma once

#include <cstddef>
#include <ostream>
#include <string>
#include <vector>

#include "eval/findings.h"

namespace guidecheck::report {

// The markdown report's default size limit: under GitHub's 1 MiB (1,048,576
// bytes) per step summary, with room for what else the job writes there.
constexpr std::size_t kMarkdownLimit = 1000000;

struct RenderOptions {
  rules::Lang lang = rules::Lang::En;
  bool color = false;
  bool quiet = false;  // text: failures only
  std::string tool_version;
  // Findings of this severity or worse fail a proposal (--fail-on); junit
  // reports the others as skipped, not as failures.
  rules::Severity fail_on = rules::Severity::Error;
  bool excel_bom = false;  // csv: start with the UTF-8 byte order mark (--excel-bom)
  // github: annotations of each level at most (GitHub shows 10 per step); 0: all
  // (--max-annotations).
  std::size_t max_annotations = 10;
  bool sarif_passes = false;  // sarif: passing findings as results of kind pass (--sarif-passes)
  // sarif: tool.driver.informationUri and every rule's helpUri (--project-url);
  // none when empty: the project has no public address of its own.
  std::string project_url;
  // markdown: the report stays under this many bytes, summarising what does not
  // fit (--markdown-limit; GitHub's step summary takes at most 1 MiB); 0: no limit.
  std::size_t markdown_limit = kMarkdownLimit;
};

void render_text(std::ostream& out, const std::vector<eval::FileResult>& results,
                 const RenderOptions& o);
void render_json(std::ostream& out, const std::vector<eval::FileResult>& results,
                 const RenderOptions& o);
void render_junit(std::ostream& out, const std::vector<eval::FileResult>& results,
                  const RenderOptions& o);
void render_sarif(std::ostream& out, const std::vector<eval::FileResult>& results,
                  const RenderOptions& o);
void render_github(std::ostream& out, const std::vector<eval::FileResult>& results,
                   const RenderOptions& o);
void render_markdown(std::ostream& out, const std::vector<eval::FileResult>& results,
                     const RenderOptions& o);
void render_csv(std::ostream& out, const std::vector<eval::FileResult>& results,
                const RenderOptions& o);
void render_html(std::ostream& out, const std::vector<eval::FileResult>& results,
                 const RenderOptions& o);
void render_xlsx(std::ostream& out, const std::vector<eval::FileResult>& results,
                 const RenderOptions& o);
void render_gcc(std::ostream& out, const std::vector<eval::FileResult>& results,
                const RenderOptions& o);
void render_compact(std::ostream& out, const std::vector<eval::FileResult>& results,
                    const RenderOptions& o);
void render_codequality(std::ostream& out, const std::vector<eval::FileResult>& results,
                        const RenderOptions& o);

}  // namespace guidecheck::report
