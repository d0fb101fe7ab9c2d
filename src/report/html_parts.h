// Pieces of the html report (html.cpp): escaping, the inline SVG charts
// (html_charts.cpp) and the inline stylesheet and script (html_assets.cpp).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "report/aggregate.h"
#include "rules/model.h"

namespace guidecheck::report::html {

// Untrusted text for an HTML element or a quoted attribute: safe::xml
// (common/safe_text.h): & < > " ' escaped, invalid UTF-8 replaced, control
// characters and line breaks shown escaped.
std::string escape(std::string_view s);

// <svg id="chart-pass-rate">: one stacked bar per direction (passed, failed,
// could not be checked), labelled with the pass rate.
std::string pass_rate_chart(const std::vector<DirectionRow>& rows, rules::Lang lang);

// <svg id="chart-most-failed">: one bar per requirement, the number of
// proposals that did not pass it.
std::string most_failed_chart(const std::vector<RuleRow>& rows, rules::Lang lang);

const char* style();   // the stylesheet
const char* script();  // sorting, filtering, details on click, state in the URL's #fragment

}  // namespace guidecheck::report::html
