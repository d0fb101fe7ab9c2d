#include "rules/operators.h"

#include "value/comparators.h"

namespace guidecheck::rules {
namespace {

struct OpRow {
  Op op;
  const char* name;
  const char* symbol;
  bool in_pack;
  const char* better;
  Op mirror;
};

constexpr OpRow kOps[] = {
#define OP(name, yaml, symbol, in_pack, better, mirror) \
  {Op::name, yaml, symbol, in_pack, better, Op::mirror},
#include "rules/operators.inc"
#undef OP
};

constexpr Op kAll[] = {
#define OP(name, yaml, symbol, in_pack, better, mirror) Op::name,
#include "rules/operators.inc"
#undef OP
};

// The enum and the table come from the same rows, in the same order.
constexpr bool table_in_enum_order() {
  for (std::size_t i = 0; i < std::size(kOps); ++i)
    if (static_cast<std::size_t>(kOps[i].op) != i) return false;
  return true;
}
static_assert(table_in_enum_order());

const OpRow& row(Op o) { return kOps[static_cast<std::size_t>(o)]; }

}  // namespace

std::span<const Op> all_ops() { return kAll; }
const char* op_name(Op o) { return row(o).name; }
const char* op_symbol(Op o) { return row(o).symbol; }
bool op_in_pack(Op o) { return row(o).in_pack; }
const char* op_better(Op o) { return row(o).better; }
Op mirror(Op o) { return row(o).mirror; }

std::optional<Op> parse_op(std::string_view name) {
  for (const OpRow& r : kOps)
    if (r.in_pack && name == r.name) return r.op;
  return std::nullopt;
}

std::string pack_op_names() {
  std::string names, last;
  for (const OpRow& r : kOps) {
    if (!r.in_pack) continue;
    if (!last.empty()) names += (names.empty() ? "" : ", ") + last;
    last = r.name;
  }
  return names.empty() ? last : names + " or " + last;
}

std::optional<Op> op_for_wording(std::string_view w) {
  auto c = value::comparison_of(w);
  if (!c) return std::nullopt;
  switch (*c) {
    case value::Comparison::AtLeast:
      return Op::Ge;
    case value::Comparison::Above:
      return Op::Gt;
    case value::Comparison::AtMost:
      return Op::Le;
    case value::Comparison::Below:
      return Op::Lt;
  }
  return std::nullopt;
}

}  // namespace guidecheck::rules
