// parse_rule, step by step. Each step reads one part of a rule (or checks
// parts against each other) and reports what is wrong through the Reader;
// the steps run in the order their messages have always come in, and a rule
// with any error is not loaded.
#include <algorithm>
#include <cmath>

#include "rules/formula.h"
#include "rules/load.h"
#include "rules/reader.h"
#include "text/normalize.h"
#include "units/units.h"
#include "value/value.h"

namespace guidecheck::rules {
namespace {

using yaml::Node;

constexpr double kMaxCount = 1e9;          // a count rule's value
constexpr double kMaxParticipants = 1000;  // a rule on numbers of participants

std::optional<Kind> parse_kind(const std::string& s) {
  for (Kind k : {Kind::Quantity, Kind::Count, Kind::RangeCover, Kind::Ratio, Kind::Categorical,
                 Kind::Formula, Kind::Qualitative, Kind::AnyOf})
    if (s == kind_name(k)) return k;
  return std::nullopt;
}

class RuleParser {
 public:
  RuleParser(const Node& n, const std::string& prefix, const std::string& file, Diagnostics& diags)
      : n_(n), prefix_(prefix), file_(file), diags_(diags), rd_(file, diags) {}

  std::optional<Rule> run() {
    std::size_t before = diags_.size();
    if (!known_keys()) return std::nullopt;
    identity();
    if (!kind()) return std::nullopt;
    measure();
    if (!op()) return std::nullopt;
    better_and_wording();
    op_fits_kind();
    value();
    unit();
    participants_and_counts();
    categories();
    formula();
    severity_source_note();
    aliases();
    alternatives();
    reading_in_note();
    if (has_error(Diagnostics(diags_.begin() + before, diags_.end()))) return std::nullopt;
    return std::move(r_);
  }

 private:
  bool known_keys() {
    return rd_.shape(
        n_, "rule",
        {"id", "title", "kind", "measure", "op", "wording", "better", "value", "unit", "categories",
         "formula", "inputs", "severity", "source", "note", "aliases", "any_of"},
        {"id", "title", "kind", "op", "source"});
  }

  void identity() {
    r_.mark = n_.mark;
    r_.id = rd_.str(n_.get("id"), "id");
    if (!valid_id(r_.id))
      rd_.error(n_.get("id")->mark, "rule id '" + r_.id + "' must match [a-z][a-z0-9_]*");
    r_.full_id = prefix_ + "/" + r_.id;
    r_.title = rd_.text2(n_.get("title"), "title");
    if (r_.title.zh.empty() || r_.title.en.empty())
      rd_.error(n_.get("title")->mark, "title needs both zh and en");
  }

  bool kind() {
    std::string kind = rd_.str(n_.get("kind"), "kind");
    auto k = parse_kind(kind);
    if (!k) {
      rd_.error(n_.get("kind")->mark, "unknown kind '" + kind +
                                          "' (expected quantity, count, range_cover, ratio, "
                                          "categorical, formula, qualitative or any_of)");
      return false;
    }
    r_.kind = *k;
    return true;
  }

  void measure() {
    const Node* m = n_.get("measure");
    if (!m) return;
    std::string name = rd_.str(m, "measure");
    if (auto parsed = parse_measure(name)) {
      r_.measure = parsed->measure;
      r_.measure_id = parsed->id;
    } else {
      rd_.error(m->mark, "unknown measure '" + name + "'");
    }
  }

  bool op() {
    op_ = rd_.str(n_.get("op"), "op");
    auto o = parse_op(op_);
    if (!o) {
      rd_.error(n_.get("op")->mark, "unknown op '" + op_ + "' (expected " + pack_op_names() + ")");
      return false;
    }
    r_.op = *o;
    op_mark_ = n_.get("op")->mark;
    return true;
  }

  // The literal comparator may run against the way the quantity improves
  // (精度不低于 1 % of a control error): the rule then judges by `better`,
  // its op is the mirror of the wording's, and its note must say so.
  void better_and_wording() {
    r_.wording = rd_.str(n_.get("wording"), "wording");
    r_.better = rd_.str(n_.get("better"), "better");
    if (!r_.better.empty() && r_.better != "lower" && r_.better != "higher") {
      rd_.error(n_.get("better")->mark, "better must be lower or higher");
      r_.better.clear();
    }
    if (!r_.wording.empty()) wording();
    if (!r_.better.empty()) {
      if (r_.op == Op::Eq || r_.op == Op::Covers || r_.op == Op::ContainsAll ||
          r_.op == Op::Committed)
        rd_.error(n_.get("better")->mark, "better does not apply to op " + op_);
      else if (r_.op != Op::Between && op_better(r_.op) != r_.better)
        rd_.error(op_mark_, "op '" + op_ + "' judges " + op_better(r_.op) +
                                " values as better, but the rule says better: " + r_.better);
    } else {
      r_.better = op_better(r_.op);  // >= and > improve upwards, <= and < downwards
    }
    if (r_.op == Op::Between && r_.kind == Kind::Count && r_.better != "higher")
      rd_.error(op_mark_,
                "a range of counts (\"2~3 项\") means at least the lower number: add "
                "better: higher");
  }

  // The wording's comparator (value/comparators.h) against the op.
  void wording() {
    if (r_.wording == "优于") {
      if (r_.better != "lower" && r_.better != "higher")
        rd_.error(op_mark_, "wording 优于 needs better: lower or better: higher");
      else if ((r_.better == "lower" && r_.op != Op::Lt) ||
               (r_.better == "higher" && r_.op != Op::Gt))
        rd_.error(op_mark_, "优于 with better: " + r_.better + " means op " +
                                (r_.better == "lower" ? "<" : ">"));
    } else if (auto want = op_for_wording(r_.wording)) {
      if (*want != r_.op) {
        literal_against_ = !r_.better.empty() && r_.op == mirror(*want) &&
                           op_better(r_.op) == r_.better && op_better(*want) != r_.better;
        if (!literal_against_)
          rd_.error(op_mark_, "op '" + op_ + "' contradicts the wording '" + r_.wording +
                                  "', which means '" + op_name(*want) +
                                  "' (where the quantity improves the other way, write better: "
                                  "and the mirrored op, and say why in the note)");
      }
    } else {
      rd_.error(n_.get("wording")->mark, "unknown comparator wording '" + r_.wording + "'");
    }
  }

  void op_fits_kind() {
    auto allowed = [&](std::initializer_list<Op> ops) {
      if (std::find(ops.begin(), ops.end(), r_.op) == ops.end())
        rd_.error(op_mark_,
                  std::string("op '") + op_ + "' does not apply to kind " + kind_name(r_.kind));
    };
    switch (r_.kind) {
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
  }

  // value: the threshold, in the shape the op and kind take.
  void value() {
    value_ = n_.get("value");
    const Node* v = value_;
    if (r_.kind == Kind::Formula) {
      if (v) rd_.error(v->mark, "a formula rule has no value: its threshold is the formula");
    } else if (r_.op == Op::Between || r_.op == Op::Covers) {
      if (!v || !v->is_seq() || v->items.size() != 2) {
        rd_.error(v ? v->mark : n_.mark, "value: expected [lo, hi]");
      } else if (rd_.number(v->items[0].get(), "value lo", r_.lo) &&
                 rd_.number(v->items[1].get(), "value hi", r_.hi) && r_.lo > r_.hi) {
        rd_.error(v->mark, "value: lo is greater than hi");
      }
    } else if (r_.op == Op::ContainsAll && r_.kind == Kind::Categorical) {
      if (!v || !v->is_seq() || v->items.empty()) {
        rd_.error(v ? v->mark : n_.mark, "value: expected a list of category ids");
      } else {
        for (const auto& item : v->items) r_.values.push_back(rd_.str(item.get(), "value"));
      }
    } else if (r_.kind == Kind::Ratio) {
      value::Value scale = v ? value::parse_text(v->scalar) : value::Value{};
      if (!v || scale.type != value::Value::Type::Ratio)
        rd_.error(v ? v->mark : n_.mark, "value: expected a map scale such as \"1:50000\"");
      else
        r_.ratio_denominator = scale.ratio_denominator;
    } else if (r_.op != Op::Committed && r_.op != Op::ContainsAll && r_.op != Op::AnyOf) {
      if (!v)
        rd_.error(n_.mark, "missing key 'value'");
      else
        rd_.number(v, "value", r_.value);
      if (r_.kind == Kind::Count &&
          (r_.value < 0 || r_.value > kMaxCount || r_.value != std::floor(r_.value)))
        rd_.error(v ? v->mark : n_.mark, "a count's value must be a whole number from 0 to " +
                                             std::to_string(static_cast<long>(kMaxCount)));
    } else if (v) {
      rd_.error(v->mark, "value does not apply to op " + op_);
    }
  }

  void unit() {
    if (const Node* u = n_.get("unit")) {
      r_.unit = rd_.str(u, "unit");
      msg::Text err;
      if (!units::known(r_.unit, &err)) rd_.error(u->mark, err.en());
    } else if (r_.kind == Kind::Quantity || r_.kind == Kind::RangeCover ||
               r_.kind == Kind::Formula) {
      rd_.error(n_.mark, std::string("a ") + kind_name(r_.kind) + " rule needs a unit");
    }
  }

  // Numbers of participants size `init`'s placeholder list: counts, and no
  // guide asks for thousands of partners (a hostile pack could ask for 1e9).
  void participants_and_counts() {
    if (counts_participants(r_.measure)) {
      if (r_.kind != Kind::Count)
        rd_.error(n_.get("measure")->mark, "measure " + r_.measure_name() +
                                               " is a number of participants: kind must be count");
      else if (std::max(r_.value, r_.hi) > kMaxParticipants)
        rd_.error(value_ ? value_->mark : n_.mark,
                  "a number of participants must be at most " +
                      std::to_string(static_cast<long>(kMaxParticipants)));
    }
    if (r_.kind == Kind::Count && !r_.unit.empty() && !units::dimensionless(r_.unit))
      rd_.error(n_.get("unit")->mark, "a count's unit must be a counting word (项, 个, 次 ...)");
  }

  void categories() {
    if (const Node* cats = n_.get("categories")) {
      if (!cats->is_seq()) {
        rd_.error(cats->mark, "categories: expected a list");
      } else {
        for (const auto& c : cats->items) {
          if (!rd_.shape(*c, "category", {"id", "zh", "en"}, {"id", "zh", "en"})) continue;
          r_.categories.push_back({rd_.str(c->get("id"), "id"),
                                   {rd_.str(c->get("zh"), "zh"), rd_.str(c->get("en"), "en")}});
        }
      }
    }
    if (r_.kind == Kind::Categorical && r_.measure == Measure::Indicator) {
      if (r_.categories.empty()) rd_.error(n_.mark, "a categorical rule needs categories");
      for (const auto& v : r_.values)
        if (std::none_of(r_.categories.begin(), r_.categories.end(),
                         [&](const Category& c) { return c.id == v; }))
          rd_.error(value_->mark, "value '" + v + "' is not one of the categories");
    }
  }

  void formula() {
    if (r_.kind != Kind::Formula) {
      for (const char* k : {"formula", "inputs"})
        if (const Node* x = n_.get(k))
          rd_.error(x->mark, std::string(k) + " is only for kind formula");
      return;
    }
    r_.formula = rd_.str(n_.get("formula"), "formula");
    auto fc = check_formula(r_.formula);
    if (r_.formula.empty())
      rd_.error(n_.mark, "a formula rule needs formula");
    else if (!fc.ok)
      rd_.error(n_.get("formula")->mark, "formula: " + fc.error);
    const Node* ins = n_.get("inputs");
    if (!ins || !ins->is_seq()) {
      rd_.error(ins ? ins->mark : n_.mark, "a formula rule needs inputs: a list");
      return;
    }
    for (const auto& in : ins->items) {
      if (!rd_.shape(*in, "input", {"id", "unit", "title"}, {"id", "unit", "title"})) continue;
      FormulaInput fi{rd_.str(in->get("id"), "id"), rd_.str(in->get("unit"), "unit"),
                      rd_.text2(in->get("title"), "title")};
      msg::Text err;
      if (!valid_id(fi.id))
        rd_.error(in->mark, "input id '" + fi.id + "' must match [a-z][a-z0-9_]*");
      if (!units::known(fi.unit, &err)) rd_.error(in->get("unit")->mark, err.en());
      r_.inputs.push_back(fi);
    }
    for (const auto& id : fc.identifiers)
      if (std::none_of(r_.inputs.begin(), r_.inputs.end(),
                       [&](const FormulaInput& f) { return f.id == id; }))
        rd_.error(n_.get("formula")->mark, "formula names '" + id + "', which is not an input");
  }

  void severity_source_note() {
    if (const Node* s = n_.get("severity")) {
      std::string sev = rd_.str(s, "severity");
      if (sev == "error")
        r_.severity = Severity::Error;
      else if (sev == "warning")
        r_.severity = Severity::Warning;
      else if (sev == "info")
        r_.severity = Severity::Info;
      else
        rd_.error(s->mark, "severity must be error, warning or info");
    }
    const Node* src = n_.get("source");
    if (rd_.shape(*src, "source", {"section", "text"}, {"section", "text"})) {
      r_.source = {rd_.str(src->get("section"), "section"), rd_.str(src->get("text"), "text")};
      if (r_.source.text.empty()) rd_.error(src->mark, "source.text must quote the guide");
    }
    if (const Node* note = n_.get("note")) {
      r_.note = rd_.text2(note, "note");
      if (r_.note.zh.empty() || r_.note.en.empty())
        rd_.error(note->mark, "note needs both zh and en");
    }
  }

  // aliases: other names documents use for the quantity. Only the importer
  // reads them (src/import/aliases.cpp, from the direction file); checked here.
  void aliases() {
    const Node* al = n_.get("aliases");
    if (!al) return;
    if (!al->is_seq()) {
      rd_.error(al->mark, "aliases must be a list of names");
      return;
    }
    std::vector<std::string> seen;
    for (const auto& a : al->items) {
      if (!a->is_scalar() || std::string(text::trim(a->scalar)).empty()) {
        rd_.error(a->mark, "each alias must be a non-empty name");
        continue;
      }
      if (std::find(seen.begin(), seen.end(), a->scalar) != seen.end())
        rd_.error(a->mark, "alias '" + a->scalar + "' is given twice");
      seen.push_back(a->scalar);
    }
  }

  // any_of: two or more alternatives, each a rule on its own indicator.
  void alternatives() {
    const Node* alts = n_.get("any_of");
    if (!alts) {
      if (r_.kind == Kind::AnyOf)
        rd_.error(n_.mark, "a rule of kind any_of needs any_of: a list of alternative rules");
    } else if (r_.kind != Kind::AnyOf) {
      rd_.error(alts->mark, "any_of is only for kind any_of");
    } else if (!alts->is_seq() || alts->items.size() < 2) {
      rd_.error(alts->mark, "any_of: expected a list of two or more alternative rules");
    } else {
      for (const auto& a : alts->items) {
        if (!a->is_map()) {
          rd_.error(a->mark, "an alternative of any_of must be a rule (a mapping)");
          continue;
        }
        auto alt = parse_rule(*a, prefix_, file_, diags_);
        if (!alt) continue;
        if (alt->kind == Kind::AnyOf || !alt->reads_indicator())
          rd_.error(a->mark,
                    "an alternative of any_of reads its own indicator: no measure, no nested "
                    "any_of");
        else
          r_.any_of.push_back(std::move(*alt));
      }
    }
    if (r_.kind == Kind::AnyOf && r_.measure != Measure::Indicator)
      rd_.error(n_.get("measure")->mark, "a rule of kind any_of takes no measure");
  }

  // A rule judged otherwise than its literal words gives the reading.
  void reading_in_note() {
    if ((literal_against_ || (r_.op == Op::Between && !r_.better.empty())) && r_.note.empty())
      rd_.error(op_mark_, "the rule judges by better: " + r_.better +
                              ", not by the literal words '" +
                              (r_.wording.empty() ? std::string("between") : r_.wording) +
                              "': give the literal words and the reading in a note");
  }

  const Node& n_;
  const std::string& prefix_;
  const std::string& file_;
  Diagnostics& diags_;
  Reader rd_;
  Rule r_;
  std::string op_;               // as written
  Mark op_mark_;                 // where, for the messages on the op
  const Node* value_ = nullptr;  // the value: node, if any
  bool literal_against_ = false;
};

}  // namespace

std::optional<Rule> parse_rule(const Node& n, const std::string& prefix, const std::string& file,
                               Diagnostics& diags) {
  return RuleParser(n, prefix, file, diags).run();
}

}  // namespace guidecheck::rules
