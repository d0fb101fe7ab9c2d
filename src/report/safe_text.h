// Text made safe for formats that reject what a file name or a proposal may
// hold: XML (xlsx) and HTML allow neither invalid UTF-8 nor most control
// characters.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace guidecheck::report {

// `s` with each invalid UTF-8 byte replaced by U+FFFD and the control
// characters XML 1.0 forbids (all below U+0020 except tab, LF and CR) dropped;
// cut to at most `max_chars` characters (with "…" at the cut) when given.
std::string xml_safe(std::string_view s, std::size_t max_chars = std::string::npos);

}  // namespace guidecheck::report
