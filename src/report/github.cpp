// check --format github: GitHub Actions workflow commands, which GitHub shows
// as annotations on the pull request's diff:
//   ::error file=F,line=L,col=C,title=RULE::message
// One line per finding that does not pass (error/warning/notice by the rule's
// severity) and one ::error per file that could not be checked. Escaped as the
// runner unescapes: in the message %, CR and LF; in properties also ':' and ','.
//
// GitHub shows at most 10 annotations of each level (error, warning, notice)
// per step and 50 per job, and drops the rest. With --max-annotations N (10 by
// default; 0: no limit, every line in the run's order) the most important come
// first: the first N errors as they come, then the first N warnings and the
// first N notices (kept until the end: at most 2N lines held), then one
// ::notice saying how many were left out and where to see them all, which
// takes the place of the last notice when N are already shown.
#include <fmt/format.h>

#include <sstream>

#include "common/safe_text.h"
#include "messages/text.h"
#include "report/finding_text.h"
#include "report/paths.h"
#include "report/sink.h"

namespace guidecheck::report {
namespace {

const char* command_of(rules::Severity s) {
  switch (s) {
    case rules::Severity::Error:
      return "error";
    case rules::Severity::Warning:
      return "warning";
    case rules::Severity::Info:
      return "notice";
  }
  return "error";
}

void write_annotation(std::ostream& out, const char* command, const std::string& file,
                      const Mark& m, const std::string& title, const std::string& message) {
  Mark k = known_mark(m);
  out << "::" << command << " file=" << safe::workflow_property(safe::text(file))
      << ",line=" << k.line << ",col=" << k.column
      << ",title=" << safe::workflow_property(safe::text(title))
      << "::" << safe::workflow_data(message) << "\n";
}

class GithubSink : public Sink {
 public:
  GithubSink(std::ostream& out, const RenderOptions& o)
      : out_(out), lang_(o.lang), limit_(o.max_annotations) {}
  void add(const eval::FileResult& r) override {
    std::string file = repo_paths_(r.file);
    if (r.error)
      annotate(0, "error", file, r.error->mark, "guidecheck/input",
               msg::tr<msg::Id::report_could_not_check>(lang_, safe::text(r.error->message)));
    for (const eval::Finding& f : r.findings) {
      if (f.status == eval::Status::Pass) continue;
      if (f.status == eval::Status::Waived) {
        // Never an error or warning: a notice that the requirement is waived, and why.
        std::string why = f.waiver ? safe::text(f.waiver->reason) : "";
        annotate(2, "notice", file, f.location,
                 msg::tr<msg::Id::report_github_waived_title>(lang_, f.rule_id),
                 msg::tr<msg::Id::report_github_waived>(lang_, why, safe::text(f.message)));
        continue;
      }
      std::string message = safe::text(f.message);
      if (f.rule)
        message +=
            "\n" + msg::tr<msg::Id::report_github_guide>(lang_, safe::text(f.rule->source.section),
                                                         safe::text(f.rule->source.text));
      if (!f.note.empty())
        message += "\n" + msg::tr<msg::Id::report_github_note>(lang_, safe::text(f.note));
      const char* command = command_of(f.severity);
      annotate(static_cast<int>(f.severity), command, file, f.location, f.rule_id, message);
    }
  }
  void finish() override {
    int left_out = omitted_[0] + omitted_[1] + omitted_[2];
    // Room for the final notice: it replaces the last notice kept.
    if (left_out > 0 && limit_ > 0 && held_[1].size() == limit_) {
      held_[1].pop_back();
      ++omitted_[2], ++left_out;
    }
    for (const auto& held : held_)
      for (const std::string& line : held) out_ << line;
    if (left_out == 0) return;
    std::string m = msg::tr<msg::Id::report_github_omitted>(
        lang_, counted<msg::Id::report_github_more_one, msg::Id::report_github_more>(left_out),
        counted<msg::Id::report_github_errors_one, msg::Id::report_github_errors>(omitted_[0]),
        counted<msg::Id::report_github_warnings_one, msg::Id::report_github_warnings>(omitted_[1]),
        counted<msg::Id::report_github_notices_one, msg::Id::report_github_notices>(omitted_[2]),
        limit_);
    out_ << "::notice title=guidecheck::" << safe::workflow_data(m) << "\n";
  }

 private:
  RepoPaths repo_paths_;
  // An English plural: the entry for one, or for any other count.
  template <msg::Id one, msg::Id many>
  msg::Text counted(int n) const {
    return n == 1 ? msg::text<one>(n) : msg::text<many>(n);
  }
  // `level`: 0 error, 1 warning, 2 notice (the rule severity's order).
  void annotate(int level, const char* command, const std::string& file, const Mark& m,
                const std::string& title, const std::string& message) {
    if (limit_ == 0) return write_annotation(out_, command, file, m, title, message);
    std::ostringstream line;
    write_annotation(line, command, file, m, title, message);
    if (level == 0) {
      if (shown_errors_ < limit_)
        out_ << line.str(), ++shown_errors_;
      else
        ++omitted_[0];
      return;
    }
    auto& held = held_[level - 1];
    if (held.size() < limit_)
      held.push_back(line.str());
    else
      ++omitted_[level];
  }

  std::ostream& out_;
  rules::Lang lang_;
  std::size_t limit_;
  std::size_t shown_errors_ = 0;
  std::vector<std::string> held_[2];  // warnings, notices
  int omitted_[3] = {0, 0, 0};        // errors, warnings, notices
};

}  // namespace

// Annotations per result as it comes: a batch of any size streams through.
std::unique_ptr<Sink> open_github(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<GithubSink>(out, o);
}

}  // namespace guidecheck::report
