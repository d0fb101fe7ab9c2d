// `guidecheck check` end to end: --fail-on exit codes, several formats from
// one run, --excel-bom.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "catch_compat.h"

namespace {

namespace fs = std::filesystem;

// Runs the built binary from the source tree with `args`; stdout to `out`.
int run(const std::string& args, const std::string& out = "/dev/null") {
  std::string cmd = std::string("cd '") + GUIDECHECK_SOURCE_DIR + "' && '" + GUIDECHECK_BINARY +
                    "' " + args + " > '" + out + "' 2>/dev/null";
  int rc = std::system(cmd.c_str());
  REQUIRE(WIFEXITED(rc));
  return WEXITSTATUS(rc);
}

std::string slurp(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

struct TempDir {
  fs::path path;
  TempDir() {
    std::string t = (fs::temp_directory_path() / "guidecheck-cli-XXXXXX").string();
    REQUIRE(::mkdtemp(t.data()));
    path = t;
  }
  ~TempDir() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

const char* kWarnings = "tests/data/formats/10.4-info.yaml";  // fails an info-severity rule only

}  // namespace

TEST_CASE("check --fail-on: exit codes follow the lowest failing severity", "[cli][fail-on]") {
  // A proposal that fails only warnings passes by default and under error...
  CHECK(run(std::string("check ") + kWarnings) == 0);
  CHECK(run(std::string("check --fail-on error ") + kWarnings) == 0);
  // ...and fails under warning and info.
  CHECK(run(std::string("check --fail-on warning ") + kWarnings) == 0);
  CHECK(run(std::string("check --fail-on info ") + kWarnings) == 1);
  // A passing proposal passes whatever the level; an error-failing one fails.
  CHECK(run("check --fail-on warning examples/3.1-pass.yaml") == 0);
  CHECK(run("check --fail-on error examples/3.1-fail.yaml") == 1);
  CHECK(run("check --fail-on warning examples/3.1-fail.yaml") == 1);
  // Something that cannot be checked is 2, never 0 or 1.
  TempDir t;
  std::ofstream(t.path / "broken.yaml") << "guidecheck: 1\ndirection: [\n";
  CHECK(run("check --fail-on warning examples/3.1-pass.yaml '" + (t.path / "broken.yaml").string() +
            "'") == 2);
  CHECK(run(std::string("check --fail-on error ") + kWarnings + " '" +
            (t.path / "broken.yaml").string() + "'") == 2);
  // Usage errors are 2.
  CHECK(run(std::string("check --fail-on never ") + kWarnings) == 2);
  CHECK(run(std::string("check --format nosuch ") + kWarnings) == 2);
}

TEST_CASE("check --fail-on shows in the formats: the status, JUnit failures and the CSV status",
          "[cli][fail-on]") {
  TempDir t;
  for (const char* level : {"error", "info"}) {
    INFO(level);
    fs::path junit = t.path / (std::string(level) + ".xml"),
             csv = t.path / (std::string(level) + ".csv");
    int rc = run(std::string("check --fail-on ") + level + " --format junit=" + junit.string() +
                 " --format csv=" + csv.string() + " " + kWarnings);
    bool strict = std::string(level) == "info";
    CHECK(rc == (strict ? 1 : 0));
    std::string x = slurp(junit);
    CHECK(x.find(strict ? "failures=\"1\" errors=\"0\" skipped=\"0\""
                        : "failures=\"0\" errors=\"0\" skipped=\"1\"") != std::string::npos);
    CHECK(slurp(csv).find(strict ? ",fail,16,1,0,0," : ",pass,16,1,0,0,") != std::string::npos);
  }
}

TEST_CASE("several formats from one run equal the same formats run one by one", "[cli][formats]") {
  TempDir t;
  const std::string inputs = "examples " + std::string(kWarnings);
  const std::vector<std::string> names{"json", "junit", "sarif", "github", "markdown", "csv"};
  std::string args = "check --lang en --format text";
  for (const auto& n : names) args += " --format " + n + "=" + (t.path / (n + ".out")).string();
  int rc = run(args + " " + inputs, (t.path / "text.stdout").string());
  CHECK(rc == 1);
  CHECK(slurp(t.path / "text.stdout").find("examples/3.1-fail.yaml") != std::string::npos);
  for (const auto& n : names) {
    INFO(n);
    fs::path single = t.path / (n + ".single");
    CHECK(run("check --lang en --format " + n + " " + inputs, single.string()) == rc);
    std::string a = slurp(t.path / (n + ".out")), b = slurp(single);
    CHECK(!a.empty());
    CHECK(a == b);
  }
  // -o names the file of the one format given without =FILE.
  CHECK(run("check --lang en --format sarif -o " + (t.path / "o.sarif").string() + " " + inputs) ==
        rc);
  CHECK(slurp(t.path / "o.sarif") == slurp(t.path / "sarif.out"));
}

TEST_CASE("check --excel-bom prefixes the csv with the UTF-8 BOM", "[cli][csv]") {
  TempDir t;
  CHECK(run("check --format csv --excel-bom examples/3.1-pass.yaml",
            (t.path / "bom.csv").string()) == 0);
  CHECK(run("check --format csv examples/3.1-pass.yaml", (t.path / "plain.csv").string()) == 0);
  std::string bom = slurp(t.path / "bom.csv"), plain = slurp(t.path / "plain.csv");
  CHECK(bom == "\xEF\xBB\xBF" + plain);
  CHECK(plain.rfind("file,guide,direction,", 0) == 0);
}
