// The bad-input catalogue: one proposal file per case, what `guidecheck check`
// must answer (exit code, per the contract), where the message must point, and
// what it must say (what is wrong and what was expected). Read by
// tests/bad_input_test.cpp, which runs the built binary on each case, and by
// fuzz/write_seeds.cpp, which makes the cases a seed corpus for the fuzzers.
// Cases that need the file system (links, FIFOs, huge sparse files, names that
// are not UTF-8) are in the test itself.
#pragma once

#include <algorithm>
#include <string>
#include <vector>

#include "proposal_text.h"

namespace bad_input {

struct Case {
  std::string name;                 // the file is <name>.yaml
  std::string text;                 // its bytes
  int exit = 2;                     // 0 pass, 1 checked and failing, 2 could not be checked
  std::string rule;                 // exit 1: the finding that shows the problem
  std::string finding = "invalid";  // ... and its status (invalid | fail | missing)
  int line = 0, column = 0;         // where the message points; 0 = no place (e.g. file size)
  std::vector<std::string> says;    // fragments the message must hold
  std::vector<std::string> args;    // extra options for `check`
  std::vector<std::string> warns;   // fragments a warning must hold
};

inline Case error(std::string name, std::string text, int line, int column,
                  std::vector<std::string> says) {
  Case c;
  c.name = std::move(name);
  c.text = std::move(text);
  c.line = line;
  c.column = column;
  c.says = std::move(says);
  return c;
}

// Checked, and the finding of `rule` is `status` (invalid by default) at line:column.
inline Case finding(std::string name, std::string text, std::string rule, int line, int column,
                    std::vector<std::string> says, std::string status = "invalid") {
  Case c = error(std::move(name), std::move(text), line, column, std::move(says));
  c.exit = 1;
  c.rule = std::move(rule);
  c.finding = std::move(status);
  return c;
}

inline Case passes(std::string name, std::string text) {
  Case c;
  c.name = std::move(name);
  c.text = std::move(text);
  c.exit = 0;
  return c;
}

inline Case with_args(Case c, std::vector<std::string> args) {
  c.args = std::move(args);
  return c;
}

inline Case with_warning(Case c, std::vector<std::string> warns) {
  c.warns = std::move(warns);
  return c;
}

// Deterministic bytes that are not text (a linear congruential generator).
inline std::string binary_bytes(std::size_t n) {
  std::string s;
  unsigned x = 12345;
  for (std::size_t i = 0; i < n; ++i) {
    x = x * 1103515245u + 12345u;
    s += static_cast<char>((x >> 16) & 0xFF);
  }
  s[0] = '\x8e';  // not a leading UTF-8 byte: the error is at 1:1
  return s;
}

// Nine levels of nine aliases ("billion laughs"): 9^9 strings if expanded.
inline std::string alias_bomb() {
  std::string s =
      "guidecheck: 1\ndirection: \"3.1\"\na: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n";
  for (char c = 'b'; c <= 'i'; ++c) {
    std::string prev(1, static_cast<char>(c - 1));
    s += std::string(1, c) + ": &" + std::string(1, c) + " [";
    for (int k = 0; k < 9; ++k) s += (k ? ", *" : "*") + prev;
    s += "]\n";
  }
  return s;
}

// A list 60 levels deep, anchored, then aliased 60 levels deep: 120 levels
// once expanded, though no line of the file nests more than 61.
inline std::string alias_depth() {
  std::string s = "guidecheck: 1\ndirection: \"3.1\"\ndeep: &d " + std::string(60, '[') + "x" +
                  std::string(60, ']') + "\n";
  s += "again: " + std::string(60, '[') + "*d" + std::string(60, ']') + "\n";
  return s;
}

inline std::string many_aliases(int n) {
  std::string s = "guidecheck: 1\ndirection: \"3.1\"\none: &o x\nmany: [";
  for (int i = 0; i < n; ++i) s += i ? ", *o" : "*o";
  return s + "]\n";
}

inline std::vector<Case> catalogue() {
  const std::vector<std::string> L = base_lines();
  const std::string base = join(L);
  std::vector<Case> c;

  // ---- not text, not YAML --------------------------------------------------
  c.push_back(error("empty", "", 1, 1, {"empty", "expected a proposal mapping"}));
  c.push_back(error("only_comments", "# 申报书\n# TODO: fill in\n", 1, 1,
                    {"empty", "expected a proposal mapping"}));
  c.push_back(
      error("only_blank_lines", "\n   \n\n", 1, 1, {"empty", "expected a proposal mapping"}));
  c.push_back(error("binary_data", binary_bytes(512), 1, 1,
                    {"not valid text", "expected YAML text in UTF-8"}));
  c.push_back(error("nul_byte", base_with({replace(3, std::string("title: a\0b", 10))}), 3, 9,
                    {"control character", "0x00", "expected YAML text in UTF-8"}));
  c.push_back(error("invalid_utf8", base_with({replace(3, "title: \xff\xfe")}), 3, 8,
                    {"invalid UTF-8 byte", "0xFF", "expected YAML text in UTF-8"}));
  c.push_back(error("truncated_utf8", base_with({replace(3, "title: 高\xe5\xaf")}), 3, 9,
                    {"UTF-8", "expected YAML text in UTF-8"}));
  c.push_back(error("overlong_utf8", base_with({replace(3, "title: \xc0\xaf")}), 3, 8,
                    {"UTF-8", "expected YAML text in UTF-8"}));
  c.push_back(error("utf8_encoded_surrogate", base_with({replace(3, "title: \xed\xa0\x80")}), 3, 8,
                    {"invalid Unicode character", "expected YAML text in UTF-8"}));
  c.push_back(error("utf16_without_bom", utf16(base, false, false), 1, 2,
                    {"not valid text", "UTF-16 or UTF-32 without a byte order mark"}));
  c.push_back(error("utf32_with_bom", utf32le(base), 1, 0,
                    {"not valid text", "expected YAML text in UTF-8"}));
  c.back().line = 0;  // libyaml takes the BOM for UTF-16's; the place is a byte offset
  c.push_back(passes("utf8_bom", "\xef\xbb\xbf" + base));
  c.push_back(finding("utf8_bom_value_of_wrong_dimension",
                      "\xef\xbb\xbf" + with_indicator("round_trip_efficiency", "60 kg"),
                      "3.1/round_trip_efficiency", 16, 26, {"'kg'", "'%'"}));
  c.push_back(finding("utf16le_bom_value_of_wrong_dimension",
                      utf16(with_indicator("round_trip_efficiency", "60 kg"), false, true),
                      "3.1/round_trip_efficiency", 16, 26, {"'kg'", "'%'"}));
  c.push_back(finding("utf16be_bom_value_of_wrong_dimension",
                      utf16(with_indicator("round_trip_efficiency", "60 kg"), true, true),
                      "3.1/round_trip_efficiency", 16, 26, {"'kg'", "'%'"}));

  // ---- YAML syntax ---------------------------------------------------------
  c.push_back(error("tab_indentation", base_with({replace(15, "\tkey_breakthroughs: 3")}), 15, 1,
                    {"tab", "indent with spaces"}));
  c.push_back(error("tab_after_spaces", base_with({replace(16, "  \tround_trip_efficiency: 62 %")}),
                    16, 3, {"tab", "indent with spaces"}));
  c.push_back(error("unterminated_double_quote", base_with({replace(3, "title: \"高密度热泵储电")}),
                    3, 8, {"quote opened at line 3, column 8 is never closed"}));
  c.push_back(error("unterminated_single_quote", base_with({replace(4, "duration: '36 个月")}), 4,
                    11, {"quote opened at line 4, column 11 is never closed"}));
  c.push_back(error("unterminated_flow_sequence",
                    base_with({replace(5, "participants: [{name: A, country: CN, role: lead}"),
                               drop(6), drop(6)}),
                    6, 1, {"bracket opened at line 5, column 15 is not closed properly"}));
  c.push_back(error("unterminated_flow_mapping",
                    join({L[0], L[1], L[4], L[5], L[6],
                          "indicators: {key_breakthroughs: 3, round_trip_efficiency: 62 %"}),
                    6, 13, {"bracket opened at line 6, column 13 is not closed properly"}));
  c.push_back(
      error("several_documents", base + "---\n" + base, 23, 1, {"one YAML document", "---"}));
  c.push_back(error("document_after_end_marker", base + "...\nguidecheck: 1\n", 24, 1,
                    {"expected <document start>"}));
  c.push_back(error("top_level_list", "- guidecheck: 1\n- direction: \"3.1\"\n", 1, 1,
                    {"expected a proposal mapping", "found a list"}));
  c.push_back(error("top_level_scalar", "guidecheck 1 direction 3.1\n", 1, 1,
                    {"expected a proposal mapping", "found a scalar"}));
  c.push_back(error("top_level_quoted_scalar", "\"guidecheck: 1\"\n", 1, 1,
                    {"expected a proposal mapping", "found a scalar"}));
  c.push_back(error("key_that_is_a_list", "? [guidecheck, direction]\n: 1\n", 1, 3,
                    {"a mapping key must be a plain value"}));
  c.push_back(error("full_width_colon", base_with({replace(1, "guidecheck：1")}), 2, 10,
                    {"full-width colon", "write ': '"}));

  // ---- the proposal's frame ------------------------------------------------
  c.push_back(error("missing_version", base_with({drop(1)}), 1, 1, {"missing 'guidecheck: 1'"}));
  c.push_back(error("future_version", base_with({replace(1, "guidecheck: 2")}), 1, 13,
                    {"unsupported proposal format version '2'", "reads version 1"}));
  c.push_back(error("version_as_mapping", base_with({replace(1, "guidecheck: {version: 1}")}), 1,
                    13, {"unsupported proposal format version", "reads version 1"}));
  c.push_back(error("version_with_fraction", base_with({replace(1, "guidecheck: 1.5")}), 1, 13,
                    {"'1.5'", "reads version 1"}));
  c.push_back(error("missing_direction", base_with({drop(2)}), 1, 1,
                    {"missing 'direction'", "e.g. \"3.1\""}));
  c.push_back(error("null_direction", base_with({replace(2, "direction: ~")}), 2, 12,
                    {"missing 'direction'"}));
  c.push_back(error("unknown_direction", base_with({replace(2, "direction: \"77.7\"")}), 2, 12,
                    {"unknown direction '77.7'", "rules list"}));
  c.push_back(error("direction_path_traversal",
                    base_with({replace(2, "direction: \"../../../etc/passwd\"")}), 2, 12,
                    {"unknown direction '../../../etc/passwd'"}));
  c.push_back(error("direction_as_list", base_with({replace(2, "direction: [\"3.1\"]")}), 2, 12,
                    {"'direction' must be text", "found a list"}));
  c.push_back(error("unknown_guide", base_with({insert(2, "guide: no-such-guide")}), 2, 8,
                    {"unknown guide 'no-such-guide'"}));
  c.push_back(error("guide_path_traversal", base_with({insert(2, "guide: ../../etc")}), 2, 8,
                    {"unknown guide '../../etc'"}));
  c.push_back(error("guide_as_mapping", base_with({insert(2, "guide: {id: sstic-2022-draft}")}), 2,
                    8, {"'guide' must be text", "found a mapping"}));
  c.push_back(error("title_as_mapping", base_with({replace(3, "title: {zh: 高密度, en: dense}")}),
                    3, 8, {"'title' must be text", "found a mapping"}));
  c.push_back(error("duration_as_list", base_with({replace(4, "duration: [36, 个月]")}), 4, 11,
                    {"'duration' must be a single value", "found a list"}));
  c.push_back(error("missing_participants", base_with({drop(5), drop(5), drop(5)}), 1, 1,
                    {"missing 'participants'"}));
  c.push_back(error("participants_as_mapping",
                    base_with({replace(5, "participants: {lead: A}"), drop(6), drop(6)}), 5, 15,
                    {"'participants' must be a list", "found a mapping"}));
  c.push_back(error("participant_as_scalar", base_with({replace(6, "  - 某某研究所")}), 6, 5,
                    {"a participant must be a mapping", "found a scalar"}));
  {
    std::string line = "  - {name: B, country: XX, role: member, kind: university}";
    c.push_back(error("participant_unknown_country", base_with({replace(7, line)}), 7,
                      column_of(line, "XX"), {"country 'XX'", "ISO 3166-1 alpha-2"}));
    line = "  - {name: B, country: [DE], role: member, kind: university}";
    c.push_back(error("participant_country_as_list", base_with({replace(7, line)}), 7,
                      column_of(line, "[DE]"),
                      {"participant 'country' must be text", "found a list"}));
    line = "  - {name: B, country: DE, role: boss, kind: university}";
    c.push_back(error("participant_unknown_role", base_with({replace(7, line)}), 7,
                      column_of(line, "boss"), {"role 'boss'", "lead (牵头单位) or member"}));
    line = "  - {name: B, country: DE, role: member, kind: charity}";
    c.push_back(error("participant_unknown_kind", base_with({replace(7, line)}), 7,
                      column_of(line, "charity"), {"kind 'charity'", "university, institute"}));
    line = "  - {country: DE, role: member, kind: university}";
    c.push_back(error("participant_without_name", base_with({replace(7, line)}), 7, 5,
                      {"participant without 'name'"}));
    line = "  - {name: B, country: DE, role: member, qualifications: {biobank: yes}}";
    c.push_back(error("qualifications_as_mapping", base_with({replace(7, line)}), 7,
                      column_of(line, "{biobank"),
                      {"qualifications must be a list", "found a mapping"}));
  }
  c.push_back(error("research_contents_as_scalar",
                    base_with({replace(8, "research_contents: all of them"), drop(9), drop(9),
                               drop(9), drop(9), drop(9)}),
                    8, 20, {"'research_contents' must be a mapping", "found a scalar"}));
  c.push_back(error("indicators_as_list",
                    join({L[0], L[1], L[4], L[5], L[6], "indicators: [a, b]"}), 6, 13,
                    {"'indicators' must be a mapping", "found a list"}));

  // ---- duplicate keys at every level ---------------------------------------
  c.push_back(error("duplicate_top_level_key", base_with({insert(3, "direction: \"3.2\"")}), 3, 1,
                    {"duplicate key 'direction'"}));
  {
    std::string line = "  - {name: A, country: CN, name: B, role: lead}";
    c.push_back(error("duplicate_participant_key", base_with({replace(6, line)}), 6,
                      column_of(line, "name: B"), {"duplicate key 'name'"}));
  }
  c.push_back(error("duplicate_research_item",
                    base_with({replace(10, "  thermal_storage_mechanism: 工作包 2")}), 10, 3,
                    {"duplicate key 'thermal_storage_mechanism'"}));
  c.push_back(error("duplicate_indicator", base_with({replace(16, "  key_breakthroughs: 4")}), 16,
                    3, {"duplicate key 'key_breakthroughs'"}));
  c.push_back(error("duplicate_indicator_quoted",
                    base_with({replace(16, "  \"key_breakthroughs\": 4")}), 16, 3,
                    {"duplicate key 'key_breakthroughs'"}));
  {
    std::string line = "  round_trip_efficiency: {value: 62 %, value: 61 %}";
    c.push_back(error("duplicate_key_in_long_form", base_with({replace(16, line)}), 16,
                      column_of(line, "value: 61"), {"duplicate key 'value'"}));
  }

  // ---- numbers that are no numbers, units that do not fit -------------------
  const std::string eff = "round_trip_efficiency", rte = "3.1/round_trip_efficiency";
  const int eff_line = indicator_line(eff), eff_col = value_column(eff);
  for (auto [name, value] : std::vector<std::pair<std::string, std::string>>{
           {"nan", ".nan"},
           {"nan_word_with_unit", "NaN %"},
           {"infinity", ".inf"},
           {"minus_infinity_word", "-inf %"},
           {"exponent_out_of_range", "1e400 %"},
           {"four_hundred_digits", std::string(400, '9') + " %"}})
    c.push_back(finding(name, with_indicator(eff, value), rte, eff_line, eff_col,
                        {"cannot judge", "expected a number"}));
  c.push_back(finding("minus_zero_count", with_indicator("key_breakthroughs", "-0"),
                      "3.1/key_breakthroughs", indicator_line("key_breakthroughs"),
                      value_column("key_breakthroughs"), {"-0", "≥ 3"}, "fail"));
  c.push_back(finding("negative_count", with_indicator("key_breakthroughs", "-3"),
                      "3.1/key_breakthroughs", indicator_line("key_breakthroughs"),
                      value_column("key_breakthroughs"), {"cannot be negative"}));
  c.push_back(finding("number_with_letters", with_indicator("key_breakthroughs", "3abc"),
                      "3.1/key_breakthroughs", indicator_line("key_breakthroughs"),
                      value_column("key_breakthroughs"), {"'3abc'", "unknown unit 'abc'"}));
  c.push_back(finding("letter_o_for_zero", with_indicator(eff, "6O %"), rte, eff_line, eff_col,
                      {"'6O %'"}));
  c.push_back(finding("wrong_dimension", with_indicator(eff, "60 kg"), rte, eff_line, eff_col,
                      {"'kg' does not measure the same thing as '%'"}));
  c.push_back(finding("wrong_dimension_temperature",
                      with_indicator("heat_storage_temperature", "620 kWh"),
                      "3.1/heat_storage_temperature", indicator_line("heat_storage_temperature"),
                      value_column("heat_storage_temperature"), {"'kWh'", "℃"}));
  c.push_back(finding("wrong_dimension_duration", base_with({replace(4, "duration: 36 kg")}),
                      "general/max_duration", 4, 11, {"'kg'", "years"}));
  // UDUNITS calls a unit and its reciprocal convertible (x -> 1/x); found by quantity_fuzzer.
  c.push_back(finding("reciprocal_unit", with_indicator("heat_storage_temperature", "0.002 1/K"),
                      "3.1/heat_storage_temperature", indicator_line("heat_storage_temperature"),
                      value_column("heat_storage_temperature"), {"'1/K'"}));
  c.push_back(finding("reciprocal_compound_unit", with_indicator("energy_density", "32 m³/kWh"),
                      "3.1/energy_density", indicator_line("energy_density"),
                      value_column("energy_density"),
                      {"'m3/kWh' does not measure the same thing"}));
  c.push_back(finding("unknown_unit", with_indicator(eff, "60 furlongs"), rte, eff_line, eff_col,
                      {"unknown unit 'furlongs'"}));
  c.push_back(finding("mapping_where_a_number_belongs", with_indicator(eff, "{x: 1}"), rte,
                      eff_line, eff_col + 1,
                      {"unknown key 'x'", "expected value, note, evidence, or min/max"}));
  c.push_back(finding("list_where_a_number_belongs", with_indicator(eff, "[60 %, 70 %]"), rte,
                      eff_line, eff_col, {"cannot judge"}));
  c.push_back(finding("mapping_for_duration", base_with({replace(4, "duration: {years: 3}")}),
                      "general/max_duration", 4, 12, {"unknown key 'years'"}));
  c.push_back(finding("min_without_number", with_indicator(eff, "{min: high}"), rte, eff_line,
                      eff_col + 6, {"min and max take one number each"}));

  // ---- full-width and mixed-width writing ----------------------------------
  c.push_back(passes("full_width_values",
                     base_with({replace(15, "  key_breakthroughs: ３"),
                                replace(16, "  round_trip_efficiency: ６２％"),
                                replace(18, "  heat_storage_temperature: ６２０ ℃"),
                                replace(19, "  cold_storage_temperature: －１１０ ℃")})));
  c.push_back(finding("full_width_value_below_threshold", with_indicator(eff, "５８％"), rte,
                      eff_line, eff_col, {"58", "≥ 60 %"}, "fail"));
  c.push_back(finding("mixed_width_value_below_threshold", with_indicator(eff, "5８ ％"), rte,
                      eff_line, eff_col, {"≥ 60 %"}, "fail"));
  c.push_back(finding("full_width_comparator", with_indicator(eff, "≥ ５８ ％"), rte, eff_line,
                      eff_col, {"≥ 60 %"}, "fail"));
  // A key the format does not know fails the proposal (contract §3), naming
  // the key meant; the indicators it holds are then missing.
  c.push_back(finding("full_width_key", base_with({replace(14, "ｉｎｄｉｃａｔｏｒｓ:")}),
                      "general/unknown_key", 14, 1, {"did you mean `indicators`"}, "fail"));
  c.push_back(finding("ideographic_space_indentation", base_with({replace(14, "　indicators:")}),
                      "general/unknown_key", 14, 1, {"did you mean `indicators`"}, "fail"));
  c.push_back(finding("misspelt_top_level_key", base + "sub_project: 3\n", "general/unknown_key",
                      static_cast<int>(std::count(base.begin(), base.end(), '\n')) + 1, 1,
                      {"unknown key 'sub_project'", "did you mean `sub_projects`"}, "fail"));

  // ---- limits --------------------------------------------------------------
  c.push_back(error("nesting_100000_flow_lists",
                    "guidecheck: 1\ndirection: \"3.1\"\ntitle: " + std::string(100000, '['), 3, 107,
                    {"nesting deeper than 100 levels", "--max-depth"}));
  {
    std::string s;
    for (int i = 0; i < 100000; ++i) s += "- ";
    c.push_back(error("nesting_100000_block_lists", s + "x\n", 1, 201,
                      {"nesting deeper than 100 levels", "--max-depth"}));
    s.clear();
    for (int i = 0; i < 100000; ++i) s += "{a: ";
    c.push_back(error("nesting_100000_flow_mappings", s + "1", 1, 401,
                      {"nesting deeper than 100 levels", "--max-depth"}));
  }
  c.push_back(error("alias_bomb", alias_bomb(), 9, 8, {"more than 1000000 nodes", "--max-nodes"}));
  c.push_back(error("nesting_through_an_alias", alias_depth(), 4, 68,
                    {"nesting deeper than 100 levels", "alias *d", "--max-depth"}));
  c.push_back(error("too_many_aliases", many_aliases(10001), 4, 8 + 10000 * 4,
                    {"more than 10000 aliases", "--max-aliases"}));
  c.push_back(error("undefined_alias", base_with({replace(3, "title: *nope")}), 3, 8,
                    {"alias *nope", "no complete anchor"}));
  c.push_back(error("alias_inside_its_own_anchor", base_with({replace(3, "title: &t [*t]")}), 3, 12,
                    {"alias *t", "no complete anchor"}));
  c.push_back(with_args(error("over_a_lowered_file_size_limit", base, 0, 0,
                              {"over the limit of 100", "--max-file-size"}),
                        {"--max-file-size", "100"}));
  c.push_back(with_args(error("over_a_lowered_depth_limit", base, 6, 3,
                              {"nesting deeper than 1 levels", "--max-depth"}),
                        {"--max-depth", "1"}));
  c.push_back(with_args(
      error("over_a_lowered_node_limit", base, 7, 5, {"more than 20 nodes", "--max-nodes"}),
      {"--max-nodes", "20"}));
  c.push_back(with_args(error("over_a_lowered_alias_limit", many_aliases(3), 4, 16,
                              {"more than 2 aliases", "--max-aliases"}),
                        {"--max-aliases", "2"}));
  {
    // 150 levels in an ignored key: over the default depth, under a raised one.
    std::string deep = base + "notes: " + std::string(150, '[') + std::string(150, ']') + "\n";
    c.push_back(with_args(finding("under_a_raised_depth_limit", deep, "general/unknown_key",
                                  static_cast<int>(std::count(base.begin(), base.end(), '\n')) + 1,
                                  1, {"unknown key 'notes'"}, "fail"),
                          {"--max-depth", "200"}));
  }
  return c;
}

}  // namespace bad_input
