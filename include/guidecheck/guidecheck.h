// guidecheck's C++ interface: check research-funding proposals against the
// rules of an application guide from inside another program (a programme
// office's submission portal, an editor plug-in) without starting a process.
//
//   #include <guidecheck/guidecheck.h>
//
//   guidecheck::Options options;
//   options.language = guidecheck::Language::Zh;
//   const guidecheck::Checker checker(options);  // the packs embedded in the library
//   guidecheck::Result r = checker.check_text("upload.yaml", uploaded_text);
//   if (r.verdict == guidecheck::Verdict::Error) show(r.error, r.error_location);
//   for (const guidecheck::Finding& f : r.findings)
//     if (f.blocking) show(f.rule, f.message, f.location);
//
// The same checks, messages and verdicts as `guidecheck check` (the command
// line goes through the same code for every file); docs/api.md says more.
//
// Stability. Within a major version (the inline namespace v1) code written
// against this header keeps compiling and keeps its meaning: later versions
// only add (functions, members at the end of a struct, enumerators at the end
// of an enum — so write a `default:` in switches over the enums). Messages are
// for people and may change wording; rule ids, statuses, verdicts and the JSON
// of Result::json follow the project's output contract (docs/format.md).
//
// Exceptions. No function throws for bad input: a proposal that cannot be
// read, parsed or checked (or a rule pack that is broken) gives a Result with
// verdict Error and a message saying what and where. Out of memory is
// reported as std::bad_alloc, like the standard library. Nothing else leaves
// the library.
//
// Threads. A Checker may be used from several threads at once: every const
// member function is safe to call concurrently on one Checker. It loads rule
// packs when a proposal first needs them and keeps them (under a lock) for
// the next checks, so share one Checker rather than making one per check.
// Results are plain values that own all their data.
//
// Only standard-library types appear here; the library's dependencies (libyaml,
// ICU, fmt, ...) stay inside it.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace guidecheck {
inline namespace v1 {

// The library's version, "MAJOR.MINOR.PATCH", as `guidecheck --version` says it.
const char* version() noexcept;

enum class Language { Zh, En };  // of messages, titles and notes

enum class Severity { Error, Warning, Info };  // a rule's, most severe first

// A proposal's verdict: every requirement met (Pass), one not met at or above
// Options::fail_on (Fail), or the proposal could not be checked (Error).
enum class Verdict { Pass, Fail, Error };

// One requirement's outcome. Waived: a waiver with a reason covers a finding
// that does not pass; it is neither a pass nor a failure of the proposal.
enum class Status { Pass, Fail, Missing, Invalid, Waived };

// The names the JSON report uses: "pass", "fail", "error", "missing",
// "invalid", "waived", "warning", "info".
const char* to_string(Verdict v) noexcept;
const char* to_string(Status s) noexcept;
const char* to_string(Severity s) noexcept;

// Bounds on one proposal, against hostile input (docs/limits.md); the
// defaults are the command line's.
struct Limits {
  std::size_t max_file_bytes = 16u << 20;  // --max-file-size
  int max_depth = 100;                     // --max-depth: YAML nesting
  std::size_t max_nodes = 1'000'000;       // --max-nodes: YAML nodes, aliases expanded
  std::size_t max_aliases = 10'000;        // --max-aliases
};

struct Options {
  Language language = Language::En;
  // A folder of rule packs (as `--rules DIR`); "" = the packs built into the
  // library. The environment (GUIDECHECK_RULES) is not read.
  std::string rules_dir;
  // The pack to check against whatever the proposal names (`--guide`); "" =
  // the pack the proposal names, or the newest pack having its direction.
  std::string guide;
  // Findings of this severity or more severe make a proposal fail (`--fail-on`).
  Severity fail_on = Severity::Error;
  // false: apply no waivers, every finding keeps its real status (`--no-waivers`).
  bool waivers = true;
  // The direction of .docx/.md/.txt documents that do not name one (`--direction`).
  std::string document_direction;
  // Also render each Result as the JSON report (Result::json).
  bool json = false;
  Limits limits;
};

// A place in the proposal: 1-based line and column; 0 when the message is
// about the file as a whole. For a document (.docx, .md) the place is in the
// document.
struct Location {
  int line = 0;
  int column = 0;
};

struct Finding {
  std::string rule;  // "3.1/round_trip_efficiency", "general/max_duration"
  Status status = Status::Pass;
  Severity severity = Severity::Error;
  // Makes the proposal fail: not passed, not waived, at or above fail_on.
  bool blocking = false;
  std::string title;          // the requirement, in the language asked
  std::string message;        // what was found against what is required
  std::string requirement;    // what the guide requires, in words: "≥ 60 %"
  std::string value;          // what the proposal gave, as written; "" when nothing
  std::string guide_section;  // where the guide says it: "3.1 考核指标"
  std::string guide_quote;    // the guide's own words
  std::string note;           // how the guide's words are read, when it needs saying
  std::string waiver_reason;  // with status Waived
  Location location;
};

struct Message {
  std::string text;
  Location location;
};

struct Counts {
  int pass = 0, fail = 0, missing = 0, invalid = 0, waived = 0;
};

struct Result {
  std::string file;       // the name given to check_text, or the path given to check_file
  std::string guide;      // the rule pack's id, when the proposal could be checked
  std::string direction;  // "3.1"
  std::string title;      // the proposal's title, as it gives it
  Verdict verdict = Verdict::Error;
  // With verdict Error: what is wrong, and where in the file (Location{} when
  // it is about the whole file).
  std::string error;
  Location error_location;
  Counts counts;                  // findings by status
  std::vector<Finding> findings;  // one per requirement, in the guide's order
  std::vector<Message> warnings;  // unknown ids, a converted encoding, ...
  // With Options::json: the JSON report of this one file, byte for byte what
  // `guidecheck check FILE --format json` prints (docs/format.md).
  std::string json;
};

// A direction a rule pack has, for a portal's list of choices.
struct Direction {
  std::string guide;   // the pack's id
  std::string number;  // "3.1"
  std::string title;   // in the language asked
};

struct Packs {
  std::vector<Direction> directions;  // every pack's, in the guide's order
  std::vector<std::string> errors;    // what could not be loaded; empty when all load
};

class Checker {
 public:
  // Cheap: packs are read when first needed (or by load_packs). Never throws
  // for a bad rules_dir: load_packs and every check report it.
  explicit Checker(Options options = {});
  ~Checker();
  Checker(Checker&&) noexcept;
  Checker& operator=(Checker&&) noexcept;
  Checker(const Checker&) = delete;
  Checker& operator=(const Checker&) = delete;

  // Checks a YAML proposal held in memory (an upload); `name` is what the
  // result and its messages call it. UTF-16 (with a byte order mark) and
  // GB 18030 are converted as the command line converts them, with a warning;
  // other bytes that are not UTF-8 are an error result.
  Result check_text(std::string_view name, std::string_view text) const;
  // Checks a file: a YAML proposal, or the applicant's .docx, .md or .txt
  // document, imported first as `guidecheck check` does (docs/import.md).
  Result check_file(const std::string& path) const;

  // Loads every pack and direction now, and lists them: for a portal to
  // offer the directions, and to find a broken rules folder at start-up
  // rather than at the first upload.
  Packs load_packs() const;

  const Options& options() const noexcept;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace v1
}  // namespace guidecheck
