#include "proposal/waiver.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "messages/text.h"
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
  return fmt::format("{}", fmt::join(v, ", "));
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
    problems.push_back({K::NotAList, node.mark, "", node.kind_name(), {}, "", node.kind_id()});
    return;
  }
  const auto& known = config ? kConfigKeys : kKeys;
  for (const auto& item : node.items) {
    if (!item->is_map()) {
      problems.push_back(
          {K::NotAMapping, item->mark, "", item->kind_name(), {}, "", item->kind_id()});
      continue;
    }
    std::size_t before = problems.size();
    Waiver w;
    w.mark = item->mark;
    for (const auto& e : item->entries)
      if (std::find(known.begin(), known.end(), e.key) == known.end())
        problems.push_back({K::UnknownKey, e.key_mark, e.key, "", known, closest(e.key, known)});
    // A text field: "" when absent or null; a problem when not a single value.
    auto text_of = [&](const char* key, std::string& to, Mark* mark) {
      const yaml::Entry* e = item->find(key);
      if (!e || e->value->is_null()) return;
      if (mark) *mark = e->value->mark;
      if (!e->value->is_scalar()) {
        problems.push_back(
            {K::NotText, e->value->mark, key, e->value->kind_name(), {}, "", e->value->kind_id()});
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
              problems.push_back(
                  {K::NotText, g->mark, "paths", g->kind_name(), {}, "", g->kind_id()});
            else
              w.paths.push_back(g->scalar);
          }
        } else {
          problems.push_back({K::NotText,
                              e->value->mark,
                              "paths",
                              e->value->kind_name(),
                              {},
                              "",
                              e->value->kind_id()});
        }
      }
    if (problems.size() == before) out.push_back(std::move(w));
  }
}

msg::Text waiver_problem(const WaiverProblem& p) {
  using K = WaiverProblem::Kind;
  using Id = msg::Id;
  // What was written: a node kind in the reader's language, or the text.
  msg::Text found = p.found_kind != Id{} ? msg::Text{p.found_kind, {}, {}} : msg::verbatim(p.found);
  msg::Text m;
  switch (p.kind) {
    case K::NotAList:
      m = msg::text<Id::proposal_waivers_not_list>(found);
      break;
    case K::NotAMapping:
      m = msg::text<Id::proposal_waiver_not_map>(found);
      break;
    case K::NoRule:
      m = msg::text<Id::proposal_waiver_no_rule>();
      break;
    case K::NotText:
      m = msg::text<Id::proposal_waiver_not_text>(p.key, found);
      break;
    case K::NoReason:
      m = msg::text<Id::proposal_waiver_no_reason>(p.key.empty() ? "?" : p.key);
      break;
    case K::BadDate:
      m = msg::text<Id::proposal_waiver_bad_date>(p.found);
      break;
    case K::UnknownKey:
      m = p.suggestion.empty() ? msg::text<Id::proposal_waiver_unknown_key>(p.key, joined(p.known))
                               : msg::text<Id::proposal_waiver_unknown_key_hint>(
                                     p.key, p.suggestion, joined(p.known));
      break;
  }
  return msg::text<Id::proposal_waiver_not_applied>(m);
}

}  // namespace guidecheck::proposal
