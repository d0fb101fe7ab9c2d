// Rules shown to people and tools: `init` skeletons, `rules show` (text,
// json, markdown), `explain`, and the generated reference docs.
#pragma once

#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <vector>

#include "rules/model.h"

namespace guidecheck::ruledoc {

using json = nlohmann::ordered_json;

// contract §5
json rule_json(const rules::Rule& r);
json direction_json(const rules::Pack& pack, const rules::Direction& d);

void direction_text(std::ostream& out, const rules::Pack& pack, const rules::Direction& d,
                    rules::Lang lang);
void direction_markdown(std::ostream& out, const rules::Pack& pack, const rules::Direction& d,
                        rules::Lang lang, int heading_level = 1);
void general_markdown(std::ostream& out, const rules::General& g, rules::Lang lang,
                      int heading_level);
// Pack header, general rules, every direction, and an index of the
// interpretation notes.
void pack_markdown(std::ostream& out, const rules::Pack& pack, const rules::General& general,
                   const std::vector<rules::Direction>& directions, rules::Lang lang);
void rule_text(std::ostream& out, const rules::Rule& r, rules::Lang lang);

// contract §6: a proposal skeleton for the direction. `schema_url` (optional)
// adds a yaml-language-server modeline.
std::string skeleton(const rules::Pack& pack, const rules::General& general,
                     const rules::Direction& d, rules::Lang lang, const std::string& schema_url);

}  // namespace guidecheck::ruledoc
