#include "import/document.h"

#include "catch_compat.h"
#include "import/docx_writer.h"

using namespace guidecheck::import;

TEST_CASE("docx: paragraphs, headings and tables with merged cells keep their places") {
  std::string body = w_p("基本信息", "Heading1") + w_p("项目名称：高密度热泵储电关键技术合作研发") +
                     w_tbl({{"指标名称", "指标值", "单位"},
                            {"电-电效率", "62", "%"},
                            {"储能密度", "32", "千瓦时/立方米"},
                            {"<<", "33", ">>"}}) +
                     w_p("结尾");
  ReadResult r = read_document("a.docx", "docx", make_docx(body));
  REQUIRE(r.ok);
  REQUIRE(r.doc.paragraphs.size() == 3);
  CHECK(r.doc.paragraphs[0].heading == 1);
  CHECK(r.doc.paragraphs[1].text == "项目名称：高密度热泵储电关键技术合作研发");
  CHECK(r.doc.paragraphs[1].place.describe() == "paragraph 2");
  CHECK(r.doc.paragraphs[1].place.describe(true) == "第 2 段");
  REQUIRE(r.doc.tables.size() == 1);
  const Table& t = r.doc.tables[0];
  REQUIRE(t.rows.size() == 4);
  CHECK(t.rows[1][1].text == "62");
  CHECK(t.rows[1][1].place.describe() == "table 1, row 2, column 2");
  CHECK(t.rows[1][1].place.describe(true) == "表 1 第 2 行第 2 列");
  // The vertical merge repeats 储能密度 and points at its origin.
  CHECK(t.rows[3][0].text == "储能密度");
  CHECK(t.rows[3][0].covered);
  CHECK(t.rows[3][0].place.row == 3);
  CHECK(t.rows[2][0].row_span == 2);
  // The horizontal merge (gridSpan 2) fills two grid columns.
  REQUIRE(t.rows[3].size() == 3);
  CHECK(t.rows[3][2].text == "33");
  CHECK(t.rows[3][2].covered);
  REQUIRE(r.doc.blocks.size() == 4);
  CHECK(r.doc.blocks[2].kind == Block::Kind::Table);
  // The last paragraph's ordinal counts the table's paragraphs too.
  CHECK(r.doc.paragraphs[2].place.paragraph == 2 + 11 + 1);  // 11 w:tc
}

TEST_CASE("docx: deleted text, field codes and pictures are not read") {
  std::string body =
      "<w:p><w:r><w:t>效率 </w:t></w:r><w:del><w:r><w:delText>58</w:delText></w:r></w:del>"
      "<w:ins><w:r><w:t>62%</w:t></w:r></w:ins><w:r><w:instrText>PAGE 99</w:instrText></w:r>"
      "<w:r><w:drawing><w:t>77</w:t></w:drawing></w:r></w:p>";
  ReadResult r = read_document("a.docx", "docx", make_docx(body));
  REQUIRE(r.ok);
  REQUIRE(r.doc.paragraphs.size() == 1);
  CHECK(r.doc.paragraphs[0].text == "效率 62%");
}

// What is not a readable .docx at all (split from the hostile contents
// below only to keep each test case short).
TEST_CASE("docx: broken files are clear errors") {
  SECTION("not a zip") {
    ReadResult r = read_document("a.docx", "docx", "hello");
    CHECK_FALSE(r.ok);
    CHECK(r.error.en().find("not a .docx") != std::string::npos);
  }
  SECTION("an OLE file: encrypted Word or old .doc") {
    std::string ole("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    ole += std::string(512, '\0');
    ReadResult r = read_document("a.docx", "docx", ole);
    CHECK_FALSE(r.ok);
    CHECK(r.error.en().find("encrypted") != std::string::npos);
  }
  SECTION("a zip without word/document.xml") {
    ReadResult r = read_document("a.docx", "docx", make_zip({{"x.txt", "x", false, ""}}));
    CHECK_FALSE(r.ok);
    CHECK(r.error.en().find("word/document.xml") != std::string::npos);
  }
  SECTION("an encrypted part") {
    std::string z = make_zip({{"word/document.xml", document_xml(w_p("x")), false, "secret"}});
    REQUIRE_FALSE(z.empty());
    ReadResult r = read_document("a.docx", "docx", z);
    CHECK_FALSE(r.ok);
    CHECK(r.error.en().find("encrypted") != std::string::npos);
    CHECK(r.error.zh().find("已加密") != std::string::npos);  // in the report's language
  }
  SECTION("a truncated zip") {
    std::string z = make_docx(w_p("hello"));
    ReadResult r = read_document("a.docx", "docx", z.substr(0, z.size() / 2));
    CHECK_FALSE(r.ok);
  }
}

TEST_CASE("docx: hostile files are clear errors, hostile parts ignored") {
  SECTION("a zip bomb: over the size limit") {
    Limits lim;
    lim.max_part_bytes = 1 << 20;
    std::string big = document_xml(w_p(std::string(2 << 20, 'a')));
    ReadResult r =
        read_document("a.docx", "docx", make_zip({{"word/document.xml", big, false, ""}}), lim);
    CHECK_FALSE(r.ok);
    CHECK(r.error.en().find("zip bomb") != std::string::npos);
  }
  SECTION("a zip bomb: compressed too well") {
    std::string big = document_xml(w_p(std::string(8 << 20, 'a')));
    ReadResult r =
        read_document("a.docx", "docx", make_zip({{"word/document.xml", big, false, ""}}));
    CHECK_FALSE(r.ok);
    CHECK(r.error.en().find("zip bomb") != std::string::npos);
  }
  SECTION("a DTD with an external entity is refused, never resolved") {
    std::string xml =
        "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
        "<w:document xmlns:w=\"w\"><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body>"
        "</w:document>";
    ReadResult r =
        read_document("a.docx", "docx", make_zip({{"word/document.xml", xml, false, ""}}));
    CHECK_FALSE(r.ok);
    CHECK(r.error.en().find("DOCTYPE") != std::string::npos);
  }
  SECTION("deeply nested XML") {
    std::string open, close;
    for (int i = 0; i < 100000; ++i) open += "<w:r>", close += "</w:r>";
    std::string xml = document_xml("<w:p>" + open + close + "</w:p>");
    ReadResult r =
        read_document("a.docx", "docx", make_zip({{"word/document.xml", xml, true, ""}}));
    CHECK_FALSE(r.ok);
    CHECK(r.error.en().find("deeper") != std::string::npos);
  }
  SECTION("malformed XML") {
    ReadResult r = read_document(
        "a.docx", "docx", make_zip({{"word/document.xml", "<w:document><w:body>", false, ""}}));
    CHECK_FALSE(r.ok);
    CHECK(r.error.en().find("not well-formed") != std::string::npos);
  }
  SECTION("macros and embedded objects are ignored") {
    std::string z = make_zip({{"word/document.xml", document_xml(w_p("正文")), false, ""},
                              {"word/vbaProject.bin", std::string(100, '\x01'), false, ""},
                              {"word/embeddings/oleObject1.bin", "x", false, ""}});
    ReadResult r = read_document("a.docm", "docx", z);
    REQUIRE(r.ok);
    CHECK(r.doc.paragraphs.size() == 1);
  }
}

TEST_CASE("markdown: headings, paragraphs, lists and tables with their lines") {
  std::string md =
      "# 基本信息\n\n项目名称：热泵储电\n\n- 研究内容一\n- 研究内容二\n\n"
      "| 指标名称 | 指标值 | 单位 |\n|---|---|---|\n| 电-电效率 | 62 | % |\n| 储能密度 |  | x |\n";
  ReadResult r = read_document("a.md", "markdown", md);
  REQUIRE(r.ok);
  REQUIRE(r.doc.paragraphs.size() == 4);
  CHECK(r.doc.paragraphs[0].heading == 1);
  CHECK(r.doc.paragraphs[1].text == "项目名称：热泵储电");
  CHECK(r.doc.paragraphs[1].place.line == 3);
  CHECK(r.doc.paragraphs[3].text == "研究内容二");
  CHECK(r.doc.paragraphs[3].place.line == 6);
  REQUIRE(r.doc.tables.size() == 1);
  const Table& t = r.doc.tables[0];
  REQUIRE(t.rows.size() == 3);
  CHECK(t.rows[1][1].text == "62");
  CHECK(t.rows[1][1].place.line == 10);
  CHECK(t.rows[1][1].place.describe() == "table 1, row 2, column 2");
  REQUIRE(t.rows[2].size() == 3);
  CHECK(t.rows[2][1].text.empty());
}

TEST_CASE("markdown and text: bad input") {
  CHECK_FALSE(read_document("a.md", "markdown", "\xff\xfe").ok);
  std::string deep(5000, '>');
  ReadResult r = read_document("a.md", "markdown", deep + " x\n");
  CHECK_FALSE(r.ok);
  CHECK(r.error.en().find("deeper") != std::string::npos);
  ReadResult t = read_document("a.txt", "text", "第一行\n\n  电-电效率 62%\r\n");
  REQUIRE(t.ok);
  REQUIRE(t.doc.paragraphs.size() == 2);
  CHECK(t.doc.paragraphs[1].place.line == 3);
  CHECK(t.doc.paragraphs[1].place.column == 3);
  CHECK(format_of("x/A.DOCX") == "docx");
  CHECK(format_of("x.yaml").empty());
}
