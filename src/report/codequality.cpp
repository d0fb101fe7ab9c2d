// check --format codequality: GitLab's Code Quality report (the Code Climate
// issue subset GitLab reads), a JSON array with one issue per finding that
// does not pass and per file that could not be checked:
//   {"description", "check_name", "fingerprint", "severity",
//    "location": {"path", "lines": {"begin"}}}
// GitLab compares the fingerprints of the merge request's report with the
// target branch's to say which issues are new or resolved, so a fingerprint
// must stay the same while the issue does: it is a hash of the path and the
// rule id only (not the line, not the message's wording or language). Two
// issues of one rule in one file (unknown keys: general/unknown_key) add what
// tells them apart (the key) and, if still equal, their order in the file.
// Streamed one result at a time, as json_stream.cpp.
#include <nettle/sha2.h>

#include <map>

#include "common/safe_text.h"
#include "messages/text.h"
#include "report/finding_text.h"
#include "report/json_writer.h"
#include "report/paths.h"
#include "report/sink.h"

namespace guidecheck::report {
namespace {

// The first 128 bits of SHA-256, in hex: as long as the MD5 GitLab's own
// examples use. Nettle (Debian's libnettle, already on every system with
// GnuTLS) rather than a hand-written hash.
std::string fingerprint(const std::string& key) {
  sha256_ctx ctx;
  sha256_init(&ctx);
  sha256_update(&ctx, key.size(), reinterpret_cast<const std::uint8_t*>(key.data()));
  std::uint8_t digest[SHA256_DIGEST_SIZE];
  sha256_digest(&ctx, sizeof digest, digest);
  static const char hex[] = "0123456789abcdef";
  std::string s;
  for (std::size_t i = 0; i < 16; ++i) {
    s += hex[digest[i] >> 4];
    s += hex[digest[i] & 15];
  }
  return s;
}

const char* severity_of(rules::Severity s) {
  switch (s) {
    case rules::Severity::Error:
      return "major";
    case rules::Severity::Warning:
      return "minor";
    case rules::Severity::Info:
      return "info";
  }
  return "major";
}

// One issue on one line, as nlohmann's dump(-1, replace) and then
// safe::json_output wrote it (the json writer's escapes are those): members
// in this order, no spaces.
std::string issue_json(const std::string& description, const std::string& check,
                       const std::string& fingerprint, const char* severity,
                       const std::string& path, const Mark& m) {
  std::string out = "{\"description\":\"";
  append_json_escaped(out, description);
  out += "\",\"check_name\":\"";
  append_json_escaped(out, check);
  out += "\",\"fingerprint\":\"";
  append_json_escaped(out, fingerprint);
  out += "\",\"severity\":\"";
  append_json_escaped(out, severity);
  out += "\",\"location\":{\"path\":\"";
  append_json_escaped(out, path);
  out += "\",\"lines\":{\"begin\":";
  out += std::to_string(known_mark(m).line);
  out += "}}}";
  return out;
}

class CodeQualitySink : public Sink {
 public:
  CodeQualitySink(std::ostream& out, const RenderOptions& o) : out_(out), lang_(o.lang) {
    out_ << "[";
  }
  void add(const eval::FileResult& r) override {
    std::string path = repo_paths_(r.file);
    std::map<std::string, int> seen;  // fingerprint keys of this file
    auto issue = [&](const std::string& check, std::string key, const char* severity,
                     const std::string& description, const Mark& m) {
      key = path + '\0' + check + '\0' + key;
      if (int n = seen[key]++) key += '\0' + std::to_string(n);
      out_ << (first_ ? "\n  " : ",\n  ")
           << issue_json(description, check, fingerprint(key), severity, path, m);
      first_ = false;
    };
    if (r.error)
      issue("guidecheck/input", "", "critical",
            msg::tr<msg::Id::report_could_not_check>(lang_, r.error->message), r.error->mark);
    for (const eval::Finding& f : r.findings) {
      if (!listed_as_problem(f.status)) continue;
      issue(f.rule_id, f.rule || !f.actual ? "" : f.actual->text, severity_of(f.severity),
            f.message, f.location);
    }
  }
  void finish() override { out_ << (first_ ? "]\n" : "\n]\n"); }

 private:
  RepoPaths repo_paths_;
  std::ostream& out_;
  rules::Lang lang_;
  bool first_ = true;
};

}  // namespace

std::unique_ptr<Sink> open_codequality(std::ostream& out, const RenderOptions& o) {
  return std::make_unique<CodeQualitySink>(out, o);
}

}  // namespace guidecheck::report
