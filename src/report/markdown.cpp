// check --format markdown: a summary for $GITHUB_STEP_SUMMARY or a merge-request
// comment (GitHub Flavored Markdown). Totals first, then one table per proposal
// with the findings that do not pass first (errors before warnings before
// notes), each with its status, rule, message, expected and actual values,
// location and the guide's text. Proposals stay in the run's order (sorted by
// path); the table of one that passes is folded.
#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "common/safe_text.h"
#include "report/finding_text.h"
#include "report/paths.h"
#include "report/render.h"

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

}  // namespace

void render_markdown(std::ostream& out, const std::vector<FileResult>& results,
                     const RenderOptions& o) {
  bool zh = o.lang == rules::Lang::Zh;
  Summary s = summarize(results);
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

  for (const FileResult& r : results) {
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
      for (const Diagnostic& w : r.warnings)
        out << "- ⚠️ " << cell(place(file, w.mark)) << ": " << cell(w.message) << "\n";
      out << "\n";
    }
  }
}

}  // namespace guidecheck::report
