// rules show (text) and explain.
#include <fmt/format.h>

#include <sstream>

#include "common/safe_text.h"
#include "eval/evaluate.h"
#include "ruledoc/ruledoc.h"

namespace guidecheck::ruledoc {

namespace {
// Rule packs are untrusted (a --rules folder): their text goes to a terminal
// escaped (common/safe_text.h).
std::string S(std::string_view s) { return safe::text(s); }
}  // namespace

void rule_text(std::ostream& out, const rules::Rule& r, rules::Lang lang) {
  bool zh = lang == rules::Lang::Zh;
  out << S(r.full_id) << "  " << S(r.title.get(lang)) << "\n";
  out << "  " << (zh ? "要求" : "requires") << ": " << S(eval::rule_requirement(r, lang))
      << fmt::format("   [{}, {}{}]", rules::kind_name(r.kind), rules::severity_name(r.severity),
                     r.measure == "indicator" ? "" : ", " + S(r.measure))
      << "\n";
  if (!r.categories.empty()) {
    out << "  " << (zh ? "可选类别" : "categories") << ":";
    for (const auto& c : r.categories) out << " " << S(c.id) << " (" << S(c.label.get(lang)) << ")";
    out << "\n";
  }
  if (r.kind == rules::Kind::Formula)
    for (const auto& in : r.inputs)
      out << "  " << (zh ? "输入" : "input") << ": indicators." << S(in.id) << " [" << S(in.unit)
          << "] " << S(in.title.get(lang)) << "\n";
  out << "  " << (zh ? "指南" : "guide") << " " << S(r.source.section) << ": " << S(r.source.text)
      << "\n";
  if (!r.note.empty()) out << "  " << (zh ? "说明" : "note") << ": " << S(r.note.get(lang)) << "\n";
  for (const auto& alt : r.any_of) {  // either/or: each alternative, indented
    std::ostringstream sub;
    rule_text(sub, alt, lang);
    std::istringstream lines(sub.str());
    std::string line;
    bool first = true;
    while (std::getline(lines, line)) {
      out << "    " << (first ? (zh ? "或 " : "or ") : "   ") << line << "\n";
      first = false;
    }
  }
}

void direction_text(std::ostream& out, const rules::Pack& pack, const rules::Direction& d,
                    rules::Lang lang) {
  bool zh = lang == rules::Lang::Zh;
  out << S(pack.id) << " " << S(d.number) << "  " << S(d.title.get(lang)) << "\n\n";
  out << (zh ? "研究内容" : "Research items") << " (research_contents):\n";
  for (const auto& r : d.research_contents)
    out << "  " << S(r.id) << "  " << S(r.title.get(lang)) << "\n";
  out << "\n" << (zh ? "要求" : "Requirements") << ":\n";
  for (const auto& r : d.rules) {
    rule_text(out, r, lang);
    out << "\n";
  }
}

}  // namespace guidecheck::ruledoc
