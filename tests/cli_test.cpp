// End-to-end: the built binary, run as a user or a CI job would, its output
// parsed back and asserted.
#include <sys/wait.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <sstream>

#include "catch_compat.h"
#include "eval/builtin_rules.h"
#include "eval/evaluate.h"
#include "rules/formula.h"
#include "rules/load.h"
#include "value/decimal.h"

using json = nlohmann::json;
namespace fs = std::filesystem;
using namespace guidecheck;

namespace {

struct Run {
  int code;
  std::string out;
};

Run run(const std::string& args) {
  std::string cmd = std::string(GUIDECHECK_BINARY) + " " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  std::string out;
  std::array<char, 4096> buf;
  while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
  int status = pclose(p);
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, out};
}

fs::path temp_dir() {
  fs::path d = fs::temp_directory_path() / ("guidecheck-cli-" + std::to_string(::getpid()));
  fs::create_directories(d);
  return d;
}

void write(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }

const json* finding(const json& result, const std::string& rule) {
  for (const auto& f : result["findings"])
    if (f["rule"] == rule) return &f;
  return nullptr;
}

// A value that meets `r`, as a proposal would write it.
std::string passing_value(const rules::Rule& r, const std::map<std::string, double>& inputs) {
  using rules::Kind;
  using rules::Op;
  // 12 significant digits: what guidecheck compares exactly (a threshold of
  // 1/3 mm is met by 0.333333333333 mm, not by 0.3333333333 mm).
  auto num = [](double v) { return value::decimal_of(v); };
  std::string unit = r.unit.empty() ? "" : " " + r.unit;
  if (r.kind == Kind::Qualitative) return "true";
  if (r.kind == Kind::Categorical) {
    std::string s = "[";
    for (std::size_t i = 0; i < r.values.size(); ++i) s += (i ? ", " : "") + r.values[i];
    return s + "]";
  }
  if (r.kind == Kind::Ratio) return "\"1:" + num(r.ratio_denominator) + "\"";
  if (r.op == Op::Covers) return "\"" + num(r.lo) + " ~ " + num(r.hi) + unit + "\"";
  if (r.op == Op::Between) return "\"" + num(r.lo) + unit + "\"";
  double t = r.value;
  if (r.kind == Kind::Formula) t = *rules::evaluate_formula(r.formula, inputs);
  double step = std::max(std::fabs(t) * 0.01, r.kind == Kind::Count ? 1.0 : 0.001);
  if (r.op == Op::Gt) t += step;
  if (r.op == Op::Lt) t -= step;
  if (r.kind == Kind::Count) t = r.op == Op::Lt ? std::floor(t) : std::ceil(t);
  return "\"" + num(t) + unit + "\"";
}

}  // namespace

TEST_CASE("cli: check --format json of a failing example, parsed back", "[cli]") {
  Run r = run("check examples/3.1-fail.yaml --format json --lang en");
  CHECK(r.code == 1);
  json j = json::parse(r.out);
  CHECK(j["tool"]["name"] == "guidecheck");
  REQUIRE(j["results"].size() == 1);
  const json& res = j["results"][0];
  CHECK(res["file"] == "examples/3.1-fail.yaml");
  CHECK(res["guide"] == "sstic-2022-draft");
  CHECK(res["direction"] == "3.1");
  CHECK(res["status"] == "fail");
  const json* eff = finding(res, "3.1/round_trip_efficiency");
  REQUIRE(eff);
  CHECK((*eff)["status"] == "fail");
  CHECK((*eff)["severity"] == "error");
  CHECK((*eff)["expected"] == json({{"op", ">="}, {"value", 60}, {"unit", "%"}}));
  CHECK((*eff)["actual"]["value"] == 58);
  CHECK((*eff)["actual"]["unit"] == "%");
  CHECK((*eff)["location"]["line"] == 18);
  CHECK((*eff)["location"]["column"] == 26);
  CHECK((*eff)["source"]["text"] == "热泵储电系统设计电-电效率不低于 60%");
  const json* cold = finding(res, "3.1/cold_storage_temperature");
  REQUIRE(cold);
  CHECK((*cold)["status"] == "fail");
  CHECK((*cold)["actual"]["value"].get<double>() == Approx(-93.15));
  CHECK(finding(res, "3.1/energy_density")->at("status") == "invalid");
  CHECK(finding(res, "3.1/technical_support")->at("status") == "missing");
  CHECK(finding(res, "3.1/technical_support")->at("location")["line"] == 16);
  CHECK(finding(res, "general/min_foreign_units")->at("status") == "pass");  // HK counts as foreign
  // The misspelt indicator id fails the proposal, at the key, naming the id meant.
  const json* typo = finding(res, "general/unknown_key");
  REQUIRE(typo);
  CHECK((*typo)["status"] == "fail");
  CHECK((*typo)["severity"] == "error");
  CHECK((*typo)["expected"]["op"] == "known_key");
  CHECK((*typo)["actual"]["text"] == "technical_suport");
  CHECK((*typo)["location"] == json({{"line", 24}, {"column", 3}}));
  CHECK((*typo)["message"].get<std::string>().find("did you mean `technical_support`?") !=
        std::string::npos);
  // every requirement yields a finding: 6 general + 8 of 3.1, and one per unknown key
  CHECK(res["findings"].size() == 15);
  CHECK(j["summary"] ==
        json({{"files", 1}, {"passed", 0}, {"failed", 1}, {"errors", 0}, {"waived", 0}}));
}

TEST_CASE("cli: exit codes follow the contract", "[cli]") {
  CHECK(run("check examples/3.1-pass.yaml").code == 0);
  CHECK(run("check examples/3.1-fail.yaml").code == 1);
  CHECK(run("check no/such/file.yaml").code == 2);
  CHECK(run("check").code == 2);
  CHECK(run("check examples/3.1-pass.yaml --format nope").code == 2);
  CHECK(run("frobnicate").code == 2);
  fs::path d = temp_dir();
  write(d / "broken.yaml", "guidecheck: 1\ndirection: \"3.1\"\nparticipants: [\n");
  Run mixed =
      run("check examples/3.1-pass.yaml " + (d / "broken.yaml").string() + " --format json");
  CHECK(mixed.code == 2);  // one could not be checked; the other is still reported
  json j = json::parse(mixed.out);
  REQUIRE(j["results"].size() == 2);
  CHECK(j["summary"]["errors"] == 1);
  CHECK(j["summary"]["passed"] == 1);
}

TEST_CASE("cli: a file that cannot be checked says where and why", "[cli]") {
  fs::path d = temp_dir();
  write(d / "dup.yaml", "guidecheck: 1\ndirection: \"3.1\"\ndirection: \"3.2\"\n");
  Run r = run("check " + (d / "dup.yaml").string() + " --format json");
  CHECK(r.code == 2);
  json j = json::parse(r.out);
  const json& res = j["results"][0];
  CHECK(res["status"] == "error");
  CHECK(res["error"]["location"]["line"] == 3);
  CHECK(res["error"]["message"].get<std::string>().find("duplicate key 'direction'") !=
        std::string::npos);
  write(d / "unknown.yaml", "guidecheck: 1\ndirection: \"3.9\"\nparticipants: []\n");
  json u = json::parse(run("check " + (d / "unknown.yaml").string() + " --format json").out);
  CHECK(u["results"][0]["error"]["message"].get<std::string>().find("unknown direction '3.9'") !=
        std::string::npos);
  CHECK(u["results"][0]["error"]["location"]["line"] == 2);
  write(d / "guide.yaml",
        "guidecheck: 1\nguide: sstic-1999\ndirection: \"3.1\"\nparticipants: []\n");
  json g = json::parse(run("check " + (d / "guide.yaml").string() + " --format json").out);
  // The known packs are listed (others may sit beside the shipped one).
  std::string unknown = g["results"][0]["error"]["message"];
  CHECK(unknown.starts_with("unknown guide 'sstic-1999' (known: "));
  CHECK(unknown.find("sstic-2022-draft") != std::string::npos);
  CHECK(g["results"][0]["error"]["location"]["line"] == 2);
}

TEST_CASE("cli: text report in both languages", "[cli]") {
  Run en = run("check examples/3.1-fail.yaml --lang en --color never");
  CHECK(en.out.find("✗ 3.1/round_trip_efficiency") != std::string::npos);
  CHECK(en.out.find("examples/3.1-fail.yaml:18:26") != std::string::npos);
  CHECK(en.out.find("guide 3.1 考核指标: 热泵储电系统设计电-电效率不低于 60%") !=
        std::string::npos);
  CHECK(en.out.find("did you mean `technical_support`?") != std::string::npos);
  CHECK(en.out.find("examples/3.1-fail.yaml:24:3") != std::string::npos);
  CHECK(en.out.find("\x1b[") == std::string::npos);
  Run zh = run("check examples/3.1-fail.yaml --lang zh --color never");
  CHECK(zh.out.find("不满足指南要求 ≥ 60 %") != std::string::npos);
  CHECK(zh.out.find("不通过") != std::string::npos);
  CHECK(zh.out.find("未知的键“technical_suport”") != std::string::npos);
  CHECK(zh.out.find("是否想写 `technical_support`？") != std::string::npos);
  Run color = run("check examples/3.1-fail.yaml --color always");
  CHECK(color.out.find("\x1b[31m") != std::string::npos);
}

TEST_CASE("cli: rules show --format json (contract §5)", "[cli]") {
  Run r = run("rules show 3.1 --format json");
  REQUIRE(r.code == 0);
  json j = json::parse(r.out);
  CHECK(j["guide"] == "sstic-2022-draft");
  CHECK(j["direction"] == "3.1");
  CHECK(j["title"]["zh"] == "高密度热泵储电关键技术合作研发");
  CHECK(j["research_contents"].size() == 5);
  bool found = false;
  for (const auto& i : j["indicators"])
    if (i["id"] == "cold_storage_temperature") {
      found = true;
      CHECK(i["kind"] == "quantity");
      CHECK(i["op"] == "<=");
      CHECK(i["value"] == -100);
      CHECK(i["unit"] == "℃");
      CHECK(i["severity"] == "error");
      CHECK(i["source"]["section"] == "3.1 考核指标");
    }
  CHECK(found);
  json cover = json::parse(run("rules show 3.2 --format json").out);
  for (const auto& i : cover["indicators"])
    if (i["id"] == "operating_temperature_range") CHECK(i["value"] == json::array({20, 80}));
}

TEST_CASE("cli: rules list, explain, --version", "[cli]") {
  Run list = run("rules list --lang en");
  CHECK(list.code == 0);
  CHECK(list.out.find("10.8") != std::string::npos);
  CHECK(list.out.find("broken") == std::string::npos);
  Run ex = run("explain 3.2/cycle_life_60c --lang zh");
  CHECK(ex.code == 0);
  CHECK(ex.out.find("60℃循环寿命不小于 2000 次") != std::string::npos);
  CHECK(ex.out.find("≥ 2000") != std::string::npos);
  CHECK(run("explain general/max_duration --guide sstic-2022-draft")
            .out.find("实施周期不超过 3 年") != std::string::npos);
  CHECK(run("explain 3.1/nope").code == 2);
  Run v = run("--version");
  CHECK(v.out.find("guidecheck 0.1.0") != std::string::npos);
  CHECK(v.out.find("sstic-2022-draft (39 directions)") != std::string::npos);
}

TEST_CASE("cli: explain knows the rules built into guidecheck, which reports name", "[cli]") {
  // SARIF's help tells the reader to `guidecheck explain` every rule it names.
  for (const std::string& id : eval::builtin_rule_ids()) {
    INFO(id);
    Run en = run("explain " + id + " --lang en");
    CHECK(en.code == 0);
    CHECK(en.out.find(id + " · ") == 0);
    CHECK(en.out.find("Built into guidecheck") != std::string::npos);
    Run zh = run("explain " + id + " --lang zh");
    CHECK(zh.code == 0);
    CHECK(zh.out.find("guidecheck 自身的规则") != std::string::npos);
  }
  CHECK(run("explain general/unknown_key --lang en").out.find("misspelt key") != std::string::npos);
  CHECK(run("explain general/no_such_builtin").code == 2);
  // And the ids the engine reports are those.
  fs::path d = temp_dir() / "builtin";
  fs::create_directories(d);
  std::ifstream in("examples/3.1-pass.yaml");
  std::stringstream text;
  text << in.rdbuf();
  std::ofstream(d / "p.yaml") << text.str()
                              << "sub_project: 3\nwaivers:\n  - {rule: nope, reason: r}\n";
  json report = json::parse(run("check " + (d / "p.yaml").string() + " --format json").out);
  std::set<std::string> named;
  for (const auto& f : report["results"][0]["findings"])
    if (f["rule"].get<std::string>().rfind("general/", 0) == 0 && !f.contains("source"))
      named.insert(f["rule"].get<std::string>());
  CHECK(named == std::set<std::string>{"general/unknown_key", "general/waiver_unknown_rule"});
  for (const auto& id : named) CHECK(eval::builtin_rule(id, rules::Lang::En).has_value());
}

TEST_CASE("cli: --rules loads packs from a folder", "[cli]") {
  Run r = run("check examples/3.1-pass.yaml --rules rules");
  CHECK(r.code == 0);
  fs::path d = temp_dir() / "emptyrules";
  fs::create_directories(d);
  CHECK(run("check examples/3.1-pass.yaml --rules " + d.string()).code == 2);
}

TEST_CASE("cli: -o writes the report atomically and never over an input", "[cli]") {
  fs::path d = temp_dir();
  fs::path out = d / "report.json";
  CHECK(run("check examples/3.1-pass.yaml --format json -o " + out.string()).code == 0);
  std::ifstream in(out);
  json j = json::parse(in);
  CHECK(j["summary"]["passed"] == 1);
  fs::copy_file("examples/3.1-pass.yaml", d / "p.yaml", fs::copy_options::overwrite_existing);
  CHECK(run("check " + (d / "p.yaml").string() + " -o " + (d / "p.yaml").string()).code == 2);
  std::ifstream still(d / "p.yaml");
  std::string first;
  std::getline(still, first);
  CHECK(first == "guidecheck: 1");
  // Several reports, one existing and not an input, one over the second input.
  fs::copy_file("examples/3.1-pass.yaml", d / "q.yaml", fs::copy_options::overwrite_existing);
  CHECK(run("check " + (d / "p.yaml").string() + " " + (d / "q.yaml").string() +
            " --format json=" + out.string() + " --format text=" + (d / "q.yaml").string())
            .code == 2);
  std::ifstream q(d / "q.yaml");
  std::getline(q, first);
  CHECK(first == "guidecheck: 1");
}

TEST_CASE("cli: init for every direction, filled as its comments ask, passes", "[cli][init]") {
  auto src = rules::embedded_source();
  fs::path d = temp_dir();
  int checked = 0;
  for (const auto& n : rules::direction_numbers(*src, "sstic-2022-draft")) {
    INFO("direction " << n);
    Diagnostics diags;
    auto dir = rules::load_direction(*src, "sstic-2022-draft", n, diags);
    REQUIRE(dir);
    Run init = run("init " + n + " --guide sstic-2022-draft --lang en");
    REQUIRE(init.code == 0);
    std::string text = init.out;
    // The skeleton parses, and fails only for what is still null.
    fs::path raw = d / ("raw-" + n + ".yaml");
    write(raw, text);
    json unfilled = json::parse(run("check " + raw.string() + " --format json").out);
    REQUIRE(unfilled["results"][0]["status"] == "fail");
    // ... and passes no rule at all until filled in: the placeholder
    // participants make every participant rule invalid, every null is missing.
    for (const auto& f : unfilled["results"][0]["findings"])
      if (f["status"] == "pass") FAIL_CHECK("unfilled skeleton passes " << f["rule"]);
    // Fill every null with a value that meets the comment's requirement.
    std::map<std::string, double> inputs;
    for (const auto& r : dir->rules)
      for (const auto& in : r.inputs) inputs[in.id] = 1;
    std::map<std::string, std::string> fill;
    for (const auto& r : dir->rules) {
      for (const auto& alt : r.any_of) fill[alt.id] = passing_value(alt, inputs);
      if (!r.reads_indicator()) continue;
      fill[r.id] = passing_value(r, inputs);
      for (const auto& in : r.inputs) fill[in.id] = "\"1 " + in.unit + "\"";
    }
    fill["duration"] = "36 个月";
    fill["sub_projects"] = "0";
    std::string filled, section;
    std::istringstream lines(text);
    int named = 0;
    for (std::string line; std::getline(lines, line);) {
      std::smatch m;
      // Name every placeholder participant.
      if (std::regex_search(line, m, std::regex(R"re(^(\s*- name: )".*"$)re")))
        line = m[1].str() + "\"Unit " + std::to_string(++named) + "\"";
      if (!line.empty() && line[0] != ' ' && line[0] != '#')
        section = line.substr(0, line.find(':'));
      if (std::regex_search(line, m, std::regex(R"(^(\s*)([a-z0-9_]+): null(.*)$)"))) {
        if (section == "research_contents") {
          line = m[1].str() + m[2].str() + ": true" + m[3].str();
          filled += line + "\n";
          continue;
        }
        auto it = fill.find(m[2]);
        REQUIRE(it != fill.end());
        line = m[1].str() + m[2].str() + ": " + it->second + m[3].str();
      }
      filled += line + "\n";
    }
    fs::path p = d / (n + ".yaml");
    write(p, filled);
    Run r = run("check " + p.string() + " --format json --lang en");
    json j = json::parse(r.out);
    for (const auto& f : j["results"][0]["findings"])
      if (f["status"] != "pass") FAIL_CHECK(f["rule"] << ": " << f["message"]);
    CHECK(r.code == 0);
    ++checked;
  }
  CHECK(checked == 39);
}
