#include "import/document.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "common/read_file.h"
#include "messages/text.h"

namespace guidecheck::import {

msg::Text Place::text() const {
  using Id = msg::Id;
  if (table > 0) return msg::text<Id::import_place_table>(table, row, col);
  if (paragraph > 0) return msg::text<Id::import_place_paragraph>(paragraph);
  if (line > 0) return msg::text<Id::import_place_line>(line, column);
  return msg::text<Id::import_place_document>();
}

std::string Place::describe(bool zh) const {
  return text().render(zh ? msg::Lang::Zh : msg::Lang::En);
}

std::size_t Table::columns() const {
  std::size_t c = 0;
  for (const auto& r : rows) c = std::max(c, r.size());
  return c;
}

void Document::add_paragraph(Paragraph p) {
  blocks.push_back({Block::Kind::Paragraph, paragraphs.size()});
  paragraphs.push_back(std::move(p));
}

void Document::add_table(Table t) {
  blocks.push_back({Block::Kind::Table, tables.size()});
  tables.push_back(std::move(t));
}

namespace {
std::string lower_ext(const std::string& path) {
  auto slash = path.find_last_of('/');
  auto dot = path.find_last_of('.');
  if (dot == std::string::npos || (slash != std::string::npos && dot < slash)) return "";
  std::string e = path.substr(dot + 1);
  for (char& c : e) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return e;
}
}  // namespace

std::string format_of(const std::string& path) {
  std::string e = lower_ext(path);
  if (e == "docx") return "docx";
  if (e == "md" || e == "markdown") return "markdown";
  if (e == "txt") return "text";
  return "";
}

ReadResult read_docx(const std::string& file, const std::string& bytes, const Limits& limits);
ReadResult read_markdown(const std::string& file, const std::string& bytes, const Limits& limits);
ReadResult read_plain_text(const std::string& file, const std::string& bytes, const Limits& limits);

ReadResult read_document(const std::string& file, const std::string& format,
                         const std::string& bytes, const Limits& limits) {
  ReadResult r;
  if (bytes.size() > limits.max_file_bytes) {
    r.error = msg::text<msg::Id::import_too_large>(bytes.size(), limits.max_file_bytes);
    return r;
  }
  if (format == "docx") return read_docx(file, bytes, limits);
  if (format == "markdown") return read_markdown(file, bytes, limits);
  if (format == "text") return read_plain_text(file, bytes, limits);
  r.error = msg::text<msg::Id::import_not_a_document>();
  return r;
}

ReadResult read_document_file(const std::string& path, const Limits& limits) {
  ReadResult r;
  std::string format = format_of(path);
  if (format.empty()) {
    r.error = msg::text<msg::Id::import_not_a_document>();
    return r;
  }
  ReadFile f = read_file(path, limits.max_file_bytes, /*follow_links=*/true);
  switch (f.status) {
    case ReadFile::Status::Ok:
      return read_document(path, format, f.text, limits);
    case ReadFile::Status::OpenFailed:
      r.error = f.error == ENOENT ? msg::text<msg::Id::import_missing>()
                                  : msg::text<msg::Id::import_unreadable>(std::strerror(f.error));
      return r;
    case ReadFile::Status::ReadFailed:
      r.error = msg::text<msg::Id::import_unreadable>(std::strerror(f.error));
      return r;
    case ReadFile::Status::Directory:
      r.error = msg::text<msg::Id::import_is_folder>();
      return r;
    case ReadFile::Status::NotRegular:
      r.error = msg::text<msg::Id::import_not_regular>();
      return r;
    case ReadFile::Status::TooLarge:
    case ReadFile::Status::GrewTooLarge:
      r.error = msg::text<msg::Id::import_over_limit>(limits.max_file_bytes);
      return r;
  }
  return r;
}

}  // namespace guidecheck::import
