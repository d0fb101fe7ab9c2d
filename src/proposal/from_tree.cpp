// from_tree: a parsed YAML tree read into a Proposal, every problem located;
// the steps of the reading are TreeReader's (proposal.h says what it checks).
#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <utility>

#include "messages/text.h"
#include "proposal/participant_words.h"
#include "proposal/proposal.h"
#include "text/country.h"
#include "text/normalize.h"

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
msg::Text joined(const char* const (&list)[N]) {
  return msg::words(std::vector<std::string>(std::begin(list), std::end(list)));
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
    msg::Text m = msg::text<msg::Id::proposal_unknown_country>(pt.country);
    if (!near.empty())
      m = msg::text<msg::Id::proposal_did_you_mean>(m, fmt::format("{}", fmt::join(near, ", ")));
    problem(item.get("country")->mark, std::move(m));
  }
  if (std::string role = canonical_role(pt.role); !role.empty()) {
    pt.role = role;
  } else {
    std::string near = closest_word(pt.role, role_words());
    msg::Text m = msg::text<msg::Id::proposal_bad_role>(pt.role);
    if (!near.empty()) m = msg::text<msg::Id::proposal_did_you_mean>(m, near);
    problem(item.get("role")->mark, std::move(m));
  }
  if (std::string kind = canonical_kind(pt.kind); !kind.empty()) {
    pt.kind = kind;
  } else {
    std::string near = closest_word(pt.kind, kind_words());
    msg::Text m = msg::text<msg::Id::proposal_bad_kind>(pt.kind, joined(kKinds));
    if (!near.empty()) m = msg::text<msg::Id::proposal_did_you_mean>(m, near);
    problem(item.get("kind")->mark, std::move(m));
  }
}

// Reads a proposal's tree into `r.proposal`, step by step in the order of
// the checks a reader expects (the format version first, then the single
// values, the participants, the sections). A step that finds the file cannot
// be checked sets `r.error` and returns false.
struct TreeReader {
  const std::string& file;
  Parsed& r;
  Proposal& p;
  const Node& top;
  // Every participant's problems are collected, so that one run shows them
  // all; the file is then an error, located at the first.
  std::vector<Diagnostic> problems;

  bool fail(Mark m, msg::Text text) {
    r.error = {file, m, std::move(text), true};
    return false;
  }
  void unknown(const yaml::Entry& e, const char* context, std::vector<std::string> known,
               std::string hint) {
    p.unknown_keys.push_back({e.key, e.key_mark, context, std::move(known), std::move(hint)});
  }
  void problem(Mark m, msg::Text text) { problems.push_back({file, m, std::move(text), true}); }

  // A mapping, its unknown keys noted, with `guidecheck: 1`.
  bool top_and_version() {
    if (top.is_null()) return fail({1, 1}, msg::text<msg::Id::proposal_empty>());
    if (!top.is_map())
      return fail(top.mark, msg::text<msg::Id::proposal_top_not_map>(top.kind_id()));
    for (const auto& e : top.entries)
      if (!one_of(e.key, kTopKeys))
        unknown(e, "", as_vector(kTopKeys), width_hint(e.key, kTopKeys));
    const Node* version = top.get("guidecheck");
    if (!version) return fail({1, 1}, msg::text<msg::Id::proposal_no_version>());
    if (!version->is_scalar() || version->scalar != "1")
      return fail(version->mark,
                  version->is_scalar()
                      ? msg::text<msg::Id::proposal_bad_version>(version->scalar)
                      : msg::text<msg::Id::proposal_bad_version>(version->kind_id()));
    return true;
  }

  // A top-level key that holds one text (direction, guide, title).
  bool scalar(const char* key, std::string& out, bool required) {
    const Node* n = top.get(key);
    if (!n || n->is_null()) {
      if (!required) return true;
      return fail(n ? n->mark : Mark{1, 1}, std::string(key) == "direction"
                                                ? msg::text<msg::Id::proposal_missing_direction>()
                                                : msg::text<msg::Id::proposal_missing_key>(key));
    }
    if (!n->is_scalar())
      return fail(n->mark, msg::text<msg::Id::proposal_key_not_text>(key, n->kind_id()));
    out = std::string(text::trim(text::fold(n->scalar)));
    return true;
  }

  // direction, guide and title; duration and sub_projects (read later, by
  // the rules on them) each a single value, duration possibly a long form.
  bool single_values() {
    if (!scalar("direction", p.direction, true) || !scalar("guide", p.guide, false) ||
        !scalar("title", p.title, false))
      return false;
    p.duration = top.get("duration");
    p.sub_projects = top.get("sub_projects");
    for (const char* key : {"duration", "sub_projects"}) {
      const Node* n = top.get(key);
      if (n && !n->is_scalar() && !n->is_null() && !(n->is_map() && std::string(key) == "duration"))
        return fail(n->mark, msg::text<msg::Id::proposal_key_not_single>(key, n->kind_id()));
    }
    return true;
  }

  bool participants() {
    const yaml::Entry* parts = top.find("participants");
    if (!parts) return fail({1, 1}, msg::text<msg::Id::proposal_no_participants>());
    p.participants_mark = parts->key_mark;
    if (!parts->value->is_seq())
      return fail(parts->value->mark,
                  msg::text<msg::Id::proposal_participants_not_list>(parts->value->kind_id()));
    for (const auto& item : parts->value->items) participant(*item);
    if (problems.empty()) return true;
    r.error = first_of(std::move(problems));
    return false;
  }

  // One item of participants:, added when it can be read; its problems noted.
  void participant(const Node& item) {
    if (!item.is_map()) {
      problem(item.mark, msg::text<msg::Id::proposal_participant_not_map>(item.kind_id()));
      return;
    }
    Participant pt;
    pt.mark = item.mark;
    for (const auto& e : item.entries)
      if (!one_of(e.key, kParticipantKeys))
        unknown(e, "participant", as_vector(kParticipantKeys), width_hint(e.key, kParticipantKeys));
    bool complete = true;
    for (auto [key, out] : {std::pair{"name", &pt.name}, std::pair{"country", &pt.country},
                            std::pair{"role", &pt.role}, std::pair{"kind", &pt.kind}}) {
      const Node* n = item.get(key);
      if (!n || n->is_null()) {
        if (std::string(key) == "kind") continue;  // kind is optional: other
        problem(item.mark, msg::text<msg::Id::proposal_participant_missing>(key));
        complete = false;
      } else if (!n->is_scalar()) {
        problem(n->mark, msg::text<msg::Id::proposal_participant_not_text>(key, n->kind_id()));
        complete = false;
      } else {
        *out = std::string(text::trim(text::fold(n->scalar)));
      }
    }
    if (!complete) return;
    if (pt.kind.empty()) pt.kind = "other";
    read_participant_words(pt, item, [&](Mark m, msg::Text t) { problem(m, std::move(t)); });
    qualifications(pt, item);
    p.participants.push_back(std::move(pt));
  }

  void qualifications(Participant& pt, const Node& item) {
    const Node* q = item.get("qualifications");
    if (!q || q->is_null()) return;
    if (!q->is_seq()) {
      problem(q->mark, msg::text<msg::Id::proposal_qualifications_not_list>(q->kind_id()));
      return;
    }
    for (const auto& x : q->items) {
      if (!x->is_scalar()) {
        problem(x->mark, msg::text<msg::Id::proposal_qualification_not_name>());
        continue;
      }
      pt.qualifications.push_back(std::string(text::trim(x->scalar)));
    }
  }

  // research_contents and indicators: mappings (or empty), where they are.
  bool sections() {
    for (auto [key, node, mark] :
         {std::tuple{"research_contents", &p.research_contents, &p.research_mark},
          std::tuple{"indicators", &p.indicators, &p.indicators_mark}}) {
      const yaml::Entry* e = top.find(key);
      *mark = {1, 1};
      if (!e) continue;
      *mark = e->key_mark;
      if (e->value->is_null()) continue;
      if (!e->value->is_map())
        return fail(e->value->mark,
                    msg::text<msg::Id::proposal_section_not_map>(key, e->value->kind_id()));
      *node = e->value.get();
    }
    return true;
  }

  // The waivers of the proposal: their unknown keys join the others, their
  // other problems are reported with the findings.
  void waivers() {
    const Node* w = top.get("waivers");
    if (!w) return;
    std::vector<WaiverProblem> found;
    read_waivers(*w, /*config=*/false, p.waivers, found);
    for (auto& x : found) {
      if (x.kind == WaiverProblem::Kind::UnknownKey)
        p.unknown_keys.push_back({x.key, x.mark, "waiver", x.known, x.suggestion});
      else
        p.waiver_problems.push_back(std::move(x));
    }
  }

  // The long forms {value, note, evidence} and {min, max}, wherever a value
  // may stand: duration and every id under research_contents and indicators
  // (value: may itself hold {min, max}).
  void value_keys(const Node& n) {
    if (!n.is_map()) return;
    for (const auto& e : n.entries) {
      if (!one_of(e.key, kValueKeys))
        unknown(e, "value", as_vector(kValueKeys), width_hint(e.key, kValueKeys));
      else if (e.key == "value")
        value_keys(*e.value);
    }
  }
  void all_value_keys() {
    if (p.duration) value_keys(*p.duration);
    for (const Node* m : {p.research_contents, p.indicators})
      if (m)
        for (const auto& e : m->entries) value_keys(*e.value);
  }

  // The first participant's problem, with the others (by line, at most ten)
  // in a list the message fills in either language.
  static Diagnostic first_of(std::vector<Diagnostic> problems) {
    Diagnostic first = problems.front();
    if (problems.size() > 1) {
      std::vector<msg::Text> items;
      for (std::size_t i = 1; i < problems.size() && i <= 10; ++i)
        items.push_back(
            msg::text<msg::Id::proposal_problem_at_line>(problems[i].mark.line, problems[i].text));
      if (problems.size() > 11) items.push_back(msg::verbatim("…"));
      first.text = msg::text<msg::Id::proposal_more_participant_problems>(
          first.text, problems.size() - 1, msg::list(std::move(items)));
    }
    return first;
  }
};

// No proposal's keys at all: a workflow, a config. A file that has some
// (direction:, indicators: ...) but lacks `guidecheck: 1` is a proposal with
// a mistake, and is reported as one.
bool lacks_proposal_keys(const Node& top) {
  return top.is_null() || !top.is_map() ||
         std::none_of(top.entries.begin(), top.entries.end(), [](const yaml::Entry& e) {
           return e.key == "guidecheck" || e.key == "direction" || e.key == "participants" ||
                  e.key == "indicators" || e.key == "research_contents";
         });
}

}  // namespace

Parsed from_tree(const std::string& file, std::unique_ptr<Node> root) {
  Parsed r;
  Proposal& p = r.proposal;
  p.file = file;
  p.root = std::move(root);
  TreeReader reader{file, r, p, *p.root, {}};
  r.not_a_proposal = lacks_proposal_keys(reader.top);
  if (!reader.top_and_version() || !reader.single_values() || !reader.participants() ||
      !reader.sections())
    return r;
  reader.waivers();
  reader.all_value_keys();
  r.ok = true;
  return r;
}

}  // namespace guidecheck::proposal
