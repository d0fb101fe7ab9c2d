#include "yaml/node.h"

#include "messages/text.h"

namespace guidecheck::yaml {

bool Node::is_bool() const {
  if (kind != Kind::Scalar || !plain) return false;
  return scalar == "true" || scalar == "True" || scalar == "TRUE" || scalar == "false" ||
         scalar == "False" || scalar == "FALSE";
}

bool Node::as_bool() const { return is_bool() && (scalar[0] == 't' || scalar[0] == 'T'); }

const Entry* Node::find(std::string_view key) const {
  // Length and first byte before memcmp: most keys differ there.
  for (const Entry& e : entries)
    if (e.key.size() == key.size() && (key.empty() || e.key[0] == key[0]) && e.key == key)
      return &e;
  return nullptr;
}

std::unique_ptr<Node> Node::clone() const {
  auto n = std::make_unique<Node>();
  n->kind = kind;
  n->mark = mark;
  n->scalar = scalar;
  n->plain = plain;
  for (const auto& item : items) n->items.push_back(item->clone());
  for (const Entry& e : entries) n->entries.push_back({e.key, e.key_mark, e.value->clone()});
  return n;
}

msg::Id Node::kind_id() const {
  switch (kind) {
    case Kind::Null:
      return msg::Id::yaml_kind_null;
    case Kind::Scalar:
      return msg::Id::yaml_kind_scalar;
    case Kind::Sequence:
      return msg::Id::yaml_kind_list;
    case Kind::Mapping:
      return msg::Id::yaml_kind_map;
  }
  return msg::Id::yaml_kind_null;
}

const char* Node::kind_name() const {
  switch (kind) {
    case Kind::Null:
      return "null";
    case Kind::Scalar:
      return "a scalar";
    case Kind::Sequence:
      return "a list";
    case Kind::Mapping:
      return "a mapping";
  }
  return "?";
}

}  // namespace guidecheck::yaml
