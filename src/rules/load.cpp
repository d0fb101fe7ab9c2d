#include "rules/load.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "rules/formula.h"
#include "text/normalize.h"
#include "units/units.h"
#include "value/value.h"
#include "yaml/parse.h"

namespace guidecheck::rules {
namespace {

using yaml::Node;

constexpr double kMaxCount = 1e9;          // a count rule's value
constexpr double kMaxParticipants = 1000;  // a rule on numbers of participants

class Reader {
 public:
  Reader(std::string file, Diagnostics& d) : file_(std::move(file)), d_(d) {}

  // Messages to pack authors, who write the packs in English: verbatim.
  void error(Mark m, std::string msg) {
    d_.push_back({file_, m, msg::verbatim(std::move(msg)), true});
  }
  void warn(Mark m, std::string msg) {
    d_.push_back({file_, m, msg::verbatim(std::move(msg)), false});
  }

  // Checks that `n` is a mapping with only `allowed` keys and every `required` one.
  bool shape(const Node& n, const char* what, std::initializer_list<const char*> allowed,
             std::initializer_list<const char*> required) {
    if (!n.is_map()) {
      error(n.mark, std::string(what) + ": expected a mapping, found " + n.kind_name());
      return false;
    }
    bool ok = true;
    for (const auto& e : n.entries) {
      if (std::none_of(allowed.begin(), allowed.end(), [&](const char* k) { return e.key == k; })) {
        std::string list;
        for (const char* k : allowed) list += std::string(list.empty() ? "" : ", ") + k;
        std::string hint =
            e.value->is_null()
                ? " — a comma inside an unquoted {...} value splits it; quote the text"
                : "";
        error(e.key_mark, std::string(what) + ": unknown key '" + e.key +
                              "' (expected one of: " + list + ")" + hint);
        ok = false;
      }
    }
    for (const char* k : required) {
      if (!n.get(k)) {
        error(n.mark, std::string(what) + ": missing key '" + k + "'");
        ok = false;
      }
    }
    return ok;
  }

  std::string str(const Node* n, const char* what) {
    if (!n) return "";
    if (!n->is_scalar()) {
      error(n->mark, std::string(what) + ": expected text, found " + n->kind_name());
      return "";
    }
    return n->scalar;
  }

  Text2 text2(const Node* n, const char* what) {
    Text2 t;
    if (!n) return t;
    if (n->is_scalar()) {
      t.zh = n->scalar;
      return t;
    }
    if (!shape(*n, what, {"zh", "en"}, {"zh", "en"})) return t;
    t.zh = str(n->get("zh"), what);
    t.en = str(n->get("en"), what);
    return t;
  }

  bool number(const Node* n, const char* what, double& out) {
    if (!n || !n->is_scalar() || !n->plain) {
      error(n ? n->mark : Mark{}, std::string(what) + ": expected a number");
      return false;
    }
    value::Value v = value::parse_text(n->scalar);
    if (v.type != value::Value::Type::Quantity || !v.exact || !v.lo.unit.empty()) {
      error(n->mark, std::string(what) + ": expected a plain number, found '" + n->scalar + "'");
      return false;
    }
    out = v.lo.v;
    return true;
  }

  const std::string& file() const { return file_; }

 private:
  std::string file_;
  Diagnostics& d_;
};

bool valid_id(const std::string& id) {
  if (id.empty() || id.size() > 64 || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

std::optional<Kind> parse_kind(const std::string& s) {
  for (Kind k : {Kind::Quantity, Kind::Count, Kind::RangeCover, Kind::Ratio, Kind::Categorical,
                 Kind::Formula, Kind::Qualitative, Kind::AnyOf})
    if (s == kind_name(k)) return k;
  return std::nullopt;
}

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
  return rules;
}

}  // namespace

std::optional<Rule> parse_rule(const Node& n, const std::string& prefix, const std::string& file,
                               Diagnostics& diags) {
  Reader rd(file, diags);
  std::size_t before = diags.size();
  if (!rd.shape(
          n, "rule",
          {"id", "title", "kind", "measure", "op", "wording", "better", "value", "unit",
           "categories", "formula", "inputs", "severity", "source", "note", "aliases", "any_of"},
          {"id", "title", "kind", "op", "source"}))
    return std::nullopt;
  Rule r;
  r.mark = n.mark;
  r.id = rd.str(n.get("id"), "id");
  if (!valid_id(r.id))
    rd.error(n.get("id")->mark, "rule id '" + r.id + "' must match [a-z][a-z0-9_]*");
  r.full_id = prefix + "/" + r.id;
  r.title = rd.text2(n.get("title"), "title");
  if (r.title.zh.empty() || r.title.en.empty())
    rd.error(n.get("title")->mark, "title needs both zh and en");
  std::string kind = rd.str(n.get("kind"), "kind");
  auto k = parse_kind(kind);
  if (!k) {
    rd.error(n.get("kind")->mark, "unknown kind '" + kind +
                                      "' (expected quantity, count, range_cover, ratio, "
                                      "categorical, formula, qualitative or any_of)");
    return std::nullopt;
  }
  r.kind = *k;
  if (const Node* m = n.get("measure")) {
    std::string name = rd.str(m, "measure");
    if (auto parsed = parse_measure(name)) {
      r.measure = parsed->measure;
      r.measure_id = parsed->id;
    } else {
      rd.error(m->mark, "unknown measure '" + name + "'");
    }
  }
  std::string op = rd.str(n.get("op"), "op");
  auto o = parse_op(op);
  if (!o) {
    rd.error(n.get("op")->mark, "unknown op '" + op + "' (expected " + pack_op_names() + ")");
    return std::nullopt;
  }
  r.op = *o;
  const Mark op_mark = n.get("op")->mark;
  r.wording = rd.str(n.get("wording"), "wording");
  r.better = rd.str(n.get("better"), "better");
  // The literal comparator may run against the way the quantity improves
  // (精度不低于 1 % of a control error): the rule then judges by `better`,
  // its op is the mirror of the wording's, and its note must say so.
  bool literal_against = false;
  if (!r.better.empty() && r.better != "lower" && r.better != "higher") {
    rd.error(n.get("better")->mark, "better must be lower or higher");
    r.better.clear();
  }
  if (!r.wording.empty()) {
    if (r.wording == "优于") {
      if (r.better != "lower" && r.better != "higher")
        rd.error(op_mark, "wording 优于 needs better: lower or better: higher");
      else if ((r.better == "lower" && r.op != Op::Lt) || (r.better == "higher" && r.op != Op::Gt))
        rd.error(op_mark, "优于 with better: " + r.better + " means op " +
                              (r.better == "lower" ? "<" : ">"));
    } else if (auto want = op_for_wording(r.wording)) {
      if (*want != r.op) {
        literal_against = !r.better.empty() && r.op == mirror(*want) &&
                          op_better(r.op) == r.better && op_better(*want) != r.better;
        if (!literal_against)
          rd.error(op_mark, "op '" + op + "' contradicts the wording '" + r.wording +
                                "', which means '" + op_name(*want) +
                                "' (where the quantity improves the other way, write better: "
                                "and the mirrored op, and say why in the note)");
      }
    } else {
      rd.error(n.get("wording")->mark, "unknown comparator wording '" + r.wording + "'");
    }
  }
  if (!r.better.empty()) {
    if (r.op == Op::Eq || r.op == Op::Covers || r.op == Op::ContainsAll || r.op == Op::Committed)
      rd.error(n.get("better")->mark, "better does not apply to op " + op);
    else if (r.op != Op::Between && op_better(r.op) != r.better)
      rd.error(op_mark, "op '" + op + "' judges " + op_better(r.op) +
                            " values as better, but the rule says better: " + r.better);
  } else {
    r.better = op_better(r.op);  // >= and > improve upwards, <= and < downwards
  }
  if (r.op == Op::Between && r.kind == Kind::Count && r.better != "higher")
    rd.error(op_mark,
             "a range of counts (\"2~3 项\") means at least the lower number: add better: higher");
  // kind <-> op
  auto allowed = [&](std::initializer_list<Op> ops) {
    if (std::find(ops.begin(), ops.end(), r.op) == ops.end())
      rd.error(op_mark, std::string("op '") + op + "' does not apply to kind " + kind_name(r.kind));
  };
  switch (r.kind) {
    case Kind::Quantity:
    case Kind::Count:
    case Kind::Formula:
      allowed({Op::Ge, Op::Gt, Op::Le, Op::Lt, Op::Eq, Op::Between});
      break;
    case Kind::Ratio:
      allowed({Op::Ge, Op::Gt, Op::Le, Op::Lt, Op::Eq});
      break;
    case Kind::RangeCover:
      allowed({Op::Covers});
      break;
    case Kind::Categorical:
      allowed({Op::ContainsAll});
      break;
    case Kind::Qualitative:
      allowed({Op::Committed, Op::ContainsAll});
      break;
    case Kind::AnyOf:
      allowed({Op::AnyOf});
      break;
  }
  const Node* value = n.get("value");
  if (r.kind == Kind::Formula) {
    if (value) rd.error(value->mark, "a formula rule has no value: its threshold is the formula");
  } else if (r.op == Op::Between || r.op == Op::Covers) {
    if (!value || !value->is_seq() || value->items.size() != 2) {
      rd.error(value ? value->mark : n.mark, "value: expected [lo, hi]");
    } else if (rd.number(value->items[0].get(), "value lo", r.lo) &&
               rd.number(value->items[1].get(), "value hi", r.hi) && r.lo > r.hi) {
      rd.error(value->mark, "value: lo is greater than hi");
    }
  } else if (r.op == Op::ContainsAll && r.kind == Kind::Categorical) {
    if (!value || !value->is_seq() || value->items.empty()) {
      rd.error(value ? value->mark : n.mark, "value: expected a list of category ids");
    } else {
      for (const auto& v : value->items) r.values.push_back(rd.str(v.get(), "value"));
    }
  } else if (r.kind == Kind::Ratio) {
    value::Value v = value ? value::parse_text(value->scalar) : value::Value{};
    if (!value || v.type != value::Value::Type::Ratio)
      rd.error(value ? value->mark : n.mark, "value: expected a map scale such as \"1:50000\"");
    else
      r.ratio_denominator = v.ratio_denominator;
  } else if (r.op != Op::Committed && r.op != Op::ContainsAll && r.op != Op::AnyOf) {
    if (!value)
      rd.error(n.mark, "missing key 'value'");
    else
      rd.number(value, "value", r.value);
    if (r.kind == Kind::Count &&
        (r.value < 0 || r.value > kMaxCount || r.value != std::floor(r.value)))
      rd.error(value ? value->mark : n.mark, "a count's value must be a whole number from 0 to " +
                                                 std::to_string(static_cast<long>(kMaxCount)));
  } else if (value) {
    rd.error(value->mark, "value does not apply to op " + op);
  }
  if (const Node* u = n.get("unit")) {
    r.unit = rd.str(u, "unit");
    msg::Text err;
    if (!units::known(r.unit, &err)) rd.error(u->mark, err.en());
  } else if (r.kind == Kind::Quantity || r.kind == Kind::RangeCover || r.kind == Kind::Formula) {
    rd.error(n.mark, std::string("a ") + kind_name(r.kind) + " rule needs a unit");
  }
  // Numbers of participants size `init`'s placeholder list: counts, and no
  // guide asks for thousands of partners (a hostile pack could ask for 1e9).
  if (counts_participants(r.measure)) {
    if (r.kind != Kind::Count)
      rd.error(n.get("measure")->mark,
               "measure " + r.measure_name() + " is a number of participants: kind must be count");
    else if (std::max(r.value, r.hi) > kMaxParticipants)
      rd.error(value ? value->mark : n.mark,
               "a number of participants must be at most " +
                   std::to_string(static_cast<long>(kMaxParticipants)));
  }
  if (r.kind == Kind::Count && !r.unit.empty() && !units::dimensionless(r.unit))
    rd.error(n.get("unit")->mark, "a count's unit must be a counting word (项, 个, 次 ...)");
  if (const Node* cats = n.get("categories")) {
    if (!cats->is_seq()) {
      rd.error(cats->mark, "categories: expected a list");
    } else {
      for (const auto& c : cats->items) {
        if (!rd.shape(*c, "category", {"id", "zh", "en"}, {"id", "zh", "en"})) continue;
        r.categories.push_back(
            {rd.str(c->get("id"), "id"), {rd.str(c->get("zh"), "zh"), rd.str(c->get("en"), "en")}});
      }
    }
  }
  if (r.kind == Kind::Categorical && r.measure == Measure::Indicator) {
    if (r.categories.empty()) rd.error(n.mark, "a categorical rule needs categories");
    for (const auto& v : r.values)
      if (std::none_of(r.categories.begin(), r.categories.end(),
                       [&](const Category& c) { return c.id == v; }))
        rd.error(value->mark, "value '" + v + "' is not one of the categories");
  }
  if (r.kind == Kind::Formula) {
    r.formula = rd.str(n.get("formula"), "formula");
    auto fc = check_formula(r.formula);
    if (r.formula.empty())
      rd.error(n.mark, "a formula rule needs formula");
    else if (!fc.ok)
      rd.error(n.get("formula")->mark, "formula: " + fc.error);
    const Node* ins = n.get("inputs");
    if (!ins || !ins->is_seq()) {
      rd.error(ins ? ins->mark : n.mark, "a formula rule needs inputs: a list");
    } else {
      for (const auto& in : ins->items) {
        if (!rd.shape(*in, "input", {"id", "unit", "title"}, {"id", "unit", "title"})) continue;
        FormulaInput fi{rd.str(in->get("id"), "id"), rd.str(in->get("unit"), "unit"),
                        rd.text2(in->get("title"), "title")};
        msg::Text err;
        if (!valid_id(fi.id))
          rd.error(in->mark, "input id '" + fi.id + "' must match [a-z][a-z0-9_]*");
        if (!units::known(fi.unit, &err)) rd.error(in->get("unit")->mark, err.en());
        r.inputs.push_back(fi);
      }
      for (const auto& id : fc.identifiers)
        if (std::none_of(r.inputs.begin(), r.inputs.end(),
                         [&](const FormulaInput& f) { return f.id == id; }))
          rd.error(n.get("formula")->mark, "formula names '" + id + "', which is not an input");
    }
  } else {
    for (const char* k : {"formula", "inputs"})
      if (const Node* x = n.get(k)) rd.error(x->mark, std::string(k) + " is only for kind formula");
  }
  if (const Node* s = n.get("severity")) {
    std::string sev = rd.str(s, "severity");
    if (sev == "error")
      r.severity = Severity::Error;
    else if (sev == "warning")
      r.severity = Severity::Warning;
    else if (sev == "info")
      r.severity = Severity::Info;
    else
      rd.error(s->mark, "severity must be error, warning or info");
  }
  const Node* src = n.get("source");
  if (rd.shape(*src, "source", {"section", "text"}, {"section", "text"})) {
    r.source = {rd.str(src->get("section"), "section"), rd.str(src->get("text"), "text")};
    if (r.source.text.empty()) rd.error(src->mark, "source.text must quote the guide");
  }
  if (const Node* note = n.get("note")) {
    r.note = rd.text2(note, "note");
    if (r.note.zh.empty() || r.note.en.empty()) rd.error(note->mark, "note needs both zh and en");
  }
  // aliases: other names documents use for the quantity. Only the importer
  // reads them (src/import/aliases.cpp, from the direction file); checked here.
  if (const Node* al = n.get("aliases")) {
    std::vector<std::string> aliases;
    if (!al->is_seq()) {
      rd.error(al->mark, "aliases must be a list of names");
    } else {
      for (const auto& a : al->items) {
        if (!a->is_scalar() || std::string(text::trim(a->scalar)).empty()) {
          rd.error(a->mark, "each alias must be a non-empty name");
          continue;
        }
        if (std::find(aliases.begin(), aliases.end(), a->scalar) != aliases.end())
          rd.error(a->mark, "alias '" + a->scalar + "' is given twice");
        aliases.push_back(a->scalar);
      }
    }
  }
  // any_of: two or more alternatives, each a rule on its own indicator.
  if (const Node* alts = n.get("any_of")) {
    if (r.kind != Kind::AnyOf) {
      rd.error(alts->mark, "any_of is only for kind any_of");
    } else if (!alts->is_seq() || alts->items.size() < 2) {
      rd.error(alts->mark, "any_of: expected a list of two or more alternative rules");
    } else {
      for (const auto& a : alts->items) {
        if (!a->is_map()) {
          rd.error(a->mark, "an alternative of any_of must be a rule (a mapping)");
          continue;
        }
        auto alt = parse_rule(*a, prefix, file, diags);
        if (!alt) continue;
        if (alt->kind == Kind::AnyOf || !alt->reads_indicator())
          rd.error(
              a->mark,
              "an alternative of any_of reads its own indicator: no measure, no nested any_of");
        else
          r.any_of.push_back(std::move(*alt));
      }
    }
  } else if (r.kind == Kind::AnyOf) {
    rd.error(n.mark, "a rule of kind any_of needs any_of: a list of alternative rules");
  }
  if (r.kind == Kind::AnyOf && r.measure != Measure::Indicator)
    rd.error(n.get("measure")->mark, "a rule of kind any_of takes no measure");
  if ((literal_against || (r.op == Op::Between && !r.better.empty())) && r.note.empty())
    rd.error(op_mark, "the rule judges by better: " + r.better + ", not by the literal words '" +
                          (r.wording.empty() ? std::string("between") : r.wording) +
                          "': give the literal words and the reading in a note");
  if (has_error(Diagnostics(diags.begin() + before, diags.end()))) return std::nullopt;
  return r;
}

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
