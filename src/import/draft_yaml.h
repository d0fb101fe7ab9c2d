// The drafted proposal as YAML text (contract §3): every value the extractor
// found, with a comment naming where and how surely; null with "not found"
// or the candidates where it found none or several. Document text is
// untrusted: values are double-quoted with every control and line-breaking
// character escaped, and quotes in comments lose their line breaks.
#pragma once

#include <map>
#include <string>

#include "import/extract.h"

namespace guidecheck::import {

struct DraftYaml {
  std::string text;
  std::map<int, Place> places;  // YAML line (1-based) -> where its value came from
};

DraftYaml draft_yaml(const Draft& d, const rules::Direction& dir, const std::string& guide,
                     const Document& doc, bool zh);

// A YAML double-quoted scalar holding `s` exactly.
std::string yaml_quote(const std::string& s);
// `s` made safe for a YAML comment: one line, no control characters.
std::string comment_safe(const std::string& s, std::size_t max_bytes = 160);

}  // namespace guidecheck::import
