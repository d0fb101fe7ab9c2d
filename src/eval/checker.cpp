#include "eval/checker.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

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
    : catalogue_(std::move(source)), options_(options), limits_(limits) {}

std::string Checker::describe_diags(const Diagnostics& d) const {
  // A plain loop, not views::filter: clang (the fuzz build) does not accept
  // libstdc++ 12's range adaptors on this.
  std::vector<std::string> errors;
  for (const Diagnostic& x : d)
    if (x.error) errors.push_back(x.where() + ": " + x.message(options_.lang));
  return fmt::format("{}", fmt::join(errors, "; "));
}

Checker::Loaded Checker::unknown_guide(const std::string& guide) const {
  Loaded out;
  out.guide_error = true;
  std::vector<std::string> ids = catalogue_.ids();
  out.error = ids.empty()
                  ? msg::tr<msg::Id::eval_unknown_guide_no_packs>(options_.lang, guide)
                  : msg::tr<msg::Id::eval_unknown_guide>(options_.lang, guide, msg::words(ids));
  return out;
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
  Loaded out;
  std::vector<std::string> candidates;
  if (!guide.empty()) {
    if (!rules::safe_component(guide)) return unknown_guide(guide);
    candidates.push_back(guide);
  } else {
    candidates = catalogue_.newest_first();
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
    rules::Catalogue::Entry e = catalogue_.pack(id);
    if (!e.ok()) {
      if (!guide.empty()) {
        if (!catalogue_.has(id)) {
          out = unknown_guide(id);
        } else {
          out.error =
              msg::tr<msg::Id::eval_pack_broken>(options_.lang, id, describe_diags(*e.diags));
          out.guide_error = true;
        }
        return false;
      }
      continue;
    }
    Diagnostics broken;
    if (const rules::Direction* d = catalogue_.direction(id, direction, &broken)) {
      out.pack = e.pack;
      out.general = e.general;
      out.direction = d;
      return true;
    }
    if (!broken.empty()) {
      out.error = msg::tr<msg::Id::eval_pack_direction_broken>(options_.lang, id, direction,
                                                               describe_diags(broken));
      return false;
    }
  }
  return false;
}

std::vector<DirectionName> Checker::direction_names(const std::vector<std::string>& candidates) {
  std::vector<DirectionName> names;
  for (const auto& id : candidates)
    for (const rules::Direction* d : catalogue_.directions(id))
      if (std::none_of(names.begin(), names.end(),
                       [&](const auto& x) { return x.number == d->number; }))
        names.push_back({d->number, d->title});
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
    const yaml::Node* at = p.root->get(p.guide.empty() || !l.guide_error ? "direction" : "guide");
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
