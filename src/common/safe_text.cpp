#include "common/safe_text.h"

#include <unicode/uchar.h>

#include <cstdint>
#include <cstdio>
#include <utility>

#include "text/utf8.h"

namespace guidecheck::safe {

namespace {

// Each code point of `s` (ill-formed sequences as U+FFFD, one per maximal
// ill-formed subpart) until f returns false.
template <class F>
void each(std::string_view s, F&& f) {
  text::utf8::each(s, std::forward<F>(f));
}

void put(std::string& out, char32_t cp) { text::utf8::append(out, cp); }

bool noncharacter(char32_t cp) { return (cp & 0xFFFE) == 0xFFFE || (cp >= 0xFDD0 && cp <= 0xFDEF); }

void escaped(std::string& out, char32_t cp) {
  char buf[16];
  switch (cp) {
    case '\n':
      out += "\\n";
      return;
    case '\r':
      out += "\\r";
      return;
    case '\t':
      out += "\\t";
      return;
    default:
      break;
  }
  if (cp < 0x80)
    std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(cp));
  else
    std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
  out += buf;
}

}  // namespace

bool hazardous(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0x061C ||
         c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
}

std::string utf8(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  each(s, [&](char32_t c) {
    put(out, c);
    return true;
  });
  return out;
}

namespace {

bool printable_ascii(unsigned char b) { return b >= 0x20 && b < 0x7F; }

// A hazardous code point's escape, unless it would take `chars` past
// `max_chars` (then false, nothing appended). Out of line: it is rare.
[[gnu::noinline]] bool escaped_code_point(std::string& out, char32_t c, std::size_t& chars,
                                          std::size_t max_chars) {
  std::string esc;
  escaped(esc, c);
  if (max_chars != std::string::npos && chars + esc.size() > max_chars) return false;
  chars += esc.size();
  out += esc;
  return true;
}

// The code point from byte `i` on (not printable ASCII), `i` moved past it:
// its escape when hazardous, U+FFFD for ill-formed UTF-8 or a noncharacter,
// else its own bytes, copied rather than encoded again. False, with nothing
// appended, when it would take `chars` past `max_chars`.
inline bool text_code_point(std::string& out, std::string_view s, std::size_t& i,
                            std::size_t& chars, std::size_t max_chars) {
  const std::size_t from = i;
  const char32_t c = text::utf8::next(s, i);
  if (hazardous(c)) return escaped_code_point(out, c, chars, max_chars);
  if (max_chars != std::string::npos && chars + 1 > max_chars) return false;
  ++chars;
  if (c == 0xFFFD || noncharacter(c))
    put(out, 0xFFFD);
  else
    out.append(s.data() + from, i - from);
  return true;
}

}  // namespace

namespace {

void append_markup(std::string& out, std::string_view t, bool attribute);

// text(), its printable ASCII runs appended by `run(out, bytes)`: as they
// are, or (xml) with markup's entities. Only those runs can hold & < > " ';
// escapes, other characters and the ellipsis never do.
template <class Run>
std::string text_with(std::string_view s, std::size_t max_chars, Run&& run_out) {
  std::string out;
  out.reserve(s.size());
  std::size_t chars = 0;
  for (std::size_t i = 0; i < s.size();) {
    // Printable ASCII, most of every report, is copied a run at a time.
    std::size_t run = i;
    while (run < s.size() && printable_ascii(static_cast<unsigned char>(s[run]))) ++run;
    if (run > i) {
      std::size_t n = run - i;
      if (max_chars != std::string::npos && chars + n > max_chars) {
        run_out(out, s.substr(i, max_chars - chars));
        out += "…";
        break;
      }
      chars += n;
      run_out(out, s.substr(i, n));
      i = run;
      continue;
    }
    if (!text_code_point(out, s, i, chars, max_chars)) {
      out += "…";
      break;
    }
  }
  return out;
}

}  // namespace

std::string text(std::string_view s, std::size_t max_chars) {
  return text_with(s, max_chars, [](std::string& out, std::string_view r) { out += r; });
}

std::string csv_cell(std::string_view s) {
  std::string t = text(s);
  // text() has already turned a leading TAB or CR into "\t" / "\r".
  if (!t.empty() && (t[0] == '=' || t[0] == '+' || t[0] == '-' || t[0] == '@'))
    t.insert(t.begin(), '\'');
  return t;
}

namespace {

bool markdown_punctuation(char c) {
  switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '<':
    case '>':
    case '|':
    case '~':
    case '&':
    case '#':
    case '!':
    case '@':
      return true;
    default:
      return false;
  }
}

// The entity for `c` in markup, or null when it stays as it is.
const char* markup_entity(char c, bool attribute) {
  switch (c) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return attribute ? "&quot;" : nullptr;
    case '\'':
      return attribute ? "&#39;" : nullptr;
    default:
      return nullptr;
  }
}

}  // namespace

// Both escapers copy the text between two escapes a run at a time.
std::string markdown(std::string_view raw) {
  std::string s = text(raw), out;
  out.reserve(s.size());
  std::size_t from = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (!markdown_punctuation(s[i])) continue;
    out.append(s, from, i - from);
    out += '\\';
    from = i;  // the character itself goes with the next run
  }
  out.append(s, from, std::string::npos);
  return out;
}

// markup(text(s)) in one pass: text() cuts before markup() would escape.
std::string xml(std::string_view s, bool attribute, std::size_t max_chars) {
  return text_with(s, max_chars, [attribute](std::string& out, std::string_view r) {
    append_markup(out, r, attribute);
  });
}

namespace {

void append_markup(std::string& out, std::string_view t, bool attribute) {
  std::size_t from = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char* entity = markup_entity(t[i], attribute);
    if (!entity) continue;
    out.append(t.data() + from, i - from);
    out += entity;
    from = i + 1;
  }
  out.append(t.data() + from, t.size() - from);
}

}  // namespace

std::string markup(std::string_view t, bool attribute) {
  std::string out;
  out.reserve(t.size());
  append_markup(out, t, attribute);
  return out;
}

std::string workflow_data(std::string_view t) {
  std::string out;
  out.reserve(t.size());
  for (char c : t) {
    switch (c) {
      case '%':
        out += "%25";
        break;
      case '\r':
        out += "%0D";
        break;
      case '\n':
        out += "%0A";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string workflow_property(std::string_view t) {
  std::string out;
  for (char c : workflow_data(t)) {
    switch (c) {
      case ':':
        out += "%3A";
        break;
      case ',':
        out += "%2C";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string json_output(std::string dumped) {
  // Only multi-byte sequences and DEL need work; most documents have none of
  // the ones escaped here, so look before copying.
  bool any = false;
  each(dumped, [&](char32_t c) {
    any = c >= 0x7F && hazardous(c);
    return !any;
  });
  if (!any) return dumped;
  std::string out;
  out.reserve(dumped.size() + 16);
  each(dumped, [&](char32_t c) {
    if (c >= 0x7F && hazardous(c)) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
      out += buf;
    } else {
      put(out, c);
    }
    return true;
  });
  return out;
}

namespace {
// What a YAML scalar or comment must not hold raw: what would break its line
// or hide in it, bidirectional controls included (a drafted proposal is read
// in an editor, where they could reorder what the reader sees).
bool yaml_unsafe(char32_t c) { return hazardous(c) || c == 0xFEFF; }
}  // namespace

std::string yaml_quoted(std::string_view s) {
  std::string o = "\"";
  each(s, [&](char32_t c) {
    if (c == U'"') {
      o += "\\\"";
    } else if (c == U'\\') {
      o += "\\\\";
    } else if (yaml_unsafe(c) || c == 0xFFFD) {
      char buf[16];
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(c));
      o += buf;
    } else {
      put(o, c);
    }
    return true;
  });
  return o + "\"";
}

std::string yaml_comment(std::string_view s, std::size_t max_bytes) {
  std::string r;
  r.reserve(s.size());
  each(s, [&](char32_t c) {
    put(r, yaml_unsafe(c) ? U' ' : c);
    return true;
  });
  if (r.size() > max_bytes) {
    r.resize(text::utf8::cut_point(r, max_bytes));
    r += "…";
  }
  return r;
}

std::size_t display_width(std::string_view s) {
  std::size_t w = 0;
  each(s, [&](char32_t c) {
    int ea = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
    w += ea == U_EA_WIDE || ea == U_EA_FULLWIDTH ? 2 : 1;
    return true;
  });
  return w;
}

}  // namespace guidecheck::safe
