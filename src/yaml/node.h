// A YAML document as a tree whose every node remembers where it stood in the
// source. Built from libyaml's event stream (see parse.h); yaml-cpp's node API
// was measured at ~10x the cost of libyaml's event parser on a proposal, and
// neither library reports duplicate keys or bounds alias expansion, which the
// checker needs. So the tree is ours; the scanning and parsing are libyaml's.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "common/mark.h"
#include "messages/message.h"

namespace guidecheck::yaml {

struct Node;

struct Entry {
  std::string key;
  Mark key_mark;
  std::unique_ptr<Node> value;
};

struct Node {
  enum class Kind { Null, Scalar, Sequence, Mapping };
  Kind kind = Kind::Null;
  Mark mark;
  std::string scalar;                        // Scalar: the text as written (quotes removed)
  bool plain = true;                         // Scalar: not quoted, not a block literal
  std::vector<std::unique_ptr<Node>> items;  // Sequence
  std::vector<Entry> entries;                // Mapping, in document order

  bool is_null() const { return kind == Kind::Null; }
  bool is_scalar() const { return kind == Kind::Scalar; }
  bool is_map() const { return kind == Kind::Mapping; }
  bool is_seq() const { return kind == Kind::Sequence; }
  // The plain scalars true/false (YAML 1.2 core schema, any case as written there).
  bool is_bool() const;
  bool as_bool() const;

  const Entry* find(std::string_view key) const;
  const Node* get(std::string_view key) const {
    const Entry* e = find(key);
    return e ? e->value.get() : nullptr;
  }
  std::unique_ptr<Node> clone() const;
  // What kind of node it is, in words ("a list"), in either language.
  msg::Id kind_id() const;
  const char* kind_name() const;
};

}  // namespace guidecheck::yaml
