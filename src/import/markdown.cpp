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

bool type_is(cmark_node* n, const char* t) {
  return std::strcmp(cmark_node_get_type_string(n), t) == 0;
}

}  // namespace

ReadResult read_markdown(const std::string& file, const std::string& bytes, const Limits& lim) {
  ReadResult r;
  r.doc.file = file;
  r.doc.format = "markdown";
  if (!text::utf8::valid(bytes)) {
    r.error = msg::text<msg::Id::import_md_not_utf8>();
    return r;
  }
  static std::once_flag once;
  std::call_once(once, [] { cmark_gfm_core_extensions_ensure_registered(); });
  std::unique_ptr<cmark_parser, ParserFree> parser(cmark_parser_new(CMARK_OPT_DEFAULT));
  if (cmark_syntax_extension* table = cmark_find_syntax_extension("table"))
    cmark_parser_attach_syntax_extension(parser.get(), table);
  cmark_parser_feed(parser.get(), bytes.data(), bytes.size());
  std::unique_ptr<cmark_node, NodeFree> root(cmark_parser_finish(parser.get()));
  if (!root) {
    r.error = msg::text<msg::Id::import_md_unparsed>();
    return r;
  }

  std::string* acc = nullptr;  // text being gathered: a paragraph, heading or cell
  Paragraph para;
  Table table;
  std::vector<Cell> row;
  Cell cell;
  bool in_table = false;
  int para_depth = 0, row_line = 0;
  std::size_t depth = 0, text_bytes = 0, cells = 0;
  cmark_iter* it = cmark_iter_new(root.get());
  cmark_event_type ev;
  while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
    cmark_node* n = cmark_iter_get_node(it);
    cmark_node_type ty = cmark_node_get_type(n);
    // cmark's iterator gives leaf types an enter event only, the others both.
    bool leaf = ty == CMARK_NODE_TEXT || ty == CMARK_NODE_CODE || ty == CMARK_NODE_HTML_INLINE ||
                ty == CMARK_NODE_SOFTBREAK || ty == CMARK_NODE_LINEBREAK ||
                ty == CMARK_NODE_THEMATIC_BREAK || ty == CMARK_NODE_CODE_BLOCK ||
                ty == CMARK_NODE_HTML_BLOCK || ty == CMARK_NODE_FOOTNOTE_REFERENCE;
    if (ev == CMARK_EVENT_ENTER && !leaf && ++depth > lim.max_depth) {
      r.error = msg::text<msg::Id::import_md_too_deep>(lim.max_depth);
      cmark_iter_free(it);
      return r;
    }
    if (ev == CMARK_EVENT_EXIT && depth > 0) --depth;
    cmark_node_type t = cmark_node_get_type(n);
    if (ev == CMARK_EVENT_ENTER) {
      if (type_is(n, "table")) {
        in_table = true;
        table = Table{};
        table.number = static_cast<int>(r.doc.tables.size()) + 1;
      } else if (in_table && (type_is(n, "table_row") || type_is(n, "table_header"))) {
        row.clear();
        row_line = cmark_node_get_start_line(n);
      } else if (in_table && type_is(n, "table_cell")) {
        cell = Cell{};
        cell.place.table = table.number;
        cell.place.row = static_cast<int>(table.rows.size()) + 1;
        cell.place.col = static_cast<int>(row.size()) + 1;
        cell.place.line =
            cmark_node_get_start_line(n) > 0 ? cmark_node_get_start_line(n) : row_line;
        cell.place.column = std::max(1, cmark_node_get_start_column(n));
        acc = &cell.text;
      } else if (!in_table && (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING)) {
        if (para_depth++ == 0) {
          para = Paragraph{};
          para.place.line = cmark_node_get_start_line(n);
          para.place.column = std::max(1, cmark_node_get_start_column(n));
          para.heading = t == CMARK_NODE_HEADING ? cmark_node_get_heading_level(n) : 0;
          acc = &para.text;
        }
      } else if (acc && (t == CMARK_NODE_TEXT || t == CMARK_NODE_CODE)) {
        const char* lit = cmark_node_get_literal(n);
        std::size_t len = lit ? std::strlen(lit) : 0;
        text_bytes += len;
        if (text_bytes > lim.max_text_bytes) {
          r.error = msg::text<msg::Id::import_too_much_text>();
          cmark_iter_free(it);
          return r;
        }
        if (lit) acc->append(lit, len);
      } else if (acc && (t == CMARK_NODE_SOFTBREAK || t == CMARK_NODE_LINEBREAK)) {
        *acc += ' ';
      }
    } else {  // exit
      if (type_is(n, "table")) {
        in_table = false;
        r.doc.add_table(std::move(table));
      } else if (in_table && (type_is(n, "table_row") || type_is(n, "table_header"))) {
        table.rows.push_back(std::move(row));
        row.clear();
      } else if (in_table && type_is(n, "table_cell")) {
        row.push_back(cell);
        acc = nullptr;
        if (++cells > lim.max_cells) {
          r.error = msg::text<msg::Id::import_too_many_cells>(lim.max_cells);
          cmark_iter_free(it);
          return r;
        }
      } else if (!in_table && (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING)) {
        if (--para_depth == 0) {
          acc = nullptr;
          if (!para.text.empty()) r.doc.add_paragraph(std::move(para));
        }
      }
    }
  }
  cmark_iter_free(it);
  r.ok = true;
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
