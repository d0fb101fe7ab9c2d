// The escaping layer by output kind (safe_text.h): what each kind must never
// let through. The hostile-input tests (tests/bad_input/) run every format end
// to end; these pin each escaper on its own.
#include "common/safe_text.h"

#include "catch_compat.h"

using namespace guidecheck;

TEST_CASE("safe::text: ill-formed UTF-8 is U+FFFD, controls and bidi are shown escaped", "[safe]") {
  CHECK(safe::text("ok 电") == "ok 电");
  CHECK(safe::text("a\xFF"
                   "b") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(safe::text("a\nb\r\tc") == "a\\nb\\r\\tc");
  CHECK(safe::text("\x1B[31m") == "\\x1B[31m");
  CHECK(safe::text("\xC2\x85") == "\\u0085");  // NEL
  CHECK(safe::text("\xE2\x80\xAE"
                   "x") == "\\u202Ex");  // right-to-left override
  CHECK(safe::text("abcdef", 3) == "abc…");
}

TEST_CASE("safe::text: the cut counts escapes whole, runs of ASCII and characters alike",
          "[safe]") {
  CHECK(safe::text("abc", 3) == "abc");
  CHECK(safe::text("ab\ncd", 3) == "ab…");  // "\\n" takes two of the three
  CHECK(safe::text("ab\ncd", 4) == "ab\\n…");
  CHECK(safe::text("中文字", 2) == "中文…");
  CHECK(safe::text("中文", 2) == "中文");
  CHECK(safe::text("x中yz", 3) == "x中y…");
  CHECK(safe::text("\xEF\xBF\xBE") == "\xEF\xBF\xBD");  // noncharacter U+FFFE
  CHECK(safe::text("\xEF\xBF\xBD") == "\xEF\xBF\xBD");  // U+FFFD itself
  CHECK(safe::text("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
}

TEST_CASE("safe::csv_cell: no cell starts a formula", "[safe]") {
  for (const char* s : {"=1+1", "+1", "-1", "@SUM(A1)"}) CHECK(safe::csv_cell(s)[0] == '\'');
  CHECK(safe::csv_cell("\t=1") == "\\t=1");
  CHECK(safe::csv_cell("1-2") == "1-2");
}

TEST_CASE("safe::xml and safe::markdown: markup is text", "[safe]") {
  CHECK(safe::xml("<a href='x'>&\"") == "&lt;a href=&#39;x&#39;&gt;&amp;&quot;");
  CHECK(safe::xml("\"'", false) == "\"'");
  CHECK(safe::markdown("|a| @b *c*") == "\\|a\\| \\@b \\*c\\*");
}

TEST_CASE("safe::xml is markup(text()): cut first, then escaped", "[safe]") {
  const char* cases[] = {"a<b&c", "x\n<y>\x1b'z'", "中<文>&\"", "\xff<\xe2\x80\xae>", "", "&&&&"};
  for (const char* c : cases)
    for (std::size_t max : {std::size_t{0}, std::size_t{1}, std::size_t{2}, std::size_t{3},
                            std::size_t{5}, std::string::npos})
      for (bool attribute : {true, false}) {
        INFO(c << " " << max << " " << attribute);
        CHECK(safe::xml(c, attribute, max) == safe::markup(safe::text(c, max), attribute));
      }
}

TEST_CASE("safe::workflow_data and workflow_property: no line or value ends early", "[safe]") {
  CHECK(safe::workflow_data("50% a\r\nb: c,d") == "50%25 a%0D%0Ab: c,d");
  CHECK(safe::workflow_property("50% a\r\nb: c,d") == "50%25 a%0D%0Ab%3A c%2Cd");
}

TEST_CASE("safe::json_output: what JSON leaves raw is escaped inside strings", "[safe]") {
  CHECK(safe::json_output(R"({"a":"x"})") == R"({"a":"x"})");
  CHECK(safe::json_output("{\"a\":\"\xE2\x80\xA8\x7F\"}") == R"({"a":"\u2028\u007F"})");
}

TEST_CASE("safe::yaml_quoted: a double-quoted scalar that reads back exactly", "[safe]") {
  CHECK(safe::yaml_quoted("") == "\"\"");
  CHECK(safe::yaml_quoted("3.1 储能") == "\"3.1 储能\"");
  CHECK(safe::yaml_quoted("a \"b\" \\c") == R"("a \"b\" \\c")");
  CHECK(safe::yaml_quoted("a\nb\tc\x7F") == R"("a\u000Ab\u0009c\u007F")");
  CHECK(safe::yaml_quoted("\xC2\x85\xE2\x80\xA8\xE2\x80\xA9\xEF\xBB\xBF") ==
        R"("\u0085\u2028\u2029\uFEFF")");
  CHECK(safe::yaml_quoted("a\xFF") == R"("a\uFFFD")");  // ill-formed: U+FFFD, shown
  // bidi controls are shown, not obeyed (U+202E RIGHT-TO-LEFT OVERRIDE, U+2066)
  CHECK(safe::yaml_quoted("a\xE2\x80\xAE"
                          "b\xE2\x81\xA6") == R"("a\u202Eb\u2066")");
}

TEST_CASE("safe::yaml_comment: one line, cut at a character", "[safe]") {
  CHECK(safe::yaml_comment("a\nb\u2028c") == "a b c");
  CHECK(safe::yaml_comment("a\r\n\tb\xEF\xBB\xBF") == "a   b ");
  CHECK(safe::yaml_comment("a\xFF") == "a\xEF\xBF\xBD");
  CHECK(safe::yaml_comment("a\xE2\x80\xAE"
                           "b") == "a b");  // a bidi override hides nothing
  CHECK(safe::yaml_comment("电-电效率", 3) == "电…");
  CHECK(safe::yaml_comment("电-电效率", 4) == "电-…");
  CHECK(safe::yaml_comment("电-电效率", 6) == "电-…");  // not two thirds of 电
  CHECK(safe::yaml_comment("电-电效率", 100) == "电-电效率");
  CHECK(safe::yaml_comment(std::string(500, 'x')).size() == 500);  // no limit by default
}
