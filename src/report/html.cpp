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

#include "messages/text.h"
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
         << "<title>" << t(msg::Id::report_html_title) << "</title>\n<style>" << html::style()
         << "</style>\n</head>\n<body>\n<main id=\"report\">\n"
         << "<section id=\"proposals-section\">\n<h2>" << t(msg::Id::report_html_proposals)
         << "</h2>\n"
         << "<div class=\"controls\">"
         << "<input id=\"filter\" type=\"search\" placeholder=\"" << t(msg::Id::report_html_filter)
         << "\">"
         << "<select id=\"status-filter\"><option value=\"\">"
         << t(msg::Id::report_html_every_status) << "</option>"
         << "<option value=\"pass\">" << t(msg::Id::report_html_passed)
         << "</option><option value=\"fail\">" << t(msg::Id::report_html_failed)
         << "</option><option value=\"error\">" << t(msg::Id::report_html_could_not_check)
         << "</option><option value=\"waived\">" << t(msg::Id::report_html_with_waived)
         << "</option></select>"
         << "<select id=\"direction-filter\"><option value=\"\">"
         << t(msg::Id::report_html_every_direction)
         << "</option></select> <span id=\"shown\" aria-live=\"polite\"></span></div>\n"
         << "<table id=\"proposals\">\n<thead><tr>";
    const std::pair<const char*, std::string> cols[] = {
        {"text", t(msg::Id::report_xlsx_file)},
        {"direction", t(msg::Id::report_xlsx_direction)},
        {"text", t(msg::Id::report_xlsx_project_title)},
        {"text", t(msg::Id::report_xlsx_lead)},
        {"text", t(msg::Id::report_xlsx_status)},
        {"number", t(msg::Id::report_xlsx_passed)},
        {"number", t(msg::Id::report_xlsx_failed)},
        {"number", t(msg::Id::report_xlsx_missing)},
        {"number", t(msg::Id::report_xlsx_invalid)},
        {"number", t(msg::Id::report_xlsx_waived)},
        {"text", t(msg::Id::report_xlsx_failing)}};
    const char* keys[] = {"file",   "direction", "title",   "lead",   "status", "passed",
                          "failed", "missing",   "invalid", "waived", "rules"};
    for (int i = 0; i < 11; ++i)
      out_ << "<th data-key=\"" << keys[i] << "\" data-type=\"" << cols[i].first
           << "\" tabindex=\"0\">" << cols[i].second << "</th>";
    out_ << "</tr></thead>\n<tbody>\n";
  }

  void add(const eval::FileResult& r) override {
    agg_.add(r);
    ++n_;
    std::string failing = failing_ids(r);
    Tally n = tally(r);
    const char* status = eval::file_status_name(r.status);
    std::string status_text = r.status == eval::FileStatus::Pass ? t(msg::Id::report_html_passed)
                              : r.status == eval::FileStatus::Fail
                                  ? t(msg::Id::report_html_failed)
                                  : t(msg::Id::report_html_could_not_check);
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
        status, n_, escape(r.file), escape(r.direction), escape(r.title), escape(r.lead), n.pass,
        n.fail, n.missing, n.invalid, escape(failing), escape(status_text) + reasons(r), n.waived);
    out_ << "<tr class=\"details\" id=\"d" << n_ << "\" hidden><td colspan=\"11\">";
    details(r);
    out_ << "</td></tr>\n";
  }

  void finish() override {
    const eval::Summary& s = agg_.summary();
    out_ << "</tbody>\n</table>\n</section>\n<section id=\"overview\">\n<h1>"
         << t(msg::Id::report_html_title) << "</h1>\n<p class=\"summary\">"
         << msg::tr<msg::Id::report_html_summary>(o_.lang, s.files, s.passed, s.failed, s.errors)
         << (s.waived == 0 ? std::string()
                           : msg::tr<msg::Id::report_html_waived_total>(o_.lang, s.waived))
         << " <span class=\"tool\">guidecheck " << escape(o_.tool_version)
         << "</span></p>\n<div class=\"charts\">"
         << "<figure><figcaption>" << t(msg::Id::report_chart_pass_rate) << "</figcaption>"
         << html::pass_rate_chart(agg_.directions(), o_.lang) << "</figure>\n"
         << "<figure><figcaption>"
         << msg::tr<msg::Id::report_html_most_failed>(o_.lang, kTopRequirements) << "</figcaption>"
         << html::most_failed_chart(agg_.most_failed(kTopRequirements), o_.lang)
         << "</figure></div>\n</section>\n</main>\n<script>\n"
         << "const L = " << labels() << ";\n"
         << html::script() << "</script>\n</body>\n</html>\n";
  }

 private:
  // A label of the catalogue (an entry without arguments).
  std::string t(msg::Id id) const { return msg::Text{id, {}, {}}.render(o_.lang); }

  void details(const eval::FileResult& r) {
    out_ << "<div class=\"detail\">";
    if (r.error)
      out_ << "<p class=\"error\">" << t(msg::Id::report_html_error)
           << escape(place(r.file, r.error->mark)) << ": " << escape(r.error->message) << "</p>";
    if (!r.findings.empty()) {
      out_ << "<p class=\"counts\">" << counts_text(tally(r), o_.lang) << "</p>";
    }
    bool any = false;
    for (const eval::Finding& f : r.findings) {
      if (f.status == eval::Status::Pass) continue;
      if (!any) {
        out_ << "<table class=\"findings\"><thead><tr><th>" << t(msg::Id::report_xlsx_requirement)
             << "</th><th>" << t(msg::Id::report_xlsx_status) << "</th><th>"
             << t(msg::Id::report_xlsx_message) << "</th><th>" << t(msg::Id::report_xlsx_expected)
             << "</th><th>" << t(msg::Id::report_xlsx_actual) << "</th><th>"
             << t(msg::Id::report_html_where) << "</th><th>" << t(msg::Id::report_html_guide_text)
             << "</th></tr></thead><tbody>";
        any = true;
      }
      std::string guide = f.rule ? f.rule->source.section + ": " + f.rule->source.text : "";
      out_ << fmt::format(
          "<tr class=\"finding {0}\" data-rule=\"{1}\" data-status=\"{0}\" "
          "data-severity=\"{2}\"><td>{1}<br>"
          "<small>{3}</small></td><td>{11}{4}</td><td>{5}</td><td>{6}</td><td>{7}</td><td>{8}</"
          "td><td>{9}{10}</td>"
          "</tr>",
          eval::status_name(f.status), escape(f.rule_id), rules::severity_name(f.severity),
          escape(f.title),
          f.severity == rules::Severity::Error
              ? ""
              : fmt::format(" [{}]", escape(severity_word(f.severity, o_.lang))),
          f.waiver ? std::string("<b class=\"waiver\">") + t(msg::Id::report_html_waived) +
                         escape(waiver_text(*f.waiver)) + "</b><br>" + escape(f.message)
                   : escape(f.message),
          escape(expected_text(f, o_.lang)), escape(actual_text(f)),
          escape(fmt::format("{}:{}", f.location.line > 0 ? f.location.line : 1,
                             f.location.column > 0 ? f.location.column : 1)),
          escape(guide), f.note.empty() ? "" : "<br><small>" + escape(f.note) + "</small>",
          escape(status_word(f.status, o_.lang)));
    }
    if (any) out_ << "</tbody></table>";
    if (!r.warnings.empty()) {
      out_ << "<ul class=\"warnings\">";
      for (const auto& w : r.warnings)
        out_ << "<li>" << t(msg::Id::report_html_warning) << escape(w.where()) << ": "
             << escape(w.message) << "</li>";
      out_ << "</ul>";
    }
    out_ << "</div>";
  }

  // Why a proposal, or some of its requirements, could not be checked, shown
  // in its row (not only in the details a click opens): the file's error, and
  // the first few requirements that are missing or could not be judged.
  std::string reasons(const eval::FileResult& r) const {
    constexpr int kShown = 3;
    std::string s;
    auto line = [&](const std::string& what, const std::string& why) {
      s += "<small class=\"reason\">" +
           escape(msg::tr<msg::Id::report_html_reason>(o_.lang, what, why)) + "</small>";
    };
    if (r.error) line(place(r.file, r.error->mark), r.error->message);
    int shown = 0, more = 0;
    for (const eval::Finding& f : r.findings) {
      if (f.status != eval::Status::Missing && f.status != eval::Status::Invalid) continue;
      if (shown == kShown) {
        ++more;
        continue;
      }
      line(f.rule_id, f.message);
      ++shown;
    }
    if (more)
      s += "<small class=\"reason\">" +
           escape(msg::tr<msg::Id::report_html_more_reasons>(o_.lang, more)) + "</small>";
    return s;
  }

  // "reason (by X, until D)".
  std::string waiver_text(const eval::WaiverInfo& w) const {
    const rules::Lang lang = o_.lang;
    std::string extra;
    auto add = [&](const std::string& part) {
      extra = extra.empty() ? part : msg::tr<msg::Id::report_html_waiver_and>(lang, extra, part);
    };
    if (!w.by.empty()) add(msg::tr<msg::Id::report_html_waiver_by>(lang, w.by));
    if (!w.until.empty()) add(msg::tr<msg::Id::report_html_waiver_until>(lang, w.until));
    if (w.external) add(msg::tr<msg::Id::report_html_waiver_in>(lang, w.file));
    return extra.empty() ? w.reason
                         : msg::tr<msg::Id::report_html_waiver_text>(lang, w.reason, extra);
  }

  // The few words the script writes, in the report's language (a JSON object).
  std::string labels() const {
    // The script fills {0} and {1}; the texts hold no quote or backslash.
    return fmt::format(R"J({{"shown": "{}", "unknown": "{}"}})J",
                       msg::tr<msg::Id::report_html_shown>(o_.lang, "{0}", "{1}"),
                       msg::tr<msg::Id::report_unknown_direction>(o_.lang));
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

}  // namespace guidecheck::report
