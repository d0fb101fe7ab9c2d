#include "yaml/parse.h"

#include <yaml.h>

#include <algorithm>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "messages/text.h"
#include "yaml/syntax_error.h"

namespace guidecheck::yaml {
namespace {

Mark to_mark(const yaml_mark_t& m) {
  return Mark{static_cast<int>(m.line) + 1, static_cast<int>(m.column) + 1};
}

// Builds the tree from libyaml events. One Frame per open collection.
class Builder {
 public:
  explicit Builder(const Limits& limits) : limits_(limits) {}

  // Returns false and sets error_ on failure.
  bool on_event(const yaml_event_t& ev) {
    switch (ev.type) {
      case YAML_STREAM_START_EVENT:
      case YAML_STREAM_END_EVENT:
        return true;
      case YAML_DOCUMENT_START_EVENT:
        if (documents_++ > 0)
          return fail(msg::text<msg::Id::yaml_second_document>(), to_mark(ev.start_mark));
        return true;
      case YAML_DOCUMENT_END_EVENT:
        return true;
      case YAML_SCALAR_EVENT: {
        if (!ev.data.scalar.anchor && awaits_key()) return key(ev);
        auto n = std::make_unique<Node>();
        n->mark = to_mark(ev.start_mark);
        n->scalar.assign(reinterpret_cast<const char*>(ev.data.scalar.value),
                         ev.data.scalar.length);
        n->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        // Compared as string_views, which test the length first: a string's
        // == with a literal calls memcmp for every scalar.
        std::string_view s = n->scalar;
        bool is_null =
            n->plain && (s.empty() || s == "~" || s == "null" || s == "Null" || s == "NULL");
        n->kind = is_null ? Node::Kind::Null : Node::Kind::Scalar;
        if (!count(1, n->mark)) return false;
        return attach(std::move(n), name_of(ev.data.scalar.anchor), Shape{1, 0});
      }
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        if (static_cast<int>(stack_.size()) >= limits_.max_depth)
          return fail(msg::text<msg::Id::yaml_too_deep>(limits_.max_depth), to_mark(ev.start_mark));
        auto n = std::make_unique<Node>();
        n->mark = to_mark(ev.start_mark);
        bool seq = ev.type == YAML_SEQUENCE_START_EVENT;
        n->kind = seq ? Node::Kind::Sequence : Node::Kind::Mapping;
        const yaml_char_t* anchor =
            seq ? ev.data.sequence_start.anchor : ev.data.mapping_start.anchor;
        if (!count(1, n->mark)) return false;
        stack_.push_back(Frame{std::move(n), name_of(anchor), false, {}, Shape{1, 1}});
        return true;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: {
        Frame& top = stack_.back();
        // libyaml gives every key its value; a key left without one goes.
        if (top.have_key) top.node->entries.pop_back();
        std::unique_ptr<Node> n = std::move(top.node);
        std::string anchor = std::move(top.anchor);
        Shape shape = top.shape;
        stack_.pop_back();
        return attach(std::move(n), anchor, shape);
      }
      case YAML_ALIAS_EVENT: {
        std::string name = reinterpret_cast<const char*>(ev.data.alias.anchor);
        Mark at = to_mark(ev.start_mark);
        auto it = anchors_.find(name);
        if (it == anchors_.end()) return fail(msg::text<msg::Id::yaml_alias_no_anchor>(name), at);
        if (++aliases_ > limits_.max_aliases)
          return fail(msg::text<msg::Id::yaml_too_many_aliases>(limits_.max_aliases), at);
        // Counted before copying, so a "billion laughs" stops at --max-nodes
        // having copied at most that many nodes; the copy's nesting counts
        // where it lands, so aliases cannot build a tree deeper than --max-depth.
        const Shape& shape = it->second.shape;
        if (static_cast<int>(stack_.size()) + shape.height > limits_.max_depth)
          return fail(msg::text<msg::Id::yaml_alias_too_deep>(limits_.max_depth, name), at);
        if (!count(shape.size, at)) return false;
        auto copy = it->second.node->clone();
        copy->mark = at;
        return attach(std::move(copy), "", shape);
      }
      case YAML_NO_EVENT:  // libyaml's "no event": nothing to build
        return true;
    }
    return true;
  }

  std::unique_ptr<Node> take_root() { return root_ ? std::move(root_) : std::make_unique<Node>(); }
  const ParseError& error() const { return error_; }

 private:
  // Size (nodes, aliases expanded) and height (levels of lists and mappings)
  // of a finished subtree, kept as the tree is built: anchors need both, and
  // recomputing them by walking the subtree would cost O(depth x nodes).
  struct Shape {
    std::size_t size = 0;
    int height = 0;
  };
  // A mapping's key goes into its entries at once, its value (null until
  // then) when it comes: the key's text is copied once, and a frame is small
  // to push and pop.
  struct Frame {
    std::unique_ptr<Node> node;
    std::string anchor;
    bool have_key = false;  // the last entry's key awaits its value
    // The keys so far, once there are many (duplicate_key).
    std::unique_ptr<std::unordered_set<std::string>> keys;
    Shape shape;  // of the collection so far
  };
  struct Anchor {
    const Node* node;
    Shape shape;
  };

  static std::string name_of(const yaml_char_t* anchor) {
    return anchor ? reinterpret_cast<const char*>(anchor) : "";
  }

  bool fail(msg::Text msg, Mark m) {
    error_ = ParseError{std::move(msg), m};
    return false;
  }

  bool count(std::size_t n, Mark m) {
    nodes_ += n;
    if (nodes_ > limits_.max_nodes)
      return fail(msg::text<msg::Id::yaml_too_many_nodes>(limits_.max_nodes), m);
    return true;
  }

  bool awaits_key() const {
    return !stack_.empty() && stack_.back().node->kind == Node::Kind::Mapping &&
           !stack_.back().have_key;
  }

  // A mapping's key with no anchor: what attach() does with a key node, with
  // no node made and thrown away (half a proposal's scalars are keys).
  bool key(const yaml_event_t& ev) {
    Mark m = to_mark(ev.start_mark);
    if (!count(1, m)) return false;
    std::string_view text(reinterpret_cast<const char*>(ev.data.scalar.value),
                          ev.data.scalar.length);
    Frame& f = stack_.back();
    f.shape.size += 1;
    f.shape.height = std::max(f.shape.height, 1);
    if (duplicate_key(f, text))
      return fail(msg::text<msg::Id::yaml_duplicate_key>(std::string(text)), m);
    add_key(f, std::string(text), m);
    return true;
  }

  static void add_key(Frame& f, std::string key, Mark m) {
    // Most mappings have a few keys: no growth through 1 and 2.
    if (f.node->entries.empty()) f.node->entries.reserve(4);
    f.node->entries.push_back({std::move(key), m, nullptr});
    f.have_key = true;
  }

  // True when `key` is already in the mapping. Small mappings (nearly all of
  // a proposal's) are searched in place, which spares a hash-set node per key;
  // a large one gets a set, so a file with 100,000 keys stays linear.
  static bool duplicate_key(Frame& f, std::string_view key) {
    constexpr std::size_t kSearched = 16;
    const std::vector<Entry>& entries = f.node->entries;
    if (entries.size() < kSearched) {
      for (const Entry& e : entries)
        if (e.key == key) return true;
      return false;
    }
    if (!f.keys) {
      f.keys = std::make_unique<std::unordered_set<std::string>>();
      for (const Entry& e : entries) f.keys->insert(e.key);
    }
    return !f.keys->insert(std::string(key)).second;
  }

  // Places a finished node into its parent (or as the root).
  bool attach(std::unique_ptr<Node> n, const std::string& anchor, Shape shape) {
    const Node* raw = n.get();
    if (stack_.empty()) {
      root_ = std::move(n);
    } else {
      Frame& f = stack_.back();
      f.shape.size += shape.size;
      f.shape.height = std::max(f.shape.height, shape.height + 1);
      if (f.node->kind == Node::Kind::Sequence) {
        f.node->items.push_back(std::move(n));
      } else if (!f.have_key) {
        if (n->kind == Node::Kind::Mapping || n->kind == Node::Kind::Sequence)
          return fail(msg::text<msg::Id::yaml_key_not_plain>(n->kind_id()), n->mark);
        if (duplicate_key(f, n->scalar))
          return fail(msg::text<msg::Id::yaml_duplicate_key>(n->scalar), n->mark);
        if (anchor.empty()) {
          add_key(f, std::move(n->scalar), n->mark);  // the key node goes: its text is moved
        } else {
          add_key(f, n->scalar, n->mark);
          key_nodes_.push_back(std::move(n));  // an alias may repeat the key
        }
      } else {
        f.node->entries.back().value = std::move(n);
        f.have_key = false;
      }
    }
    if (!anchor.empty()) anchors_[anchor] = Anchor{raw, shape};
    return true;
  }

  const Limits& limits_;
  std::vector<Frame> stack_;
  std::unique_ptr<Node> root_;
  std::unordered_map<std::string, Anchor> anchors_;
  std::vector<std::unique_ptr<Node>> key_nodes_;  // anchored keys, kept for their aliases
  std::size_t nodes_ = 0;
  std::size_t aliases_ = 0;
  int documents_ = 0;
  ParseError error_;
};

}  // namespace

ParseResult parse(std::string_view text, const Limits& limits) {
  ParseResult result;
  if (text.size() > limits.max_bytes) {
    result.error = {msg::text<msg::Id::yaml_file_too_big>(text.size(), limits.max_bytes), {}};
    return result;
  }
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) {
    result.error = {msg::text<msg::Id::yaml_out_of_memory>(), {}};
    return result;
  }
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  Builder builder(limits);
  bool ok = true;
  for (;;) {
    yaml_event_t ev;
    if (!yaml_parser_parse(&parser, &ev)) {
      result.error = syntax_error(parser, text);
      ok = false;
      break;
    }
    bool done = ev.type == YAML_STREAM_END_EVENT;
    bool good = builder.on_event(ev);
    yaml_event_delete(&ev);
    if (!good) {
      result.error = builder.error();
      ok = false;
      break;
    }
    if (done) break;
  }
  yaml_parser_delete(&parser);
  if (ok) {
    result.root = builder.take_root();
    result.ok = true;
  }
  return result;
}

}  // namespace guidecheck::yaml
