// The checker's side of text encodings (common/encoding.h): a GB18030 file is
// read with a note, a Big5 one refused at its place.
#include "catch_compat.h"
#include "eval/checker.h"

using namespace guidecheck;

namespace {
// 高密度热泵储电 in GB18030.
const std::string kGbWords = "\xB8\xDF\xC3\xDC\xB6\xC8\xC8\xC8\xB1\xC3\xB4\xA2\xB5\xE7";
const std::string kUtf8Words = "高密度热泵储电";
// 高密度熱泵儲電 的溫度 in Big5: decodes as GBK too, into nonsense.
const std::string kBig5 =
    "title: \xB0\xAA\xB1\x4B\xAB\xD7\xBC\xF6\xAC\xA6\xC0\x78\xB9\x71\n"
    "note: \xAA\xBA\xB7\xC5\xAB\xD7\n";
}  // namespace

TEST_CASE("encoding: the checker reads GB18030 with a note and refuses Big5", "[encoding]") {
  eval::Options o;
  eval::Checker checker(eval::make_source(""), o);
  std::string gb = "guidecheck: 1\ndirection: \"3.1\"\ntitle: " + kGbWords + "\n";
  eval::FileResult r = checker.check_text("gb.yaml", gb);
  REQUIRE(!r.warnings.empty());
  CHECK(r.warnings.front().message.find("GB18030") != std::string::npos);
  CHECK_FALSE(r.warnings.front().error);
  eval::FileResult u = checker.check_text(
      "u.yaml", "guidecheck: 1\ndirection: \"3.1\"\ntitle: " + kUtf8Words + "\n");
  CHECK(r.status == u.status);
  CHECK(r.findings.size() == u.findings.size());

  eval::FileResult b = checker.check_text("b.yaml", "guidecheck: 1\n" + kBig5);
  CHECK(b.status == eval::FileStatus::Error);
  REQUIRE(b.error);
  CHECK(b.error->mark.line == 2);
  CHECK(b.error->message.find("save it as UTF-8") != std::string::npos);
  CHECK(b.error->message.find("invalid UTF-8 octet") == std::string::npos);
}
