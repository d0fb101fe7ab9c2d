#include "eval/checker.h"

#include <algorithm>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <sstream>

#include "common/encoding.h"
#include "common/read_file.h"
#include "messages/text.h"
#include "proposal/proposal.h"

namespace guidecheck::eval {

std::unique_ptr<rules::PackSource> make_source(const std::string& rules_dir) {
  if (!rules_dir.empty()) return rules::directory_source(rules_dir);
  if (const char* env = std::getenv("GUIDECHECK_RULES"); env && *env)
    return rules::directory_source(env);
  return rules::embedded_source();
}

Checker::Checker(std::unique_ptr<rules::PackSource> source, Options options, yaml::Limits limits)
    : source_(std::move(source)), options_(options), limits_(limits) {}

Checker::PackData* Checker::pack_data(const std::string& id) {
  auto& slot = packs_[id];
  if (!slot) {
    slot = std::make_unique<PackData>();
    slot->pack = rules::load_pack(*source_, id, slot->diags);
    if (slot->pack) slot->general = rules::load_general(*source_, id, slot->diags);
  }
  return slot.get();
}

std::string Checker::describe_diags(const Diagnostics& d) const {
  std::string s;
  for (const auto& x : d)
    if (x.error) s += (s.empty() ? "" : "; ") + x.where() + ": " + x.message(options_.lang);
  return s;
}

std::string Checker::known_guides() const {
  std::string list;
  for (const auto& id : source_->packs()) list += (list.empty() ? "" : ", ") + id;
  return list.empty() ? " (no rule packs found)" : " (known: " + list + ")";
}

Checker::Loaded Checker::load(const std::string& guide, const std::string& direction) {
  std::pair<std::string, std::string> key{guide, direction};
  {
    std::shared_lock<std::shared_mutex> lock(resolved_mutex_);
    auto it = resolved_.find(key);
    if (it != resolved_.end()) return it->second;
  }
  Loaded l = resolve(guide, direction);
  std::unique_lock<std::shared_mutex> lock(resolved_mutex_);
  if (resolved_.size() < 4096)
    resolved_.emplace(std::move(key), l);  // bounded: names come from proposals
  return l;
}

Checker::Loaded Checker::resolve(const std::string& guide, const std::string& direction) {
  std::lock_guard<std::mutex> lock(mutex_);
  Loaded out;
  std::vector<std::string> candidates;
  if (!guide.empty()) {
    if (!rules::safe_component(guide)) {
      out.error = "unknown guide '" + guide + "'" + known_guides();
      return out;
    }
    candidates.push_back(guide);
  } else {
    // newest pack first
    std::vector<std::pair<int, std::string>> by_year;
    for (const auto& id : source_->packs()) {
      PackData* d = pack_data(id);
      if (d->pack) by_year.push_back({d->pack->year, id});
    }
    std::sort(by_year.rbegin(), by_year.rend());
    for (auto& [y, id] : by_year) candidates.push_back(id);
  }
  if (rules::safe_component(direction) && find_direction(guide, candidates, direction, out))
    return out;
  if (!out.error.empty()) return out;  // a broken pack or direction
  // Not a number of any pack: the guide's title of a direction, or a mistake
  // worth a suggestion. Only here are all the directions' titles loaded.
  std::vector<DirectionName> names = direction_names(candidates);
  if (std::string number = direction_by_title(direction, names); !number.empty()) {
    if (find_direction(guide, candidates, number, out)) {
      out.note = msg::tr<msg::Id::eval_direction_by_title>(options_.lang, number);
      return out;
    }
    if (!out.error.empty()) return out;
  }
  out.error = unknown_direction_message(direction, guide, closest_directions(direction, names),
                                        names, options_.lang);
  return out;
}

bool Checker::find_direction(const std::string& guide, const std::vector<std::string>& candidates,
                             const std::string& direction, Loaded& out) {
  for (const auto& id : candidates) {
    PackData* d = pack_data(id);
    if (!d->pack || !d->general) {
      if (!guide.empty()) {
        auto packs = source_->packs();
        bool exists = std::find(packs.begin(), packs.end(), id) != packs.end();
        out.error = exists ? "rule pack '" + id + "' is broken: " + describe_diags(d->diags)
                           : "unknown guide '" + id + "'" + known_guides();
        return false;
      }
      continue;
    }
    auto it = d->directions.find(direction);
    if (it == d->directions.end()) {
      auto numbers = rules::direction_numbers(*source_, id);
      std::optional<rules::Direction> loaded;
      if (std::find(numbers.begin(), numbers.end(), direction) != numbers.end()) {
        Diagnostics diags;
        loaded = rules::load_direction(*source_, id, direction, diags);
        if (!loaded) {
          out.error = "rule pack '" + id + "' direction " + direction +
                      " is broken: " + describe_diags(diags);
          return false;
        }
      }
      it = d->directions.emplace(direction, std::move(loaded)).first;
    }
    if (it->second) {
      out.pack = &*d->pack;
      out.general = &*d->general;
      out.direction = &*it->second;
      return true;
    }
  }
  return false;
}

std::vector<DirectionName> Checker::direction_names(const std::vector<std::string>& candidates) {
  std::vector<DirectionName> names;
  for (const auto& id : candidates) {
    PackData* d = pack_data(id);
    if (!d->pack || !d->general) continue;
    for (const std::string& n : rules::direction_numbers(*source_, id)) {
      auto it = d->directions.find(n);
      if (it == d->directions.end()) {
        Diagnostics diags;  // a broken direction is reported when it is named
        it = d->directions.emplace(n, rules::load_direction(*source_, id, n, diags)).first;
      }
      if (it->second &&
          std::none_of(names.begin(), names.end(), [&](const auto& x) { return x.number == n; }))
        names.push_back({n, it->second->title});
    }
  }
  return names;
}

eval::FileResult Checker::check_parsed(proposal::Parsed& parsed) {
  eval::FileResult res;
  res.file = parsed.proposal.file;
  res.warnings = eval::notices(parsed.warnings, options_.lang);
  res.not_a_proposal = parsed.not_a_proposal;
  auto error = [&](eval::Notice d) {
    res.status = eval::FileStatus::Error;
    res.error = std::move(d);
    return res;
  };
  if (!parsed.ok) return error(eval::notice(parsed.error, options_.lang));
  const proposal::Proposal& p = parsed.proposal;
  Loaded l = load(options_.guide.empty() ? p.guide : options_.guide, p.direction);
  if (!l.direction) {
    const yaml::Node* at = p.root->get(
        p.guide.empty() || l.error.find("guide") == std::string::npos ? "direction" : "guide");
    return error({p.file, at ? at->mark : Mark{1, 1}, l.error, true});
  }
  eval::FileResult r = evaluate(p, *l.pack, *l.general, *l.direction, options_);
  r.warnings.insert(r.warnings.begin(), res.warnings.begin(), res.warnings.end());
  if (!l.note.empty()) {
    const yaml::Node* at = p.root->get("direction");
    r.warnings.insert(r.warnings.begin(),
                      eval::Notice{p.file, at ? at->mark : Mark{1, 1}, l.note, false});
  }
  return r;
}

eval::FileResult Checker::check_text(const std::string& name, std::string_view text) {
  // Files, standard input and imported drafts all pass here: the one place
  // where text in another encoding is converted or refused.
  DecodedText decoded = decode_to_utf8(text);
  if (decoded.kind == DecodedText::Kind::Refused) {
    eval::FileResult r;
    r.file = name;
    r.status = eval::FileStatus::Error;
    r.error = eval::Notice{
        name, {decoded.line, decoded.column}, refusal_message(decoded, options_.lang), true};
    return r;
  }
  if (!decoded.text.empty()) text = decoded.text;
  proposal::Parsed parsed = proposal::parse(name, text, limits_);
  if (decoded.kind == DecodedText::Kind::Converted)
    parsed.warnings.insert(
        parsed.warnings.begin(),
        Diagnostic{name, {}, msg::verbatim(converted_note(decoded, options_.lang)), false});
  return check_parsed(parsed);
}

eval::FileResult Checker::check_file(const std::string& path) {
  auto error = [&](const msg::Text& why) {
    std::string msg = why.render(options_.lang);
    eval::FileResult r;
    r.file = path;
    r.status = eval::FileStatus::Error;
    r.error = eval::Notice{path, {}, msg, true};
    return r;
  };
  ReadFile f = read_file(path, limits_.max_bytes, /*follow_links=*/true);
  switch (f.status) {
    case ReadFile::Status::Ok:
      break;
    case ReadFile::Status::OpenFailed:
      if (f.error == ENOENT) return error(msg::text<msg::Id::eval_file_missing>());
      if (f.error == EACCES) return error(msg::text<msg::Id::eval_file_denied>());
      return error(msg::text<msg::Id::eval_file_unreadable>(std::strerror(f.error)));
    case ReadFile::Status::ReadFailed:
      return error(msg::text<msg::Id::eval_file_unreadable>(std::strerror(f.error)));
    case ReadFile::Status::Directory:
      return error(msg::text<msg::Id::eval_file_is_folder>());
    case ReadFile::Status::NotRegular:
      return error(msg::text<msg::Id::eval_file_not_regular>());
    case ReadFile::Status::TooLarge:
      return error(msg::text<msg::Id::eval_file_too_large>(f.size, limits_.max_bytes));
    case ReadFile::Status::GrewTooLarge:
      return error(msg::text<msg::Id::eval_file_grew>(limits_.max_bytes));
  }
  const std::string& text = f.text;
  return check_text(path, text);
}

}  // namespace guidecheck::eval
