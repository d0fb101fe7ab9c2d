// The grammar of qualitative answers (indicators of kind `qualitative`,
// research items, participant names): is a value a commitment, a refusal, a
// placeholder, or undecided? Documented in docs/values.md ("Qualitative
// answers"); every form listed there has a test in answer_test.cpp.
#pragma once

#include <string>
#include <string_view>

#include "messages/message.h"

namespace guidecheck::value {

struct Answer {
  enum class Kind {
    Empty,        // nothing written: missing
    Placeholder,  // "（请填写）", "(fill in)", "-", "?", "…", "是/否": missing
    Refusal,      // "否", "no", "无", "不承诺", "N/A", "0", "0篇": fail
    Undecided,    // "待定", "TBD", "暂无…", "未定": fail
    Affirmative,  // "true", "是", "承诺", or a description that is not a negation
  };
  Kind kind = Kind::Empty;
  std::string word;  // the form that decided it ("否", "暂无", "0"), for messages
};

// Classifies the text of one answer (already a string; YAML true/false are
// passed as "true"/"false").
Answer classify_answer(std::string_view text);

// "'否' reads as a refusal: this requirement needs a commitment", in English
// or Chinese, for an answer that is not Affirmative.
msg::Text answer_problem(const Answer& a, std::string_view text);

// True for the skeleton's own placeholders ("（请填写）…", "(fill in) …") and
// other texts that hold no answer yet (empty, "-", "TBD", "待定", "无").
bool placeholder_name(std::string_view text);

}  // namespace guidecheck::value
