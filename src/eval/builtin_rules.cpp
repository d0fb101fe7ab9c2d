#include "eval/builtin_rules.h"

#include "eval/evaluate.h"
#include "eval/waivers.h"
#include "messages/text.h"

namespace guidecheck::eval {
namespace {
using Id = msg::Id;

struct Row {
  const char* id;
  Id title, note;
};

// The same title and note as the findings these rules make.
constexpr Row kRows[] = {
    {kUnknownKeyRule, Id::eval_unknown_key_title, Id::eval_unknown_key_note},
    {kWaiverInvalidRule, Id::eval_waiver_invalid_title, Id::eval_waiver_note},
    {kWaiverUnknownRule, Id::eval_waiver_unknown_title, Id::eval_waiver_note},
    {kWaiverExpiredRule, Id::eval_waiver_expired_title, Id::eval_waiver_note},
};
}  // namespace

std::optional<BuiltinRule> builtin_rule(std::string_view rule_id, rules::Lang lang) {
  for (const Row& r : kRows)
    if (rule_id == r.id)
      return BuiltinRule{r.id, msg::Text{r.title, {}, {}}.render(lang),
                         msg::Text{r.note, {}, {}}.render(lang)};
  return std::nullopt;
}

std::vector<std::string> builtin_rule_ids() {
  std::vector<std::string> ids;
  for (const Row& r : kRows) ids.emplace_back(r.id);
  return ids;
}

}  // namespace guidecheck::eval
