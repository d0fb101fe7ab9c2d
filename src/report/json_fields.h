// JSON pieces shared by the json, sarif and other renderers.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>

#include "eval/findings.h"

namespace guidecheck::report {
nlohmann::ordered_json location_json(const Mark& m);
nlohmann::ordered_json expected_json(const rules::Expected& e);
nlohmann::ordered_json finding_json(const eval::Finding& f);
nlohmann::ordered_json result_json(const eval::FileResult& r);

// `j` as json::dump(2) writes it nested `depth` spaces deep (every line after
// the first indented), for the streamed JSON documents (json_stream.cpp,
// sarif.cpp). Invalid UTF-8 (a file name) is replaced, not thrown; U+2028,
// NEL and the like are \u-escaped (safe::json_output).
void put_json(std::ostream& out, const nlohmann::ordered_json& j, int depth);
}  // namespace guidecheck::report
