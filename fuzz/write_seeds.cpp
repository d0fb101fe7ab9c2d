// Writes the bad-input catalogue (tests/bad_input/cases.h) as seed files for
// the fuzzers: every case's text to DIR/proposal/, and each case's values and
// units as three-line inputs to DIR/quantity/. Cases over 64 KiB are left out
// (libFuzzer's inputs stay small; the big ones test limits, not parsing).
#include <filesystem>
#include <fstream>
#include <iostream>

#include "bad_input/cases.h"

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc != 2) {
    std::cerr << "usage: write_seeds DIR\n";
    return 2;
  }
  fs::path dir = argv[1];
  fs::create_directories(dir / "proposal");
  fs::create_directories(dir / "quantity");
  int written = 0;
  for (const bad_input::Case& c : bad_input::catalogue()) {
    if (c.text.size() > (64u << 10)) continue;
    std::ofstream(dir / "proposal" / (c.name + ".yaml"), std::ios::binary) << c.text;
    ++written;
  }
  // Values as proposals write them, each with a unit pair to convert between.
  const char* values[][3] = {{"62 %", "%", "1"},
                             {"≥ ６２ ％", "wt%", "%"},
                             {"0.4 MW", "MW", "kW"},
                             {"-110 ℃", "℃", "K"},
                             {"163 K", "K", "℃"},
                             {"250 元/吨", "元/吨", "万元/吨"},
                             {"2.5 万元/吨", "万元/吨", "元/吨"},
                             {"25 SL/s", "SL/s", "SL/min"},
                             {"1.5e3 SL/min", "SL/min", "L/s"},
                             {"不低于 62%", "%", "‰"},
                             {"62 ~ 65 %", "%", "ppm"},
                             {"20 至 80 ℃", "℃", "°C"},
                             {"1:25000", "", ""},
                             {"1:2.5万", "", ""},
                             {"三项", "项", "个"},
                             {"36 个月", "个月", "年"},
                             {"3 年", "year", "month"},
                             {"32 kWh/m³", "kWh/m3", "千瓦时/立方米"},
                             {"10 万吨/年", "万吨/年", "t/d"},
                             {"±0.5 mΩ", "mΩ", "ohm"},
                             {"5×10^-6", "1", "ppm"},
                             {"1,000,000 次", "次", "1"},
                             {"≤ 100 ms", "ms", "µs"},
                             {"85 dB(A)", "dB(A)", "dBA"}};
  int n = 0;
  for (auto& v : values) {
    std::ofstream(dir / "quantity" / ("value-" + std::to_string(n++)), std::ios::binary)
        << v[0] << "\n"
        << v[1] << "\n"
        << v[2];
    ++written;
  }
  std::cout << "write_seeds: " << written << " seeds in " << dir.string() << "\n";
  return 0;
}
