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

#include <optional>
#include <string>
#include <string_view>

namespace guidecheck::import {

// True when `subject` (match_form(), the guide's words before its number) is
// a verb alone, after leading adverbs (合作, 可, 共, 累计, 力争 …): “完成”,
// “合作实现”, “开发出”, “具备协调”, “在国内”. Such words name no quantity.
bool verb_only(std::u32string_view subject);

// `s` (match_form()) without its leading adverbs and one verb: “完成实验验证”
// is “实验验证”, “合作开发决策工具” “决策工具”. A name that has nothing else is
// returned whole.
std::u32string_view without_leading_verbs(std::u32string_view s);

// What a counting word counts. Words that are no counting word (units of
// measure, English words other than the people ones) are Other and are not
// compared this way.
enum class Counted { Other, Things, People, PersonTimes, Occurrences, Multiples };
Counted counted(std::string_view unit);

// False when `stated` and `rule` are both counting words of different kinds.
bool same_kind_of_count(std::string_view stated, std::string_view rule);

// True when a table's name cell holds two or more Chinese characters found in
// none of the indicator's names nor in the guide's text about it (`words`),
// and the name `key` holds two or more the cell lacks (brackets and particles
// aside): they name two quantities that share a head (“碳排放强度降低幅度” and
// “叶片重量降低幅度”, “二氧化碳捕集成本” and “载体成本”, “关键技术和产品数量” and
// “关键技术突破数”). A cell that only adds words (“本项目热泵储电系统设计电-电效率”),
// only leaves some out (“电-电效率”) or says them shorter (“诊疗” for “诊断、检查和
// 治疗”) names the indicator. All in match_form().
bool names_another(std::u32string_view cell, std::u32string_view key, std::u32string_view words);

// A value cell or a period written with one English number word (“two”, “no
// fewer than ten”, “three years”), the word written as digits (“2”, “no fewer
// than 10”, “3 years”); nothing when the text holds digits already, no number
// word, or more than one. The words one … twenty, whole words in any case;
// “one” only where a comparator or nothing comes before it, as “one of the”
// counts nothing.
std::optional<std::string> english_number_as_digits(std::string_view text);

}  // namespace guidecheck::import
