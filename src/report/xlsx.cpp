// check --format xlsx: the workbook a programme officer opens in Excel.
//   eval::Summary    per direction: proposals, passed, failed, errors, pass rate;
//              then the requirements most proposals did not pass.
//   Proposals  one row per proposal (the csv's columns), header frozen,
//              autofilter, failed rows red and unchecked ones amber.
//   Findings   one row per requirement a proposal failed, left out or gave in
//              a form that could not be judged, or had waived (with the
//              waiver's reason, last column), and one per file that could not
//              be checked: message, expected, actual, line and column, and the
//              guide's words.
// Written by libxlsxwriter (loaded on first use: xlsx_lib.h) in constant-memory
// mode: each row goes to a temporary file as soon as it is complete, so a
// batch streams through; the finished workbook is copied to the output stream.
// Cell strings are inline (<is>), not in a shared-strings table. Deterministic:
// the document's creation time is SOURCE_DATE_EPOCH, or 2022-01-01 when that
// is not set.
#include <fmt/format.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "common/safe_text.h"
#include "common/temp_files.h"
#include "messages/text.h"
#include "report/aggregate.h"
#include "report/finding_text.h"
#include "report/sink.h"
#include "report/xlsx_lib.h"

namespace guidecheck::report {
namespace {

constexpr std::size_t kMaxCellChars = 32000;  // Excel's limit is 32767
constexpr lxw_row_t kLastRow = LXW_ROW_MAX - 1;
constexpr std::size_t kTopRequirements = 15;

// The workbook's labels, from the catalogue (entries without arguments).
struct Labels {
  rules::Lang lang;
  std::string operator()(msg::Id id) const { return msg::Text{id, {}, {}}.render(lang); }
};

time_t creation_time() {
  // Only a time the workbook can hold (up to 9999-12-31): a huge or malformed
  // value is ignored, never overflowed into gmtime.
  if (const char* e = std::getenv("SOURCE_DATE_EPOCH"); e && *e) {
    char* end = nullptr;
    errno = 0;
    long long v = std::strtoll(e, &end, 10);
    if (errno == 0 && end && *end == '\0' && v > 0 && v <= 253402300799LL)
      return static_cast<time_t>(v);
  }
  return 1640995200;  // 2022-01-01T00:00:00Z
}

class XlsxSink : public Sink {
 public:
  XlsxSink(std::ostream& out, const RenderOptions& o) : out_(out), o_(o), t_{o.lang} {
    std::string why;
    x_ = xlsx_lib(why);
    if (!x_) {
      fail(why);
      return;
    }
    // The scratch workbook: in $TMPDIR when that is a usable folder (unset,
    // empty or not a folder: /tmp, else "."), removed when the sink goes and
    // on SIGINT/SIGTERM/SIGHUP (common/temp_files.h).
    scratch_ = temp_files::scratch_dir();
    std::string tmpl = scratch_ + "/guidecheck-xlsx-XXXXXX";
    std::vector<char> name(tmpl.begin(), tmpl.end());
    name.push_back('\0');
    int fd = ::mkstemp(name.data());
    if (fd < 0) {
      fail(msg::tr<msg::Id::report_xlsx_no_temp_file>(t_.lang, safe::text(scratch_),
                                                      std::strerror(errno)));
      return;
    }
    ::close(fd);
    path_ = name.data();
    slot_ = temp_files::track(path_);
    lxw_workbook_options opt{};
    opt.constant_memory = LXW_TRUE;
    opt.tmpdir = scratch_.data();  // libxlsxwriter's own scratch files (removed on open)
    wb_ = x_->workbook_new_opt(path_.c_str(), &opt);
    if (!wb_) {
      fail(t_(msg::Id::report_xlsx_cannot_start));
      return;
    }
    summary_ = x_->workbook_add_worksheet(wb_, "Summary");
    proposals_ = x_->workbook_add_worksheet(wb_, "Proposals");
    findings_ = x_->workbook_add_worksheet(wb_, "Findings");
    bold_ = x_->workbook_add_format(wb_);
    x_->format_set_bold(bold_);
    header_ = x_->workbook_add_format(wb_);
    x_->format_set_bold(header_);
    x_->format_set_bg_color(header_, 0xD9E1F2);
    x_->format_set_bottom(header_, LXW_BORDER_THIN);
    percent_ = x_->workbook_add_format(wb_);
    x_->format_set_num_format(percent_, "0.0%");
    bad_ = x_->workbook_add_format(wb_);
    x_->format_set_bg_color(bad_, 0xFFC7CE);
    x_->format_set_font_color(bad_, 0x9C0006);
    unchecked_ = x_->workbook_add_format(wb_);
    x_->format_set_bg_color(unchecked_, 0xFFEB9C);
    x_->format_set_font_color(unchecked_, 0x9C5700);
    waived_ = x_->workbook_add_format(wb_);  // grey-blue: neither a pass nor a failure
    x_->format_set_bg_color(waived_, 0xDDEBF7);
    x_->format_set_font_color(waived_, 0x1F4E78);
    lxw_doc_properties props{};
    std::string title = t_(msg::Id::report_xlsx_title);
    props.title = title.data();
    props.created = creation_time();
    x_->workbook_set_properties(wb_, &props);

    headers(proposals_,
            {t_(msg::Id::report_xlsx_file), t_(msg::Id::report_xlsx_guide),
             t_(msg::Id::report_xlsx_direction), t_(msg::Id::report_xlsx_project_title),
             t_(msg::Id::report_xlsx_lead), t_(msg::Id::report_xlsx_status),
             t_(msg::Id::report_xlsx_passed), t_(msg::Id::report_xlsx_failed),
             t_(msg::Id::report_xlsx_missing), t_(msg::Id::report_xlsx_invalid),
             t_(msg::Id::report_xlsx_failing), t_(msg::Id::report_xlsx_error),
             t_(msg::Id::report_xlsx_waived), t_(msg::Id::report_xlsx_waived_requirements)},
            {40, 16, 9, 36, 30, 8, 8, 8, 8, 8, 50, 50, 8, 50});
    headers(findings_,
            {t_(msg::Id::report_xlsx_file), t_(msg::Id::report_xlsx_direction),
             t_(msg::Id::report_xlsx_requirement), t_(msg::Id::report_xlsx_status),
             t_(msg::Id::report_xlsx_severity), t_(msg::Id::report_xlsx_rule_title),
             t_(msg::Id::report_xlsx_message), t_(msg::Id::report_xlsx_expected),
             t_(msg::Id::report_xlsx_actual), t_(msg::Id::report_xlsx_line),
             t_(msg::Id::report_xlsx_column), t_(msg::Id::report_xlsx_section),
             t_(msg::Id::report_xlsx_guide_text), t_(msg::Id::report_xlsx_note),
             t_(msg::Id::report_xlsx_waiver)},
            {40, 9, 36, 8, 8, 30, 60, 20, 20, 6, 6, 18, 60, 40, 50});
  }

  ~XlsxSink() override {
    if (wb_) x_->workbook_close(wb_);
    if (!path_.empty()) std::remove(path_.c_str());
    temp_files::untrack(slot_);
  }

  void add(const eval::FileResult& r) override {
    agg_.add(r);
    if (!wb_) return;
    if (prow_ < kLastRow)
      proposal_row(r);
    else
      truncated_ = true;
    if (r.error) finding_row(r, nullptr);
    for (const eval::Finding& f : r.findings)
      if (f.status != eval::Status::Pass) finding_row(r, &f);
  }

  void finish() override {
    if (!wb_) return;
    write_summary();
    x_->worksheet_freeze_panes(proposals_, 1, 0);
    x_->worksheet_freeze_panes(findings_, 1, 0);
    x_->worksheet_autofilter(proposals_, 0, 0, prow_, 13);
    x_->worksheet_autofilter(findings_, 0, 0, frow_, 14);
    lxw_error err = x_->workbook_close(wb_);
    wb_ = nullptr;
    if (err != LXW_NO_ERROR) return fail(x_->lxw_strerror(err));
    std::ifstream in(path_, std::ios::binary);
    out_ << in.rdbuf();
    if (!in) fail(t_(msg::Id::report_xlsx_cannot_read_back));
  }

 private:
  void fail(const std::string& why) {
    std::cerr << "guidecheck: xlsx: " << why << "\n";
    out_.setstate(std::ios::failbit);
  }

  void text(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& s,
            lxw_format* f = nullptr) {
    if (s.empty() && !f) return;
    x_->worksheet_write_string(ws, row, col, safe::text(s, kMaxCellChars).c_str(), f);
  }
  void number(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, double v, lxw_format* f = nullptr) {
    x_->worksheet_write_number(ws, row, col, v, f);
  }

  void headers(lxw_worksheet* ws, const std::vector<std::string>& names,
               const std::vector<double>& widths) {
    for (std::size_t c = 0; c < names.size(); ++c) {
      x_->worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths[c],
                               nullptr);
      text(ws, 0, static_cast<lxw_col_t>(c), names[c], header_);
    }
  }

  void proposal_row(const eval::FileResult& r) {
    lxw_row_t row = ++prow_;
    lxw_format* f = r.status == eval::FileStatus::Fail    ? bad_
                    : r.status == eval::FileStatus::Error ? unchecked_
                                                          : nullptr;
    std::string error;
    if (r.error)
      error =
          (r.error->mark.line > 0 ? place(r.file, r.error->mark) + ": " : "") + r.error->message;
    const std::string cells[] = {r.file,  r.guide, r.direction,
                                 r.title, r.lead,  file_status_word(r.status, t_.lang)};
    for (lxw_col_t c = 0; c < 6; ++c) text(proposals_, row, c, cells[c], f);
    Tally n = tally(r);
    const int counted[] = {n.pass, n.fail, n.missing, n.invalid};
    for (lxw_col_t c = 0; c < 4; ++c) number(proposals_, row, 6 + c, counted[c], f);
    text(proposals_, row, 10, failing_ids(r), f);
    text(proposals_, row, 11, error, f);
    number(proposals_, row, 12, n.waived, f);
    text(proposals_, row, 13, waived_ids(r), f);
  }

  // One Findings row: a requirement not passed, or (f == null) why the file
  // could not be checked.
  void finding_row(const eval::FileResult& r, const eval::Finding* f) {
    if (frow_ >= kLastRow) {
      truncated_ = true;
      return;
    }
    lxw_row_t row = ++frow_;
    text(findings_, row, 0, r.file);
    text(findings_, row, 1, r.direction);
    if (!f) {
      text(findings_, row, 3, file_status_word(eval::FileStatus::Error, t_.lang), unchecked_);
      text(findings_, row, 6, r.error->message);
      Mark m = r.error->mark;
      number(findings_, row, 9, m.line > 0 ? m.line : 1);
      number(findings_, row, 10, m.column > 0 ? m.column : 1);
      return;
    }
    text(findings_, row, 2, f->rule_id);
    text(findings_, row, 3, status_word(f->status, t_.lang),
         f->status == eval::Status::Waived       ? waived_
         : f->severity == rules::Severity::Error ? bad_
                                                 : nullptr);
    text(findings_, row, 4, severity_word(f->severity, t_.lang));
    text(findings_, row, 5, f->title);
    text(findings_, row, 6, f->message);
    text(findings_, row, 7, expected_text(*f, o_.lang));
    text(findings_, row, 8, actual_text(*f));
    number(findings_, row, 9, f->location.line > 0 ? f->location.line : 1);
    number(findings_, row, 10, f->location.column > 0 ? f->location.column : 1);
    if (f->rule) {
      text(findings_, row, 11, f->rule->source.section);
      text(findings_, row, 12, f->rule->source.text);
    }
    text(findings_, row, 13, f->note);
    if (f->waiver) {
      const eval::WaiverInfo& w = *f->waiver;
      std::string by = w.by.empty() ? "" : msg::tr<msg::Id::report_xlsx_waiver_by>(t_.lang, w.by);
      std::string until =
          w.until.empty() ? "" : msg::tr<msg::Id::report_xlsx_waiver_until>(t_.lang, w.until);
      text(findings_, row, 14, w.reason + by + until);
    }
  }

  void write_summary() {
    lxw_worksheet* ws = summary_;
    const eval::Summary& s = agg_.summary();
    const double widths[] = {14, 36, 12, 10, 10, 10, 10, 18, 60};
    for (lxw_col_t c = 0; c < 9; ++c) x_->worksheet_set_column(ws, c, c, widths[c], nullptr);
    std::string head = msg::tr<msg::Id::report_xlsx_summary>(t_.lang, o_.tool_version, s.files,
                                                             s.passed, s.failed, s.errors);
    if (s.waived) head += msg::tr<msg::Id::report_xlsx_waived_total>(t_.lang, s.waived);
    text(ws, 0, 0, head, bold_);
    lxw_row_t row = 2;
    text(ws, row, 0, t_(msg::Id::report_xlsx_by_direction), bold_);
    ++row;
    const std::string dh[] = {
        t_(msg::Id::report_xlsx_direction), t_(msg::Id::report_xlsx_proposals),
        t_(msg::Id::report_xlsx_passed),    t_(msg::Id::report_xlsx_failed),
        t_(msg::Id::report_xlsx_errors),    t_(msg::Id::report_xlsx_pass_rate)};
    for (lxw_col_t c = 0; c < 6; ++c) text(ws, row, c, dh[c], header_);
    for (const DirectionRow& d : agg_.directions()) {
      ++row;
      text(ws, row, 0, d.direction.empty() ? t_(msg::Id::report_unknown_direction) : d.direction);
      number(ws, row, 1, d.proposals);
      number(ws, row, 2, d.passed);
      number(ws, row, 3, d.failed);
      number(ws, row, 4, d.errors);
      number(ws, row, 5, d.pass_rate(), percent_);
    }
    ++row;
    text(ws, row, 0, t_(msg::Id::report_xlsx_all), bold_);
    number(ws, row, 1, s.files, bold_);
    number(ws, row, 2, s.passed, bold_);
    number(ws, row, 3, s.failed, bold_);
    number(ws, row, 4, s.errors, bold_);
    number(ws, row, 5, s.files ? static_cast<double>(s.passed) / s.files : 0, percent_);
    row += 2;
    text(ws, row, 0, t_(msg::Id::report_xlsx_most_failed), bold_);
    ++row;
    const std::string rh[] = {
        t_(msg::Id::report_xlsx_rank),       t_(msg::Id::report_xlsx_requirement),
        t_(msg::Id::report_xlsx_not_passed), t_(msg::Id::report_xlsx_failed),
        t_(msg::Id::report_xlsx_missing),    t_(msg::Id::report_xlsx_invalid),
        t_(msg::Id::report_xlsx_rule_title), t_(msg::Id::report_xlsx_section),
        t_(msg::Id::report_xlsx_guide_text)};
    for (lxw_col_t c = 0; c < 9; ++c) text(ws, row, c, rh[c], header_);
    int rank = 0;
    for (const RuleRow& r : agg_.most_failed(kTopRequirements)) {
      ++row;
      number(ws, row, 0, ++rank);
      text(ws, row, 1, r.rule_id);
      number(ws, row, 2, r.not_passed());
      number(ws, row, 3, r.failed);
      number(ws, row, 4, r.missing);
      number(ws, row, 5, r.invalid);
      text(ws, row, 6, r.title);
      text(ws, row, 7, r.section);
      text(ws, row, 8, r.source_text);
    }
    if (truncated_) {
      row += 2;
      text(ws, row, 0, t_(msg::Id::report_xlsx_truncated), unchecked_);
    }
  }

  std::ostream& out_;
  RenderOptions o_;
  Labels t_;
  const XlsxLib* x_ = nullptr;
  std::string path_, scratch_;
  int slot_ = -1;
  lxw_workbook* wb_ = nullptr;
  lxw_worksheet *summary_ = nullptr, *proposals_ = nullptr, *findings_ = nullptr;
  lxw_format *bold_ = nullptr, *header_ = nullptr, *percent_ = nullptr, *bad_ = nullptr,
             *unchecked_ = nullptr, *waived_ = nullptr;
  lxw_row_t prow_ = 0, frow_ = 0;
  bool truncated_ = false;
  Aggregate agg_;
};

}  // namespace

std::unique_ptr<Sink> open_xlsx(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<XlsxSink>(out, o);
}

}  // namespace guidecheck::report
