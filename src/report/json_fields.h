// JSON pieces shared by the json and sarif renderers, written with the
// streaming JsonWriter (json_writer.h).
#pragma once

#include "eval/findings.h"
#include "report/json_writer.h"

namespace guidecheck::report {
// {"line": L, "column": C}, unknown positions as 1.
void write_location(JsonWriter& w, const Mark& m);
// {"op", "value", "unit", "guide_range"} of contract §4.
void write_expected(JsonWriter& w, const rules::Expected& e);
// The same members, into an object the caller has opened.
void write_expected_members(JsonWriter& w, const rules::Expected& e);
// One element of "results" (contract §4).
void write_result(JsonWriter& w, const eval::FileResult& r);
}  // namespace guidecheck::report
