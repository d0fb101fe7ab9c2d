#include "proposal/proposal.h"

#include "yaml/parse.h"

namespace guidecheck::proposal {
const yaml::Entry* Proposal::indicator(const std::string& id) const {
  return indicators ? indicators->find(id) : nullptr;
}
const yaml::Entry* Proposal::research(const std::string& id) const {
  return research_contents ? research_contents->find(id) : nullptr;
}
std::string Proposal::lead() const {
  for (const auto& p : participants)
    if (p.role == "lead") return p.name;
  return "";
}

Parsed parse(const std::string& file, std::string_view text, const yaml::Limits& limits) {
  yaml::ParseResult y = yaml::parse(text, limits);
  if (!y.ok) {
    Parsed r;
    r.error = {file, y.error.mark, y.error.text, true};
    r.proposal.file = file;  // results name the file even when it is not YAML
    // A broken proposal still names its format version; a Helm template or
    // other non-YAML file does not.
    r.not_a_proposal = text.find("guidecheck") == std::string_view::npos;
    return r;
  }
  return from_tree(file, std::move(y.root));
}

}  // namespace guidecheck::proposal
