#include "common/safe_text.h"
#include "report/json_fields.h"

namespace guidecheck::report {

// Strings hold no raw line breaks (JSON escapes them), so splitting the dump
// on '\n' is safe.
void put_json(std::ostream& out, const nlohmann::ordered_json& j, int depth) {
  using json = nlohmann::ordered_json;
  std::string s = safe::json_output(j.dump(2, ' ', false, json::error_handler_t::replace));
  std::string pad(static_cast<std::size_t>(depth), ' ');
  std::size_t from = 0;
  for (std::size_t nl; (nl = s.find('\n', from)) != std::string::npos; from = nl + 1)
    out.write(s.data() + from, static_cast<std::streamsize>(nl + 1 - from)) << pad;
  out.write(s.data() + from, static_cast<std::streamsize>(s.size() - from));
}

}  // namespace guidecheck::report
