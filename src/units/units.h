// Units of measure: UDUNITS-2 does the parsing, dimension checks and
// conversions; this module adds what it lacks for the guide: Chinese unit names
// (千瓦时/立方米, 元/吨, 个月), the multipliers 万 and 亿 inside a unit (万吨/年),
// currency (元) and counting words (项, 次, 个) as dimensionless.
#pragma once

#include <string>
#include <string_view>

#include "messages/message.h"

namespace guidecheck::units {

// A linear map from one unit to another: to = from * scale + offset.
struct Conversion {
  bool ok = false;
  bool unknown_unit = false;  // one of the units is not understood
  double scale = 1;
  double offset = 0;
  msg::Text error;  // when !ok
  double apply(double v) const { return v * scale + offset; }
};

// Converts values written in `from` into `to`. An empty unit is the number 1
// (dimensionless). Thread-safe.
Conversion conversion(std::string_view from, std::string_view to);

// The UDUNITS-2 spelling of a unit as written in the guide or a proposal, or
// "" with `error` set when a part is not known. Exposed for tests and lint.
std::string to_udunits(std::string_view unit, msg::Text* error);

// True when `unit` parses (after the alias layer).
bool known(std::string_view unit, msg::Text* error = nullptr);

// True when `unit` is dimensionless (counts, %, ppm, 项, 次 ...).
bool dimensionless(std::string_view unit);

// A unit as a reader of `lang` reads it: in Chinese the unit as the guide
// writes it; in English its Chinese words in English (年 -> years, 分钟 -> min,
// 万元/年 -> 10k yuan/year, 个 -> ""). Symbols and words it does not know are
// kept as written.
std::string display(std::string_view unit, msg::Lang lang);

}  // namespace guidecheck::units
