// Chinese numerals by their grammar, hand-written (ICU's rule-based number
// format spells numbers out but does not parse them strictly): sections of
// 千百十 below 10000, joined by 万 and 亿; 零 marks a skipped place; a lone
// digit after the last unit abbreviates the next lower place (一百五 = 150,
// 三万三 = 33000); 十 may open the numeral (十二, 十万). Anything else
// (三十三十, 二三, 两十, 一千五十, 万) is not a numeral.
#include <string_view>
#include <utility>

#include "value/value.h"

namespace guidecheck::value {
namespace {

using std::string_view;

// The first byte is compared first: nearly every test fails there, and
// then without a call to memcmp.
bool starts(string_view s, string_view p) {
  return s.size() >= p.size() && (p.empty() || s[0] == p[0]) && s.substr(0, p.size()) == p;
}

// Every word below is one three-byte character.
const std::pair<const char*, int> kDigitWords[] = {{"零", 0}, {"〇", 0}, {"一", 1}, {"二", 2},
                                                   {"两", 2}, {"三", 3}, {"四", 4}, {"五", 5},
                                                   {"六", 6}, {"七", 7}, {"八", 8}, {"九", 9}};
const std::pair<const char*, int> kSmallUnits[] = {{"十", 10}, {"百", 100}, {"千", 1000}};
const std::pair<const char*, long long> kBigUnits[] = {{"万", 10000}, {"亿", 100000000}};

// One section (a number below 10000, before 万, 亿 or the end) as far as it
// has been read.
struct Section {
  long long value = 0;
  int last_unit = 10000;          // the last of 十百千 applied
  int pending = -1;               // a digit not yet multiplied by a unit
  bool zero = false;              // a 零 since the last unit
  bool any = false;               // a unit applied (or a digit added before 万/亿)
  bool pending_liang = false;     // the pending digit was written 两
  bool starts_with_zero = false;  // 三万零五百: the 零 marks the skipped place
};

// What one step of reading found: nothing it reads, a well-formed piece, or
// a piece that makes the whole numeral malformed.
enum class Step { None, Read, Malformed };

// A digit (零 … 九, 两) at the start of `t`. `last_big` is the big unit just
// applied (0 before any): only after one may a section open with 零.
Step read_digit(string_view& t, Section& sec, long long last_big) {
  for (auto [w, d] : kDigitWords) {
    if (!starts(t, w)) continue;
    if (sec.pending >= 0) return Step::Malformed;  // two digits in a row: 二三
    if (d == 0) {
      if (sec.zero) return Step::Malformed;  // 零零
      if (!sec.any && last_big == 0) return Step::Malformed;
      if (!sec.any) sec.starts_with_zero = true;
      sec.zero = true;
    } else {
      sec.pending = d;
      sec.pending_liang = std::string_view(w) == "两";
    }
    t.remove_prefix(3);
    return Step::Read;
  }
  return Step::None;
}

// A small unit (十百千) at the start of `t`, applied to the pending digit.
Step read_small_unit(string_view& t, Section& sec, bool first_token) {
  for (auto [w, u] : kSmallUnits) {
    if (!starts(t, w)) continue;
    if (u >= sec.last_unit) return Step::Malformed;  // 三十三十, 十百
    if (sec.pending < 0) {
      if (u == 10 && first_token)
        sec.pending = 1;  // 十二, 十万
      else
        return Step::Malformed;  // 百, 一千百
    }
    if (u == 10 && sec.pending_liang) return Step::Malformed;  // 两十
    // A place skipped without 零: 一千五十
    if (sec.any && !sec.zero && sec.last_unit / u > 10) return Step::Malformed;
    sec.value += static_cast<long long>(sec.pending) * u;
    sec.last_unit = u;
    sec.pending = -1;
    sec.zero = false;
    sec.any = true;
    t.remove_prefix(3);
    return Step::Read;
  }
  return Step::None;
}

// Reads digits and small units up to a big unit or the end; false when they
// are malformed.
bool read_section(string_view& t, Section& sec, long long last_big, bool& first_token) {
  while (!t.empty()) {
    Step step = read_digit(t, sec, last_big);
    if (step == Step::None) step = read_small_unit(t, sec, first_token);
    if (step == Step::Malformed) return false;
    if (step == Step::None) break;  // a big unit or the end
    first_token = false;
  }
  return true;
}

// The big units (万, 亿) after a section: the section times the unit goes
// into `total`. Both are tried in turn, so 万亿 is seen (and refused) here.
Step read_big_units(string_view& t, Section& sec, long long& total, long long& last_big,
                    bool& first_token) {
  bool big = false;
  for (auto [w, b] : kBigUnits) {
    if (!starts(t, w)) continue;
    big = true;
    if (sec.pending >= 0) sec.value += sec.pending, sec.any = true, sec.pending = -1;
    if (!sec.any || sec.zero) return Step::Malformed;       // 万 alone, 三零万
    if (last_big && b >= last_big) return Step::Malformed;  // 万万
    // The section before a big unit must not skip from it: 三万五百 is refused.
    total += sec.value * b;
    last_big = b;
    t.remove_prefix(3);
    first_token = false;
  }
  return big ? Step::Read : Step::None;
}

// The numeral's value once its last section is read, or -1 when that
// section is malformed.
long long finish(Section sec, long long total, long long last_big) {
  if (sec.pending >= 0) {
    if (sec.zero || !sec.any) {
      // After a big unit, a lone digit abbreviates: 三万三 = 33000.
      if (!sec.any && !sec.zero && last_big) return total + sec.pending * (last_big / 10);
      sec.value += sec.pending;
    } else if (sec.last_unit == 10) {
      sec.value += sec.pending;
    } else {
      sec.value += static_cast<long long>(sec.pending) * (sec.last_unit / 10);  // 一百五 = 150
    }
    sec.any = true;
  } else if (sec.zero) {
    return -1;  // ends in 零
  }
  if (last_big && sec.any && !sec.starts_with_zero && sec.value * 10 < last_big)
    return -1;  // 三万五百: a place skipped without 零
  return total + sec.value;
}

}  // namespace

long long chinese_numeral(const std::string& s) {
  string_view t = s;
  if (t.empty()) return -1;
  if (t == "零" || t == "〇") return 0;
  long long total = 0, last_big = 0;  // last_big: the big unit just applied
  bool first_token = true;
  while (!t.empty()) {
    Section sec;
    if (!read_section(t, sec, last_big, first_token)) return -1;
    Step big = read_big_units(t, sec, total, last_big, first_token);
    if (big == Step::Malformed) return -1;
    if (big == Step::Read) continue;
    if (!t.empty()) return -1;
    return finish(sec, total, last_big);
  }
  return total;
}

}  // namespace guidecheck::value
