// --help per command, in the user's language, with examples; `guidecheck help
// TOPIC`; CLI11's own mistakes explained in Chinese. End to end, through the
// built binary.
#include <sys/wait.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>
#include <cstdio>
#include <regex>
#include <string>

#include "catch_compat.h"
#include "language_check.h"

namespace {

struct Run {
  int code;
  std::string out, err;
};

Run run(const std::string& args) {
  std::string err_file = "/tmp/guidecheck-help-test-" + std::to_string(::getpid()) + ".err";
  std::string cmd = "env -u LANG -u LC_ALL -u LC_MESSAGES " + std::string(GUIDECHECK_BINARY) + " " +
                    args + " 2>" + err_file;
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  Run r{0, {}, {}};
  std::array<char, 4096> buf;
  while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) r.out.append(buf.data(), n);
  int status = pclose(p);
  r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (FILE* e = fopen(err_file.c_str(), "r")) {
    while (std::size_t n = fread(buf.data(), 1, buf.size(), e)) r.err.append(buf.data(), n);
    fclose(e);
  }
  std::remove(err_file.c_str());
  return r;
}

using guidecheck::testing::has_han;

// The lines that describe (after the option column), without what is quoted.
std::string described(const std::string& help) {
  std::string out;
  std::size_t pos = 0;
  while (pos < help.size()) {
    std::size_t end = help.find('\n', pos);
    if (end == std::string::npos) end = help.size();
    std::string line = help.substr(pos, end - pos);
    pos = end + 1;
    if (line.rfind("  guidecheck ", 0) == 0) continue;  // an example's command line
    if (line.rfind("Usage:", 0) == 0 || line.rfind("用法:", 0) == 0) continue;
    std::size_t col = line.find("   ", 2);
    out += (col == std::string::npos ? line : line.substr(col)) + "\n";
  }
  // Non-greedy spans: std::regex works on bytes, and [^）] would stop at any
  // byte the closing mark shares with a character inside.
  return std::regex_replace(
      out, std::regex("（[\\s\\S]*?）|“[\\s\\S]*?”|\\([^)]*\\)|'[^']*'|`[^`]*`"), " ");
}

const std::regex kEnglishSentence("[A-Za-z]{3,} [A-Za-z]{3,} [A-Za-z]{3,}");

}  // namespace

TEST_CASE("each command's --help lists its own options, with examples, in the language asked",
          "[cli][help]") {
  for (const char* cmd :
       {"check", "init", "import", "explain", "schema", "rules", "rules show", "help"}) {
    INFO(cmd);
    Run en = run(std::string(cmd) + " --help --lang en");
    Run zh = run(std::string(cmd) + " --help --lang zh");
    REQUIRE(en.code == 0);
    REQUIRE(zh.code == 0);
    CHECK(en.out.find("Examples:") != std::string::npos);
    CHECK(zh.out.find("示例：") != std::string::npos);
    CHECK(zh.out.find("选项") != std::string::npos);
    CHECK_FALSE(has_han(described(en.out)));
    CHECK_FALSE(std::regex_search(described(zh.out), kEnglishSentence));
  }
  // Options a command has no use for are accepted but not listed.
  Run init = run("init --help --lang en");
  CHECK(init.out.find("--jobs") == std::string::npos);
  CHECK(init.out.find("--color") == std::string::npos);
  CHECK(init.out.find("--force") != std::string::npos);
  CHECK(run("init 3.1 --jobs 2 --color never --lang en").code == 0);
  Run check = run("check --help --lang en");
  CHECK(check.out.find("--jobs") != std::string::npos);
  CHECK(check.out.find("--color") != std::string::npos);
  CHECK(check.out.find("--schema-url") == std::string::npos);
  // Two or three examples, each a command line and what it does.
  std::size_t examples = 0;
  for (std::size_t p = check.out.find("\n  guidecheck check "); p != std::string::npos;
       p = check.out.find("\n  guidecheck check ", p + 1))
    ++examples;
  CHECK(examples >= 2);
  CHECK(examples <= 3);
}

TEST_CASE("guidecheck help TOPIC explains the proposal format and the rest", "[cli][help]") {
  for (const char* topic : {"format", "values", "waivers", "config", "formats", "exit-codes"}) {
    INFO(topic);
    Run en = run(std::string("help ") + topic + " --lang en");
    Run zh = run(std::string("help ") + topic + " --lang zh");
    CHECK(en.code == 0);
    CHECK(zh.code == 0);
    CHECK(en.out.size() > 200);
    CHECK(has_han(zh.out));
    CHECK(en.out.find("{{") == std::string::npos);  // fmt's escapes are filled
  }
  Run format = run("help format --lang zh");
  CHECK(format.out.find("guidecheck: 1") != std::string::npos);
  CHECK(format.out.find("participants:") != std::string::npos);
  CHECK(format.out.find("indicators:") != std::string::npos);
  Run values = run("help values --lang en");
  CHECK(values.out.find("estimate") != std::string::npos);
  CHECK(values.out.find("{value: 62 %") != std::string::npos);
  CHECK(run("help 格式 --lang zh").out == format.out);  // a Chinese name for the topic
  Run check = run("help check --lang zh");
  CHECK(check.code == 0);
  CHECK(check.out.find("--format") != std::string::npos);
  Run list = run("help --lang en");
  CHECK(list.code == 0);
  CHECK(list.out.find("Help topics:") != std::string::npos);
  Run typo = run("help valeus --lang en");
  CHECK(typo.code == 2);
  CHECK(typo.err.find("did you mean: values") != std::string::npos);
  Run typo_zh = run("help valeus --lang zh");
  CHECK(typo_zh.err.find("您是否要找：values") != std::string::npos);
}

TEST_CASE("a mistake on the command line is explained in Chinese, with CLI11's words",
          "[cli][help]") {
  Run r = run("check --jobs 0 x.yaml --lang zh");
  CHECK(r.code == 2);
  CHECK(r.err.find("参数值不符合要求") != std::string::npos);
  CHECK(r.err.find("--jobs") != std::string::npos);
  CHECK(r.err.find("guidecheck help") != std::string::npos);
  Run missing = run("init --lang zh");
  CHECK(missing.code == 2);
  CHECK(missing.err.find("缺少必需的参数") != std::string::npos);
  Run en = run("init --lang en");
  CHECK(en.code == 2);
  CHECK_FALSE(has_han(en.err));
}

TEST_CASE("the command line's own errors are in the user's language", "[cli][help]") {
  Run zh = run("check examples/3.1-pass.yaml --format nope --lang zh");
  CHECK(zh.code == 2);
  CHECK(zh.err.find("未知的格式“nope”") != std::string::npos);
  Run en = run("check examples/3.1-pass.yaml --format nope --lang en");
  CHECK(en.err.find("unknown format 'nope'") != std::string::npos);
  CHECK(run("explain nonsense --lang zh").err.find("规则标识的形式") != std::string::npos);
  CHECK(run("explain 3.1/nonsense --lang zh").err.find("未知的规则") != std::string::npos);
  Run both = run("check examples/3.1-pass.yaml --format json --format sarif --lang zh");
  CHECK(both.err.find("多种格式都会写到标准输出") != std::string::npos);
  CHECK_FALSE(
      has_han(run("check examples/3.1-pass.yaml --format json --format sarif --lang en").err));
}
