// Footnote marks glued to values (import/footnote_marks.h), and their effect
// on a drafted value in a table cell and in running text.
#include "import/footnote_marks.h"

#include "catch_compat.h"
#include "helpers.h"
#include "import/docx_writer.h"
#include "import_helpers.h"
#include "value/value.h"

using namespace guidecheck;
using namespace guidecheck::import;
using guidecheck::testing::direction_3_1;
using guidecheck::testing::drafted_indicator;
using guidecheck::testing::lower;
using guidecheck::testing::md;

TEST_CASE("footnote marks: blanked after a value, exponents kept") {
  CHECK(blank_footnote_marks("≥92%¹") == "≥92% ");
  CHECK(blank_footnote_marks("≥92%¹²") == "≥92%  ");
  CHECK(blank_footnote_marks("≥92%[1]") == "≥92%   ");
  CHECK(blank_footnote_marks("≥92%［12］。") == "≥92%    。");
  CHECK(blank_footnote_marks("≥92%^1^") == "≥92%   ");
  CHECK(blank_footnote_marks("见文献[3]，不低于60%") == "见文献   ，不低于60%");
  // exponents and other brackets stay
  CHECK(blank_footnote_marks("380 m²/kg") == "380 m²/kg");
  CHECK(blank_footnote_marks("10⁻⁶ m²") == "10⁻⁶ m²");
  CHECK(blank_footnote_marks("[1] 循环寿命") == "[1] 循环寿命");
  CHECK(blank_footnote_marks("循环寿命 [1]") == "循环寿命 [1]");
  CHECK(blank_footnote_marks("x[123]") == "x[123]");
  CHECK(blank_footnote_marks("x[a]") == "x[a]");
  CHECK(blank_footnote_marks("92%[1") == "92%[1");
  CHECK(blank_footnote_marks("") == "");
  CHECK(superscript("2") == "²");
  CHECK(superscript("-6") == "⁻⁶");
  CHECK(superscript("a1") == "a¹");
}

TEST_CASE("footnote marks: the value before the mark is drafted") {
  for (const char* text :
       {"| 考核指标 | 完成时指标 |\n| --- | --- |\n| 设计电-电效率 | ≥62%¹ |\n",
        "| 考核指标 | 完成时指标 |\n| --- | --- |\n| 设计电-电效率 | ≥62%[1] |\n",
        "热泵储电系统设计电-电效率不低于62%[1]。\n", "热泵储电系统设计电-电效率不低于62%¹。\n"}) {
    INFO(text);
    Draft d = extract(md(text), direction_3_1());
    const Found& f = drafted_indicator(d, "round_trip_efficiency");
    REQUIRE(f.sure == Found::Sure::Sure);
    CHECK(lower(f) == 62);
    CHECK(f.value.find('1', f.value.find('%')) == std::string::npos);
  }
}

TEST_CASE("footnote marks: a .docx superscript run is a superscript") {
  std::string body = w_tbl({{"考核指标", "完成时指标"}, {"设计电-电效率", "≥62%"}});
  // the value cell's run followed by a superscript run holding “1”
  std::string mark = "<w:r><w:rPr><w:vertAlign w:val=\"superscript\"/></w:rPr><w:t>1</w:t></w:r>";
  std::size_t at = body.find("≥62%</w:t></w:r>");
  REQUIRE(at != std::string::npos);
  body.insert(at + std::string("≥62%</w:t></w:r>").size(), mark);
  ReadResult r = read_document("a.docx", "docx", make_docx(body));
  REQUIRE(r.ok);
  CHECK(r.doc.tables.at(0).rows.at(1).at(1).text == "≥62%¹");
  Draft d = extract(r.doc, direction_3_1());
  CHECK(lower(drafted_indicator(d, "round_trip_efficiency")) == 62);
}

TEST_CASE("tolerance: the number after ± is no value of its own") {
  // “650±10℃”: ±10℃ is how far 650 may stray, not the temperature
  for (const char* text : {"热泵储电系统设计电-电效率为65±2%。\n",
                           "(4) design round-trip efficiency of 65 ± 2 %;\n"}) {
    INFO(text);
    Draft d = extract(md(text), direction_3_1());
    const Found& f = drafted_indicator(d, "round_trip_efficiency");
    CHECK((f.sure != Found::Sure::Sure || lower(f) == 65));
  }
  CHECK(lower(drafted_indicator(
            extract(md("热泵储电系统设计电-电效率不低于62%（±0.5%）。\n"), direction_3_1()),
            "round_trip_efficiency")) == 62);
}
