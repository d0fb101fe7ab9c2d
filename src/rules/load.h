// Loading rule packs: YAML files -> model, with every problem reported as a
// Diagnostic (file:line:column). `rules lint` is these checks, run on every file.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/diagnostic.h"
#include "rules/model.h"
#include "rules/source.h"

namespace guidecheck::rules {

std::optional<Pack> load_pack(const PackSource& src, const std::string& pack_id,
                              Diagnostics& diags);
std::optional<General> load_general(const PackSource& src, const std::string& pack_id,
                                    Diagnostics& diags);
std::optional<Direction> load_direction(const PackSource& src, const std::string& pack_id,
                                        const std::string& number, Diagnostics& diags);
// Direction numbers of a pack, in the guide's order (1.1, 1.2, ..., 10.8).
std::vector<std::string> direction_numbers(const PackSource& src, const std::string& pack_id);

// Orders direction numbers by their parts as numbers ("1.10" after "1.9",
// "10.1" after "9.5"), and the empty one (no direction) last.
bool direction_less(const std::string& a, const std::string& b);

// Parse one rule (exposed for tests); `prefix` is "3.1" or "general".
std::optional<Rule> parse_rule(const yaml::Node& node, const std::string& prefix,
                               const std::string& file, Diagnostics& diags);

}  // namespace guidecheck::rules
