// libFuzzer target: one proposal file, parsed and checked against the packs
// embedded in the binary (as `guidecheck check` does), then rendered as JSON
// and text. Besides crashes and sanitizer reports it traps when an answer
// breaks the contract: an error without a message, JSON that does not parse
// back, a place outside the file.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string_view>

#include "eval/checker.h"
#include "report/formats.h"
#include "rules/source.h"

using namespace guidecheck;

namespace {

eval::Checker& checker() {
  static eval::Checker c(rules::embedded_source(), eval::Options{});
  return c;
}

void require(bool ok) {
  if (!ok) __builtin_trap();
}

// An upper bound of the lines YAML sees: it breaks lines at LF, CR, NEL, LS
// and PS. UTF-16 (with its byte order mark) counts at most one line per unit.
int line_breaks(std::string_view t) {
  if (t.size() >= 2 && ((t[0] == '\xFF' && t[1] == '\xFE') || (t[0] == '\xFE' && t[1] == '\xFF')))
    return static_cast<int>(t.size() / 2);
  int n = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(t[i]);
    if (c == '\n' || c == '\r' || c == 0x85 || c == 0xA8 || c == 0xA9) ++n;
  }
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  eval::FileResult r = checker().check_text("fuzz.yaml", text);

  require(r.file == "fuzz.yaml");
  if (r.status == eval::FileStatus::Error) {
    require(r.error.has_value() && !r.error->message.empty());
  } else {
    require(!r.findings.empty());  // every requirement yields a finding
    bool failing = std::any_of(r.findings.begin(), r.findings.end(), [](const eval::Finding& f) {
      return f.status != eval::Status::Pass && f.severity == rules::Severity::Error;
    });
    require(failing == (r.status == eval::FileStatus::Fail));
  }
  // Places point into the file (a missing value points at its key, or 1:1).
  int lines = 2 + line_breaks(text);
  for (const auto& f : r.findings) require(f.location.line >= 0 && f.location.line <= lines);
  if (r.error) require(r.error->mark.line >= 0 && r.error->mark.line <= lines);

  std::vector<eval::FileResult> results{std::move(r)};
  report::RenderOptions ro;
  ro.lang = size % 2 ? rules::Lang::Zh : rules::Lang::En;
  std::ostringstream json_out, text_out;
  report::render(*report::find_format("json"), json_out, results, ro);
  report::render(*report::find_format("text"), text_out, results, ro);
  auto parsed = nlohmann::json::parse(json_out.str(), nullptr, /*allow_exceptions=*/false);
  require(!parsed.is_discarded());
  return 0;
}
