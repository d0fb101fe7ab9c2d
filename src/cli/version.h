#pragma once
#include <string>
namespace guidecheck::cli {
// "guidecheck 0.1.0" and the embedded packs with their directions.
std::string version_text();
}  // namespace guidecheck::cli
