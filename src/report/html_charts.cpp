// The html report's charts, drawn as inline SVG at the end of a batch (no
// script, no library): pass rate by direction and the most-failed
// requirements. Every bar is a <g class="bar"> carrying its numbers as data-*
// attributes and a <title> tooltip, so the page (and its tests) can read them.
#include <fmt/format.h>

#include <algorithm>

#include "common/safe_text.h"
#include "messages/text.h"
#include "report/html_parts.h"

namespace guidecheck::report::html {

std::string escape(std::string_view raw) { return safe::xml(raw, true); }

namespace {

constexpr int kRow = 24;     // height of one bar's row
constexpr int kTop = 8;      // space above the first bar
constexpr int kLegend = 28;  // space for the legend under the bars

std::string pct(double v) { return fmt::format("{:.1f} %", 100 * v); }

}  // namespace

std::string pass_rate_chart(const std::vector<DirectionRow>& rows, rules::Lang lang) {
  const int label = 90, bar = 420, value = 170, width = label + bar + value;
  const int height = kTop + static_cast<int>(rows.size()) * kRow + kLegend;
  std::string title = msg::tr<msg::Id::report_chart_pass_rate>(lang);
  std::string s = fmt::format(
      "<svg id=\"chart-pass-rate\" class=\"chart\" role=\"img\" aria-label=\"{0}\" width=\"{1}\" "
      "height=\"{2}\" "
      "viewBox=\"0 0 {1} {2}\"><title>{0}</title>\n",
      escape(title), width, height);
  int y = kTop;
  for (const DirectionRow& d : rows) {
    std::string name =
        d.direction.empty() ? msg::tr<msg::Id::report_unknown_direction>(lang) : d.direction;
    double n = std::max(1, d.proposals);
    double wp = bar * d.passed / n, wf = bar * d.failed / n, we = bar * d.errors / n;
    std::string tip = msg::tr<msg::Id::report_chart_direction_tip>(
        lang, name, d.proposals, d.passed, d.failed, d.errors, pct(d.pass_rate()));
    s += fmt::format(
        "<g class=\"bar\" data-direction=\"{}\" data-proposals=\"{}\" data-passed=\"{}\" "
        "data-failed=\"{}\" "
        "data-errors=\"{}\" data-pass-rate=\"{:.4f}\"><title>{}</title>"
        "<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>"
        "<rect class=\"passed\" x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\"/>"
        "<rect class=\"failed\" x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\"/>"
        "<rect class=\"errors\" x=\"{:.1f}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\"/>"
        "<text class=\"value\" x=\"{}\" y=\"{}\">{} ({}/{})</text></g>\n",
        escape(d.direction), d.proposals, d.passed, d.failed, d.errors, d.pass_rate(), escape(tip),
        label - 8, y + 16, escape(name), label, y + 3, wp, kRow - 6, label + wp, y + 3, wf,
        kRow - 6, label + wp + wf, y + 3, we, kRow - 6, label + bar + 8, y + 16, pct(d.pass_rate()),
        d.passed, d.proposals);
    y += kRow;
  }
  y += 8;
  const std::pair<const char*, std::string> legend[] = {
      {"passed", msg::tr<msg::Id::report_chart_passed>(lang)},
      {"failed", msg::tr<msg::Id::report_chart_failed>(lang)},
      {"errors", msg::tr<msg::Id::report_chart_errors>(lang)}};
  int x = label;
  for (const auto& [cls, text] : legend) {
    s += fmt::format(
        "<rect class=\"{}\" x=\"{}\" y=\"{}\" width=\"12\" height=\"12\"/>"
        "<text class=\"legend\" x=\"{}\" y=\"{}\">{}</text>",
        cls, x, y, x + 16, y + 11, escape(text));
    x += 150;
  }
  return s + "\n</svg>";
}

std::string most_failed_chart(const std::vector<RuleRow>& rows, rules::Lang lang) {
  const int label = 330, bar = 300, value = 60, width = label + bar + value;
  const int height = kTop + std::max<int>(1, static_cast<int>(rows.size())) * kRow + 8;
  std::string title = msg::tr<msg::Id::report_chart_most_failed>(lang, rows.size());
  std::string s = fmt::format(
      "<svg id=\"chart-most-failed\" class=\"chart\" role=\"img\" aria-label=\"{0}\" width=\"{1}\" "
      "height=\"{2}\" "
      "viewBox=\"0 0 {1} {2}\"><title>{0}</title>\n",
      escape(title), width, height);
  int most = 1;
  for (const RuleRow& r : rows) most = std::max(most, r.not_passed());
  int y = kTop;
  for (const RuleRow& r : rows) {
    double w = static_cast<double>(bar) * r.not_passed() / most;
    std::string tip =
        r.rule_id + " — " + r.title +
        msg::tr<msg::Id::report_chart_rule_tip>(lang, r.failed, r.missing, r.invalid) +
        (r.source_text.empty() ? "" : "\n" + r.section + ": " + r.source_text);
    s += fmt::format(
        "<g class=\"bar\" data-rule=\"{}\" data-count=\"{}\" data-failed=\"{}\" "
        "data-missing=\"{}\" "
        "data-invalid=\"{}\"><title>{}</title>"
        "<text class=\"label\" x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>"
        "<rect class=\"failed\" x=\"{}\" y=\"{}\" width=\"{:.1f}\" height=\"{}\"/>"
        "<text class=\"value\" x=\"{:.1f}\" y=\"{}\">{}</text></g>\n",
        escape(r.rule_id), r.not_passed(), r.failed, r.missing, r.invalid, escape(tip), label - 8,
        y + 16, escape(r.rule_id), label, y + 3, w, kRow - 6, label + w + 6, y + 16,
        r.not_passed());
    y += kRow;
  }
  if (rows.empty())
    s += fmt::format("<text class=\"legend\" x=\"{}\" y=\"{}\">{}</text>", label, kTop + 16,
                     escape(msg::tr<msg::Id::report_chart_all_passed>(lang)));
  return s + "\n</svg>";
}

}  // namespace guidecheck::report::html
