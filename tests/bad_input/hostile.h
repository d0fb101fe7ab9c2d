// The hostile proposal of the bad-input catalogue: a title, a lead unit, a
// value and an unknown key (and, in the tests, a file name) that try to turn
// the reports against their readers: an ESC sequence that clears a terminal,
// BEL, CR/LF and the other line breaks (NEL, U+2028, U+2029) that would start
// a GitHub Actions command (::error, ::add-mask::) in a CI log, a bidi
// override, spreadsheet formulas (=, +, -, @: CWE-1236), HTML, Markdown and
// an @mention. Every output must show them escaped or harmless.
#pragma once

#include <string>

#include "proposal_text.h"

namespace bad_input {

inline std::string hostile_proposal() {
  return base_with({
      replace(
          3,
          R"(title: "=HYPERLINK(\"http://evil\")\e[2J\e]0;pwned\a\n::error file=x::title\r)"
          R"(\N::add-mask::nel\L::warning::ls\P::notice::ps\u202Eevil <script>alert(1)</script> | @all")"),
      replace(
          6,
          R"(  - {name: "@SUM(1+1)\r\n::add-mask::lead\t+x", country: CN, role: lead, kind: institute})"),
      replace(16, R"(  round_trip_efficiency: "58 %\e[31m\n::error::value\x7f\u0085")"),
      insert(17, R"(  "-evil\e[1m\n::warning::key": 3)"),
  });
}

// A file name that tries the same (Linux allows every byte but '/' and NUL).
inline std::string hostile_file_name() { return "=cmd\x1b[2J\n::error::name\r\u2028x.yaml"; }

}  // namespace bad_input
