// The extractor: finds, in a Document, what a proposal of one direction
// states — title, duration, participants, research items and each
// indicator's value — grounded in the rule pack (titles, the guide's words,
// units, aliases). It never guesses: a value is drafted only when the text
// states it and exactly one reading fits; several fitting readings give no
// value and the list of candidates; none gives "not found". Numbers and
// units are read by the proposal's own value parser (value/value.h), the same
// that reads YAML proposals.
#pragma once

#include <map>
#include <string>
#include <utility>
#include <vector>

#include "import/document.h"
#include "rules/model.h"

namespace guidecheck::import {

struct Candidate {
  std::string value;  // as written in the document
  Place place;
  std::string quote;  // the sentence or table row it stood in
};

struct Found {
  enum class Sure { Sure, Several, NotFound };
  Sure sure = Sure::NotFound;
  std::string value;  // the value as written (Sure)
  Place place;
  std::string quote;
  std::string how;  // why the match holds, English ("table row names it, unit fits")
  std::vector<Candidate> candidates;  // Several (or, for NotFound, mentions that did not fit)
};

struct FoundParticipant {
  std::string name, country, role, kind;           // "" = not stated / not understood
  std::string country_text, role_text, kind_text;  // as written
  bool member_by_lead = false;  // role "member": no role written, another unit marked lead
  Place place;
  std::string quote;
};

struct Draft {
  std::string direction;  // as given or as found ("" = not found)
  Place direction_place;
  std::string direction_quote;
  Found title, duration;
  std::vector<FoundParticipant> participants;
  Place participants_place;
  std::vector<std::pair<std::string, Found>> research;    // by research item id
  std::vector<std::pair<std::string, Found>> indicators;  // by indicator id
};

// The direction number the document names ("申报方向：3.1 …", a 基本信息 row),
// when it is one of `known` and the document names only one; else "".
std::string find_direction(const Document& doc, const std::vector<std::string>& known,
                           Place* place = nullptr, std::string* quote = nullptr);

// Other names of indicators, by rule id (the rules' `aliases`, aliases.h).
using Aliases = std::map<std::string, std::vector<std::string>>;

Draft extract(const Document& doc, const rules::Direction& dir, const Aliases& aliases = {});

// Country, role and kind of a participant from the words of a form
// ("中国", "德国", "Germany", "DE"; "牵头单位"; "高校", "企业" ...), or "".
std::string country_code(const std::string& text);
std::string role_of(const std::string& text);
std::string kind_of(const std::string& text);

}  // namespace guidecheck::import
