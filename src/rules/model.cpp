#include "rules/model.h"

#include <algorithm>

namespace guidecheck::rules {

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::Quantity:
      return "quantity";
    case Kind::Count:
      return "count";
    case Kind::RangeCover:
      return "range_cover";
    case Kind::Ratio:
      return "ratio";
    case Kind::Categorical:
      return "categorical";
    case Kind::Formula:
      return "formula";
    case Kind::Qualitative:
      return "qualitative";
    case Kind::AnyOf:
      return "any_of";
  }
  return "?";
}

const char* severity_name(Severity s) {
  switch (s) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "info";
  }
  return "?";
}

std::vector<std::string> Direction::indicator_ids() const {
  std::vector<std::string> ids;
  auto add = [&](const std::string& id) {
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  };
  for (const Rule& r : rules) {
    for (const Rule& alt : r.any_of) {  // each alternative reads its own indicator
      add(alt.id);
      for (const FormulaInput& in : alt.inputs) add(in.id);
    }
    if (!r.reads_indicator()) continue;
    add(r.id);
    for (const FormulaInput& in : r.inputs) add(in.id);
  }
  return ids;
}

const Rule* Direction::find_rule(const std::string& id) const {
  for (const Rule& r : rules) {
    if (r.id == id) return &r;
    for (const Rule& alt : r.any_of)
      if (alt.id == id) return &alt;
  }
  return nullptr;
}

}  // namespace guidecheck::rules
