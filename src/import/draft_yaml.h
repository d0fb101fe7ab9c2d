// The drafted proposal as YAML text (contract §3): every value the extractor
// found, with a comment naming where and how surely; null with "not found"
// or the candidates where it found none or several. Document text is
// untrusted: values are double-quoted with every control and line-breaking
// character escaped, and quotes in comments lose their line breaks
// (safe::yaml_quoted and safe::yaml_comment, common/safe_text.h).
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

}  // namespace guidecheck::import
