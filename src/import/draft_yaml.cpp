#include "import/draft_yaml.h"

#include <sstream>

#include "import/match.h"
#include "messages/text.h"

namespace guidecheck::import {

std::string yaml_quote(const std::string& s) {
  std::string o = "\"";
  for (char32_t c : to_u32(s)) {
    char buf[16];
    if (c == U'"')
      o += "\\\"";
    else if (c == U'\\')
      o += "\\\\";
    else if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
             c == 0xFEFF || c == 0xFFFD) {
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
      o += buf;
    } else {
      o += to_utf8(std::u32string_view(&c, 1));
    }
  }
  return o + "\"";
}

std::string comment_safe(const std::string& s, std::size_t max_bytes) {
  std::u32string u = to_u32(s);
  std::u32string o;
  for (char32_t c : u) {
    if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 ||
        c == 0xFEFF)
      c = U' ';
    o += c;
  }
  std::string r = to_utf8(o);
  if (r.size() > max_bytes) {
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(r[cut]) & 0xC0) == 0x80) --cut;
    r = r.substr(0, cut) + "…";
  }
  return r;
}

namespace {

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
    return msg::tr<msg::Id::import_where>(lang(), p.text(), comment_safe(quote));
  }
  // `key: value  # where — how`, or `key: null  # not found / candidates`
  void found(const std::string& indent, const std::string& key, const Found& f) {
    if (f.sure == Found::Sure::Sure) {
      put(indent + key + ": " + yaml_quote(f.value) + "  # " +
              msg::tr<msg::Id::import_sure>(lang(), where(f.place, f.quote), comment_safe(f.how)),
          &f.place);
      return;
    }
    if (f.sure == Found::Sure::Several) {
      put(indent + key + ": null  # " +
          msg::tr<msg::Id::import_several>(lang(), comment_safe(f.how)));
    } else {
      put(indent + key + ": null  # " +
          (f.candidates.empty() ? msg::tr<msg::Id::import_not_found>(lang())
                                : msg::tr<msg::Id::import_not_found_mentions>(lang())));
    }
    for (const Candidate& c : f.candidates)
      put(indent + "  #   " +
          msg::tr<msg::Id::import_candidate_at>(lang(), comment_safe(c.value, 60),
                                                where(c.place, c.quote)));
  }
};

}  // namespace

DraftYaml draft_yaml(const Draft& d, const rules::Direction& dir, const std::string& guide,
                     const Document& doc, bool zh) {
  Writer w;
  w.zh = zh;
  std::string file = comment_safe(doc.file, 200);
  const msg::Lang lang = w.lang();
  w.put(msg::tr<msg::Id::import_draft_from>(lang, file, dir.number));
  w.put(msg::tr<msg::Id::import_draft_values>(lang));
  w.put(msg::tr<msg::Id::import_draft_check>(lang));
  w.put("guidecheck: 1");
  if (!guide.empty()) w.put("guide: " + yaml_quote(guide));
  w.put("direction: " + yaml_quote(dir.number) +
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
      w.put("  - name: " + yaml_quote(p.name) + "  # " + w.where(p.place, p.quote), &p.place);
      auto field = [&](const char* key, const std::string& v, const std::string& as_written) {
        if (!v.empty())
          w.put(std::string("    ") + key + ": " + v + "  # " +
                    msg::tr<msg::Id::import_written>(lang, comment_safe(as_written, 60)),
                &p.place);
        else
          w.put(std::string("    ") + key + ": null  # " +
                    (as_written.empty() ? msg::tr<msg::Id::import_not_stated>(lang)
                                        : msg::tr<msg::Id::import_not_understood>(
                                              lang, comment_safe(as_written, 60))),
                &p.place);
      };
      field("country", p.country, p.country_text);
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
