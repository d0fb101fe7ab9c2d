#include "report/report.h"

namespace guidecheck::report {

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

}  // namespace guidecheck::report
