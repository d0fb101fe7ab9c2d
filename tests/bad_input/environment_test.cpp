// Where reports go and what the environment may be: devices, FIFOs and links
// as -o targets, two formats to one file, init over an existing file, missing
// rule folders, negative limits, TMPDIR and SOURCE_DATE_EPOCH, too little
// memory, a flood of unknown ids. Run as root here (so device nodes are made
// privately with mknod, never by touching /dev).
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <sys/wait.h>

#include <cstdlib>
#include <nlohmann/json.hpp>

#include "catch_compat.h"
#include "harness.h"
#include "proposal_text.h"

using namespace bad_input;

namespace {
bool has(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

// Sets an environment variable for this scope (unset when `value` is null).
struct Env {
  std::string name;
  std::optional<std::string> old;
  Env(const char* n, const char* value) : name(n) {
    if (const char* o = std::getenv(n)) old = o;
    if (value)
      ::setenv(n, value, 1);
    else
      ::unsetenv(n);
  }
  ~Env() {
    if (old)
      ::setenv(name.c_str(), old->c_str(), 1);
    else
      ::unsetenv(name.c_str());
  }
};

int sh(const std::string& cmd) {
  int st = std::system(cmd.c_str());
  return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
}  // namespace

TEST_CASE("targets: a device, a FIFO, a link to a file and a link to a device",
          "[bad_input][targets]") {
  TempDir dir;
  write(dir / "p.yaml", base_with({}));
  // A private null device (root may make one; /dev itself is never touched).
  bool have_null = ::mknod((dir / "null").c_str(), S_IFCHR | 0666, makedev(1, 3)) == 0;
  if (have_null) {
    Run r = run({"check", "p.yaml", "-o", "null"}, dir.path());
    CHECK(r.code == 0);
    struct stat st;
    REQUIRE(::stat((dir / "null").c_str(), &st) == 0);
    CHECK(S_ISCHR(st.st_mode));  // written in place, not replaced by a file
    fs::create_symlink("null", dir / "to-null");
    Run l = run({"check", "p.yaml", "--format", "json=to-null"}, dir.path());
    CHECK(l.code == 0);
    CHECK(fs::is_symlink(dir / "to-null"));
    REQUIRE(::stat((dir / "null").c_str(), &st) == 0);
    CHECK(S_ISCHR(st.st_mode));
  } else {
    WARN("mknod not permitted here: the private device case is not run");
  }
  // A link to a regular file: the file is replaced, the link stays.
  write(dir / "real.json", "old");
  fs::create_symlink("real.json", dir / "link.json");
  Run k = run({"check", "p.yaml", "--format", "json=link.json"}, dir.path());
  CHECK(k.code == 0);
  CHECK(fs::is_symlink(dir / "link.json"));
  CHECK(nlohmann::json::parse(slurp(dir / "real.json")).at("summary").at("files") == 1);
  // A FIFO: written in place, read by a reader.
  REQUIRE(::mkfifo((dir / "fifo").c_str(), 0600) == 0);
  std::string cmd = "cd '" + dir.path().string() + "' && (cat fifo > from-fifo &) && '" +
                    GUIDECHECK_BINARY + "' check p.yaml --format json=fifo";
  CHECK(sh(cmd) == 0);
  struct stat fst;
  REQUIRE(::stat((dir / "fifo").c_str(), &fst) == 0);
  CHECK(S_ISFIFO(fst.st_mode));
  // /dev/stdout is standard output itself.
  Run o = run({"check", "p.yaml", "--format", "json=/dev/stdout"}, dir.path());
  CHECK(o.code == 0);
  CHECK(nlohmann::json::parse(o.out).at("summary").at("files") == 1);
  // No temporary file left anywhere.
  for (const auto& e : fs::directory_iterator(dir.path()))
    CHECK_FALSE(has(e.path().filename().string(), ".tmp."));
}

TEST_CASE("targets: two formats to one file is refused before anything is written",
          "[bad_input][targets]") {
  TempDir dir;
  write(dir / "p.yaml", base_with({}));
  Run a = run({"check", "p.yaml", "--format", "json=out", "--format", "sarif=./out"}, dir.path());
  CHECK(a.code == 2);
  CHECK(has(a.err, "would both write to"));
  CHECK_FALSE(fs::exists(dir / "out"));
  write(dir / "real", "keep");
  fs::create_symlink("real", dir / "alias");
  Run b = run({"check", "p.yaml", "--format", "json=alias", "--format", "csv=real"}, dir.path());
  CHECK(b.code == 2);
  CHECK(slurp(dir / "real") == "keep");
}

TEST_CASE("targets: a write failure says why", "[bad_input][targets]") {
  TempDir dir;
  write(dir / "p.yaml", base_with({}));
  if (::mknod((dir / "full").c_str(), S_IFCHR | 0666, makedev(1, 7)) != 0) {
    WARN("mknod not permitted here: the /dev/full case is not run");
    return;
  }
  Run r = run({"check", "p.yaml", "-o", "full"}, dir.path());
  CHECK(r.code == 2);
  CHECK(has(r.err, "No space left on device"));
  Run m = run({"check", "p.yaml", "-o", "no/such/folder/out.txt"}, dir.path());
  CHECK(m.code == 2);
  CHECK(has(m.err, "No such file or directory"));
}

TEST_CASE("init never overwrites an existing file without --force", "[bad_input][init]") {
  TempDir dir;
  write(dir / "mine.yaml", "my work");
  Run r = run({"init", "3.1", "-o", "mine.yaml"}, dir.path());
  CHECK(r.code == 2);
  CHECK(has(r.err, "--force"));
  CHECK(slurp(dir / "mine.yaml") == "my work");
  Run f = run({"init", "3.1", "-o", "mine.yaml", "--force"}, dir.path());
  CHECK(f.code == 0);
  CHECK(has(slurp(dir / "mine.yaml"), "direction:"));
  Run n = run({"init", "3.1", "-o", "new.yaml"}, dir.path());
  CHECK(n.code == 0);
}

TEST_CASE("rules commands: a missing folder, a link loop or an unknown direction is exit 2",
          "[bad_input][rules]") {
  TempDir dir;
  fs::create_symlink("loop", dir / "loop");
  for (std::vector<std::string> args : {std::vector<std::string>{"rules", "test", "missing"},
                                        {"rules", "test", "loop"},
                                        {"rules", "list", "--rules", "missing"},
                                        {"explain", "3.1/x", "--rules", "missing"},
                                        {"rules", "test", "--direction", "99.9"},
                                        {"check", "x.yaml", "--rules", "missing"}}) {
    Run r = run(args, dir.path());
    INFO(args[0] << " " << args[1] << " " << args[2]);
    CHECK(r.code == 2);
    CHECK_FALSE(r.err.empty());
    CHECK_FALSE((has(r.out, "0 passed, 0 failed\n") && r.code == 0));
  }
}

TEST_CASE("limits: negative values are refused with a message", "[bad_input][limits]") {
  TempDir dir;
  write(dir / "p.yaml", base_with({}));
  for (const char* opt : {"--max-file-size", "--max-depth", "--max-nodes", "--max-aliases"}) {
    Run r = run({"check", "p.yaml", opt, "-1"}, dir.path());
    INFO(opt);
    CHECK(r.code == 2);
    CHECK(has(r.err, "cannot be negative"));
  }
}

TEST_CASE(
    "environment: xlsx with TMPDIR unset, empty or not a folder, and a huge SOURCE_DATE_EPOCH",
    "[bad_input][environment]") {
  TempDir dir;
  write(dir / "p.yaml", base_with({}));
  write(dir / "afile", "");
  // Set for the child only: this process needs a working TMPDIR itself.
  for (std::string tmp :
       {"env -u TMPDIR", "env TMPDIR=", "env TMPDIR=/no/such/folder", "env TMPDIR=afile"}) {
    std::string cmd = "cd '" + dir.path().string() + "' && " + tmp + " '" + GUIDECHECK_BINARY +
                      "' check p.yaml --format xlsx=o.xlsx 2>err.txt";
    INFO(tmp << ": " << slurp(dir / "err.txt"));
    CHECK(sh(cmd) == 0);
    CHECK(fs::file_size(dir / "o.xlsx") > 0);
  }
  for (const char* epoch : {"99999999999999999999999", "9223372036854775807", "-5", "x"}) {
    Env e("SOURCE_DATE_EPOCH", epoch);
    Run r = run({"check", "p.yaml", "--format", "xlsx=o.xlsx"}, dir.path());
    INFO("SOURCE_DATE_EPOCH " << epoch);
    CHECK(r.code == 0);
  }
}

// Out of memory in one file: its row says so, the files before and after it
// are checked, on one worker and on two (a worker that runs out of memory
// records it without allocating; the rendering thread writes the row).
TEST_CASE("environment: out of memory is an error row, and the batch goes on",
          "[bad_input][environment]") {
#ifdef GUIDECHECK_SANITIZED
  WARN("not under AddressSanitizer: it needs more address space than ulimit -v leaves");
  return;
#endif
  TempDir dir;
  write(dir / "a.yaml", base_with({}));
  // 900,000 list items of 16 characters: within the file and node limits,
  // far more memory than 200 MB of address space leaves for the tree.
  std::string big = base_with({}) + "notes: [";
  big.reserve(16'000'000);
  for (int i = 0; i < 900000; ++i) big += "aaaaaaaaaaaaaaaa,";
  big += "b]\n";
  write(dir / "b.yaml", big);
  write(dir / "c.yaml", base_with({}));
  for (const char* jobs : {"1", "2"}) {
    std::string cmd = "cd '" + dir.path().string() + "' && ulimit -v 200000 && '" +
                      GUIDECHECK_BINARY + "' check --jobs " + jobs +
                      " --format json=out.json a.yaml b.yaml c.yaml 2>err.txt";
    int rc = sh(cmd);
    std::string err = slurp(dir / "err.txt");
    INFO("--jobs " << jobs << ", stderr: " << err);
    CHECK_FALSE(has(err, "terminate called"));
    CHECK(rc == 2);
    auto j = nlohmann::json::parse(slurp(dir / "out.json"));
    REQUIRE(j.at("results").size() == 3);
    CHECK(j["results"][0]["status"] == "pass");
    CHECK(j["results"][1]["status"] == "error");
    CHECK(has(j["results"][1]["error"]["message"].get<std::string>(), "out of memory"));
    CHECK(j["results"][2]["status"] == "pass");  // the batch went on
  }
  // One file alone is checked on the calling thread (no worker): same row.
  std::string cmd = "cd '" + dir.path().string() + "' && ulimit -v 200000 && '" +
                    GUIDECHECK_BINARY + "' check --format json=one.json b.yaml 2>err1.txt";
  int rc = sh(cmd);
  std::string err = slurp(dir / "err1.txt");
  INFO("one file, stderr: " << err);
  CHECK_FALSE(has(err, "terminate called"));
  CHECK(rc == 2);
  auto j = nlohmann::json::parse(slurp(dir / "one.json"));
  REQUIRE(j.at("results").size() == 1);
  CHECK(j["results"][0]["status"] == "error");
  CHECK(has(j["results"][0]["error"]["message"].get<std::string>(), "out of memory"));
}

TEST_CASE("limits: 20,000 unknown indicator ids give 21 findings, not 20,000",
          "[bad_input][limits]") {
  TempDir dir;
  std::string text = base_with({});
  for (int i = 0; i < 20000; ++i) text += "  unknown_id_" + std::to_string(i) + ": 1\n";
  write(dir / "p.yaml", text);
  Run r = run({"check", "--format", "json", "p.yaml"}, dir.path());
  REQUIRE(r.exited());
  CHECK(r.code == 1);  // unknown keys fail the proposal
  auto j = nlohmann::json::parse(r.out);
  std::vector<std::string> unknown;
  for (const auto& f : j["results"][0]["findings"])
    if (f["rule"] == "general/unknown_key") unknown.push_back(f["message"]);
  REQUIRE(unknown.size() == 21);
  CHECK(has(unknown.back(), "and 19980 more unknown keys"));
  CHECK(r.out.size() < 200'000);
}

TEST_CASE("limits: a 15 MB value is refused as a value, not read", "[bad_input][limits]") {
  TempDir dir;
  std::string v = "1";
  for (int i = 0; i < 5'000'000; ++i) v += "万";
  write(dir / "p.yaml", with_indicator("round_trip_efficiency", v));
  Run r = run({"check", "--format", "json", "p.yaml"}, dir.path());
  REQUIRE(r.exited());
  CHECK(r.code == 1);
  CHECK(has(r.out, "at most 4096 bytes"));
}

TEST_CASE("nothing skipped: a folder that cannot be searched is an error row and exit 2",
          "[bad_input][files]") {
  TempDir dir;
  fs::permissions(dir.path(), fs::perms::all);  // an unprivileged user walks in
  fs::create_directories(dir / "b" / "locked");
  write(dir / "b" / "ok.yaml", base_with({}));
  write(dir / "b" / "locked" / "x.yaml", base_with({}));
  fs::permissions(dir / "b" / "ok.yaml", fs::perms::all);
  fs::permissions(dir / "b" / "locked", fs::perms::none);
  // Root reads any folder: drop to nobody with setpriv when there is one.
  std::string prefix =
      ::geteuid() == 0 ? "setpriv --reuid=65534 --regid=65534 --clear-groups " : "";
  if (::geteuid() == 0 && sh("command -v setpriv >/dev/null") != 0) {
    WARN("running as root without setpriv: the permission case is not run");
    fs::permissions(dir / "b" / "locked", fs::perms::owner_all);
    return;
  }
  std::string cmd = prefix + "'" + GUIDECHECK_BINARY + "' check '" + (dir / "b").string() +
                    "' --format csv > '" + (dir / "out.csv").string() + "'";
  CHECK(sh(cmd) == 2);
  fs::permissions(dir / "b" / "locked", fs::perms::owner_all);
  std::string csv = slurp(dir / "out.csv");
  CHECK(has(csv, "locked,,,,,error"));
  CHECK(has(csv, "Permission denied"));
  CHECK(has(csv, "ok.yaml,sstic-2022-draft"));
}

TEST_CASE("nothing skipped: a path longer than the system allows is an error row",
          "[bad_input][files]") {
  TempDir dir;
  write(dir / "ok.yaml", base_with({}));
  std::string name(300, 'n');  // over NAME_MAX (255)
  Run r = run({"check", "--format", "csv", "ok.yaml", name + ".yaml"}, dir.path());
  CHECK(r.code == 2);
  CHECK(has(r.out, "File name too long"));
}
