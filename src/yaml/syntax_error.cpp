#include "yaml/syntax_error.h"

#include <algorithm>
#include <cstdio>
#include <string>

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
  for (int col = 1; i < text.size() && text[i] != '\n'; ++i) {
    if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
    if (col++ == m.column) return i;
  }
  return i;  // the end of the line (or of the text)
}

}  // namespace

ParseError syntax_error(const yaml_parser_t& parser, std::string_view text) {
  std::string problem = parser.problem ? parser.problem : "invalid YAML";
  if (parser.error == YAML_READER_ERROR) {
    // The reader reports a byte offset, not a line. A broken multi-byte
    // character is reported at its bad trailing byte; show where it starts.
    std::size_t offset = std::min(parser.problem_offset, text.size());
    if (problem.find("trailing") != std::string::npos ||
        problem.find("incomplete") != std::string::npos) {
      std::size_t back = 0;
      while (offset > 0 && back < 3 &&
             (static_cast<unsigned char>(text[offset - 1]) & 0xC0) == 0x80)
        --offset, ++back;
      if (offset > 0 && static_cast<unsigned char>(text[offset - 1]) >= 0xC0) --offset;
    }
    int line = 1, col = 1;
    for (std::size_t i = 0; i < offset; ++i) {
      if (text[i] == '\n')
        ++line, col = 1;
      else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80)
        ++col;
    }
    std::string what = problem;
    if (parser.problem_value >= 0) {
      char hex[16];
      std::snprintf(hex, sizeof hex, "0x%02X",
                    static_cast<unsigned>(parser.problem_value) & 0xFFFFu);
      what += std::string(" (") + hex + ")";
    }
    std::string hint;
    if (parser.problem_value == 0 &&
        std::count(text.begin(), text.end(), '\0') * 4 >= static_cast<long>(text.size()))
      hint = " (this looks like UTF-16 or UTF-32 without a byte order mark)";
    return {"not valid text: " + what + " at byte " + std::to_string(offset) +
                "; expected YAML text in UTF-8 (or UTF-16 with a byte order mark)" + hint,
            {line, col}};
  }
  Mark at = to_mark(parser.problem_mark);
  Mark context = to_mark(parser.context_mark);
  std::size_t offset = offset_of(text, at);
  if (offset < text.size() && text[offset] == '\t')
    return {"a tab character where YAML expects spaces: indent with spaces only (" + problem + ")",
            at};
  std::string hint;
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
    hint = "; line " + std::to_string(line) +
           " has a full-width colon '：', which YAML does not read as ':' (write ': ' instead)";
  }
  std::string msg = problem;
  if (parser.context) {
    msg = std::string(parser.context) + " (from line " + std::to_string(context.line) +
          ", column " + std::to_string(context.column) + "): " + problem;
    // Unterminated quotes and brackets are found at the end of the file; the
    // place worth showing is where they were opened.
    if (text.find_first_not_of(" \t\r\n", offset) == std::string_view::npos) at = context;
  }
  return {msg + hint, at};
}

}  // namespace guidecheck::yaml
