// .docx (Office Open XML) reader: word/document.xml out of the zip (libzip),
// parsed by pugixml. Only paragraphs and tables of the main document part are
// read; macros (vbaProject.bin), embedded objects, images, headers, comments
// and tracked deletions are ignored. Documents are untrusted: the part is read
// with a byte cap whatever the zip header claims (zip bombs), a DOCTYPE is
// refused (pugixml never resolves external entities, but a DTD has no place
// in OOXML), and element nesting is bounded.
#include <zip.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <pugixml.hpp>
#include <string_view>

#include "import/document.h"
#include "import/footnote_marks.h"
#include "messages/text.h"

namespace guidecheck::import {
namespace {

struct ZipCloser {
  void operator()(zip_t* z) const { zip_discard(z); }
};
struct ZipFileCloser {
  void operator()(zip_file_t* f) const { zip_fclose(f); }
};

bool is_ole(const std::string& b) {
  static const unsigned char magic[] = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
  return b.size() >= 8 && std::memcmp(b.data(), magic, 8) == 0;
}

// Reads one zip entry into `out`, never more than the limits allow.
bool read_part(zip_t* z, const char* name, const Limits& lim, std::string& out, msg::Text& error) {
  zip_int64_t idx = zip_name_locate(z, name, 0);
  if (idx < 0) {
    error = msg::text<msg::Id::import_docx_no_part>(name);
    return false;
  }
  zip_stat_t st;
  zip_stat_init(&st);
  if (zip_stat_index(z, static_cast<zip_uint64_t>(idx), 0, &st) != 0) {
    error = msg::text<msg::Id::import_docx_bad_entry>(name);
    return false;
  }
  if ((st.valid & ZIP_STAT_ENCRYPTION_METHOD) && st.encryption_method != ZIP_EM_NONE) {
    error = msg::text<msg::Id::import_docx_encrypted>();
    return false;
  }
  if ((st.valid & ZIP_STAT_SIZE) && st.size > lim.max_part_bytes) {
    error = msg::text<msg::Id::import_docx_would_unpack>(name, st.size, lim.max_part_bytes);
    return false;
  }
  if ((st.valid & ZIP_STAT_SIZE) && (st.valid & ZIP_STAT_COMP_SIZE) && st.size > (1u << 20) &&
      st.size / std::max<zip_uint64_t>(1, st.comp_size) > lim.max_ratio) {
    error = msg::text<msg::Id::import_docx_ratio>(name, lim.max_ratio);
    return false;
  }
  std::unique_ptr<zip_file_t, ZipFileCloser> f(
      zip_fopen_index(z, static_cast<zip_uint64_t>(idx), 0));
  if (!f) {
    int ze = zip_error_code_zip(zip_get_error(z));
    error = ze == ZIP_ER_NOPASSWD || ze == ZIP_ER_WRONGPASSWD || ze == ZIP_ER_ENCRNOTSUPP
                ? msg::text<msg::Id::import_docx_encrypted>()
                : msg::text<msg::Id::import_docx_corrupted>(zip_strerror(z));
    return false;
  }
  out.clear();
  char buf[65536];
  for (;;) {
    zip_int64_t n = zip_fread(f.get(), buf, sizeof buf);
    if (n < 0) {
      error = msg::text<msg::Id::import_docx_corrupted>(zip_file_strerror(f.get()));
      return false;
    }
    if (n == 0) break;
    if (out.size() + static_cast<std::size_t>(n) > lim.max_part_bytes) {
      error = msg::text<msg::Id::import_docx_unpacks_to_more>(name, lim.max_part_bytes);
      return false;
    }
    out.append(buf, static_cast<std::size_t>(n));
  }
  return true;
}

bool is(const pugi::xml_node& n, const char* name) { return std::strcmp(n.name(), name) == 0; }

struct Walker {
  const Limits& lim;
  Document& doc;
  msg::Text error;
  int ordinal = 0;  // paragraphs so far (body and cells)
  std::size_t text_bytes = 0, cells = 0;

  bool deep(std::size_t depth) {
    if (depth > lim.max_depth) {
      if (error.empty()) error = msg::text<msg::Id::import_docx_too_deep>(lim.max_depth);
      return true;
    }
    return false;
  }

  // Text of the runs under `n` (a paragraph, or something inside one).
  void run_text(const pugi::xml_node& n, std::string& out, std::size_t depth) {
    if (deep(depth)) return;
    for (pugi::xml_node c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      const char* nm = c.name();
      if (is(c, "w:t")) {
        std::string_view t = c.text().get();
        text_bytes += t.size();
        if (text_bytes > lim.max_text_bytes) {
          if (error.empty()) error = msg::text<msg::Id::import_too_much_text>();
          return;
        }
        out += t;
      } else if (is(c, "w:tab") || is(c, "w:br") || is(c, "w:cr")) {
        out += ' ';
      } else if (is(c, "w:noBreakHyphen")) {
        out += '-';
      } else if (is(c, "w:del") || is(c, "w:delText") || is(c, "w:instrText") || is(c, "w:pPr") ||
                 is(c, "w:rPr") || is(c, "w:drawing") || is(c, "w:object") || is(c, "w:pict") ||
                 is(c, "mc:AlternateContent") || is(c, "w:footnoteReference") ||
                 is(c, "w:commentReference")) {
        continue;  // deleted text, field codes, pictures, embedded objects
      } else if (is(c, "w:r") &&
                 std::string_view(
                     c.child("w:rPr").child("w:vertAlign").attribute("w:val").as_string()) ==
                     "superscript") {
        std::string raised;  // “m” + superscript “2” is “m²”, “%” + “1” a footnote mark
        run_text(c, raised, depth + 1);
        out += superscript(raised);
      } else if (std::strncmp(nm, "w:", 2) == 0) {
        run_text(c, out, depth + 1);  // w:r, w:hyperlink, w:ins, w:smartTag, w:sdt ...
      }
    }
  }

  static int heading_level(const pugi::xml_node& p) {
    pugi::xml_node ppr = p.child("w:pPr");
    if (!ppr) return 0;
    std::string style = ppr.child("w:pStyle").attribute("w:val").as_string();
    std::string low;
    for (char c : style) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (low.rfind("heading", 0) == 0 && low.size() > 7 && std::isdigit((unsigned char)low[7]))
      return low[7] - '0';
    if (low == "title") return 1;
    if (low.size() == 1 && low[0] >= '1' && low[0] <= '9') return low[0] - '0';
    if (pugi::xml_node o = ppr.child("w:outlineLvl")) return o.attribute("w:val").as_int() + 1;
    return 0;
  }

  std::string cell_text(const pugi::xml_node& tc, int& first_ordinal, std::size_t depth) {
    std::string text;
    if (deep(depth)) return text;
    for (pugi::xml_node c : tc.children()) {
      if (is(c, "w:p")) {
        ++ordinal;
        if (first_ordinal == 0) first_ordinal = ordinal;
        std::string t;
        run_text(c, t, depth + 1);
        if (!t.empty()) {
          if (!text.empty()) text += '\n';
          text += t;
        }
      } else if (is(c, "w:tbl")) {  // a table in a cell: its text, cell by cell
        for (pugi::xml_node tr : c.children("w:tr"))
          for (pugi::xml_node inner : tr.children("w:tc")) {
            std::string t = cell_text(inner, first_ordinal, depth + 3);
            if (!t.empty()) {
              if (!text.empty()) text += ' ';
              text += t;
            }
          }
      } else if (is(c, "w:sdt")) {
        std::string t = cell_text(c.child("w:sdtContent"), first_ordinal, depth + 2);
        if (!t.empty()) {
          if (!text.empty()) text += '\n';
          text += t;
        }
      }
    }
    return text;
  }

  void table(const pugi::xml_node& tbl, std::size_t depth) {
    if (deep(depth)) return;
    Table t;
    t.number = static_cast<int>(doc.tables.size()) + 1;
    // For vertical merges: the cell that starts the merge, per grid column.
    std::vector<std::pair<std::size_t, std::size_t>> origin;  // (row, col) per grid column
    for (pugi::xml_node tr : tbl.children("w:tr")) {
      std::vector<Cell> row;
      std::size_t r = t.rows.size();
      int before = tr.child("w:trPr").child("w:gridBefore").attribute("w:val").as_int();
      for (int i = 0; i < before && i < 64; ++i) row.push_back(Cell{"", {}, 1, 1, true});
      for (pugi::xml_node tc : tr.children("w:tc")) {
        pugi::xml_node pr = tc.child("w:tcPr");
        int span = std::clamp(pr.child("w:gridSpan").attribute("w:val").as_int(1), 1, 64);
        pugi::xml_node vm = pr.child("w:vMerge");
        bool cont =
            vm && std::string_view(vm.attribute("w:val").as_string("continue")) != "restart";
        int first = 0;
        std::string text = cell_text(tc, first, depth + 2);
        if (!error.empty()) return;
        std::size_t c = row.size();
        Cell cell;
        cell.col_span = span;
        if (cont && c < origin.size() && origin[c].first < r) {
          const Cell& o = t.rows[origin[c].first][origin[c].second];
          cell.text = o.text;
          cell.place = o.place;
          cell.covered = true;
          t.rows[origin[c].first][origin[c].second].row_span++;
        } else {
          cell.text = std::move(text);
          cell.place.line = first > 0 ? first : ordinal;
          cell.place.column = 1;
          cell.place.table = t.number;
          cell.place.row = static_cast<int>(r) + 1;
          cell.place.col = static_cast<int>(c) + 1;
          if (origin.size() < c + span) origin.resize(c + span, {SIZE_MAX, 0});
          for (int k = 0; k < span; ++k) origin[c + k] = {r, c};
        }
        row.push_back(cell);
        for (int k = 1; k < span; ++k) {
          Cell cov = row[c];
          cov.covered = true;
          row.push_back(cov);
        }
        cells += span;
        if (cells > lim.max_cells) {
          error = msg::text<msg::Id::import_too_many_cells>(lim.max_cells);
          return;
        }
      }
      t.rows.push_back(std::move(row));
    }
    doc.add_table(std::move(t));
  }

  void body(const pugi::xml_node& n, std::size_t depth) {
    if (deep(depth)) return;
    for (pugi::xml_node c : n.children()) {
      if (!error.empty()) return;
      if (is(c, "w:p")) {
        ++ordinal;
        Paragraph p;
        run_text(c, p.text, depth + 1);
        p.place.line = p.place.paragraph = ordinal;
        p.place.column = 1;
        p.heading = heading_level(c);
        if (!p.text.empty()) doc.add_paragraph(std::move(p));
      } else if (is(c, "w:tbl")) {
        table(c, depth + 1);
      } else if (is(c, "w:sdt")) {
        body(c.child("w:sdtContent"), depth + 2);
      } else if (is(c, "w:customXml")) {
        body(c, depth + 1);
      }
    }
  }
};

// pugixml parses without recursion, but a tree nested millions deep is still
// refused before it is built: count the nesting of the raw tags first.
bool too_deep(std::string_view xml, std::size_t max_depth) {
  std::size_t depth = 0;
  for (std::size_t i = 0; i + 1 < xml.size(); ++i) {
    if (xml[i] != '<') continue;
    char c = xml[i + 1];
    if (c == '/') {
      if (depth > 0) --depth;
    } else if (c != '?' && c != '!') {
      std::size_t close = xml.find('>', i);
      if (close == std::string_view::npos) return false;
      if (xml[close - 1] != '/' && ++depth > max_depth) return true;
      i = close;
    }
  }
  return false;
}

}  // namespace

ReadResult read_docx(const std::string& file, const std::string& bytes, const Limits& lim) {
  ReadResult r;
  r.doc.file = file;
  r.doc.format = "docx";
  if (is_ole(bytes)) {
    r.error = msg::text<msg::Id::import_not_ooxml>();
    return r;
  }
  zip_error_t zerr;
  zip_error_init(&zerr);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &zerr);
  if (!src) {
    r.error = msg::text<msg::Id::import_docx_cannot_open>(zip_error_strerror(&zerr));
    zip_error_fini(&zerr);
    return r;
  }
  std::unique_ptr<zip_t, ZipCloser> z(zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &zerr));
  if (!z) {
    zip_source_free(src);
    r.error = msg::text<msg::Id::import_docx_not_zip>(zip_error_strerror(&zerr));
    zip_error_fini(&zerr);
    return r;
  }
  zip_error_fini(&zerr);
  std::string xml;
  if (!read_part(z.get(), "word/document.xml", lim, xml, r.error)) return r;
  if (xml.find("<!DOCTYPE") != std::string::npos || xml.find("<!ENTITY") != std::string::npos) {
    r.error = msg::text<msg::Id::import_docx_doctype>();
    return r;
  }
  if (too_deep(xml, lim.max_depth)) {
    r.error = msg::text<msg::Id::import_docx_too_deep>(lim.max_depth);
    return r;
  }
  pugi::xml_document x;
  // parse_ws_pcdata_single: Word writes a space alone in its own run
  // (<w:t xml:space="preserve"> </w:t>, between words formatted differently);
  // pugixml drops such whitespace-only text by default, which glued words
  // together ("Some University" read "SomeUniversity").
  pugi::xml_parse_result pr = x.load_buffer_inplace(
      xml.data(), xml.size(),
      (pugi::parse_default | pugi::parse_ws_pcdata_single) & ~pugi::parse_doctype,
      pugi::encoding_utf8);
  if (!pr) {
    r.error = msg::text<msg::Id::import_docx_bad_xml>(pr.offset, pr.description());
    return r;
  }
  pugi::xml_node body = x.child("w:document").child("w:body");
  if (!body) {
    r.error = msg::text<msg::Id::import_docx_no_body>();
    return r;
  }
  Walker w{lim, r.doc, {}, 0, 0, 0};
  w.body(body, 2);
  if (!w.error.empty()) {
    r.error = w.error;
    return r;
  }
  r.ok = true;
  return r;
}

}  // namespace guidecheck::import
