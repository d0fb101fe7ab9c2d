// Shared helpers of the importer's tests: a Markdown document from text, and
// what the extractor drafted for one indicator or research item.
#pragma once

#include <string>

#include "catch_compat.h"
#include "import/document.h"
#include "import/extract.h"

namespace guidecheck::testing {

inline import::Document md(const std::string& text) {
  import::ReadResult r = import::read_document("a.md", "markdown", text);
  REQUIRE(r.ok);
  return r.doc;
}

inline const import::Found& drafted_indicator(const import::Draft& d, const std::string& id) {
  for (const auto& [k, f] : d.indicators)
    if (k == id) return f;
  FAIL("no indicator " << id);
  static import::Found none;
  return none;
}

inline const import::Found& drafted_item(const import::Draft& d, const std::string& id) {
  for (const auto& [k, f] : d.research)
    if (k == id) return f;
  FAIL("no research item " << id);
  static import::Found none;
  return none;
}

}  // namespace guidecheck::testing
