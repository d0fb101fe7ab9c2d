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

namespace guidecheck::units {
namespace {

// Chinese and other spellings -> UDUNITS symbols of the system built below.
// Longest match wins. Counting words are dimensionless ("1").
const std::pair<const char*, const char*> kAliases[] = {
    // energy, power
    {"兆瓦时", "MWh"},
    {"千瓦时", "kWh"},
    {"瓦时", "Wh"},
    {"兆焦", "MJ"},
    {"千焦", "kJ"},
    {"焦耳", "J"},
    {"焦", "J"},
    {"兆瓦", "MW"},
    {"千瓦", "kW"},
    {"瓦", "W"},
    // mass
    {"万吨", "10000 t"},
    {"千吨", "kt"},
    {"吨", "t"},
    {"千克", "kg"},
    {"公斤", "kg"},
    {"毫克", "mg"},
    {"微克", "ug"},
    {"克", "g"},
    // time
    {"毫秒", "ms"},
    {"微秒", "us"},
    {"秒钟", "s"},
    {"秒", "s"},
    {"分钟", "min"},
    {"小时", "h"},
    {"天", "d"},
    {"日", "d"},
    {"周", "week"},
    {"个月", "month"},
    {"月", "month"},
    {"年", "year"},
    // length, area, volume
    {"平方厘米", "cm2"},
    {"平方毫米", "mm2"},
    {"平方公里", "km2"},
    {"平方千米", "km2"},
    {"平方米", "m2"},
    {"立方厘米", "cm3"},
    {"立方米", "m3"},
    {"标准升", "SL"},
    {"毫升", "mL"},
    {"升", "L"},
    {"纳米", "nm"},
    {"微米", "um"},
    {"毫米", "mm"},
    {"厘米", "cm"},
    {"千米", "km"},
    {"公里", "km"},
    {"米", "m"},
    // chemistry, electricity, pressure
    {"毫摩尔", "mmol"},
    {"摩尔", "mol"},
    {"千伏", "kV"},
    {"毫伏", "mV"},
    {"伏特", "V"},
    {"伏", "V"},
    {"微安", "uA"},
    {"毫安", "mA"},
    {"安培", "A"},
    {"安", "A"},
    {"兆帕", "MPa"},
    {"千帕", "kPa"},
    {"帕", "Pa"},
    {"毫巴", "mbar"},
    {"巴", "bar"},
    {"毫欧", "mohm"},
    {"欧姆", "ohm"},
    {"欧", "ohm"},
    // temperature, angle, sound
    {"摄氏度", "degC"},
    {"°C", "degC"},
    {"开尔文", "K"},
    {"°", "arc_degree"},
    {"dB(A)", "dBA"},
    {"分贝", "dB"},
    // money
    {"万元", "10000 yuan"},
    {"元", "yuan"},
    {"CNY", "yuan"},
    {"RMB", "yuan"},
    // fractions
    {"wt%", "%"},
    {"mol%", "%"},
    {"vol%", "%"},
    {"百分点", "%"},
    {"‰", "0.001"},
    {"Ω", "ohm"},
    {"mΩ", "mohm"},
    {"kΩ", "kohm"},
    {"MΩ", "Mohm"},
    {"µΩ", "uohm"},
    {"μΩ", "uohm"},
    // English names, singular and plural
    {"seconds", "s"},
    {"second", "s"},
    {"sec", "s"},
    {"minutes", "min"},
    {"minute", "min"},
    {"hours", "h"},
    {"hour", "h"},
    {"hr", "h"},
    {"days", "d"},
    {"day", "d"},
    {"weeks", "week"},
    {"months", "month"},
    {"years", "year"},
    {"tonnes", "t"},
    {"tonne", "t"},
    {"tons", "t"},
    {"ton", "t"},
    {"grams", "g"},
    {"gram", "g"},
    {"kilograms", "kg"},
    {"kilogram", "kg"},
    {"litres", "L"},
    {"litre", "L"},
    {"liters", "L"},
    {"liter", "L"},
    {"metres", "m"},
    {"metre", "m"},
    {"meters", "m"},
    {"meter", "m"},
    {"percent", "%"},
    {"yuan", "yuan"},
    {"times", "1"},
    {"cycles", "1"},
    {"cycle", "1"},
    {"items", "1"},
    {"item", "1"},
    {"units", "1"},
    {"unit", "1"},
    {"pcs", "1"},
    {"degC", "degC"},
    {"celsius", "degC"},
    {"kelvin", "K"},
    // as applicants write them: KW for kW, Ohm for Ω, wt.% for wt%
    {"KW", "kW"},
    {"Kw", "kW"},
    {"KWh", "kWh"},
    {"KWH", "kWh"},
    {"kwh", "kWh"},
    {"Kwh", "kWh"},
    {"MWH", "MWh"},
    {"Ohm", "ohm"},
    {"mOhm", "mohm"},
    {"kOhm", "kohm"},
    {"MOhm", "Mohm"},
    {"wt.%", "%"},
    {"wt. %", "%"},
    {"at.%", "%"},
    {"at%", "%"},
    {"vol.%", "%"},
    {"batches", "1"},
    {"batch", "1"},
    {"人次", "1"},
    {"台套", "1"},
    // 度: an angle by default; a temperature or kWh when the rule measures one
    // (see compute_conversion)
    {"度", "arc_degree"},
    // multipliers inside a unit
    {"万", "10000"},
    {"亿", "100000000"},
    // counting words: dimensionless
    {"项", "1"},
    {"个", "1"},
    {"次", "1"},
    {"套", "1"},
    {"份", "1"},
    {"种", "1"},
    {"座", "1"},
    {"家", "1"},
    {"台", "1"},
    {"型", "1"},
    {"部", "1"},
    {"篇", "1"},
    {"例", "1"},
    {"人", "1"},
    {"条", "1"},
    {"类", "1"},
    {"件", "1"},
    {"款", "1"},
    {"批", "1"},
    {"圈", "1"},
    {"倍", "1"},
    {"名", "1"},
    {"所", "1"},
    {"处", "1"},
    {"组", "1"},
    {"株", "1"},
    {"只", "1"},
    {"轮", "1"},
    {"期", "1"},
    {"册", "1"},
};

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

std::string to_udunits(std::string_view unit_in, msg::Text* error) {
  std::string unit = text::fold(unit_in);
  std::string_view s = text::trim(unit);
  std::string out;
  bool need_mul = false;         // an atom ended; the next atom multiplies
  bool last_count = false;       // the last atom was a counting word
  bool last_multiplier = false;  // ... or 万/亿
  bool bad = false;
  // Products are written with a space: UDUNITS reads "1.1" as a number, so
  // "1" (a counting word) then "1" must not become "1.1".
  auto atom = [&](std::string_view a, bool count, bool multiplier) {
    if (need_mul) {
      if (last_count || (count && !last_multiplier)) bad = true;
      out += ' ';
    }
    out.append(a);
    need_mul = true;
    last_count = count;
    last_multiplier = multiplier;
  };
  auto substance_at = [&](std::size_t i) -> std::size_t {
    if (!need_mul) return 0;
    for (const char* w : kSubstances) {
      std::size_t n = std::strlen(w);
      if (s.substr(i, n) != w) continue;
      unsigned char next = i + n < s.size() ? s[i + n] : ' ';
      if (std::isalnum(next) && (w[0] & 0x80) == 0) continue;  // "Pta" is not Pt
      return n;
    }
    return 0;
  };
  std::size_t i = 0;
  while (i < s.size()) {
    unsigned char c = s[i];
    if (c == ' ') {
      ++i;
      continue;
    }
    if (std::size_t n = substance_at(i)) {
      i += n;
      continue;
    }
    if (c == '/') {
      out += '/';
      need_mul = false;
      last_count = last_multiplier = false;
      ++i;
      continue;
    }
    if (c == '*' || c == '.') {
      out += ' ';
      need_mul = false;
      ++i;
      continue;
    }
    if (s.substr(i).starts_with("·") || s.substr(i).starts_with("⋅") ||
        s.substr(i).starts_with("×")) {
      out += ' ';
      need_mul = false;
      i += 2;
      continue;
    }
    if (c == '^' || ((c == '-' || c == '+') && need_mul) || (c >= '0' && c <= '9')) {
      // exponent after an atom (m2, s-1, m^3) or a numeric factor
      std::size_t j = i + 1;
      while (j < s.size() && ((s[j] >= '0' && s[j] <= '9') || s[j] == '.' || s[j] == 'e' ||
                              ((s[j] == '-' || s[j] == '+') && s[j - 1] == 'e')))
        ++j;
      std::string_view num = s.substr(i, j - i);
      if (need_mul && c != '^' && num.find_first_of(".e") == std::string_view::npos) {
        out.append(num);  // exponent
      } else if (c == '^') {
        out.append(num);
      } else {
        atom(num, false, true);
      }
      i = j;
      continue;
    }
    // Longest alias that starts here (Chinese names, °C, wt%, dB(A), 万 ...).
    const char* mapped = nullptr;
    std::size_t best = 0;
    for (auto [from, to] : kAliases) {
      std::size_t n = std::strlen(from);
      if (n > best && s.substr(i, n) == from) best = n, mapped = to;
    }
    std::size_t ident = 0;  // length of an ASCII identifier here (kWh, SL, ppm)
    while (i + ident < s.size() && ascii_unit_char(s[i + ident])) ++ident;
    // "mgPt": a unit with its substance glued on.
    for (const char* w : kSubstances) {
      std::size_t n = std::strlen(w);
      if ((w[0] & 0x80) == 0 && ident > n && s.substr(i + ident - n, n) == w &&
          !(i + ident < s.size() && std::isdigit(static_cast<unsigned char>(s[i + ident])))) {
        ident -= n;
        break;
      }
    }
    if (mapped && best >= ident) {
      bool multiplier = std::strcmp(mapped, "10000") == 0 || std::strcmp(mapped, "100000000") == 0;
      atom(mapped, counting_word(mapped), multiplier);
      i += best;
    } else if (ident > 0) {
      atom(s.substr(i, ident), false, false);
      i += ident;
    } else if (s.substr(i).starts_with("µ") || s.substr(i).starts_with("μ")) {
      std::size_t k = i + 2;  // micro sign or Greek mu before an ASCII unit
      while (k < s.size() && ascii_unit_char(s[k])) ++k;
      atom(std::string("u") + std::string(s.substr(i + 2, k - i - 2)), false, false);
      i = k;
    } else if (c == '(' || c == ')') {
      out += static_cast<char>(c);
      need_mul = c == ')';
      ++i;
    } else {
      if (error) *error = msg::text<msg::Id::unit_unknown>(unit_in);
      return "";
    }
    if (bad) {
      if (error) *error = msg::text<msg::Id::unit_counting_word_combined>(unit_in);
      return "";
    }
  }
  if (out.empty()) out = "1";
  return out;
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

// The English of each Chinese unit word (as kAliases lists them): `alone`
// when it is the whole unit ("36 个月" -> "36 months"), `part` inside a
// compound unit ("万吨/年" -> "10k t/year").
struct English {
  const char* zh;
  const char* alone;
  const char* part;
};
const English kEnglish[] = {
    {"兆瓦时", "MWh", "MWh"},
    {"千瓦时", "kWh", "kWh"},
    {"瓦时", "Wh", "Wh"},
    {"兆焦", "MJ", "MJ"},
    {"千焦", "kJ", "kJ"},
    {"焦耳", "J", "J"},
    {"焦", "J", "J"},
    {"兆瓦", "MW", "MW"},
    {"千瓦", "kW", "kW"},
    {"瓦", "W", "W"},
    {"万吨", "10k t", "10k t"},
    {"千吨", "kt", "kt"},
    {"吨", "t", "t"},
    {"千克", "kg", "kg"},
    {"公斤", "kg", "kg"},
    {"毫克", "mg", "mg"},
    {"微克", "µg", "µg"},
    {"克", "g", "g"},
    {"毫秒", "ms", "ms"},
    {"微秒", "µs", "µs"},
    {"秒钟", "s", "s"},
    {"秒", "s", "s"},
    {"分钟", "min", "min"},
    {"小时", "h", "h"},
    {"天", "days", "day"},
    {"日", "days", "day"},
    {"周", "weeks", "week"},
    {"个月", "months", "month"},
    {"月", "months", "month"},
    {"年", "years", "year"},
    {"平方厘米", "cm²", "cm²"},
    {"平方毫米", "mm²", "mm²"},
    {"平方公里", "km²", "km²"},
    {"平方千米", "km²", "km²"},
    {"平方米", "m²", "m²"},
    {"立方厘米", "cm³", "cm³"},
    {"立方米", "m³", "m³"},
    {"标准升", "SL", "SL"},
    {"毫升", "mL", "mL"},
    {"升", "L", "L"},
    {"纳米", "nm", "nm"},
    {"微米", "µm", "µm"},
    {"毫米", "mm", "mm"},
    {"厘米", "cm", "cm"},
    {"千米", "km", "km"},
    {"公里", "km", "km"},
    {"米", "m", "m"},
    {"毫摩尔", "mmol", "mmol"},
    {"摩尔", "mol", "mol"},
    {"千伏", "kV", "kV"},
    {"毫伏", "mV", "mV"},
    {"伏特", "V", "V"},
    {"伏", "V", "V"},
    {"微安", "µA", "µA"},
    {"毫安", "mA", "mA"},
    {"安培", "A", "A"},
    {"安", "A", "A"},
    {"兆帕", "MPa", "MPa"},
    {"千帕", "kPa", "kPa"},
    {"帕", "Pa", "Pa"},
    {"毫巴", "mbar", "mbar"},
    {"巴", "bar", "bar"},
    {"毫欧", "mΩ", "mΩ"},
    {"欧姆", "Ω", "Ω"},
    {"欧", "Ω", "Ω"},
    {"摄氏度", "℃", "℃"},
    {"开尔文", "K", "K"},
    {"分贝", "dB", "dB"},
    {"万元", "10k yuan", "10k yuan"},
    {"元", "yuan", "yuan"},
    {"百分点", "percentage points", "percentage point"},
    {"度", "degrees", "degree"},
    {"人次", "person-times", "person-time"},
    {"台套", "sets", "set"},
    {"万", "10k", "10k"},
    {"亿", "100M", "100M"},
    {"项", "items", "item"},
    {"个", "", ""},
    {"次", "times", "time"},
    {"套", "sets", "set"},
    {"份", "copies", "copy"},
    {"种", "kinds", "kind"},
    {"座", "sites", "site"},
    {"家", "organisations", "organisation"},
    {"台", "units", "unit"},
    {"型", "types", "type"},
    {"部", "units", "unit"},
    {"篇", "papers", "paper"},
    {"例", "cases", "case"},
    {"人", "people", "person"},
    {"条", "items", "item"},
    {"类", "classes", "class"},
    {"件", "items", "item"},
    {"款", "models", "model"},
    {"批", "batches", "batch"},
    {"圈", "cycles", "cycle"},
    {"倍", "times", "time"},
    {"名", "people", "person"},
    {"所", "institutions", "institution"},
    {"处", "sites", "site"},
    {"组", "groups", "group"},
    {"株", "strains", "strain"},
    {"只", "units", "unit"},
    {"轮", "rounds", "round"},
    {"期", "phases", "phase"},
    {"册", "volumes", "volume"},
    // what a quantity is of (kSubstances)
    {"二氧化碳当量", "CO2-eq", "CO2-eq"},
    {"二氧化碳", "CO2", "CO2"},
    {"水泥", "cement", "cement"},
    {"熟料", "clinker", "clinker"},
    {"催化剂", "catalyst", "catalyst"},
    {"铂族金属", "PGM", "PGM"},
    {"铂", "Pt", "Pt"},
    {"铱", "Ir", "Ir"},
    {"氢气", "H2", "H2"},
};

bool word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

}  // namespace

std::string display(std::string_view unit, msg::Lang lang) {
  if (lang == msg::Lang::Zh) return std::string(unit);
  for (const English& e : kEnglish)
    if (unit == e.zh) return e.alone;
  std::string out;
  std::size_t i = 0;
  while (i < unit.size()) {
    const English* best = nullptr;
    for (const English& e : kEnglish) {
      std::size_t n = std::strlen(e.zh);
      if (unit.substr(i, n) == e.zh && (!best || n > std::strlen(best->zh))) best = &e;
    }
    if (!best) {
      out += unit[i++];
      continue;
    }
    std::string part = best->part;
    // Two words side by side (千克二氧化碳 -> kg CO2) need a space in English.
    if (!out.empty() && !part.empty() && word_char(out.back()) && word_char(part.front()))
      out += ' ';
    out += part;
    i += std::strlen(best->zh);
  }
  return out;
}

}  // namespace guidecheck::units
