// A streaming JSON writer for the json and sarif reports: values go straight
// into a string, laid out exactly as nlohmann::json's dump(2) lays them out
// (so the reports did not change when it came in), with no document tree.
//
// Written by hand because the reports' hot path spent most of its time
// building nlohmann::ordered_json trees only to dump and free them (malloc,
// the ordered map's key search, dump_escaped: about half of a `--format
// json` batch), and no Debian library writes JSON incrementally in this
// layout: RapidJSON's PrettyWriter spells exponents and control escapes
// differently (1e21, \u001F) and throws away ill-formed UTF-8 rather than
// replacing it. Strings are escaped as dump(…, error_handler_t::replace)
// followed by safe::json_output escaped them: ill-formed UTF-8 becomes
// U+FFFD, line and paragraph separators, C1 and bidirectional controls are
// \u-escaped (common/safe_text.h).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace guidecheck::report {

class JsonWriter {
 public:
  // Appends to `out`. `indent`: spaces before every line after the first,
  // for a value nested that deep in a document written around it.
  explicit JsonWriter(std::string& out, int indent = 0) : out_(out), indent_(indent) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // The next member's key; its value follows.
  void key(std::string_view k);

  void string(std::string_view s);
  void number(double v);  // non-finite: null, as nlohmann writes it
  void integer(std::int64_t v);
  void boolean(bool b);
  void null();
  // A value already written, at this depth, by another JsonWriter.
  void raw(std::string_view json);

  // Shorthands for a member: key and value.
  void member(std::string_view k, std::string_view v) { key(k), string(v); }
  void member(std::string_view k, const char* v) { key(k), string(v); }
  void member(std::string_view k, const std::string& v) { key(k), string(v); }
  void member(std::string_view k, double v) { key(k), number(v); }
  void member(std::string_view k, int v) { key(k), integer(v); }
  void member(std::string_view k, long v) { key(k), integer(v); }
  void member(std::string_view k, unsigned long v) {
    key(k), integer(static_cast<std::int64_t>(v));
  }
  void member(std::string_view k, bool v) { key(k), boolean(v); }

 private:
  void open(char bracket);
  void close(char bracket);
  void before_value();  // the separator and indent of an array element
  void newline_indent(std::size_t level);

  std::string& out_;
  int indent_;
  // Per open container: whether nothing is in it yet.
  std::vector<bool> empty_;
  bool after_key_ = false;
};

// `s` escaped as the inside of a JSON string (the writer's string()).
void append_json_escaped(std::string& out, std::string_view s);
// `v` as nlohmann::json's dump writes a double.
void append_json_number(std::string& out, double v);

}  // namespace guidecheck::report
