// Reads back the cells of an .xlsx workbook for the tests: the file is
// unzipped with `unzip -p` (Debian unzip) and the sheet XML parsed here. Knows
// what an xlsx writer puts in cells: inline strings (<is><t>), shared strings
// (t="s" into xl/sharedStrings.xml), formula strings and numbers (<v>).
#pragma once

#include <map>
#include <regex>
#include <string>
#include <vector>

#include "batch_helpers.h"

namespace guidecheck::testing {

struct Cell {
  std::string text;   // the value as text (numbers as written in the XML)
  std::string style;  // the s="..." attribute, "" when none
  bool number = false;
};

struct Sheet {
  std::string name;
  std::string xml;
  std::map<int, std::map<int, Cell>> rows;  // 1-based row -> 0-based column -> cell
  std::string at(int row, int col) const {
    auto r = rows.find(row);
    if (r == rows.end()) return "";
    auto c = r->second.find(col);
    return c == r->second.end() ? "" : c->second.text;
  }
  int last_row() const { return rows.empty() ? 0 : rows.rbegin()->first; }
};

inline std::string xml_unescape(const std::string& s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    if (s[i] == '&') {
      auto semi = s.find(';', i);
      std::string e = s.substr(i + 1, semi - i - 1);
      if (e == "amp")
        out += '&';
      else if (e == "lt")
        out += '<';
      else if (e == "gt")
        out += '>';
      else if (e == "quot")
        out += '"';
      else if (e == "apos")
        out += '\'';
      else if (e.size() > 1 && e[0] == '#') {
        unsigned long cp =
            e[1] == 'x' ? std::stoul(e.substr(2), nullptr, 16) : std::stoul(e.substr(1));
        if (cp < 0x80)
          out += static_cast<char>(cp);
        else if (cp < 0x800)
          out += static_cast<char>(0xC0 | (cp >> 6)), out += static_cast<char>(0x80 | (cp & 0x3F));
        else {
          out += static_cast<char>(0xE0 | (cp >> 12));
          out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
          out += static_cast<char>(0x80 | (cp & 0x3F));
        }
      }
      i = semi + 1;
    } else {
      out += s[i++];
    }
  }
  // Excel's escape of characters XML cannot hold: _x000D_ ...
  std::string r;
  std::regex esc("_x([0-9A-Fa-f]{4})_");
  std::size_t last = 0;
  for (auto it = std::sregex_iterator(out.begin(), out.end(), esc); it != std::sregex_iterator();
       ++it) {
    r += out.substr(last, it->position() - last);
    r += static_cast<char>(std::stoi((*it)[1], nullptr, 16));
    last = it->position() + it->length();
  }
  return r + out.substr(last);
}

// The text of every <t> in `xml`, joined (a string item may be split into runs).
inline std::string t_text(const std::string& xml) {
  std::string out;
  std::regex t(R"(<t(?: [^>]*)?>([^<]*)</t>)");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), t); it != std::sregex_iterator();
       ++it)
    out += xml_unescape((*it)[1]);
  return out;
}

inline int column_of(const std::string& ref) {
  int c = 0;
  for (char ch : ref) {
    if (ch < 'A' || ch > 'Z') break;
    c = c * 26 + (ch - 'A' + 1);
  }
  return c - 1;
}

struct Workbook {
  std::vector<Sheet> sheets;
  const Sheet& sheet(const std::string& name) const {
    for (const auto& s : sheets)
      if (s.name == name) return s;
    FAIL("no sheet " << name);
    return sheets.front();
  }
};

inline Workbook read_xlsx(const std::string& path) {
  auto part = [&](const std::string& name) {
    Ran r = shell("unzip -p " + shq(path) + " " + shq(name));
    return r.code == 0 ? r.out : std::string();
  };
  Workbook wb;
  std::vector<std::string> shared;
  std::string sst = part("xl/sharedStrings.xml");
  std::regex si(R"(<si>([\s\S]*?)</si>)");
  for (auto it = std::sregex_iterator(sst.begin(), sst.end(), si); it != std::sregex_iterator();
       ++it)
    shared.push_back(t_text((*it)[1]));
  std::string book = part("xl/workbook.xml");
  REQUIRE(!book.empty());
  std::regex sheet_re(R"re(<sheet name="([^"]*)" sheetId="(\d+)")re");
  int n = 0;
  for (auto it = std::sregex_iterator(book.begin(), book.end(), sheet_re);
       it != std::sregex_iterator(); ++it) {
    Sheet s;
    s.name = xml_unescape((*it)[1]);
    s.xml = part("xl/worksheets/sheet" + std::to_string(++n) + ".xml");
    std::regex cell(R"re(<c r="([A-Z]+)(\d+)"((?: [a-z]+="[^"]*")*)(?:/>|>([\s\S]*?)</c>))re");
    for (auto c = std::sregex_iterator(s.xml.begin(), s.xml.end(), cell);
         c != std::sregex_iterator(); ++c) {
      std::string attrs = (*c)[3], body = (*c)[4];
      std::smatch a;
      Cell x;
      std::string type;
      if (std::regex_search(attrs, a, std::regex(R"re( t="([^"]*)")re"))) type = a[1];
      if (std::regex_search(attrs, a, std::regex(R"re( s="([^"]*)")re"))) x.style = a[1];
      std::smatch v;
      bool has_v = std::regex_search(body, v, std::regex(R"(<v>([^<]*)</v>)"));
      if (type == "inlineStr")
        x.text = t_text(body);
      else if (type == "s" && has_v)
        x.text = shared.at(std::stoul(v[1]));
      else if (has_v)
        x.text = xml_unescape(v[1]), x.number = type.empty() || type == "n";
      s.rows[std::stoi((*c)[2])][column_of((*c)[1])] = x;
    }
    wb.sheets.push_back(std::move(s));
  }
  return wb;
}

}  // namespace guidecheck::testing
