// Text normalisation for values written by applicants: full-width digits and
// signs (６２％, ≥, ～), compatibility forms (℃, ㎡, superscripts) folded by ICU's
// NFKC, then trimmed.
#pragma once

#include <string>
#include <string_view>

namespace guidecheck::text {

// NFKC-normalised copy (common text folded by table, without calling ICU).
std::string fold(std::string_view s);

// The two ways `fold` takes, apart for the tests: by table (false, `out`
// unspecified, when `s` holds a character the table does not know) and ICU's.
bool fold_by_table(std::string_view s, std::string& out);
std::string fold_icu(std::string_view s);

std::string_view trim(std::string_view s);

// "asia", "europe", "americas", "africa", "oceania" for an ISO 3166-1 alpha-2
// code (ICU's region containment), or "" when the code is unknown.
std::string continent_of(std::string_view country_code);

// True when `code` is an ISO 3166-1 alpha-2 territory ICU knows.
bool known_country(std::string_view code);

}  // namespace guidecheck::text
