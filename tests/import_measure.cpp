// Extraction precision and recall on the generated application-form fixtures
// (scripts/gen_import_fixtures.py): imports every document of a folder, with
// the direction read from the document, and compares each drafted value with
// the document's answers file. Prints one row per field; exits 1 when the
// indicator values miss the targets (precision >= 99 % on sure matches,
// recall >= 90 %), 2 when the folder cannot be read. docs/import.md.
//
//   build/import_measure tests/import/fixtures
//   build/import_measure tests/import/heldout 85   # a recall floor other than 90 %
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "eval/checker.h"
#include "import/import.h"
#include "units/units.h"
#include "value/value.h"

using namespace guidecheck;
namespace fs = std::filesystem;

struct Tally {
  int sure = 0, correct = 0, expected = 0;
};

// The finite numbers a drafted value commits to, in `unit`.
std::vector<double> numbers(const std::string& text, const std::string& unit) {
  value::Value v = value::parse_text(text);
  std::vector<double> out;
  if (v.type != value::Value::Type::Quantity) return out;
  for (const value::End* e : {&v.lo, &v.hi}) {
    if (e->infinite()) continue;
    double x = e->v;
    if (!e->unit.empty() && !unit.empty() && unit != "1") {
      units::Conversion c = units::conversion(e->unit, unit);
      if (!c.ok) return {};
      x = c.apply(x);
    }
    if (out.empty() || std::fabs(out.back() - x) > 1e-9) out.push_back(x);
  }
  return out;
}

bool same_numbers(std::vector<double> a, std::vector<double> b) {
  if (a.size() != b.size()) return false;
  std::sort(a.begin(), a.end());
  std::sort(b.begin(), b.end());
  for (std::size_t i = 0; i < a.size(); ++i)
    if (std::fabs(a[i] - b[i]) > 1e-6 * std::max(1.0, std::fabs(b[i]))) return false;
  return true;
}

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: import_measure FIXTURE_DIR [RECALL_FLOOR_PERCENT]\n";
    return 2;
  }
  int recall_floor = argc > 2 ? std::atoi(argv[2]) : 90;
  if (recall_floor <= 0 || recall_floor > 100) {
    std::cerr << "import_measure: the recall floor must be 1..100, not " << argv[2] << "\n";
    return 2;
  }
  std::vector<fs::path> docs;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(argv[1], ec)) {
    std::string ext = e.path().extension().string();
    if (ext == ".docx" || ext == ".md" || ext == ".txt") docs.push_back(e.path());
  }
  if (ec || docs.empty()) {
    std::cerr << "import_measure: no documents in " << argv[1] << "\n";
    return 2;
  }
  std::sort(docs.begin(), docs.end());
  eval::Checker checker(eval::make_source(""), eval::Options{});
  std::map<std::string, Tally> t;
  const char* fields[] = {"direction",
                          "title",
                          "duration",
                          "participants",
                          "numeric indicators",
                          "qualitative indicators",
                          "categorical indicators",
                          "research items"};
  for (const char* f : fields) t[f];
  for (const fs::path& doc : docs) {
    std::ifstream in(doc.string() + ".answers.json");
    if (!in) continue;
    nlohmann::json ans = nlohmann::json::parse(in);
    import::Imported im = import::import_file(checker, doc.string(), "", true);
    auto& dir = t["direction"];
    dir.expected++;
    bool named = im.ok;
    // A document that names no direction is imported as the user would,
    // with --direction: the direction is a miss, the other fields still count.
    if (!im.ok && im.no_direction)
      im = import::import_file(checker, doc.string(), ans["direction"].get<std::string>(), true);
    if (!im.ok) {
      std::cerr << doc.string() << ": " << im.error.en() << "\n";
      continue;
    }
    if (!named) std::cerr << doc.string() << ": names no direction; measured with --direction\n";
    dir.sure += named;
    dir.correct += named && im.direction == ans["direction"].get<std::string>();
    auto& title = t["title"];
    title.expected++;
    if (im.draft.title.sure == import::Found::Sure::Sure) {
      title.sure++;
      title.correct += im.draft.title.value == ans["title"].get<std::string>();
    }
    auto& dur = t["duration"];
    dur.expected++;
    if (im.draft.duration.sure == import::Found::Sure::Sure) {
      dur.sure++;
      // a period written as dates reads as its months, as `check` reads it
      value::DateSpan span = value::date_span(im.draft.duration.value);
      dur.correct += same_numbers(span.months > 0 ? std::vector<double>{double(span.months)}
                                                  : numbers(im.draft.duration.value, "月"),
                                  {ans["duration_months"].get<double>()});
    }
    auto& parts = t["participants"];
    parts.expected += static_cast<int>(ans["participants"].size());
    for (const auto& p : im.draft.participants) {
      parts.sure++;
      for (const auto& a : ans["participants"])
        if (a["name"] == p.name && a["country"] == p.country && a["role"] == p.role &&
            a["kind"] == p.kind) {
          parts.correct++;
          break;
        }
    }
    const auto& want = ans["indicators"];
    eval::Checker::Loaded l = checker.load("", im.direction);
    for (const auto& [id, f] : im.draft.indicators) {
      const rules::Rule* rule = l.direction ? l.direction->find_rule(id) : nullptr;
      bool qualitative = rule && rule->kind == rules::Kind::Qualitative;
      if (rule && rule->kind == rules::Kind::Categorical) {
        // sure only in the rule's category words: the drafted categories,
        // mapped back to their ids, must be exactly the answer's
        Tally& tc = t["categorical indicators"];
        bool stated = want.contains(id) && want[id].contains("categories");
        tc.expected += stated;
        if (f.sure != import::Found::Sure::Sure) {
          if (stated && std::getenv("IMPORT_MEASURE_VERBOSE"))
            std::cerr << doc.filename().string() << ": " << id << " missed (" << f.how << ")\n";
          continue;
        }
        tc.sure++;
        std::set<std::string> got, exp;
        std::string v = f.value;
        for (std::size_t at = 0; at <= v.size();) {
          std::size_t next = v.find("、", at);
          std::string item =
              v.substr(at, next == std::string::npos ? std::string::npos : next - at);
          std::string low = item;
          std::transform(low.begin(), low.end(), low.begin(), ::tolower);
          for (const auto& c : rule->categories) {
            std::string en = c.label.en;
            std::transform(en.begin(), en.end(), en.begin(), ::tolower);
            if (item == c.label.zh || low == en) got.insert(c.id);
          }
          if (next == std::string::npos) break;
          at = next + std::string("、").size();
        }
        if (stated)
          for (const auto& c : want[id]["categories"]) exp.insert(c.get<std::string>());
        bool ok = stated && got == exp;
        tc.correct += ok;
        if (!ok)
          std::cerr << doc.filename().string() << ": " << id << " WRONG: drafted '" << f.value
                    << "' from " << f.place.describe() << " \"" << f.quote << "\"\n";
        continue;
      }
      bool numeric =
          rule && (rule->kind == rules::Kind::Quantity || rule->kind == rules::Kind::Count ||
                   rule->kind == rules::Kind::RangeCover);
      if (!qualitative && !numeric) continue;
      Tally& tl = t[qualitative ? "qualitative indicators" : "numeric indicators"];
      bool stated = want.contains(id);
      tl.expected += stated;
      if (f.sure != import::Found::Sure::Sure) {
        if (stated && std::getenv("IMPORT_MEASURE_VERBOSE"))
          std::cerr << doc.filename().string() << ": " << id << " missed (" << f.how << ")\n";
        continue;
      }
      tl.sure++;
      bool ok = false;
      if (stated && qualitative) ok = true;
      if (stated && numeric && want[id].contains("numbers"))
        ok = same_numbers(numbers(f.value, rule->unit == "1" ? "" : rule->unit),
                          want[id]["numbers"].get<std::vector<double>>());
      tl.correct += ok;
      if (!ok)
        std::cerr << doc.filename().string() << ": " << id << " WRONG: drafted '" << f.value
                  << "' from " << f.place.describe() << " \"" << f.quote << "\"\n";
    }
    // The research items the document writes out in its research contents
    // (answers' "research"; a document without that key writes none): a sure
    // item is right only when it is one of them.
    auto& res = t["research items"];
    std::set<std::string> written;
    if (ans.contains("research"))
      for (const auto& id : ans["research"]) written.insert(id.get<std::string>());
    res.expected += static_cast<int>(written.size());
    for (const auto& [id, f] : im.draft.research) {
      if (f.sure != import::Found::Sure::Sure) continue;
      res.sure++;
      bool ok = written.count(id) > 0;
      res.correct += ok;
      if (!ok)
        std::cerr << doc.filename().string() << ": research item " << id << " WRONG: drafted from "
                  << f.place.describe() << " \"" << f.quote << "\"\n";
    }
  }
  std::cout << "documents: " << docs.size() << "\n";
  std::cout << "field                   expected  sure  correct  precision  recall\n";
  auto pct = [](int a, int b) {
    std::ostringstream o;
    o.setf(std::ios::fixed);
    o.precision(1);
    if (b == 0)
      o << "-";
    else
      o << 100.0 * a / b << " %";
    return o.str();
  };
  for (const char* f : fields) {
    const Tally& x = t[f];
    std::printf("%-24s%8d%6d%9d%11s%8s\n", f, x.expected, x.sure, x.correct,
                pct(x.correct, x.sure).c_str(), pct(x.correct, x.expected).c_str());
  }
  const Tally& n = t["numeric indicators"];
  const Tally& c = t["categorical indicators"];
  const Tally& r = t["research items"];
  bool ok = n.sure > 0 && n.correct * 100 >= 99 * n.sure &&
            n.correct * 100 >= recall_floor * n.expected && c.correct * 100 >= 99 * c.sure &&
            r.correct * 100 >= 99 * r.sure;
  std::cout << (ok ? "targets met" : "TARGETS MISSED")
            << " (numeric indicators: precision >= 99 % on sure matches, recall >= " << recall_floor
            << " %; categorical and research items: precision >= 99 %)\n";
  return ok ? 0 : 1;
}
