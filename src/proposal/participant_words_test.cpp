// Roles and kinds as applicants write them (issue #12).
#include "proposal/participant_words.h"

#include <string>

#include "catch_compat.h"
#include "proposal/proposal.h"

using namespace guidecheck::proposal;

TEST_CASE("participant words: the format's words, in any case and spacing", "[participants]") {
  CHECK(canonical_role("lead") == "lead");
  CHECK(canonical_role("Member") == "member");
  CHECK(canonical_kind("testing_body") == "testing_body");
  CHECK(canonical_kind("Testing Body") == "testing_body");
  CHECK(canonical_kind("international-org") == "international_org");
  CHECK(canonical_kind("ＵＮＩＶＥＲＳＩＴＹ") == "university");
}

TEST_CASE("participant words: Chinese and English aliases", "[participants]") {
  CHECK(canonical_role("牵头单位") == "lead");
  CHECK(canonical_role("牵头") == "lead");
  CHECK(canonical_role("参与单位") == "member");
  CHECK(canonical_role("partner") == "member");
  CHECK(canonical_kind("高校") == "university");
  CHECK(canonical_kind("大学") == "university");
  CHECK(canonical_kind("科研院所") == "institute");
  CHECK(canonical_kind("研究所") == "institute");
  CHECK(canonical_kind("企业") == "enterprise");
  CHECK(canonical_kind("公司") == "enterprise");
  CHECK(canonical_kind("医院") == "hospital");
  CHECK(canonical_kind("检测机构") == "testing_body");
  CHECK(canonical_kind("船级社") == "classification_society");
  CHECK(canonical_kind("国际组织") == "international_org");
}

TEST_CASE("participant words: unknown words are not guessed, only suggested", "[participants]") {
  // 承担单位 (the undertaking unit) and 合作单位 could be read either way.
  CHECK(canonical_role("承担单位").empty());
  CHECK(canonical_role("合作单位").empty());
  CHECK(canonical_role("负责").empty());
  CHECK(canonical_kind("企").empty());
  CHECK(canonical_kind("").empty());
  CHECK(closest_word("memeber", role_words()) == "member");
  CHECK(closest_word("univercity", kind_words()) == "university");
  CHECK(closest_word("负责", role_words()).empty());
  CHECK(closest_word("shipping", kind_words()).empty());
}

TEST_CASE("participants: aliases are read into the format's words", "[participants]") {
  auto parsed =
      guidecheck::proposal::parse("p.yaml",
                                  "guidecheck: 1\n"
                                  "direction: \"3.1\"\n"
                                  "participants:\n"
                                  "  - {name: 甲, country: 中国, role: 牵头单位, kind: 高校}\n"
                                  "  - {name: 乙, country: Germany, role: 参与单位, kind: 企业}\n"
                                  "  - {name: 丙, country: 香港, role: Member}\n",
                                  {});
  REQUIRE(parsed.ok);
  const auto& ps = parsed.proposal.participants;
  REQUIRE(ps.size() == 3);
  CHECK(ps[0].country == "CN");
  CHECK(ps[0].role == "lead");
  CHECK(ps[0].kind == "university");
  CHECK(ps[1].country == "DE");
  CHECK(ps[1].role == "member");
  CHECK(ps[1].kind == "enterprise");
  CHECK(ps[2].country == "HK");
  CHECK(ps[2].kind == "other");
}

TEST_CASE("participants: every problem of every participant in one run", "[participants]") {
  auto parsed =
      guidecheck::proposal::parse("p.yaml",
                                  "guidecheck: 1\n"
                                  "direction: \"3.1\"\n"
                                  "participants:\n"
                                  "  - {name: 甲, country: Korea, role: 负责}\n"
                                  "  - {name: 乙, country: DE, role: memeber, kind: univercity}\n"
                                  "  - 某某研究所\n",
                                  {});
  REQUIRE_FALSE(parsed.ok);
  const std::string m = parsed.error.message(guidecheck::msg::Lang::En);
  INFO(m);
  CHECK(parsed.error.mark.line == 4);  // the first problem is where the error points
  CHECK(m.rfind("country 'Korea'", 0) == 0);
  CHECK(m.find("KR (") != std::string::npos);  // did you mean
  CHECK(m.find("and 4 more in participants") != std::string::npos);
  CHECK(m.find("line 4: role '负责'") != std::string::npos);
  CHECK(m.find("line 5: role 'memeber'") != std::string::npos);
  CHECK(m.find("did you mean member?") != std::string::npos);
  CHECK(m.find("line 5: kind 'univercity'") != std::string::npos);
  CHECK(m.find("did you mean university?") != std::string::npos);
  CHECK(m.find("line 6: a participant must be a mapping") != std::string::npos);
}
