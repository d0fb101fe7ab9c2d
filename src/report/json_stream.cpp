// check --format json (its fields: json.cpp), written one result at a time so
// that a batch of thousands of proposals never holds them all (nor their
// JSON) in memory.
#include "report/json_fields.h"
#include "report/sink.h"

namespace guidecheck::report {
namespace {

class JsonSink : public Sink {
 public:
  JsonSink(std::ostream& out, const RenderOptions& o) : out_(out) {
    buf_ = "{\n  \"tool\": ";
    JsonWriter w(buf_, 2);
    w.begin_object();
    w.member("name", "guidecheck");
    w.member("version", o.tool_version);
    w.end_object();
    buf_ += ",\n  \"results\": [";
    flush();
  }
  void add(const eval::FileResult& r) override {
    buf_ += summary_.files ? ",\n    " : "\n    ";
    JsonWriter w(buf_, 4);
    write_result(w, r);
    summary_.add(r);
    flush();
  }
  void finish() override {
    buf_ += summary_.files ? "\n  ],\n  \"summary\": " : "],\n  \"summary\": ";
    JsonWriter w(buf_, 2);
    w.begin_object();
    w.member("files", summary_.files);
    w.member("passed", summary_.passed);
    w.member("failed", summary_.failed);
    w.member("errors", summary_.errors);
    w.member("waived", summary_.waived);
    w.end_object();
    buf_ += "\n}\n";
    flush();
  }

 private:
  // One write per result; the buffer keeps its capacity for the next.
  void flush() {
    out_.write(buf_.data(), static_cast<std::streamsize>(buf_.size()));
    buf_.clear();
  }

  std::ostream& out_;
  std::string buf_;
  eval::Summary summary_;
};

}  // namespace

std::unique_ptr<Sink> open_json(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<JsonSink>(out, o);
}

}  // namespace guidecheck::report
