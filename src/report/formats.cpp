#include "report/formats.h"

namespace guidecheck::report {

const std::vector<Format>& formats() {
  static const std::vector<Format> f = {
      {"text", "for people: one line per requirement, details of what fails", render_text, false},
      {"json", "the contract's JSON (results, findings, summary)", render_json, false},
  };
  return f;
}

const Format* find_format(const std::string& name) {
  for (const Format& f : formats())
    if (name == f.name) return &f;
  return nullptr;
}

std::string format_names() {
  std::string s;
  for (const Format& f : formats()) s += (s.empty() ? "" : ", ") + std::string(f.name);
  return s;
}

}  // namespace guidecheck::report
