// libFuzzer target: the rule-pack loader, fed what a hostile `--rules` folder
// could hold. The input is read as one rule, then put in place of each file of
// the embedded pack in turn (pack.yaml, general.yaml, the direction it names,
// that direction's tests) and loaded through a PackSource as from a folder.
// A direction that loads is then used as `check`, `rules show`, `init`,
// `schema` and `rules test` would use it.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "eval/checker.h"
#include "eval/evaluate.h"
#include "proposal/proposal.h"
#include "ruledoc/ruledoc.h"
#include "ruledoc/schema.h"
#include "rules/load.h"
#include "rules/source.h"
#include "ruletest/ruletest.h"
#include "yaml/parse.h"

using namespace guidecheck;

namespace {

const std::string kPack = "sstic-2022-draft";

// The embedded packs with one file replaced (or added).
class Overlay : public rules::PackSource {
 public:
  Overlay(std::string rel, std::string text) : rel_(std::move(rel)), text_(std::move(text)) {}
  std::optional<std::string> read(const std::string& rel, std::string* why) const override {
    if (rel == rel_) return text_;
    return base().read(rel, why);
  }
  std::vector<std::string> list(const std::string& rel_dir) const override {
    std::vector<std::string> out = base().list(rel_dir);
    if (rel_.rfind(rel_dir + "/", 0) == 0) {
      std::string name = rel_.substr(rel_dir.size() + 1);
      if (std::find(out.begin(), out.end(), name) == out.end()) out.push_back(name);
    }
    return out;
  }
  std::vector<std::string> packs() const override { return base().packs(); }
  std::string display(const std::string& rel) const override { return "fuzz/" + rel; }

 private:
  static const rules::PackSource& base() {
    static auto embedded = rules::embedded_source();
    return *embedded;
  }
  std::string rel_, text_;
};

// A proposal for `d` that gives every indicator a plausible value.
std::string proposal_for(const rules::Direction& d) {
  std::string s =
      "guidecheck: 1\ndirection: \"" + d.number +
      "\"\nduration: 36 个月\nparticipants:\n"
      "  - {name: A, country: CN, role: lead, kind: institute}\n"
      "  - {name: B, country: DE, role: member, kind: university}\nresearch_contents:\n";
  for (const auto& r : d.research_contents) s += "  " + r.id + ": true\n";
  s += "indicators:\n";
  for (const auto& r : d.rules) {
    std::string v = r.kind == rules::Kind::Qualitative   ? "true"
                    : r.kind == rules::Kind::Ratio       ? "\"1:25000\""
                    : r.kind == rules::Kind::Categorical ? "[a, b]"
                    : r.unit.empty()                     ? "3"
                                                         : "\"3 " + r.unit + "\"";
    if (r.measure == rules::Measure::Indicator) s += "  " + r.id + ": " + v + "\n";
    for (const auto& in : r.inputs) s += "  " + in.id + ": \"2 " + in.unit + "\"\n";
  }
  return s;
}

void use(const rules::Pack& pack, const rules::General& general, const rules::Direction& d) {
  std::ostringstream out;
  for (rules::Lang lang : {rules::Lang::En, rules::Lang::Zh}) {
    out << ruledoc::direction_json(pack, d).dump(2, ' ', false,
                                                 nlohmann::ordered_json::error_handler_t::replace);
    ruledoc::direction_text(out, pack, d, lang);
    ruledoc::direction_markdown(out, pack, d, lang);
    out << ruledoc::proposal_schema(pack, general, d, lang)
               .dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    std::string skeleton = ruledoc::skeleton(pack, general, d, lang, "");
    proposal::parse("init.yaml", skeleton);
  }
  proposal::Parsed p = proposal::parse("fuzz.yaml", proposal_for(d));
  if (p.ok) eval::evaluate(p.proposal, pack, general, d, eval::Options{});
}

// The direction number a direction or tests file names, if usable.
std::string named_direction(std::string_view text) {
  yaml::ParseResult y = yaml::parse(text);
  if (!y.ok || !y.root->is_map()) return "3.1";
  const yaml::Node* n = y.root->get("direction");
  if (n && n->is_scalar() && rules::safe_component(n->scalar)) return n->scalar;
  return "3.1";
}

// The embedded pack's own files, loaded once: each input replaces one file and
// is used with the others.
struct Shipped {
  rules::Pack pack;
  rules::General general;
  Shipped() {
    auto src = rules::embedded_source();
    Diagnostics d;
    pack = *rules::load_pack(*src, kPack, d);
    general = *rules::load_general(*src, kPack, d);
  }
};
const Shipped& shipped() {
  static Shipped s;
  return s;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string text(reinterpret_cast<const char*>(data), size);
  const Shipped& base = shipped();

  // As one rule.
  yaml::ParseResult y = yaml::parse(text);
  if (y.ok) {
    Diagnostics d;
    rules::parse_rule(*y.root, "9.9", "rule.yaml", d);
  }
  const std::string number = named_direction(text);
  auto load = [&](const std::string& file, auto loader) {
    Overlay src(kPack + "/" + file, text);
    Diagnostics d;
    auto loaded = loader(src, d);
    for (const auto& x : d) (void)x.where();
    return loaded;
  };

  // As pack.yaml, general.yaml, and the direction file it names.
  load("pack.yaml",
       [](const rules::PackSource& s, Diagnostics& d) { return rules::load_pack(s, kPack, d); });
  auto general = load("general.yaml", [](const rules::PackSource& s, Diagnostics& d) {
    return rules::load_general(s, kPack, d);
  });
  auto dir =
      load("directions/" + number + ".yaml", [&](const rules::PackSource& s, Diagnostics& d) {
        rules::direction_numbers(s, kPack);
        return rules::load_direction(s, kPack, number, d);
      });
  if (dir) use(base.pack, base.general, *dir);
  if (general) {
    auto src = rules::embedded_source();
    Diagnostics d;
    if (auto shipped_dir = rules::load_direction(*src, kPack, "3.1", d))
      use(base.pack, *general, *shipped_dir);
  }

  // As a direction's tests (`rules test`), when it looks like one.
  if (y.ok && y.root->is_map() &&
      (y.root->get("base") || y.root->get("valid") || y.root->get("invalid"))) {
    eval::Checker checker(std::make_unique<Overlay>(kPack + "/tests/" + number + ".yaml", text),
                          eval::Options{});
    ruletest::run_direction(checker, kPack, number);
  }
  return 0;
}
