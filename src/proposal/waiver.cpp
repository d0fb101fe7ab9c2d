#include "proposal/waiver.h"

#include <fmt/format.h>

#include <algorithm>

#include "text/distance.h"
#include "text/normalize.h"

namespace guidecheck::proposal {
namespace {

const std::vector<std::string> kKeys = {"rule", "reason", "by", "until"};
const std::vector<std::string> kConfigKeys = {"rule", "reason", "by", "until", "paths"};

std::string closest(const std::string& key, const std::vector<std::string>& known) {
  std::string folded(text::trim(text::fold(key)));
  std::string best;
  std::size_t best_d = 3;  // keys are short: two edits at most
  for (const auto& k : known) {
    std::size_t d = text::edit_distance(folded, k);
    if (d < best_d) best_d = d, best = k;
  }
  return best;
}

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += (s.empty() ? "" : ", ") + x;
  return s;
}

}  // namespace

bool valid_date(const std::string& s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (s[i] < '0' || s[i] > '9') return false;
  int y = std::stoi(s.substr(0, 4)), m = std::stoi(s.substr(5, 2)), d = std::stoi(s.substr(8, 2));
  if (m < 1 || m > 12 || d < 1) return false;
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= days[m - 1] + (m == 2 && leap);
}

void read_waivers(const yaml::Node& node, bool config, std::vector<Waiver>& out,
                  std::vector<WaiverProblem>& problems) {
  using K = WaiverProblem::Kind;
  if (node.is_null()) return;  // `waivers:` with nothing under it waives nothing
  if (!node.is_seq()) {
    problems.push_back({K::NotAList, node.mark, "", node.kind_name(), {}, ""});
    return;
  }
  const auto& known = config ? kConfigKeys : kKeys;
  for (const auto& item : node.items) {
    if (!item->is_map()) {
      problems.push_back({K::NotAMapping, item->mark, "", item->kind_name(), {}, ""});
      continue;
    }
    std::size_t before = problems.size();
    Waiver w;
    w.mark = item->mark;
    for (const auto& e : item->entries)
      if (std::find(known.begin(), known.end(), e.key) == known.end())
        problems.push_back({K::UnknownKey, e.key_mark, e.key, "", known, closest(e.key, known)});
    // A text field: "" when absent or null; a problem when not a single value.
    auto text_of = [&](const char* key, std::string& to, yaml::Mark* mark) {
      const yaml::Entry* e = item->find(key);
      if (!e || e->value->is_null()) return;
      if (mark) *mark = e->value->mark;
      if (!e->value->is_scalar()) {
        problems.push_back({K::NotText, e->value->mark, key, e->value->kind_name(), {}, ""});
        return;
      }
      to = std::string(text::trim(e->value->scalar));
    };
    w.rule_mark = w.until_mark = item->mark;
    text_of("rule", w.rule, &w.rule_mark);
    text_of("reason", w.reason, nullptr);
    text_of("by", w.by, nullptr);
    text_of("until", w.until, &w.until_mark);
    w.rule = std::string(text::trim(text::fold(w.rule)));
    const yaml::Node* rule = item->get("rule");
    if (w.rule.empty() && (!rule || rule->is_null() || rule->is_scalar()))
      problems.push_back({K::NoRule, rule ? rule->mark : item->mark, "", "", {}, ""});
    const yaml::Node* reason = item->get("reason");
    if (w.reason.empty() && (!reason || reason->is_null() || reason->is_scalar()))
      problems.push_back({K::NoReason, reason ? reason->mark : item->mark, w.rule, "", {}, ""});
    if (!w.until.empty() && !valid_date(w.until))
      problems.push_back({K::BadDate, w.until_mark, "until", w.until, {}, ""});
    if (config)
      if (const yaml::Entry* e = item->find("paths"); e && !e->value->is_null()) {
        if (e->value->is_scalar()) {
          w.paths.push_back(e->value->scalar);
        } else if (e->value->is_seq()) {
          for (const auto& g : e->value->items) {
            if (!g->is_scalar())
              problems.push_back({K::NotText, g->mark, "paths", g->kind_name(), {}, ""});
            else
              w.paths.push_back(g->scalar);
          }
        } else {
          problems.push_back({K::NotText, e->value->mark, "paths", e->value->kind_name(), {}, ""});
        }
      }
    if (problems.size() == before) out.push_back(std::move(w));
  }
}

std::string waiver_problem_message(const WaiverProblem& p, bool zh) {
  using K = WaiverProblem::Kind;
  std::string m;
  switch (p.kind) {
    case K::NotAList:
      m = zh ? fmt::format("waivers 应为列表，每项写 {{rule, reason, by, until}}，实际为 {}",
                           p.found)
             : fmt::format("'waivers' must be a list of {{rule, reason, by, until}}, found {}",
                           p.found);
      break;
    case K::NotAMapping:
      m = zh ? fmt::format("每项豁免应为映射 {{rule, reason, by, until}}，实际为 {}", p.found)
             : fmt::format("a waiver must be a mapping {{rule, reason, by, until}}, found {}",
                           p.found);
      break;
    case K::NoRule:
      m = zh ? "豁免缺少 rule（所豁免要求的编号，如 3.1/round_trip_efficiency）"
             : "a waiver without 'rule' (the id of the requirement it waives, e.g. "
               "3.1/round_trip_efficiency)";
      break;
    case K::NotText:
      m = zh ? fmt::format("豁免的 {} 应为文字，实际为 {}", p.key, p.found)
             : fmt::format("a waiver's '{}' must be text, found {}", p.key, p.found);
      break;
    case K::NoReason:
      m = zh ? fmt::format("对 {} 的豁免没有写理由（reason）：豁免必须说明原因",
                           p.key.empty() ? "?" : p.key)
             : fmt::format("the waiver of {} has no reason: a waiver must say why (reason: ...)",
                           p.key.empty() ? "?" : p.key);
      break;
    case K::BadDate:
      m = zh ? fmt::format("豁免的 until 应为 YYYY-MM-DD 格式的日期（如 2026-12-31），而不是“{}”",
                           p.found)
             : fmt::format(
                   "a waiver's 'until' must be a date written YYYY-MM-DD (e.g. 2026-12-31), not "
                   "'{}'",
                   p.found);
      break;
    case K::UnknownKey:
      m = zh ? fmt::format(
                   "豁免中未知的键“{}”{}；应为：{}", p.key,
                   p.suggestion.empty() ? "" : fmt::format("（是否想写 `{}`？）", p.suggestion),
                   joined(p.known))
             : fmt::format(
                   "unknown key '{}' in a waiver{} (expected one of: {})", p.key,
                   p.suggestion.empty() ? "" : fmt::format("; did you mean `{}`?", p.suggestion),
                   joined(p.known));
      break;
  }
  return m + (zh ? "；此豁免不生效" : "; this waiver is not applied");
}

}  // namespace guidecheck::proposal
