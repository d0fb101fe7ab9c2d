// Parse one YAML document into a located tree, within hard limits.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "messages/message.h"
#include "yaml/node.h"

namespace guidecheck::yaml {

struct Limits {
  std::size_t max_bytes = 16u << 20;  // 16 MiB per file
  int max_depth = 100;                // nesting of lists and mappings
  std::size_t max_nodes = 1'000'000;  // nodes in the tree, aliases expanded
  std::size_t max_aliases = 10'000;   // alias references
};

struct ParseError {
  msg::Text text;  // what is wrong, without the file name
  Mark mark;
};

struct ParseResult {
  std::unique_ptr<Node> root;  // null when error is set
  bool ok = false;
  ParseError error;
};

// `text` is the whole file. Rejects several documents, duplicate keys, keys
// that are not scalars, and anything over `limits`; an empty document (or one
// of only comments) yields a Null root.
ParseResult parse(std::string_view text, const Limits& limits = {});

}  // namespace guidecheck::yaml
