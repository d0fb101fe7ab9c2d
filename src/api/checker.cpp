// guidecheck::Checker (include/guidecheck/guidecheck.h): the internal
// eval::Checker (thread-safe, caching the packs it loads) behind a pimpl, fed
// through the command line's own per-file path (api/check_input.h).
#include "eval/checker.h"

#include <fmt/ranges.h>
#include <guidecheck/guidecheck.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <exception>
#include <new>

#include "api/check_input.h"
#include "api/convert.h"
#include "messages/text.h"
#include "rules/load.h"
#include "rules/source.h"

namespace guidecheck {
inline namespace v1 {

const char* version() noexcept { return GUIDECHECK_VERSION; }

const char* to_string(Verdict v) noexcept {
  switch (v) {
    case Verdict::Pass:
      return "pass";
    case Verdict::Fail:
      return "fail";
    case Verdict::Error:
      return "error";
  }
  return "error";
}

const char* to_string(Status s) noexcept {
  switch (s) {
    case Status::Pass:
      return "pass";
    case Status::Fail:
      return "fail";
    case Status::Missing:
      return "missing";
    case Status::Invalid:
      return "invalid";
    case Status::Waived:
      return "waived";
  }
  return "invalid";
}

const char* to_string(Severity s) noexcept {
  switch (s) {
    case Severity::Error:
      return "error";
    case Severity::Warning:
      return "warning";
    case Severity::Info:
      return "info";
  }
  return "error";
}

namespace {

rules::Lang lang_of(Language l) { return l == Language::Zh ? rules::Lang::Zh : rules::Lang::En; }

rules::Severity severity_of(Severity s) {
  switch (s) {
    case Severity::Error:
      return rules::Severity::Error;
    case Severity::Warning:
      return rules::Severity::Warning;
    case Severity::Info:
      return rules::Severity::Info;
  }
  return rules::Severity::Error;
}

// Why `dir` cannot serve as a rules folder, or "" (the command line's
// --rules check, cli/common.cpp, in the library's words).
std::string unusable_folder(const std::string& dir, rules::Lang lang) {
  struct stat st;
  std::string why;
  if (::stat(dir.c_str(), &st) != 0)
    why = std::strerror(errno);
  else if (!S_ISDIR(st.st_mode))
    why = msg::tr<msg::Id::eval_api_not_a_folder>(lang);
  else if (::access(dir.c_str(), R_OK | X_OK) != 0)
    why = std::strerror(errno);
  if (why.empty()) return "";
  return msg::tr<msg::Id::eval_api_rules_folder>(lang, dir, why);
}

}  // namespace

struct Checker::Impl {
  Options options;
  std::string rules_problem;  // the rules folder is unusable: every check says so
  std::unique_ptr<eval::Checker> engine;

  explicit Impl(Options o) : options(std::move(o)) {
    eval::Options eo;
    eo.lang = lang_of(options.language);
    eo.fail_on = severity_of(options.fail_on);
    eo.guide = options.guide;
    eo.no_waivers = !options.waivers;
    yaml::Limits limits;
    limits.max_bytes = options.limits.max_file_bytes;
    limits.max_depth = options.limits.max_depth;
    limits.max_nodes = options.limits.max_nodes;
    limits.max_aliases = options.limits.max_aliases;
    if (!options.rules_dir.empty()) rules_problem = unusable_folder(options.rules_dir, eo.lang);
    engine = std::make_unique<eval::Checker>(options.rules_dir.empty()
                                                 ? rules::embedded_source()
                                                 : rules::directory_source(options.rules_dir),
                                             eo, limits);
  }

  Result check(const std::string& name, std::optional<std::string_view> text) const {
    eval::FileResult r;
    if (!rules_problem.empty())
      r = api::error_result(name, rules_problem);
    else if (text && text->size() > options.limits.max_file_bytes)  // as a file's size is bounded
      r = api::error_result(
          name, msg::tr<msg::Id::eval_api_too_large>(lang_of(options.language), text->size(),
                                                     options.limits.max_file_bytes));
    else
      r = api::check_input(*engine, name, text, options.document_direction);
    try {
      return api::to_public(r, lang_of(options.language), severity_of(options.fail_on),
                            options.json);
    } catch (const std::bad_alloc&) {
      throw;
    } catch (const std::exception& e) {  // nothing but bad_alloc leaves the library
      Result out;
      out.file = name;
      out.error =
          msg::tr<msg::Id::eval_api_internal_reporting>(lang_of(options.language), e.what());
      return out;
    }
  }

  Packs load_packs() const;
};

namespace {
Result moved_from(std::string file) {
  Result r;
  r.file = std::move(file);
  r.error = "this guidecheck::Checker was moved from; check with the one it was moved to";
  return r;
}
}  // namespace

Checker::Checker(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {}
Checker::~Checker() = default;
Checker::Checker(Checker&&) noexcept = default;
Checker& Checker::operator=(Checker&&) noexcept = default;

Result Checker::check_text(std::string_view name, std::string_view text) const {
  if (!impl_) return moved_from(std::string(name));
  return impl_->check(std::string(name), text);
}

Result Checker::check_file(const std::string& path) const {
  if (!impl_) return moved_from(path);
  return impl_->check(path, std::nullopt);
}

Packs Checker::load_packs() const {
  if (!impl_) {
    Packs out;
    out.errors.push_back(moved_from("").error);
    return out;
  }
  try {
    return impl_->load_packs();
  } catch (const std::bad_alloc&) {
    throw;
  } catch (const std::exception& e) {  // nothing but bad_alloc leaves the library
    Packs out;
    out.errors.push_back(
        msg::tr<msg::Id::eval_api_internal_loading>(lang_of(impl_->options.language), e.what()));
    return out;
  }
}

Packs Checker::Impl::load_packs() const {
  Packs out;
  if (!rules_problem.empty()) {
    out.errors.push_back(rules_problem);
    return out;
  }
  rules::Lang lang = lang_of(options.language);
  std::vector<std::string> packs = engine->source().packs();
  if (packs.empty())
    out.errors.push_back(msg::tr<msg::Id::eval_api_no_packs>(lang, options.rules_dir));
  auto add_error = [&](const std::string& e) {  // a broken pack says so once, not per direction
    if (std::find(out.errors.begin(), out.errors.end(), e) == out.errors.end())
      out.errors.push_back(e);
  };
  const std::string& guide = options.guide;
  if (!guide.empty() && std::find(packs.begin(), packs.end(), guide) == packs.end()) {
    add_error(msg::tr<msg::Id::eval_api_unknown_guide>(lang, guide,
                                                       fmt::format("{}", fmt::join(packs, ", "))));
  }
  for (const std::string& pack : packs) {
    if (!guide.empty() && pack != guide) continue;
    std::vector<std::string> numbers = rules::direction_numbers(engine->source(), pack);
    if (numbers.empty()) add_error(msg::tr<msg::Id::eval_api_pack_no_directions>(lang, pack));
    for (const std::string& n : numbers) {
      eval::Checker::Loaded l = engine->load(pack, n);
      if (l.direction)
        out.directions.push_back({pack, n, l.direction->title.get(lang)});
      else
        add_error(l.error);
    }
  }
  return out;
}

const Options& Checker::options() const noexcept {
  static const Options defaults;
  return impl_ ? impl_->options : defaults;
}

}  // namespace v1
}  // namespace guidecheck
