#include "report/json_writer.h"

#include <cmath>
#include <cstring>
#include <nlohmann/json.hpp>
#include <random>

#include "catch_compat.h"
#include "common/safe_text.h"

using guidecheck::report::JsonWriter;
using json = nlohmann::ordered_json;

namespace {

// What the reports wrote before the writer: nlohmann's dump(2), ill-formed
// UTF-8 replaced, then safe::json_output, every line after the first
// indented `indent` spaces.
std::string nlohmann_layout(const json& j, int indent = 0) {
  std::string s =
      guidecheck::safe::json_output(j.dump(2, ' ', false, json::error_handler_t::replace));
  std::string out;
  for (char c : s) {
    out += c;
    if (c == '\n') out.append(static_cast<std::size_t>(indent), ' ');
  }
  return out;
}

std::string number(double v) {
  std::string s;
  guidecheck::report::append_json_number(s, v);
  return s;
}

std::string escaped(std::string_view v) {
  std::string s;
  JsonWriter w(s);
  w.string(v);
  return s;
}

}  // namespace

TEST_CASE("json writer: nesting, empty containers and indentation as dump(2)") {
  for (int indent : {0, 4, 8}) {
    std::string s;
    JsonWriter w(s, indent);
    w.begin_object();
    w.member("a", 1);
    w.key("empty_object");
    w.begin_object();
    w.end_object();
    w.key("empty_array");
    w.begin_array();
    w.end_array();
    w.key("list");
    w.begin_array();
    w.string("x");
    w.begin_object();
    w.member("t", true);
    w.key("n");
    w.null();
    w.end_object();
    w.begin_array();
    w.end_array();
    w.number(2.5);
    w.end_array();
    w.member("f", false);
    w.end_object();
    json j{{"a", 1},
           {"empty_object", json::object()},
           {"empty_array", json::array()},
           {"list", json::array({"x", json{{"t", true}, {"n", nullptr}}, json::array(), 2.5})},
           {"f", false}};
    CHECK(s == nlohmann_layout(j, indent));
  }
}

TEST_CASE("json writer: a top-level scalar and raw values") {
  std::string s;
  JsonWriter w(s);
  w.begin_array();
  w.raw("{}");
  w.integer(-42);
  w.end_array();
  CHECK(s == "[\n  {},\n  -42\n]");
}

TEST_CASE("json writer: strings escaped as dump(replace) + safe::json_output") {
  const char* cases[] = {
      "plain ascii",
      "quote \" backslash \\ slash /",
      "\b\f\n\r\t controls \x01\x1f\x1b[31m",
      "DEL \x7f",
      "中文 ≥ 60 % 😀",
      "C1 \xc2\x85 NEL, LS \xe2\x80\xa8 PS \xe2\x80\xa9",
      "bidi \xe2\x80\xae RLO \xe2\x81\xa6 LRI \xd8\x9c ALM \xe2\x80\x8f RLM",
      "ill-formed \xff\xfe end",
      "truncated \xe4\xb8",
      "overlong \xc0\xaf and surrogate \xed\xa0\x80",
      "lone continuation \x80\x80 then \xe4\xb8\xad",
      "\xe0\x80\x80 \xf4\x90\x80\x80 \xf0\x9f\x98",
      "",
  };
  for (const char* c : cases) {
    INFO(c);
    CHECK(escaped(c) == nlohmann_layout(json(c)));
  }
}

TEST_CASE("json writer: runs of ASCII and CJK copied whole escape as dump(replace) does") {
  // Pieces that sit at every offset of the eight-byte steps and around the
  // three-byte CJK copies: quotes, controls, the first and last CJK copied
  // (U+3000, U+CFFF), the hazards and ill-formed parts next to them.
  const char* pieces[] = {"a",
                          "abcdefgh",
                          "\"",
                          "\\",
                          "\x1f",
                          "\x7f",
                          "\xe3\x80\x80",
                          "\xec\xbf\xbf",
                          "\xe4\xb8\xad",
                          "\xe2\x80\xa8",
                          "\xe2\x89\xa5",
                          "\xc2\x85",
                          "\xc2\xb3",
                          "\xd8\x9c",
                          "\xe4\xb8",
                          "\xff",
                          "\xed\xa0\x80",
                          "\xef\xbf\xbd",
                          "\xf0\x9f\x98\x80",
                          " "};
  std::mt19937 rng(20261203);
  for (int n = 0; n < 2000; ++n) {
    std::string s;
    for (int k = static_cast<int>(rng() % 12); k > 0; --k) s += pieces[rng() % std::size(pieces)];
    INFO(s);
    CHECK(escaped(s) == nlohmann_layout(json(s)));
  }
}

TEST_CASE("json writer: numbers as nlohmann writes them, shortest where it is not") {
  // Where Grisu2 gives the shortest digits, the text is nlohmann's own.
  for (double v : {0.0,
                   -0.0,
                   1.0,
                   -1.0,
                   250.0,
                   0.6,
                   62.5,
                   99.95,
                   1e15,
                   1e16,
                   123456789012345.0,
                   1234567890123456.0,
                   0.001,
                   0.0001,
                   0.00001,
                   1e-5,
                   1.5e-7,
                   1e21,
                   -3.25e-10,
                   1.7976931348623157e308,
                   5e-324,
                   2.2250738585072014e-308,
                   0.1 + 0.2,
                   1.0 / 3}) {
    INFO(v);
    CHECK(number(v) == json(v).dump());
  }
  CHECK(number(std::nan("")) == "null");
  CHECK(number(INFINITY) == "null");
  CHECK(number(-INFINITY) == "null");
  // Everywhere: the same double reads back, in no more characters than
  // nlohmann's (std::to_chars is shortest; Grisu2 is not always, e.g.
  // 3.8947600000000002, which reads back as 3.89476).
  CHECK(number(3.89476) == "3.89476");
  CHECK(json(3.89476).dump() == "3.8947600000000002");
  std::mt19937_64 rng(20221);
  int differ = 0;
  for (int i = 0; i < 200000; ++i) {
    std::uint64_t bits = rng();
    double v;
    std::memcpy(&v, &bits, sizeof v);
    if (!std::isfinite(v)) continue;
    std::string ours = number(v), theirs = json(v).dump();
    if (ours == theirs) continue;
    ++differ;
    INFO(theirs << " vs " << ours);
    REQUIRE(json::parse(ours).get<double>() == v);
    REQUIRE(ours.size() <= theirs.size());
  }
  CHECK(differ < 200000 / 100);  // rare: Grisu2 is shortest almost always
}
