// End-to-end: `guidecheck check` on a proposal saved as GB18030 gives the
// verdicts and line numbers of its UTF-8 twin, plus a note; a Big5 file and a
// binary file are refused with "save it as UTF-8".
#include <sys/wait.h>
#include <unicode/ucnv.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "catch_compat.h"

using json = nlohmann::json;
namespace fs = std::filesystem;

namespace {

std::string run(const std::string& args, int* code) {
  std::string cmd = std::string(GUIDECHECK_BINARY) + " " + args + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  REQUIRE(p);
  std::string out;
  std::array<char, 4096> buf;
  while (std::size_t n = fread(buf.data(), 1, buf.size(), p)) out.append(buf.data(), n);
  int status = pclose(p);
  *code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return out;
}

std::string to_gb18030(const std::string& utf8) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 4, '\0');
  int32_t n = ucnv_convert("GB18030", "UTF-8", out.data(), static_cast<int32_t>(out.size()),
                           utf8.data(), static_cast<int32_t>(utf8.size()), &err);
  REQUIRE(U_SUCCESS(err));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace

TEST_CASE("cli: a GB18030 proposal gets the verdicts and lines of its UTF-8 twin",
          "[cli][encoding]") {
  fs::path dir = fs::temp_directory_path() / ("guidecheck-enc-" + std::to_string(::getpid()));
  fs::create_directories(dir);
  for (const char* name : {"3.1-fail.yaml", "3.1-pass.yaml"}) {
    std::ifstream in(fs::path(GUIDECHECK_SOURCE_DIR) / "examples" / name, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    std::string gb = to_gb18030(ss.str());
    REQUIRE(gb != ss.str());  // the example holds Chinese, so the bytes differ
    std::ofstream(dir / "gb.yaml", std::ios::binary) << gb;
    std::ofstream(dir / "utf8.yaml", std::ios::binary) << ss.str();
    int code_gb = 0, code_u = 0;
    json a = json::parse(run("check --format json " + (dir / "gb.yaml").string(), &code_gb));
    json b = json::parse(run("check --format json " + (dir / "utf8.yaml").string(), &code_u));
    CHECK(code_gb == code_u);
    const json& ra = a["results"][0];
    const json& rb = b["results"][0];
    CHECK(ra["status"] == rb["status"]);
    REQUIRE(ra["findings"].size() == rb["findings"].size());
    REQUIRE(ra["findings"].size() > 5);
    for (std::size_t i = 0; i < ra["findings"].size(); ++i) {
      CHECK(ra["findings"][i].value("rule", json()) == rb["findings"][i].value("rule", json()));
      CHECK(ra["findings"][i].value("status", json()) == rb["findings"][i].value("status", json()));
      CHECK(ra["findings"][i].value("location", json()) ==
            rb["findings"][i].value("location", json()));
      CHECK(ra["findings"][i].value("actual", json()) == rb["findings"][i].value("actual", json()));
    }
    REQUIRE(ra.contains("warnings"));
    CHECK(ra["warnings"].dump().find("GB18030") != std::string::npos);
    CHECK(rb.value("warnings", json::array()).dump().find("GB18030") == std::string::npos);
  }
  // Big5 and binary: refused, exit 2, the message says what to do, in both languages.
  std::ofstream(dir / "big5.yaml", std::ios::binary)
      << "guidecheck: 1\ndirection: \"3.1\"\ntitle: "
         "\xB0\xAA\xB1\x4B\xAB\xD7\xBC\xF6\xAC\xA6\xC0\x78\xB9\x71\xA5\xDC\xBD\x64\n";
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary += static_cast<char>((i * 7919 + 13) % 256);
  std::ofstream(dir / "binary.yaml", std::ios::binary) << binary;
  for (const char* name : {"big5.yaml", "binary.yaml"}) {
    int code = 0;
    std::string text = run("check --lang en " + (dir / name).string(), &code);
    CHECK(code == 2);
    CHECK(text.find("save it as UTF-8") != std::string::npos);
    CHECK(text.find("invalid UTF-8 octet") == std::string::npos);
    std::string zh = run("check --lang zh " + (dir / name).string(), &code);
    CHECK(zh.find("请将文件另存为 UTF-8") != std::string::npos);
  }
  int code = 0;
  CHECK(run("check --lang en " + (dir / "big5.yaml").string(), &code).find("big5.yaml:3:8") !=
        std::string::npos);
  fs::remove_all(dir);
}
