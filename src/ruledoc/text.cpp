// rules show (text) and explain.
#include "messages/text.h"

#include <fmt/format.h>

#include <sstream>

#include "common/safe_text.h"
#include "ruledoc/ruledoc.h"
#include "rules/requirement.h"

namespace guidecheck::ruledoc {

namespace {
// Rule packs are untrusted (a --rules folder): their text goes to a terminal
// escaped (common/safe_text.h).
std::string S(std::string_view s) { return safe::text(s); }
}  // namespace

void rule_text(std::ostream& out, const rules::Rule& r, rules::Lang lang) {
  out << S(r.full_id) << "  " << S(r.title.get(lang)) << "\n";
  out << "  " << msg::tr<msg::Id::ruledoc_text_requires>(lang) << ": "
      << S(rules::rule_requirement(r, lang))
      << fmt::format("   [{}, {}{}]", rules::kind_name(r.kind), rules::severity_name(r.severity),
                     r.measure == rules::Measure::Indicator ? "" : ", " + S(r.measure_name()))
      << "\n";
  if (!r.categories.empty()) {
    out << "  " << msg::tr<msg::Id::ruledoc_text_categories>(lang) << ":";
    for (const auto& c : r.categories) out << " " << S(c.id) << " (" << S(c.label.get(lang)) << ")";
    out << "\n";
  }
  if (r.kind == rules::Kind::Formula)
    for (const auto& in : r.inputs)
      out << "  " << msg::tr<msg::Id::ruledoc_text_input>(lang) << ": indicators." << S(in.id)
          << " [" << S(in.unit) << "] " << S(in.title.get(lang)) << "\n";
  out << "  " << msg::tr<msg::Id::ruledoc_text_guide>(lang) << " " << S(r.source.section) << ": "
      << S(r.source.text) << "\n";
  if (!r.note.empty())
    out << "  " << msg::tr<msg::Id::ruledoc_text_note>(lang) << ": " << S(r.note.get(lang)) << "\n";
  for (const auto& alt : r.any_of) {  // either/or: each alternative, indented
    std::ostringstream sub;
    rule_text(sub, alt, lang);
    std::istringstream lines(sub.str());
    std::string line;
    bool first = true;
    while (std::getline(lines, line)) {
      out << "    " << (first ? msg::tr<msg::Id::ruledoc_text_or>(lang) : std::string("   "))
          << line << "\n";
      first = false;
    }
  }
}

void direction_text(std::ostream& out, const rules::Pack& pack, const rules::Direction& d,
                    rules::Lang lang) {
  out << S(pack.id) << " " << S(d.number) << "  " << S(d.title.get(lang)) << "\n\n";
  out << msg::tr<msg::Id::ruledoc_text_research_items>(lang) << " (research_contents):\n";
  for (const auto& r : d.research_contents)
    out << "  " << S(r.id) << "  " << S(r.title.get(lang)) << "\n";
  out << "\n" << msg::tr<msg::Id::ruledoc_text_requirements>(lang) << ":\n";
  for (const auto& r : d.rules) {
    rule_text(out, r, lang);
    out << "\n";
  }
}

}  // namespace guidecheck::ruledoc
