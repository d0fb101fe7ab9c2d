// What a programme office's submission portal does with the guidecheck
// library (docs/api.md): check an uploaded proposal held in memory, and show
// the applicant the verdict and what must be fixed, quoting the guide.
//
//   portal [--lang zh|en] [--json] [--directions] FILE
//
// FILE stands for the upload: a YAML proposal is read into memory and checked
// as text; a Word or Markdown document is checked from the file (the portal
// has saved it), imported as `guidecheck check` imports it. --json prints the
// JSON report instead, --directions the directions a proposal may name.
// Exit code as `guidecheck check`'s: 0 pass, 1 fail, 2 not checked.
#include <guidecheck/guidecheck.h>

#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

namespace {

std::string place(const guidecheck::Location& l) {
  return l.line > 0 ? std::to_string(l.line) + ":" + std::to_string(l.column) : "-";
}

bool is_document(const std::string& name) {
  for (const char* ext : {".docx", ".md", ".txt"}) {
    std::string e(ext);
    if (name.size() > e.size() && name.compare(name.size() - e.size(), e.size(), e) == 0)
      return true;
  }
  return false;
}

}  // namespace

int main(int argc, char** argv) {
  guidecheck::Options options;
  std::string file;
  bool directions = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--lang" && i + 1 < argc)
      options.language =
          std::string(argv[++i]) == "zh" ? guidecheck::Language::Zh : guidecheck::Language::En;
    else if (a == "--json")
      options.json = true;
    else if (a == "--directions")
      directions = true;
    else
      file = a;
  }
  // One Checker for the whole process, shared by every request (thread-safe).
  const guidecheck::Checker checker(options);
  if (directions) {
    guidecheck::Packs packs = checker.load_packs();
    for (const std::string& e : packs.errors) std::cerr << "portal: " << e << "\n";
    for (const guidecheck::Direction& d : packs.directions)
      std::cout << d.guide << " " << d.number << " " << d.title << "\n";
    return packs.errors.empty() ? 0 : 2;
  }
  if (file.empty()) {
    std::cerr << "usage: portal [--lang zh|en] [--json] [--directions] FILE\n";
    return 2;
  }

  guidecheck::Result r;
  if (is_document(file)) {
    r = checker.check_file(file);
  } else {
    std::ifstream in(file, std::ios::binary);
    if (!in) {
      std::cerr << "portal: cannot read " << file << "\n";
      return 2;
    }
    std::ostringstream upload;
    upload << in.rdbuf();
    r = checker.check_text(file, upload.str());
  }

  if (options.json) {
    std::cout << r.json;
  } else {
    std::cout << r.file << ": " << to_string(r.verdict);
    if (!r.direction.empty()) std::cout << " (" << r.guide << " " << r.direction << ")";
    std::cout << "\n";
    if (r.verdict == guidecheck::Verdict::Error)
      std::cout << "  error at " << place(r.error_location) << ": " << r.error << "\n";
    for (const guidecheck::Finding& f : r.findings) {
      if (!f.blocking) continue;  // only what stops the proposal
      std::cout << "  " << f.rule << " " << to_string(f.status) << " at " << place(f.location)
                << ": " << f.message << "\n"
                << "    required: " << f.requirement
                << "; given: " << (f.value.empty() ? "-" : f.value) << "\n";
      if (!f.guide_quote.empty())  // not for an unknown key: the guide says nothing of it
        std::cout << "    guide " << f.guide_section << ": " << f.guide_quote << "\n";
    }
    const guidecheck::Counts& c = r.counts;
    if (r.verdict != guidecheck::Verdict::Error)
      std::cout << "  pass " << c.pass << ", fail " << c.fail << ", missing " << c.missing
                << ", invalid " << c.invalid << ", waived " << c.waived << " (guidecheck "
                << guidecheck::version() << ")\n";
  }
  switch (r.verdict) {
    case guidecheck::Verdict::Pass:
      return 0;
    case guidecheck::Verdict::Fail:
      return 1;
    case guidecheck::Verdict::Error:
    default:  // and whatever a later version adds
      return 2;
  }
}
