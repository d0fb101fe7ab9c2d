// check --format csv: one row per proposal, for officers' spreadsheets.
// RFC 4180: comma-separated, CRLF line ends, a field holding a comma, a quote
// or a line break is quoted with its quotes doubled; UTF-8, with the byte order
// mark first under --excel-bom so that Excel reads Chinese correctly.
// Columns: file, guide, direction, title, lead_unit, status, passed, failed,
// missing, invalid, failing_rules (the ids of every requirement that does not
// pass and is not waived, space-separated), error (why a file could not be
// checked), waived (how many requirements a waiver covers), waived_rules.
// Every text cell goes through safe::csv_cell: no control character or line
// break, and a cell that would start with = + - @ (a formula to a
// spreadsheet: CWE-1236) starts with an apostrophe. The counts stay numbers.
#include "common/safe_text.h"
#include "report/finding_text.h"
#include "report/sink.h"

namespace guidecheck::report {
namespace {

std::string field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

void row(std::ostream& out, const std::vector<std::string>& fields) {
  for (std::size_t i = 0; i < fields.size(); ++i) out << (i ? "," : "") << field(fields[i]);
  out << "\r\n";
}

class CsvSink : public Sink {
 public:
  CsvSink(std::ostream& out, const RenderOptions& o) : out_(out) {
    if (o.excel_bom) out_ << "\xEF\xBB\xBF";
    row(out_, {"file", "guide", "direction", "title", "lead_unit", "status", "passed", "failed",
               "missing", "invalid", "failing_rules", "error", "waived", "waived_rules"});
  }
  void add(const eval::FileResult& r) override {
    // Waived requirements are neither failing nor passed: their own columns,
    // at the end so that the earlier columns keep their places.
    Tally n = tally(r);
    std::string error = r.error ? r.error->message : "";
    if (r.error && r.error->mark.line > 0)
      error = std::to_string(r.error->mark.line) + ":" + std::to_string(r.error->mark.column) +
              ": " + error;
    using safe::csv_cell;
    row(out_, {csv_cell(r.file), csv_cell(r.guide), csv_cell(r.direction), csv_cell(r.title),
               csv_cell(r.lead), eval::file_status_name(r.status), std::to_string(n.pass),
               std::to_string(n.fail), std::to_string(n.missing), std::to_string(n.invalid),
               csv_cell(failing_ids(r)), csv_cell(error), std::to_string(n.waived),
               csv_cell(waived_ids(r))});
  }
  void finish() override {}

 private:
  std::ostream& out_;
};

}  // namespace

// One row per result as it comes: a batch of any size streams through.
std::unique_ptr<Sink> open_csv(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<CsvSink>(out, o);
}

}  // namespace guidecheck::report
