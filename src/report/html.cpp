// check --format html: one self-contained page for a programme officer. No
// network at all (inline CSS, script and SVG; a Content-Security-Policy that
// forbids loading anything): the overview (totals, pass rate by direction, the
// 15 most-failed requirements), then a table of proposals that sorts on a
// header click and filters by text, status and direction, each row opening its
// details (what did not pass, and why) on click. The state lives in the URL's
// #fragment (#status=fail&direction=3.1&q=...&sort=file&open=p3), so a view can
// be shared. Streams: rows are written as results arrive; the overview, which
// needs the totals, is written last and shown first (CSS order).
#include <fmt/format.h>

#include "report/aggregate.h"
#include "report/finding_text.h"
#include "report/html_parts.h"
#include "report/sink.h"

namespace guidecheck::report {
namespace {

using html::escape;

constexpr std::size_t kTopRequirements = 15;

class HtmlSink : public Sink {
 public:
  HtmlSink(std::ostream& out, const RenderOptions& o)
      : out_(out), o_(o), zh_(o.lang == rules::Lang::Zh) {
    out_ << "<!DOCTYPE html>\n<html lang=\"" << (zh_ ? "zh-CN" : "en")
         << "\">\n<head>\n<meta charset=\"utf-8\">\n"
         << "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n"
         << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
         << "<meta name=\"generator\" content=\"guidecheck " << escape(o.tool_version) << "\">\n"
         << "<title>" << t("guidecheck batch report", "guidecheck 批量检查报告")
         << "</title>\n<style>" << html::style()
         << "</style>\n</head>\n<body>\n<main id=\"report\">\n"
         << "<section id=\"proposals-section\">\n<h2>" << t("Proposals", "申报书") << "</h2>\n"
         << "<div class=\"controls\">"
         << "<input id=\"filter\" type=\"search\" placeholder=\""
         << t("Filter: file, title, lead unit, requirement …",
              "筛选：文件、项目名称、牵头单位、要求 …")
         << "\">"
         << "<select id=\"status-filter\"><option value=\"\">" << t("every status", "全部结果")
         << "</option>"
         << "<option value=\"pass\">" << t("passed", "通过") << "</option><option value=\"fail\">"
         << t("failed", "不通过") << "</option><option value=\"error\">"
         << t("could not be checked", "无法检查") << "</option><option value=\"waived\">"
         << t("with waived requirements", "含已豁免的要求") << "</option></select>"
         << "<select id=\"direction-filter\"><option value=\"\">"
         << t("every direction", "全部方向")
         << "</option></select> <span id=\"shown\" aria-live=\"polite\"></span></div>\n"
         << "<table id=\"proposals\">\n<thead><tr>";
    const std::pair<const char*, const char*> cols[] = {
        {"text", t("File", "文件")},
        {"direction", t("Direction", "方向")},
        {"text", t("Title", "项目名称")},
        {"text", t("Lead unit", "牵头单位")},
        {"text", t("Status", "结果")},
        {"number", t("Passed", "通过")},
        {"number", t("Failed", "不通过")},
        {"number", t("Missing", "未填写")},
        {"number", t("Invalid", "无法判断")},
        {"number", t("Waived", "已豁免")},
        {"text", t("Failing requirements", "未通过的要求")}};
    const char* keys[] = {"file",   "direction", "title",   "lead",   "status", "passed",
                          "failed", "missing",   "invalid", "waived", "rules"};
    for (int i = 0; i < 11; ++i)
      out_ << "<th data-key=\"" << keys[i] << "\" data-type=\"" << cols[i].first
           << "\" tabindex=\"0\">" << cols[i].second << "</th>";
    out_ << "</tr></thead>\n<tbody>\n";
  }

  void add(const FileResult& r) override {
    agg_.add(r);
    ++n_;
    std::string failing;
    for (const Finding& f : r.findings)
      if (open_problem(f)) failing += (failing.empty() ? "" : " ") + f.rule_id;
    const char* status = file_status_name(r.status);
    std::string status_text = r.status == FileStatus::Pass ? t("passed", "通过")
                              : r.status == FileStatus::Fail
                                  ? t("failed", "不通过")
                                  : t("could not be checked", "无法检查");
    out_ << fmt::format(
        "<tr class=\"proposal {0}\" id=\"p{1}\" data-file=\"{2}\" data-direction=\"{3}\" "
        "data-status=\"{0}\" "
        "data-title=\"{4}\" data-lead=\"{5}\" data-passed=\"{6}\" data-failed=\"{7}\" "
        "data-missing=\"{8}\" "
        "data-invalid=\"{9}\" data-waived=\"{12}\" data-rules=\"{10}\" tabindex=\"0\" "
        "aria-expanded=\"false\" "
        "aria-controls=\"d{1}\">"
        "<td class=\"file\">{2}</td><td>{3}</td><td>{4}</td><td>{5}</td><td "
        "class=\"status\">{11}</td>"
        "<td class=\"n\">{6}</td><td class=\"n\">{7}</td><td class=\"n\">{8}</td><td "
        "class=\"n\">{9}</td><td class=\"n\">{12}</td>"
        "<td class=\"rules\">{10}</td></tr>\n",
        status, n_, escape(r.file), escape(r.direction), escape(r.title), escape(r.lead),
        r.count(Status::Pass), r.count(Status::Fail), r.count(Status::Missing),
        r.count(Status::Invalid), escape(failing), escape(status_text), r.count(Status::Waived));
    out_ << "<tr class=\"details\" id=\"d" << n_ << "\" hidden><td colspan=\"11\">";
    details(r);
    out_ << "</td></tr>\n";
  }

  void finish() override {
    const Summary& s = agg_.summary();
    out_ << "</tbody>\n</table>\n</section>\n<section id=\"overview\">\n<h1>"
         << t("guidecheck batch report", "guidecheck 批量检查报告")
         << "</h1>\n<p class=\"summary\">"
         << (zh_ ? fmt::format("共 {} 份申报书：<b class=\"pass\">通过 {}</b>，<b "
                               "class=\"fail\">不通过 {}</b>，"
                               "<b class=\"error\">无法检查 {}</b>",
                               s.files, s.passed, s.failed, s.errors)
                 : fmt::format("{} proposals: <b class=\"pass\">{} passed</b>, <b "
                               "class=\"fail\">{} failed</b>, "
                               "<b class=\"error\">{} could not be checked</b>",
                               s.files, s.passed, s.failed, s.errors))
         << (s.waived == 0 ? std::string()
             : zh_
                 ? fmt::format("；<b class=\"waived\">已豁免 {} 项要求</b>（不计为通过）", s.waived)
                 : fmt::format("; <b class=\"waived\">{} requirements waived</b> (not "
                               "counted as passed)",
                               s.waived))
         << " <span class=\"tool\">guidecheck " << escape(o_.tool_version)
         << "</span></p>\n<div class=\"charts\">"
         << "<figure><figcaption>" << t("Pass rate by direction", "各方向通过率") << "</figcaption>"
         << html::pass_rate_chart(agg_.directions(), o_.lang) << "</figure>\n"
         << "<figure><figcaption>"
         << (zh_ ? fmt::format("未通过最多的要求（前 {} 项）", kTopRequirements)
                 : fmt::format("Most-failed requirements (top {})", kTopRequirements))
         << "</figcaption>" << html::most_failed_chart(agg_.most_failed(kTopRequirements), o_.lang)
         << "</figure></div>\n</section>\n</main>\n<script>\n"
         << "const L = " << labels() << ";\n"
         << html::script() << "</script>\n</body>\n</html>\n";
  }

 private:
  const char* t(const char* en, const char* zh) const { return zh_ ? zh : en; }

  void details(const FileResult& r) {
    out_ << "<div class=\"detail\">";
    if (r.error)
      out_ << "<p class=\"error\">" << t("Could not be checked: ", "无法检查：")
           << escape(place(r.file, r.error->mark)) << ": " << escape(r.error->message) << "</p>";
    if (!r.findings.empty()) {
      int n = static_cast<int>(r.findings.size());
      out_ << "<p class=\"counts\">"
           << (zh_ ? fmt::format("{} 项要求：通过 {}，不通过 {}，未填写 {}，无法判断 {}", n,
                                 r.count(Status::Pass), r.count(Status::Fail),
                                 r.count(Status::Missing), r.count(Status::Invalid))
                   : fmt::format("{} requirements: {} passed, {} failed, {} missing, {} invalid", n,
                                 r.count(Status::Pass), r.count(Status::Fail),
                                 r.count(Status::Missing), r.count(Status::Invalid)));
      if (int w = r.count(Status::Waived))
        out_ << (zh_ ? fmt::format("，已豁免 {}", w) : fmt::format(", {} waived", w));
      out_ << "</p>";
    }
    bool any = false;
    for (const Finding& f : r.findings) {
      if (f.status == Status::Pass) continue;
      if (!any) {
        out_ << "<table class=\"findings\"><thead><tr><th>" << t("Requirement", "要求")
             << "</th><th>" << t("Status", "结果") << "</th><th>" << t("Message", "说明")
             << "</th><th>" << t("Expected", "指南要求") << "</th><th>" << t("Actual", "申报值")
             << "</th><th>" << t("Where", "位置") << "</th><th>" << t("Guide", "指南原文")
             << "</th></tr></thead><tbody>";
        any = true;
      }
      std::string guide = f.rule ? f.rule->source.section + ": " + f.rule->source.text : "";
      out_ << fmt::format(
          "<tr class=\"finding {0}\" data-rule=\"{1}\" data-status=\"{0}\" "
          "data-severity=\"{2}\"><td>{1}<br>"
          "<small>{3}</small></td><td>{0}{4}</td><td>{5}</td><td>{6}</td><td>{7}</td><td>{8}</"
          "td><td>{9}{10}</td>"
          "</tr>",
          status_name(f.status), escape(f.rule_id), rules::severity_name(f.severity),
          escape(f.title),
          f.severity == rules::Severity::Error
              ? ""
              : fmt::format(" [{}]", rules::severity_name(f.severity)),
          f.waiver ? std::string("<b class=\"waiver\">") + t("waived: ", "已豁免：") +
                         escape(waiver_text(*f.waiver)) + "</b><br>" + escape(f.message)
                   : escape(f.message),
          escape(expected_text(f, o_.lang)), escape(actual_text(f)),
          escape(fmt::format("{}:{}", f.location.line > 0 ? f.location.line : 1,
                             f.location.column > 0 ? f.location.column : 1)),
          escape(guide), f.note.empty() ? "" : "<br><small>" + escape(f.note) + "</small>");
    }
    if (any) out_ << "</tbody></table>";
    if (!r.warnings.empty()) {
      out_ << "<ul class=\"warnings\">";
      for (const auto& w : r.warnings)
        out_ << "<li>" << t("warning: ", "警告：") << escape(w.where()) << ": " << escape(w.message)
             << "</li>";
      out_ << "</ul>";
    }
    out_ << "</div>";
  }

  // "reason (by X, until D)".
  std::string waiver_text(const WaiverInfo& w) const {
    std::string s = w.reason;
    std::string extra;
    if (!w.by.empty()) extra += t("by ", "豁免人 ") + w.by;
    if (!w.until.empty())
      extra += std::string(extra.empty() ? "" : t(", ", "，")) + t("until ", "至 ") + w.until;
    if (w.external)
      extra += std::string(extra.empty() ? "" : t(", ", "，")) + t("in ", "见 ") + w.file;
    return extra.empty() ? s : s + t(" (", "（") + extra + t(")", "）");
  }

  // The few words the script writes, in the report's language (a JSON object).
  std::string labels() const {
    return zh_ ? R"J({"shown": "显示 {0} / {1} 份", "unknown": "（未知）"})J"
               : R"J({"shown": "showing {0} of {1}", "unknown": "(unknown)"})J";
  }

  std::ostream& out_;
  RenderOptions o_;
  bool zh_;
  int n_ = 0;
  Aggregate agg_;
};

}  // namespace

std::unique_ptr<Sink> open_html(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<HtmlSink>(out, o);
}

void render_html(std::ostream& out, const std::vector<FileResult>& results,
                 const RenderOptions& o) {
  render_through(open_html(out, o), results);
}

}  // namespace guidecheck::report
