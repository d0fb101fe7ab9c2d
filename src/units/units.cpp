#include "units/units.h"

#include <udunits2.h>

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstring>
#include <map>
#include <mutex>
#include <unordered_map>
#include <utility>
#include <vector>

#include "messages/text.h"
#include "text/normalize.h"
#include "units/unit_words.h"

namespace guidecheck::units {
namespace {

// What a quantity is of, written after its unit: "0.65 A/mg Pt", "A/mgPt",
// "安/毫克铂", "320 kg CO₂/t", "千克二氧化碳/吨水泥". They name the substance,
// not a unit, and are skipped after a unit symbol.
const char* const kSubstances[] = {
    "二氧化碳当量", "二氧化碳", "水泥", "熟料", "催化剂", "铂族金属", "铂", "铱",     "氢气",
    "CO2-eq",       "CO2eq",    "CO2e", "CO2",  "PGM",    "Pt",       "Ir", "cement", "clinker"};

// Counting words (项, 个, 次 ...): a unit of their own, never multiplied with
// another ("4 项 项" is not a unit).
bool counting_word(const char* mapped) { return std::strcmp(mapped, "1") == 0; }

bool ascii_unit_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == '%';
}

class System {
 public:
  System() {
    ut_set_error_message_handler(ut_ignore);
    sys_ = ut_new_system();
    for (const char* b : {"m", "kg", "s", "A", "K", "mol", "cd", "rad", "yuan", "dBA", "dB"})
      base(b);
    one_ = ut_get_dimensionless_unit_one(sys_);
    for (auto [sym, def] : std::initializer_list<std::pair<const char*, const char*>>{
             {"g", "0.001 kg"},    {"t", "1000 kg"},
             {"min", "60 s"},      {"h", "3600 s"},
             {"d", "86400 s"},     {"week", "7 d"},
             {"year", "365.25 d"}, {"a", "year"},
             {"yr", "year"},       {"month", "year/12"},
             {"L", "0.001 m3"},    {"SL", "L"},  // standard litre: a volume at standard conditions
             {"N", "kg.m.s-2"},    {"J", "N.m"},
             {"W", "J/s"},         {"Wh", "3600 J"},
             {"Pa", "N/m2"},       {"bar", "100000 Pa"},
             {"C", "A.s"},         {"V", "W/A"},
             {"ohm", "V/A"},       {"arc_degree", "0.017453292519943295 rad"},
             {"ha", "10000 m2"},   {"ppm", "1e-6"},
             {"ppb", "1e-9"},      {"%", "0.01"},
             {"SLM", "SL/min"},    {"slpm", "SL/min"},
             {"kWh", "1000 Wh"}}) {
      define(sym, def);
    }
    ut_unit* k = ut_get_unit_by_symbol(sys_, "K");
    ut_unit* c = ut_offset(k, 273.15);
    ut_map_symbol_to_unit("degC", UT_UTF8, c);  // mapping keeps its own copy
    ut_free(c);
    ut_free(k);
    const std::pair<const char*, double> prefixes[] = {
        {"T", 1e12}, {"G", 1e9},  {"M", 1e6},  {"k", 1e3},  {"h", 1e2},  {"da", 1e1}, {"d", 1e-1},
        {"c", 1e-2}, {"m", 1e-3}, {"u", 1e-6}, {"µ", 1e-6}, {"μ", 1e-6}, {"n", 1e-9}, {"p", 1e-12}};
    for (auto [p, v] : prefixes) ut_add_symbol_prefix(sys_, p, v);
  }
  ~System() {
    clear_cache();
    ut_free(one_);
    ut_free_system(sys_);
  }

  // Called with the mutex held, before a lookup: keeps the parse cache bounded
  // (hostile input may name endless distinct units).
  void trim_cache() {
    if (cache_.size() > 4096) clear_cache();
  }

  // Parses a UDUNITS expression; cached; caller holds the mutex.
  ut_unit* parse(const std::string& expr) {
    auto it = cache_.find(expr);
    if (it != cache_.end()) return it->second;
    ut_unit* u = expr.empty() ? ut_clone(one_) : ut_parse(sys_, expr.c_str(), UT_UTF8);
    cache_.emplace(expr, u);
    return u;
  }

  std::mutex mutex;

 private:
  // UDUNITS copies a unit when it is mapped, so ours are freed after.
  void base(const char* sym) {
    ut_unit* u = ut_new_base_unit(sys_);
    ut_map_symbol_to_unit(sym, UT_UTF8, u);
    ut_map_unit_to_symbol(u, sym, UT_UTF8);
    ut_free(u);
  }
  void define(const char* sym, const char* def) {
    ut_unit* u = ut_parse(sys_, def, UT_UTF8);
    if (u) ut_map_symbol_to_unit(sym, UT_UTF8, u);
    ut_free(u);
  }
  void clear_cache() {
    for (auto& [expr, u] : cache_) ut_free(u);
    cache_.clear();
  }

  ut_system* sys_;
  ut_unit* one_;
  std::unordered_map<std::string, ut_unit*> cache_;
};

System& system() {
  static System s;
  return s;
}

}  // namespace

namespace {

// Spells a unit as written in UDUNITS-2 syntax, one piece at a time:
// separators, exponents and numeric factors, then words (aliases, ASCII
// symbols, µ-prefixed symbols, parentheses).
class Speller {
 public:
  explicit Speller(std::string_view s) : s_(s) {}

  // The spelling, or "" with `error` set (naming `unit_in`, the unit as
  // given) when a part is not known or a counting word is combined.
  std::string spell(std::string_view unit_in, msg::Text* error) {
    std::size_t i = 0;
    while (i < s_.size()) {
      if (separator_at(i) || number_at(i)) continue;
      if (!word_at(i)) {
        if (error) *error = msg::text<msg::Id::unit_unknown>(unit_in);
        return "";
      }
      if (bad_) {
        if (error) *error = msg::text<msg::Id::unit_counting_word_combined>(unit_in);
        return "";
      }
    }
    if (out_.empty()) out_ = "1";
    return out_;
  }

 private:
  // Products are written with a space: UDUNITS reads "1.1" as a number, so
  // "1" (a counting word) then "1" must not become "1.1".
  void atom(std::string_view a, bool count, bool multiplier) {
    if (need_mul_) {
      if (last_count_ || (count && !last_multiplier_)) bad_ = true;
      out_ += ' ';
    }
    out_.append(a);
    need_mul_ = true;
    last_count_ = count;
    last_multiplier_ = multiplier;
  }

  // The length of a substance named after a unit ("Pt" in "A/mg Pt"), 0
  // when none is at `i`.
  std::size_t substance_at(std::size_t i) const {
    if (!need_mul_) return 0;
    for (const char* w : kSubstances) {
      std::size_t n = std::strlen(w);
      if (s_.substr(i, n) != w) continue;
      unsigned char next = i + n < s_.size() ? s_[i + n] : ' ';
      if (std::isalnum(next) && (w[0] & 0x80) == 0) continue;  // "Pta" is not Pt
      return n;
    }
    return 0;
  }

  // A space, a substance, or a sign of division or multiplication at `i`:
  // read, and `i` moved past it.
  bool separator_at(std::size_t& i) {
    unsigned char c = s_[i];
    if (c == ' ') {
      ++i;
      return true;
    }
    if (std::size_t n = substance_at(i)) {
      i += n;
      return true;
    }
    if (c == '/') {
      out_ += '/';
      need_mul_ = false;
      last_count_ = last_multiplier_ = false;
      ++i;
      return true;
    }
    if (c == '*' || c == '.') {
      out_ += ' ';
      need_mul_ = false;
      ++i;
      return true;
    }
    if (s_.substr(i).starts_with("·") || s_.substr(i).starts_with("⋅") ||
        s_.substr(i).starts_with("×")) {
      out_ += ' ';
      need_mul_ = false;
      i += 2;
      return true;
    }
    return false;
  }

  // An exponent after an atom (m2, s-1, m^3) or a numeric factor at `i`.
  bool number_at(std::size_t& i) {
    unsigned char c = s_[i];
    if (!(c == '^' || ((c == '-' || c == '+') && need_mul_) || (c >= '0' && c <= '9')))
      return false;
    std::size_t j = i + 1;
    while (j < s_.size() && ((s_[j] >= '0' && s_[j] <= '9') || s_[j] == '.' || s_[j] == 'e' ||
                             ((s_[j] == '-' || s_[j] == '+') && s_[j - 1] == 'e')))
      ++j;
    std::string_view num = s_.substr(i, j - i);
    if (need_mul_ && c != '^' && num.find_first_of(".e") == std::string_view::npos) {
      out_.append(num);  // exponent
    } else if (c == '^') {
      out_.append(num);
    } else {
      atom(num, false, true);
    }
    i = j;
    return true;
  }

  // The longest alias that starts at `i` (Chinese names, °C, wt%, dB(A),
  // 万 ...): its UDUNITS symbol, with its length in `len`; null when none.
  const char* alias_at(std::size_t i, std::size_t& len) const {
    const char* mapped = nullptr;
    len = 0;
    for (const UnitWord& w : kUnitWords) {
      if (!w.symbol) continue;
      std::size_t n = std::strlen(w.word);
      if (n > len && s_.substr(i, n) == w.word) len = n, mapped = w.symbol;
    }
    return mapped;
  }

  // The length of an ASCII identifier at `i` (kWh, SL, ppm), without a
  // substance glued on ("mgPt").
  std::size_t identifier_at(std::size_t i) const {
    std::size_t ident = 0;
    while (i + ident < s_.size() && ascii_unit_char(s_[i + ident])) ++ident;
    for (const char* w : kSubstances) {
      std::size_t n = std::strlen(w);
      if ((w[0] & 0x80) == 0 && ident > n && s_.substr(i + ident - n, n) == w &&
          !(i + ident < s_.size() && std::isdigit(static_cast<unsigned char>(s_[i + ident])))) {
        ident -= n;
        break;
      }
    }
    return ident;
  }

  // A unit word or a parenthesis at `i`; false when nothing known is there.
  bool word_at(std::size_t& i) {
    unsigned char c = s_[i];
    std::size_t best;
    const char* mapped = alias_at(i, best);
    std::size_t ident = identifier_at(i);
    if (mapped && best >= ident) {
      bool multiplier = std::strcmp(mapped, "10000") == 0 || std::strcmp(mapped, "100000000") == 0;
      atom(mapped, counting_word(mapped), multiplier);
      i += best;
    } else if (ident > 0) {
      atom(s_.substr(i, ident), false, false);
      i += ident;
    } else if (s_.substr(i).starts_with("µ") || s_.substr(i).starts_with("μ")) {
      std::size_t k = i + 2;  // micro sign or Greek mu before an ASCII unit
      while (k < s_.size() && ascii_unit_char(s_[k])) ++k;
      atom(std::string("u") + std::string(s_.substr(i + 2, k - i - 2)), false, false);
      i = k;
    } else if (c == '(' || c == ')') {
      out_ += static_cast<char>(c);
      need_mul_ = c == ')';
      ++i;
    } else {
      return false;
    }
    return true;
  }

  std::string_view s_;
  std::string out_;
  bool need_mul_ = false;         // an atom ended; the next atom multiplies
  bool last_count_ = false;       // the last atom was a counting word
  bool last_multiplier_ = false;  // ... or 万/亿
  bool bad_ = false;              // a counting word combined with another atom
};

}  // namespace

std::string to_udunits(std::string_view unit_in, msg::Text* error) {
  std::string unit = text::fold(unit_in);
  return Speller(text::trim(unit)).spell(unit_in, error);
}

namespace {

Conversion compute_conversion_once(std::string_view from, std::string_view to);

// "度" alone is an angle (°); when the rule measures a temperature it is ℃,
// and when it measures energy, kWh (1 度电).
Conversion compute_conversion(std::string_view from, std::string_view to) {
  Conversion conv = compute_conversion_once(from, to);
  if (conv.ok || from.find("度") == std::string_view::npos) return conv;
  for (const char* other : {"℃", "kWh"}) {
    std::string f;
    std::string_view rest = from;
    for (std::size_t at; (at = rest.find("度")) != std::string_view::npos;) {
      bool celsius = at >= 3 && rest.substr(at - 3, 3) == "氏";
      f.append(rest.substr(0, at));
      f += celsius ? "度" : other;
      rest.remove_prefix(at + 3);
    }
    f.append(rest);
    Conversion c = compute_conversion_once(f, to);
    if (c.ok) return c;
  }
  return conv;
}

Conversion compute_conversion_once(std::string_view from, std::string_view to) {
  Conversion conv;
  msg::Text err;
  std::string f = to_udunits(from, &err);
  std::string t = f.empty() ? "" : to_udunits(to, &err);
  if (f.empty() || t.empty()) {
    conv.unknown_unit = true;
    conv.error = err;
    return conv;
  }
  System& sys = system();
  std::lock_guard<std::mutex> lock(sys.mutex);
  sys.trim_cache();
  ut_unit* uf = sys.parse(f);
  ut_unit* ut = sys.parse(t);
  if (!uf || !ut) {
    conv.unknown_unit = true;
    conv.error = msg::text<msg::Id::unit_unknown>(!uf ? from : to);
    return conv;
  }
  if (!ut_are_convertible(uf, ut)) {
    conv.error = msg::text<msg::Id::unit_not_convertible>(from, to);
    return conv;
  }
  cv_converter* c = ut_get_converter(uf, ut);
  conv.offset = cv_convert_double(c, 0.0);
  conv.scale = cv_convert_double(c, 1.0) - conv.offset;
  // UDUNITS also "converts" a unit to its reciprocal (kg -> 1/kg as x -> 1/x):
  // another dimension here, as is anything that is not x * scale + offset.
  double at2 = cv_convert_double(c, 2.0);
  cv_free(c);
  if (!std::isfinite(conv.scale) || !std::isfinite(conv.offset) || conv.scale == 0 ||
      std::fabs(at2 - conv.apply(2.0)) > 1e-9 * std::max(1.0, std::fabs(at2))) {
    conv.error = msg::text<msg::Id::unit_not_convertible>(from, to);
    return conv;
  }
  conv.ok = true;
  return conv;
}

// Conversions already worked out, per thread: a batch asks for the same few
// dozen (from, to) pairs thousands of times, and each fresh one costs the alias
// scan, NFKC folding, two UDUNITS parses and a converter under the global lock.
// Bounded, so hostile input with endless distinct units cannot grow it.
constexpr std::size_t kMaxCachedConversions = 4096;

}  // namespace

Conversion conversion(std::string_view from, std::string_view to) {
  thread_local std::unordered_map<std::string, Conversion> cache;
  thread_local std::string key;  // "from\0to", reused so a hit allocates nothing
  key.assign(from);
  key += '\0';
  key.append(to);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  Conversion conv = compute_conversion(from, to);
  if (cache.size() < kMaxCachedConversions) cache.emplace(key, conv);
  return conv;
}

bool known(std::string_view unit, msg::Text* error) {
  msg::Text e;
  std::string u = to_udunits(unit, &e);
  if (u.empty()) {
    if (error) *error = e;
    return false;
  }
  System& sys = system();
  std::lock_guard<std::mutex> lock(sys.mutex);
  sys.trim_cache();
  if (!sys.parse(u)) {
    if (error) *error = msg::text<msg::Id::unit_unknown>(unit);
    return false;
  }
  return true;
}

bool dimensionless(std::string_view unit) { return conversion(unit, "").ok; }

}  // namespace guidecheck::units

namespace guidecheck::units {
namespace {

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

namespace {
std::string display_en(std::string_view unit) {
  for (const UnitWord& w : kUnitWords)
    if (w.en_alone && unit == w.word) return w.en_alone;
  std::string out;
  std::size_t i = 0;
  while (i < unit.size()) {
    const UnitWord* best = nullptr;
    for (const UnitWord& w : kUnitWords) {
      if (!w.en_part) continue;
      std::size_t n = std::strlen(w.word);
      if (unit.substr(i, n) == w.word && (!best || n > std::strlen(best->word))) best = &w;
    }
    if (!best) {
      out += unit[i++];
      continue;
    }
    std::string part = best->en_part;
    // Two words side by side (千克二氧化碳 -> kg CO2) need a space in English.
    if (!out.empty() && !part.empty() && word_char(out.back()) && word_char(part.front()))
      out += ' ';
    out += part;
    i += std::strlen(best->word);
  }
  return out;
}
}  // namespace

// The English spelling scans the unit-word table at every byte, and every
// finding's message asks for its unit again: the spellings are kept per
// thread. Bounded (short units, a table that starts afresh when full), as an
// applicant's own unit text can reach here.
std::string display(std::string_view unit, msg::Lang lang) {
  if (lang == msg::Lang::Zh) return std::string(unit);
  constexpr std::size_t kMaxKey = 64, kMaxEntries = 1024;
  if (unit.size() > kMaxKey) return display_en(unit);
  thread_local std::unordered_map<std::string, std::string> seen;
  std::string key(unit);
  if (auto it = seen.find(key); it != seen.end()) return it->second;
  std::string shown = display_en(unit);
  if (seen.size() >= kMaxEntries) seen.clear();
  seen.emplace(std::move(key), shown);
  return shown;
}

}  // namespace guidecheck::units
