// Rendering a batch one result at a time. `check` hands each eval::FileResult, in
// report order, to one Sink per output and then drops it, so memory does not
// grow with the number of files beyond the per-file summary rows a format
// keeps (the aggregate view). Formats that can stream (every one, today)
// register an `open` function in formats.cpp; the others are collected and
// rendered from the whole vector at the end.
#pragma once

#include <memory>
#include <ostream>

#include "report/render.h"

namespace guidecheck::report {

struct Format;

class Sink {
 public:
  virtual ~Sink() = default;
  virtual void add(const eval::FileResult& r) = 0;  // in report order
  virtual void finish() = 0;                        // once, after the last add
};

// The format's streaming sink, or one that collects the results and calls
// format.render at finish().
std::unique_ptr<Sink> open_sink(const Format& format, std::ostream& out, const RenderOptions& o);

// Renders a whole vector through a streaming sink: the vector interface of
// the streaming formats.
void render_through(std::unique_ptr<Sink> sink, const std::vector<eval::FileResult>& results);

// The streaming formats.
std::unique_ptr<Sink> open_text(std::ostream& out, const RenderOptions& o);
std::unique_ptr<Sink> open_json(std::ostream& out, const RenderOptions& o);
std::unique_ptr<Sink> open_html(std::ostream& out, const RenderOptions& o);
std::unique_ptr<Sink> open_xlsx(std::ostream& out, const RenderOptions& o);
std::unique_ptr<Sink> open_csv(std::ostream& out, const RenderOptions& o);       // csv.cpp
std::unique_ptr<Sink> open_github(std::ostream& out, const RenderOptions& o);    // github.cpp
std::unique_ptr<Sink> open_junit(std::ostream& out, const RenderOptions& o);     // junit.cpp
std::unique_ptr<Sink> open_sarif(std::ostream& out, const RenderOptions& o);     // sarif.cpp
std::unique_ptr<Sink> open_markdown(std::ostream& out, const RenderOptions& o);  // markdown.cpp
std::unique_ptr<Sink> open_gcc(std::ostream& out, const RenderOptions& o);       // gcc.cpp
std::unique_ptr<Sink> open_compact(std::ostream& out, const RenderOptions& o);   // compact.cpp
std::unique_ptr<Sink> open_codequality(std::ostream& out,
                                       const RenderOptions& o);  // codequality.cpp

}  // namespace guidecheck::report
