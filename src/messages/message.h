// A message whose language is not known yet (messages/catalogue.h has the
// sentences). This header is light: it names the message ids without listing
// them, so that the many files that only carry messages (Diagnostic, parse
// results) are not rebuilt when the catalogue grows.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "messages/lang.h"

namespace guidecheck::msg {

// The catalogue's ids (listed in catalogue.h); Id{} is the empty message.
enum class Id : std::uint16_t;

// A message: its id and its arguments, each a piece of text as written
// (`literal`, with the id `verbatim`) or itself a message (a node kind, a
// list of further problems), all rendered in the one language asked for.
struct Text {
  Id id{};
  std::string literal;  // with verbatim: the text itself
  std::vector<Text> args;

  bool empty() const { return id == Id{}; }
  std::string render(Lang lang) const;
  std::string zh() const { return render(Lang::Zh); }
  std::string en() const { return render(Lang::En); }
  bool operator==(const Text&) const = default;
};

// A sentence that is not the catalogue's (the applicant's own words, a
// library's message, a name): shown as it is in both languages.
Text verbatim(std::string s);

// Several messages as one, separated by the language's semicolon.
Text list(std::vector<Text> items);
// Words (ids, keys, names) listed as the language lists them: "a、b" / "a, b".
Text words(const std::vector<std::string>& items);

}  // namespace guidecheck::msg
