#include "import/import.h"

#include <algorithm>

#include "import/aliases.h"
#include "messages/text.h"
#include "rules/load.h"

namespace guidecheck::import {

Imported import_file(eval::Checker& checker, const std::string& path, const std::string& direction,
                     bool zh, const Limits& limits) {
  Imported im;
  ReadResult rr = read_document_file(path, limits);
  if (!rr.ok) {
    im.error = rr.error;
    return im;
  }
  im.doc = std::move(rr.doc);
  const std::string& guide = checker.options().guide;
  im.direction = direction;
  Place dplace;
  std::string dquote;
  if (im.direction.empty()) {
    std::vector<std::string> known;
    for (const std::string& pack : checker.source().packs())
      if (guide.empty() || pack == guide)
        for (const std::string& n : rules::direction_numbers(checker.source(), pack))
          if (std::find(known.begin(), known.end(), n) == known.end()) known.push_back(n);
    im.direction = find_direction(im.doc, known, &dplace, &dquote);
    if (im.direction.empty()) {
      im.no_direction = true;
      im.error = msg::text<msg::Id::import_no_direction>();
      return im;
    }
  }
  eval::Checker::Loaded l = checker.load(guide, im.direction);
  if (!l.direction) {
    im.error = l.error.empty() ? msg::text<msg::Id::import_unknown_direction>(im.direction)
                               : msg::verbatim(l.error);
    return im;
  }
  im.guide = l.pack ? l.pack->id : guide;
  im.draft = extract(im.doc, *l.direction, load_aliases(checker.source(), im.guide, im.direction));
  im.draft.direction_place = dplace;
  im.draft.direction_quote = dquote;
  im.yaml = draft_yaml(im.draft, *l.direction, im.guide, im.doc, zh);
  im.ok = true;
  return im;
}

eval::FileResult check_document(eval::Checker& checker, const std::string& path,
                                const std::string& direction, const Limits& limits) {
  bool zh = checker.options().lang == rules::Lang::Zh;
  Imported im;
  try {
    im = import_file(checker, path, direction, zh, limits);
  } catch (const std::exception& e) {
    im.ok = false;
    im.error = msg::text<msg::Id::import_internal_error>(e.what());
  }
  if (!im.ok) {
    eval::FileResult r;
    r.file = path;
    r.status = eval::FileStatus::Error;
    r.error = eval::Notice{path, {}, im.error.render(checker.options().lang), true};
    // Markdown in a repository is mostly documentation (a README, notes): one
    // that names no direction is no proposal. A Word document found in a
    // batch is an application form: never skipped, its row says what is missing.
    r.not_a_proposal = im.no_direction && format_of(path) == "markdown";
    return r;
  }
  eval::FileResult r = checker.check_text(path, im.yaml.text);
  auto remap = [&](Mark& m, std::string* message) {
    auto it = im.yaml.places.find(m.line);
    if (it == im.yaml.places.end()) {
      m = {};  // not in the document (a value not found): the file itself
      return;
    }
    m = {it->second.line, it->second.column};
    if (message && it->second.table > 0) *message += " [" + it->second.describe(zh) + "]";
  };
  for (eval::Finding& f : r.findings) remap(f.location, &f.message);
  for (eval::Notice& d : r.warnings) remap(d.mark, &d.message);
  if (r.error) remap(r.error->mark, &r.error->message);
  return r;
}

}  // namespace guidecheck::import
