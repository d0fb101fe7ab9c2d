// The one interface of an output format. `check` hands each FileResult, in
// report order, to one Sink per output and then drops it, so memory does not
// grow with the number of files beyond the per-file summary rows a format
// keeps (the aggregate view); a format whose beginning depends on its end
// writes the rest to a spool (spool.h), and one that needs every result can
// keep them in its own sink. Each format is one file defining its `open_*`
// factory, listed once in formats.cpp.
#pragma once

#include <cstddef>
#include <string>

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

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void add(const eval::FileResult& r) = 0;  // in report order
  virtual void finish() = 0;                        // once, after the last add
};

}  // namespace guidecheck::report
