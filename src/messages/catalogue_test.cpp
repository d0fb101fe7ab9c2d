// Every message of the catalogue exists in both languages, uses exactly the
// arguments its entry declares in both, and is written in its own language.
#include "messages/catalogue.h"

#include <fmt/args.h>
#include <fmt/format.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <regex>
#include <set>
#include <string>

#include "catch_compat.h"
#include "language_check.h"
#include "messages/text.h"

namespace guidecheck::msg {
namespace {

// The text outside quotes, brackets and code spans: what the sentence itself
// says, without the examples, key names and symbols it quotes.
std::string outside_quotes(std::string_view s) {
  static const std::vector<std::pair<std::string, std::string>> pairs = {
      {"(", ")"},   {"（", "）"}, {"“", "”"},   {"‘", "’"},   {"'", "'"}, {"`", "`"},
      {"\"", "\""}, {"[", "]"},   {"【", "】"}, {"《", "》"}, {"{", "}"}, {"「", "」"}};
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) {
    bool skipped = false;
    for (const auto& [open, close] : pairs) {
      if (s.substr(i, open.size()) != open) continue;
      auto end = s.find(close, i + open.size());
      if (end == std::string_view::npos) continue;
      i = end + close.size();
      out += ' ';
      skipped = true;
      break;
    }
    if (!skipped) out += s[i++];
  }
  return out;
}

using guidecheck::testing::has_han;

std::string fill(std::string_view pattern, int arity) {
  fmt::dynamic_format_arg_store<fmt::format_context> store;
  for (int a = 0; a < arity; ++a) store.push_back(fmt::format("<arg{}>", a));
  return fmt::vformat(pattern, store);
}

TEST_CASE("every message has both languages and the same arguments in each") {
  std::set<std::string_view> ids;
  for (const Entry& e : catalogue()) {
    INFO(e.id);
    CHECK(ids.insert(e.id).second);
    if (e.id == "empty" || e.id == "verbatim" || e.id == "list" || e.id == "words") continue;
    CHECK(e.arity >= 0);
    CHECK_FALSE(e.zh.empty());
    CHECK_FALSE(e.en.empty());
    for (std::string_view p : {e.zh, e.en}) {
      INFO(p);
      std::string filled;
      REQUIRE_NOTHROW(filled = fill(p, e.arity));
      for (int a = 0; a < e.arity; ++a)
        CHECK(filled.find(fmt::format("<arg{}>", a)) != std::string::npos);
    }
  }
  CHECK(ids.size() == catalogue().size());
}

TEST_CASE("every message is written in its own language") {
  // English sentences may quote Chinese (an example of what to write, in
  // quotes or brackets); outside those, no Chinese. Chinese sentences are
  // Chinese, and quote English key names and examples the same way.
  static const std::regex english_words("[A-Za-z]{3,}[ ,;:]+[A-Za-z]{3,}[ ,;:]+[A-Za-z]{3,}");
  for (const Entry& e : catalogue()) {
    if (e.id == "empty" || e.id == "verbatim" || e.id == "list" || e.id == "words") continue;
    INFO(e.id << "\nzh: " << e.zh << "\nen: " << e.en);
    // An entry of punctuation around its arguments only (a quoted word) has
    // no words in either language.
    bool words = std::regex_search(std::string(e.en), std::regex("[A-Za-z]{2,}"));
    if (words) CHECK(has_han(e.zh));
    CHECK_FALSE(has_han(outside_quotes(e.en)));
    std::string zh_sentence = outside_quotes(e.zh);
    CHECK_FALSE(std::regex_search(zh_sentence, english_words));
  }
}

TEST_CASE("a message is filled in the language asked for, now or later") {
  CHECK(tr<Id::common_more_warnings>(Lang::Zh, 20) == "警告超过 20 条，其余不再列出");
  Text t = text<Id::common_more_warnings>(3);
  CHECK(t.render(Lang::En) == "more than 3 warnings; the others are not shown");
  CHECK(verbatim("z").zh() == "z");
  CHECK(Text{}.empty());
  CHECK(join(Lang::Zh, {"a", "b"}) == "a、b");
  CHECK(join(Lang::En, {"a", "b"}) == "a, b");
}

TEST_CASE("a Text whose arguments do not fit its pattern shows its id, never crashes") {
  Text broken{Id::common_more_warnings, {}, {}};
  CHECK(broken.render(Lang::En) == "[common_more_warnings] ");
}

}  // namespace
}  // namespace guidecheck::msg
