// check --format markdown: a summary for $GITHUB_STEP_SUMMARY or a merge-request
// comment (GitHub Flavored Markdown). Totals first, then one table per proposal
// with the findings that do not pass first (errors before warnings before
// notes), each with its status, rule, message, expected and actual values,
// location and the guide's text. Proposals stay in the run's order (sorted by
// path); the table of one that passes is folded.
//
// GitHub takes at most 1 MiB per step summary (and fails the step beyond), so
// the report stays under --markdown-limit bytes (1,000,000 by default): while
// the details fit in three quarters of it, each proposal gets its table; after
// that, each proposal that does not pass gets one row in a table of the rest
// (file, direction, status, the requirements it fails); when even those rows
// no longer fit, the remaining proposals are only counted. A last paragraph
// says how many proposals and findings were shortened or left out, and where
// to see them all.
//
// Streamed: the totals come first but are known last, so the details go to a
// scratch file (spool.h) with --markdown-limit 0, and are bounded by the limit
// (in memory) otherwise.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <sstream>

#include "common/safe_text.h"
#include "messages/text.h"
#include "report/finding_text.h"
#include "report/paths.h"
#include "report/sink.h"
#include "report/spool.h"

namespace guidecheck::report {
namespace {

// Untrusted text in a table cell or a heading (common/safe_text.h).
std::string cell(const std::string& raw) { return safe::markdown(raw); }

// A rule id as code when it is only letters, digits and . _ / - (as every
// well-formed one is); else (a rule pack is untrusted) as escaped text.
std::string rule_cell(const std::string& id) {
  bool plain = !id.empty() && std::all_of(id.begin(), id.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '/' ||
           c == '-';
  });
  return plain ? "`" + id + "`" : cell(id);
}

const char* icon(const eval::Finding& f) {
  if (f.status == eval::Status::Pass) return "✅";
  if (f.status == eval::Status::Waived) return "🔕";
  switch (f.severity) {
    case rules::Severity::Error:
      return "❌";
    case rules::Severity::Warning:
      return "⚠️";
    case rules::Severity::Info:
      return "ℹ️";
  }
  return "❌";
}

const char* file_icon(eval::FileStatus s) {
  switch (s) {
    case eval::FileStatus::Pass:
      return "✅";
    case eval::FileStatus::Fail:
      return "❌";
    case eval::FileStatus::Error:
      return "🚫";
  }
  return "";
}

// Not passing before passing; among those, by severity; otherwise as checked.
std::vector<const eval::Finding*> failures_first(const eval::FileResult& r) {
  std::vector<const eval::Finding*> v;
  for (const eval::Finding& f : r.findings) v.push_back(&f);
  std::stable_sort(v.begin(), v.end(), [](const eval::Finding* a, const eval::Finding* b) {
    auto rank = [](const eval::Finding* f) {
      return f->status == eval::Status::Pass     ? 10
             : f->status == eval::Status::Waived ? 5  // after what fails, before what passes
                                                 : static_cast<int>(f->severity);
    };
    return rank(a) < rank(b);
  });
  return v;
}

void table(std::ostream& out, const std::string& file, const eval::FileResult& r,
           rules::Lang lang) {
  out << msg::tr<msg::Id::report_md_table_head>(lang);
  out << "|---|---|---|---|---|---|---|\n";
  for (const eval::Finding* f : failures_first(r)) {
    std::string guide = f->rule ? f->rule->source.section + ": " + f->rule->source.text : "";
    std::string message = f->message;
    if (f->waiver)
      message = msg::tr<msg::Id::report_md_waived>(
                    lang,
                    f->waiver->reason +
                        (f->waiver->by.empty()
                             ? ""
                             : msg::tr<msg::Id::report_md_waived_by>(lang, f->waiver->by)),
                    f->waiver->until.empty()
                        ? ""
                        : msg::tr<msg::Id::report_md_waived_until>(lang, f->waiver->until)) +
                f->message;
    out << "| " << icon(*f) << " " << status_word(f->status, lang) << " | " << rule_cell(f->rule_id)
        << " | " << cell(message) << " | " << cell(expected_text(*f, lang)) << " | "
        << cell(actual_text(*f)) << " | " << cell(place(file, f->location)) << " | " << cell(guide)
        << " |\n";
  }
}

void totals(std::ostream& out, const eval::Summary& s, rules::Lang lang) {
  out << (s.files == 1 ? msg::tr<msg::Id::report_md_title_one>(lang, s.passed, s.files)
                       : msg::tr<msg::Id::report_md_title>(lang, s.passed, s.files));
  out << msg::tr<msg::Id::report_md_totals_head>(lang);
  if (s.waived) out << msg::tr<msg::Id::report_md_totals_waived>(lang);
  out << "\n|---:|---:|---:|---:|" << (s.waived ? "---:|" : "") << "\n";
  out << fmt::format("| {} | {} | {} | {} |", s.files, s.passed, s.failed, s.errors);
  if (s.waived) out << fmt::format(" {} |", s.waived);
  out << "\n\n";
}

void section(std::ostream& out, const eval::FileResult& r, rules::Lang lang) {
  const std::string& file = r.file;
  out << "### " << file_icon(r.status) << " " << cell(file);
  if (!r.direction.empty()) out << " · " << cell(r.direction);
  if (!r.title.empty()) out << " · " << cell(r.title);
  out << "\n\n";
  if (r.error) {
    out << "> " << msg::tr<msg::Id::report_md_could_not_check>(lang) << " ("
        << cell(place(file, r.error->mark)) << "): " << cell(r.error->message) << "\n\n";
  }
  if (!r.findings.empty()) {
    std::string counts = counts_text(tally(r), lang);
    if (r.status == eval::FileStatus::Pass) {
      out << "<details><summary>" << counts << "</summary>\n\n";
      table(out, file, r, lang);
      out << "\n</details>\n\n";
    } else {
      out << counts << "\n\n";
      table(out, file, r, lang);
      out << "\n";
    }
  }
  if (!r.warnings.empty()) {
    for (const eval::Notice& w : r.warnings)
      out << "- ⚠️ " << cell(place(file, w.mark)) << ": " << cell(w.message) << "\n";
    out << "\n";
  }
}

int not_passing(const eval::FileResult& r) {
  int n = r.error ? 1 : 0;
  for (const eval::Finding& f : r.findings) n += listed_as_problem(f.status);
  return n;
}

// A proposal that does not pass, as one row of the table of the rest: at most
// this many rule ids, then "…".
constexpr std::size_t kRowRules = 8;

std::string row(const eval::FileResult& r, rules::Lang lang) {
  std::string rules;
  std::size_t shown = 0;
  if (r.error) rules = "`guidecheck/input`", ++shown;
  for (const eval::Finding* f : failures_first(r)) {
    if (!listed_as_problem(f->status)) continue;
    if (shown == kRowRules) {
      rules += " …";
      break;
    }
    rules += (rules.empty() ? "" : " ") + rule_cell(f->rule_id);
    ++shown;
  }
  return "| " + std::string(file_icon(r.status)) + " " + file_status_word(r.status, lang) + " | " +
         cell(r.file) + " | " + cell(r.direction) + " | " + std::to_string(not_passing(r)) + " | " +
         rules + " |\n";
}

// Room kept for the totals and the closing paragraph.
constexpr std::size_t kReserve = 4096;

class MarkdownSink : public Sink {
 public:
  MarkdownSink(std::ostream& out, const RenderOptions& o)
      : out_(out), lang_(o.lang), limit_(o.markdown_limit) {
    if (limit_ == 0) spool_ = std::make_unique<Spool>();
    budget_ = limit_ > kReserve ? limit_ - kReserve : 0;
  }

  void add(const eval::FileResult& r) override {
    summary_.add(r);
    if (spool_) return section(spool_->stream(), r, lang_);
    if (!summarising_) {
      std::ostringstream s;
      section(s, r, lang_);
      if (details_.size() + s.str().size() <= budget_ / 4 * 3) {
        details_ += s.str();
        return;
      }
      summarising_ = true;
    }
    if (r.status == eval::FileStatus::Pass) {
      ++passing_folded_;
      return;
    }
    std::string line = row(r, lang_);
    if (!cut_ && details_.size() + rows_.size() + line.size() <= budget_) {
      rows_ += line;
      ++rows_n_;
    } else {
      cut_ = true;
      ++cut_proposals_;
      cut_findings_ += not_passing(r);
    }
  }

  void finish() override {
    totals(out_, summary_, lang_);
    if (spool_) return spool_->copy_to(out_);
    out_ << details_;
    if (!summarising_) return;
    if (!rows_.empty()) {
      out_ << msg::tr<msg::Id::report_md_rest_head>(lang_) << "|---|---|---|---:|---|\n"
           << rows_ << "\n";
    }
    out_ << "---\n\n";
    using msg::Id;
    out_ << msg::tr<Id::report_md_shortened>(
        lang_, limit_, counted<Id::report_md_rows_one, Id::report_md_rows>(rows_n_),
        counted<Id::report_md_folded_one, Id::report_md_folded>(passing_folded_),
        cut_proposals_ == 1
            ? msg::text<Id::report_md_cut_one>(
                  cut_proposals_,
                  counted<Id::report_md_cut_findings_one, Id::report_md_cut_findings>(
                      cut_findings_))
            : msg::text<Id::report_md_cut>(
                  cut_proposals_,
                  counted<Id::report_md_cut_findings_one, Id::report_md_cut_findings>(
                      cut_findings_)));
  }

 private:
  // An English plural: the entry for one, or for any other count.
  template <msg::Id one, msg::Id many, class N>
  static msg::Text counted(N n) {
    return n == 1 ? msg::text<one>(n) : msg::text<many>(n);
  }
  std::ostream& out_;
  rules::Lang lang_;
  std::size_t limit_, budget_ = 0;
  eval::Summary summary_;
  std::unique_ptr<Spool> spool_;  // --markdown-limit 0
  std::string details_, rows_;    // bounded by the limit
  bool summarising_ = false, cut_ = false;
  int rows_n_ = 0, passing_folded_ = 0, cut_proposals_ = 0, cut_findings_ = 0;
};

}  // namespace

std::unique_ptr<Sink> open_markdown(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<MarkdownSink>(out, o);
}

}  // namespace guidecheck::report
