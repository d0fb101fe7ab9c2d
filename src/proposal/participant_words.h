// The words applicants write for a participant's role and kind ("牵头单位",
// "参与单位", "高校", "科研院所", "企业" …) and the proposal format's own words
// (lead/member; university/institute/…) they stand for.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace guidecheck::proposal {

// The format's words.
const std::vector<std::string>& role_words();  // lead, member
const std::vector<std::string>& kind_words();  // university, institute, …

// The format's word `text` stands for ("牵头单位" -> lead, "Member" -> member),
// or "" when it stands for none.
std::string canonical_role(std::string_view text);
std::string canonical_kind(std::string_view text);

// The format's word closest to `text` in spelling ("memeber" -> member), or "".
std::string closest_word(std::string_view text, const std::vector<std::string>& words);

}  // namespace guidecheck::proposal
