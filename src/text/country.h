// Countries as applicants write them: "CN", "cn", "中国", "中方", "德国", "Germany",
// "香港", "Hong Kong", "USA", "UK". ICU holds every territory's name in Chinese
// and English (icu::Locale::getDisplayCountry); a few short forms applicants
// use are added by hand below, each unambiguous.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace guidecheck::text {

// The ISO 3166-1 alpha-2 code `name` stands for, or "" when it stands for
// none (or could stand for several: "Korea").
std::string country_code_of(std::string_view name);

// Up to three codes with the names they are known by ("KR 韩国 / South Korea")
// that `name` most likely meant, for a did-you-mean.
std::vector<std::string> country_suggestions(std::string_view name);

}  // namespace guidecheck::text
