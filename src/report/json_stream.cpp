// check --format json, streamed: the same bytes as render_json (json.cpp)
// builds in one document, written one result at a time so that a batch of
// thousands of proposals never holds them all (nor their JSON) in memory.
#include <nlohmann/json.hpp>

#include "common/safe_text.h"
#include "report/json_fields.h"
#include "report/sink.h"

namespace guidecheck::report {
namespace {

using json = nlohmann::ordered_json;

// `j` as json::dump(2) writes it nested `depth` spaces deep: every line after
// the first indented. Strings hold no raw line breaks (JSON escapes them), so
// splitting on '\n' is safe. Invalid UTF-8 (a file name) is replaced, not thrown;
// U+2028, NEL and the like are \u-escaped (safe::json_output).
void put(std::ostream& out, const json& j, int depth) {
  std::string s = safe::json_output(j.dump(2, ' ', false, json::error_handler_t::replace));
  std::string pad(static_cast<std::size_t>(depth), ' ');
  std::size_t from = 0;
  for (std::size_t nl; (nl = s.find('\n', from)) != std::string::npos; from = nl + 1)
    out.write(s.data() + from, static_cast<std::streamsize>(nl + 1 - from)) << pad;
  out.write(s.data() + from, static_cast<std::streamsize>(s.size() - from));
}

class JsonSink : public Sink {
 public:
  JsonSink(std::ostream& out, const RenderOptions& o) : out_(out) {
    out_ << "{\n  \"tool\": ";
    put(out_, json{{"name", "guidecheck"}, {"version", o.tool_version}}, 2);
    out_ << ",\n  \"results\": [";
  }
  void add(const FileResult& r) override {
    out_ << (summary_.files ? ",\n    " : "\n    ");
    put(out_, result_json(r), 4);
    summary_.add(r);
  }
  void finish() override {
    out_ << (summary_.files ? "\n  ],\n  \"summary\": " : "],\n  \"summary\": ");
    put(out_,
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
  Summary summary_;
};

}  // namespace

std::unique_ptr<Sink> open_json(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<JsonSink>(out, o);
}

}  // namespace guidecheck::report
