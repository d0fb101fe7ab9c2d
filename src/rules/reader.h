// Reading a pack's YAML for the loader (load.cpp, parse_rule.cpp): typed
// reads of nodes, each problem a Diagnostic at its file:line:column.
#pragma once

#include <initializer_list>
#include <string>
#include <string_view>

#include "common/diagnostic.h"
#include "rules/model.h"
#include "yaml/node.h"

namespace guidecheck::rules {

// Rule, input and research ids: [a-z][a-z0-9_]*, at most 64 bytes.
bool valid_id(std::string_view id);

class Reader {
 public:
  Reader(std::string file, Diagnostics& d) : file_(std::move(file)), d_(d) {}

  // Messages to pack authors, who write the packs in English: verbatim.
  void error(Mark m, std::string msg);
  void warn(Mark m, std::string msg);

  // Checks that `n` is a mapping with only `allowed` keys and every `required` one.
  bool shape(const yaml::Node& n, const char* what, std::initializer_list<const char*> allowed,
             std::initializer_list<const char*> required);
  std::string str(const yaml::Node* n, const char* what);
  Text2 text2(const yaml::Node* n, const char* what);
  bool number(const yaml::Node* n, const char* what, double& out);

  const std::string& file() const { return file_; }

 private:
  std::string file_;
  Diagnostics& d_;
};

}  // namespace guidecheck::rules
