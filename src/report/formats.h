// The output formats of `check`: the one list (formats.cpp) that the command
// line (--format, help formats), the shell completions and the man-page test
// (both through `guidecheck --list-formats`) read. A format is its own file
// defining a Sink factory (sink.h), its test, and one row here.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/sink.h"

namespace guidecheck::report {

struct Format {
  const char* name;
  const char* description;  // what it is for, in English (--list-formats)
  bool binary;              // cannot go to a terminal (xlsx)
  std::unique_ptr<Sink> (*open)(std::ostream&, const RenderOptions&);
};

const std::vector<Format>& formats();
const Format* find_format(std::string_view name);
std::string format_names();  // "text, json, ..."

// The whole of `results` in `format`: the bytes `check` writes for them.
void render(const Format& format, std::ostream& out, const std::vector<eval::FileResult>& results,
            const RenderOptions& o);

}  // namespace guidecheck::report
