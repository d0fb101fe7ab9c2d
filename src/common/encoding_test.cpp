#include "common/encoding.h"

#include "catch_compat.h"

using namespace guidecheck;

namespace {
// 高密度热泵储电 in GB18030, and ℃ (A1E6).
const std::string kGbWords = "\xB8\xDF\xC3\xDC\xB6\xC8\xC8\xC8\xB1\xC3\xB4\xA2\xB5\xE7";
const std::string kGbCelsius = "\xA1\xE6";
const std::string kUtf8Words = "高密度热泵储电";
// 高密度熱泵儲電 的溫度 in Big5: decodes as GBK too, into nonsense.
const std::string kBig5 =
    "title: \xB0\xAA\xB1\x4B\xAB\xD7\xBC\xF6\xAC\xA6\xC0\x78\xB9\x71\n"
    "note: \xAA\xBA\xB7\xC5\xAB\xD7\n";
}  // namespace

TEST_CASE("encoding: UTF-8 passes through untouched", "[encoding]") {
  DecodedText d = decode_to_utf8("title: " + kUtf8Words + "\n");
  CHECK(d.kind == DecodedText::Kind::Utf8);
  CHECK(d.text.empty());  // the input is used as it is
  CHECK(decode_to_utf8("").kind == DecodedText::Kind::Utf8);
  CHECK(decode_to_utf8("plain: ascii\n").kind == DecodedText::Kind::Utf8);
}

TEST_CASE("encoding: a UTF-8 byte order mark is dropped", "[encoding]") {
  DecodedText d = decode_to_utf8("\xEF\xBB\xBFtitle: " + kUtf8Words + "\n");
  CHECK(d.kind == DecodedText::Kind::Utf8);
  CHECK(d.text == "title: " + kUtf8Words + "\n");
}

TEST_CASE("encoding: GB18030 is converted, character for character", "[encoding]") {
  std::string gb = "title: " + kGbWords + "\ntemp: 600 " + kGbCelsius + "\n";
  DecodedText d = decode_to_utf8(gb);
  REQUIRE(d.kind == DecodedText::Kind::Converted);
  CHECK(d.encoding == "GB18030");
  CHECK(d.text == "title: " + kUtf8Words + "\ntemp: 600 ℃\n");
  CHECK(converted_note(d, msg::Lang::En).find("GB18030") != std::string::npos);
  CHECK(converted_note(d, msg::Lang::Zh).find("GB18030") != std::string::npos);
}

TEST_CASE("encoding: UTF-16 with a byte order mark is converted", "[encoding]") {
  // "a: 高\n" in UTF-16LE and UTF-16BE (高 is U+9AD8).
  std::string le(
      "\xFF\xFE"
      "a\0:\0 \0\xD8\x9A\n\0",
      12);
  std::string be(
      "\xFE\xFF"
      "\0a\0:\0 \x9A\xD8\0\n",
      12);
  for (const auto& s : {le, be}) {
    DecodedText d = decode_to_utf8(s);
    REQUIRE(d.kind == DecodedText::Kind::Converted);
    CHECK(d.text == "a: 高\n");
  }
  CHECK(decode_to_utf8(le).encoding == "UTF-16LE");
  CHECK(decode_to_utf8(be).encoding == "UTF-16BE");
  // An unpaired surrogate is not UTF-16.
  CHECK(decode_to_utf8(std::string("\xFF\xFE\x00\xD8\x41\x00", 6)).kind ==
        DecodedText::Kind::Refused);
}

TEST_CASE("encoding: Big5, binary and Latin-1 are refused with save it as UTF-8", "[encoding]") {
  DecodedText big5 = decode_to_utf8(kBig5);
  REQUIRE(big5.kind == DecodedText::Kind::Refused);
  CHECK(big5.line == 1);
  CHECK(big5.column == 8);
  CHECK(big5.byte == 0xB0);
  CHECK(refusal_message(big5, msg::Lang::En).find("save it as UTF-8") != std::string::npos);
  CHECK(refusal_message(big5, msg::Lang::Zh).find("请将文件另存为 UTF-8") != std::string::npos);

  std::string binary;
  for (int i = 0; i < 512; ++i) binary += static_cast<char>((i * 7919 + 13) % 256);
  CHECK(decode_to_utf8(binary).kind == DecodedText::Kind::Refused);
  // Latin-1 "café": GB18030 would take it, but it holds no Chinese.
  DecodedText latin = decode_to_utf8("a: 1\nb: caf\xE9\n");
  REQUIRE(latin.kind == DecodedText::Kind::Refused);
  CHECK(latin.line == 2);
  CHECK(latin.column == 7);
  // A UTF-8 byte order mark followed by GB18030 bytes: the mark said UTF-8.
  CHECK(decode_to_utf8("\xEF\xBB\xBFtitle: " + kGbWords + "\n").kind == DecodedText::Kind::Refused);
  // Truncated GB18030 (a lone lead byte at the end) is not taken.
  CHECK(decode_to_utf8("title: " + kGbWords + "\xB8").kind == DecodedText::Kind::Refused);
}
