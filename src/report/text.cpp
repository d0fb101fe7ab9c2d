// check --format text: what an applicant reads. One line per requirement,
// details under each one that does not pass.
#include <fmt/format.h>

#include "report/render.h"

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

std::string mark_of(const Finding& f, const Style& st) {
  switch (f.status) {
    case Status::Pass: return st.green("✓");
    case Status::Fail: return f.severity == rules::Severity::Error ? st.red("✗") : st.yellow("!");
    case Status::Missing: return f.severity == rules::Severity::Error ? st.red("?") : st.yellow("?");
    case Status::Invalid: return st.red("‼");
  }
  return " ";
}

}  // namespace

void render_text(std::ostream& out, const std::vector<FileResult>& results, const RenderOptions& o) {
  Style st{o.color};
  bool zh = o.lang == rules::Lang::Zh;
  for (const FileResult& r : results) {
    std::string verdict = r.status == FileStatus::Pass   ? st.green(zh ? "通过" : "PASS")
                          : r.status == FileStatus::Fail ? st.red(zh ? "不通过" : "FAIL")
                                                         : st.red(zh ? "无法检查" : "ERROR");
    out << st.bold(r.file);
    if (!r.direction.empty()) out << "  " << r.direction;
    if (!r.title.empty()) out << "  " << r.title;
    out << "  " << verdict << "\n";
    if (r.error) {
      out << "  " << st.red("error") << ": " << r.error->where() << ": " << r.error->message << "\n";
    }
    for (const Finding& f : r.findings) {
      if (o.quiet && f.status == Status::Pass) continue;
      out << "  " << mark_of(f, st) << " " << fmt::format("{:<36}", f.rule_id) << " " << f.message;
      if (f.severity != rules::Severity::Error && f.status != Status::Pass)
        out << st.dim(fmt::format(" [{}]", rules::severity_name(f.severity)));
      out << "\n";
      if (f.status == Status::Pass) continue;
      out << "      " << st.dim(fmt::format("{}:{}:{}", r.file, f.location.line, f.location.column))
          << "\n";
      if (f.rule)
        out << "      " << st.dim((zh ? "指南 " : "guide ") + f.rule->source.section + ": ")
            << f.rule->source.text << "\n";
      if (!f.note.empty()) out << "      " << st.dim(zh ? "说明: " : "note: ") << f.note << "\n";
    }
    for (const auto& w : r.warnings)
      out << "  " << st.yellow(zh ? "警告" : "warning") << ": " << w.where() << ": " << w.message << "\n";
    if (!r.findings.empty()) {
      int n = static_cast<int>(r.findings.size());
      out << "  " << (zh ? fmt::format("{} 项要求：通过 {}，不通过 {}，未填写 {}，无法判断 {}", n,
                                       r.count(Status::Pass), r.count(Status::Fail),
                                       r.count(Status::Missing), r.count(Status::Invalid))
                         : fmt::format("{} requirements: {} passed, {} failed, {} missing, {} invalid", n,
                                       r.count(Status::Pass), r.count(Status::Fail),
                                       r.count(Status::Missing), r.count(Status::Invalid)))
          << "\n";
    }
    out << "\n";
  }
  Summary s = summarize(results);
  out << (zh ? fmt::format("共 {} 个文件：通过 {}，不通过 {}，无法检查 {}", s.files, s.passed, s.failed, s.errors)
             : fmt::format("{} file{}: {} passed, {} failed, {} could not be checked", s.files,
                           s.files == 1 ? "" : "s", s.passed, s.failed, s.errors))
      << "\n";
}

}  // namespace guidecheck::report
