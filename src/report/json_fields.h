// JSON pieces shared by the json, sarif and other renderers.
#pragma once

#include <nlohmann/json.hpp>

#include "report/report.h"

namespace guidecheck::report {
nlohmann::ordered_json location_json(const yaml::Mark& m);
nlohmann::ordered_json expected_json(const Expected& e);
nlohmann::ordered_json finding_json(const Finding& f);
nlohmann::ordered_json result_json(const FileResult& r);
}  // namespace guidecheck::report
