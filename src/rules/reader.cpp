#include "rules/reader.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <algorithm>

#include "value/value.h"

namespace guidecheck::rules {

using yaml::Node;

bool valid_id(std::string_view id) {
  if (id.empty() || id.size() > 64 || !(id[0] >= 'a' && id[0] <= 'z')) return false;
  return std::all_of(id.begin(), id.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

void Reader::error(Mark m, std::string msg) {
  d_.push_back({file_, m, msg::verbatim(std::move(msg)), true});
}

void Reader::warn(Mark m, std::string msg) {
  d_.push_back({file_, m, msg::verbatim(std::move(msg)), false});
}

bool Reader::shape(const Node& n, const char* what, std::initializer_list<const char*> allowed,
                   std::initializer_list<const char*> required) {
  if (!n.is_map()) {
    error(n.mark, std::string(what) + ": expected a mapping, found " + n.kind_name());
    return false;
  }
  bool ok = true;
  for (const auto& e : n.entries) {
    if (std::none_of(allowed.begin(), allowed.end(), [&](const char* k) { return e.key == k; })) {
      std::string list = fmt::format("{}", fmt::join(allowed, ", "));
      std::string hint = e.value->is_null()
                             ? " — a comma inside an unquoted {...} value splits it; quote the text"
                             : "";
      error(e.key_mark, std::string(what) + ": unknown key '" + e.key +
                            "' (expected one of: " + list + ")" + hint);
      ok = false;
    }
  }
  for (const char* k : required) {
    if (!n.get(k)) {
      error(n.mark, std::string(what) + ": missing key '" + k + "'");
      ok = false;
    }
  }
  return ok;
}

std::string Reader::str(const Node* n, const char* what) {
  if (!n) return "";
  if (!n->is_scalar()) {
    error(n->mark, std::string(what) + ": expected text, found " + n->kind_name());
    return "";
  }
  return n->scalar;
}

Text2 Reader::text2(const Node* n, const char* what) {
  Text2 t;
  if (!n) return t;
  if (n->is_scalar()) {
    t.zh = n->scalar;
    return t;
  }
  if (!shape(*n, what, {"zh", "en"}, {"zh", "en"})) return t;
  t.zh = str(n->get("zh"), what);
  t.en = str(n->get("en"), what);
  return t;
}

bool Reader::number(const Node* n, const char* what, double& out) {
  if (!n || !n->is_scalar() || !n->plain) {
    error(n ? n->mark : Mark{}, std::string(what) + ": expected a number");
    return false;
  }
  value::Value v = value::parse_text(n->scalar);
  if (v.type != value::Value::Type::Quantity || !v.exact || !v.lo.unit.empty()) {
    error(n->mark, std::string(what) + ": expected a plain number, found '" + n->scalar + "'");
    return false;
  }
  out = v.lo.v;
  return true;
}

}  // namespace guidecheck::rules
