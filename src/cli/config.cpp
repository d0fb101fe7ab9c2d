#include "cli/config.h"

#include <fmt/format.h>
#include <fmt/ranges.h>

#include <cstring>
#include <filesystem>
#include <string_view>

#include "common/read_file.h"
#include "messages/text.h"
#include "yaml/parse.h"

namespace guidecheck::cli {
namespace fs = std::filesystem;

namespace {

enum class Type { Text, TextList, PathList, Path, Int, Bool, Waivers };

struct Key {
  const char* name;
  Type type;
  const char* choices;  // for Text: the allowed values, "|"-separated, or nullptr
};

// One row per key: its type decides how it is read and checked.
const Key kKeys[] = {
    {"paths", Type::PathList, nullptr},
    {"exclude", Type::TextList, nullptr},
    {"include", Type::TextList, nullptr},
    {"hidden", Type::Bool, nullptr},
    {"lang", Type::Text, "zh|en"},
    {"fail-on", Type::Text, "error|warning|info"},
    {"format", Type::TextList, nullptr},
    {"output", Type::Path, nullptr},
    {"rules", Type::Path, nullptr},
    {"guide", Type::Text, nullptr},
    {"jobs", Type::Int, nullptr},
    {"quiet", Type::Bool, nullptr},
    {"skip-non-proposals", Type::Bool, nullptr},
    {"waivers", Type::Waivers, nullptr},
    {"no-waivers", Type::Bool, nullptr},
    {"sarif-passes", Type::Bool, nullptr},
    {"project-url", Type::Text, nullptr},
};

bool allowed(const std::string& v, const char* choices) {
  if (!choices) return true;
  std::string c = choices;
  for (std::size_t s = 0; s <= c.size();) {
    std::size_t e = c.find('|', s);
    if (e == std::string::npos) e = c.size();
    if (c.compare(s, e - s, v) == 0) return true;
    s = e + 1;
  }
  return false;
}

std::string joined_keys() {
  std::vector<std::string_view> names;
  for (const Key& k : kKeys) names.push_back(k.name);
  return fmt::format("{}", fmt::join(names, ", "));
}

}  // namespace

const std::vector<std::string>& config_keys() {
  static const std::vector<std::string> keys = [] {
    std::vector<std::string> v;
    for (const Key& k : kKeys) v.push_back(k.name);
    return v;
  }();
  return keys;
}

std::string find_config(const std::string& start) {
  std::error_code ec;
  fs::path dir = fs::absolute(start, ec);
  if (ec) return "";
  for (;;) {
    for (const char* name : {".guidecheck.yaml", ".guidecheck.yml"}) {
      fs::path p = dir / name;
      if (fs::is_regular_file(p, ec)) return p.string();
    }
    if (!dir.has_parent_path() || dir.parent_path() == dir) return "";
    dir = dir.parent_path();
  }
}

namespace {

// Reads the settings of one config file into `c`, recording every problem
// in `errors` (all of them, so that one run shows them all).
struct SettingsReader {
  const std::string& path;
  Diagnostics& errors;
  Config& c;
  fs::path base;  // the config's folder
  std::error_code cwd_ec;
  fs::path cwd;

  SettingsReader(const std::string& p, Diagnostics& e, Config& config)
      : path(p),
        errors(e),
        c(config),
        base(fs::path(p).parent_path()),
        cwd(fs::current_path(cwd_ec)) {}

  void error(Mark m, msg::Text text) { errors.push_back({path, m, std::move(text), true}); }

  // A path in the config is relative to the config's folder. Below the
  // current folder it is reported relative to it (proposals/a.yaml), as a
  // path given on the command line would be: SARIF, GitHub and the other CI
  // formats want repository paths. Elsewhere it stays absolute.
  std::string resolve(const std::string& p) const {
    if (p == "-" || fs::path(p).is_absolute() || base.empty()) return p;
    fs::path full = (base / p).lexically_normal();
    if (full.is_absolute() && !cwd_ec) {
      fs::path rel = full.lexically_relative(cwd);
      if (!rel.empty() && *rel.begin() != "..") return rel.string();
    }
    return full.string();
  }

  std::optional<std::string> scalar_text(const yaml::Entry& e) {
    const yaml::Node& v = *e.value;
    if (!v.is_scalar()) {
      error(v.mark, msg::text<msg::Id::cfg_single_value>(e.key, v.kind_id()));
      return std::nullopt;
    }
    return v.scalar;
  }

  // A list of text; one text alone is a list of one.
  std::optional<std::vector<std::string>> list(const yaml::Entry& e) {
    const yaml::Node& v = *e.value;
    std::vector<std::string> out;
    if (v.is_scalar()) return std::vector<std::string>{v.scalar};
    if (!v.is_seq()) {
      error(v.mark, msg::text<msg::Id::cfg_list_of_text>(e.key, v.kind_id()));
      return std::nullopt;
    }
    for (const auto& item : v.items) {
      if (!item->is_scalar()) {
        error(item->mark, msg::text<msg::Id::cfg_item_text>(e.key, item->kind_id()));
        return std::nullopt;
      }
      out.push_back(item->scalar);
    }
    return out;
  }

  void read_text(const yaml::Entry& e, const Key& key) {
    auto s = scalar_text(e);
    if (!s) return;
    if (!allowed(*s, key.choices)) {
      error(e.value->mark, msg::text<msg::Id::cfg_one_of>(e.key, key.choices, *s));
      return;
    }
    (e.key == "lang"          ? c.lang
     : e.key == "fail-on"     ? c.fail_on
     : e.key == "project-url" ? c.project_url
                              : c.guide) = *s;
  }

  void read_jobs(const yaml::Entry& e) {
    auto s = scalar_text(e);
    if (!s) return;
    std::size_t used = 0;
    int n = 0;
    try {
      n = std::stoi(*s, &used);
    } catch (const std::exception&) {
      used = 0;
    }
    if (used != s->size() || n < 1 || n > 256) {
      error(e.value->mark, msg::text<msg::Id::cfg_jobs>(e.key, *s));
      return;
    }
    c.jobs = n;
  }

  void read_bool(const yaml::Entry& e) {
    const yaml::Node& v = *e.value;
    if (!v.is_bool()) {
      error(v.mark, msg::text<msg::Id::cfg_bool>(e.key));
      return;
    }
    (e.key == "hidden"         ? c.hidden
     : e.key == "quiet"        ? c.quiet
     : e.key == "no-waivers"   ? c.no_waivers
     : e.key == "sarif-passes" ? c.sarif_passes
                               : c.skip_non_proposals) = v.as_bool();
  }

  // Waivers' paths are matched from the config's folder, made absolute.
  void read_waivers(const yaml::Entry& e) {
    std::vector<proposal::WaiverProblem> problems;
    proposal::read_waivers(*e.value, /*config=*/true, c.waivers, problems);
    for (const auto& p : problems) error(p.mark, proposal::waiver_problem(p));
    std::error_code ec;
    std::string abs_base =
        fs::absolute(base.empty() ? fs::path(".") : base, ec).lexically_normal().string();
    while (abs_base.size() > 1 && abs_base.back() == '/') abs_base.pop_back();
    for (auto& w : c.waivers) w.file = path, w.base = abs_base;
  }

  // One setting, read as its key's type says.
  void read(const yaml::Entry& e, const Key& key) {
    switch (key.type) {
      case Type::Text:
        read_text(e, key);
        break;
      case Type::Path:
        if (auto s = scalar_text(e)) (e.key == "rules" ? c.rules : c.output) = resolve(*s);
        break;
      case Type::TextList:
        if (auto l = list(e))
          (e.key == "exclude" ? c.exclude : e.key == "include" ? c.include : c.formats) = *l;
        break;
      case Type::PathList:
        if (auto l = list(e)) {
          for (std::string& p : *l) p = resolve(p);
          c.paths = *l;
        }
        break;
      case Type::Int:
        read_jobs(e);
        break;
      case Type::Bool:
        read_bool(e);
        break;
      case Type::Waivers:
        read_waivers(e);
        break;
    }
  }
};

}  // namespace

std::optional<Config> load_config(const std::string& path, Diagnostics& errors) {
  auto error = [&](Mark m, msg::Text text) {
    errors.push_back({path, m, std::move(text), true});
    return std::nullopt;
  };
  ReadFile f = read_file(path, 1u << 20, /*follow_links=*/true);
  if (f.status != ReadFile::Status::Ok)
    return error({}, f.error ? msg::text<msg::Id::cfg_cannot_read_why>(std::strerror(f.error))
                             : msg::text<msg::Id::cfg_cannot_read>());
  yaml::ParseResult y = yaml::parse(f.text);
  if (!y.ok) return error(y.error.mark, y.error.text);
  Config c;
  c.file = path;
  if (y.root->is_null()) return c;  // an empty config changes nothing
  if (!y.root->is_map())
    return error(y.root->mark,
                 msg::text<msg::Id::cfg_not_mapping>(joined_keys(), y.root->kind_id()));
  SettingsReader reader(path, errors, c);
  std::size_t before = errors.size();
  for (const yaml::Entry& e : y.root->entries) {
    const Key* key = nullptr;
    for (const Key& k : kKeys)
      if (e.key == k.name) key = &k;
    if (!key)
      reader.error(e.key_mark, msg::text<msg::Id::cfg_unknown_setting>(e.key, joined_keys()));
    else if (!e.value->is_null())  // `key:` or `key: null` leaves the default
      reader.read(e, *key);
  }
  if (errors.size() > before) return std::nullopt;
  return c;
}

}  // namespace guidecheck::cli
