#include "import/draft_yaml.h"

#include <sstream>

#include "common/safe_text.h"
#include "messages/text.h"

namespace guidecheck::import {

namespace {

// How much document text a comment shows at most (a quote, how a value was
// found).
constexpr std::size_t kCommentBytes = 160;

struct Writer {
  std::ostringstream out;
  int line = 1;
  DraftYaml result;
  bool zh;
  msg::Lang lang() const { return zh ? msg::Lang::Zh : msg::Lang::En; }
  void put(const std::string& s, const Place* from = nullptr) {
    if (from && (from->line > 0 || from->table > 0)) result.places[line] = *from;
    out << s << "\n";
    ++line;
  }
  std::string where(const Place& p, const std::string& quote) const {
    return msg::tr<msg::Id::import_where>(lang(), p.text(),
                                          safe::yaml_comment(quote, kCommentBytes));
  }
  // `key: value  # where — how`, or `key: null  # not found / candidates`
  void found(const std::string& indent, const std::string& key, const Found& f) {
    if (f.sure == Found::Sure::Sure) {
      put(indent + key + ": " + safe::yaml_quoted(f.value) + "  # " +
              msg::tr<msg::Id::import_sure>(lang(), where(f.place, f.quote),
                                            safe::yaml_comment(f.how, kCommentBytes)),
          &f.place);
      return;
    }
    if (f.sure == Found::Sure::Several) {
      put(indent + key + ": null  # " +
          msg::tr<msg::Id::import_several>(lang(), safe::yaml_comment(f.how, kCommentBytes)));
    } else {
      put(indent + key + ": null  # " +
          (f.candidates.empty() ? msg::tr<msg::Id::import_not_found>(lang())
                                : msg::tr<msg::Id::import_not_found_mentions>(lang())));
    }
    for (const Candidate& c : f.candidates)
      put(indent + "  #   " +
          msg::tr<msg::Id::import_candidate_at>(lang(), safe::yaml_comment(c.value, 60),
                                                where(c.place, c.quote)));
  }
};

}  // namespace

DraftYaml draft_yaml(const Draft& d, const rules::Direction& dir, const std::string& guide,
                     const Document& doc, bool zh) {
  Writer w;
  w.zh = zh;
  std::string file = safe::yaml_comment(doc.file, 200);
  const msg::Lang lang = w.lang();
  w.put(msg::tr<msg::Id::import_draft_from>(lang, file, dir.number));
  w.put(msg::tr<msg::Id::import_draft_values>(lang));
  w.put(msg::tr<msg::Id::import_draft_check>(lang));
  w.put("guidecheck: 1");
  if (!guide.empty()) w.put("guide: " + safe::yaml_quoted(guide));
  w.put("direction: " + safe::yaml_quoted(dir.number) +
            (d.direction_place.line > 0 ? "  # " + w.where(d.direction_place, d.direction_quote)
                                        : std::string()),
        d.direction_place.line > 0 ? &d.direction_place : nullptr);
  w.found("", "title", d.title);
  w.found("", "duration", d.duration);
  if (d.participants.empty()) {
    w.put("participants: []  # " + msg::tr<msg::Id::import_no_participants>(lang));
  } else {
    w.put("participants:", &d.participants_place);
    for (const FoundParticipant& p : d.participants) {
      w.put("  - name: " + safe::yaml_quoted(p.name) + "  # " + w.where(p.place, p.quote),
            &p.place);
      auto field = [&](const char* key, const std::string& v, const std::string& as_written) {
        if (!v.empty())
          w.put(std::string("    ") + key + ": " + v + "  # " +
                    msg::tr<msg::Id::import_written>(lang, safe::yaml_comment(as_written, 60)),
                &p.place);
        else
          w.put(std::string("    ") + key + ": null  # " +
                    (as_written.empty() ? msg::tr<msg::Id::import_not_stated>(lang)
                                        : msg::tr<msg::Id::import_not_understood>(
                                              lang, safe::yaml_comment(as_written, 60))),
                &p.place);
      };
      // quoted: “NO” (Norway) is a boolean to YAML 1.1 readers
      field("country", p.country.empty() ? "" : safe::yaml_quoted(p.country), p.country_text);
      if (p.member_by_lead)
        w.put("    role: member  # " + msg::tr<msg::Id::import_member_by_lead>(lang), &p.place);
      else
        field("role", p.role, p.role_text);
      field("kind", p.kind, p.kind_text);
    }
  }
  w.put("research_contents:");
  for (const auto& [id, f] : d.research) w.found("  ", id, f);
  w.put("indicators:");
  for (const auto& [id, f] : d.indicators) w.found("  ", id, f);
  w.result.text = w.out.str();
  return std::move(w.result);
}

}  // namespace guidecheck::import
