#include "units/units.h"

#include <set>

#include "catch_compat.h"
#include "messages/text.h"
#include "units/unit_words.h"

using namespace guidecheck::units;

static double conv(const char* v_unit, double v, const char* to) {
  Conversion c = conversion(v_unit, to);
  INFO(v_unit << " -> " << to << ": " << c.error.en());
  REQUIRE(c.ok);
  return c.apply(v);
}

TEST_CASE("units: temperatures convert with their offset", "[units]") {
  CHECK(conv("K", 173.15, "℃") == Approx(-100.0));
  CHECK(conv("℃", 600, "K") == Approx(873.15));
  CHECK(conv("°C", 20, "℃") == Approx(20));
  CHECK(conv("摄氏度", 80, "K") == Approx(353.15));
}

TEST_CASE("units: Chinese names and multipliers", "[units]") {
  CHECK(conv("万吨/年", 10, "t/a") == Approx(100000));
  CHECK(conv("t/a", 99999, "万吨/年") == Approx(9.9999));
  CHECK(conv("万元/吨", 0.025, "元/吨") == Approx(250));
  CHECK(conv("千瓦时/立方米", 30, "kWh/m3") == Approx(30));
  CHECK(conv("MJ/m3", 108, "千瓦时/立方米") == Approx(30));
  CHECK(conv("瓦时/千克", 200, "Wh/kg") == Approx(200));
  CHECK(conv("J/g", 720, "瓦时/千克") == Approx(200));
  CHECK(conv("毫秒", 200, "s") == Approx(0.2));
  CHECK(conv("微安/平方厘米", 0.4, "uA/cm2") == Approx(0.4));
  CHECK(conv("µA/cm²", 0.4, "微安/平方厘米") == Approx(0.4));
  CHECK(conv("毫欧·平方厘米", 2.5, "mohm.cm2") == Approx(2.5));
  CHECK(conv("毫巴·升/秒", 1e-6, "mbar.L/s") == Approx(1e-6));
  CHECK(conv("SL/min", 1500, "SL/min") == Approx(1500));
  CHECK(conv("SL/s", 25, "SL/min") == Approx(1500));
  CHECK(conv("兆帕", 0.25, "kPa") == Approx(250));
  CHECK(conv("mΩ·cm2", 2.5, "毫欧·平方厘米") == Approx(2.5));
  CHECK(conv("μΩ·cm²", 2500, "毫欧·平方厘米") == Approx(2.5));
  CHECK(conv("Ω·cm2", 0.0025, "毫欧·平方厘米") == Approx(2.5));
}

TEST_CASE("units: time, months and years", "[units]") {
  CHECK(conv("个月", 36, "年") == Approx(3.0));
  CHECK(conv("months", 37, "years") > 3.0);
  CHECK(conv("年", 3, "个月") == Approx(36));
  CHECK(conv("小时", 2000, "h") == Approx(2000));
  CHECK(conv("分钟", 3, "s") == Approx(180));
}

TEST_CASE("units: percent, wt% and counts are dimensionless", "[units]") {
  CHECK(conv("%", 62, "%") == Approx(62));
  CHECK(conv("wt%", 2, "%") == Approx(2));
  CHECK(conv("", 0.62, "%") == Approx(62));
  CHECK(conv("ppm", 10000, "%") == Approx(1));
  CHECK(conv("项", 3, "") == Approx(3));
  CHECK(conv("万次", 1, "次") == Approx(10000));
  CHECK(dimensionless("个"));
  CHECK_FALSE(dimensionless("kg"));
}

TEST_CASE("units: prefixes", "[units]") {
  CHECK(conv("MW", 0.2, "kW") == Approx(200));
  CHECK(conv("kWh", 1, "Wh") == Approx(1000));
  CHECK(conv("mV", 200, "V") == Approx(0.2));
  CHECK(conv("μm", 30, "微米") == Approx(30));
  CHECK(conv("nm", 3, "纳米") == Approx(3));
}

TEST_CASE("units: a wrong dimension is refused, never compared", "[units]") {
  Conversion c = conversion("kg", "%");
  CHECK_FALSE(c.ok);
  CHECK_FALSE(c.unknown_unit);
  CHECK_FALSE(conversion("kWh/kg", "kWh/m3").ok);
  CHECK_FALSE(conversion("元", "元/吨").ok);
  CHECK_FALSE(conversion("°", "%").ok);  // angles are not fractions
  CHECK_FALSE(conversion("dB(A)", "%").ok);
}

TEST_CASE("units: unknown units are reported as such", "[units]") {
  Conversion c = conversion("furlongs", "m");
  CHECK_FALSE(c.ok);
  CHECK(c.unknown_unit);
  CHECK(c.error.en().find("furlongs") != std::string::npos);
  CHECK_FALSE(known("blorb"));
  CHECK_FALSE(known("斤斤"));
  CHECK(known("元/平方米"));
}

// Units as the guide and applicants write them (issue: units).
TEST_CASE("units: spellings from the guide and applicants", "[units]") {
  auto scale = [](const char* from, const char* to) {
    auto c = conversion(from, to);
    INFO(from << " -> " << to << ": " << c.error.en());
    REQUIRE(c.ok);
    return c.scale;
  };
  CHECK(scale("安/毫克铂", "安/毫克") == Approx(1));
  CHECK(scale("A/mgPt", "安/毫克") == Approx(1));
  CHECK(scale("A/mg Pt", "安/毫克") == Approx(1));
  CHECK(scale("mA/mgPt", "安/毫克") == Approx(0.001));
  CHECK(scale("kg CO₂/t", "kg/t") == Approx(1));
  CHECK(scale("kg CO2/t", "kg/t") == Approx(1));
  CHECK(scale("千克二氧化碳/吨水泥", "kg/t") == Approx(1));
  CHECK(scale("kg/batch", "千克/批") == Approx(1));
  CHECK(scale("KW", "kW") == Approx(1));
  CHECK(scale("KWh", "kWh") == Approx(1));
  CHECK(scale("度", "°") == Approx(1));
  CHECK(scale("度", "kWh") == Approx(1));  // 1 度电
  auto t = conversion("度", "℃");
  REQUIRE(t.ok);
  CHECK(t.apply(20) == Approx(20));
  CHECK(scale("wt.%", "wt%") == Approx(1));
  CHECK(scale("mOhm·cm2", "毫欧·平方厘米") == Approx(1));
  CHECK(scale("mΩ·cm²", "毫欧·平方厘米") == Approx(1));
  CHECK(scale("万次", "") == Approx(10000));
  CHECK(scale("人次", "") == Approx(1));
}

TEST_CASE("units: a counting word is one unit, never repeated", "[units]") {
  guidecheck::msg::Text err;
  CHECK(to_udunits("项 项", &err).empty());
  CHECK(err.en().find("is not one unit") != std::string::npos);
  CHECK(err.zh().find("不是一个单位") != std::string::npos);
  CHECK_FALSE(conversion("项 项", "").ok);
  CHECK_FALSE(conversion("个项", "").ok);
  CHECK(conversion("次/年", "1/year").ok);
  CHECK(conversion("项/台", "").ok);
}

TEST_CASE("units: a unit reads in the report's language", "[units]") {
  using guidecheck::msg::Lang;
  CHECK(display("个月", Lang::Zh) == "个月");
  CHECK(display("万元/年", Lang::Zh) == "万元/年");
  CHECK(display("年", Lang::En) == "years");
  CHECK(display("个月", Lang::En) == "months");
  CHECK(display("分钟", Lang::En) == "min");
  CHECK(display("小时", Lang::En) == "h");
  CHECK(display("天", Lang::En) == "days");
  CHECK(display("家", Lang::En) == "organisations");
  CHECK(display("次", Lang::En) == "times");
  CHECK(display("项", Lang::En) == "items");
  CHECK(display("篇", Lang::En) == "papers");
  CHECK(display("个", Lang::En) == "");
  CHECK(display("元", Lang::En) == "yuan");
  CHECK(display("万元", Lang::En) == "10k yuan");
  CHECK(display("千瓦时", Lang::En) == "kWh");
  // compound units: each part, singular
  CHECK(display("万吨/年", Lang::En) == "10k t/year");
  CHECK(display("元/千瓦时", Lang::En) == "yuan/kWh");
  CHECK(display("次/年", Lang::En) == "time/year");
  CHECK(display("千克二氧化碳/吨", Lang::En) == "kg CO2/t");
  // symbols stay as written
  CHECK(display("kW", Lang::En) == "kW");
  CHECK(display("%", Lang::En) == "%");
  CHECK(display("", Lang::En) == "");
}

TEST_CASE("unit words: one row each, every unit a UDUNITS unit, English in both forms", "[units]") {
  std::set<std::string> seen;
  for (const UnitWord& w : kUnitWords) {
    INFO(w.word);
    CHECK(seen.insert(w.word).second);  // a word twice would make the longest match ambiguous
    CHECK((w.en_alone == nullptr) == (w.en_part == nullptr));
    if (w.symbol) CHECK(known(w.word));  // the alias reaches a unit UDUNITS knows
  }
  CHECK(seen.size() > 150);
  // Each column is read: a UDUNITS symbol, the English alone and in a compound.
  CHECK(display("个月", guidecheck::msg::Lang::En) == "months");
  CHECK(display("万吨/年", guidecheck::msg::Lang::En) == "10k t/year");
  CHECK(display("千克二氧化碳/吨水泥", guidecheck::msg::Lang::En) == "kg CO2/t cement");
}
