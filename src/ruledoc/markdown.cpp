// rules show --format markdown, and the generated docs/guide/<pack>.md.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "messages/text.h"
#include "ruledoc/ruledoc.h"
#include "rules/requirement.h"

namespace guidecheck::ruledoc {
namespace {

std::string cell(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n')
      out += ' ';
    else
      out += c;
  }
  return out;
}

void rules_table(std::ostream& out, const std::vector<rules::Rule>& rs, rules::Lang lang) {
  out << msg::tr<msg::Id::ruledoc_md_rules_head>(lang);
  out << "|---|---|---|---|---|---|---|---|---|---|\n";
  // An any_of rule, then its alternatives ("or …" before their titles).
  std::vector<std::pair<const rules::Rule*, bool>> rows;
  for (const auto& r : rs) {
    rows.push_back({&r, false});
    for (const auto& alt : r.any_of) rows.push_back({&alt, true});
  }
  for (auto [rp, alternative] : rows) {
    const rules::Rule& r = *rp;
    std::string title =
        alternative ? msg::tr<msg::Id::ruledoc_md_or>(lang, r.title.get(lang)) : r.title.get(lang);
    rules::Expected e = rules::expected_of(r);
    std::string value;
    if (e.value)
      value = rules::format_number(*e.value);
    else if (e.range)
      value = "[" + rules::format_number(e.range->first) + ", " +
              rules::format_number(e.range->second) + "]";
    else if (!e.list.empty())
      value = fmt::format("{}", fmt::join(e.list, ", "));
    else if (!e.ratio.empty())
      value = e.ratio;
    else if (r.kind == rules::Kind::Formula)
      value = r.formula;
    if (e.guide_range)
      value +=
          msg::tr<msg::Id::ruledoc_md_guide_range>(lang, rules::format_number(e.guide_range->first),
                                                   rules::format_number(e.guide_range->second));
    out << fmt::format("| `{}` | {} | `{}` | {} | {} | {} | {} | {} | {} ({}) | {} |\n", r.full_id,
                       cell(title), rules::op_name(e.op), cell(value), cell(r.unit), r.better,
                       rules::kind_name(r.kind), rules::severity_name(r.severity),
                       cell(r.source.text), cell(r.source.section), cell(r.note.get(lang)));
  }
}

}  // namespace

void direction_markdown(std::ostream& out, const rules::Pack& pack, const rules::Direction& d,
                        rules::Lang lang, int level) {
  std::string h(level, '#');
  out << h << " " << d.number << " " << d.title.get(lang) << "\n\n";
  out << msg::tr<msg::Id::ruledoc_md_pack>(lang) << ": `" << pack.id << "`";
  if (!d.area.empty()) out << " · " << d.area.get(lang);
  out << "\n\n" << h << "# " << msg::tr<msg::Id::ruledoc_md_research_items>(lang) << "\n\n";
  for (const auto& r : d.research_contents)
    out << "- `" << r.id << "`: " << r.title.get(lang) << "\n";
  out << "\n" << h << "# " << msg::tr<msg::Id::ruledoc_md_requirements>(lang) << "\n\n";
  rules_table(out, d.rules, lang);
  if (!d.not_thresholds.empty()) {
    out << "\n" << h << "# " << msg::tr<msg::Id::ruledoc_md_not_thresholds>(lang) << "\n\n";
    for (const auto& n : d.not_thresholds)
      out << "- **" << n.number << "** — " << cell(n.text) << ": " << cell(n.reason) << "\n";
  }
  out << "\n";
}

void general_markdown(std::ostream& out, const rules::General& g, rules::Lang lang, int level) {
  std::string h(level, '#');
  out << h << " " << msg::tr<msg::Id::ruledoc_md_general>(lang) << "\n\n";
  rules_table(out, g.rules, lang);
  if (!g.not_checkable.empty()) {
    out << "\n" << h << "# " << msg::tr<msg::Id::ruledoc_md_not_checkable>(lang) << "\n\n";
    for (const auto& n : g.not_checkable)
      out << "- " << cell(n.text) << ": " << cell(n.reason) << "\n";
  }
  out << "\n";
}

void pack_markdown(std::ostream& out, const rules::Pack& pack, const rules::General& general,
                   const std::vector<rules::Direction>& directions, rules::Lang lang) {
  using msg::Id;
  out << msg::tr<Id::ruledoc_md_generated>(lang, pack.id);
  out << "# " << pack.title.get(lang) << "\n\n";
  out << msg::tr<Id::ruledoc_md_pack>(lang) << " `" << pack.id << "` · " << pack.year << " · "
      << pack.status << "\n\n";
  out << msg::tr<Id::ruledoc_md_source>(lang, pack.source_document);
  std::size_t rules_total = general.rules.size();
  for (const auto& d : directions) rules_total += d.rules.size();
  out << msg::tr<Id::ruledoc_md_counts>(lang, directions.size(), rules_total);
  out << msg::tr<Id::ruledoc_md_directions_head>(lang) << "|---|---|---|---|---|\n";
  for (const auto& d : directions) {
    int notes = 0;
    for (const auto& r : d.rules) notes += !r.note.empty();
    out << fmt::format(
        "| [{}](#{}) | {} | {} | {} | {} |\n", d.number,
        "d" +
            [&] {
              std::string a = d.number;
              std::replace(a.begin(), a.end(), '.', '-');
              return a;
            }(),
        cell(d.title.get(lang)), d.research_contents.size(), d.rules.size(), notes);
  }
  out << "\n";
  general_markdown(out, general, lang, 2);
  for (const auto& d : directions) {
    std::string anchor = d.number;
    std::replace(anchor.begin(), anchor.end(), '.', '-');
    out << "<a id=\"d" << anchor << "\"></a>\n\n";
    direction_markdown(out, pack, d, lang, 2);
  }
  out << "## " << msg::tr<Id::ruledoc_md_notes_index>(lang) << "\n\n";
  auto note_line = [&](const rules::Rule& r) {
    if (!r.note.empty()) out << "- `" << r.full_id << "`: " << cell(r.note.get(lang)) << "\n";
  };
  for (const auto& r : general.rules) note_line(r);
  for (const auto& d : directions)
    for (const auto& r : d.rules) note_line(r);
}

}  // namespace guidecheck::ruledoc
