#include "import/docx_writer.h"

#include <zip.h>

#include <cstdlib>
#include <cstring>

#include "common/safe_text.h"

namespace guidecheck::import {

std::string make_zip(const std::vector<ZipPart>& parts) {
  zip_error_t err;
  zip_error_init(&err);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &err);
  if (!src) return "";
  zip_t* z = zip_open_from_source(src, ZIP_TRUNCATE, &err);
  if (!z) {
    zip_source_free(src);
    return "";
  }
  zip_source_keep(src);
  std::vector<ZipPart> all = parts;
  bool has_types = false;
  for (const auto& p : all) has_types |= p.name == "[Content_Types].xml";
  if (!has_types)
    all.insert(all.begin(),
               {"[Content_Types].xml",
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
                "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default "
                "Extension=\"xml\" ContentType=\"application/xml\"/><Override "
                "PartName=\"/word/document.xml\" "
                "ContentType=\"application/"
                "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>",
                false, ""});
  for (const auto& p : all) {
    zip_source_t* s = zip_source_buffer(z, p.data.data(), p.data.size(), 0);
    zip_int64_t idx = zip_file_add(z, p.name.c_str(), s, ZIP_FL_ENC_UTF_8);
    if (idx < 0) {
      zip_source_free(s);
      continue;
    }
    zip_set_file_compression(z, static_cast<zip_uint64_t>(idx),
                             p.store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, 0);
    if (!p.password.empty())
      zip_file_set_encryption(z, static_cast<zip_uint64_t>(idx), ZIP_EM_AES_256,
                              p.password.c_str());
  }
  if (zip_close(z) != 0) {
    zip_discard(z);
    zip_source_free(src);
    return "";
  }
  std::string out;
  zip_stat_t st;
  if (zip_source_stat(src, &st) == 0 && zip_source_open(src) == 0) {
    out.resize(st.size);
    zip_int64_t n = zip_source_read(src, out.data(), st.size);
    out.resize(n > 0 ? static_cast<std::size_t>(n) : 0);
    zip_source_close(src);
  }
  zip_source_free(src);
  return out;
}

std::string document_xml(const std::string& body_xml) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
         "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
         "<w:body>" +
         body_xml + "</w:body></w:document>";
}

std::string make_docx(const std::string& body_xml) {
  return make_zip({{"word/document.xml", document_xml(body_xml), false, ""}});
}

std::string w_p(const std::string& text, const std::string& style) {
  std::string s = "<w:p>";
  if (!style.empty()) s += "<w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr>";
  return s + "<w:r><w:t xml:space=\"preserve\">" + safe::markup(text) + "</w:t></w:r></w:p>";
}

std::string w_tbl(const std::vector<std::vector<std::string>>& rows) {
  std::string s = "<w:tbl>";
  for (const auto& row : rows) {
    s += "<w:tr>";
    for (std::size_t i = 0; i < row.size(); ++i) {
      if (row[i] == ">>") continue;
      int span = 1;
      while (i + span < row.size() && row[i + span] == ">>") ++span;
      s += "<w:tc><w:tcPr>";
      if (span > 1) s += "<w:gridSpan w:val=\"" + std::to_string(span) + "\"/>";
      if (row[i] == "<<")
        s += "<w:vMerge/>";
      else if (&row != &rows.back() && i < rows[&row - &rows[0] + 1].size() &&
               rows[&row - &rows[0] + 1][i] == "<<")
        s += "<w:vMerge w:val=\"restart\"/>";
      s += "</w:tcPr>";
      s += row[i] == "<<" ? "<w:p/>" : w_p(row[i]);
      s += "</w:tc>";
    }
    s += "</w:tr>";
  }
  return s + "</w:tbl>";
}

}  // namespace guidecheck::import
