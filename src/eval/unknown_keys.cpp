// Unknown keys: one failing finding each, with the closest known key.
#include "eval/unknown_keys.h"

#include <algorithm>
#include <utility>

#include "eval/evaluate.h"
#include "messages/text.h"
#include "text/distance.h"

namespace guidecheck::eval::detail {
namespace {

using rules::Lang;
using rules::Op;
using Id = msg::Id;

constexpr std::size_t kMaxUnknownKeyFindings = 20;  // then one finding counts the rest

// The finding for a key the proposal format or the direction does not know.
// `more` > 0: this finding also stands for that many further unknown keys.
Finding unknown_key_finding(const proposal::UnknownKey& k, const std::string& direction, Lang lang,
                            std::size_t more) {
  Finding f;
  f.rule_id = kUnknownKeyRule;
  f.status = Status::Fail;
  f.severity = rules::Severity::Error;
  f.location = k.mark;
  f.title = msg::tr<Id::eval_unknown_key_title>(lang);
  f.note = msg::tr<Id::eval_unknown_key_note>(lang);
  f.expected.op = Op::KnownKey;
  f.expected.list = k.known;
  f.actual = eval::Actual{{}, {}, {}, "", k.key};
  std::string hint = k.suggestion.empty() ? text::closest_id(k.key, k.known) : k.suggestion;
  msg::Text where = k.context.empty()            ? msg::text<Id::eval_unknown_at_top>()
                    : k.context == "participant" ? msg::text<Id::eval_unknown_in_participant>()
                    : k.context == "waiver"      ? msg::text<Id::eval_unknown_in_waiver>()
                    : k.context == "value"
                        ? msg::text<Id::eval_unknown_in_value>()
                        : msg::text<Id::eval_unknown_under>(k.context, direction);
  std::vector<std::string> first(k.known.begin(),
                                 k.known.begin() + std::min<std::size_t>(k.known.size(), 12));
  if (k.known.size() > 12) first.push_back("…");
  std::string known = msg::join(lang, first);
  f.message = hint.empty() ? msg::tr<Id::eval_unknown_key>(lang, k.key, where, known)
                           : msg::tr<Id::eval_unknown_key_hint>(lang, k.key, where, hint, known);
  if (more) f.message = msg::tr<Id::eval_unknown_key_more>(lang, f.message, more);
  return f;
}

}  // namespace

std::vector<Finding> unknown_key_findings(const proposal::Proposal& p, const rules::Direction& dir,
                                          const std::vector<std::string>& indicator_ids,
                                          Lang lang) {
  std::vector<Finding> out;
  std::vector<proposal::UnknownKey> unknown = p.unknown_keys;
  auto unknown_ids = [&](const yaml::Node* map, const std::vector<std::string>& known,
                         const char* context) {
    if (!map) return;
    for (const auto& e : map->entries)
      if (std::find(known.begin(), known.end(), e.key) == known.end())
        unknown.push_back({e.key, e.key_mark, context, known, ""});
  };
  unknown_ids(p.indicators, indicator_ids, "indicators");
  std::vector<std::string> research_ids;
  for (const auto& r : dir.research_contents) research_ids.push_back(r.id);
  unknown_ids(p.research_contents, research_ids, "research_contents");
  std::stable_sort(unknown.begin(), unknown.end(), [](const auto& a, const auto& b) {
    return std::pair(a.mark.line, a.mark.column) < std::pair(b.mark.line, b.mark.column);
  });
  for (std::size_t i = 0; i < unknown.size() && i <= kMaxUnknownKeyFindings; ++i) {
    if (i == kMaxUnknownKeyFindings) {
      out.push_back(unknown_key_finding(unknown[i], dir.number, lang,
                                        unknown.size() - kMaxUnknownKeyFindings));
      break;
    }
    out.push_back(unknown_key_finding(unknown[i], dir.number, lang, 0));
  }
  return out;
}

}  // namespace guidecheck::eval::detail
