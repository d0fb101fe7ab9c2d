// Builds small .docx files for tests and the fuzzer seeds: a zip (libzip)
// holding the parts given, with [Content_Types].xml added when missing.
// Not used by the importer itself.
#pragma once

#include <string>
#include <utility>
#include <vector>

namespace guidecheck::import {

struct ZipPart {
  std::string name, data;
  bool store = false;    // stored, not deflated
  std::string password;  // non-empty: AES-256 encrypted
};

// The zip's bytes, or "" when libzip fails.
std::string make_zip(const std::vector<ZipPart>& parts);

// A word/document.xml whose w:body is `body_xml` (w:p / w:tbl elements).
std::string document_xml(const std::string& body_xml);
// A .docx holding that document.
std::string make_docx(const std::string& body_xml);

// OOXML snippets: a paragraph (style "" or e.g. "Heading1"), and a table
// whose cells are given row by row; a cell "<<" continues a vertical merge of
// the cell above, a cell ">>" is covered by the one before (gridSpan).
std::string w_p(const std::string& text, const std::string& style = "");
std::string w_tbl(const std::vector<std::vector<std::string>>& rows);

}  // namespace guidecheck::import
