// Importing one document: read it, find its direction (given, or named in the
// document), extract what it states and draft the YAML proposal; and checking
// it in one step, with every finding pointed back into the document.
#pragma once

#include <string>

#include "eval/checker.h"
#include "import/document.h"
#include "import/draft_yaml.h"
#include "import/extract.h"

namespace guidecheck::import {

struct Imported {
  bool ok = false;
  msg::Text error;  // when !ok
  // !ok because the document names no direction and none was given: a folder
  // walk takes such a Markdown file for no proposal (a README, notes).
  bool no_direction = false;
  Document doc;
  Draft draft;
  DraftYaml yaml;
  std::string guide, direction;
};

// `direction` "" = read it from the document. `guide` from the checker's options.
Imported import_file(eval::Checker& checker, const std::string& path, const std::string& direction,
                     bool zh, const Limits& limits = {});

// Imports and checks; never throws. Findings' locations are the document's
// (line:column as Place gives them) and, for table cells, the message names
// the table, row and column.
eval::FileResult check_document(eval::Checker& checker, const std::string& path,
                                const std::string& direction, const Limits& limits = {});

}  // namespace guidecheck::import
