// Markdown reader: libcmark-gfm with the GitHub table extension. Paragraphs,
// headings, list items and table cells keep their source line and column.
// Raw HTML and code blocks are not read: they are not where a proposal states
// its commitments.
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <cstring>
#include <memory>
#include <mutex>

#include "import/document.h"
#include "messages/text.h"
#include "text/normalize.h"
#include "text/utf8.h"

namespace guidecheck::import {
namespace {

struct NodeFree {
  void operator()(cmark_node* n) const { cmark_node_free(n); }
};
struct ParserFree {
  void operator()(cmark_parser* p) const { cmark_parser_free(p); }
};

struct IterFree {
  void operator()(cmark_iter* i) const { cmark_iter_free(i); }
};

bool type_is(cmark_node* n, const char* t) {
  return std::strcmp(cmark_node_get_type_string(n), t) == 0;
}

// cmark's iterator gives leaf types an enter event only, the others both.
bool is_leaf(cmark_node_type ty) {
  return ty == CMARK_NODE_TEXT || ty == CMARK_NODE_CODE || ty == CMARK_NODE_HTML_INLINE ||
         ty == CMARK_NODE_SOFTBREAK || ty == CMARK_NODE_LINEBREAK ||
         ty == CMARK_NODE_THEMATIC_BREAK || ty == CMARK_NODE_CODE_BLOCK ||
         ty == CMARK_NODE_HTML_BLOCK || ty == CMARK_NODE_FOOTNOTE_REFERENCE;
}

bool is_row(cmark_node* n) { return type_is(n, "table_row") || type_is(n, "table_header"); }

// The parsed document (GitHub tables on), or null when cmark gives none.
std::unique_ptr<cmark_node, NodeFree> parse_markdown(const std::string& bytes) {
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
  std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  if (cmark_syntax_extension* table = cmark_find_syntax_extension("table"))
    cmark_parser_attach_syntax_extension(parser.get(), table);
  cmark_parser_feed(parser.get(), bytes.data(), bytes.size());
  return std::unique_ptr<cmark_node, NodeFree>(cmark_parser_finish(parser.get()));
}

// One walk over the document's nodes, gathering paragraphs (headings
// included) and tables into `r.doc`, within the limits. Each step returns
// false with `r.error` set when a limit is passed.
class Walk {
 public:
  Walk(ReadResult& r, const Limits& lim) : r_(r), lim_(lim) {}

  bool run(cmark_node* root) {
    std::unique_ptr<cmark_iter, IterFree> it(cmark_iter_new(root));
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it.get())) != CMARK_EVENT_DONE) {
      cmark_node* n = cmark_iter_get_node(it.get());
      cmark_node_type t = cmark_node_get_type(n);
      if (ev == CMARK_EVENT_ENTER && !is_leaf(t) && ++depth_ > lim_.max_depth) {
        r_.error = msg::text<msg::Id::import_md_too_deep>(lim_.max_depth);
        return false;
      }
      if (ev == CMARK_EVENT_EXIT && depth_ > 0) --depth_;
      if (!(ev == CMARK_EVENT_ENTER ? enter(n, t) : exit(n, t))) return false;
    }
    return true;
  }

 private:
  // A node opens: a table, row or cell starts, a paragraph or heading starts
  // gathering text, or text goes to what is gathering it.
  bool enter(cmark_node* n, cmark_node_type t) {
    if (type_is(n, "table")) {
      in_table_ = true;
      table_ = Table{};
      table_.number = static_cast<int>(r_.doc.tables.size()) + 1;
    } else if (in_table_ && is_row(n)) {
      row_.clear();
      row_line_ = cmark_node_get_start_line(n);
    } else if (in_table_ && type_is(n, "table_cell")) {
      start_cell(n);
    } else if (!in_table_ && (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING)) {
      if (para_depth_++ == 0) {
        para_ = Paragraph{};
        para_.place.line = cmark_node_get_start_line(n);
        para_.place.column = std::max(1, cmark_node_get_start_column(n));
        para_.heading = t == CMARK_NODE_HEADING ? cmark_node_get_heading_level(n) : 0;
        acc_ = &para_.text;
      }
    } else if (acc_ && (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE)) {
      return add_text(n);
    } else if (acc_ && (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK)) {
      *acc_ += ' ';
    }
    return true;
  }

  // A cell where it is: cmark gives some cells no line, which is then the
  // row's.
  void start_cell(cmark_node* n) {
    cell_ = Cell{};
    cell_.place.table = table_.number;
    cell_.place.row = static_cast<int>(table_.rows.size()) + 1;
    cell_.place.col = static_cast<int>(row_.size()) + 1;
    cell_.place.line = cmark_node_get_start_line(n) > 0 ? cmark_node_get_start_line(n) : row_line_;
    cell_.place.column = std::max(1, cmark_node_get_start_column(n));
    acc_ = &cell_.text;
  }

  // A text or code node's literal, counted against the text limit.
  bool add_text(cmark_node* n) {
    const char* lit = cmark_node_get_literal(n);
    std::size_t len = lit ? std::strlen(lit) : 0;
    text_bytes_ += len;
    if (text_bytes_ > lim_.max_text_bytes) {
      r_.error = msg::text<msg::Id::import_too_much_text>();
      return false;
    }
    if (lit) acc_->append(lit, len);
    return true;
  }

  // A node closes: a table, row or cell is complete (cells counted against
  // their limit), or a paragraph (not an empty one) is added.
  bool exit(cmark_node* n, cmark_node_type t) {
    if (type_is(n, "table")) {
      in_table_ = false;
      r_.doc.add_table(std::move(table_));
    } else if (in_table_ && is_row(n)) {
      table_.rows.push_back(std::move(row_));
      row_.clear();
    } else if (in_table_ && type_is(n, "table_cell")) {
      row_.push_back(cell_);
      acc_ = nullptr;
      if (++cells_ > lim_.max_cells) {
        r_.error = msg::text<msg::Id::import_too_many_cells>(lim_.max_cells);
        return false;
      }
    } else if (!in_table_ && (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING)) {
      if (--para_depth_ == 0) {
        acc_ = nullptr;
        if (!para_.text.empty()) r_.doc.add_paragraph(std::move(para_));
      }
    }
    return true;
  }

  ReadResult& r_;
  const Limits& lim_;
  std::string* acc_ = nullptr;  // text being gathered: a paragraph, heading or cell
  Paragraph para_;
  Table table_;
  std::vector<Cell> row_;
  Cell cell_;
  bool in_table_ = false;
  int para_depth_ = 0, row_line_ = 0;
  std::size_t depth_ = 0, text_bytes_ = 0, cells_ = 0;
};

}  // namespace

ReadResult read_markdown(const std::string& file, const std::string& bytes, const Limits& lim) {
  ReadResult r;
  r.doc.file = file;
  r.doc.format = "markdown";
  if (!text::utf8::valid(bytes)) {
    r.error = msg::text<msg::Id::import_md_not_utf8>();
    return r;
  }
  std::unique_ptr<cmark_node, NodeFree> root = parse_markdown(bytes);
  if (!root) {
    r.error = msg::text<msg::Id::import_md_unparsed>();
    return r;
  }
  if (Walk(r, lim).run(root.get())) r.ok = true;
  return r;
}

// Plain text: one paragraph per non-empty line.
ReadResult read_plain_text(const std::string& file, const std::string& bytes, const Limits& lim) {
  ReadResult r;
  r.doc.file = file;
  r.doc.format = "text";
  if (!text::utf8::valid(bytes)) {
    r.error = msg::text<msg::Id::import_text_not_utf8>();
    return r;
  }
  if (bytes.size() > lim.max_text_bytes) {
    r.error = msg::text<msg::Id::import_too_much_text>();
    return r;
  }
  int line = 0;
  std::size_t pos = 0;
  while (pos <= bytes.size()) {
    std::size_t end = bytes.find('\n', pos);
    if (end == std::string::npos) end = bytes.size();
    ++line;
    std::string_view l(bytes.data() + pos, end - pos);
    if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
    std::string_view tl = text::trim(l);
    if (!tl.empty()) {
      Paragraph p;
      p.text = std::string(tl);
      p.place.line = line;
      // column in characters of the first non-blank one
      std::string_view lead = l.substr(0, static_cast<std::size_t>(tl.data() - l.data()));
      p.place.column = 1 + static_cast<int>(text::utf8::count(lead));
      r.doc.add_paragraph(std::move(p));
    }
    pos = end + 1;
  }
  r.ok = true;
  return r;
}

}  // namespace guidecheck::import
