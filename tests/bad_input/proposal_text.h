// The passing proposal (direction 3.1) that the bad-input cases break one
// piece at a time, and the tools to break it: replace, insert or drop a line,
// re-encode as UTF-16/32, find the column of a piece of a line.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace bad_input {

// Line by line; the comments give the 1-based line numbers cases refer to.
inline std::vector<std::string> base_lines() {
  return {
      "guidecheck: 1",                                                     // 1
      "direction: \"3.1\"",                                                // 2
      "title: 高密度热泵储电关键技术合作研发",                             // 3
      "duration: 36 个月",                                                 // 4
      "participants:",                                                     // 5
      "  - {name: 某某研究所, country: CN, role: lead, kind: institute}",  // 6
      "  - {name: Technische Universität München, country: DE, role: member, kind: university}",  // 7
      "research_contents:",                   // 8
      "  thermal_storage_mechanism: true",    // 9
      "  compression_expansion_flow: true",   // 10
      "  energy_conversion_mechanism: true",  // 11
      "  storage_units: true",                // 12
      "  system_design_optimization: true",   // 13
      "indicators:",                          // 14
      "  key_breakthroughs: 3",               // 15
      "  round_trip_efficiency: 62 %",        // 16
      "  energy_density: 32 kWh/m³",          // 17
      "  heat_storage_temperature: 620 ℃",    // 18
      "  cold_storage_temperature: -110 ℃",   // 19
      "  storage_unit_efficiency: 92 %",      // 20
      "  experimental_validation: true",      // 21
      "  technical_support: true",            // 22
  };
}

// Edits of the base, applied in order; lines are 1-based, as in an editor.
struct Edit {
  enum Kind { Replace, Insert, Drop } kind;
  int line;
  std::string text;
};
inline Edit replace(int line, std::string text) { return {Edit::Replace, line, std::move(text)}; }
inline Edit insert(int before_line, std::string text) {
  return {Edit::Insert, before_line, std::move(text)};
}
inline Edit drop(int line) { return {Edit::Drop, line, ""}; }

inline std::string join(const std::vector<std::string>& lines) {
  std::string s;
  for (const auto& l : lines) s += l + "\n";
  return s;
}

inline std::vector<std::string> edited_lines(const std::vector<Edit>& edits) {
  std::vector<std::string> lines = base_lines();
  for (const Edit& e : edits) {
    auto at = lines.begin() + (e.line - 1);
    if (e.kind == Edit::Replace)
      *at = e.text;
    else if (e.kind == Edit::Insert)
      lines.insert(at, e.text);
    else
      lines.erase(at);
  }
  return lines;
}

inline std::string base_with(const std::vector<Edit>& edits) { return join(edited_lines(edits)); }

// The line of indicator `id` in the base.
inline int indicator_line(const std::string& id) {
  auto lines = base_lines();
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (lines[i].rfind("  " + id + ":", 0) == 0) return static_cast<int>(i) + 1;
  return 0;
}

// The base with indicator `id` given `value` (the value starts at column
// id.size() + 5).
inline std::string with_indicator(const std::string& id, const std::string& value) {
  return base_with({replace(indicator_line(id), "  " + id + ": " + value)});
}
inline int value_column(const std::string& id) { return static_cast<int>(id.size()) + 5; }

// 1-based column (in characters, as the reports count) where `needle` starts in `line`.
inline int column_of(const std::string& line, const std::string& needle) {
  std::size_t at = line.find(needle);
  int col = 1;
  for (std::size_t i = 0; i < at && i < line.size(); ++i)
    if ((static_cast<unsigned char>(line[i]) & 0xC0) != 0x80) ++col;
  return col;
}

// UTF-8 -> code points (the text is valid UTF-8).
inline std::vector<char32_t> code_points(const std::string& s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
    for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
    out.push_back(cp);
    i += static_cast<std::size_t>(n);
  }
  return out;
}

// `s` in UTF-16 (little or big endian), with or without a byte order mark.
inline std::string utf16(const std::string& s, bool big_endian, bool bom) {
  std::string out;
  auto unit = [&](std::uint16_t u) {
    char hi = static_cast<char>(u >> 8), lo = static_cast<char>(u & 0xFF);
    out += big_endian ? std::string{hi, lo} : std::string{lo, hi};
  };
  if (bom) unit(0xFEFF);
  for (char32_t cp : code_points(s)) {
    if (cp >= 0x10000) {
      cp -= 0x10000;
      unit(static_cast<std::uint16_t>(0xD800 + (cp >> 10)));
      unit(static_cast<std::uint16_t>(0xDC00 + (cp & 0x3FF)));
    } else {
      unit(static_cast<std::uint16_t>(cp));
    }
  }
  return out;
}

// `s` in UTF-32 little endian with its byte order mark (libyaml reads only UTF-8 and UTF-16).
inline std::string utf32le(const std::string& s) {
  std::string out;
  std::vector<char32_t> cps = code_points(s);
  cps.insert(cps.begin(), 0xFEFF);
  for (char32_t cp : cps)
    for (int k = 0; k < 4; ++k) out += static_cast<char>((cp >> (8 * k)) & 0xFF);
  return out;
}

}  // namespace bad_input
