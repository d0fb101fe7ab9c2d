// A finding's parts as short text, shared by the junit, markdown and github
// renderers.
#pragma once

#include <string>

#include "report/render.h"

namespace guidecheck::report {

// What the proposal gave, as written ("58 %", "[a, b]"), or "" when nothing.
std::string actual_text(const eval::Finding& f);

// What the guide requires: "≥ 60 %", "a commitment" ...
std::string expected_text(const eval::Finding& f, rules::Lang lang);

// "file:line:col", unknown line or column shown as 1.
std::string place(const std::string& file, const Mark& m);

// True for a finding the one-line, codequality and markdown summary formats
// list as a problem: failed, missing or invalid; not passed, not waived (a
// waived finding is not printed by gcc, compact or codequality). A switch
// without a default: a new status does not compile until it is decided here.
bool listed_as_problem(eval::Status s);

// The status words shown to people, in `lang` (status_name and
// file_status_name are the machine words, the same in both languages).
std::string status_word(eval::Status s, rules::Lang lang);
std::string file_status_word(eval::FileStatus s, rules::Lang lang);
std::string severity_word(rules::Severity s, rules::Lang lang);

// True when the finding makes its proposal fail under --fail-on (a waived one never does).
bool blocking(const eval::Finding& f, const RenderOptions& o);

}  // namespace guidecheck::report
