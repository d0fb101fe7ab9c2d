#include "report/one_line.h"

#include "common/safe_text.h"
#include "messages/text.h"
#include "report/finding_text.h"
#include "report/paths.h"

namespace guidecheck::report {
namespace {

int level_of(rules::Severity s) {
  switch (s) {
    case rules::Severity::Error:
      return 0;
    case rules::Severity::Warning:
      return 1;
    case rules::Severity::Info:
      return 2;
  }
  return 0;
}

class OneLineSink : public Sink {
 public:
  OneLineSink(std::ostream& out, const RenderOptions& o, std::string (*format)(const OneLine&))
      : out_(out), lang_(o.lang), format_(format) {}
  void add(const eval::FileResult& r) override {
    std::string file = safe::text(r.file);
    if (r.error)
      put({file, known_mark(r.error->mark), 0,
           msg::tr<msg::Id::report_could_not_check>(lang_, safe::text(r.error->message)),
           "guidecheck/input"});
    for (const eval::Finding& f : r.findings) {
      if (!listed_as_problem(f.status)) continue;
      put({file, known_mark(f.location), level_of(f.severity), safe::text(f.message),
           safe::text(f.rule_id)});
    }
    for (const eval::Notice& d : r.warnings)
      put({file, known_mark(d.mark), d.error ? 0 : 1, safe::text(d.message), "guidecheck/warning"});
  }
  void finish() override {}

 private:
  void put(const OneLine& l) { out_ << format_(l) << '\n'; }
  std::ostream& out_;
  rules::Lang lang_;
  std::string (*format_)(const OneLine&);
};

}  // namespace

std::unique_ptr<Sink> open_one_line(std::ostream& out, const RenderOptions& o,
                                    std::string (*format)(const OneLine&)) {
  return std::make_unique<OneLineSink>(out, o, format);
}

}  // namespace guidecheck::report
