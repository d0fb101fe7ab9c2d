// rules show --format markdown, and the generated docs/guide/<pack>.md.
#include <fmt/format.h>

#include "eval/evaluate.h"
#include "ruledoc/ruledoc.h"

namespace guidecheck::ruledoc {
namespace {

std::string cell(std::string s) {
  std::string out;
  for (char c : s) {
    if (c == '|') out += "\\|";
    else if (c == '\n') out += ' ';
    else out += c;
  }
  return out;
}

void rules_table(std::ostream& out, const std::vector<rules::Rule>& rs, rules::Lang lang) {
  bool zh = lang == rules::Lang::Zh;
  out << (zh ? "| id | 要求 | 比较 | 值 | 单位 | 种类 | 严重性 | 指南原文 | 说明 |\n"
             : "| id | requirement | op | value | unit | kind | severity | guide text | note |\n");
  out << "|---|---|---|---|---|---|---|---|---|\n";
  for (const auto& r : rs) {
    report::Expected e = eval::expected_of(r);
    std::string value;
    if (e.value) value = eval::format_number(*e.value);
    else if (e.range) value = "[" + eval::format_number(e.range->first) + ", " + eval::format_number(e.range->second) + "]";
    else if (!e.list.empty()) for (const auto& x : e.list) value += (value.empty() ? "" : ", ") + x;
    else if (!e.ratio.empty()) value = e.ratio;
    else if (r.kind == rules::Kind::Formula) value = r.formula;
    out << fmt::format("| `{}` | {} | `{}` | {} | {} | {} | {} | {} ({}) | {} |\n", r.full_id,
                       cell(r.title.get(lang)), rules::op_name(r.op), cell(value), cell(r.unit),
                       rules::kind_name(r.kind), rules::severity_name(r.severity),
                       cell(r.source.text), cell(r.source.section), cell(r.note.get(lang)));
  }
}

}  // namespace

void direction_markdown(std::ostream& out, const rules::Pack& pack, const rules::Direction& d,
                        rules::Lang lang, int level) {
  bool zh = lang == rules::Lang::Zh;
  std::string h(level, '#');
  out << h << " " << d.number << " " << d.title.get(lang) << "\n\n";
  out << (zh ? "规则包" : "Pack") << ": `" << pack.id << "`";
  if (!d.area.empty()) out << " · " << d.area.get(lang);
  out << "\n\n" << h << "# " << (zh ? "研究内容" : "Research items") << "\n\n";
  for (const auto& r : d.research_contents)
    out << "- `" << r.id << "`: " << r.title.get(lang) << "\n";
  out << "\n" << h << "# " << (zh ? "要求" : "Requirements") << "\n\n";
  rules_table(out, d.rules, lang);
  if (!d.not_thresholds.empty()) {
    out << "\n" << h << "# " << (zh ? "不作为阈值的数字" : "Numbers that are not thresholds") << "\n\n";
    for (const auto& n : d.not_thresholds)
      out << "- **" << n.number << "** — " << cell(n.text) << ": " << cell(n.reason) << "\n";
  }
  out << "\n";
}

void general_markdown(std::ostream& out, const rules::General& g, rules::Lang lang, int level) {
  bool zh = lang == rules::Lang::Zh;
  std::string h(level, '#');
  out << h << " " << (zh ? "通用要求" : "General rules") << "\n\n";
  rules_table(out, g.rules, lang);
  if (!g.not_checkable.empty()) {
    out << "\n" << h << "# " << (zh ? "无法按单个申报书检查的要求" : "Not checkable per proposal") << "\n\n";
    for (const auto& n : g.not_checkable) out << "- " << cell(n.text) << ": " << cell(n.reason) << "\n";
  }
  out << "\n";
}

}  // namespace guidecheck::ruledoc
