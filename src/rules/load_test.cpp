// rules lint: every malformed rule is rejected with file:line:column.
#include "rules/load.h"

#include <map>

#include "catch_compat.h"
#include "yaml/parse.h"

using namespace guidecheck;

static Diagnostics lint(const std::string& text) {
  auto y = yaml::parse(text);
  REQUIRE(y.ok);
  Diagnostics d;
  auto r = rules::parse_rule(*y.root, "9.9", "r.yaml", d);
  CHECK_FALSE(r);
  return d;
}

static bool says(const Diagnostics& d, const std::string& what, int line = 0) {
  for (const auto& x : d)
    if (x.message(msg::Lang::En).find(what) != std::string::npos &&
        (line == 0 || x.mark.line == line))
      return true;
  return false;
}

const char* kOk =
    "id: x\ntitle: {zh: a, en: b}\nkind: quantity\nop: \">=\"\nvalue: 1\nunit: \"%\"\nsource: "
    "{section: s, text: t}\n";

TEST_CASE("lint: a good rule loads", "[lint]") {
  auto y = yaml::parse(kOk);
  Diagnostics d;
  auto r = rules::parse_rule(*y.root, "9.9", "r.yaml", d);
  REQUIRE(r);
  CHECK(d.empty());
  CHECK(r->full_id == "9.9/x");
}

TEST_CASE("lint: unknown keys, with their place", "[lint]") {
  auto d = lint(std::string(kOk) + "valeu: 3\n");
  CHECK(says(d, "unknown key 'valeu'", 8));
  CHECK(d.front().where() == "r.yaml:8:1");
}

TEST_CASE("lint: bad ops, and ops that contradict the wording", "[lint]") {
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: quantity\nop: \"=>\"\nvalue: 1\nunit: "
                  "\"%\"\nsource: {section: s, text: t}\n"),
             "unknown op", 4));
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: quantity\nop: \">=\"\nwording: 低于\nvalue: "
                  "1\nunit: \"%\"\nsource: {section: s, text: t}\n"),
             "contradicts the wording"));
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: quantity\nop: \">\"\nwording: 以上\nvalue: "
                  "1\nunit: \"%\"\nsource: {section: s, text: t}\n"),
             "contradicts"));
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: quantity\nop: \"<\"\nwording: 优于\nvalue: "
                  "1\nunit: \"%\"\nsource: {section: s, text: t}\n"),
             "better"));
}

TEST_CASE("lint: unparseable units and missing source text", "[lint]") {
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: quantity\nop: \">=\"\nvalue: 1\nunit: "
                  "斤斤\nsource: {section: s, text: t}\n"),
             "unknown unit", 6));
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: quantity\nop: \">=\"\nvalue: 1\nunit: "
                  "\"%\"\nsource: {section: s, text: \"\"}\n"),
             "quote the guide"));
  CHECK(says(
      lint("id: x\ntitle: {zh: a, en: b}\nkind: quantity\nop: \">=\"\nvalue: 1\nunit: \"%\"\n"),
      "missing key 'source'"));
}

TEST_CASE("lint: kinds and values that do not fit", "[lint]") {
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: range_cover\nop: covers\nvalue: 3\nunit: "
                  "\"%\"\nsource: {section: s, text: t}\n"),
             "[lo, hi]"));
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: count\nop: \">=\"\nvalue: 2.5\nsource: "
                  "{section: s, text: t}\n"),
             "whole number"));
  CHECK(says(lint("id: X-1\ntitle: {zh: a, en: b}\nkind: count\nop: \">=\"\nvalue: 2\nsource: "
                  "{section: s, text: t}\n"),
             "must match"));
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b, fr: c}\nkind: count\nop: \">=\"\nvalue: 2\nsource: "
                  "{section: s, text: t}\n"),
             "unknown key 'fr'"));
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: formula\nop: \"<=\"\nunit: 元\nformula: \"a "
                  "+ os\"\ninputs: [{id: a, unit: 元, title: {zh: a, en: a}}]\nsource: {section: "
                  "s, text: t}\n"),
             "not an input"));
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: count\nmeasure: participants.shoe_size\nop: "
                  "\">=\"\nvalue: 2\nsource: {section: s, text: t}\n"),
             "unknown measure"));
}

TEST_CASE("lint: the comma trap in flow mappings is explained", "[lint]") {
  auto d = lint(
      "id: x\ntitle: {zh: a, en: one, two}\nkind: count\nop: \">=\"\nvalue: 2\nsource: {section: "
      "s, text: t}\n");
  CHECK(says(d, "quote the text", 2));
}

TEST_CASE("lint: comparator words map as the contract says", "[lint]") {
  using rules::Op;
  CHECK(*rules::op_for_wording("不低于") == Op::Ge);
  CHECK(*rules::op_for_wording("以上") == Op::Ge);
  CHECK(*rules::op_for_wording("以内") == Op::Le);
  CHECK(*rules::op_for_wording("不超过") == Op::Le);
  CHECK(*rules::op_for_wording("低于") == Op::Lt);
  CHECK(*rules::op_for_wording("超过") == Op::Gt);
  CHECK(*rules::op_for_wording("高于") == Op::Gt);
  CHECK_FALSE(rules::op_for_wording("优于"));
}

TEST_CASE("lint: direction numbers sort numerically", "[lint]") {
  CHECK(rules::direction_less("1.9", "1.10"));
  CHECK(rules::direction_less("9.5", "10.1"));
  CHECK_FALSE(rules::direction_less("10.1", "9.5"));
}

TEST_CASE("lint: numbers that would make other commands misbehave are refused", "[lint]") {
  const char* big_count =
      "id: x\ntitle: {zh: a, en: b}\nkind: count\nop: \">=\"\nvalue: 1e12\nsource: {section: s, "
      "text: t}\n";
  CHECK(says(lint(big_count), "whole number from 0 to 1000000000", 5));
  const char* many_partners =
      "id: x\ntitle: {zh: a, en: b}\nkind: count\nmeasure: participants.kind.university\nop: "
      "\">=\"\n"
      "value: 5000\nsource: {section: s, text: t}\n";
  CHECK(says(lint(many_partners), "at most 1000", 6));
  const char* partners_as_quantity =
      "id: x\ntitle: {zh: a, en: b}\nkind: quantity\nmeasure: participants.foreign_units\nop: "
      "\">=\"\n"
      "value: 2\nunit: \"%\"\nsource: {section: s, text: t}\n";
  CHECK(says(lint(partners_as_quantity), "kind must be count", 4));
}

TEST_CASE("direction numbers: any digits order without overflow", "[lint]") {
  CHECK(rules::direction_less("1.9", "1.10"));
  CHECK_FALSE(rules::direction_less("1.10", "1.9"));
  // Capped, so an absurd file name compares without signed overflow.
  CHECK(rules::direction_less("99999999999999999999.1", "99999999999999999999.2"));
  CHECK(rules::direction_less("1.1", "99999999999999999999.1"));
}

TEST_CASE("lint: better direction against op and wording", "[lint][better]") {
  const std::string head = "id: x\ntitle: {zh: a, en: b}\nkind: quantity\n";
  const std::string tail = "value: 1\nunit: \"%\"\nsource: {section: s, text: t}\n";
  // The op judges the other way than better says.
  CHECK(says(lint(head + "op: \">=\"\nbetter: lower\n" + tail), "judges higher"));
  // The literal wording runs against better, and no note gives the reading.
  CHECK(says(lint(head + "op: \"<=\"\nwording: 不低于\nbetter: lower\n" + tail), "note"));
  // ...or the op is neither the wording's nor its mirror along better.
  CHECK(says(
      lint(head + "op: \"<\"\nwording: 不低于\nbetter: lower\n" + tail + "note: {zh: a, en: b}\n"),
      "contradicts the wording"));
  CHECK(says(lint(head + "op: \">=\"\nbetter: sideways\n" + tail), "lower or higher"));
  // With the note, the mirrored reading loads.
  auto y = yaml::parse(head + "op: \"<=\"\nwording: 不低于\nbetter: lower\n" + tail +
                       "note: {zh: a, en: b}\n");
  Diagnostics d;
  auto r = rules::parse_rule(*y.root, "9.9", "r.yaml", d);
  REQUIRE(r);
  CHECK(r->better == "lower");
  // A one-sided op gives its better direction when none is written.
  auto y2 = yaml::parse(kOk);
  auto r2 = rules::parse_rule(*y2.root, "9.9", "r.yaml", d);
  REQUIRE(r2);
  CHECK(r2->better == "higher");
  // A range of counts needs better: higher, and a range with a better side a note.
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: count\nop: between\nvalue: [2, 3]\nsource: "
                  "{section: s, text: t}\n"),
             "at least the lower number"));
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: count\nop: between\nbetter: higher\nvalue: "
                  "[2, 3]\nsource: {section: s, text: t}\n"),
             "note"));
}

TEST_CASE("lint: any_of needs two alternatives that read indicators", "[lint][any_of]") {
  const std::string head =
      "id: x\ntitle: {zh: a, en: b}\nkind: any_of\nop: any_of\nsource: {section: s, text: t}\n";
  const std::string alt =
      "{id: a, title: {zh: a, en: b}, kind: qualitative, op: committed, source: {section: s, "
      "text: t}}";
  CHECK(says(lint(head), "needs any_of"));
  CHECK(says(lint(head + "any_of: [" + alt + "]\n"), "two or more"));
  CHECK(says(lint(head + "any_of: [" + alt +
                  ", {id: b, title: {zh: a, en: b}, kind: count, measure: sub_projects, op: "
                  "\">=\", value: 1, source: {section: s, text: t}}]\n"),
             "reads its own indicator"));
  CHECK(says(lint("id: x\ntitle: {zh: a, en: b}\nkind: qualitative\nop: committed\nsource: "
                  "{section: s, text: t}\nany_of: [" +
                  alt + "]\n"),
             "only for kind any_of"));
  auto y =
      yaml::parse(head + "any_of: [" + alt + ", {id: b, title: {zh: a, en: b}, kind: " +
                  "quantity, op: \">=\", value: 30, unit: 千克, source: {section: s, text: t}}]\n");
  Diagnostics d;
  auto r = rules::parse_rule(*y.root, "9.9", "r.yaml", d);
  REQUIRE(r);
  REQUIRE(r->any_of.size() == 2);
  CHECK(r->any_of[1].full_id == "9.9/b");
}

namespace {
// A pack held in memory: "<pack>/<file>" -> text.
struct MapSource : rules::PackSource {
  std::map<std::string, std::string> files;
  std::optional<std::string> read(const std::string& rel, std::string* = nullptr) const override {
    auto it = files.find(rel);
    if (it == files.end()) return std::nullopt;
    return it->second;
  }
  std::vector<std::string> list(const std::string&) const override { return {}; }
  std::vector<std::string> packs() const override { return {"p"}; }
  std::string display(const std::string& rel) const override { return rel; }
};

Diagnostics lint_general(const std::string& rules_yaml) {
  MapSource src;
  src.files["p/general.yaml"] = "rules:\n" + rules_yaml;
  Diagnostics d;
  rules::load_general(src, "p", d);
  return d;
}

std::string rule(const std::string& id, const std::string& zh, const std::string& en,
                 const std::string& aliases) {
  return "  - {id: " + id + ", title: {zh: " + zh + ", en: " + en +
         "}, kind: qualitative, op: committed, source: {section: s, text: t}" +
         (aliases.empty() ? "" : ", aliases: [" + aliases + "]") + "}\n";
}
}  // namespace

TEST_CASE("lint: an alias that names another rule of the file is refused", "[lint][aliases]") {
  SECTION("distinct names load") {
    CHECK(lint_general(rule("a", "储热温度", "Heat storage temperature", "高温储热温度") +
                       rule("b", "储冷温度", "Cold storage temperature", "低温储冷温度"))
              .empty());
  }
  SECTION("an alias repeating another rule's title, as the importer compares names") {
    // Full-width letters, case, spaces and 的 do not make a name different.
    auto d = lint_general(rule("a", "储热温度", "Heat storage temperature", "\"储冷 的 温度\"") +
                          rule("b", "储冷温度", "Cold storage temperature", ""));
    CHECK(says(d, "alias '储冷 的 温度' is also a name of rule 'b'", 2));
    d = lint_general(
        rule("a", "储热温度", "Heat storage temperature", "") +
        rule("b", "储冷温度", "Cold storage temperature", "ＨＥＡＴ storage temperature"));
    CHECK(says(d, "is also a name of rule 'a'", 3));
  }
  SECTION("two rules sharing one alias") {
    auto d = lint_general(rule("a", "储热温度", "Heat storage temperature", "储能温度") +
                          rule("b", "储冷温度", "Cold storage temperature", "储能温度"));
    CHECK(says(d, "alias '储能温度' is also a name of rule 'a'", 3));
  }
  SECTION("an alias repeating the rule's own title is not a clash") {
    CHECK(lint_general(rule("a", "储热温度", "Heat storage temperature", "储热 温度")).empty());
  }
}
