// rules show (text) and explain.
#include <fmt/format.h>

#include <sstream>

#include "eval/evaluate.h"
#include "ruledoc/ruledoc.h"

namespace guidecheck::ruledoc {

void rule_text(std::ostream& out, const rules::Rule& r, rules::Lang lang) {
  bool zh = lang == rules::Lang::Zh;
  out << r.full_id << "  " << r.title.get(lang) << "\n";
  out << "  " << (zh ? "要求" : "requires") << ": " << eval::rule_requirement(r, lang)
      << fmt::format("   [{}, {}{}]", rules::kind_name(r.kind), rules::severity_name(r.severity),
                     r.measure == "indicator" ? "" : ", " + r.measure)
      << "\n";
  if (!r.categories.empty()) {
    out << "  " << (zh ? "可选类别" : "categories") << ":";
    for (const auto& c : r.categories) out << " " << c.id << " (" << c.label.get(lang) << ")";
    out << "\n";
  }
  if (r.kind == rules::Kind::Formula)
    for (const auto& in : r.inputs)
      out << "  " << (zh ? "输入" : "input") << ": indicators." << in.id << " [" << in.unit << "] "
          << in.title.get(lang) << "\n";
  out << "  " << (zh ? "指南" : "guide") << " " << r.source.section << ": " << r.source.text
      << "\n";
  if (!r.note.empty()) out << "  " << (zh ? "说明" : "note") << ": " << r.note.get(lang) << "\n";
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
  out << pack.id << " " << d.number << "  " << d.title.get(lang) << "\n\n";
  out << (zh ? "研究内容" : "Research items") << " (research_contents):\n";
  for (const auto& r : d.research_contents)
    out << "  " << r.id << "  " << r.title.get(lang) << "\n";
  out << "\n" << (zh ? "要求" : "Requirements") << ":\n";
  for (const auto& r : d.rules) {
    rule_text(out, r, lang);
    out << "\n";
  }
}

}  // namespace guidecheck::ruledoc
