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
};

void render_text(std::ostream& out, const std::vector<FileResult>& results, const RenderOptions& o);
void render_json(std::ostream& out, const std::vector<FileResult>& results, const RenderOptions& o);

}  // namespace guidecheck::report
