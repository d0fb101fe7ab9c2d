// A strict RFC 4180 reader for tests: records end in CRLF; a field is either
// unquoted (no comma, quote, CR or LF) or quoted with inner quotes doubled and
// may then hold commas and line breaks. Anything else throws.
#pragma once

#include <stdexcept>
#include <string>
#include <vector>

namespace guidecheck::testing {

inline std::vector<std::vector<std::string>> read_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows;
  std::vector<std::string> row;
  std::string field;
  std::size_t i = 0;
  auto fail = [&](const std::string& why) {
    throw std::runtime_error("csv offset " + std::to_string(i) + ": " + why);
  };
  while (i < s.size()) {
    if (s[i] == '"') {
      ++i;
      for (;;) {
        if (i >= s.size()) fail("unterminated quoted field");
        if (s[i] == '"') {
          if (i + 1 < s.size() && s[i + 1] == '"') {
            field += '"';
            i += 2;
            continue;
          }
          ++i;
          break;
        }
        field += s[i++];
      }
    } else {
      while (i < s.size() && s[i] != ',' && s[i] != '\r' && s[i] != '\n') {
        if (s[i] == '"') fail("quote inside an unquoted field");
        field += s[i++];
      }
    }
    if (i >= s.size()) fail("last record does not end in CRLF");
    if (s[i] == ',') {
      row.push_back(field);
      field.clear();
      ++i;
    } else if (s[i] == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      row.push_back(field);
      field.clear();
      rows.push_back(row);
      row.clear();
      i += 2;
    } else {
      fail("bare CR or LF outside quotes");
    }
  }
  return rows;
}

}  // namespace guidecheck::testing
