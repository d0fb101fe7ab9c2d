#include "rules/load.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <string_view>

#include "rules/reader.h"
#include "text/normalize.h"
#include "yaml/parse.h"

namespace guidecheck::rules {
namespace {

using yaml::Node;

std::optional<yaml::ParseResult> parse_file(const PackSource& src, const std::string& rel,
                                            Diagnostics& diags) {
  std::string why;
  auto text = src.read(rel, &why);
  if (!text) {
    diags.push_back(
        {src.display(rel), {}, msg::verbatim(why.empty() ? "cannot read the file" : why), true});
    return std::nullopt;
  }
  yaml::ParseResult r = yaml::parse(*text);
  if (!r.ok) {
    diags.push_back({src.display(rel), r.error.mark, r.error.text, true});
    return std::nullopt;
  }
  return r;
}

void parse_not_thresholds(Reader& rd, const Node* list, std::vector<NotThreshold>& out,
                          bool need_number) {
  if (!list) return;
  if (!list->is_seq()) {
    rd.error(list->mark, "expected a list");
    return;
  }
  for (const auto& item : list->items) {
    if (!rd.shape(*item, "not_thresholds entry", {"number", "text", "reason"},
                  need_number ? std::initializer_list<const char*>{"number", "text", "reason"}
                              : std::initializer_list<const char*>{"text", "reason"}))
      continue;
    out.push_back({rd.str(item->get("number"), "number"), rd.str(item->get("text"), "text"),
                   rd.str(item->get("reason"), "reason")});
  }
}

// A name as the importer compares names (src/import/match.h): NFKC, ASCII
// lower case, without white space and the particles 的/之. Kept apart from
// the importer, which the rule loader must not depend on.
std::string name_key(std::string_view name) {
  std::string folded = text::fold(name), out;
  for (std::size_t i = 0; i < folded.size(); ++i) {
    char c = folded[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    if (folded.compare(i, 3, "的") == 0 || folded.compare(i, 3, "之") == 0 ||
        folded.compare(i, 3, "\u3000") == 0) {
      i += 2;
      continue;
    }
    out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

// An alias that is also a name (title or alias) of another rule of the same
// file would make the importer's two indicators indistinguishable: both lose
// their value, or one takes the other's. Refused.
void check_alias_clashes(Reader& rd, const Node* list) {
  std::map<std::string, std::string> owner;  // name key -> rule id
  auto claim = [&](const std::string& name, const std::string& id, const Node* at) {
    std::string key = name_key(name);
    if (key.empty()) return;
    auto [it, fresh] = owner.emplace(key, id);
    if (!fresh && it->second != id && at)
      rd.error(at->mark, "alias '" + name + "' is also a name of rule '" + it->second +
                             "': a document could not tell the two apart");
  };
  // Titles first, so an alias is reported against the title it repeats.
  for (const auto& item : list->items) {
    const Node* id = item->is_map() ? item->get("id") : nullptr;
    const Node* title = item->is_map() ? item->get("title") : nullptr;
    if (!id || !id->is_scalar() || !title || !title->is_map()) continue;
    for (const char* lang : {"zh", "en"})
      if (const Node* t = title->get(lang); t && t->is_scalar())
        claim(t->scalar, id->scalar, nullptr);
  }
  for (const auto& item : list->items) {
    const Node* id = item->is_map() ? item->get("id") : nullptr;
    const Node* al = item->is_map() ? item->get("aliases") : nullptr;
    if (!id || !id->is_scalar() || !al || !al->is_seq()) continue;
    for (const auto& a : al->items)
      if (a->is_scalar()) claim(a->scalar, id->scalar, a.get());
  }
}

std::vector<Rule> parse_rules(Reader& rd, const Node* list, const std::string& prefix,
                              Diagnostics& diags) {
  std::vector<Rule> rules;
  if (!list) return rules;
  if (!list->is_seq()) {
    rd.error(list->mark, "rules: expected a list");
    return rules;
  }
  std::set<std::string> seen;
  for (const auto& item : list->items) {
    auto r = parse_rule(*item, prefix, rd.file(), diags);
    if (!r) continue;
    if (!seen.insert(r->id).second) {
      rd.error(item->mark, "duplicate rule id '" + r->id + "'");
      continue;
    }
    for (const Rule& alt : r->any_of)  // alternatives read indicators of the same file
      if (!seen.insert(alt.id).second) rd.error(alt.mark, "duplicate rule id '" + alt.id + "'");
    rules.push_back(std::move(*r));
  }
  check_alias_clashes(rd, list);
  return rules;
}

}  // namespace

std::optional<Pack> load_pack(const PackSource& src, const std::string& id, Diagnostics& diags) {
  if (!safe_component(id)) {
    diags.push_back({"--guide", {}, msg::verbatim("'" + id + "' is not a valid pack id"), true});
    return std::nullopt;
  }
  std::string rel = id + "/pack.yaml";
  auto parsed = parse_file(src, rel, diags);
  if (!parsed) return std::nullopt;
  Reader rd(src.display(rel), diags);
  std::size_t before = diags.size();
  const Node& n = *parsed->root;
  if (!rd.shape(n, "pack", {"format", "id", "title", "year", "status", "source"},
                {"format", "id", "title", "source"}))
    return std::nullopt;
  Pack p;
  double fmt = 0, year = 0;
  if (rd.number(n.get("format"), "format", fmt) && fmt != 1)
    rd.error(n.get("format")->mark, "unsupported pack format; this guidecheck reads format 1");
  p.id = rd.str(n.get("id"), "id");
  if (p.id != id)
    rd.error(n.get("id")->mark, "id '" + p.id + "' differs from the folder '" + id + "'");
  p.title = rd.text2(n.get("title"), "title");
  if (n.get("year") && rd.number(n.get("year"), "year", year)) {
    if (year >= 1900 && year <= 9999 && year == std::floor(year))
      p.year = static_cast<int>(year);
    else
      rd.error(n.get("year")->mark, "year: expected the guide's year, such as 2022");
  }
  p.status = rd.str(n.get("status"), "status");
  const Node* s = n.get("source");
  if (rd.shape(*s, "source", {"document", "file"}, {"document"})) {
    p.source_document = rd.str(s->get("document"), "document");
    p.source_file = rd.str(s->get("file"), "file");
  }
  if (has_error(Diagnostics(diags.begin() + before, diags.end()))) return std::nullopt;
  return p;
}

std::optional<General> load_general(const PackSource& src, const std::string& id,
                                    Diagnostics& diags) {
  std::string rel = id + "/general.yaml";
  auto parsed = parse_file(src, rel, diags);
  if (!parsed) return std::nullopt;
  Reader rd(src.display(rel), diags);
  std::size_t before = diags.size();
  const Node& n = *parsed->root;
  if (!rd.shape(n, "general rules", {"rules", "not_checkable", "not_thresholds"}, {"rules"}))
    return std::nullopt;
  General g;
  g.rules = parse_rules(rd, n.get("rules"), "general", diags);
  parse_not_thresholds(rd, n.get("not_thresholds"), g.not_thresholds, true);
  parse_not_thresholds(rd, n.get("not_checkable"), g.not_checkable, false);
  if (has_error(Diagnostics(diags.begin() + before, diags.end()))) return std::nullopt;
  return g;
}

std::optional<Direction> load_direction(const PackSource& src, const std::string& id,
                                        const std::string& number, Diagnostics& diags) {
  if (!safe_component(number)) return std::nullopt;
  std::string rel = id + "/directions/" + number + ".yaml";
  auto parsed = parse_file(src, rel, diags);
  if (!parsed) return std::nullopt;
  Reader rd(src.display(rel), diags);
  std::size_t before = diags.size();
  const Node& n = *parsed->root;
  if (!rd.shape(n, "direction",
                {"direction", "area", "title", "research_contents", "rules", "not_thresholds"},
                {"direction", "title", "research_contents", "rules"}))
    return std::nullopt;
  Direction d;
  d.file = src.display(rel);
  d.number = rd.str(n.get("direction"), "direction");
  if (d.number != number)
    rd.error(n.get("direction")->mark, "direction '" + d.number + "' differs from the file name");
  d.area = rd.text2(n.get("area"), "area");
  d.title = rd.text2(n.get("title"), "title");
  std::set<std::string> ids;
  if (const Node* rc = n.get("research_contents"); rc && rc->is_seq()) {
    for (const auto& item : rc->items) {
      if (!rd.shape(*item, "research item", {"id", "title", "source"}, {"id", "title", "source"}))
        continue;
      ResearchItem ri;
      ri.id = rd.str(item->get("id"), "id");
      if (!valid_id(ri.id))
        rd.error(item->mark, "research id '" + ri.id + "' must match [a-z][a-z0-9_]*");
      if (!ids.insert(ri.id).second)
        rd.error(item->mark, "duplicate research item id '" + ri.id + "'");
      ri.title = rd.text2(item->get("title"), "title");
      const Node* s = item->get("source");
      if (rd.shape(*s, "source", {"section", "text"}, {"section", "text"}))
        ri.source = {rd.str(s->get("section"), "section"), rd.str(s->get("text"), "text")};
      d.research_contents.push_back(ri);
    }
  } else {
    rd.error(n.mark, "research_contents: expected a list");
  }
  d.rules = parse_rules(rd, n.get("rules"), number, diags);
  for (const Rule& r : d.rules)
    if (covers_direction(r.measure))
      rd.error(r.mark, "measure " + r.measure_name() + " belongs to the general rules");
  // formula inputs must not clash with rule ids of other kinds
  parse_not_thresholds(rd, n.get("not_thresholds"), d.not_thresholds, true);
  if (has_error(Diagnostics(diags.begin() + before, diags.end()))) return std::nullopt;
  return d;
}

bool direction_less(const std::string& a, const std::string& b) {
  if (a.empty() != b.empty()) return b.empty();  // no direction (a file that names none) last
  auto split = [](const std::string& s) {
    std::vector<int> v;
    std::size_t i = 0;
    while (i < s.size()) {
      std::size_t j = s.find('.', i);
      if (j == std::string::npos) j = s.size();
      int x = 0;
      for (std::size_t k = i; k < j; ++k)  // capped: a file name may hold any digits
        if (std::isdigit((unsigned char)s[k])) x = std::min(x * 10 + (s[k] - '0'), 1'000'000);
      v.push_back(x);
      i = j + 1;
    }
    return v;
  };
  auto va = split(a), vb = split(b);
  if (va != vb) return va < vb;
  return a < b;
}

std::vector<std::string> direction_numbers(const PackSource& src, const std::string& id) {
  std::vector<std::string> out;
  for (const std::string& f : src.list(id + "/directions"))
    if (f.size() > 5 && f.substr(f.size() - 5) == ".yaml" &&
        safe_component(f.substr(0, f.size() - 5)))
      out.push_back(f.substr(0, f.size() - 5));
  std::sort(out.begin(), out.end(), direction_less);
  return out;
}

}  // namespace guidecheck::rules
