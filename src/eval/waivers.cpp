#include "eval/waivers.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <ctime>
#include <filesystem>

#include "common/glob.h"  // config waivers' paths match as --exclude does
#include "messages/text.h"
#include "text/distance.h"

namespace guidecheck::eval {
namespace {

using eval::Finding;
using eval::Status;

std::string local_date() {
  std::time_t now = std::time(nullptr);
  std::tm tm{};
  localtime_r(&now, &tm);
  char buf[16];
  std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
  return buf;
}

// "file:line:col" of a config waiver, for messages.
std::string config_place(const proposal::Waiver& w) {
  return fmt::format("{}:{}:{}", w.file, w.mark.line > 0 ? w.mark.line : 1,
                     w.mark.column > 0 ? w.mark.column : 1);
}

// Whether a config waiver covers the proposal `file` of direction `dir`: its
// rule is a general one or one of that direction, and its paths (if any)
// match the file's path relative to the config's folder, or as given.
bool covers(const proposal::Waiver& w, const std::string& file, const std::string& dir) {
  // A rule without a direction ("round_trip_efficiency") concerns every
  // proposal: each gets its unknown-rule finding with a did-you-mean.
  auto slash = w.rule.find('/');
  std::string prefix = w.rule.substr(0, slash);
  if (slash != std::string::npos && prefix != "general" && prefix != dir) return false;
  if (w.paths.empty()) return true;
  namespace fs = std::filesystem;
  std::error_code ec;
  std::string rel = file;
  fs::path abs = fs::absolute(file, ec);
  if (!ec && !w.base.empty()) {
    fs::path r = abs.lexically_normal().lexically_relative(fs::path(w.base));
    if (!r.empty() && r.native().rfind("..", 0) != 0) rel = r.string();
  }
  for (const std::string& g : w.paths)
    if (glob_matches(g, rel) || glob_matches(g, file)) return true;
  return false;
}

std::string suggest(const std::string& id, const std::vector<std::string>& known) {
  // A rule written without its direction ("round_trip_efficiency"): the one
  // that ends so.
  for (const auto& k : known)
    if (k.size() > id.size() && k.compare(k.size() - id.size(), id.size(), id) == 0 &&
        k[k.size() - id.size() - 1] == '/')
      return k;
  return text::closest_id(id, known);
}

Finding waiver_finding(const char* rule_id, Mark at, rules::Lang lang) {
  Finding f;
  f.rule_id = rule_id;
  f.status = Status::Fail;
  f.severity = rules::Severity::Error;
  f.location = at;
  f.expected.op = rules::Op::ValidWaiver;
  f.note = msg::tr<msg::Id::eval_waiver_note>(lang);
  return f;
}

}  // namespace

std::string today(msg::Text& error) {
  if (const char* env = std::getenv("GUIDECHECK_TODAY"); env && *env) {
    if (proposal::valid_date(env)) return env;
    error = msg::text<msg::Id::eval_today_invalid>(env);
    return "";
  }
  return local_date();
}

void apply_waivers(eval::FileResult& res, const proposal::Proposal& p,
                   const rules::General& general, const rules::Direction& dir, const Options& opt) {
  using Id = msg::Id;
  const rules::Lang lang = opt.lang;
  const std::size_t rule_findings = res.findings.size();  // the waivable ones
  for (const auto& x : p.waiver_problems) {
    Finding f = waiver_finding(kWaiverInvalidRule, x.mark, lang);
    f.title = msg::tr<Id::eval_waiver_invalid_title>(lang);
    f.message = proposal::waiver_problem(x).render(lang);
    if (!x.found.empty()) f.actual = eval::Actual{{}, {}, {}, "", x.found};
    res.findings.push_back(std::move(f));
  }
  struct Active {
    const proposal::Waiver* w;
    bool external;
  };
  std::vector<Active> active;
  for (const auto& w : p.waivers) active.push_back({&w, false});
  for (const auto& w : opt.config_waivers)
    if (covers(w, p.file, dir.number)) active.push_back({&w, true});
  if (active.empty()) return;

  std::vector<std::string> known;
  for (const auto& r : general.rules) known.push_back(r.full_id);
  for (const auto& r : dir.rules) known.push_back(r.full_id);
  known.push_back(kUnknownKeyRule);
  std::string today_s = opt.today;
  if (today_s.empty()) {
    msg::Text error;
    today_s = today(error);
    if (today_s.empty()) today_s = local_date();
  }

  for (const Active& a : active) {
    const proposal::Waiver& w = *a.w;
    // Findings about a config waiver sit at the top of the proposal and name
    // the config file's place in their message.
    std::string in_config =
        a.external ? msg::tr<Id::eval_waiver_in_config>(lang, config_place(w)) : "";
    if (std::find(known.begin(), known.end(), w.rule) == known.end()) {
      Finding f = waiver_finding(kWaiverUnknownRule, a.external ? Mark{} : w.rule_mark, lang);
      f.title = msg::tr<Id::eval_waiver_unknown_title>(lang);
      f.actual = eval::Actual{{}, {}, {}, "", w.rule};
      std::string hint = suggest(w.rule, known);
      f.message = hint.empty()
                      ? msg::tr<Id::eval_waiver_unknown_rule>(lang, w.rule, dir.number, in_config)
                      : msg::tr<Id::eval_waiver_unknown_rule_hint>(lang, w.rule, dir.number, hint,
                                                                   in_config);
      res.findings.push_back(std::move(f));
      continue;
    }
    if (!w.until.empty() && w.until < today_s) {  // YYYY-MM-DD compares as text
      Finding f = waiver_finding(kWaiverExpiredRule, a.external ? Mark{} : w.until_mark, lang);
      f.title = msg::tr<Id::eval_waiver_expired_title>(lang);
      f.actual = eval::Actual{{}, {}, {}, "", w.until};
      f.message = msg::tr<Id::eval_waiver_expired>(lang, w.rule, w.until, today_s, in_config);
      res.findings.push_back(std::move(f));
      continue;
    }
    if (opt.no_waivers) continue;  // --no-waivers: every finding keeps its real status
    bool used = false;
    for (std::size_t i = 0; i < rule_findings; ++i) {
      Finding& f = res.findings[i];
      if (f.rule_id != w.rule || !eval::open_problem(f)) continue;
      f.status = Status::Waived;
      f.waiver = eval::WaiverInfo{w.reason, w.by, w.until, a.external, w.file, w.mark};
      used = true;
    }
    if (!used && !a.external) {
      bool waived = false;
      for (std::size_t i = 0; i < rule_findings; ++i)
        waived |= res.findings[i].rule_id == w.rule && res.findings[i].status == Status::Waived;
      std::string text = waived ? msg::tr<Id::eval_waiver_covered_twice>(lang, w.rule)
                                : msg::tr<Id::eval_waiver_not_needed>(lang, w.rule);
      res.warnings.push_back({p.file, w.mark, std::move(text), false});
    }
  }
}

}  // namespace guidecheck::eval
