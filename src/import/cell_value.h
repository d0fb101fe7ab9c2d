// What a table cell's value commits to when the cell says more than the value:
// a bracket of words after it (“7个（中国、印尼、泰国）”); an interval written with its period
// (“每3～5年一期”, “every 5 years”); a total after the span it sums (“1985—2023年，共38年”). Each
// returns the value's text alone, or "" when the cell is not so written; none
// guesses: the text returned must read as one quantity by the value parser.
#pragma once

#include <string>
#include <string_view>

namespace guidecheck::import {

// “7个（中国、印尼、泰国）”, “two (DNV and CCS)”, “≥ 90 % (third-party
// test)”: a bracket of words after a quantity (no digit, no unit, no word
// that excludes, estimates, hopes or speaks of another time: “不含”, “约”,
// “力争”, “mid-term”) names what is counted or how it is shown; the quantity
// is the value.
std::string without_word_aside(const std::string& cell);

// “每3～5年一期”, “每5年一次”, “every 5 years”: the interval.
std::string every_interval(const std::string& cell);

// “1985—2023年，共38年”, “2010–2022, 13 years in total”: a cell of
// comma-separated parts, exactly one of which is a total (共/共计/合计/总计/
// 累计, “in total”, “a total of”), gives that total.
std::string stated_total(const std::string& cell);

// “力争55 ℃，确保≤60 ℃”, “aim for 95 %, ensure ≥ 90 %”: a hope beside a firm
// value; the firm value (after 确保/ensure) is the commitment.
std::string firm_beside_hope(const std::string& cell);

// Whether `text` opens with a hope (力争, 争取, aim for, strive for, ideally …),
// spaces and ASCII case aside; whether `before` ends with one.
bool opens_with_hope(std::u32string_view text);
bool ends_with_hope(std::u32string_view before);

// The first of the above that reads the cell, or "".
std::string cell_core(const std::string& cell);

}  // namespace guidecheck::import
