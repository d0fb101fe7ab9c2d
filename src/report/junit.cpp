// check --format junit: JUnit XML as Jenkins (xUnit), GitLab and Azure read it.
// One <testsuite> per proposal, one <testcase> per requirement; a requirement
// that fails (at or above --fail-on) is a <failure> carrying the message, the
// location and the guide's text; one below --fail-on is <skipped> with the same
// details, so the suite fails exactly when the proposal does. A file that could
// not be checked is a suite whose one testcase, guidecheck/input, is an <error>.
// Valid against junit-10.xsd (no timestamps: time is always 0).
#include <fmt/format.h>

#include "report/finding_text.h"
#include "report/paths.h"
#include "report/render.h"

namespace guidecheck::report {
namespace {

// Appends code point `cp` as UTF-8.
void put_utf8(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes one UTF-8 sequence at s[i]; returns U+FFFD for a malformed one
// (advancing one byte) so that any input yields well-formed XML.
char32_t next_code_point(const std::string& s, std::size_t& i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  unsigned char b = byte(i);
  int len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : (b >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  char32_t cp = len == 1 ? b : len == 2 ? (b & 0x1F) : len == 3 ? (b & 0x0F) : (b & 0x07);
  for (int k = 1; k < len; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    cp = (cp << 6) | (byte(i + k) & 0x3F);
  }
  static const char32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < min_for_len[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    ++i;
    return 0xFFFD;
  }
  i += len;
  return cp;
}

bool xml_char(char32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// Text for XML content (attr = false) or a double-quoted attribute value.
// Characters XML 1.0 cannot hold at all become U+FFFD.
std::string xml(const std::string& s, bool attr) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = next_code_point(s, i);
    if (!xml_char(c)) c = 0xFFFD;
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += attr ? "&quot;" : "\"";
        break;
      case '\n':
        out += attr ? "&#10;" : "\n";
        break;
      case '\r':
        out += "&#13;";
        break;
      case '\t':
        out += attr ? "&#9;" : "\t";
        break;
      default:
        put_utf8(out, c);
    }
  }
  return out;
}

std::string xml_attr(const std::string& s) { return xml(s, true); }
std::string xml_text(const std::string& s) { return xml(s, false); }

// The body of a <failure>/<skipped>: everything a reader needs without the proposal.
std::string details(const std::string& file, const Finding& f, const RenderOptions& o) {
  bool zh = o.lang == rules::Lang::Zh;
  std::string s = place(file, f.location) + ": " + f.message + "\n";
  s += (zh ? "要求: " : "expected: ") + expected_text(f, o.lang) + "\n";
  if (std::string a = actual_text(f); !a.empty()) s += (zh ? "填写: " : "actual: ") + a + "\n";
  if (f.rule)
    s += (zh ? "指南 " : "guide ") + f.rule->source.section + ": " + f.rule->source.text + "\n";
  if (!f.note.empty()) s += (zh ? "说明: " : "note: ") + f.note + "\n";
  s += fmt::format("status: {}, severity: {}\n", status_name(f.status),
                   rules::severity_name(f.severity));
  return s;
}

struct Counts {
  int tests = 0, failures = 0, errors = 0, skipped = 0;
};

Counts count(const FileResult& r, const RenderOptions& o) {
  Counts c;
  c.tests = static_cast<int>(r.findings.size());
  for (const Finding& f : r.findings) {
    if (f.status == Status::Pass) continue;
    if (blocking(f, o))
      ++c.failures;
    else
      ++c.skipped;
  }
  if (r.error) ++c.tests, ++c.errors;
  return c;
}

void property(std::ostream& out, const char* name, const std::string& value) {
  if (!value.empty())
    out << "      <property name=\"" << name << "\" value=\"" << xml_attr(value) << "\"/>\n";
}

}  // namespace

void render_junit(std::ostream& out, const std::vector<FileResult>& results,
                  const RenderOptions& o) {
  Counts total;
  for (const FileResult& r : results) {
    Counts c = count(r, o);
    total.tests += c.tests;
    total.failures += c.failures;
    total.errors += c.errors;
  }
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  out << fmt::format(
      "<testsuites name=\"guidecheck\" tests=\"{}\" failures=\"{}\" errors=\"{}\" time=\"0\">\n",
      total.tests, total.failures, total.errors);
  for (const FileResult& r : results) {
    const std::string& file = r.file;
    Counts c = count(r, o);
    out << fmt::format(
        "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{}\" errors=\"{}\" skipped=\"{}\" "
        "time=\"0\" file=\"{}\"",
        xml_attr(file), c.tests, c.failures, c.errors, c.skipped, xml_attr(file));
    if (!r.guide.empty()) out << " package=\"" << xml_attr(r.guide) << "\"";
    if (!o.tool_version.empty()) out << " version=\"" << xml_attr(o.tool_version) << "\"";
    out << ">\n";
    out << "    <properties>\n";
    property(out, "guide", r.guide);
    property(out, "direction", r.direction);
    property(out, "title", r.title);
    property(out, "lead", r.lead);
    property(out, "status", file_status_name(r.status));
    out << "    </properties>\n";
    if (r.error) {
      out << "    <testcase name=\"guidecheck/input\" classname=\"" << xml_attr(file)
          << "\" time=\"0\">\n";
      out << "      <error type=\"error\" message=\"" << xml_attr(r.error->message) << "\">"
          << xml_text(place(file, r.error->mark) + ": " + r.error->message + "\n") << "</error>\n";
      out << "    </testcase>\n";
    }
    for (const Finding& f : r.findings) {
      out << "    <testcase name=\"" << xml_attr(f.rule_id) << "\" classname=\"" << xml_attr(file)
          << "\" time=\"0\"";
      if (f.status == Status::Pass) {
        out << "/>\n";
        continue;
      }
      const char* element = blocking(f, o) ? "failure" : "skipped";
      out << ">\n      <" << element << " type=\"" << status_name(f.status) << "\" message=\""
          << xml_attr(f.message) << "\">" << xml_text(details(file, f, o)) << "</" << element
          << ">\n";
      out << "    </testcase>\n";
    }
    if (!r.warnings.empty()) {
      std::string w;
      for (const Diagnostic& d : r.warnings)
        w += place(file, d.mark) + ": " + (d.error ? "error" : "warning") + ": " + d.message + "\n";
      out << "    <system-err>" << xml_text(w) << "</system-err>\n";
    }
    out << "  </testsuite>\n";
  }
  out << "</testsuites>\n";
}

}  // namespace guidecheck::report
