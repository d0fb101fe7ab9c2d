#include "yaml/parse.h"

#include <yaml.h>

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace guidecheck::yaml {
namespace {

Mark to_mark(const yaml_mark_t& m) {
  return Mark{static_cast<int>(m.line) + 1, static_cast<int>(m.column) + 1};
}

std::size_t count_nodes(const Node& n) {
  std::size_t c = 1;
  for (const auto& i : n.items) c += count_nodes(*i);
  for (const auto& e : n.entries) c += count_nodes(*e.value);
  return c;
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
          return fail("a proposal file holds one YAML document; found a second one (---)",
                      to_mark(ev.start_mark));
        return true;
      case YAML_DOCUMENT_END_EVENT:
        return true;
      case YAML_SCALAR_EVENT: {
        auto n = std::make_unique<Node>();
        n->mark = to_mark(ev.start_mark);
        n->scalar.assign(reinterpret_cast<const char*>(ev.data.scalar.value),
                         ev.data.scalar.length);
        n->plain = ev.data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        bool is_null = n->plain && (n->scalar.empty() || n->scalar == "~" ||
                                    n->scalar == "null" || n->scalar == "Null" ||
                                    n->scalar == "NULL");
        n->kind = is_null ? Node::Kind::Null : Node::Kind::Scalar;
        return add(std::move(n), ev.data.scalar.anchor);
      }
      case YAML_SEQUENCE_START_EVENT:
      case YAML_MAPPING_START_EVENT: {
        if (static_cast<int>(stack_.size()) >= limits_.max_depth)
          return fail("nesting deeper than " + std::to_string(limits_.max_depth) + " levels",
                      to_mark(ev.start_mark));
        auto n = std::make_unique<Node>();
        n->mark = to_mark(ev.start_mark);
        bool seq = ev.type == YAML_SEQUENCE_START_EVENT;
        n->kind = seq ? Node::Kind::Sequence : Node::Kind::Mapping;
        const yaml_char_t* anchor =
            seq ? ev.data.sequence_start.anchor : ev.data.mapping_start.anchor;
        if (!count(1, n->mark)) return false;
        stack_.push_back(Frame{std::move(n), anchor ? reinterpret_cast<const char*>(anchor) : "",
                               {}, {}, false, {}});
        return true;
      }
      case YAML_SEQUENCE_END_EVENT:
      case YAML_MAPPING_END_EVENT: {
        Frame f = std::move(stack_.back());
        stack_.pop_back();
        std::string anchor = std::move(f.anchor);
        return attach(std::move(f.node), anchor);
      }
      case YAML_ALIAS_EVENT: {
        std::string name = reinterpret_cast<const char*>(ev.data.alias.anchor);
        Mark at = to_mark(ev.start_mark);
        auto it = anchors_.find(name);
        if (it == anchors_.end())
          return fail("alias *" + name + " refers to no complete anchor &" + name, at);
        if (++aliases_ > limits_.max_aliases)
          return fail("more than " + std::to_string(limits_.max_aliases) +
                          " aliases (limit --max-aliases)",
                      at);
        if (!count(it->second.size, at)) return false;
        auto copy = it->second.node->clone();
        copy->mark = at;
        return attach(std::move(copy), "", /*counted=*/true);
      }
      default:
        return true;
    }
  }

  std::unique_ptr<Node> take_root() {
    return root_ ? std::move(root_) : std::make_unique<Node>();
  }
  const ParseError& error() const { return error_; }

 private:
  struct Frame {
    std::unique_ptr<Node> node;
    std::string anchor;
    std::string pending_key;
    Mark pending_key_mark;
    bool have_key = false;
    std::unordered_set<std::string> keys;
  };

  bool fail(std::string msg, Mark m) {
    error_ = ParseError{std::move(msg), m};
    return false;
  }

  bool count(std::size_t n, Mark m) {
    nodes_ += n;
    if (nodes_ > limits_.max_nodes)
      return fail("more than " + std::to_string(limits_.max_nodes) +
                      " nodes, aliases expanded (limit --max-nodes)",
                  m);
    return true;
  }

  bool add(std::unique_ptr<Node> n, const yaml_char_t* anchor) {
    if (!count(1, n->mark)) return false;
    return attach(std::move(n), anchor ? reinterpret_cast<const char*>(anchor) : "", true);
  }

  // Places a finished node into its parent (or as the root).
  bool attach(std::unique_ptr<Node> n, const std::string& anchor, bool /*counted*/ = true) {
    Node* raw = n.get();
    if (stack_.empty()) {
      root_ = std::move(n);
    } else {
      Frame& f = stack_.back();
      if (f.node->kind == Node::Kind::Sequence) {
        f.node->items.push_back(std::move(n));
      } else if (!f.have_key) {
        if (n->kind == Node::Kind::Mapping || n->kind == Node::Kind::Sequence)
          return fail("a mapping key must be a plain value, not " + std::string(n->kind_name()),
                      n->mark);
        if (!f.keys.insert(n->scalar).second)
          return fail("duplicate key '" + n->scalar + "'", n->mark);
        f.pending_key = n->scalar;
        f.pending_key_mark = n->mark;
        f.have_key = true;
        raw = nullptr;  // keys are not anchored targets we keep
      } else {
        f.node->entries.push_back({std::move(f.pending_key), f.pending_key_mark, std::move(n)});
        f.have_key = false;
      }
    }
    if (!anchor.empty() && raw) anchors_[anchor] = Anchor{raw, count_nodes(*raw)};
    return true;
  }

  struct Anchor {
    const Node* node;
    std::size_t size;
  };

  const Limits& limits_;
  std::vector<Frame> stack_;
  std::unique_ptr<Node> root_;
  std::unordered_map<std::string, Anchor> anchors_;
  std::size_t nodes_ = 0;
  std::size_t aliases_ = 0;
  int documents_ = 0;
  ParseError error_;
};

}  // namespace

ParseResult parse(std::string_view text, const Limits& limits) {
  ParseResult result;
  if (text.size() > limits.max_bytes) {
    result.error = {"file is " + std::to_string(text.size()) + " bytes, over the limit of " +
                        std::to_string(limits.max_bytes) + " (--max-file-size)",
                    {}};
    return result;
  }
  yaml_parser_t parser;
  if (!yaml_parser_initialize(&parser)) {
    result.error = {"out of memory", {}};
    return result;
  }
  yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()),
                               text.size());
  Builder builder(limits);
  bool ok = true;
  for (;;) {
    yaml_event_t ev;
    if (!yaml_parser_parse(&parser, &ev)) {
      std::string msg = parser.problem ? parser.problem : "invalid YAML";
      if (parser.context) msg = std::string(parser.context) + ": " + msg;
      Mark at = to_mark(parser.problem_mark);
      if (parser.error == YAML_READER_ERROR) {
        // The reader reports a byte offset, not a line.
        msg = "not valid text: " + msg + " at byte " + std::to_string(parser.problem_offset);
        int line = 1, col = 1;
        for (std::size_t i = 0; i < parser.problem_offset && i < text.size(); ++i) {
          if (text[i] == '\n') ++line, col = 1;
          else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
        }
        at = {line, col};
      }
      result.error = {msg, at};
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
