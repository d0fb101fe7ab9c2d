// The one place proposal text becomes UTF-8, for files and standard input
// alike: UTF-8 (a byte order mark is dropped) passes through; UTF-16 with a
// byte order mark and GB18030/GBK (the Chinese Windows default) are
// converted with ICU and named in a note; anything else is refused with
// "save it as UTF-8". UTF-32 and text that is a quarter NUL bytes (UTF-16 or
// UTF-32 without a mark) are left to libyaml, whose message names them. Lines and characters keep
// their numbers: conversion maps each character to one character and never adds or removes a
// newline.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "messages/lang.h"

namespace guidecheck {

struct DecodedText {
  enum class Kind { Utf8, Converted, Refused };
  Kind kind = Kind::Utf8;
  std::string text;      // UTF-8, when not Refused (empty means: use the input as it is)
  std::string encoding;  // the encoding read ("GB18030", "UTF-16LE", ...) when Converted
  // When Refused: where the first byte that is not UTF-8 is (1-based).
  std::size_t offset = 0;
  int line = 0, column = 0;
  unsigned char byte = 0;
  std::string problem;  // what is wrong with that byte, in libyaml's words
};

DecodedText decode_to_utf8(std::string_view bytes);

// The note for a converted text and the refusal, in the user's language.
std::string converted_note(const DecodedText& d, msg::Lang lang);
std::string refusal_message(const DecodedText& d, msg::Lang lang);

}  // namespace guidecheck
