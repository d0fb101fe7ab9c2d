// How an applicant may name a direction, and what to suggest when the name is
// not one: "4-1", "4.l", "41" or a mistyped title.
//
// A direction is named by its number ("3.1") or by the guide's title of it,
// in Chinese or English ("高密度热泵储电关键技术合作研发"); spacing, punctuation and
// full-width forms do not matter in a title. Anything else is unknown, and
// the message offers the numbers it most likely meant: separators other than
// '.', the letters l/I/O for 1 and 0, a missing dot, a number of an existing
// area, and titles sharing most of their characters with what was written.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "rules/model.h"

namespace guidecheck::eval {

struct DirectionName {
  std::string number;  // "3.1"
  rules::Text2 title;
};

// The number of the direction whose title `text` is, or "".
std::string direction_by_title(std::string_view text, const std::vector<DirectionName>& names);

// At most `max` numbers `text` most likely meant, the likeliest first.
std::vector<std::string> closest_directions(std::string_view text,
                                            const std::vector<DirectionName>& names,
                                            std::size_t max = 3);

// "unknown direction '4-1': did you mean 4.1 (title)? ..." in the given
// language; `suggestions` may be empty.
std::string unknown_direction_message(std::string_view text, const std::string& guide,
                                      const std::vector<std::string>& suggestions,
                                      const std::vector<DirectionName>& names, rules::Lang lang);

}  // namespace guidecheck::eval
