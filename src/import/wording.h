// Two readings of words that keep the importer from naming an indicator by
// words that do not name it (found by importing every held-out document as
// every other direction: a value drafted as sure there is a false match):
//
//  - the guide's words before a number are sometimes only a verb
//    (“完成至少 2 项标准立项”: “完成”), which names nothing: “项目完成后…培养
//    研究生 27 名” would otherwise state standard_projects;
//  - counting words are all dimensionless to UDUNITS (项, 名, 次 convert to
//    each other), but people, occurrences and things are not one quantity:
//    “培养研究生 27 名” states no count of standards (项), “研讨会 2 次” no
//    count of breakthroughs (项).
//
// Both only make the importer less sure (a candidate for the applicant to
// confirm instead of a drafted value); neither changes how `check` judges a
// value written in a proposal.
#pragma once

#include <string_view>

namespace guidecheck::import {

// True when `subject` (match_form(), the guide's words before its number) is
// a verb alone, after leading adverbs (合作, 可, 共, 累计, 力争 …): “完成”,
// “合作实现”, “开发出”, “具备协调”, “在国内”. Such words name no quantity.
bool verb_only(std::u32string_view subject);

// What a counting word counts. Words that are no counting word (units of
// measure, English words other than the people ones) are Other and are not
// compared this way.
enum class Counted { Other, Things, People, PersonTimes, Occurrences, Multiples };
Counted counted(std::string_view unit);

// False when `stated` and `rule` are both counting words of different kinds.
bool same_kind_of_count(std::string_view stated, std::string_view rule);

}  // namespace guidecheck::import
