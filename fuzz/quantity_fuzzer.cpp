// libFuzzer target: the value and unit parsers. The input is up to three
// lines: a value as a proposal writes it ("≥ ６２ %", "1:2.5万", "20 至 80 ℃"),
// a unit to convert from and a unit to convert to. Traps when a parse gives a
// quantity that is not a number, or a conversion that is not finite.
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <string>

#include "units/units.h"
#include "value/value.h"
#include "yaml/node.h"

using namespace guidecheck;

namespace {

void require(bool ok) {
  if (!ok) __builtin_trap();
}

std::string next_line(std::string& rest) {
  std::size_t nl = rest.find('\n');
  std::string line = rest.substr(0, nl);
  rest = nl == std::string::npos ? "" : rest.substr(nl + 1);
  return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string rest(reinterpret_cast<const char*>(data), size);
  std::string value_text = next_line(rest);
  std::string from = next_line(rest);
  std::string to = next_line(rest);

  value::Value v = value::parse_text(value_text);
  if (v.type == value::Value::Type::Quantity) {
    require(!std::isnan(v.lo.v) && !std::isnan(v.hi.v));
    if (v.exact) require(std::isfinite(v.lo.v) && v.lo.v == v.hi.v);
  }
  if (v.type == value::Value::Type::Ratio)
    require(std::isfinite(v.ratio_denominator) && v.ratio_denominator > 0);
  value::chinese_numeral(value_text);

  // The same text as a YAML scalar node, the way a proposal's value arrives.
  yaml::Node node;
  node.kind = yaml::Node::Kind::Scalar;
  node.scalar = value_text;
  value::parse(node);

  msg::Text error;
  units::to_udunits(from, &error);
  units::known(from);
  units::dimensionless(to);
  units::Conversion c = units::conversion(from, to);
  if (c.ok) {
    require(std::isfinite(c.scale) && std::isfinite(c.offset));
    if (v.type == value::Value::Type::Quantity && v.exact) c.apply(v.lo.v);
  } else {
    require(!c.error.empty());
  }
  // A quantity's own unit against the target, as the evaluator converts it.
  if (v.type == value::Value::Type::Quantity) units::conversion(v.lo.unit, to.empty() ? from : to);
  return 0;
}
