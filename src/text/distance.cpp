#include "text/distance.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace guidecheck::text {

// Hand-written: ICU and the other dependencies offer no edit distance, and
// these dozen lines are the textbook two-row algorithm.
std::size_t edit_distance(const std::string& a, const std::string& b) {
  std::vector<std::size_t> prev(b.size() + 1), cur(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] != b[j - 1])});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

std::string closest_id(const std::string& id, const std::vector<std::string>& candidates) {
  std::string best;
  std::size_t best_d = std::max<std::size_t>(3, id.size() / 3) + 1;
  for (const auto& c : candidates) {
    std::size_t d = edit_distance(id, c);
    if (d < best_d) best_d = d, best = c;
  }
  return best;
}

}  // namespace guidecheck::text
