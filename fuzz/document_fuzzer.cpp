// libFuzzer target: the document importer (src/import). The first byte picks
// the reader (even: .docx, odd: Markdown; the fixture seeds carry it), the
// rest is the file. A document that reads is extracted against direction 3.1
// of the embedded pack and drafted as YAML; traps when the draft does not
// parse back as YAML (document text must never escape its value or comment),
// or when a sure value is empty.
#include <cstddef>
#include <cstdint>
#include <string>

#include "eval/checker.h"
#include "import/draft_yaml.h"
#include "import/extract.h"
#include "yaml/parse.h"

using namespace guidecheck;

namespace {
void require(bool ok) {
  if (!ok) __builtin_trap();
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size < 1) return 0;
  static eval::Checker checker(eval::make_source(""), eval::Options{});
  static const rules::Direction* dir = checker.load("", "3.1").direction;
  require(dir != nullptr);
  std::string bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  import::Limits lim;
  lim.max_part_bytes = 8u << 20;
  import::ReadResult r = import::read_document("f", data[0] % 2 ? "markdown" : "docx", bytes, lim);
  if (!r.ok) {
    require(!r.error.empty());
    return 0;
  }
  import::Draft d = import::extract(r.doc, *dir);
  for (const auto& [id, f] : d.indicators)
    if (f.sure == import::Found::Sure::Sure) require(!f.value.empty());
  for (bool zh : {false, true}) {
    import::DraftYaml y = import::draft_yaml(d, *dir, "sstic-2022-draft", r.doc, zh);
    yaml::ParseResult p = yaml::parse(y.text);
    require(p.ok);
    require(p.root && p.root->is_map() && p.root->get("indicators"));
  }
  return 0;
}
