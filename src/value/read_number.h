// Reading a number at the start of a value's text (internal to value/):
// digits as applicants write them (thousands groups, exponents, "×10^-6")
// and Chinese numerals, each given also as a decimal literal for exact
// comparison. What starts like a number but is malformed is refused with the
// reason, never guessed at.
#pragma once

#include <string>
#include <string_view>

#include "messages/message.h"

namespace guidecheck::value::detail {

// Why a text that starts like a number is not one number.
struct Problem {
  msg::Text text;
  bool set() const { return !text.empty(); }
};

// Reads a decimal number: sign, digits with optional `,` thousands groups,
// fraction, exponent, and "×10^-6" / "×10-6". `dec` gets the number as a
// decimal literal for exact comparison. A comma that does not group
// thousands ("1,20", "1,2345", "1234,567") sets `why`: a number is never
// guessed at.
bool read_number(std::string_view& s, double& out, std::string& dec, Problem& why);

// A number (digits or a Chinese numeral) at the start of `t`. Returns false
// with `why` unset when there is none, with `why` set when it is malformed.
bool read_any_number(std::string_view& t, double& v, std::string& dec, Problem& why);

}  // namespace guidecheck::value::detail
