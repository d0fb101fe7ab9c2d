#include "yaml/parse.h"

#include "catch_compat.h"

using namespace guidecheck::yaml;

TEST_CASE("yaml: values keep their line and column", "[yaml]") {
  auto r = parse("a: 1\nlist:\n  - x\n  - {k: v}\n");
  REQUIRE(r.ok);
  const Node* a = r.root->get("a");
  CHECK(a->mark.line == 1);
  CHECK(a->mark.column == 4);
  const Node* list = r.root->get("list");
  REQUIRE(list->is_seq());
  CHECK(list->items[1]->get("k")->mark.line == 4);
  CHECK(list->items[1]->get("k")->mark.column == 9);
  CHECK(r.root->find("list")->key_mark.line == 2);
}

TEST_CASE("yaml: columns count characters, not bytes", "[yaml]") {
  auto r = parse("名称: 值\n");
  REQUIRE(r.ok);
  CHECK(r.root->get("名称")->mark.column == 5);
}

TEST_CASE("yaml: duplicate keys are an error at every level", "[yaml]") {
  auto top = parse("a: 1\nb: 2\na: 3\n");
  REQUIRE_FALSE(top.ok);
  CHECK(top.error.text.en().find("duplicate key 'a'") != std::string::npos);
  CHECK(top.error.mark.line == 3);
  auto nested = parse("m:\n  x: 1\n  x: 2\n");
  REQUIRE_FALSE(nested.ok);
  CHECK(nested.error.mark.line == 3);
}

TEST_CASE("yaml: null, booleans, quoted scalars", "[yaml]") {
  auto r = parse("a: ~\nb:\nc: true\nd: 'true'\ne: null\n");
  REQUIRE(r.ok);
  CHECK(r.root->get("a")->is_null());
  CHECK(r.root->get("b")->is_null());
  CHECK(r.root->get("c")->is_bool());
  CHECK(r.root->get("c")->as_bool());
  CHECK_FALSE(r.root->get("d")->is_bool());
  CHECK(r.root->get("e")->is_null());
}

TEST_CASE("yaml: empty and comment-only files give a null root", "[yaml]") {
  for (const char* text : {"", "# only a comment\n", "\n\n"}) {
    auto r = parse(text);
    REQUIRE(r.ok);
    CHECK(r.root->is_null());
  }
}

TEST_CASE("yaml: several documents are rejected", "[yaml]") {
  auto r = parse("a: 1\n---\nb: 2\n");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.text.en().find("second") != std::string::npos);
  CHECK(r.error.mark.line == 2);
}

TEST_CASE("yaml: syntax errors carry a place", "[yaml]") {
  auto tab = parse("a:\n\tb: 1\n");
  REQUIRE_FALSE(tab.ok);
  CHECK(tab.error.mark.line == 2);
  auto quote = parse("a: \"unterminated\n");
  REQUIRE_FALSE(quote.ok);
  auto flow = parse("a: [1, 2\n");
  REQUIRE_FALSE(flow.ok);
  CHECK(flow.error.mark.line >= 1);
}

TEST_CASE("yaml: invalid UTF-8 is reported with its line", "[yaml]") {
  auto r = parse("a: 1\nb: \xff\xfe\n");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.mark.line == 2);
}

TEST_CASE("yaml: nesting depth is limited", "[yaml][limits]") {
  std::string deep(200, '[');
  Limits l;
  l.max_depth = 100;
  auto r = parse(deep, l);
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.text.en().find("nesting deeper than 100") != std::string::npos);
}

TEST_CASE("yaml: an alias bomb stops at the node limit without expanding", "[yaml][limits]") {
  std::string s = "a: &a [x, x, x, x, x, x, x, x, x]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    s += std::string(1, c) + ": &" + std::string(1, c) + " [*" + prev + ", *" + prev + ", *" +
         prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" + prev + ", *" +
         prev + "]\n";
  }
  auto r = parse(s);
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.text.en().find("nodes") != std::string::npos);
}

TEST_CASE("yaml: aliases within the limits are expanded", "[yaml]") {
  auto r = parse("a: &x {v: 1}\nb: *x\n");
  REQUIRE(r.ok);
  CHECK(r.root->get("b")->get("v")->scalar == "1");
  auto undefined = parse("b: *nope\n");
  REQUIRE_FALSE(undefined.ok);
}

TEST_CASE("yaml: the file size limit", "[yaml][limits]") {
  Limits l;
  l.max_bytes = 10;
  auto r = parse("a: 123456789\n", l);
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.text.en().find("over the limit") != std::string::npos);
}

TEST_CASE("yaml: a key must be a scalar", "[yaml]") {
  auto r = parse("? [a, b]\n: 1\n");
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.text.en().find("key") != std::string::npos);
}

TEST_CASE("yaml: aliases cannot nest deeper than the depth limit", "[yaml][limits]") {
  // 60 levels anchored, aliased 60 levels down: 120 once expanded.
  std::string s = "a: &d " + std::string(60, '[') + "x" + std::string(60, ']') + "\n" +
                  "b: " + std::string(60, '[') + "*d" + std::string(60, ']') + "\n";
  auto r = parse(s);
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.text.en().find("once alias *d is expanded") != std::string::npos);
  CHECK(r.error.mark.line == 2);
  Limits deep;
  deep.max_depth = 130;
  CHECK(parse(s, deep).ok);
}

TEST_CASE("yaml: an anchored key can be repeated by an alias", "[yaml]") {
  auto r = parse("&k name: 1\nother: *k\n");
  REQUIRE(r.ok);
  CHECK(r.root->get("other")->scalar == "name");
}

TEST_CASE("yaml: syntax errors say what was expected, and where it started", "[yaml]") {
  auto tab = parse("a:\n\tb: 1\n");
  REQUIRE_FALSE(tab.ok);
  CHECK(tab.error.text.en().find("indent with spaces") != std::string::npos);
  auto quote = parse("a: 1\nb: \"unterminated\n");
  REQUIRE_FALSE(quote.ok);
  CHECK(quote.error.mark.line == 2);  // where the quote opened, not the end of the file
  CHECK(quote.error.mark.column == 4);
  CHECK(quote.error.text.en().find("opened at line 2, column 4 is never closed") !=
        std::string::npos);
  CHECK(quote.error.text.zh().find("第 2 行第 4 列开始的引号没有闭合") != std::string::npos);
  auto wide = parse("guidecheck：1\ndirection: x\n");
  REQUIRE_FALSE(wide.ok);
  CHECK(wide.error.text.en().find("full-width colon") != std::string::npos);
  auto quoted_wide =
      parse("title: \"注：说明\"\nb: [1\n");  // a full-width colon in a value: no hint
  REQUIRE_FALSE(quoted_wide.ok);
  CHECK(quoted_wide.error.text.en().find("full-width") == std::string::npos);
}

// libyaml's terse complaints, as an applicant writes the mistake, each said
// as what to write instead, in both languages, at the line of the mistake.
TEST_CASE("yaml: the usual slips are explained in plain words, in Chinese and English", "[yaml]") {
  struct Slip {
    const char* text;
    int line;
    const char* en;
    const char* zh;
  };
  const Slip slips[] = {
      {"guidecheck: 1\ndirection:3.1\ntitle: x\n", 2, "write a colon and a space",
       "冒号加一个空格"},
      {"guidecheck: 1\nnote: ratio: 1:2\n", 2, "in quotes", "放在引号里"},
      {"indicators:\n  efficiency: > 59.99 %\n", 2, "starts with '>' or '|'", "多行文字"},
      {"indicators:\n  efficiency: >=100kg\n", 2, "starts with '>' or '|'", "多行文字"},
      {"title: @home\n", 1, "cannot start with '@'", "不能以"},
      {"count: *5\n", 1, "put it in quotes", "放在引号里"},
      {"count: * 5\n", 1, "alias or anchor", "别名或锚点"},
      {"a:\n  b: 1\n c: 2\n", 3, "indentation", "缩进"},
      {"a: \"x\\d\"\n", 1, "escape", "转义"},
      {"a: [1, 2\nb: 3\n", 2, "bracket opened at line 1, column 4", "方括号或花括号"},
      {"a:\n\t- 1\n", 2, "tab character", "制表符"},
  };
  for (const Slip& s : slips) {
    INFO(s.text);
    auto r = parse(s.text);
    REQUIRE_FALSE(r.ok);
    CHECK(r.error.mark.line == s.line);
    CHECK(r.error.text.en().find(s.en) != std::string::npos);
    CHECK(r.error.text.zh().find(s.zh) != std::string::npos);
    CHECK(r.error.text.zh().find("libyaml") == std::string::npos);
    CHECK(r.error.text.zh().find("YAML syntax error") == std::string::npos);
  }
}

TEST_CASE("yaml: text that is not UTF-8 is placed at the start of the broken character", "[yaml]") {
  auto r = parse("a: 高\xe5\xaf\n");  // a 3-byte character cut after 2 bytes
  REQUIRE_FALSE(r.ok);
  CHECK(r.error.mark.line == 1);
  CHECK(r.error.mark.column == 5);
  CHECK(r.error.text.en().find("expected YAML text in UTF-8") != std::string::npos);
  std::string utf16_no_bom;
  for (char c : std::string("a: 1\n")) utf16_no_bom += std::string{c, '\0'};
  auto u = parse(utf16_no_bom);
  REQUIRE_FALSE(u.ok);
  CHECK(u.error.text.en().find("UTF-16 or UTF-32 without a byte order mark") != std::string::npos);
}
