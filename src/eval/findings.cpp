#include "eval/findings.h"

#include "messages/text.h"

namespace guidecheck::eval {

const char* status_name(Status s) {
  switch (s) {
    case Status::Pass:
      return "pass";
    case Status::Fail:
      return "fail";
    case Status::Missing:
      return "missing";
    case Status::Invalid:
      return "invalid";
    case Status::Waived:
      return "waived";
  }
  return "?";
}

const char* file_status_name(FileStatus s) {
  switch (s) {
    case FileStatus::Pass:
      return "pass";
    case FileStatus::Fail:
      return "fail";
    case FileStatus::Error:
      return "error";
  }
  return "?";
}

std::string Notice::where() const { return Diagnostic{file, mark, {}, error}.where(); }

Notice notice(const Diagnostic& d, rules::Lang lang) {
  return Notice{d.file, d.mark, d.message(lang), d.error};
}

std::vector<Notice> notices(const Diagnostics& d, rules::Lang lang) {
  std::vector<Notice> out;
  out.reserve(d.size());
  for (const Diagnostic& x : d) out.push_back(notice(x, lang));
  return out;
}

void add_notice(std::vector<Notice>& warnings, Notice n, rules::Lang lang) {
  if (warnings.size() < kMaxWarningsPerFile) {
    warnings.push_back(std::move(n));
  } else if (warnings.size() == kMaxWarningsPerFile) {
    n.message = msg::tr<msg::Id::common_more_warnings>(lang, kMaxWarningsPerFile);
    n.error = false;
    warnings.push_back(std::move(n));
  }
}

int FileResult::count(Status s) const {
  int n = 0;
  for (const auto& f : findings) n += f.status == s;
  return n;
}

void Summary::add(const FileResult& r) {
  ++files;
  if (r.status == FileStatus::Pass)
    ++passed;
  else if (r.status == FileStatus::Fail)
    ++failed;
  else
    ++errors;
  waived += r.count(Status::Waived);
}

Summary summarize(const std::vector<FileResult>& results) {
  Summary s;
  for (const auto& r : results) s.add(r);
  return s;
}

}  // namespace guidecheck::eval
