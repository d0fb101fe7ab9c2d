// What makes a piece of the document a statement of a research item (研究内容):
// it is written where the form asks for research contents, and it repeats
// words of the item's own, not only words every item shares (关键技术, 机理,
// 方法, key technologies). The extractor (extract.cpp) drafts a research item
// as sure only then; a mention anywhere else is a candidate for the applicant
// to confirm (a sentence about earlier work or an indicator is no research
// plan, and drafting it would let `check` pass the item unseen).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace guidecheck::import {

// True for a heading (or a form's section title) that opens the research
// contents: 研究内容, 主要研究内容, 研究任务, 任务分解, 工作包, Research contents,
// Research tasks, Work packages … `text` as match_form() gives it.
bool research_heading(std::u32string_view text);

// A form's section title written as a plain paragraph: short, after an
// ordinal; which kind of ordinal (0: none): 1 “三、研究内容”, 2 “第三部分 …”,
// 3 “（三）…”, 4 “3. …” / “3、…” (not “3.1 …”).
int section_title(std::u32string_view text);

// The pieces of `key` (match_form()) left between the words every research
// item shares (关键技术, 机理, 方法, technologies …).
std::vector<std::u32string> distinctive(std::u32string_view key);

// The same, also without the words `key` shares with another item of the
// direction (`siblings`: their keys): a frame the guide repeats over its
// items (主要盆地重点区块的…, 既有建筑绿色改造…, of key blocks of the main
// basins) names none of them. Shared means a run of 3 characters (8 for an
// English key) found in a sibling. Empty when nothing of the key is its own.
std::vector<std::u32string> distinctive(std::u32string_view key,
                                        const std::vector<std::u32string_view>& siblings);

// True when `text` repeats enough of one piece to tell the item from the
// others: 2 characters of Chinese, 6 letters of English.
bool names_distinctly(std::u32string_view text, const std::vector<std::u32string>& pieces);

}  // namespace guidecheck::import
