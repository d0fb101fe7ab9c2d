#include "proposal/proposal.h"

#include <algorithm>
#include <functional>

#include "proposal/participant_words.h"
#include "text/country.h"
#include "text/normalize.h"
#include "value/value.h"

namespace guidecheck::proposal {
namespace {

using yaml::Node;

const char* const kTopKeys[] = {"guidecheck", "guide",        "direction",    "title",
                                "duration",   "sub_projects", "participants", "research_contents",
                                "indicators", "waivers"};
const char* const kParticipantKeys[] = {"name", "country", "role", "kind", "qualifications"};
const char* const kRoles[] = {"lead", "member"};
const char* const kKinds[] = {"university", "institute",         "enterprise",
                              "hospital",   "testing_body",      "classification_society",
                              "shipowner",  "international_org", "other"};

template <std::size_t N>
bool one_of(const std::string& s, const char* const (&list)[N]) {
  return std::any_of(std::begin(list), std::end(list), [&](const char* k) { return s == k; });
}

template <std::size_t N>
std::string joined(const char* const (&list)[N]) {
  std::string s;
  for (const char* k : list) s += std::string(s.empty() ? "" : ", ") + k;
  return s;
}

// For a key that is a known one written in full-width letters or with wide
// spaces (ｉｎｄｉｃａｔｏｒｓ, "　indicators"): that key.
template <std::size_t N>
std::string width_hint(const std::string& key, const char* const (&list)[N]) {
  std::string folded(text::trim(text::fold(key)));
  if (folded == key || !one_of(folded, list)) return "";
  return folded;
}

template <std::size_t N>
std::vector<std::string> as_vector(const char* const (&list)[N]) {
  return std::vector<std::string>(std::begin(list), std::end(list));
}

const char* const kValueKeys[] = {"value", "note", "evidence", "min", "max"};

// Country, role and kind as the format writes them (CN, lead, university)
// or as applicants do (中国, 牵头单位, 高校), read into the format's words; what
// cannot be read is a problem with the words it likely meant.
template <typename Problem>
void read_participant_words(Participant& pt, const Node& item, Problem&& problem) {
  if (std::string code = text::country_code_of(pt.country); !code.empty()) {
    pt.country = code;
  } else {
    auto near = text::country_suggestions(pt.country);
    std::string msg = "country '" + pt.country +
                      "' is not a country code or name known here: write its ISO 3166-1 "
                      "alpha-2 code (CN, DE, US, HK) or its name (中国, Germany)";
    if (!near.empty()) {
      msg += "; did you mean ";
      for (std::size_t i = 0; i < near.size(); ++i) msg += (i ? ", " : "") + near[i];
      msg += "?";
    }
    problem(item.get("country")->mark, msg);
  }
  if (std::string role = canonical_role(pt.role); !role.empty()) {
    pt.role = role;
  } else {
    std::string near = closest_word(pt.role, role_words());
    problem(item.get("role")->mark, "role '" + pt.role +
                                        "' must be lead (牵头单位) or member (参与单位)" +
                                        (near.empty() ? "" : "; did you mean " + near + "?"));
  }
  if (std::string kind = canonical_kind(pt.kind); !kind.empty()) {
    pt.kind = kind;
  } else {
    std::string near = closest_word(pt.kind, kind_words());
    problem(item.get("kind")->mark, "kind '" + pt.kind + "' must be one of: " + joined(kKinds) +
                                        (near.empty() ? "" : "; did you mean " + near + "?"));
  }
}

}  // namespace

const yaml::Entry* Proposal::indicator(const std::string& id) const {
  return indicators ? indicators->find(id) : nullptr;
}
const yaml::Entry* Proposal::research(const std::string& id) const {
  return research_contents ? research_contents->find(id) : nullptr;
}
std::string Proposal::lead() const {
  for (const auto& p : participants)
    if (p.role == "lead") return p.name;
  return "";
}

Parsed from_tree(const std::string& file, std::unique_ptr<Node> root) {
  Parsed r;
  Proposal& p = r.proposal;
  p.file = file;
  p.root = std::move(root);
  auto fail = [&](yaml::Mark m, std::string msg) {
    r.error = {file, m, std::move(msg), true};
    return std::move(r);
  };
  const Node& top = *p.root;
  // No proposal's keys at all: a workflow, a config. A file that has some
  // (direction:, indicators: ...) but lacks `guidecheck: 1` is a proposal
  // with a mistake, and is reported as one.
  r.not_a_proposal = top.is_null() || !top.is_map() ||
                     std::none_of(top.entries.begin(), top.entries.end(), [](const yaml::Entry& e) {
                       return e.key == "guidecheck" || e.key == "direction" ||
                              e.key == "participants" || e.key == "indicators" ||
                              e.key == "research_contents";
                     });
  if (top.is_null())
    return fail({1, 1},
                "the file is empty; expected a proposal mapping (guidecheck: 1, direction: ...)");
  if (!top.is_map())
    return fail(top.mark, std::string("expected a proposal mapping at the top level, found ") +
                              top.kind_name());
  auto unknown = [&](const yaml::Entry& e, const char* context, std::vector<std::string> known,
                     std::string hint) {
    p.unknown_keys.push_back({e.key, e.key_mark, context, std::move(known), std::move(hint)});
  };
  for (const auto& e : top.entries)
    if (!one_of(e.key, kTopKeys)) unknown(e, "", as_vector(kTopKeys), width_hint(e.key, kTopKeys));
  const Node* version = top.get("guidecheck");
  if (!version) return fail({1, 1}, "missing 'guidecheck: 1' (the proposal format version)");
  if (!version->is_scalar() || version->scalar != "1")
    return fail(version->mark, "unsupported proposal format version '" +
                                   (version->is_scalar() ? version->scalar : version->kind_name()) +
                                   "'; this guidecheck reads version 1");
  auto scalar = [&](const char* key, std::string& out, bool required) -> bool {
    const Node* n = top.get(key);
    if (!n || n->is_null()) {
      if (required) {
        r.error = {
            file, n ? n->mark : yaml::Mark{1, 1},
            std::string("missing '") + key + "'" +
                (std::string(key) == "direction" ? " (the guide's direction number, e.g. \"3.1\")"
                                                 : ""),
            true};
        return false;
      }
      return true;
    }
    if (!n->is_scalar()) {
      r.error = {file, n->mark, std::string("'") + key + "' must be text, found " + n->kind_name(),
                 true};
      return false;
    }
    out = std::string(text::trim(text::fold(n->scalar)));
    return true;
  };
  if (!scalar("direction", p.direction, true) || !scalar("guide", p.guide, false) ||
      !scalar("title", p.title, false))
    return r;
  p.duration = top.get("duration");
  p.sub_projects = top.get("sub_projects");
  for (const char* key : {"duration", "sub_projects"}) {
    const Node* n = top.get(key);
    if (n && !n->is_scalar() && !n->is_null() && !(n->is_map() && std::string(key) == "duration"))
      return fail(n->mark,
                  std::string("'") + key + "' must be a single value, found " + n->kind_name());
  }

  const yaml::Entry* parts = top.find("participants");
  if (!parts) return fail({1, 1}, "missing 'participants' (the list of participating units)");
  p.participants_mark = parts->key_mark;
  if (!parts->value->is_seq())
    return fail(parts->value->mark,
                std::string("'participants' must be a list, found ") + parts->value->kind_name());
  // Every participant's problems are collected, so that one run shows them
  // all; the file is then an error, located at the first.
  std::vector<Diagnostic> problems;
  auto problem = [&](yaml::Mark m, std::string msg) {
    problems.push_back({file, m, std::move(msg), true});
  };
  for (const auto& item : parts->value->items) {
    if (!item->is_map()) {
      problem(item->mark,
              std::string("a participant must be a mapping (name, country, role, kind), found ") +
                  item->kind_name());
      continue;
    }
    Participant pt;
    pt.mark = item->mark;
    for (const auto& e : item->entries)
      if (!one_of(e.key, kParticipantKeys))
        unknown(e, "participant", as_vector(kParticipantKeys), width_hint(e.key, kParticipantKeys));
    bool complete = true;
    for (auto [key, out] : {std::pair{"name", &pt.name}, std::pair{"country", &pt.country},
                            std::pair{"role", &pt.role}, std::pair{"kind", &pt.kind}}) {
      const Node* n = item->get(key);
      if (!n || n->is_null()) {
        if (std::string(key) == "kind") continue;  // kind is optional: other
        problem(item->mark, std::string("participant without '") + key + "'");
        complete = false;
      } else if (!n->is_scalar()) {
        problem(n->mark,
                std::string("participant '") + key + "' must be text, found " + n->kind_name());
        complete = false;
      } else {
        *out = std::string(text::trim(text::fold(n->scalar)));
      }
    }
    if (!complete) continue;
    if (pt.kind.empty()) pt.kind = "other";
    read_participant_words(pt, *item, problem);
    if (const Node* q = item->get("qualifications"); q && !q->is_null()) {
      if (!q->is_seq()) {
        problem(q->mark, std::string("qualifications must be a list, found ") + q->kind_name());
      } else {
        for (const auto& x : q->items) {
          if (!x->is_scalar()) {
            problem(x->mark, "a qualification must be a name");
            continue;
          }
          pt.qualifications.push_back(std::string(text::trim(x->scalar)));
        }
      }
    }
    p.participants.push_back(std::move(pt));
  }
  if (!problems.empty()) {
    Diagnostic first = problems.front();
    if (problems.size() > 1) {
      first.message += " (and " + std::to_string(problems.size() - 1) + " more in participants:";
      for (std::size_t i = 1; i < problems.size() && i <= 10; ++i)
        first.message += (i == 1 ? " " : "; ") + std::string("line ") +
                         std::to_string(problems[i].mark.line) + ": " + problems[i].message;
      if (problems.size() > 11) first.message += "; …";
      first.message += ")";
    }
    r.error = std::move(first);
    return r;
  }
  for (auto [key, node, mark] :
       {std::tuple{"research_contents", &p.research_contents, &p.research_mark},
        std::tuple{"indicators", &p.indicators, &p.indicators_mark}}) {
    const yaml::Entry* e = top.find(key);
    *mark = {1, 1};
    if (!e) continue;
    *mark = e->key_mark;
    if (e->value->is_null()) continue;
    if (!e->value->is_map())
      return fail(e->value->mark, std::string("'") + key +
                                      "' must be a mapping of ids to values, found " +
                                      e->value->kind_name());
    *node = e->value.get();
  }
  // The long forms {value, note, evidence} and {min, max}, wherever a value
  // may stand: duration and every id under research_contents and indicators
  // (value: may itself hold {min, max}).
  std::function<void(const Node&)> value_keys = [&](const Node& n) {
    if (!n.is_map()) return;
    for (const auto& e : n.entries) {
      if (!one_of(e.key, kValueKeys))
        unknown(e, "value", as_vector(kValueKeys), width_hint(e.key, kValueKeys));
      else if (e.key == "value")
        value_keys(*e.value);
    }
  };
  if (const Node* w = top.get("waivers")) {
    std::vector<WaiverProblem> problems;
    read_waivers(*w, /*config=*/false, p.waivers, problems);
    for (auto& x : problems) {
      if (x.kind == WaiverProblem::Kind::UnknownKey)
        p.unknown_keys.push_back({x.key, x.mark, "waiver", x.known, x.suggestion});
      else
        p.waiver_problems.push_back(std::move(x));
    }
  }
  if (p.duration) value_keys(*p.duration);
  for (const Node* m : {p.research_contents, p.indicators})
    if (m)
      for (const auto& e : m->entries) value_keys(*e.value);
  r.ok = true;
  return r;
}

Parsed parse(const std::string& file, std::string_view text, const yaml::Limits& limits) {
  yaml::ParseResult y = yaml::parse(text, limits);
  if (!y.ok) {
    Parsed r;
    r.error = {file, y.error.mark, y.error.message, true};
    r.proposal.file = file;  // results name the file even when it is not YAML
    // A broken proposal still names its format version; a Helm template or
    // other non-YAML file does not.
    r.not_a_proposal = text.find("guidecheck") == std::string_view::npos;
    return r;
  }
  return from_tree(file, std::move(y.root));
}

}  // namespace guidecheck::proposal
