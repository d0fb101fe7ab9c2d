// The operator table (rules/operators.inc): every op round-trips through its
// name, and the comparator words mean the same op to the rule loader as to a
// proposal's values.
#include "rules/operators.h"

#include <set>
#include <string>

#include "catch_compat.h"
#include "value/comparators.h"
#include "value/value.h"

using namespace guidecheck;
using rules::Op;

TEST_CASE("operators: every op a pack may write round-trips through its name", "[operators]") {
  std::set<std::string> names;
  for (Op o : rules::all_ops()) {
    INFO(rules::op_name(o));
    CHECK(names.insert(rules::op_name(o)).second);  // names are unique
    if (rules::op_in_pack(o))
      CHECK(rules::parse_op(rules::op_name(o)) == o);
    else
      CHECK_FALSE(rules::parse_op(rules::op_name(o)));  // known_key, valid_waiver
    CHECK(rules::mirror(rules::mirror(o)) == o);
  }
  CHECK(rules::all_ops().size() == 12);
  CHECK_FALSE(rules::parse_op("=>"));
  CHECK(rules::pack_op_names() ==
        ">=, >, <=, <, ==, between, covers, contains_all, committed or any_of");
}

TEST_CASE("operators: symbols, better sides and mirrors", "[operators]") {
  CHECK(std::string(rules::op_symbol(Op::Ge)) == "≥");
  CHECK(std::string(rules::op_symbol(Op::Le)) == "≤");
  CHECK(std::string(rules::op_symbol(Op::Between)) == "∈");
  CHECK(std::string(rules::op_better(Op::Gt)) == "higher");
  CHECK(std::string(rules::op_better(Op::Lt)) == "lower");
  CHECK(std::string(rules::op_better(Op::Eq)).empty());
  CHECK(rules::mirror(Op::Ge) == Op::Le);
  CHECK(rules::mirror(Op::Gt) == Op::Lt);
  CHECK(rules::mirror(Op::Between) == Op::Between);
}

namespace {
// What a proposal's value "<word> 60" / "60 <word>" commits to, as an op.
std::optional<Op> value_reading(const value::ComparatorWord& w) {
  std::string text =
      w.place == value::Place::Before ? std::string(w.word) + " 60" : "60 " + std::string(w.word);
  value::Value v = value::parse_text(text);
  if (v.type != value::Value::Type::Quantity) return std::nullopt;
  bool lower = v.lo.v == 60 && v.hi.infinite();
  bool upper = v.hi.v == 60 && v.lo.infinite();
  if (lower) return v.lo.open ? Op::Gt : Op::Ge;
  if (upper) return v.hi.open ? Op::Lt : Op::Le;
  return std::nullopt;
}
}  // namespace

TEST_CASE("operators: each comparator word means one op everywhere", "[operators]") {
  std::set<std::string_view> seen;
  for (const value::ComparatorWord& w : value::comparator_words()) {
    INFO(w.word);
    CHECK(seen.insert(w.word).second);  // each word once
    auto rule_op = rules::op_for_wording(w.word);
    REQUIRE(rule_op);
    // A full-width word never reaches the values: they are NFKC-folded first.
    if (w.word.find("（") != std::string_view::npos) continue;
    CHECK(value_reading(w) == rule_op);
  }
  // Every word either of the two former tables had.
  for (const char* w : {"不低于",   "不小于",   "不少于",   "以上",     "及以上",   "（含）以上",
                        "达到",     "至少",     "大于等于", "≥",        ">=",       "不高于",
                        "不大于",   "不超过",   "以内",     "以下",     "及以下",   "小于等于",
                        "至多",     "≤",        "<=",       "低于",     "小于",     "<",
                        "高于",     "大于",     "超过",     ">",        "不满",     "不应低于",
                        "应不低于", "不得低于", "不应少于", "不得少于", "不应小于", "应达到",
                        "不应高于", "不应超过", "不得超过", "不得高于", "不应大于", "⩾",
                        "⩽",        "最多",     "(含)以上", "(含)以下"}) {
    INFO(w);
    CHECK(seen.count(w));
  }
  CHECK_FALSE(rules::op_for_wording("优于"));  // needs better: (rules/load.cpp)
}
