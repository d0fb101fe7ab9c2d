// Footnote and citation marks glued to a value: “≥92%¹”, “92%[1]”, “≥92%^1^”,
// “文献[3]”. Word writes a footnote reference in its own element (which the
// .docx reader skips), but applicants often type the mark as a superscript
// run or in square brackets; read as text it would be a second number
// (“92%1”) or a count of 1. Exponents stay: “m²”, “10⁻⁶”.
#pragma once

#include <string>
#include <string_view>

namespace guidecheck::import {

// `text` with each footnote mark replaced by as many spaces as it has
// characters (so that a column counted in characters still points at the same
// place). Marks: superscript digits right after % or ‰; `[n]`, `［n］` and
// `^n^` (n one or two digits) right after a character that is no space and
// no opening bracket. Everything else is unchanged.
std::string blank_footnote_marks(std::string_view text);

// The text a .docx run formatted as superscript stands for: its digits, + and
// - as the superscript characters (“m” + superscript “2” is “m²”, “%” +
// superscript “1” is “%¹”); other characters unchanged.
std::string superscript(std::string_view run_text);

}  // namespace guidecheck::import
