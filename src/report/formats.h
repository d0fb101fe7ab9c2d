// The output formats of `check`, by name. Each format lives in its own file
// (text.cpp, json.cpp, ...) and is listed once in formats.cpp.
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "report/render.h"
#include "report/sink.h"

namespace guidecheck::report {

struct Format {
  const char* name;
  const char* description;
  void (*render)(std::ostream&, const std::vector<eval::FileResult>&, const RenderOptions&);
  bool binary;  // cannot go to a terminal (xlsx)
  // Renders one result at a time (see sink.h); null: `check` collects the
  // results and calls `render` once.
  std::unique_ptr<Sink> (*open)(std::ostream&, const RenderOptions&) = nullptr;
};

const std::vector<Format>& formats();
const Format* find_format(const std::string& name);
std::string format_names();  // "text, json, ..."

}  // namespace guidecheck::report
