#include "report/sink.h"

#include "report/formats.h"

namespace guidecheck::report {
namespace {

class Collecting : public Sink {
 public:
  Collecting(const Format& f, std::ostream& out, const RenderOptions& o)
      : f_(f), out_(out), o_(o) {}
  void add(const eval::FileResult& r) override { results_.push_back(r); }
  void finish() override { f_.render(out_, results_, o_); }

 private:
  const Format& f_;
  std::ostream& out_;
  RenderOptions o_;
  std::vector<eval::FileResult> results_;
};

}  // namespace

std::unique_ptr<Sink> open_sink(const Format& format, std::ostream& out, const RenderOptions& o) {
  if (format.open) return format.open(out, o);
  return std::make_unique<Collecting>(format, out, o);
}

void render_through(std::unique_ptr<Sink> sink, const std::vector<eval::FileResult>& results) {
  for (const eval::FileResult& r : results) sink->add(r);
  sink->finish();
}

}  // namespace guidecheck::report
