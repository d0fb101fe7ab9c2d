#include "common/diagnostic.h"

#include "messages/text.h"

namespace guidecheck {

void add_warning(Diagnostics& warnings, Diagnostic d) {
  if (warnings.size() < kMaxWarningsPerFile) {
    warnings.push_back(std::move(d));
  } else if (warnings.size() == kMaxWarningsPerFile) {
    d.text = msg::text<msg::Id::common_more_warnings>(kMaxWarningsPerFile);
    d.error = false;
    warnings.push_back(std::move(d));
  }
}

}  // namespace guidecheck
