// The library's plain result (include/guidecheck/guidecheck.h) made from the
// report model every renderer reads (report/report.h).
#pragma once

#include <guidecheck/guidecheck.h>

#include "eval/findings.h"

namespace guidecheck::api {

// `json`: also render the JSON report of this one result into Result::json.
Result to_public(const eval::FileResult& r, rules::Lang lang, rules::Severity fail_on, bool json);

}  // namespace guidecheck::api
