#include "import/cell_value.h"

#include <algorithm>
#include <optional>
#include <vector>

#include "import/match.h"
#include "import/wording.h"
#include "text/normalize.h"
#include "units/units.h"
#include "value/value.h"

namespace guidecheck::import {

namespace {

// One quantity, its number in digits or one English word (“two”)
bool one_quantity(const std::string& t) {
  if (value::parse_text(t).type == value::Value::Type::Quantity) return true;
  std::optional<std::string> digits = english_number_as_digits(t);
  return digits && value::parse_text(*digits).type == value::Value::Type::Quantity;
}

std::string trimmed(std::u32string_view s) { return std::string(text::trim(to_utf8(s))); }

bool starts_with(std::u32string_view s, std::u32string_view p) {
  return s.size() >= p.size() && s.substr(0, p.size()) == p;
}
bool ends_with(std::u32string_view s, std::u32string_view p) {
  return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

std::u32string lowered(std::u32string_view s) {
  std::u32string l(s);
  for (char32_t& c : l)
    if (c >= U'A' && c <= U'Z') c += 32;
  return l;
}

}  // namespace

std::string without_word_aside(const std::string& cell) {
  std::u32string u = to_u32(text::fold(cell));
  while (!u.empty() && u.back() == U' ') u.pop_back();
  if (u.empty() || u.back() != U')') return "";
  std::size_t open = u.rfind(U'(');
  if (open == std::u32string::npos || open == 0) return "";
  std::u32string inside = u.substr(open + 1, u.size() - open - 2);
  if (inside.find(U'(') != std::u32string::npos) return "";
  if (std::any_of(inside.begin(), inside.end(), [](char32_t c) { return c >= U'0' && c <= U'9'; }))
    return "";
  std::u32string low = lowered(inside);
  if (inside.size() > 60 || units::known(to_utf8(inside))) return "";  // “62 (dB)”: its unit
  for (std::u32string_view w :
       {U"不含",    U"不包括",     U"除",        U"未",       U"excluding", U"except", U"without",
        U"not ",    U"other than", U"约",        U"左右",     U"预计",      U"预期",   U"估",
        U"待定",    U"暂定",       U"力争",      U"争取",     U"approx",    U"about",  U"around",
        U"estimat", U"expected",   U"tbd",       U"to be",    U"target",    U"aim",    U"hope",
        U"strive",  U"ideal",      U"or more",   U"at least", U"mid-term",  U"中期",   U"现状",
        U"current", U"baseline",   U"at present"})
    if (low.find(w) != std::u32string::npos) return "";
  std::string outside = trimmed(std::u32string_view(u).substr(0, open));
  return one_quantity(outside) ? outside : "";
}

std::string every_interval(const std::string& cell) {
  std::u32string u = to_u32(text::trim(text::fold(cell)));
  std::u32string core;
  if (starts_with(u, U"每")) {
    core = u.substr(1);
    for (std::u32string_view tail : {U"一期", U"一次", U"一轮", U"1期", U"1次"})
      if (ends_with(core, tail)) {
        core.resize(core.size() - tail.size());
        break;
      }
  } else if (starts_with(lowered(u), U"every ")) {
    core = u.substr(6);
  } else {
    return "";
  }
  std::string t = trimmed(core);
  return one_quantity(t) ? t : "";
}

// The cell's parts between commas and semicolons, each without its leading spaces.
std::vector<std::u32string> comma_parts(const std::string& cell) {
  std::u32string u = to_u32(text::trim(text::fold(cell)));
  std::vector<std::u32string> parts(1);
  for (char32_t c : u) {
    if (c == U',' || c == U'，' || c == U';' || c == U'；')
      parts.emplace_back();
    else if (c != U' ' || !parts.back().empty())
      parts.back() += c;
  }
  return parts;
}

std::string stated_total(const std::string& cell) {
  std::vector<std::u32string> parts = comma_parts(cell);
  if (parts.size() < 2) return "";
  std::string found;
  int totals = 0;
  for (const std::u32string& p : parts) {
    std::u32string low = lowered(p);
    std::u32string core;
    for (std::u32string_view w :
         {U"共计", U"合计", U"总计", U"累计", U"共", U"in total ", U"a total of ", U"total "})
      if (starts_with(low, w)) {
        core = p.substr(w.size());
        break;
      }
    for (std::u32string_view w : {U" in total", U" in all"})
      if (core.empty() && ends_with(low, w)) core = p.substr(0, p.size() - w.size());
    if (core.empty()) continue;
    ++totals;
    found = trimmed(core);
  }
  return totals == 1 && one_quantity(found) ? found : "";
}

namespace {
// Hopes in match form (lower case, no spaces): “aim for” is “aimfor”.
constexpr std::u32string_view kHope[] = {U"力争",     U"争取",      U"aimfor",   U"aimat",
                                         U"aimingat", U"aimingfor", U"striving", U"strivefor",
                                         U"ideally",  U"hopefully"};
std::u32string squeezed(std::u32string_view s) {
  std::u32string low;
  for (char32_t c : s)
    if (c != U' ') low += c >= U'A' && c <= U'Z' ? c + 32 : c;
  return low;
}
}  // namespace

bool opens_with_hope(std::u32string_view text) {
  std::u32string low = squeezed(text.substr(0, 24));
  return std::any_of(std::begin(kHope), std::end(kHope),
                     [&](std::u32string_view w) { return starts_with(low, w); });
}

bool ends_with_hope(std::u32string_view before) {
  std::u32string low = squeezed(before.substr(before.size() > 12 ? before.size() - 12 : 0));
  return std::any_of(std::begin(kHope), std::end(kHope),
                     [&](std::u32string_view w) { return ends_with(low, w); });
}

std::string firm_beside_hope(const std::string& cell) {
  std::vector<std::u32string> parts = comma_parts(cell);
  if (parts.size() != 2) return "";
  static constexpr std::u32string_view kFirm[] = {
      U"确保", U"保证", U"ensure", U"ensured", U"guaranteed", U"guarantee", U"committed", U"firm"};
  for (int h = 0; h < 2; ++h) {
    if (!opens_with_hope(parts[h])) continue;
    const std::u32string& other = parts[1 - h];
    std::u32string low = lowered(other);
    for (std::u32string_view w : kFirm)
      if (starts_with(low, w)) {
        std::string firm = trimmed(std::u32string_view(other).substr(w.size()));
        if (!firm.empty() && one_quantity(firm)) return firm;
      }
  }
  return "";
}

std::string cell_core(const std::string& cell) {
  for (auto read : {without_word_aside, every_interval, stated_total, firm_beside_hope})
    if (std::string v = read(cell); !v.empty()) return v;
  return "";
}

}  // namespace guidecheck::import
