// check --format github: GitHub Actions workflow commands, which GitHub shows
// as annotations on the pull request's diff:
//   ::error file=F,line=L,col=C,title=RULE::message
// One line per finding that does not pass (error/warning/notice by the rule's
// severity) and one ::error per file that could not be checked. Escaped as the
// runner unescapes: in the message %, CR and LF; in properties also ':' and ','.
#include "common/safe_text.h"
#include "report/finding_text.h"
#include "report/paths.h"
#include "report/render.h"
#include "report/sink.h"

namespace guidecheck::report {
namespace {

// The message: structural line breaks (between the message, the guide's text
// and the note) are the runner's %0A; untrusted text has already been through
// safe::text, so it holds no line break of its own.
std::string escape_data(const std::string& s) {
  std::string out;
  for (char c : s) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string escape_property(const std::string& s) {
  std::string out;
  for (char c : escape_data(s)) {
    switch (c) {
      case ':':
        out += "%3A";
        break;
      case ',':
        out += "%2C";
        break;
      default:
        out += c;
    }
  }
  return out;
}

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

void annotate(std::ostream& out, const char* command, const std::string& file, const yaml::Mark& m,
              const std::string& title, const std::string& message) {
  yaml::Mark k = known_mark(m);
  out << "::" << command << " file=" << escape_property(safe::text(file)) << ",line=" << k.line
      << ",col=" << k.column << ",title=" << escape_property(safe::text(title))
      << "::" << escape_data(message) << "\n";
}

class GithubSink : public Sink {
 public:
  GithubSink(std::ostream& out, const RenderOptions& o)
      : out_(out), zh_(o.lang == rules::Lang::Zh) {}
  void add(const FileResult& r) override {
    std::string file = repo_path(r.file);
    if (r.error)
      annotate(out_, "error", file, r.error->mark, "guidecheck/input",
               (zh_ ? "无法检查: " : "could not be checked: ") + safe::text(r.error->message));
    for (const Finding& f : r.findings) {
      if (f.status == Status::Pass) continue;
      if (f.status == Status::Waived) {
        // Never an error or warning: a notice that the requirement is waived, and why.
        std::string why = f.waiver ? safe::text(f.waiver->reason) : "";
        annotate(out_, "notice", file, f.location, f.rule_id + (zh_ ? " (已豁免)" : " (waived)"),
                 (zh_ ? "已豁免: " : "waived: ") + why + "\n" + safe::text(f.message));
        continue;
      }
      std::string message = safe::text(f.message);
      if (f.rule)
        message += "\n" + std::string(zh_ ? "指南 " : "Guide ") +
                   safe::text(f.rule->source.section) + ": " + safe::text(f.rule->source.text);
      if (!f.note.empty())
        message += "\n" + std::string(zh_ ? "说明: " : "Note: ") + safe::text(f.note);
      annotate(out_, command_of(f.severity), file, f.location, f.rule_id, message);
    }
  }
  void finish() override {}

 private:
  std::ostream& out_;
  bool zh_;
};

}  // namespace

// Annotations per result as it comes: a batch of any size streams through.
std::unique_ptr<Sink> open_github(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<GithubSink>(out, o);
}

void render_github(std::ostream& out, const std::vector<FileResult>& results,
                   const RenderOptions& o) {
  render_through(open_github(out, o), results);
}

}  // namespace guidecheck::report
