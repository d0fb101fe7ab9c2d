// libyaml's complaint about a file that is not YAML (or not text), said so
// that the user sees what was expected and where: the byte offset of a
// reader error turned into line:column at the start of the broken character,
// an unterminated quote or bracket placed where it opened, and hints for the
// usual slips (a tab in the indentation, a full-width colon '：', UTF-16
// without its byte order mark).
#pragma once

#include <yaml.h>

#include <string_view>

#include "yaml/parse.h"

namespace guidecheck::yaml {

ParseError syntax_error(const yaml_parser_t& parser, std::string_view text);

}  // namespace guidecheck::yaml
