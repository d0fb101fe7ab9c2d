// The UTF-8 layer: decoding (ill-formed parts become U+FFFD, one per maximal
// ill-formed subsequence), encoding, cutting at a character boundary,
// counting, and validity.
#include "text/utf8.h"

#include <string>
#include <vector>

#include "catch_compat.h"

using namespace guidecheck::text;

namespace {
// The code points next() gives for `s`, and the byte offsets it stops at.
std::vector<char32_t> points(std::string_view s, std::vector<std::size_t>* stops = nullptr) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) {
    out.push_back(utf8::next(s, i));
    if (stops) stops->push_back(i);
  }
  return out;
}
using P = std::vector<char32_t>;
}  // namespace

TEST_CASE("utf8::next: ASCII and two-, three- and four-byte characters", "[text][utf8]") {
  CHECK(points("").empty());
  CHECK(points("a\tZ") == P{U'a', U'\t', U'Z'});
  CHECK(points(std::string("a\0b", 3)) == P{U'a', 0, U'b'});
  std::vector<std::size_t> stops;
  CHECK(points("é中\xF0\x9F\x98\x80x", &stops) == P{0xE9, 0x4E2D, 0x1F600, U'x'});
  CHECK(stops == std::vector<std::size_t>{2, 5, 9, 10});
  CHECK(points("\xEF\xBF\xBD") == P{0xFFFD});  // a real U+FFFD stays one
  CHECK(points("\xF4\x8F\xBF\xBF") == P{0x10FFFF});
}

TEST_CASE("utf8::next: ill-formed sequences become U+FFFD, never read past the end",
          "[text][utf8]") {
  std::vector<std::size_t> stops;
  // Truncated at the end: one U+FFFD for the whole truncated part.
  CHECK(points("\xC3", &stops) == P{0xFFFD});
  CHECK(stops == std::vector<std::size_t>{1});
  stops.clear();
  CHECK(points("\xE4\xB8", &stops) == P{0xFFFD});
  CHECK(stops == std::vector<std::size_t>{2});
  CHECK(points("\xF0\x9F\x98") == P{0xFFFD});
  // Truncated inside the text: the next character survives.
  CHECK(points("\xE4\xB8x") == P{0xFFFD, U'x'});
  CHECK(points("\xE4\xB8\xE4\xB8\xAD") == P{0xFFFD, 0x4E2D});
  // Lone continuation bytes and bytes that never start a sequence: one each.
  CHECK(points("\x80\xBF") == P{0xFFFD, 0xFFFD});
  CHECK(points("\xFF\xFE") == P{0xFFFD, 0xFFFD});
  // Overlong forms, surrogates, and past U+10FFFF: each byte its own part.
  CHECK(points("\xC0\xAF") == P{0xFFFD, 0xFFFD});
  CHECK(points("\xE0\x80\xAF") == P{0xFFFD, 0xFFFD, 0xFFFD});
  CHECK(points("\xED\xA0\x80") == P{0xFFFD, 0xFFFD, 0xFFFD});
  CHECK(points("\xF4\x90\x80\x80") == P{0xFFFD, 0xFFFD, 0xFFFD, 0xFFFD});
  // A view that ends inside a character: nothing beyond it is read.
  std::string whole = "a中";
  CHECK(points(std::string_view(whole).substr(0, 3)) == P{U'a', 0xFFFD});
}

TEST_CASE("utf8::append and encode: UTF-8 out, invalid code points as U+FFFD", "[text][utf8]") {
  std::string s;
  for (char32_t c : {U'a', char32_t{0xE9}, char32_t{0x4E2D}, char32_t{0x1F600}}) utf8::append(s, c);
  CHECK(s == "aé中\xF0\x9F\x98\x80");
  CHECK(utf8::encode(U"≤ 250 元/吨") == "≤ 250 元/吨");
  std::string bad;
  utf8::append(bad, 0xD800);    // a surrogate
  utf8::append(bad, 0x110000);  // past U+10FFFF
  CHECK(bad == "\xEF\xBF\xBD\xEF\xBF\xBD");
  CHECK(utf8::encode(utf8::decode("电-电效率 ≥ 60 %\xF0\x9F\x98\x80")) ==
        "电-电效率 ≥ 60 %\xF0\x9F\x98\x80");
  CHECK(utf8::decode("a\xC3") == U"a\uFFFD");
}

TEST_CASE("utf8::cut_point: never inside a character", "[text][utf8]") {
  std::string s =
      "ab中\xF0\x9F\x98\x80"
      "c";  // a b 中(2..4) 😀(5..8) c(9)
  CHECK(utf8::cut_point(s, 0) == 0);
  CHECK(utf8::cut_point(s, 2) == 2);
  CHECK(utf8::cut_point(s, 3) == 2);  // inside 中
  CHECK(utf8::cut_point(s, 4) == 2);
  CHECK(utf8::cut_point(s, 5) == 5);
  CHECK(utf8::cut_point(s, 6) == 5);  // inside the four-byte character
  CHECK(utf8::cut_point(s, 8) == 5);
  CHECK(utf8::cut_point(s, 9) == 9);
  CHECK(utf8::cut_point(s, 10) == 10);
  CHECK(utf8::cut_point(s, 1000) == 10);
  CHECK(utf8::head(s, 4) == "ab");
  CHECK(utf8::head("中文", 3) == "中");
  // Ill-formed text: a stray continuation byte is a character of its own.
  CHECK(utf8::cut_point("a\x80\x80\x80\x80\x80", 4) == 4);
  CHECK(utf8::cut_point("\x80\x80", 1) == 1);
  // A truncated sequence is cut before its lead byte.
  CHECK(utf8::cut_point("a\xE4\xB8", 2) == 1);
}

TEST_CASE("utf8::count, is_continuation and sequence_length", "[text][utf8]") {
  CHECK(utf8::count("") == 0);
  CHECK(utf8::count("abc") == 3);
  CHECK(utf8::count("电-电效率") == 5);
  CHECK(utf8::count("\xF0\x9F\x98\x80") == 1);
  CHECK(utf8::count("a\xE4\xB8") == 2);  // a and one U+FFFD
  CHECK(utf8::is_continuation('\x80'));
  CHECK(utf8::is_continuation('\xBF'));
  CHECK_FALSE(utf8::is_continuation('a'));
  CHECK_FALSE(utf8::is_continuation('\xC3'));
  CHECK(utf8::sequence_length('a') == 1);
  CHECK(utf8::sequence_length(0xC3) == 2);
  CHECK(utf8::sequence_length(0xE4) == 3);
  CHECK(utf8::sequence_length(0xF0) == 4);
  CHECK(utf8::sequence_length(0xF4) == 4);
  CHECK(utf8::sequence_length(0xC0) == 1);  // never starts a well-formed sequence
  CHECK(utf8::sequence_length(0xF5) == 1);
  CHECK(utf8::sequence_length(0x80) == 1);
}

TEST_CASE("utf8::valid: well-formed text passes", "[text][utf8]") {
  CHECK(utf8::valid(""));
  CHECK(utf8::valid("ascii 62 %"));
  CHECK(utf8::valid("电-电效率不低于 60%"));
  CHECK(utf8::valid("≤ 250 元/吨"));
  CHECK(utf8::valid("\xF0\x9F\x98\x80"));  // U+1F600, four bytes
  CHECK(utf8::valid(std::string("a\0b", 3)));
  CHECK(utf8::valid("\xEF\xBF\xBD"));  // U+FFFD itself is well-formed
}

TEST_CASE("utf8::first_ill_formed: where the first broken sequence starts", "[text][utf8]") {
  CHECK(utf8::first_ill_formed("") == 0);
  CHECK(utf8::first_ill_formed("电-电 62 %") == std::string_view("电-电 62 %").size());
  CHECK(utf8::first_ill_formed("ab\xC3") == 2);       // truncated at the end
  CHECK(utf8::first_ill_formed("中\xE7\x94x") == 3);  // cut short after a character
  CHECK(utf8::first_ill_formed("\x80"
                               "abc") == 0);               // a lone continuation byte
  CHECK(utf8::first_ill_formed("ok \xED\xA0\x80") == 3);   // a surrogate
  CHECK(utf8::first_ill_formed("\xEF\xBF\xBD\xFF") == 3);  // after a real U+FFFD
}

TEST_CASE("utf8::valid: every kind of broken sequence fails", "[text][utf8]") {
  CHECK_FALSE(utf8::valid("\xC3"));              // truncated at the end
  CHECK_FALSE(utf8::valid("\xE7\x94"));          // truncated three-byte character
  CHECK_FALSE(utf8::valid("\xE7\x94x"));         // cut short inside the text
  CHECK_FALSE(utf8::valid("\x80"));              // a lone continuation byte
  CHECK_FALSE(utf8::valid("\xC0\xAF"));          // overlong '/'
  CHECK_FALSE(utf8::valid("\xE0\x80\xAF"));      // overlong, three bytes
  CHECK_FALSE(utf8::valid("\xED\xA0\x80"));      // a UTF-16 surrogate
  CHECK_FALSE(utf8::valid("\xF4\x90\x80\x80"));  // past U+10FFFF
  CHECK_FALSE(utf8::valid("\xFF"));
  CHECK_FALSE(utf8::valid("\xD6\xD0\xCE\xC4"));  // "中文" in GB18030
  CHECK_FALSE(utf8::valid("ok \xE4\xB8"));       // broken at the very end
}
