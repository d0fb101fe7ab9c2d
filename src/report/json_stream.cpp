// check --format json (its fields: json.cpp), written one result at a time so
// that a batch of thousands of proposals never holds them all (nor their
// JSON) in memory.
#include <nlohmann/json.hpp>

#include "common/safe_text.h"
#include "report/json_fields.h"
#include "report/sink.h"

namespace guidecheck::report {
namespace {

using json = nlohmann::ordered_json;

class JsonSink : public Sink {
 public:
  JsonSink(std::ostream& out, const RenderOptions& o) : out_(out) {
    out_ << "{\n  \"tool\": ";
    put_json(out_, json{{"name", "guidecheck"}, {"version", o.tool_version}}, 2);
    out_ << ",\n  \"results\": [";
  }
  void add(const eval::FileResult& r) override {
    out_ << (summary_.files ? ",\n    " : "\n    ");
    put_json(out_, result_json(r), 4);
    summary_.add(r);
  }
  void finish() override {
    out_ << (summary_.files ? "\n  ],\n  \"summary\": " : "],\n  \"summary\": ");
    put_json(out_,
             json{{"files", summary_.files},
                  {"passed", summary_.passed},
                  {"failed", summary_.failed},
                  {"errors", summary_.errors},
                  {"waived", summary_.waived}},
             2);
    out_ << "\n}\n";
  }

 private:
  std::ostream& out_;
  eval::Summary summary_;
};

}  // namespace

std::unique_ptr<Sink> open_json(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<JsonSink>(out, o);
}

}  // namespace guidecheck::report
