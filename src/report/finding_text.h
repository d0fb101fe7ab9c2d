// What the formats share: a finding's parts as short text, the status words,
// the counts of a result's findings and the lists of its rule ids, each
// computed in one place so that no two formats can disagree.
#pragma once

#include <string>

#include "report/sink.h"

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

// How many findings of a result have each status, counted in one pass: the
// per-proposal counts of text, html, markdown, csv, xlsx and the API.
struct Tally {
  int total = 0, pass = 0, fail = 0, missing = 0, invalid = 0, waived = 0;
};
Tally tally(const eval::FileResult& r);

// "N requirements: P pass, F fail, M missing, I invalid", and the waived count
// when there is one: the counts line of text, html and markdown (numbers and
// catalogue words only, nothing to escape).
std::string counts_text(const Tally& t, rules::Lang lang);

// The rule ids of a result's open problems (failed, missing, invalid) and of
// its waived findings, space-separated: the failing_rules and waived_rules
// cells of csv, html and xlsx.
std::string failing_ids(const eval::FileResult& r);
std::string waived_ids(const eval::FileResult& r);

}  // namespace guidecheck::report
