// One input of a check, whatever its kind: text already in memory (standard
// input, an upload), a document to import (.docx, .md, .txt) or a YAML file.
// The one per-file path that the library (guidecheck::Checker) and the
// command line's batch (cli/batch.cpp) both take, so that the two give the
// same result for the same input.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "eval/checker.h"
#include "eval/findings.h"

namespace guidecheck::api {

// `text`, when given, is the proposal's YAML and `path` only names it.
// `document_direction` applies to documents that name none ("" = they must).
// Never throws but std::bad_alloc: anything else becomes an error result.
eval::FileResult check_input(eval::Checker& checker, const std::string& path,
                             std::optional<std::string_view> text,
                             const std::string& document_direction);

// The error result of an input that could not be checked.
eval::FileResult error_result(const std::string& file, const std::string& message);

}  // namespace guidecheck::api
