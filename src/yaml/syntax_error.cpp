#include "yaml/syntax_error.h"

#include <algorithm>
#include <cstdio>
#include <string>

#include "messages/text.h"
#include "text/utf8.h"

namespace guidecheck::yaml {
namespace {

Mark to_mark(const yaml_mark_t& m) {
  return Mark{static_cast<int>(m.line) + 1, static_cast<int>(m.column) + 1};
}

// The byte offset of `m` (1-based line and column, columns in characters),
// or of the end of its line when the column is past it.
std::size_t offset_of(std::string_view text, Mark m) {
  std::size_t i = 0;
  for (int line = 1; line < m.line && i < text.size(); ++i)
    if (text[i] == '\n') ++line;
  for (int col = 1; i < text.size() && text[i] != '\n';) {
    if (col++ == m.column) return i;
    text::utf8::next(text, i);
  }
  return i;  // the end of the line (or of the text)
}

// libyaml's reader problem in words, with the byte's value ("0xC3").
msg::Text reader_problem(const std::string& problem, const std::string& hex) {
  if (problem.find("UTF-8 octet sequence") != std::string::npos)
    return msg::text<msg::Id::yaml_reader_incomplete>();
  if (problem.find("UTF-8 octet") != std::string::npos)
    return msg::text<msg::Id::yaml_reader_bad_utf8>(hex);
  if (problem.find("control characters") != std::string::npos)
    return msg::text<msg::Id::yaml_reader_control>(hex);
  return msg::text<msg::Id::yaml_reader_other>(hex.empty() ? problem : problem + " " + hex);
}

bool has(const char* s, std::string_view what) {
  return s && std::string_view(s).find(what) != std::string_view::npos;
}

// libyaml's scanner and parser problems (English, terse: "could not find
// expected ':'") turned into what the writer of a proposal did and how to
// write it instead. `context` is where the broken construct started.
msg::Text explained(const yaml_parser_t& parser, Mark context, char at_char) {
  const char* p = parser.problem;
  const char* c = parser.context;
  if (at_char == '\t' || has(p, "tab character")) return msg::text<msg::Id::yaml_tab>();
  if (has(p, "could not find expected ':'")) return msg::text<msg::Id::yaml_no_space_after_colon>();
  if (has(p, "mapping values are not allowed")) return msg::text<msg::Id::yaml_colon_in_value>();
  if (has(c, "block scalar")) return msg::text<msg::Id::yaml_block_scalar>();
  if (has(c, "an alias") || has(c, "an anchor"))
    return msg::text<msg::Id::yaml_alias_or_anchor_start>();
  if (has(p, "cannot start any token")) return msg::text<msg::Id::yaml_bad_start_char>();
  if (has(c, "quoted scalar") && has(p, "escape")) return msg::text<msg::Id::yaml_bad_escape>();
  if (has(c, "quoted scalar"))
    return msg::text<msg::Id::yaml_unclosed_quote>(context.line, context.column);
  if (has(c, "flow sequence") || has(c, "flow mapping"))
    return msg::text<msg::Id::yaml_unclosed_bracket>(context.line, context.column);
  if (has(c, "block mapping") && has(p, "expected key"))
    return msg::text<msg::Id::yaml_bad_indent>(context.line, context.column);
  if (has(c, "block collection") && has(p, "'-' indicator"))
    return msg::text<msg::Id::yaml_bad_list_indent>(context.line, context.column);
  if (has(p, "block sequence entries are not allowed"))
    return msg::text<msg::Id::yaml_list_in_map>();
  std::string raw = p ? p : "invalid YAML";
  if (c)
    raw = std::string(c) + " (" + std::to_string(context.line) + ":" +
          std::to_string(context.column) + "): " + raw;
  return msg::text<msg::Id::yaml_other>(raw);
}

}  // namespace

ParseError syntax_error(const yaml_parser_t& parser, std::string_view text) {
  std::string problem = parser.problem ? parser.problem : "invalid YAML";
  if (parser.error == YAML_READER_ERROR) {
    // The reader reports a byte offset, not a line. A multi-byte character
    // with a bad trailing byte is reported at that byte; show where the
    // character starts: the start of the one the byte before belongs to.
    // (An incomplete one at the end is reported where it starts.)
    std::size_t offset = std::min(parser.problem_offset, text.size());
    if (problem.find("trailing") != std::string::npos && offset > 0)
      offset = text::utf8::cut_point(text, offset - 1);
    // libyaml has read the text before `offset` as UTF-8: its characters
    // count the column.
    std::string_view before = text.substr(0, offset);
    std::size_t line_start = before.rfind('\n') + 1;  // 0 when there is none
    int line = 1 + static_cast<int>(std::count(before.begin(), before.end(), '\n'));
    int col = 1 + static_cast<int>(text::utf8::count(before.substr(line_start)));
    std::string hex;
    if (parser.problem_value >= 0) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "0x%02X",
                    static_cast<unsigned>(parser.problem_value) & 0xFFFFu);
      hex = buf;
    }
    msg::Text what = reader_problem(problem, hex);
    bool utf16 = parser.problem_value == 0 &&
                 std::count(text.begin(), text.end(), '\0') * 4 >= static_cast<long>(text.size());
    return {utf16 ? msg::text<msg::Id::yaml_not_text_utf16>(what, offset)
                  : msg::text<msg::Id::yaml_not_text>(what, offset),
            {line, col}};
  }
  Mark at = to_mark(parser.problem_mark);
  Mark context = to_mark(parser.context_mark);
  std::size_t offset = offset_of(text, at);
  char at_char = offset < text.size() ? text[offset] : '\0';
  msg::Text m = explained(parser, context, at_char);
  if (at_char == '\t') return {m, at};
  // "key：value" with a full-width colon is one plain scalar to YAML; the
  // error then shows up on a later line.
  std::size_t wide = text.rfind("\xEF\xBC\x9A", offset);  // U+FF1A
  std::size_t line_start = wide == std::string_view::npos ? 0 : text.rfind('\n', wide) + 1;
  if (wide != std::string_view::npos &&
      text.substr(line_start, wide - line_start).find_first_of(":\"'#") == std::string_view::npos &&
      std::count(text.begin() + static_cast<long>(wide), text.begin() + static_cast<long>(offset),
                 '\n') <= 2) {
    int line = 1 + static_cast<int>(
                       std::count(text.begin(), text.begin() + static_cast<long>(wide), '\n'));
    m = msg::text<msg::Id::yaml_wide_colon>(m, line);
  }
  // Unterminated quotes and brackets, and a key without its ': ', are found
  // later in the file; the place worth showing is where they began.
  if (parser.context && (text.find_first_not_of(" \t\r\n", offset) == std::string_view::npos ||
                         has(parser.problem, "could not find expected ':'")))
    at = context;
  return {m, at};
}

}  // namespace guidecheck::yaml
