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
#include "report/finding_text.h"
#include "report/paths.h"
#include "report/render.h"
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

const char* icon(const Finding& f) {
  if (f.status == Status::Pass) return "✅";
  if (f.status == Status::Waived) return "🔕";
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

const char* file_icon(FileStatus s) {
  switch (s) {
    case FileStatus::Pass:
      return "✅";
    case FileStatus::Fail:
      return "❌";
    case FileStatus::Error:
      return "🚫";
  }
  return "";
}

// Not passing before passing; among those, by severity; otherwise as checked.
std::vector<const Finding*> failures_first(const FileResult& r) {
  std::vector<const Finding*> v;
  for (const Finding& f : r.findings) v.push_back(&f);
  std::stable_sort(v.begin(), v.end(), [](const Finding* a, const Finding* b) {
    auto rank = [](const Finding* f) {
      return f->status == Status::Pass     ? 10
             : f->status == Status::Waived ? 5  // after what fails, before what passes
                                           : static_cast<int>(f->severity);
    };
    return rank(a) < rank(b);
  });
  return v;
}

void table(std::ostream& out, const std::string& file, const FileResult& r, bool zh) {
  out << (zh ? "| | 要求 | 结果 | 指南要求 | 填写 | 位置 | 指南原文 |\n"
             : "| | rule | message | expected | actual | location | guide |\n");
  out << "|---|---|---|---|---|---|---|\n";
  for (const Finding* f : failures_first(r)) {
    std::string guide = f->rule ? f->rule->source.section + ": " + f->rule->source.text : "";
    std::string message = f->message;
    if (f->waiver)
      message =
          (zh ? "已豁免：" : "waived: ") + f->waiver->reason +
          (f->waiver->by.empty() ? "" : (zh ? "（" : " (by ") + f->waiver->by + (zh ? "）" : ")")) +
          (f->waiver->until.empty() ? "" : (zh ? "，至 " : ", until ") + f->waiver->until) + " — " +
          f->message;
    out << "| " << icon(*f) << " " << status_name(f->status) << " | " << rule_cell(f->rule_id)
        << " | " << cell(message) << " | "
        << cell(expected_text(*f, zh ? rules::Lang::Zh : rules::Lang::En)) << " | "
        << cell(actual_text(*f)) << " | " << cell(place(file, f->location)) << " | " << cell(guide)
        << " |\n";
  }
}

void totals(std::ostream& out, const Summary& s, bool zh) {
  if (zh)
    out << fmt::format("## guidecheck：{} 份申报书，{} 份通过\n\n", s.files, s.passed);
  else
    out << fmt::format("## guidecheck: {} of {} proposal{} pass\n\n", s.passed, s.files,
                       s.files == 1 ? "" : "s");
  out << (zh ? "| 文件 | 通过 | 不通过 | 无法检查 |"
             : "| files | passed | failed | could not be checked |");
  if (s.waived) out << (zh ? " 已豁免的要求 |" : " waived requirements |");
  out << "\n|---:|---:|---:|---:|" << (s.waived ? "---:|" : "") << "\n";
  out << fmt::format("| {} | {} | {} | {} |", s.files, s.passed, s.failed, s.errors);
  if (s.waived) out << fmt::format(" {} |", s.waived);
  out << "\n\n";
}

void section(std::ostream& out, const FileResult& r, bool zh) {
  const std::string& file = r.file;
  out << "### " << file_icon(r.status) << " " << cell(file);
  if (!r.direction.empty()) out << " · " << cell(r.direction);
  if (!r.title.empty()) out << " · " << cell(r.title);
  out << "\n\n";
  if (r.error) {
    out << "> " << (zh ? "**无法检查**" : "**Could not be checked**") << " ("
        << cell(place(file, r.error->mark)) << "): " << cell(r.error->message) << "\n\n";
  }
  if (!r.findings.empty()) {
    int n = static_cast<int>(r.findings.size());
    std::string counts =
        zh ? fmt::format("{} 项要求：通过 {}，不通过 {}，未填写 {}，无法判断 {}", n,
                         r.count(Status::Pass), r.count(Status::Fail), r.count(Status::Missing),
                         r.count(Status::Invalid))
           : fmt::format("{} requirements: {} passed, {} failed, {} missing, {} invalid", n,
                         r.count(Status::Pass), r.count(Status::Fail), r.count(Status::Missing),
                         r.count(Status::Invalid));
    if (int w = r.count(Status::Waived))
      counts += zh ? fmt::format("，已豁免 {}", w) : fmt::format(", {} waived", w);
    if (r.status == FileStatus::Pass) {
      out << "<details><summary>" << counts << "</summary>\n\n";
      table(out, file, r, zh);
      out << "\n</details>\n\n";
    } else {
      out << counts << "\n\n";
      table(out, file, r, zh);
      out << "\n";
    }
  }
  if (!r.warnings.empty()) {
    for (const Notice& w : r.warnings)
      out << "- ⚠️ " << cell(place(file, w.mark)) << ": " << cell(w.message) << "\n";
    out << "\n";
  }
}

int not_passing(const FileResult& r) {
  int n = r.error ? 1 : 0;
  for (const Finding& f : r.findings) n += listed_as_problem(f.status);
  return n;
}

// A proposal that does not pass, as one row of the table of the rest: at most
// this many rule ids, then "…".
constexpr std::size_t kRowRules = 8;

std::string row(const FileResult& r) {
  std::string rules;
  std::size_t shown = 0;
  if (r.error) rules = "`guidecheck/input`", ++shown;
  for (const Finding* f : failures_first(r)) {
    if (!listed_as_problem(f->status)) continue;
    if (shown == kRowRules) {
      rules += " …";
      break;
    }
    rules += (rules.empty() ? "" : " ") + rule_cell(f->rule_id);
    ++shown;
  }
  return "| " + std::string(file_icon(r.status)) + " " + file_status_name(r.status) + " | " +
         cell(r.file) + " | " + cell(r.direction) + " | " + std::to_string(not_passing(r)) + " | " +
         rules + " |\n";
}

// Room kept for the totals and the closing paragraph.
constexpr std::size_t kReserve = 4096;

class MarkdownSink : public Sink {
 public:
  MarkdownSink(std::ostream& out, const RenderOptions& o)
      : out_(out), zh_(o.lang == rules::Lang::Zh), limit_(o.markdown_limit) {
    if (limit_ == 0) spool_ = std::make_unique<Spool>();
    budget_ = limit_ > kReserve ? limit_ - kReserve : 0;
  }

  void add(const FileResult& r) override {
    summary_.add(r);
    if (spool_) return section(spool_->stream(), r, zh_);
    if (!summarising_) {
      std::ostringstream s;
      section(s, r, zh_);
      if (details_.size() + s.str().size() <= budget_ / 4 * 3) {
        details_ += s.str();
        return;
      }
      summarising_ = true;
    }
    if (r.status == FileStatus::Pass) {
      ++passing_folded_;
      return;
    }
    std::string line = row(r);
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
    totals(out_, summary_, zh_);
    if (spool_) return spool_->copy_to(out_);
    out_ << details_;
    if (!summarising_) return;
    if (!rows_.empty()) {
      out_ << (zh_ ? "### 其余未通过的申报书（摘要）\n\n"
                     "| | 文件 | 方向 | 未通过的要求数 | 要求 |\n"
                   : "### The other proposals that do not pass, in short\n\n"
                     "| | file | direction | not passed | rules |\n")
           << "|---|---|---|---:|---|\n"
           << rows_ << "\n";
    }
    out_ << "---\n\n";
    if (zh_)
      out_ << fmt::format(
          "**本摘要已缩短**，以保持在 {} 字节以内（GitHub 的步骤摘要最多 1 MiB）：{} "
          "份未通过的申报书"
          "只列一行，{} 份通过的申报书未列出，{} 份申报书（{} 项未通过的结果）未列出。"
          "完整报告：以 `--format markdown=FILE --markdown-limit 0` 运行 guidecheck，"
          "或查看本次运行的日志（`--format github` 或 `gcc`）与 SARIF、JUnit 报告。\n",
          limit_, rows_n_, passing_folded_, cut_proposals_, cut_findings_);
    else
      out_ << fmt::format(
          "**This summary is shortened** to stay under {} bytes (GitHub takes at most 1 MiB "
          "per step summary): {} proposal{} that do not pass are one row each above, {} passing "
          "proposal{} not listed, and {} proposal{} ({} finding{} that do not pass) left out. "
          "The full report: run guidecheck with `--format markdown=FILE --markdown-limit 0`, "
          "or see this run's log (`--format github` or `gcc`) and its SARIF and JUnit "
          "reports.\n",
          limit_, rows_n_, rows_n_ == 1 ? "" : "s", passing_folded_,
          passing_folded_ == 1 ? " is" : "s are", cut_proposals_, cut_proposals_ == 1 ? "" : "s",
          cut_findings_, cut_findings_ == 1 ? "" : "s");
  }

 private:
  std::ostream& out_;
  bool zh_;
  std::size_t limit_, budget_ = 0;
  Summary summary_;
  std::unique_ptr<Spool> spool_;  // --markdown-limit 0
  std::string details_, rows_;    // bounded by the limit
  bool summarising_ = false, cut_ = false;
  int rows_n_ = 0, passing_folded_ = 0, cut_proposals_ = 0, cut_findings_ = 0;
};

}  // namespace

std::unique_ptr<Sink> open_markdown(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<MarkdownSink>(out, o);
}

void render_markdown(std::ostream& out, const std::vector<FileResult>& results,
                     const RenderOptions& o) {
  render_through(open_markdown(out, o), results);
}

}  // namespace guidecheck::report
