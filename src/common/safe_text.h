// The one escaping layer for everything guidecheck shows: proposals, file
// names and rule packs are untrusted, and their text reaches terminals, CI
// logs, spreadsheets and browsers. Every renderer passes each untrusted string
// through exactly one of these, by output kind:
//   text()      terminal, Markdown, GitHub annotations, stderr messages: valid
//               UTF-8, and no character that can move the cursor, start a new
//               line, reorder the line or drive a terminal (shown escaped).
//   csv_cell()  text() + the OWASP CSV-injection advice (CWE-1236).
//   markdown()  text() + Markdown punctuation (Markdown report, SARIF help).
//   xml()       text() + XML/HTML entities (JUnit, HTML).
//   workflow_data(), workflow_property()
//               a GitHub Actions workflow command's message and properties,
//               escaped as the runner unescapes them (for text() pieces).
//   json_output() a JSON document made safe to show raw (JSON's own escaping
//               keeps the values exact; this escapes the line and paragraph
//               separators, NEL, DEL and the C1 controls it leaves raw).
//   yaml_quoted(), yaml_comment()
//               YAML that guidecheck writes for people to edit (import's
//               draft, init's skeleton): a double-quoted scalar holding the
//               text exactly, and a one-line comment.
// Decoding is text/utf8.h's (ICU's U8_NEXT_OR_FFFD): each ill-formed sequence
// becomes U+FFFD.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace guidecheck::safe {

// `s` with every ill-formed UTF-8 sequence replaced by U+FFFD.
std::string utf8(std::string_view s);

// True for a code point that must not reach a reader raw: C0 controls (tab,
// CR and LF included), DEL, C1 controls (NEL included), the line and paragraph
// separators U+2028/U+2029, and the bidirectional controls (U+061C, U+200E,
// U+200F, U+202A-U+202E, U+2066-U+2069) that can make a line read other than
// it is ("Trojan Source").
bool hazardous(char32_t cp);

// `s` for display: ill-formed UTF-8 and noncharacters become U+FFFD; each
// hazardous code point is shown escaped: \n \r \t, \x1B for other C0 controls
// and DEL, \u0085 and the like above. Cut to at most `max_chars` characters
// of the result (and then "…") when given.
std::string text(std::string_view s, std::size_t max_chars = std::string::npos);

// One CSV field's text (before RFC 4180 quoting): text(), and when the cell
// would start with = + - @ (or TAB or CR, already escaped by text()), a
// leading apostrophe so that no spreadsheet reads it as a formula (OWASP
// "CSV Injection"). Numbers the report writes are not passed through this.
std::string csv_cell(std::string_view s);

// text() with & < > escaped, and " ' too when `attribute`: for XML and HTML
// element content and quoted attribute values. The result holds only
// characters XML 1.0 allows.
std::string xml(std::string_view s, bool attribute = true,
                std::size_t max_chars = std::string::npos);

// text() with Markdown's punctuation backslash-escaped (| included, and @ so
// that nobody is mentioned): for a GitHub Markdown table cell, heading or
// paragraph.
std::string markdown(std::string_view s);

// Only the entities of xml(), for text the renderer composed itself from
// text() pieces and its own line breaks (a JUnit <failure> body).
std::string markup(std::string_view composed, bool attribute = false);

// A GitHub Actions workflow command's message (after "::"), for text the
// renderer composed from text() pieces and its own line breaks: % CR LF as
// the runner unescapes them (%25 %0D %0A).
std::string workflow_data(std::string_view composed);

// A workflow command's property value (file=, title=): workflow_data(), and
// : and , too (%3A %2C), which would end the value.
std::string workflow_property(std::string_view composed);

// A JSON document (as nlohmann::json::dump writes it, with invalid UTF-8
// already replaced) with DEL, the C1 controls, U+2028, U+2029 and the bidi
// controls inside strings written as \uXXXX escapes. These only ever occur
// inside strings, so the document's meaning is unchanged.
std::string json_output(std::string dumped);

// A YAML double-quoted scalar that reads back as `s` (ill-formed UTF-8 as
// U+FFFD): " and \ backslash-escaped; C0 controls, DEL, C1 controls, U+2028,
// U+2029, the byte order mark U+FEFF and U+FFFD written as \uXXXX, so that
// the value stays on its line and a replaced byte shows.
std::string yaml_quoted(std::string_view s);

// `s` for a YAML comment: the characters yaml_quoted() escapes (but U+FFFD)
// become spaces, so the comment stays on its line; cut at a character
// boundary to at most `max_bytes` bytes (and then "…") when given.
std::string yaml_comment(std::string_view s, std::size_t max_bytes = std::string::npos);

// Terminal columns `s` takes: East Asian wide and fullwidth characters two.
std::size_t display_width(std::string_view s);

}  // namespace guidecheck::safe
