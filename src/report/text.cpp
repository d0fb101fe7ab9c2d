// check --format text: what an applicant reads. One line per requirement,
// details under each one that does not pass; for a batch, the officer's view
// at the end (per direction, and the requirements that fail most). Streams:
// each file is written as it arrives.
#include "messages/text.h"

#include <fmt/format.h>

#include <sstream>

#include "common/safe_text.h"
#include "report/aggregate.h"
#include "report/finding_text.h"
#include "report/sink.h"

namespace guidecheck::report {
namespace {

struct Style {
  bool on;
  std::string paint(const char* code, const std::string& s) const {
    return on ? fmt::format("\x1b[{}m{}\x1b[0m", code, s) : s;
  }
  std::string red(const std::string& s) const { return paint("31", s); }
  std::string green(const std::string& s) const { return paint("32", s); }
  std::string yellow(const std::string& s) const { return paint("33", s); }
  std::string dim(const std::string& s) const { return paint("2", s); }
  std::string bold(const std::string& s) const { return paint("1", s); }
};

std::string mark_of(const eval::Finding& f, const Style& st) {
  switch (f.status) {
    case eval::Status::Pass:
      return st.green("✓");
    case eval::Status::Fail:
      return f.severity == rules::Severity::Error ? st.red("✗") : st.yellow("!");
    case eval::Status::Missing:
      return f.severity == rules::Severity::Error ? st.red("?") : st.yellow("?");
    case eval::Status::Invalid:
      return st.red("‼");
    case eval::Status::Waived:
      return st.paint("36", "~");  // cyan: neither a pass (green) nor a failure (red)
  }
  return " ";
}

using safe::display_width;
// Untrusted text (proposal, file name, rule pack) for the terminal.
std::string S(std::string_view s) { return safe::text(s); }

std::string pad(const std::string& s, std::size_t width, bool left_align) {
  std::size_t w = display_width(s);
  std::string fill(w < width ? width - w : 0, ' ');
  return left_align ? s + fill : fill + s;
}

// fmt's "{:<36}" (left-aligned, padded to 36 columns by fmt's display
// width), written straight to `out`: an ASCII id, as rule ids are, takes one
// column a byte; any other goes through fmt itself, so its width rule stays
// fmt's.
void padded_id(std::ostream& out, const std::string& id) {
  constexpr std::size_t kWidth = 36;
  for (char c : id)
    if (static_cast<unsigned char>(c) >= 0x80) {
      out << fmt::format("{:<36}", id);
      return;
    }
  out << id;
  if (id.size() < kWidth) out << std::string(kWidth - id.size(), ' ');
}

// "waiver by <by> until <until>: <reason>" (a config waiver names its file).
std::string waiver_line(const eval::WaiverInfo& w, rules::Lang lang) {
  std::string s = w.by.empty() ? msg::tr<msg::Id::report_text_waiver>(lang)
                               : msg::tr<msg::Id::report_text_waiver_by>(lang, S(w.by));
  if (!w.until.empty()) s += msg::tr<msg::Id::report_text_waiver_until>(lang, S(w.until));
  if (w.external) s += msg::tr<msg::Id::report_text_waiver_file>(lang, S(w.file));
  return msg::tr<msg::Id::report_text_waiver_reason>(lang, s, S(w.reason));
}

void counts_line(std::ostream& out, const eval::FileResult& r, rules::Lang lang) {
  out << "  " << counts_text(tally(r), lang) << "\n";
}

void file_block(std::ostream& out, const eval::FileResult& r, const RenderOptions& o) {
  Style st{o.color};
  const rules::Lang lang = o.lang;
  std::string verdict =
      r.status == eval::FileStatus::Pass   ? st.green(msg::tr<msg::Id::report_verdict_pass>(lang))
      : r.status == eval::FileStatus::Fail ? st.red(msg::tr<msg::Id::report_verdict_fail>(lang))
                                           : st.red(msg::tr<msg::Id::report_verdict_error>(lang));
  out << st.bold(S(r.file));
  if (!r.direction.empty()) out << "  " << S(r.direction);
  if (!r.title.empty()) out << "  " << S(r.title);
  out << "  " << verdict << "\n";
  if (r.error) {
    out << "  " << st.red(msg::tr<msg::Id::report_label_error>(lang)) << ": " << S(r.error->where())
        << ": " << S(r.error->message) << "\n";
  }
  for (const eval::Finding& f : r.findings) {
    if (o.quiet && f.status == eval::Status::Pass) continue;
    out << "  " << mark_of(f, st) << " ";
    padded_id(out, S(f.rule_id));
    out << " ";
    if (f.status == eval::Status::Waived)
      out << st.paint("36", msg::tr<msg::Id::report_label_waived>(lang)) << ": ";
    out << S(f.message);
    if (f.severity != rules::Severity::Error && eval::open_problem(f))
      out << st.dim(fmt::format(" [{}]", severity_word(f.severity, lang)));
    out << "\n";
    if (f.status == eval::Status::Pass) continue;
    if (f.waiver) out << "      " << st.paint("36", waiver_line(*f.waiver, lang)) << "\n";
    out << "      "
        << st.dim(fmt::format("{}:{}:{}", S(r.file), f.location.line, f.location.column)) << "\n";
    if (f.rule)
      out << "      "
          << st.dim(msg::tr<msg::Id::report_text_guide>(lang, S(f.rule->source.section)))
          << S(f.rule->source.text) << "\n";
    if (!f.note.empty())
      out << "      " << st.dim(msg::tr<msg::Id::report_text_note>(lang)) << S(f.note) << "\n";
  }
  for (const auto& w : r.warnings)
    out << "  " << st.yellow(msg::tr<msg::Id::report_label_warning>(lang)) << ": " << S(w.where())
        << ": " << S(w.message) << "\n";
  if (!r.findings.empty()) counts_line(out, r, lang);
  out << "\n";
}

// The officer's view of a batch: one row per direction, then the requirements
// most proposals did not pass.
void batch_view(std::ostream& out, const Aggregate& a, const RenderOptions& o) {
  Style st{o.color};
  const rules::Lang lang = o.lang;
  const std::string head[] = {
      msg::tr<msg::Id::report_col_direction>(lang), msg::tr<msg::Id::report_col_proposals>(lang),
      msg::tr<msg::Id::report_col_passed>(lang),    msg::tr<msg::Id::report_col_failed>(lang),
      msg::tr<msg::Id::report_col_errors>(lang),    msg::tr<msg::Id::report_col_pass_rate>(lang)};
  const std::size_t width[] = {10, 10, 8, 8, 10, 10};
  out << "\n" << st.bold(msg::tr<msg::Id::report_text_by_direction>(lang)) << "\n ";
  for (int i = 0; i < 6; ++i) out << " " << pad(head[i], width[i], i == 0);
  out << "\n";
  for (const DirectionRow& d : a.directions()) {
    std::string name =
        d.direction.empty() ? msg::tr<msg::Id::report_unknown_direction>(lang) : S(d.direction);
    out << "  " << pad(name, width[0], true) << " "
        << pad(std::to_string(d.proposals), width[1], false) << " "
        << pad(std::to_string(d.passed), width[2], false) << " "
        << pad(std::to_string(d.failed), width[3], false) << " "
        << pad(std::to_string(d.errors), width[4], false) << " "
        << pad(fmt::format("{:.1f} %", 100 * d.pass_rate()), width[5], false) << "\n";
  }
  std::vector<RuleRow> rules = a.most_failed(15);
  if (rules.empty()) return;
  out << "\n" << st.bold(msg::tr<msg::Id::report_text_most_failed>(lang)) << "\n";
  int rank = 0;
  for (const RuleRow& r : rules)
    out << fmt::format("  {:>2}. {:>6}  {:<36} {}", ++rank, r.not_passed(), S(r.rule_id),
                       S(r.title))
        << "\n";
}

class TextSink : public Sink {
 public:
  TextSink(std::ostream& out, const RenderOptions& o) : out_(out), o_(o) {}
  void add(const eval::FileResult& r) override {
    // One write per file: many small ones to a terminal or std::cout cost
    // more than the formatting.
    block_.str("");
    file_block(block_, r, o_);
    out_ << block_.view();
    agg_.add(r);
  }
  void finish() override {
    const rules::Lang lang = o_.lang;
    const eval::Summary& s = agg_.summary();
    out_ << (s.files == 1 ? msg::tr<msg::Id::report_text_files_one>(lang, s.files, s.passed,
                                                                    s.failed, s.errors)
                          : msg::tr<msg::Id::report_text_files>(lang, s.files, s.passed, s.failed,
                                                                s.errors));
    if (s.waived)
      out_ << (s.waived == 1 ? msg::tr<msg::Id::report_text_waived_total_one>(lang, s.waived)
                             : msg::tr<msg::Id::report_text_waived_total>(lang, s.waived));
    out_ << "\n";
    if (s.files > 1) batch_view(out_, agg_, o_);
  }

 private:
  std::ostream& out_;
  RenderOptions o_;
  Aggregate agg_;
  std::ostringstream block_;
};

}  // namespace

std::unique_ptr<Sink> open_text(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<TextSink>(out, o);
}

}  // namespace guidecheck::report
