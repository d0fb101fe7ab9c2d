// The bad-input catalogue (issue 6): the built binary run on every case of
// tests/bad_input/cases.h next to a good proposal, its JSON parsed back and its
// text read; then the inputs that need the file system: a 200 MB file, link
// loops, FIFOs, devices, folders named like files, names that are not UTF-8.
// Every run has a time limit: a hang fails the test instead of stalling it.
#include <sys/stat.h>
#include <unistd.h>

#include <nlohmann/json.hpp>
#include <set>

#include "bad_input/cases.h"
#include "bad_input/harness.h"
#include "catch_compat.h"
#include "report/formats.h"

using json = nlohmann::json;
using namespace bad_input;

namespace {

bool has(const std::string& haystack, const std::string& needle) {
  return haystack.find(needle) != std::string::npos;
}

const json* result_for(const json& report, const std::string& file) {
  for (const json& r : report.at("results"))
    if (r.at("file") == file) return &r;
  return nullptr;
}

const json* finding_of(const json& result, const std::string& rule) {
  for (const json& f : result.at("findings"))
    if (f.at("rule") == rule) return &f;
  return nullptr;
}

std::vector<std::string> concat(std::vector<std::string> a, const std::vector<std::string>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

// Checks one catalogue case: JSON (with a good proposal in the same batch,
// unless the case lowers a limit the good one would break too), then text.
void check_case(const Case& c) {
  TempDir dir;
  const std::string file = c.name + ".yaml";
  write(dir / "good.yaml", join(base_lines()));
  write(dir / file, c.text);
  const bool batch = c.args.empty();
  std::vector<std::string> files =
      batch ? std::vector<std::string>{"good.yaml", file} : std::vector<std::string>{file};

  Run r =
      run(concat(concat({"check", "--lang", "en", "--format", "json"}, c.args), files), dir.path());
  INFO("stderr: " << r.err);
  REQUIRE_FALSE(r.timed_out);
  REQUIRE(r.signal == 0);
  CHECK(r.code == c.exit);
  json report = json::parse(r.out);  // throws (fails the case) unless valid JSON
  REQUIRE(report.at("results").size() == files.size());
  if (batch) {
    const json* good = result_for(report, "good.yaml");
    REQUIRE(good != nullptr);
    CHECK(good->at("status") == "pass");  // the batch goes on past the bad file
  }
  const json* res = result_for(report, file);
  REQUIRE(res != nullptr);
  const json& summary = report.at("summary");
  CHECK(summary.at("files") == files.size());
  CHECK(summary.at("errors") == (c.exit == 2 ? 1 : 0));
  CHECK(summary.at("failed") == (c.exit == 1 ? 1 : 0));

  std::string message;
  if (c.exit == 2) {
    CHECK(res->at("status") == "error");
    message = res->at("error").at("message").get<std::string>();
    if (c.line > 0) {
      CHECK(res->at("error").at("location").at("line") == c.line);
      CHECK(res->at("error").at("location").at("column") == c.column);
    }
  } else if (c.exit == 1) {
    CHECK(res->at("status") == "fail");
    const json* f = finding_of(*res, c.rule);
    REQUIRE(f != nullptr);
    CHECK(f->at("status") == c.finding);
    CHECK(f->at("location").at("line") == c.line);
    CHECK(f->at("location").at("column") == c.column);
    CHECK(f->at("expected").contains("op"));  // what the guide asks, machine-readable
    message = f->at("message").get<std::string>();
  } else {
    CHECK(res->at("status") == "pass");
  }
  for (const std::string& s : c.says) {
    INFO("message: " << message);
    CHECK(has(message, s));
  }
  for (const std::string& w : c.warns) {
    bool found = false;
    for (const json& x : res->value("warnings", json::array()))
      found |= has(x.at("message").get<std::string>(), w);
    INFO("warning wanted: " << w);
    CHECK(found);
  }

  // The text report says the same, with file:line:column.
  Run t = run(concat(concat({"check", "--lang", "en", "--color", "never"}, c.args), {file}),
              dir.path());
  INFO("text: " << t.out);
  REQUIRE_FALSE(t.timed_out);
  REQUIRE(t.signal == 0);
  CHECK(t.code == c.exit);
  CHECK(has(t.out, file));
  if (c.exit != 0 && c.line > 0)
    CHECK(has(t.out, file + ":" + std::to_string(c.line) + ":" + std::to_string(c.column)));
  for (const std::string& s : c.says) CHECK(has(t.out, s));
}

// `check --format json` on `files` in `dir`, asserting it ran to the end.
json check_json(const TempDir& dir, const std::vector<std::string>& files, int want_exit,
                const std::vector<std::string>& extra = {}) {
  Run r =
      run(concat(concat({"check", "--lang", "en", "--format", "json"}, extra), files), dir.path());
  INFO("stderr: " << r.err);
  REQUIRE_FALSE(r.timed_out);
  REQUIRE(r.signal == 0);
  CHECK(r.code == want_exit);
  return json::parse(r.out);
}

// The result for `file` is an error whose message holds every fragment.
void expect_error(const json& report, const std::string& file,
                  const std::vector<std::string>& says) {
  const json* res = result_for(report, file);
  INFO("file: " << file << "\nreport: " << report.dump(2));
  REQUIRE(res != nullptr);
  CHECK(res->at("status") == "error");
  std::string message = res->at("error").at("message");
  for (const std::string& s : says) CHECK(has(message, s));
}

void expect_pass(const json& report, const std::string& file) {
  const json* res = result_for(report, file);
  INFO("file: " << file << "\nreport: " << report.dump(2));
  REQUIRE(res != nullptr);
  CHECK(res->at("status") == "pass");
}

}  // namespace

TEST_CASE("bad input: the catalogue holds at least 50 distinct cases", "[bad_input]") {
  auto cases = catalogue();
  CHECK(cases.size() >= 50);
  std::set<std::string> names;
  for (const Case& c : cases) {
    INFO(c.name);
    CHECK(names.insert(c.name).second);
    CHECK((c.exit == 0 || !c.says.empty()));  // every rejection says what is wrong
  }
}

TEST_CASE(
    "bad input: every catalogue case is answered per the contract, with file, place and "
    "expectation",
    "[bad_input]") {
  for (const Case& c : catalogue()) {
    DYNAMIC_SECTION(c.name) { check_case(c); }
  }
}

TEST_CASE("bad input: a 200 MB file is refused by its size, and the batch goes on",
          "[bad_input][limits]") {
  TempDir dir;
  write(dir / "good.yaml", join(base_lines()));
  {
    // Sparse: 200 MB long, no disk used. Never read whole: the size decides.
    std::ofstream(dir / "huge.yaml").put('#');
    fs::resize_file(dir / "huge.yaml", 200u << 20);
  }
  json report = check_json(dir, {"good.yaml", "huge.yaml"}, 2);
  expect_pass(report, "good.yaml");
  expect_error(report, "huge.yaml",
               {"209715200 bytes", "over the limit of 16777216", "--max-file-size"});
  // A raised limit lets a big file through: 17 MiB of comment after a good proposal.
  write(dir / "big.yaml", join(base_lines()) + "# " + std::string(17u << 20, 'x') + "\n");
  expect_error(check_json(dir, {"big.yaml"}, 2), "big.yaml", {"over the limit", "--max-file-size"});
  expect_pass(check_json(dir, {"big.yaml"}, 0, {"--max-file-size", "20000000"}), "big.yaml");
}

TEST_CASE("bad input: a folder with symbolic link loops is searched once, without hanging",
          "[bad_input][files]") {
  TempDir dir;
  fs::create_directories(dir / "batch" / "sub");
  write(dir / "batch" / "sub" / "good.yaml", join(base_lines()));
  fs::create_directory_symlink("..", dir / "batch" / "sub" / "up");  // back to the parent
  fs::create_directory_symlink(".", dir / "batch" / "self");         // to itself
  fs::create_directory_symlink("../batch", dir / "batch" / "sub" / "again");
  json report = check_json(dir, {"batch"}, 0);
  REQUIRE(report.at("results").size() == 1);
  expect_pass(report, "batch/sub/good.yaml");
  // A link loop among the files: a.yaml -> b.yaml -> a.yaml.
  fs::create_symlink("b.yaml", dir / "batch" / "a.yaml");
  fs::create_symlink("a.yaml", dir / "batch" / "b.yaml");
  report = check_json(dir, {"batch"}, 2);
  expect_pass(report, "batch/sub/good.yaml");
  expect_error(report, "batch/a.yaml", {"loop"});
  expect_error(report, "batch/b.yaml", {"loop"});
}

TEST_CASE("bad input: unreadable inputs are errors naming the file, and the batch goes on",
          "[bad_input][files]") {
  TempDir dir;
  write(dir / "good.yaml", join(base_lines()));
  fs::create_symlink("no-such-file.yaml", dir / "dangling.yaml");
  REQUIRE(::mkfifo((dir / "fifo.yaml").c_str(), 0600) == 0);  // opening it would block for ever
  fs::create_symlink("/dev/zero", dir / "zero.yaml");         // reading it would never end
  fs::create_directories(dir / "folder.yaml");                // a folder named like a proposal
  fs::create_directories(dir / "inbox");
  write(dir / "inbox" / "good.yaml", join(base_lines()));
  REQUIRE(::mkfifo((dir / "inbox" / "pipe.yaml").c_str(), 0600) == 0);

  json report = check_json(
      dir, {"good.yaml", "dangling.yaml", "fifo.yaml", "zero.yaml", "folder.yaml", "inbox"}, 2);
  expect_pass(report, "good.yaml");
  expect_pass(report, "inbox/good.yaml");
  expect_error(report, "dangling.yaml", {"link"});
  expect_error(report, "fifo.yaml", {"FIFO"});
  expect_error(report, "zero.yaml", {"device"});
  expect_error(report, "inbox/pipe.yaml", {"FIFO"});
  CHECK(result_for(report, "folder.yaml") ==
        nullptr);  // searched as a folder: it holds no proposal

  if (::geteuid() != 0) {
    // Only meaningful when not root: root reads any file whatever its mode.
    write(dir / "locked.yaml", join(base_lines()));
    fs::permissions(dir / "locked.yaml", fs::perms::none);
    expect_error(check_json(dir, {"good.yaml", "locked.yaml"}, 2), "locked.yaml", {"ermission"});
  }
}

TEST_CASE(
    "bad input: a file name that is not UTF-8 still gives valid JSON, and every format survives it",
    "[bad_input][files]") {
  TempDir dir;
  const std::string name = "bad\xff\xfe name.yaml";
  write(dir / name, with_indicator("round_trip_efficiency", "58 %"));
  Run r = run({"check", "--lang", "en", "--format", "json", name}, dir.path());
  INFO("stderr: " << r.err);
  REQUIRE_FALSE(r.timed_out);
  REQUIRE(r.signal == 0);
  CHECK(r.code == 1);
  json report = json::parse(r.out);
  REQUIRE(report.at("results").size() == 1);
  std::string shown = report["results"][0]["file"];
  CHECK(has(shown, "bad"));
  CHECK(has(shown, "\xEF\xBF\xBD"));  // U+FFFD where the bytes were
  CHECK(has(shown, " name.yaml"));
  CHECK(report["results"][0]["status"] == "fail");

  Run t = run({"check", "--lang", "en", "--color", "never", name}, dir.path());
  CHECK(t.code == 1);
  // The text report shows the name with U+FFFD for each byte that is not UTF-8.
  CHECK(has(t.out, "bad\xEF\xBF\xBD\xEF\xBF\xBD name.yaml:16:26"));

  for (const auto& f : guidecheck::report::formats()) {
    INFO("format " << f.name);
    std::vector<std::string> args{"check", "--lang", "en", "--format", f.name, name};
    if (f.binary)
      args = {"check", "--lang", "en", "--format", std::string(f.name) + "=out.bin", name};
    Run o = run(args, dir.path());
    INFO("stderr: " << o.err);
    CHECK_FALSE(o.timed_out);
    CHECK(o.signal == 0);
    CHECK(o.code == 1);
  }
}
