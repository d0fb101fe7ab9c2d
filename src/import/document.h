// A proposal document as the importer sees it: paragraphs and tables in
// document order, each piece of text with the place it came from, so that
// every value drafted from it can say where it was found. The readers
// (docx.h, markdown.h, plain_text.h) build it; extract.h reads it.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "messages/message.h"

namespace guidecheck::import {

// Where a piece of text stands. `line`/`column` are 1-based: for Markdown and
// plain text the source line and column; for .docx (which has no lines) the
// paragraph's ordinal in the document (every w:p counted in body order, those
// in table cells too) and the character in it. `table` > 0 for a table cell.
struct Place {
  int line = 0, column = 0;
  int paragraph = 0;                // 1-based ordinal of the body paragraph (0 in a table)
  int table = 0, row = 0, col = 0;  // 1-based; table 0 = not in a table
  // "table 2, row 3, column 2" / "paragraph 12" / "line 4:7" (English) or the
  // Chinese form ("表 2 第 3 行第 2 列").
  msg::Text text() const;  // the place in words, in the reader's language
  std::string describe(bool zh = false) const;
};

struct Paragraph {
  std::string text;
  Place place;
  int heading = 0;  // 1.. for headings, 0 for body text
};

struct Cell {
  std::string text;
  Place place;
  int row_span = 1, col_span = 1;
  // A cell covered by a merge (vertical or horizontal): it repeats the text of
  // the merged cell, whose place it keeps.
  bool covered = false;
};

struct Table {
  int number = 0;                       // 1-based, in document order
  std::vector<std::vector<Cell>> rows;  // a full grid: merged cells are repeated
  std::size_t columns() const;
};

struct Block {
  enum class Kind { Paragraph, Table };
  Kind kind = Kind::Paragraph;
  std::size_t index = 0;  // into Document::paragraphs or ::tables
};

struct Document {
  std::string file;
  std::string format;  // "docx", "markdown", "text"
  std::vector<Paragraph> paragraphs;
  std::vector<Table> tables;
  std::vector<Block> blocks;  // document order
  void add_paragraph(Paragraph p);
  void add_table(Table t);
};

// Limits on untrusted documents (zip bombs, huge or deeply nested XML).
struct Limits {
  std::size_t max_file_bytes = 64u << 20;  // the file itself
  std::size_t max_part_bytes = 64u << 20;  // one part, uncompressed (word/document.xml)
  std::size_t max_ratio = 200;             // uncompressed / compressed, for parts over 1 MiB
  std::size_t max_depth = 256;             // XML element nesting
  std::size_t max_text_bytes = 16u << 20;  // text kept from the document
  std::size_t max_cells = 200000;          // table cells (merged ones included)
};

struct ReadResult {
  bool ok = false;
  Document doc;
  msg::Text error;  // when !ok: what is wrong with the file
};

// The format from the file name: "docx", "markdown", "text", or "" when the
// name is not a document the importer reads.
std::string format_of(const std::string& path);

// Reads `bytes` (the whole file) as `format`.
ReadResult read_document(const std::string& file, const std::string& format,
                         const std::string& bytes, const Limits& limits = {});

// Reads the file from disk (size-limited) and picks the reader by its name.
ReadResult read_document_file(const std::string& path, const Limits& limits = {});

}  // namespace guidecheck::import
