#include "import/cell_value.h"

#include "catch_compat.h"

using namespace guidecheck::import;

TEST_CASE("cell value: a bracket of words after the value") {
  CHECK(without_word_aside("7个（中国、印尼、泰国、斯里兰卡）") == "7个");
  CHECK(without_word_aside("3 countries (Norway, Greece and Spain)") == "3 countries");
  CHECK(without_word_aside("≥ 2 (Norway and Greece)") == "≥ 2");
  CHECK(without_word_aside("two (DNV and CCS)") == "two");
  CHECK(without_word_aside("7个（东盟国家）") == "7个");
  CHECK(without_word_aside("≥ 90 % (third-party test)") == "≥ 90 %");
  // a figure, an exclusion, an estimate, a hope, another time, a unit, no
  // quantity before it: not read so
  CHECK(without_word_aside("7个（其中3个、4个）").empty());
  CHECK(without_word_aside("7个（不含中国、印尼）").empty());
  CHECK(without_word_aside("5 sites (excluding Norway, Greece)").empty());
  CHECK(without_word_aside("62%（约）").empty());
  CHECK(without_word_aside("62% (approx.)").empty());
  CHECK(without_word_aside("3项（力争）").empty());
  CHECK(without_word_aside("3 (mid-term)").empty());
  CHECK(without_word_aside("62 (dB)").empty());
  CHECK(without_word_aside("若干（中国、印尼）").empty());
  CHECK(without_word_aside("（中国、印尼）").empty());
  CHECK(without_word_aside("7个").empty());
}

TEST_CASE("cell value: an interval with its period") {
  CHECK(every_interval("每3～5年一期") == "3~5年");  // folded: ～ is ~
  CHECK(every_interval("每5年一次") == "5年");
  CHECK(every_interval("每 5 年") == "5 年");
  CHECK(every_interval("every 5 years") == "5 years");
  CHECK(every_interval("Every 10 days") == "10 days");
  CHECK(every_interval("每年一期").empty());  // no number
  CHECK(every_interval("5年一期").empty());
  CHECK(every_interval("每5年一期，共8期").empty());
}

TEST_CASE("cell value: the total after the span it sums") {
  CHECK(stated_total("1985—2023年，共38年") == "38年");
  CHECK(stated_total("1985-2023, 38 years in total") == "38 years");
  CHECK(stated_total("2010–2022; a total of 13 years") == "13 years");
  CHECK(stated_total("3项，合计5项") == "5项");
  // no total, two totals, a total that is no quantity
  CHECK(stated_total("1985—2023年，38年").empty());
  CHECK(stated_total("共3项，共5项").empty());
  CHECK(stated_total("2项，共建平台").empty());
  CHECK(stated_total("共38年").empty());  // nothing it sums: the cell reads alone
}

TEST_CASE("cell value: cell_core takes the first reading") {
  CHECK(cell_core("7个（中国、印尼）") == "7个");
  CHECK(cell_core("每5年一期") == "5年");
  CHECK(cell_core("1985—2023年，共38年") == "38年");
  CHECK(cell_core("不少于5个").empty());  // read as it is elsewhere
}

TEST_CASE("cell value: a firm value beside a hope") {
  CHECK(firm_beside_hope("力争55 ℃，确保≤60 ℃") == "≤60 °C");  // folded: ℃ is °C
  CHECK(firm_beside_hope("确保≥90%，力争95%") == "≥90%");
  CHECK(firm_beside_hope("aim for 95 %, ensure ≥ 90 %") == "≥ 90 %");
  // a hope alone, two firm values, no hope: not read so
  CHECK(firm_beside_hope("力争95%").empty());
  CHECK(firm_beside_hope("确保≥90%，确保≥92%").empty());
  CHECK(firm_beside_hope("≥90%，≥92%").empty());
  CHECK(firm_beside_hope("力争95%，确保较高水平").empty());
}
