// The grammar of qualitative answers (docs/values.md, "Qualitative
// answers"): every class, zh and en, and texts that only contain a negation
// character inside a real description.
#include "value/answer.h"

#include "catch_compat.h"

using namespace guidecheck::value;
using K = Answer::Kind;

static K kind(const char* s) {
  UNSCOPED_INFO(s);
  return classify_answer(s).kind;
}

TEST_CASE("answer: affirmative forms", "[answer]") {
  for (const char* s : {"true", "True", "yes", "YES", "是", "是的", "承诺", "已承诺", "已完成",
                        "承诺完成", "covered", "√", "形成评估报告 1 份", "2 项", "1"})
    CHECK(kind(s) == K::Affirmative);
}

TEST_CASE("answer: refusals and negations, zh and en", "[answer]") {
  for (const char* s : {"false",
                        "no",
                        "No.",
                        "NO",
                        "off",
                        "none",
                        "否",
                        "否。",
                        "否，因条件不具备",
                        "无",
                        "无。",
                        "没有",
                        "不承诺",
                        "本项目不承诺",
                        "我们不承诺完成该项",
                        "不涉及",
                        "不适用",
                        "N/A",
                        "n/a",
                        "NA",
                        "Not applicable",
                        "N.A.",
                        "n.a.",
                        "不需要",
                        "无需",
                        "0",
                        "0篇",
                        "0 项",
                        "零",
                        "零项",
                        "不",
                        "未完成",
                        "无法完成",
                        "放弃",
                        "×",
                        "无合作基础",
                        "无相关成果",
                        "没有计划",
                        "还没有开展",
                        "will not commit",
                        "We will not do this",
                        "no commitment",
                        "cannot",
                        "该项研究不开展",
                        "not covered"})
    CHECK(kind(s) == K::Refusal);
}

TEST_CASE("answer: undecided, zh and en", "[answer]") {
  for (const char* s : {"待定",          "待确定",
                        "TBD",           "tbd",
                        "TBC",           "to be determined",
                        "To be decided", "暂无",
                        "暂无合作基础",  "暂不",
                        "暂不开展",      "目前暂无",
                        "尚未确定",      "未定",
                        "不确定",        "合作单位待定",
                        "pending",       "unknown",
                        "视情况而定",    "视经费情况而定",
                        "以后再定",      "后续确定",
                        "可能完成",      "或许完成"})
    CHECK(kind(s) == K::Undecided);
}

TEST_CASE("answer: placeholders and nothing", "[answer]") {
  CHECK(kind("") == K::Empty);
  CHECK(kind("   ") == K::Empty);
  for (const char* s : {"（请填写）",
                        "(请填写)",
                        "(fill in)",
                        "（请填写）中方牵头单位 Chinese lead unit",
                        "(fill in) foreign partner",
                        "-",
                        "—",
                        "–",
                        "?",
                        "？",
                        "…",
                        "...",
                        "是/否",
                        "yes/no",
                        "是否",
                        "有/无",
                        "x",
                        "X",
                        "略",
                        "xxx",
                        "TODO"})
    CHECK(kind(s) == K::Placeholder);
}

TEST_CASE("answer: a negation character inside a description is not a refusal", "[answer]") {
  for (const char* s : {"无人机巡检平台研发",     "无损检测技术研究",
                        "无线传感网络部署",       "无机固态电解质制备",
                        "无铅焊料工艺",           "不低于60%的效率",
                        "不少于 3 项专利",        "不锈钢双极板冲压成形",
                        "不同工况下的寿命评估",   "不确定度评定方法研究",
                        "不间断电源主动支撑",     "未来三年完成示范",
                        "非贵金属催化剂开发",     "not less than 60 % efficiency",
                        "No less than 3 patents", "non-destructive testing",
                        "完成否定性试验的复核",   "开发无需外部电源的传感器",
                        "本项目将完成示范验证",   "notable improvement of yield",
                        "on-line monitoring",     "负荷预测与无功优化",
                        "可能性评估方法研究",     "争取完成示范",
                        "以太网通信研发",         "以后续试验数据为基础完成评估"})
    CHECK(kind(s) == K::Affirmative);
}

TEST_CASE("answer: messages say why, in both languages", "[answer]") {
  Answer a = classify_answer("否");
  CHECK(answer_problem(a, "否").en() ==
        "'否' reads as a refusal: this requirement needs a commitment");
  CHECK(answer_problem(a, "否").zh() == "“否”表示拒绝或否定：此项要求作出承诺");
  a = classify_answer("暂无合作基础");
  CHECK(answer_problem(a, "暂无合作基础").en() ==
        "'暂无合作基础' ('暂无') reads as undecided: this requirement needs a commitment");
  a = classify_answer("0篇");
  CHECK(answer_problem(a, "0篇").en() ==
        "'0篇' reads as none (0): this requirement needs a commitment");
  a = classify_answer("(fill in)");
  CHECK(answer_problem(a, "(fill in)").zh() == "“(fill in)”仍是占位内容：请填写实际内容");
}

TEST_CASE("answer: placeholder participant names", "[answer]") {
  for (const char* s : {"（请填写）中方牵头单位 Chinese lead unit", "(fill in) partner in US", "",
                        "-", "TBD", "待定", "无", "N/A", "?"})
    CHECK(placeholder_name(s));
  for (const char* s : {"某某大学", "无锡研究院", "Technical University of Denmark",
                        "不列颠哥伦比亚大学", "Norwegian University of Science and Technology"})
    CHECK_FALSE(placeholder_name(s));
}

TEST_CASE("answer: an answer wrapped in brackets or quotes is read inside them", "[answer]") {
  for (const char* s : {"（待补充）", "(待定)", "[TBD]", "【待确定】", "「待商定」"})
    CHECK(kind(s) == K::Undecided);
  for (const char* s : {"“否”", "\"no\"", "（无）", "《不承诺》"}) CHECK(kind(s) == K::Refusal);
  for (const char* s : {"（已完成）", "[yes]", "“承诺”"}) CHECK(kind(s) == K::Affirmative);
  CHECK(kind("()") != K::Affirmative);
  CHECK(kind("“”") != K::Affirmative);
}

// classify_answer keeps its answers per thread: asking again, after the table
// has started afresh, and for texts longer than it keeps, gives the same answer.
TEST_CASE("answer: remembered answers are the answers", "[answer]") {
  const std::string long_refusal = "不承诺" + std::string(200, 'x');
  for (int round = 0; round < 2; ++round) {
    CHECK(classify_answer("否").kind == Answer::Kind::Refusal);
    CHECK(classify_answer("否").word == "否");
    CHECK(classify_answer("清华大学").kind == Answer::Kind::Affirmative);
    CHECK(classify_answer("（请填写）").kind == Answer::Kind::Placeholder);
    CHECK(classify_answer("待定").kind == Answer::Kind::Undecided);
    CHECK(classify_answer(long_refusal).kind == Answer::Kind::Refusal);
    // More distinct texts than the table holds: it starts afresh in between.
    for (int i = 1; i <= 5000; ++i)
      REQUIRE(classify_answer(std::to_string(i) + " 项").kind == Answer::Kind::Affirmative);
    CHECK(classify_answer("0 项").kind == Answer::Kind::Refusal);
  }
}
