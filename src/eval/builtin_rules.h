// The rules guidecheck itself applies to every proposal, in no rule pack:
// unknown keys (eval/unknown_keys.h) and waivers that do not hold
// (eval/waivers.h). Reports name them like pack rules ("general/unknown_key")
// and SARIF's help says `guidecheck explain` them, so explain must know them.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rules/model.h"

namespace guidecheck::eval {

struct BuiltinRule {
  std::string id;     // "general/unknown_key"
  std::string title;  // in the language asked for
  std::string note;   // what it checks and why
};

// The built-in rule `rule_id`, or nothing when it is none.
std::optional<BuiltinRule> builtin_rule(std::string_view rule_id, rules::Lang lang);
// Every built-in rule's id.
std::vector<std::string> builtin_rule_ids();

}  // namespace guidecheck::eval
