// Rule operators: the enum and everything the table in operators.inc says
// of each (its name in packs, its symbol in messages, its better side, its
// mirror), and the comparator words of a rule's `wording:`.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

namespace guidecheck::rules {

enum class Op {
#define OP(name, yaml, symbol, in_pack, better, mirror) name,
#include "rules/operators.inc"
#undef OP
};

// Every op, in the table's order.
std::span<const Op> all_ops();

const char* op_name(Op o);    // ">=", "between", "covers" ... (operators.inc)
const char* op_symbol(Op o);  // "≥", "≤", "∈" ... for messages
bool op_in_pack(Op o);        // a pack may write it
// Which way a value improves under the op: "higher" (>=, >), "lower" (<=, <), "".
const char* op_better(Op o);
Op mirror(Op o);  // the op reading the same comparison the other way round (>= <-> <=)

// The op a pack names (`op: ">="`); nothing for an unknown name or one no
// pack may write.
std::optional<Op> parse_op(std::string_view name);
// The names a pack may write, for a load error: ">=, >, ... or any_of".
std::string pack_op_names();

// The op a comparator word of the guide means ("不低于" -> >=, "以内" -> <=),
// from the one table of comparator words (value/comparators.h); nothing for
// an unknown word.
std::optional<Op> op_for_wording(std::string_view w);

}  // namespace guidecheck::rules
