// The bad-input catalogue run in both languages (issue 12): every message a
// bad proposal gets (the error, the findings that do not pass, the warnings)
// is written in the language asked for. What a message quotes — the
// applicant's own text, an example of what to write, a key, a rule's unit —
// is left aside, as is the guide's wording of a requirement.
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <nlohmann/json.hpp>
#include <regex>

#include "bad_input/cases.h"
#include "bad_input/harness.h"
#include "catch_compat.h"
#include "language_check.h"

using json = nlohmann::json;
using namespace bad_input;

namespace {

using guidecheck::testing::has_han;

// The sentence itself: quoted text, bracketed examples and code spans removed.
std::string unquoted(std::string s) {
  // Non-greedy spans rather than [^”]: std::regex works on bytes, and a
  // negated class would stop at any byte a quote mark shares.
  static const std::regex quoted(
      "“[\\s\\S]*?”|‘[\\s\\S]*?’|「[\\s\\S]*?」|《[\\s\\S]*?》|（[\\s\\S]*?）|\\([^)]*\\)|"
      "\\[[^\\]]*\\]|`[^`]*`|'[^']*'|\"[^\"]*\"");
  std::string prev;
  while (prev != s) prev = s, s = std::regex_replace(s, quoted, " ");
  return s;
}

// Every message of one result of a JSON report.
std::vector<std::string> messages(const json& result) {
  std::vector<std::string> out;
  if (result.contains("error") && result["error"].is_object())
    out.push_back(result["error"].value("message", ""));
  for (const json& f : result.value("findings", json::array()))
    if (f.value("status", "") != "pass") out.push_back(f.value("message", ""));
  for (const json& w : result.value("warnings", json::array()))
    out.push_back(w.value("message", ""));
  return out;
}

// The texts of the proposal (titles, values, names) a message may repeat
// unquoted: each line's value, stripped of its key.
std::vector<std::string> proposal_texts(const std::string& yaml) {
  std::vector<std::string> out;
  std::size_t pos = 0;
  while (pos < yaml.size()) {
    std::size_t end = yaml.find('\n', pos);
    if (end == std::string::npos) end = yaml.size();
    std::string line = yaml.substr(pos, end - pos);
    pos = end + 1;
    auto colon = line.find(": ");
    std::string v = colon == std::string::npos ? line : line.substr(colon + 2);
    if (v.size() >= 3) out.push_back(v);
  }
  return out;
}

const std::regex kEnglish("[A-Za-z]{3,}[ ,;:]+[A-Za-z]{3,}[ ,;:]+[A-Za-z]{3,}");

}  // namespace

TEST_CASE("bad input: every message is in the language asked for", "[bad_input][lang]") {
  for (const Case& c : catalogue()) {
    if (c.exit == 0) continue;
    TempDir dir;
    const std::string file = c.name + ".yaml";
    write(dir / file, c.text);
    std::vector<std::string> texts = proposal_texts(c.text);
    for (const char* lang : {"zh", "en"}) {
      std::vector<std::string> args{"check", "--lang", lang, "--format", "json"};
      args.insert(args.end(), c.args.begin(), c.args.end());
      args.push_back(file);
      Run r = run(args, dir.path());
      REQUIRE(r.exited());
      json report = json::parse(r.out);
      for (const json& res : report.at("results"))
        for (std::string m : messages(res)) {
          for (const std::string& t : texts)  // what the proposal says, repeated
            for (auto at = m.find(t); at != std::string::npos; at = m.find(t))
              m.replace(at, t.size(), " ");
          std::string sentence = unquoted(m);
          INFO("case " << c.name << ", --lang " << lang << "\nmessage: " << m
                       << "\nsentence: " << sentence);
          if (std::string(lang) == "en")
            CHECK_FALSE(has_han(sentence));
          else
            CHECK_FALSE(std::regex_search(sentence, kEnglish));
        }
    }
  }
}
