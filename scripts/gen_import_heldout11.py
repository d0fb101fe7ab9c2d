#!/usr/bin/env python3
"""Held-out import test set no. 11 ("heldout11") for guidecheck's proposal importer.

Usage:
    python3 scripts/gen_import_heldout11.py [OUT_DIR]      (default: tests/import/heldout11)

Deterministic, Python 3 standard library only.  The .docx files are written by
hand with zipfile (minimal WordprocessingML: [Content_Types].xml, _rels/.rels,
word/document.xml, word/_rels/document.xml.rels, word/styles.xml,
word/numbering.xml; fixed zip timestamps), so re-running gives byte-identical
output.

How it was written
------------------
Independently of the importer.  The author read only the guide text
(000_8d9e1556337fd56c.txt), the rule packs' ids, titles, kinds, units and
thresholds (not their `aliases:` lists), and the shape of one answers file
(tests/import/heldout10/7.1-en.md.answers.json).  Nothing under src/, tests/
(other than that file), scripts/ or docs/import.md was opened, and neither
guidecheck nor import_measure was run while writing it.  Indicator names are
therefore the applicant's wording, not the importer's vocabulary.

What is generated
-----------------
Twelve directions: 1.3, 2.1, 2.3, 3.4, 4.1, 5.4, 6.3, 7.2, 8.2, 9.5, 10.1, 10.3.
For each, one Chinese and one English proposal, each as .docx and .md, i.e. four
documents per direction and 48 in all, named <D>-<lang>.<ext>
(e.g. 9.5-zh.docx), each with <file>.answers.json (json.dump, sort_keys=True,
indent=1, ensure_ascii=False, trailing newline).  The four documents of a
direction describe the same project but are separate documents: indicator
layout, the names used (guide-like or the applicant's own), the committed
values, the indicators left out, the research items left out, the duration and
the distractor notes all differ between them.

Each document follows the programme's form: 基本信息 / Basic information
(title, guide direction, duration written as months, as a date span
"2027年1月—2029年12月", "2027.01—2028.12", "2027-01 to 2029-06", or as
"3 years" / "2.5 years"; funding in 万元, PI, phone number), 参与单位 (lead,
Chinese members, at least two foreign units; as a table, as one paragraph, or
as a list with a 国别/单位性质 line under each unit), 研究基础 (past grant numbers,
present levels, literature values, budgets), 研究内容, 考核指标, 进度安排
(dates, mid-term milestones with numbers) and 经费预算 (a 万元 table).  The .md
documents put 研究基础 after 考核指标.

Indicator layouts (none is the plain 指标名称|指标值|单位 table):
  (a) transposed tables: names in the header row, completion targets in the
      second row, a 现状（2025年）/ Current level row as distractor;
  (b) 序号 | 考核指标 | 中期目标（第18个月）| 完成时目标 - only the last column counts;
  (c) numbered clauses in one paragraph: （1）…；（2）… / (i) …; (ii) …;
  (d) 序号 | 考核指标及目标值 | 验证方式 - name and value in one cell, sometimes
      with a parenthesised verification note ("≥2.2 wt% (third-party test report)");
  (e) nested list: 任务 → 子目标 → indicator name, with "目标值：" / "Target:" on
      its own line under the name (and sometimes a 现状值/Baseline line);
  (f) English prose, counts as words ("no fewer than twelve", "four or more"),
      thousands separators ("3,000 cycles", "1,800 SL/min", "7,500 kg").

Layouts per document (zh.docx, zh.md, en.docx, en.md):
  1.3 a c f e    2.1 b d a f    2.3 c e b f    3.4 d a f c
  4.1 e b d f    5.4 a d f b    6.3 b e c f    7.2 c a f d
  8.2 d b e f    9.5 e c f a   10.1 a e b f   10.3 b c f d

About half of the names in each document are the applicant's own words
(synonyms, acronyms such as THD / Cd / Isc / AUC, reordered phrases, an
expert's term); the rest are close to the guide.  Each document covers most,
not all, of its direction's rules (numeric, qualitative and categorical), and
adds a few of the applicant's own indicators that match no rule (capture rate,
CLTC range gain, AUC, ammonia slip, papers ...).

What counts as an answer
------------------------
"indicators" maps rule id -> {"numbers": [n]} | {"numbers": [lo, hi]} |
{"qualitative": true} | {"categories": [ids]}.  Numbers are in the RULE's unit.
  * A bound commits its number: ≥ ≤ > < 不低于 不少于 不超过 不大于 低于 大于 以上
    （含）以上 以内 至少 优于 / at least, no fewer than, not less than, no more than,
    not exceeding, within, below, less than, more than, better than, "or more".
    "大于24项" / "more than twenty" / "> 10" commit 24 / 20 / 10.
  * A bare value in a target cell or clause ("1套", "100%", "3 routes") is a
    commitment.  A range commits both ends ("2~3项" -> [2, 3], "12–15" ->
    [12, 15]); "±15 米" commits 15.
  * A hope alone commits its number ("strive for 0.185" -> 0.185); next to a
    firm value ("力争95%，确保≥90%", "≥120 kg/d guaranteed (strive for 150 kg/d)",
    "at least 12%, striving for 15%") only the firm value is the answer.
  * Not answers: 约/左右/approx./about and "up to"/最高 values - a rule whose
    only statement is such a value is absent from the answers (2.1 en.docx
    eco_model_error, 4.1 en.docx continuous_supply_duration, 4.1 en.md
    voltage_thd, 10.3 en.md promotion_hospitals); the guide's thresholds quoted
    as the requirement ("指南要求…", "The guide requires …"); 现状/Current
    level/Baseline values; the mid-term column; research-basis figures; budgets;
    dates; grant, standard and phone numbers; test conditions (3000 次循环,
    100 kW, 1 平方公里, k=2, 120 km/h, ISO 8178 load points, 800 W/m²).
  * Unit conversions into the rule's unit: 0.12 t -> 120 kg; 0.15 t/d ->
    150 千克/天; 7500 kg/t, 7,500 kg -> 7.5 吨; 30 SL/s -> 1800 SL/min;
    480 s -> 8 分钟; 240 s / 240 秒 -> 4 分钟; 12 h / 12 小时 -> 0.5 天;
    1 year -> 12 个月.
  * Qualitative rules: {"qualitative": true} where the indicator section
    states the deliverable as a commitment (形成/建立/提出/揭示/建成…, or a
    statement such as "NOx排放满足IMO Tier III要求").  Numbers written in the
    target cell of a qualitative rule are not answers ("申请发明专利10项、发表论文20篇"
    for patents_papers, "≤3.4 g/kWh" for nox_tier_iii, "≥500条故障记录" for
    fault_dataset, "发表不少于10篇" for joint_papers, "联合培养6人次").
  * Categorical rules: the rule's category ids the document commits to, in
    the rule's order.  Items the applicant adds that are not categories of the
    rule (干热 climate, 机械滥用, 钠离子 systems, 经济损失, 碳排放监测, 随访管理) are
    ignored; a document may list fewer categories than the guide asks for, and
    then only those are answered.  In 5.4 a fourth, named breakthrough
    technology is the rule's explicit "other" category.
  * Counts that come with a list are taken from the stated number, not from
    the list: "实证比对气候区个数4个" next to 暖温、亚湿热、海洋、干热 -> 4, with
    categories the three rule categories.
  * Rules measured from the participants (2.1 partner_continents and
    third_party_testing_body, 7.2 and 8.2 cooperation_countries) are answered
    only where the indicator section states them, with the stated value; the
    participants list is consistent with the statement.
  * An indicator the document does not state is absent.  The applicant's own
    extra indicators never appear in the answers.
"research" lists the ids of the research-content rules whose item the
document's 研究内容 section contains (each document leaves out zero or one of its
items), in the rule pack's order.  "participants" lists every unit in the
order of the document with the name exactly as written (foreign units keep
their own names in the Chinese documents), ISO-2 country, kind
(university/institute/enterprise/hospital/other) and role (lead/member).
"duration_months" counts the stated span inclusively (2027年4月—2029年9月 = 30).
"""
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

# ---------------------------------------------------------------------------
# Documents: j = 0..3
# ---------------------------------------------------------------------------
DOCS = [("zh", "docx"), ("zh", "md"), ("en", "docx"), ("en", "md")]

EN_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six",
            7: "seven", 8: "eight", 9: "nine", 10: "ten", 11: "eleven",
            12: "twelve", 15: "fifteen", 20: "twenty"}
ROMAN = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi",
         "xii", "xiii", "xiv", "xv", "xvi", "xvii", "xviii", "xix", "xx",
         "xxi", "xxii", "xxiii", "xxiv"]


COUNT_UNITS = {"套", "项", "个", "种", "次", "份", "款", "家", "条", "类", "篇", "例", "台", "项/台"}


def _f(s):
    return float(str(s).replace(",", ""))


KEEP_CASE = ("Sino", "Chinese", "Xinjiang", "Junggar", "Li-ion", "IEC", "ISO", "IMO", "NOx", "AI ", "CO₂", "CMR", "EV ",
             "PV ", "CLTC", "Zhundong", "Pmax", "Isc")


def lc(s):
    """Lower-case the first letter of an English name for use in a sentence."""
    if s.startswith(KEEP_CASE):
        return s
    if len(s) > 1 and s[0].isupper() and not s[1].isupper() and not s[1].isdigit():
        return s[0].lower() + s[1:]
    return s


class T:
    """One written target value.

    op: '>=', '<=', '<', '>', '=' (bare value), 'range', 'pm' (±),
        'hope' (力争 alone), 'approx' (约/about: not an answer),
        'upto' (最高/up to: not an answer).
    val: the number exactly as written (a pair for 'range').
    unit: (zh, en) unit text as written (en usually with a leading space).
    ans: answer numbers in the RULE's unit; default: the written number(s).
    hope: a stretch value written next to the firm value (not an answer).
    word: the comparator word to use in running text instead of the default.
    count: True for counts (number words in English prose, 不少于 in Chinese).
    """

    def __init__(self, op, val, unit=("", ""), ans="auto", hope=None, word=None,
                 count=False, cellword=False):
        count = count or unit[0] in COUNT_UNITS
        self.op, self.val, self.unit, self.hope = op, val, unit, hope
        self.word, self.count, self.cellword = word, count, cellword
        if ans == "auto":
            if op in ("approx", "upto"):
                ans = None
            elif op == "range":
                ans = [_f(val[0]), _f(val[1])]
            else:
                ans = [_f(val)]
        elif ans is not None:
            ans = [float(a) for a in ans]
        self.ans = ans

    def _u(self, lang):
        return self.unit[0] if lang == "zh" else self.unit[1]

    def _n(self, v, lang, prose):
        if prose and lang == "en" and self.count:
            try:
                k = int(v)
            except ValueError:
                return v
            return EN_WORDS.get(k, v)
        return v

    def cell(self, lang):
        if self.cellword:
            return self.verbal(lang)
        u = self._u(lang)
        op, v = self.op, self.val
        sym = {">=": "≥", "<=": "≤", "<": "<", ">": ">"}
        if op in sym:
            s = sym[op] + v + u
            if self.hope:
                if lang == "zh":
                    return "力争" + self.hope + u + "，确保" + s
                return s + " guaranteed (strive for " + self.hope + u + ")"
            return s
        if op == "=":
            return v + u
        if op == "range":
            return (v[0] + "~" + v[1] + u) if lang == "zh" else (v[0] + "–" + v[1] + u)
        if op == "pm":
            return "±" + v + u
        if op == "hope":
            return ("力争" + v + u) if lang == "zh" else ("strive for " + v + u)
        if op == "approx":
            return (v + u + "左右") if lang == "zh" else ("approx. " + v + u)
        if op == "upto":
            return ("最高" + v + u) if lang == "zh" else ("up to " + v + u)
        raise ValueError(op)

    def verbal(self, lang, prose=False):
        u = self._u(lang)
        op = self.op
        if op == "range":
            a, b = (self._n(x, lang, prose) for x in self.val)
            if lang == "zh":
                return a + "~" + b + u
            return a + " to " + b + u
        v = self._n(self.val, lang, prose)
        w = self.word
        if lang == "zh":
            if op == ">=":
                w = w or ("不少于" if self.count else "不低于")
                if w in ("以上", "及以上", "（含）以上"):
                    s = v + u + w
                elif w == "达到以上":
                    s = "达到" + v + u + "以上"
                else:
                    s = w + v + u
            elif op == "<=":
                w = w or "不超过"
                s = (v + u + "以内") if w == "以内" else (w + v + u)
            elif op == "<":
                s = (w or "低于") + v + u
            elif op == ">":
                s = (w or "大于") + v + u
            elif op == "=":
                s = (w or "") + v + u
            elif op == "pm":
                s = (w or "") + "±" + v + u
            elif op == "hope":
                s = (w or "力争达到") + v + u
            elif op == "approx":
                s = (v + u + "左右") if w == "左右" else ("约" + v + u)
            elif op == "upto":
                s = "最高可达" + v + u
            if self.hope:
                s = "力争" + self.hope + u + "，确保" + s
            return s
        # English
        if op == ">=":
            w = w or ("no fewer than" if self.count else "at least")
            s = (v + u + " or more") if w == "or more" else (w + " " + v + u)
        elif op == "<=":
            s = (w or "no more than") + " " + v + u
        elif op == "<":
            s = (w or "below") + " " + v + u
        elif op == ">":
            s = (w or "more than") + " " + v + u
        elif op == "=":
            s = ((w + " ") if w else "") + v + u
        elif op == "pm":
            s = ((w + " ") if w else "") + "±" + v + u
        elif op == "hope":
            s = (w or "strive for") + " " + v + u
        elif op == "approx":
            s = (w or "approximately") + " " + v + u
        elif op == "upto":
            s = "up to " + v + u
        if self.hope:
            s = s + ", striving for " + self.hope + u
        return s


def pick(x, j):
    """x may be a single value or a list indexed by document (cycled)."""
    if isinstance(x, list):
        return x[j % len(x)]
    return x


def by_lang(x, lang):
    if isinstance(x, tuple):
        return x[0] if lang == "zh" else x[1]
    return x


class Item:
    """An indicator as the applicant writes it.

    rule: rule id (None for the applicant's own extra indicators, never answers)
    kind: 'num' | 'qual' | 'cat'
    zh, en: (name close to the guide, applicant's own name)
    grp: (task, subgoal) for the nested-list and prose layouts
    skip: documents (j) that leave this indicator out
    """

    def __init__(self, rule, kind, zh, en, grp, t=None, now=None, mid=None,
                 verify=None, prose=None, verb=None, labels=None, picks=None,
                 skip=(), namev=None, cell=None):
        self.cell = cell
        self.rule, self.kind, self.zh, self.en, self.grp = rule, kind, zh, en, grp
        self.t, self.now, self.mid, self.verify = t, now, mid, verify
        self.prose, self.verb, self.labels, self.picks = prose, verb, labels, picks
        self.skip, self.namev = skip, namev


def N(rule, zh, en, grp, t, **kw):
    return Item(rule, "num", zh, en, grp, t=t, **kw)


def Q(rule, zh, en, grp, verb, **kw):
    return Item(rule, "qual", zh, en, grp, verb=verb, **kw)


def C(rule, zh, en, grp, labels, picks, **kw):
    return Item(rule, "cat", zh, en, grp, labels=labels, picks=picks, **kw)


def X(zh, en, grp, t, **kw):
    """The applicant's own extra indicator: no rule, never an answer."""
    return Item(None, "num", zh, en, grp, t=t, **kw)


STARTERS = ["The project will ", "We will ", "The consortium undertakes to ",
            "In addition, the team will ", "By the end of the project we will "]


def render_item(it, idx, lang, j):
    """Returns the strings each layout needs, and the answer entry."""
    v = it.namev if it.namev is not None else (idx + j) % 2
    if isinstance(v, list):
        v = v[j % len(v)]
    name = (it.zh if lang == "zh" else it.en)[v]
    r = {"name": name, "rule": it.rule, "grp": it.grp, "idx": idx, "kind": it.kind}
    r["now"] = by_lang(pick(it.now, j), lang) if it.now is not None else ("—" if lang == "zh" else "—")
    r["mid"] = by_lang(pick(it.mid, j), lang) if it.mid is not None else ("—" if lang == "zh" else "—")
    dv = {"num": ("第三方检测报告", "Third-party test report"),
          "qual": ("专家验收", "Expert acceptance"),
          "cat": ("成果报告", "Result report")}[it.kind]
    if it.kind == "num" and pick(it.t, j).count:
        dv = ("成果清单及证明材料", "List of outputs with evidence")
    r["verify"] = by_lang(pick(it.verify, j), lang) if it.verify is not None else by_lang(dv, lang)
    prose_t = pick(it.prose, j) if it.prose is not None else None
    if isinstance(prose_t, tuple):
        prose_t = prose_t[v]
    if it.kind == "num":
        t = pick(it.t, j)
        r["cell"] = t.cell(lang)
        vb = t.verbal(lang)
        if lang == "zh":
            r["clause"] = name + vb
        elif t.op == "=":
            r["clause"] = lc(name) + ": " + vb
        else:
            r["clause"] = lc(name) + " " + vb
        if prose_t:
            r["prose"] = prose_t.format(q=t.verbal(lang, prose=True))
        else:
            r["prose"] = "achieve " + lc(name) + " of " + t.verbal(lang, prose=True)
        ans = {"numbers": t.ans} if t.ans is not None else None
    elif it.kind == "qual":
        verb = by_lang(pick(it.verb, j), lang)
        if lang == "zh":
            r["cell"] = verb
            r["clause"] = verb + name
        else:
            r["cell"] = verb[0].upper() + verb[1:] if verb else verb
            r["clause"] = verb + " " + lc(name)
        if it.cell is not None:
            r["cell"] = by_lang(pick(it.cell, j), lang)
        r["prose"] = prose_t if prose_t else r["clause"]
        ans = {"qualitative": True}
    else:
        ids = pick(it.picks, j)
        labs = []
        for k in ids:
            lab = it.labels[k]
            labs.append(lab[0] if lang == "zh" else lab[1])
        if lang == "zh":
            lst = "、".join(labs)
        elif len(labs) == 1:
            lst = labs[0]
        elif any(" and " in lab for lab in labs):
            lst = "; ".join(labs[:-1]) + "; and " + labs[-1]
        else:
            lst = ", ".join(labs[:-1]) + " and " + labs[-1]
        r["cell"] = lst
        r["clause"] = (name + "包括" + lst) if lang == "zh" else (lc(name) + ": " + lst)
        r["prose"] = prose_t.format(list=lst) if prose_t else ("cover " + lst + " in " + lc(name))
        ans = {"categories": [k for k in ids if not k.startswith("_")]}
    if it.rule is None:
        ans = None
    return r, ans

# ---------------------------------------------------------------------------
# Document blocks:
#   ("h", level, text)      heading
#   ("p", text)             paragraph
#   ("table", rows)         first row is the header row
#   ("list", [(level, kind, text)])   kind: "bullet" | "plain"
# ---------------------------------------------------------------------------

def to_md(blocks):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append("#" * b[1] + " " + b[2])
            out.append("")
        elif b[0] == "p":
            out.append(b[1])
            out.append("")
        elif b[0] == "table":
            rows = b[1]
            cells = [[c.replace("|", "\\|").replace("\n", "<br>") for c in row] for row in rows]
            out.append("| " + " | ".join(cells[0]) + " |")
            out.append("|" + "|".join(["---"] * len(cells[0])) + "|")
            for row in cells[1:]:
                out.append("| " + " | ".join(row) + " |")
            out.append("")
        elif b[0] == "list":
            for level, kind, text in b[1]:
                ind = "  " * level
                if kind == "bullet":
                    out.append(ind + "- " + text)
                else:
                    out.append(ind + "  " + text)
            out.append("")
    return "\n".join(out).rstrip("\n") + "\n"


def _run(text):
    return '<w:r><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text)


def _para(text, style=None, num=None, ind=None, bold=False):
    ppr = ""
    if style:
        ppr += '<w:pStyle w:val="%s"/>' % style
    if num is not None:
        ppr += '<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr>' % num
    if ind is not None:
        ppr += '<w:ind w:left="%d"/>' % ind
    pp = "<w:pPr>%s</w:pPr>" % ppr if ppr else ""
    if bold:
        r = '<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>' % escape(text)
    else:
        r = _run(text)
    return "<w:p>%s%s</w:p>" % (pp, r)


def _table(rows):
    ncol = len(rows[0])
    width = 9000 // ncol
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
         '<w:tblBorders>'
         '<w:top w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
         '<w:left w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
         '<w:bottom w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
         '<w:right w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
         '<w:insideH w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
         '<w:insideV w:val="single" w:sz="4" w:space="0" w:color="000000"/>'
         '</w:tblBorders></w:tblPr><w:tblGrid>']
    x.append(('<w:gridCol w:w="%d"/>' % width) * ncol)
    x.append("</w:tblGrid>")
    for ri, row in enumerate(rows):
        x.append("<w:tr>")
        for c in row:
            x.append('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>' % width)
            for line in c.split("\n"):
                x.append(_para(line, bold=(ri == 0)))
            x.append("</w:tc>")
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
       'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
    '</Types>')

RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>')

DOC_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
    '</Relationships>')


def _style(sid, name, size, outline=None):
    o = '<w:outlineLvl w:val="%d"/>' % outline if outline is not None else ""
    return ('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>'
            '<w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>'
            '<w:pPr><w:keepNext/><w:spacing w:before="240" w:after="120"/>%s</w:pPr>'
            '<w:rPr><w:b/><w:sz w:val="%d"/></w:rPr></w:style>') % (sid, name, o, size)


STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:styles %s>'
    '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="SimSun"/>'
    '<w:sz w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'
    '<w:pPrDefault><w:pPr><w:spacing w:after="80"/></w:pPr></w:pPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
    '%s%s%s%s'
    '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:ind w:left="720"/></w:pPr></w:style>'
    '<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/>'
    '<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:left w:w="108" w:type="dxa"/>'
    '<w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
    '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/></w:style>'
    '</w:styles>') % (W_NS, _style("Title", "Title", 36), _style("Heading1", "heading 1", 30, 0),
                      _style("Heading2", "heading 2", 26, 1), _style("Heading3", "heading 3", 24, 2))

NUMBERING = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<w:numbering %s><w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="hybridMultilevel"/>'
    '%s</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>') % (
    W_NS, "".join('<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="bullet"/>'
                  '<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="%d" w:hanging="360"/></w:pPr></w:lvl>'
                  % (i, ["•", "◦", "▪", "•", "◦"][i], 720 * (i + 1)) for i in range(5)))


def to_docx(blocks, path):
    body = []
    for b in blocks:
        if b[0] == "h":
            style = ["Title", "Heading1", "Heading2", "Heading3"][b[1] - 1]
            body.append(_para(b[2], style=style))
        elif b[0] == "p":
            body.append(_para(b[1]))
        elif b[0] == "table":
            body.append(_table(b[1]))
            body.append(_para(""))
        elif b[0] == "list":
            for level, kind, text in b[1]:
                if kind == "bullet":
                    body.append(_para(text, style="ListParagraph", num=level))
                else:
                    body.append(_para(text, style="ListParagraph", ind=720 * (level + 1) + 360))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>') % (W_NS, "".join(body))
    parts = [("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
             ("word/_rels/document.xml.rels", DOC_RELS), ("word/document.xml", doc),
             ("word/styles.xml", STYLES), ("word/numbering.xml", NUMBERING)]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))


# ---------------------------------------------------------------------------
# Indicator layouts
# ---------------------------------------------------------------------------

def layout_a(lang, rs, D, j):
    """Transposed tables: names as header row, targets in the second row, a 现状 row."""
    out = []
    lab = ("考核指标", "项目完成时目标值", "现状（2025年）") if lang == "zh" else \
        ("Indicator", "Target at project completion", "Current level (2025)")
    for k in range(0, len(rs), 4):
        chunk = rs[k:k + 4]
        out.append(("table", [[lab[0]] + [r["name"] for r in chunk],
                              [lab[1]] + [r["cell"] for r in chunk],
                              [lab[2]] + [r["now"] for r in chunk]]))
    return out


def layout_b(lang, rs, D, j):
    hdr = ["序号", "考核指标", "中期目标（第18个月）", "完成时目标"] if lang == "zh" else \
        ["No.", "Indicator", "Mid-term target (month 18)", "Target at completion"]
    rows = [hdr]
    for n, r in enumerate(rs, 1):
        rows.append([str(n), r["name"], r["mid"], r["cell"]])
    return [("table", rows)]


def layout_c(lang, rs, D, j):
    if lang == "zh":
        parts = ["（%d）%s" % (n, r["clause"]) for n, r in enumerate(rs, 1)]
        return [("p", "项目执行期结束时须完成以下考核指标：" + "；".join(parts) + "。")]
    parts = ["(%s) %s" % (ROMAN[n], r["clause"]) for n, r in enumerate(rs)]
    return [("p", "At the end of the project the following indicators shall be met: " + "; ".join(parts) + ".")]


def layout_d(lang, rs, D, j):
    hdr = ["序号", "考核指标及目标值", "验证方式"] if lang == "zh" else \
        ["No.", "Indicator and target", "Verification"]
    rows = [hdr]
    for n, r in enumerate(rs, 1):
        if r["kind"] == "num":
            txt = (r["name"] + r["cell"]) if lang == "zh" else (r["name"] + " " + r["cell"])
            if n % 3 == 1:
                txt += ("（%s）" % r["verify"]) if lang == "zh" else (" (%s)" % lc(r["verify"]))
        elif r["kind"] == "qual":
            txt = r["clause"] if lang == "zh" else (r["name"] + ": " + lc(r["cell"]))
        else:
            txt = (r["name"] + "：" + r["cell"]) if lang == "zh" else (r["name"] + ": " + r["cell"])
        rows.append([str(n), txt, r["verify"]])
    return [("table", rows)]


ZH_ORD = "一二三四五六七八九十"


def layout_e(lang, rs, D, j):
    items = []
    for ti, task in enumerate(D["tasks"]):
        in_task = [r for r in rs if r["grp"][0] == ti]
        if not in_task:
            continue
        ttl = task[0] if lang == "zh" else task[1]
        items.append((0, "bullet", ("任务%s：%s" % (ZH_ORD[ti], ttl)) if lang == "zh" else ("Task %d: %s" % (ti + 1, ttl))))
        for si, sub in enumerate(task[2]):
            in_sub = [r for r in in_task if r["grp"][1] == si]
            if not in_sub:
                continue
            st = sub[0] if lang == "zh" else sub[1]
            items.append((1, "bullet", ("子目标%d.%d：%s" % (ti + 1, si + 1, st)) if lang == "zh" else ("Sub-goal %d.%d: %s" % (ti + 1, si + 1, st))))
            for r in in_sub:
                items.append((2, "bullet", r["name"]))
                items.append((2, "plain", ("目标值：" if lang == "zh" else "Target: ") + r["cell"]))
                if r["kind"] == "num" and r["now"] != "—" and r["idx"] % 2 == 0:
                    items.append((2, "plain", ("现状值：" if lang == "zh" else "Baseline: ") + r["now"]))
    return [("list", items)]


def layout_f(lang, rs, D, j):
    assert lang == "en"
    paras = []
    for ti, task in enumerate(D["tasks"]):
        in_task = [r for r in rs if r["grp"][0] == ti]
        if not in_task:
            continue
        sents = []
        for k, r in enumerate(in_task):
            st = STARTERS[(k + ti) % len(STARTERS)]
            sents.append(st + r["prose"] + ".")
        paras.append(("p", "Regarding %s: " % lc(task[1]) + " ".join(sents)))
    return paras


LAYOUTS = {"a": layout_a, "b": layout_b, "c": layout_c, "d": layout_d, "e": layout_e, "f": layout_f}

# ---------------------------------------------------------------------------
# 1.3 区域二氧化碳捕集与封存关键技术研发与示范
# ---------------------------------------------------------------------------
D13 = dict(
    id="1.3", k=0, layouts="acfe",
    dtitle=("区域二氧化碳捕集与封存关键技术研发与示范",
            "R&D and demonstration of key technologies of regional CO₂ capture and storage"),
    title=("新疆准噶尔—塔里木盆地区域二氧化碳捕集与封存关键技术研发与示范",
           "Regional CO₂ capture and geological storage in the Junggar and Tarim basins of Xinjiang: key technologies and demonstration"),
    durations=[("2027年1月—2029年12月", 36), ("36个月（2027年1月起）", 36),
               ("3 years (from January 2027)", 36), ("January 2027 – June 2029", 30)],
    funding=1200, pi=("王建国 教授", "Prof. WANG Jianguo"), phone="0991-858 2316",
    participants=[
        ("新疆大学", "Xinjiang University", "CN", "university", "lead"),
        ("中国科学院武汉岩土力学研究所", "Institute of Rock and Soil Mechanics, Chinese Academy of Sciences", "CN", "institute", "member"),
        ("中国石油天然气股份有限公司新疆油田分公司", "PetroChina Xinjiang Oilfield Company", "CN", "enterprise", "member"),
        ("中国石油大学（北京）", "China University of Petroleum (Beijing)", "CN", "university", "member"),
        ("The University of Edinburgh", "The University of Edinburgh", "GB", "university", "member"),
        ("SINTEF Energy Research", "SINTEF Energy Research", "NO", "institute", "member"),
        ("Satbayev University", "Satbayev University", "KZ", "university", "member"),
    ],
    research=[
        (["storage_potential_assessment", "storage_site_selection"],
         "开展准噶尔、塔里木盆地重点区块的封存潜力评估与封存选址研究",
         "Storage potential assessment and storage site selection for key blocks of the Junggar and Tarim basins"),
        (["storage_process_design", "storage_risk_assessment"],
         "完成重点区块的注入工艺设计与封存风险评价",
         "Injection process design and storage risk assessment for the key blocks"),
        (["comprehensive_evaluation_system"],
         "构建二氧化碳地质封存综合评价技术体系",
         "A comprehensive evaluation technology system for CO₂ geological storage"),
        (["sink_source_matching_analysis"],
         "提升封存汇与排放源的动态匹配分析能力",
         "Better dynamic matching analysis of storage sinks and emission sources"),
        (["migration_leakage_mechanism", "multiphase_migration_trapping"],
         "研究CO₂在地层及井筒内的迁移机制与泄漏规律，阐明多相迁移规律和微观碳捕获（残余俘获、溶解俘获）机理",
         "CO₂ migration and leakage behaviour in formations and wellbores; multiphase migration patterns and microscopic trapping (residual and dissolution trapping) mechanisms"),
        (["safety_monitoring_warning", "leakage_monitoring_technology"],
         "突破封存安全监测与预警关键技术，解决地质封存CO₂泄漏监测关键技术问题",
         "Key technologies of storage safety monitoring and early warning, solving the key problems of CO₂ leakage monitoring"),
        (["storage_potential_evaluation_technology"],
         "解决地质封存CO₂潜力评价中的关键技术问题（有效容量系数、压力约束）",
         "Key technical problems of evaluating the CO₂ geological storage potential (effective capacity factors, pressure constraints)"),
        (["industry_source_tests", "process_energy_regenerability_stability", "material_process_optimization"],
         "开展煤化工、燃煤电厂、水泥等不同行业CO₂来源试验，探究新工艺在不同工况下的能耗水平、可再生性和稳定性，优化吸收剂材料和工艺参数",
         "Tests on CO₂ from coal-chemical, coal power and cement sources; energy consumption, regenerability and stability of the new processes under varying conditions; optimisation of sorbent materials and process parameters"),
        (["regional_source_sink_matching", "ccs_optimization_evaluation", "ccs_pathway"],
         "开展新疆区域CCUS源汇匹配条件、捕集与封存优化评价技术及实施路径研究",
         "Regional CCUS source–sink matching conditions, optimisation/evaluation technology of capture and storage, and implementation pathways for Xinjiang"),
        (["regional_demonstration", "xinjiang_capture_storage_technology"],
         "开展区域CCUS示范，形成适应新疆地域和行业的二氧化碳高效捕集及封存技术",
         "Regional CCUS demonstration, forming efficient capture and storage technology suited to Xinjiang's region and industries"),
    ],
    rskip={0: [3], 1: [4], 2: [7]},
    # the rule pack's order of the research items (the items above are written in another order)
    research_order=["storage_potential_assessment", "storage_site_selection", "storage_process_design",
                    "storage_risk_assessment", "comprehensive_evaluation_system", "sink_source_matching_analysis",
                    "migration_leakage_mechanism", "multiphase_migration_trapping", "safety_monitoring_warning",
                    "storage_potential_evaluation_technology", "leakage_monitoring_technology", "industry_source_tests",
                    "process_energy_regenerability_stability", "material_process_optimization",
                    "regional_source_sink_matching", "ccs_optimization_evaluation", "ccs_pathway",
                    "regional_demonstration", "xinjiang_capture_storage_technology"],
    tasks=[
        ("盆地封存潜力评估与选址", "Basin storage potential assessment and site selection",
         [("潜力评估", "Potential assessment"), ("评价方法", "Evaluation method")]),
        ("封存安全监测预警", "Storage safety monitoring and early warning", [("监测系统", "Monitoring system")]),
        ("低能耗捕集技术与区域示范", "Low-energy capture and regional demonstration",
         [("捕集技术", "Capture technology"), ("路径与示范", "Pathway and demonstration")]),
    ],
    items=[
        Q("basin_storage_potential_report",
          ("主要盆地封存潜力评估报告", "准噶尔、塔里木盆地CO₂封存潜力评估报告"),
          ("Assessment report on the storage potential of the main basins", "Junggar/Tarim CO₂ storage capacity assessment report"),
          (0, 0), ("形成", "deliver the"), cell=("形成并通过专家评审", "Delivered and peer-reviewed"),
          now=("仅有全国尺度粗略估算", "national-scale rough estimate only"), mid=("完成准噶尔盆地部分", "Junggar part completed"),
          skip=(2,)),
        N("potential_evaluation_method",
          ("地质封存潜力评价技术方法", "封存容量分级评价方法"),
          ("Technical method for evaluating the geological storage potential", "Tiered storage-capacity evaluation methodology"),
          (0, 1), [T("=", "1", ("套", " set"), count=True), T(">=", "1", ("套", " set"), count=True),
                   T(">=", "2", ("", ""), count=True), T("=", "1", ("套", " set"), count=True)],
          now=("0套", "none"), mid=("方法框架", "framework drafted"),
          prose=("develop {q} technical methods for evaluating the geological storage potential",
                 "develop {q} tiered storage-capacity evaluation methodologies")),
        N("safety_monitoring_system",
          ("地质二氧化碳封存安全监测系统", "“空-地-井”一体化封存泄漏监测预警系统"),
          ("Safety monitoring system for geological CO₂ storage", "Integrated air–surface–well leakage monitoring and early-warning system"),
          (1, 0), [T("=", "1", ("套", " set"), count=True), T("=", "一", ("套", " set"), ans=[1]),
                   T("=", "1", ("", ""), count=True), T(">=", "1", ("套", " set"), count=True)],
          now=("单井监测", "single-well monitoring"), mid=("原型系统", "prototype"),
          prose=("build {q} safety monitoring system for geological CO₂ storage",
                 "build {q} integrated air–surface–well leakage monitoring and early-warning system")),
        Q("xinjiang_capture_technology",
          ("适应新疆地域和行业的高效、低能耗碳捕集技术", "面向新疆煤化工高浓度气源的低能耗捕集工艺"),
          ("Efficient, low-energy carbon capture technology suited to Xinjiang", "Low-energy capture process for Xinjiang coal-chemical CO₂ sources"),
          (2, 0), ("提出", "propose a"), cell=("提出并完成中试验证", "Proposed and pilot-verified"),
          now=("中试阶段", "pilot stage"), mid=("完成吸收剂筛选", "sorbent screening done"), skip=(3,)),
        X(("吸收剂再生能耗", "再生热耗"), ("Solvent regeneration energy", "Regeneration heat duty"),
          (2, 0), T("<=", "2.4", ("GJ/t CO₂", " GJ/t CO₂")), now="3.0 GJ/t CO₂", mid="≤2.8 GJ/t CO₂",
          prose="cut the solvent regeneration energy to {q}"),
        X(("CO₂捕集率", "捕集效率"), ("CO₂ capture rate", "Capture efficiency"),
          (2, 0), T(">=", "90", ("%", "%")), now="85%", mid="≥88%", skip=(0,),
          prose="raise the CO₂ capture rate to {q}"),
        Q("xinjiang_ccs_evaluation_pathway",
          ("新疆主要盆地区域二氧化碳捕集与封存优化评价技术与路径", "新疆区域CCUS源汇匹配优化与实施路线图"),
          ("CO₂ capture and storage optimisation/evaluation technology and pathway for the main basins of Xinjiang",
           "Xinjiang regional CCUS source–sink optimisation and roadmap"),
          (2, 1), ("建立", "establish the"), cell=("建立", "Established"),
          now=("无", "none"), mid=("完成源汇数据库", "source–sink database completed"), skip=(1,)),
        Q("xinjiang_demonstration_project",
          ("新疆主要盆地区域二氧化碳捕集与封存示范工程", "准东10万吨/年CO₂捕集—咸水层封存示范工程"),
          ("CO₂ capture and storage demonstration project in the main basins of Xinjiang",
           "100,000 t/a capture and saline-aquifer storage demonstration at Zhundong"),
          (2, 1), ("建成", "build the"), cell=("建成并连续运行", "Built and in continuous operation"),
          now=("1万吨/年中试", "10,000 t/a pilot"), mid=("完成可研与注入井钻探", "feasibility study and injection well drilled")),
    ],
    notes={
        1: [("pre", "指南对本方向未规定捕集能耗数值，以下再生能耗、捕集率为本项目自设指标。")],
        2: [("pre", "The guide requires one set of technical methods for evaluating the geological storage potential and one safety monitoring system; our commitments are set out below."),
            ("post", "During the demonstration phase the plant is expected to capture about 50,000 t of CO₂ per year.")],
        3: [("post", "Baseline figures are taken from the 2025 pilot campaign at Jimusar.")],
    },
    basis=(["牵头单位新疆大学联合中国科学院武汉岩土力学研究所，自2012年起在准噶尔盆地开展二氧化碳咸水层封存研究，先后承担国家重点研发计划项目（2018YFB0605600）、国家自然科学基金联合基金重点项目（U1803245）等课题12项，累计到位经费6800万元。",
            "团队已在准东地区建成1万吨/年燃烧后捕集中试装置，现有吸收剂再生能耗3.0 GJ/t CO₂、捕集率约85%；在吉木萨尔开展的CO₂注入先导试验累计注入2.86万吨，布设监测井3口、微地震台站24个。",
            "国际合作方The University of Edinburgh在北海封存监测方面有15年经验；SINTEF Energy Research参与了挪威Sleipner和Northern Lights项目；Satbayev University于2019—2023年完成滨里海盆地封存潜力初评（估算容量约580亿吨）。"],
           ["Since 2012 the lead organisation, Xinjiang University, has studied CO₂ storage in saline aquifers of the Junggar basin together with the Institute of Rock and Soil Mechanics (CAS), in 12 projects including National Key R&D Programme project 2018YFB0605600 and NSFC joint-fund key project U1803245, with CNY 68 million of funding.",
            "The team runs a 10,000 t/a post-combustion capture pilot at Zhundong; the current solvent needs 3.0 GJ/t CO₂ for regeneration and captures about 85 % of the CO₂. The injection pilot at Jimusar has injected 28,600 t so far, monitored by 3 wells and 24 micro-seismic stations.",
            "The University of Edinburgh brings 15 years of North Sea storage monitoring; SINTEF Energy Research worked on Sleipner and Northern Lights; Satbayev University completed a first estimate of the Pre-Caspian basin capacity in 2019–2023 (about 58 Gt)."]),
    schedule=(["2027年1月—2027年12月：完成两大盆地重点区块资料收集与潜力评估初稿，完成吸收剂筛选（再生能耗降至2.8 GJ/t CO₂）。",
               "2028年1月—2028年6月（第18个月）：中期检查，完成监测系统原型，示范工程完成可行性研究。",
               "2028年7月—2029年6月：示范工程建设、注入井钻探与连续注入运行。",
               "2029年7月—2029年12月：完成全部考核指标，提交评估报告与路线图，项目验收。"],
              ["Months 1–12: data collection for both basins, first draft of the potential assessment, sorbent screening (regeneration energy down to 2.8 GJ/t CO₂).",
               "Month 18: mid-term review; monitoring system prototype; feasibility study of the demonstration.",
               "Months 19–27: construction of the demonstration, drilling of the injection well, continuous injection.",
               "Final months: all indicators completed, assessment report and roadmap submitted, final acceptance."]),
    budget=[("设备费", "Equipment", 320, ("监测设备、井下传感器", "monitoring equipment, downhole sensors")),
            ("业务费", "Operating costs", 580, ("材料、测试、现场试验", "materials, testing, field tests")),
            ("劳务费", "Personnel", 160, ("研究生及博士后", "students and postdocs")),
            ("国际合作与交流费", "International cooperation and exchange", 140, ("互访、联合研讨", "visits, joint workshops"))],
)

# ---------------------------------------------------------------------------
# 2.1 光伏发电耐候性测试和生态设计评估技术国际合作
# ---------------------------------------------------------------------------
CLIM = {"warm_temperate": ("暖温", "warm temperate"), "subtropical_humid": ("亚湿热", "subtropical humid"),
        "marine": ("海洋", "marine"), "_dry_hot": ("干热", "dry hot")}
D21 = dict(
    id="2.1", k=1, layouts="bdaf",
    dtitle=("光伏发电耐候性测试和生态设计评估技术国际合作",
            "International cooperation on weathering-resistance testing and ecological design assessment of photovoltaic power generation"),
    title=("多气候区光伏发电耐候性实证测试与生态友好型电站设计评估国际合作研究",
           "Multi-climate field testing of PV weathering resistance and assessment of eco-friendly plant design: an international cooperation"),
    durations=[("2027年1月至2029年12月", 36), ("2027.01—2028.12", 24), ("36 months", 36), ("2 years (2027–2028)", 24)],
    funding=1100, pi=("李晓明 研究员", "Prof. LI Xiaoming"), phone="010-8254 7011",
    participants=[
        ("中国科学院电工研究所", "Institute of Electrical Engineering, Chinese Academy of Sciences", "CN", "institute", "lead"),
        ("中国计量科学研究院", "National Institute of Metrology, China", "CN", "institute", "member"),
        ("海南大学", "Hainan University", "CN", "university", "member"),
        ("隆基绿能科技股份有限公司", "LONGi Green Energy Technology Co., Ltd.", "CN", "enterprise", "member"),
        ("Fraunhofer Institute for Solar Energy Systems ISE", "Fraunhofer Institute for Solar Energy Systems ISE", "DE", "institute", "member"),
        ("National Renewable Energy Laboratory", "National Renewable Energy Laboratory", "US", "institute", "member"),
        ("Universidade de São Paulo", "Universidade de São Paulo", "BR", "university", "member"),
    ],
    research=[
        (["reliability_testing_technology"], "突破典型气候及极端天气下光伏发电可靠性测试技术",
         "Reliability testing of PV generation under typical climates and extreme weather"),
        (["eco_design_assessment_technology"], "突破光伏发电生态设计评估技术",
         "Ecological design assessment of PV generation"),
        (["international_comparison"], "在中、德、美、巴西等主要光伏国家之间开展评估测试和国际比对",
         "Assessment testing and international comparisons among China, Germany, the USA, Brazil and other major PV countries"),
        (["module_degradation_mechanism"], "研究暖温、亚湿热、海洋等典型气候条件下光伏组件性能衰减机理",
         "Degradation mechanisms of PV modules in warm-temperate, subtropical-humid and marine climates"),
        (["accelerated_degradation_assessment"], "建立拟合典型气候区实证数据的组件实验室加速衰减评估技术",
         "Laboratory accelerated-degradation assessment fitted to field data from typical climate zones"),
        (["extreme_weather_failure"], "研究极寒、极热、暴雨雪、暴风等极端天气下光伏系统及部件失效机理和评估方法",
         "Failure mechanisms and assessment methods of PV systems and components under extreme cold, heat, snowstorms and gales"),
        (["eco_impact_indicators"], "面向荒漠、山地、水面环境，研究大型光伏系统与生态环境相互影响评估的核心指标群及评估方法",
         "Core indicator set and method for assessing how large PV plants and the ecosystem (desert, mountain, water surface) affect each other"),
        (["eco_friendly_typical_design", "eco_benefit_quantification"], "提出生态友好的大型光伏系统典型设计，建立系统设计方案生态环境效益量化评估技术",
         "Typical eco-friendly designs of large PV plants and quantitative assessment of the ecological benefits of a design"),
        (["reference_cell_outdoor_calibration"], "研究光伏标准电池户外校准与溯源技术",
         "Outdoor calibration and traceability of PV reference cells"),
        (["module_energy_rating"], "建立基于暖温、亚湿热、海洋标准气候数据集的组件能效评价技术",
         "Energy rating of PV modules based on warm-temperate, subtropical-humid and marine standard climate data sets"),
    ],
    rskip={1: [5], 2: [9], 3: [2]},
    tasks=[
        ("可靠性评估技术", "Reliability assessment", [("评估方案", "Assessment scheme"), ("实证比对", "Field-data comparison")]),
        ("生态设计评估", "Ecological design assessment", [("评估模型", "Assessment model"), ("设计图集", "Design atlas")]),
        ("户外测试与量值传递", "Outdoor testing and traceability", [("校准不确定度", "Calibration uncertainty"), ("户外测试区", "Outdoor test sites")]),
        ("国际合作与成果发布", "International cooperation and dissemination", [("研讨与报告", "Seminars and reports")]),
    ],
    items=[
        Q("reliability_assessment_scheme",
          ("典型气候和极端天气下光伏组件及系统可靠性评估技术方案", "多气候区光伏可靠性评估规程"),
          ("Reliability assessment scheme for PV modules and systems under typical climates and extreme weather",
           "Multi-climate PV reliability assessment protocol"),
          (0, 0), ("获得", "obtain a"), cell=("形成技术方案", "Scheme delivered"), mid=("方案框架", "outline"), skip=(1,),
          prose="obtain a reliability assessment scheme for PV modules and systems under typical climates and extreme weather"),
        C("compared_climate_zones",
          ("进行实证数据比对的气候区", "实证比对覆盖的气候类型"),
          ("Climate zones whose field data are compared", "Climate types covered by the field comparison"),
          (0, 1), CLIM,
          [["warm_temperate", "subtropical_humid", "marine"], ["warm_temperate", "subtropical_humid", "marine", "_dry_hot"],
           ["warm_temperate", "subtropical_humid", "marine"], ["warm_temperate", "subtropical_humid", "marine"]],
          now=("暖温", "warm temperate"), mid=("暖温、海洋", "warm temperate, marine"),
          prose="compare the assessment results with field data from the {list} climate zones"),
        N("compared_climate_zone_count",
          ("比对气候区数量", "实证比对气候区个数"),
          ("Number of climate zones compared", "Climate zones in the field comparison"),
          (0, 1), [T(">=", "3", ("个", ""), count=True), T("=", "4", ("个", ""), count=True),
                   T(">=", "3", ("", ""), count=True), T("=", "3", ("", ""), count=True)],
          now=("1个", "1"), mid=("2个", "2"), prose="use field data from {q} climate zones in total"),
        N("reliability_assessment_error",
          ("可靠性评估结果误差", "加速衰减评估与实证偏差"),
          ("Error of the reliability assessment results", "Deviation of accelerated-ageing prediction from field data"),
          (0, 1), [T("<=", "8", ("%", "%")), T("<=", "8", ("%", "%")), T("<=", "8", ("%", "%"), hope="6"),
                   T("<=", "8", ("%", "%"), word="within")],
          now="15%", mid="≤12%", prose="keep the error of the reliability assessment {q}"),
        C("eco_model_environments",
          ("生态环境效益评估模型所基于实测数据的环境", "模型实测数据来源场景"),
          ("Environments whose measured data the ecological-benefit model uses", "Field settings feeding the eco-benefit model"),
          (1, 0), {"desert": ("荒漠", "desert"), "mountain": ("山地", "mountain"), "water_surface": ("水面", "water surface")},
          [["desert", "mountain", "water_surface"], ["desert", "mountain", "water_surface"],
           ["desert", "water_surface"], ["desert", "mountain", "water_surface"]],
          now=("荒漠", "desert"), mid=("荒漠、水面", "desert, water surface"),
          prose="base the ecological-benefit model on measured data from {list} plants"),
        N("eco_model_factors",
          ("光伏系统生态环境效益评估模型要素数", "生态效益模型评价因子"),
          ("Factors in the PV ecological-benefit assessment model", "Eco-benefit model factors"),
          (1, 0), [T(">=", "12", ("个", ""), count=True, word="以上"), T(">=", "12", ("个", ""), count=True),
                   T(">", "10", ("", ""), count=True), T(">=", "12", ("", ""), count=True)],
          now=("6个", "6"), mid=("≥8个", "≥8"), prose="include {q} factors in the ecological-benefit model"),
        N("eco_model_error",
          ("模型评估结果与实测数据相比的误差", "生态效益模型预测偏差"),
          ("Error of the ecological-benefit model against measured data", "Eco-model prediction error"),
          (1, 0), [T("<=", "9", ("%", "%")), T("<=", "9", ("%", "%")), T("approx", "9", ("%", "%")),
                   T("<=", "10", ("%", "%"))],
          now="18%", mid="≤13%", prose="bring the error of the ecological-benefit model against measured data to {q}"),
        N("eco_design_atlas_environments",
          ("大型光伏系统典型生态设计图集覆盖环境数", "生态友好型电站设计图集（场景数）"),
          ("Environments covered by the atlas of typical eco-designs", "Eco-friendly plant design atlas (settings covered)"),
          (1, 1), [T("=", "3", ("个", ""), count=True), T("=", "3", ("类", ""), count=True),
                   T(">=", "3", ("", ""), count=True), T("=", "3", ("", ""), count=True)],
          now=("0", "0"), mid=("1个", "1"), skip=(2,),
          prose="publish an atlas of typical eco-designs of large PV plants for {q} environments (desert, mountain and water surface)"),
        N("reference_cell_isc_uncertainty",
          ("户外光伏标准电池短路电流校准不确定度", "标准电池户外Isc校准扩展不确定度（k=2）"),
          ("Uncertainty of outdoor Isc calibration of PV reference cells", "Expanded uncertainty (k=2) of outdoor reference-cell Isc calibration"),
          (2, 0), [T("<=", "0.8", ("%", "%")), T("<=", "0.8", ("%", "%")), T("<=", "0.9", ("%", "%")),
                   T("<=", "0.8", ("%", "%"))],
          now="1.5%", mid="≤1.2%", prose="keep the outdoor Isc calibration uncertainty of reference cells at {q}"),
        N("module_power_uncertainty",
          ("户外光伏组件功率校准不确定度", "组件户外最大功率标定不确定度"),
          ("Uncertainty of outdoor PV module power calibration", "Outdoor Pmax calibration uncertainty of modules"),
          (2, 0), [T("<=", "1.2", ("%", "%")), T("<", "1.2", ("%", "%"), word="优于"), T("<=", "1.2", ("%", "%")),
                   T("<", "1.2", ("%", "%"), word="better than")],
          now="2.0%", mid="≤1.5%", skip=(3,), prose="calibrate module power outdoors with an uncertainty {q}"),
        Q("outdoor_test_site",
          ("符合IEC 61853-4标准的光伏组件第三方户外测试区", "第三方户外实证测试场（IEC 61853-4）"),
          ("Third-party outdoor PV module test site conforming to IEC 61853-4", "Third-party IEC 61853-4 outdoor test field"),
          (2, 1), ("建立", "establish a"), cell=("建成并通过CNAS认可", "Built and CNAS-accredited"),
          now=("自建实证基地（非第三方）", "own field bases (not third-party)"), mid=("完成选址", "sites selected")),
        C("outdoor_test_site_climates",
          ("第三方户外测试区覆盖的气候", "户外测试场气候类型"),
          ("Climates covered by the outdoor test sites", "Test-field climates"),
          (2, 1), CLIM,
          [["warm_temperate", "subtropical_humid", "marine"], ["warm_temperate", "subtropical_humid", "marine"],
           ["warm_temperate", "subtropical_humid", "marine"], ["warm_temperate", "marine"]],
          now=("暖温", "warm temperate"), mid=("暖温、海洋", "warm temperate, marine"),
          prose="locate the third-party outdoor test sites in the {list} climates"),
        C("partner_continents",
          ("合作单位来自的大洲", "合作伙伴地域分布"),
          ("Continents of the cooperating organisations", "Regional spread of partners"),
          (3, 0), {"asia": ("亚洲", "Asia"), "europe": ("欧洲", "Europe"), "americas": ("美洲", "the Americas")},
          [["asia", "europe", "americas"]], skip=(0,),
          prose="work with partners from {list}"),
        N("international_seminars",
          ("召开国际研讨会", "国际学术研讨会"),
          ("International seminars held", "International workshops"),
          (3, 0), [T(">=", "4", ("次", ""), count=True), T("=", "4", ("次", ""), count=True),
                   T(">=", "4", ("", ""), count=True), T(">=", "4", ("", ""), count=True, word="or more")],
          now=("—", "—"), mid=("2次", "2"), prose="hold {q} international workshops"),
        N("global_technical_reports",
          ("发布全球性技术研究报告", "全球光伏耐候性技术报告"),
          ("Global technical research reports published", "Global PV weathering reports"),
          (3, 0), [T("range", ("2", "3"), ("份", ""), count=True), T(">=", "2", ("份", ""), count=True),
                   T("range", ("2", "3"), ("", ""), count=True), T(">=", "2", ("", ""), count=True)],
          now=("0", "0"), mid=("1份", "1"), prose="publish {q} global technical reports on PV weathering"),
        N("third_party_testing_body",
          ("光伏领域第三方公共检测机构参加单位数", "参与的第三方检测机构"),
          ("Third-party public PV testing bodies among the participants", "Participating third-party test labs"),
          (3, 0), T(">=", "1", ("家", ""), count=True), verify=("参与单位名单", "Participant list"),
          now=("1家", "1"), mid=("1家", "1"), skip=(1, 2),
          prose="include {q} third-party public PV testing body (the National Institute of Metrology, China) among the participants"),
    ],
    notes={
        0: [("pre", "注：指南要求可靠性评估结果误差不大于10%、模型评估误差不大于10%，本项目目标值均严于指南要求。")],
        1: [("post", "测试条件：标准测试条件（STC，1000 W/m²，25 ℃）；户外校准时辐照度不低于800 W/m²。")],
        2: [("pre", "For reference, the guide sets limits of 1.0 % (reference cells) and 1.5 % (modules) for the outdoor calibration uncertainty.")],
        3: [("post", "All uncertainties are expanded uncertainties (k = 2) at irradiance above 800 W/m².")],
    },
    basis=(["团队在吐鲁番（暖温干热）、海口（亚湿热）、威海（海洋）建有3个实证基地，累计运行组件1200块，连续数据超过5年；现有户外校准不确定度：标准电池1.5%、组件2.0%（k=2）。",
            "承担国家重点研发计划项目“光伏组件户外实证测试”（2019YFE0104700），经费1500万元；主持制定国家标准GB/T 41253—2022。",
            "Fraunhofer ISE CalLab 室内组件校准不确定度为1.1%；NREL在Golden运行户外测试场已逾30年；圣保罗大学在巴西东北部建有2个荒漠—半干旱实证站。"],
           ["The team runs three field bases in Turpan (warm temperate, dry), Haikou (subtropical humid) and Weihai (marine) with 1,200 modules and more than 5 years of continuous data; the present outdoor calibration uncertainty is 1.5 % for reference cells and 2.0 % for modules (k = 2).",
            "It led National Key R&D project 2019YFE0104700 (CNY 15 million) on outdoor module testing and drafted national standard GB/T 41253-2022.",
            "Fraunhofer ISE CalLab calibrates modules indoors with 1.1 % uncertainty; NREL has run its Golden outdoor test field for over 30 years; the Universidade de São Paulo operates 2 semi-arid field stations in north-east Brazil."]),
    schedule=(["第1—6个月：建立三方数据共享机制，召开第1次国际研讨会（北京）。",
               "第7—18个月：完成加速衰减评估方法，生态模型要素扩展至8个；第18个月中期评估。",
               "第19个月至结题：建成户外测试区，发布全球技术报告，完成全部考核指标。"],
              ["Months 1–6: data-sharing arrangement among the partners; first international workshop in Beijing.",
               "Months 7–18: accelerated-degradation method; eco-model extended to 8 factors; mid-term review at month 18.",
               "Month 19 to the end: outdoor test sites built, global reports published, all indicators completed."]),
    budget=[("设备费", "Equipment", 260, ("户外I-V测试系统、辐照计", "outdoor I-V systems, pyranometers")),
            ("业务费", "Operating costs", 520, ("组件、测试、场地", "modules, tests, site costs")),
            ("劳务费", "Personnel", 150, ("研究生及临时人员", "students and temporary staff")),
            ("国际合作与交流费", "International cooperation and exchange", 170, ("研讨会、比对样品寄送", "workshops, shipping of round-robin samples"))],
)

# ---------------------------------------------------------------------------
# 2.3 秸秆类生物质生产生物柴油与药物中间体技术研发
# ---------------------------------------------------------------------------
D23 = dict(
    id="2.3", k=2, layouts="cebf",
    dtitle=("秸秆类生物质生产生物柴油与药物中间体技术研发",
            "R&D of technologies producing biodiesel and pharmaceutical intermediates from straw-type biomass"),
    title=("秸秆全组分转化制备羧酸酯类生物柴油联产氨基香兰素关键技术合作研发",
           "Whole-component conversion of crop straw into carboxylic-ester biodiesel with co-production of aminovanillin: joint R&D"),
    durations=[("2027年1月—2029年12月", 36), ("2027年7月—2029年12月", 30), ("3 years", 36),
               ("30 months (July 2027 – December 2029)", 30)],
    funding=900, pi=("徐勇 教授", "Prof. XU Yong"), phone="025-8542 7587",
    participants=[
        ("南京林业大学", "Nanjing Forestry University", "CN", "university", "lead"),
        ("中国林业科学研究院林产化学工业研究所", "Institute of Chemical Industry of Forest Products, Chinese Academy of Forestry", "CN", "institute", "member"),
        ("华东理工大学", "East China University of Science and Technology", "CN", "university", "member"),
        ("山东龙力生物科技股份有限公司", "Shandong Longlive Bio-Technology Co., Ltd.", "CN", "enterprise", "member"),
        ("The University of British Columbia", "The University of British Columbia", "CA", "university", "member"),
        ("Wageningen University & Research", "Wageningen University & Research", "NL", "university", "member"),
        ("VTT Technical Research Centre of Finland", "VTT Technical Research Centre of Finland", "FI", "institute", "member"),
    ],
    research=[
        (["biojet_and_intermediates_technology"], "开发秸秆等生物质生产生物燃料（生物柴油）与药物中间体技术",
         "Technology producing biofuel (biodiesel) and pharmaceutical intermediates from straw and similar biomass"),
        (["full_component_conversion"], "实现秸秆类生物质纤维素、半纤维素、木质素全组分高效转化与高值利用",
         "Efficient conversion and high-value use of all straw components (cellulose, hemicellulose and lignin)"),
        (["holocellulose_to_biodiesel"], "研发综纤维素经糖平台转化制备长碳链羧酸酯类生物柴油技术",
         "Conversion of holocellulose via a sugar platform into long-chain carboxylic-ester biodiesel"),
        (["lignin_to_aminovanillin"], "研发木质素定向制备氨基香兰素等药物中间体的关键技术与工艺",
         "Key technologies and processes for the directed conversion of lignin into aminovanillin and similar intermediates"),
        (["lab_scale_validation_system"], "建设并运行生物柴油与氨基香兰素小试验证系统",
         "Building and running a lab-scale validation system for the biodiesel and aminovanillin"),
    ],
    rskip={2: [0]},
    tasks=[
        ("综纤维素制备羧酸酯类生物柴油", "Holocellulose to carboxylic-ester biodiesel",
         [("工艺体系", "Process system"), ("小试系统", "Lab-scale system")]),
        ("木质素定向制备氨基香兰素", "Lignin to aminovanillin", [("转化工艺", "Conversion process")]),
        ("成果产出", "Outputs", [("知识产权与论文", "IP and papers")]),
    ],
    items=[
        Q("process_technology_system",
          ("秸秆类生物质生产羧酸酯类生物柴油联产氨基香兰素药物中间体的工艺技术体系", "秸秆全组分“油-药”联产工艺包"),
          ("Process technology system co-producing carboxylic-ester biodiesel and aminovanillin intermediates from straw",
           "Whole-straw “fuel + pharma” co-production process package"),
          (0, 0), ("构建", "build a"), cell=("构建完成", "Completed"), mid=("完成工艺路线比选", "route selection done"),
          skip=(2,)),
        N("biodiesel_system_capacity",
          ("羧酸酯类生物柴油小试验证系统产能", "小试线生物柴油日产量"),
          ("Capacity of the lab-scale carboxylic-ester biodiesel validation system", "Daily biodiesel output of the lab-scale line"),
          (0, 1), [T(">=", "120", ("千克/天", "")), T(">=", "0.15", ("t/d", ""), ans=[150]),
                   T(">=", "120", ("", " kg/d"), hope="150"), T(">=", "0.15", ("", " t per day"), ans=[150])],
          now=("20千克/天", "20 kg/d"), mid=("≥50千克/天", "≥50 kg/d"),
          prose="run the lab-scale validation system at a biodiesel capacity of {q}"),
        N("feedstock_per_tonne_biodiesel",
          ("制备1吨长碳链酯类生物柴油所需干基原料", "吨油干基秸秆消耗"),
          ("Dry lignocellulosic feedstock per tonne of biodiesel", "Dry straw consumption per tonne of biodiesel"),
          (0, 1), [T("<=", "7.5", ("吨", "")), T("<=", "7500", ("kg/t", ""), ans=[7.5]),
                   T("<=", "7.5", ("", " t")), T("<=", "7,500", ("", " kg"), ans=[7.5])],
          now=("11吨", "11 t"), mid=("≤9吨", "≤9 t"),
          prose="limit the feedstock demand to {q} of dry lignocellulosic feedstock per tonne of long-chain ester biodiesel"),
        Q("biodiesel_quality_standard",
          ("产品质量达到中国生物柴油（BD100）国家标准（GB/T 20828—2007）", "产品符合GB/T 20828—2015 BD100生物柴油标准"),
          ("Product quality meeting the national biodiesel (BD100) standard GB/T 20828-2007", "Biodiesel compliant with GB/T 20828-2015 (BD100)"),
          (0, 1), ("", "deliver"), cell=("达标（第三方检测）", "Compliant (third-party test)"), mid=("—", "—"), skip=(1,),
          prose=("deliver biodiesel whose quality meets the national BD100 standard GB/T 20828-2007",
                 "deliver biodiesel compliant with GB/T 20828-2015 (BD100)")),
        N("aminovanillin_conversion",
          ("氨基香兰素药物中间体小试实验系统转化率", "木质素→氨基香兰素小试转化率"),
          ("Conversion rate of the lab-scale aminovanillin system", "Lignin-to-aminovanillin conversion (lab scale)"),
          (1, 0), [T(">=", "92", ("%", ""), word="达到以上"), T(">=", "90", ("%", ""), hope="95"),
                   T(">=", "92", ("", "%")), T(">=", "92", ("", "%"), word="not less than")],
          now="78%", mid="≥85%", prose="reach a lab-scale aminovanillin conversion {q}"),
        X(("木质素利用率", "木质素组分利用率"), ("Lignin utilisation", "Utilisation of the lignin fraction"),
          (1, 0), T(">=", "70", ("%", "%")), now="45%", mid="≥60%", skip=(0,),
          prose="use {q} of the lignin fraction"),
        X(("申请发明专利", "发明专利申请"), ("Invention patent applications", "Patent filings"),
          (2, 0), T(">=", "6", ("项", ""), count=True), now=("—", "—"), mid=("3项", "3"),
          prose="file {q} invention patent applications"),
        X(("发表SCI论文", "高水平论文"), ("SCI papers", "High-level papers"),
          (2, 0), T(">=", "10", ("篇", ""), count=True), now=("—", "—"), mid=("4篇", "4"), skip=(0,),
          prose="publish {q} SCI papers"),
    ],
    notes={
        0: [("post", "说明：指南要求小试验证系统产能达到100千克/天、转化率达到90%以上，本项目按更高目标设计；转化率以木质素单体计。")],
        1: [("pre", "各子目标下“目标值”为项目完成时的考核值。")],
        2: [("post", "The mid-term column is for internal monitoring only. The mass yield of biodiesel is expected to be about 13 %.")],
        3: [("post", "Quality tests follow GB/T 20828-2015 and EN 14214:2012.")],
    },
    basis=(["团队在秸秆预处理与综纤维素糖化方面研究20年，已建成处理量50千克/天的秸秆预处理中试线；现有生物柴油小试产能20千克/天、吨油原料消耗约11吨，氨基香兰素小试转化率78%。",
            "承担国家重点研发计划项目（2021YFC2101300）等课题9项，授权发明专利38件，获国家科技进步二等奖1项（2019年）。",
            "UBC生物精炼中心在木质素解聚方面发表论文200余篇；Wageningen University & Research拥有1吨/天级生物精炼中试平台；VTT在EN 14214认证测试方面经验丰富。"],
           ["The team has worked on straw pretreatment and holocellulose saccharification for 20 years and runs a 50 kg/d pretreatment pilot line; the present lab-scale biodiesel output is 20 kg/d at about 11 t of feedstock per tonne, and the lab-scale aminovanillin conversion is 78 %.",
            "It has led 9 projects including National Key R&D project 2021YFC2101300, holds 38 invention patents and received a second-class National S&T Progress Award in 2019.",
            "UBC's biorefinery centre has published over 200 papers on lignin depolymerisation; Wageningen University & Research runs a 1 t/d biorefinery pilot; VTT has long experience in EN 14214 certification tests."]),
    schedule=(["第1—12个月：完成预处理与糖平台工艺优化，木质素解聚催化剂筛选。",
               "第13—18个月：小试验证系统安装调试，中期目标产能50千克/天、转化率85%。",
               "第19个月至项目结束：连续运行考核（不少于500小时），第三方检测，完成全部考核指标。"],
              ["Months 1–12: optimisation of pretreatment and the sugar platform; screening of lignin depolymerisation catalysts.",
               "Months 13–18: installation of the lab-scale system; mid-term aims of 50 kg/d and 85 % conversion.",
               "Month 19 to the end: continuous-operation test (500 h or more), third-party testing, all indicators completed."]),
    budget=[("设备费", "Equipment", 240, ("小试反应器、精馏装置", "lab-scale reactors, distillation")),
            ("业务费", "Operating costs", 430, ("原料、试剂、检测", "feedstock, reagents, testing")),
            ("劳务费", "Personnel", 130, ("研究生", "students")),
            ("国际合作与交流费", "International cooperation and exchange", 100, ("互访", "visits"))],
)

# ---------------------------------------------------------------------------
# 3.4 国际锂离子电池储能安全评价关键技术合作研发
# ---------------------------------------------------------------------------
ABUSE = {"electrical_abuse": ("电滥用", "electrical abuse"), "thermal_abuse": ("热滥用", "thermal abuse"),
         "_mechanical": ("机械滥用", "mechanical abuse")}
D34 = dict(
    id="3.4", k=3, layouts="dafc",
    dtitle=("国际锂离子电池储能安全评价关键技术合作研发",
            "Collaborative R&D on key technologies of international safety evaluation of lithium-ion battery energy storage"),
    title=("锂离子电池储能系统安全评价关键技术与国际互认合作研究",
           "Safety evaluation of lithium-ion battery energy storage systems: key technologies and international mutual recognition"),
    durations=[("2027年1月—2029年12月", 36), ("2027年1月—2029年6月", 30), ("36 months (2027-01 to 2029-12)", 36), ("3 years", 36)],
    funding=1300, pi=("张宏伟 教授", "Prof. ZHANG Hongwei"), phone="010-6277 3561",
    participants=[
        ("清华大学", "Tsinghua University", "CN", "university", "lead"),
        ("中国科学院物理研究所", "Institute of Physics, Chinese Academy of Sciences", "CN", "institute", "member"),
        ("北京理工大学", "Beijing Institute of Technology", "CN", "university", "member"),
        ("宁德时代新能源科技股份有限公司", "Contemporary Amperex Technology Co., Limited", "CN", "enterprise", "member"),
        ("RWTH Aachen University", "RWTH Aachen University", "DE", "university", "member"),
        ("Sandia National Laboratories", "Sandia National Laboratories", "US", "institute", "member"),
        ("UL Solutions Inc.", "UL Solutions Inc.", "US", "enterprise", "member"),
    ],
    research=[
        (["thermal_runaway_fault_mechanism"], "研究国内外锂离子电池储能系统中导致电池热失控的故障类型及诱导演化机制",
         "Fault types that lead to thermal runaway in Chinese and foreign Li-ion storage systems and how they are induced and evolve"),
        (["fault_dataset"], "中外合作方共同建立国内外储能故障数据集",
         "A Chinese and foreign storage fault dataset built jointly by the Chinese and international partners"),
        (["safety_design_simulation", "safety_design_scheme"], "研究储能系统故障的安全设计模拟技术，提出安全设计方案并模拟复现典型故障发展过程",
         "Safety-design simulation of storage faults; a safety design scheme with simulated reproduction of how typical faults develop"),
        (["safety_grading_technology"], "研究锂离子电池储能安全性能等级评价技术",
         "Safety-performance grading of Li-ion battery storage"),
        (["product_safety_testing"], "中外合作方共同开展国内外电池储能产品安全性能评测",
         "Joint safety-performance testing of Chinese and foreign battery storage products"),
        (["safety_evaluation_standards"], "中外合作方共同开展锂离子电池储能安全评价标准研究",
         "Joint research on safety-evaluation standards for Li-ion battery storage"),
    ],
    rskip={1: [4], 3: [5]},
    tasks=[
        ("故障机理与数据集", "Fault mechanisms and dataset", [("热失控机理", "Thermal-runaway mechanism"), ("故障数据集", "Fault dataset")]),
        ("安全设计与模拟", "Safety design and simulation", [("设计模拟", "Design simulation"), ("安全设计方案", "Safety design scheme")]),
        ("安全等级评价", "Safety grading", [("等级评价实证", "Grading demonstration")]),
        ("标准与推广", "Standards and uptake", [("国际标准", "International standards")]),
    ],
    items=[
        Q("fault_evolution_mechanism",
          ("储能故障致热失控的诱导演化机制", "热失控诱发与演化机理"),
          ("Mechanisms by which storage faults induce and evolve into thermal runaway", "Thermal-runaway initiation and propagation mechanisms"),
          (0, 0), ("揭示", "reveal the"), cell=("揭示", "Revealed"), mid=("完成单体层级分析", "cell level analysed"), skip=(3,)),
        Q("fault_dataset",
          ("涵盖国内外主要储能产品的储能故障数据集", "中外储能故障案例库"),
          ("Fault dataset covering the main Chinese and foreign storage products", "Sino-foreign storage fault case library"),
          (0, 1), ("建立", "build a"), cell=("建立（≥500条故障记录）", "Built (500 or more fault records)"),
          now=("312例（国内）", "312 cases (China only)"), mid=("≥200条", "≥200 records")),
        Q("dataset_work_division",
          ("数据集分工（国内数据由国内合作方、国外数据由国际合作方完成）", "故障数据集中外分工"),
          ("Dataset work division (Chinese data by the Chinese partners, foreign data by the international partners)", "Split of the dataset work"),
          (0, 1), ("落实", "implement the"), cell=("按分工完成", "Done as divided"), mid=("—", "—"), skip=(0,)),
        C("dataset_contents",
          ("储能故障数据集包含的内容", "故障记录字段"),
          ("Contents of the fault dataset", "Fields of each fault record"),
          (0, 1), {"occurrence_conditions": ("故障发生条件", "occurrence conditions"), "manifestations": ("表现形式", "manifestations"),
                   "consequences": ("故障后果", "consequences"), "_cost": ("经济损失", "economic loss")},
          [["occurrence_conditions", "manifestations", "consequences"], ["occurrence_conditions", "manifestations", "consequences"],
           ["occurrence_conditions", "manifestations", "consequences", "_cost"], ["occurrence_conditions", "consequences"]],
          now=("故障后果", "consequences"), mid=("发生条件、后果", "conditions, consequences"),
          prose="record {list} for every fault in the dataset"),
        N("key_breakthroughs",
          ("储能应用安全评价关键技术突破", "突破的储能安全评价核心技术"),
          ("Breakthroughs in key safety-evaluation technologies for battery storage", "Core safety-evaluation technologies broken through"),
          (1, 0), [T(">=", "3", ("项", ""), count=True), T("=", "3", ("项", ""), count=True),
                   T(">=", "2", ("", ""), count=True, word="at least"), T(">=", "3", ("", ""), count=True, word="or more")],
          now=("—", "—"), mid=("1项", "1"),
          prose="achieve {q} breakthroughs in key safety-evaluation technologies for battery storage"),
        Q("breakthrough_safety_design_simulation",
          ("锂离子电池储能系统安全设计模拟技术", "储能故障“数字孪生”安全设计仿真技术"),
          ("Safety-design simulation of Li-ion battery storage systems", "Digital-twin safety-design simulation of storage faults"),
          (1, 0), ("突破", "achieve a breakthrough in"), cell=("实现突破", "Breakthrough achieved"), mid=("模型框架", "model framework")),
        C("reproduced_fault_types",
          ("设计试验可复现的致热失控典型故障", "可模拟复现的故障类型"),
          ("Typical faults whose evolution to thermal runaway the tests reproduce", "Fault types reproduced in simulation"),
          (1, 0), ABUSE,
          [["electrical_abuse", "thermal_abuse"], ["electrical_abuse", "thermal_abuse", "_mechanical"],
           ["electrical_abuse", "thermal_abuse"], ["electrical_abuse", "thermal_abuse"]],
          now=("热滥用", "thermal abuse"), mid=("热滥用", "thermal abuse"),
          prose="design tests that reproduce how {list} evolve into thermal runaway"),
        Q("safety_design_scheme",
          ("锂离子电池储能安全设计方案", "储能电池舱本质安全设计方案"),
          ("Safety design scheme for Li-ion battery storage", "Inherently safe design of the battery container"),
          (1, 1), ("提出", "propose the"), cell=("提出并通过验证", "Proposed and validated"), mid=("方案初稿", "first draft")),
        C("abuse_isolation",
          ("安全设计方案能屏蔽或隔离的滥用影响", "可隔离的滥用类型"),
          ("Abuse effects the safety design shields or isolates", "Abuse types isolated by the design"),
          (1, 1), ABUSE,
          [["electrical_abuse", "thermal_abuse"], ["electrical_abuse", "thermal_abuse"],
           ["electrical_abuse", "thermal_abuse"], ["thermal_abuse"]],
          now=("—", "—"), mid=("热滥用", "thermal abuse"),
          prose="make the safety design isolate the battery from {list}"),
        Q("breakthrough_safety_grading",
          ("锂离子电池储能安全性能等级评价技术", "储能系统安全分级评价方法"),
          ("Safety-performance grading of Li-ion battery storage", "Safety rating method for storage systems"),
          (2, 0), ("突破", "achieve a breakthrough in"), cell=("实现突破", "Breakthrough achieved"), mid=("分级指标初稿", "draft grading criteria"),
          skip=(3,)),
        N("graded_systems",
          ("完成安全性能等级评价实证的储能系统种数", "安全分级实证系统类型"),
          ("Kinds of storage systems with a completed safety-grading demonstration", "System types rated in the demonstration"),
          (2, 0), [T(">=", "4", ("种", ""), count=True), T("=", "4", ("种", ""), count=True),
                   T(">=", "4", ("", ""), count=True), T(">=", "3", ("", " kinds"), count=True, word="not less than")],
          now=("1种", "1"), mid=("2种", "2"),
          prose="complete safety-grading demonstrations on {q} kinds of lithium-ion storage systems"),
        C("graded_system_types",
          ("安全性能等级评价对象", "分级评价覆盖的系统"),
          ("Systems covered by the safety grading", "Systems rated"),
          (2, 0), {"foreign_mainstream_ternary": ("国外主流三元电池储能系统", "mainstream foreign ternary (NCM/NCA) storage systems"),
                   "domestic_mainstream_lfp": ("国内主流磷酸铁锂电池储能系统", "mainstream Chinese LFP storage systems"),
                   "_sodium": ("钠离子电池储能系统", "sodium-ion storage systems")},
          [["foreign_mainstream_ternary", "domestic_mainstream_lfp"], ["foreign_mainstream_ternary", "domestic_mainstream_lfp"],
           ["foreign_mainstream_ternary", "domestic_mainstream_lfp", "_sodium"], ["foreign_mainstream_ternary", "domestic_mainstream_lfp"]],
          now=("国内磷酸铁锂", "Chinese LFP"), mid=("国内磷酸铁锂", "Chinese LFP"),
          prose="cover {list} in the safety grading"),
        Q("grading_work_division",
          ("等级评价分工（三元系统由国际合作方、磷酸铁锂系统由国内合作方完成）", "中外双方分工完成分级评测"),
          ("Division of the grading work (ternary systems by the international partner, LFP systems by the Chinese partner)",
           "Split of the rating work between the foreign and Chinese partners"),
          (2, 0), ("落实", "implement the"), cell=("按分工完成", "Done as divided"), mid=("—", "—"), skip=(2,)),
        Q("evaluation_scale",
          ("评价规模kW-MW级", "评测对象规模（百千瓦级至兆瓦级）"),
          ("Evaluation scale of the kW to MW class", "Scale of the rated systems (100 kW class to MW class)"),
          (2, 0), ("达到", "reach the"), cell=("覆盖kW—MW级", "kW to MW class covered"), now=("kWh级模组", "kWh-class modules"),
          mid=("百千瓦级", "100 kW class"), skip=(1,)),
        N("international_standard_proposals",
          ("电池储能安全评价相关国际标准提案", "IEC储能安全国际标准提案"),
          ("International standard proposals on battery-storage safety evaluation", "IEC proposals on storage safety"),
          (3, 0), [T("range", ("1", "2"), ("项", ""), count=True), T("=", "1", ("项", ""), count=True),
                   T(">=", "1", ("", ""), count=True), T("=", "2", ("", ""), count=True)],
          now=("0", "0"), mid=("提案草案", "draft"),
          prose="submit {q} international standard proposal on battery-storage safety evaluation to IEC TC 120"),
        Q("technical_support",
          ("为中国及其它国家锂离子电池储能项目提供技术和成果支撑", "支撑国内外储能电站工程应用"),
          ("Technical support for Li-ion battery storage projects in China and other countries", "Support to storage plants at home and abroad"),
          (3, 0), ("", "provide"), cell=("完成", "Provided"), mid=("—", "—"), skip=(1,)),
    ],
    notes={
        0: [("pre", "考核指标按指南“合作实现至少2项关键技术突破”的要求分解如下：")],
        1: [("post", "注：评价样本为280 Ah/314 Ah电芯，系统规模100 kWh~5 MWh。")],
        2: [("post", "By the end of the project the dataset is expected to hold about 800 fault records.")],
        3: [("pre", "Note: the programme guide asks for at least two breakthroughs and one international standard proposal.")],
    },
    basis=(["团队建有储能安全实验室，具备最大500 kWh系统级热失控试验能力；已完成电芯热失控试验1600余次，积累国内故障案例312例。",
            "牵头国家重点研发计划项目“储能电池安全”（2021YFB2400200），经费2600万元；参与制定GB/T 36276—2023。",
            "Sandia National Laboratories 电池滥用实验室拥有40年以上测试经验；RWTH Aachen University 参与IEC 62933-5-2编制；UL Solutions 主持UL 9540A测试方法。"],
           ["The team runs a storage safety laboratory able to test thermal runaway at system level up to 500 kWh; it has run more than 1,600 cell thermal-runaway tests and collected 312 fault cases in China.",
            "It leads National Key R&D project 2021YFB2400200 (CNY 26 million) and contributed to GB/T 36276-2023.",
            "Sandia's battery abuse laboratory has over 40 years of testing experience; RWTH Aachen University contributed to IEC 62933-5-2; UL Solutions maintains the UL 9540A test method."]),
    schedule=(["第1—12个月：故障机理试验与数据集框架，完成200条故障记录。",
               "第13—18个月：安全设计模拟平台，中期评估（完成2种系统的分级评价）。",
               "第19个月至结题：分级评价实证、国际标准提案、成果推广。"],
              ["Months 1–12: mechanism tests and dataset framework; 200 fault records.",
               "Months 13–18: safety-design simulation platform; mid-term review (2 system types rated).",
               "Month 19 to the end: grading demonstrations, international standard proposal, uptake."]),
    budget=[("设备费", "Equipment", 380, ("绝热量热仪、滥用测试舱", "adiabatic calorimeter, abuse test chamber")),
            ("业务费", "Operating costs", 600, ("电芯、系统样品、测试", "cells, system samples, tests")),
            ("劳务费", "Personnel", 160, ("研究生、博士后", "students, postdocs")),
            ("国际合作与交流费", "International cooperation and exchange", 160, ("联合试验、互访", "joint tests, visits"))],
)

# ---------------------------------------------------------------------------
# 4.1 基于安全储氢的氢储能与分布式多能源系统合作研发
# ---------------------------------------------------------------------------
D41 = dict(
    id="4.1", k=4, layouts="ebdf",
    dtitle=("基于安全储氢的氢储能与分布式多能源系统合作研发",
            "Collaborative R&D on hydrogen energy storage based on safe hydrogen storage and distributed multi-energy systems"),
    title=("面向数据中心与医院的固态储氢型氢储能及分布式多能源系统合作研发",
           "Solid-state hydrogen energy storage and distributed multi-energy systems for data centres and hospitals"),
    durations=[("2027年1月—2029年12月", 36), ("36个月", 36), ("January 2027 – December 2029", 36), ("2.5 years", 30)],
    funding=1500, pi=("陈立新 教授", "Prof. CHEN Lixin"), phone="0571-8795 1152",
    participants=[
        ("浙江大学", "Zhejiang University", "CN", "university", "lead"),
        ("中国科学院大连化学物理研究所", "Dalian Institute of Chemical Physics, Chinese Academy of Sciences", "CN", "institute", "member"),
        ("华南理工大学", "South China University of Technology", "CN", "university", "member"),
        ("国网浙江省电力有限公司", "State Grid Zhejiang Electric Power Co., Ltd.", "CN", "enterprise", "member"),
        ("Helmholtz-Zentrum Hereon", "Helmholtz-Zentrum Hereon", "DE", "institute", "member"),
        ("Kyushu University", "Kyushu University", "JP", "university", "member"),
    ],
    research=[
        (["solid_state_hydrogen_storage"], "基于安全高效固态储氢的氢储能技术", "Hydrogen energy storage based on safe, efficient solid-state storage"),
        (["storage_material"], "低成本大容量可逆储氢材料开发及其规模制备技术",
         "Low-cost, high-capacity reversible storage materials and their production at scale"),
        (["anti_poisoning_treatment"], "储氢材料抗毒化延寿处理技术", "Anti-poisoning and life-extending treatment of the storage materials"),
        (["storage_system_design"], "高安全快响应固态储氢系统设计与制备技术", "Design and fabrication of safe, fast-responding solid-state storage systems"),
        (["system_integration"], "固态储氢系统与可再生能源制氢及燃料电池发电的高效集成和能量综合利用技术",
         "Integration of the solid-state storage with renewable hydrogen production and fuel-cell power, and integrated energy use"),
        (["multi_system_dispatch"], "多系统融合的新型分布式能源协同调度", "Coordinated dispatch of fused distributed energy systems"),
    ],
    rskip={0: [2], 3: [0]},
    tasks=[
        ("储氢材料", "Hydrogen storage material", [("材料性能", "Material performance"), ("循环寿命", "Cycle life")]),
        ("固态储氢系统", "Solid-state storage system", [("系统性能", "System performance")]),
        ("分布式多能源系统调度", "Distributed multi-energy dispatch", [("电能质量", "Power quality"), ("备用响应", "Reserve response")]),
        ("标准", "Standards", [("团体标准", "Association standard")]),
    ],
    items=[
        N("material_storage_capacity", ("储氢材料储氢容量", "合金可逆储氢量"),
          ("Hydrogen storage capacity of the material", "Reversible hydrogen capacity of the alloy"),
          (0, 0), [T(">=", "2.2", ("wt%", "")), T(">=", "2.2", ("wt%", ""), hope="2.5"),
                   T(">=", "2.2", ("", " wt%")), T(">=", "2.2", ("", " wt%"))],
          now="1.8 wt%", mid="≥2.0 wt%", prose="raise the hydrogen storage capacity of the material to {q}"),
        N("operating_temperature", ("吸放氢工作温度", "吸/放氢温度"),
          ("Absorption/desorption operating temperature", "Working temperature for hydrogen uptake and release"),
          (0, 0), [T("<=", "60", ("℃", "")), T("<=", "60", ("℃", "")), T("<=", "60", ("", " °C")), T("<=", "60", ("", " °C"))],
          now=("80℃", "80 °C"), mid=("≤70℃", "≤70 °C"), skip=(2,),
          prose="keep the absorption/desorption temperature at {q}"),
        N("hydrogen_purity", ("放氢纯度", "释放氢气纯度"), ("Purity of the released hydrogen", "Hydrogen purity at the outlet"),
          (0, 0), [T(">=", "99.999", ("%", "")), T(">=", "99.999", ("%", "")), T(">=", "99.9995", ("", "%")),
                   T(">=", "99.999", ("", "%"))],
          now="99.99%", mid="≥99.99%", skip=(3,), prose="deliver hydrogen with a purity of {q}"),
        N("capacity_retention_3000_cycles", ("储氢材料经3000次吸放氢循环容量保持率", "3000次循环后容量保持率"),
          ("Capacity retention after 3000 absorption/desorption cycles", "Capacity retention after 3,000 cycles"),
          (0, 1), [T(">=", "85", ("%", "")), T(">=", "85", ("%", "")), T(">=", "85", ("", "%")), T(">=", "85", ("", "%"))],
          now="72%", mid=("≥80%（1000次）", "≥80% (1,000 cycles)"),
          prose="retain {q} of the storage capacity after 3,000 absorption/desorption cycles"),
        N("system_storage_capacity", ("固态储氢系统的储氢容量", "储氢装置单套储氢量"),
          ("Hydrogen storage capacity of the solid-state system", "Hydrogen inventory of one storage unit"),
          (1, 0), [T(">=", "120", ("kg", "")), T(">=", "0.12", ("t", ""), ans=[120]), T(">=", "120", ("", " kg")),
                   T(">=", "0.12", ("", " t"), ans=[120])],
          now="25 kg", mid="≥50 kg", prose="build a solid-state storage system holding {q} of hydrogen"),
        N("rated_flow_rate", ("额定吸放氢速率", "系统额定充放氢流量"),
          ("Rated absorption/desorption rate", "Rated hydrogen charge/discharge flow"),
          (1, 0), [T(">=", "1800", ("SL/min", "")), T(">=", "1800", ("SL/min", "")), T(">=", "30", ("", " SL/s"), ans=[1800]),
                   T(">=", "1,800", ("", " SL/min"))],
          now="600 SL/min", mid="≥1000 SL/min", prose="reach a rated charge/discharge flow of {q}"),
        X(("储氢系统体积储氢密度", "装置体积储氢密度"), ("Volumetric density of the storage system", "Volumetric hydrogen density of the unit"),
          (1, 0), T(">=", "40", ("kg/m³", " kg/m³")), now="28 kg/m³", mid="≥35 kg/m³", skip=(0,),
          prose="reach a volumetric hydrogen density of {q}"),
        N("continuous_supply_duration", ("对100kW燃料电池单次连续稳定供氢时间", "100 kW电堆连续供氢时长"),
          ("Continuous stable hydrogen supply to a 100 kW fuel cell", "Uninterrupted supply time to a 100 kW stack"),
          (1, 0), [T(">=", "14", ("h", "")), T(">=", "14", ("h", "")), T("upto", "16", ("", " h")), T(">=", "14", ("", " hours"))],
          now="4 h", mid="≥8 h", prose="supply a 100 kW fuel cell continuously and stably for {q}"),
        N("voltage_qualification_rate", ("区域微电网电压合格率", "微网供电电压合格率"),
          ("Voltage qualification rate of the regional microgrid", "Microgrid voltage compliance rate"),
          (2, 0), [T(">=", "99.95", ("%", "")), T(">=", "99.95", ("%", "")), T(">=", "99.95", ("", "%")), T(">=", "99.95", ("", "%"))],
          now="99.8%", mid="≥99.9%", prose="achieve a microgrid voltage qualification rate of {q}"),
        N("voltage_thd", ("谐波电压总畸变率", "电压THD"), ("Total harmonic distortion of the voltage", "Voltage THD"),
          (2, 0), [T("<=", "3", ("%", "")), T("<=", "3", ("%", "")), T("<=", "3", ("", "%")), T("approx", "3", ("", "%"), word="about")],
          now="4.5%", mid="≤4%", skip=(1,), prose="keep the voltage THD at {q}"),
        N("emergency_reserve_response_time", ("事故备用型响应时间", "作为事故备用时的响应时间"),
          ("Response time as emergency reserve", "Response time in contingency-reserve mode"),
          (2, 1), [T("<", "8", ("分钟", "")), T("<", "480", ("s", ""), ans=[8]), T("<", "8", ("", " min")),
                   T("<", "480", ("", " s"), ans=[8], word="less than")],
          now=("15分钟", "15 min"), mid=("<10分钟", "<10 min"), prose="keep the emergency-reserve response time {q}"),
        N("non_spinning_reserve_response_time", ("非旋转备用型响应时间", "非旋转备用模式响应时间"),
          ("Response time as non-spinning reserve", "Response time in non-spinning reserve mode"),
          (2, 1), [T("<", "240", ("秒", ""), ans=[4]), T("<", "4", ("min", "")), T("<", "240", ("", " s"), ans=[4]),
                   T("<", "4", ("", " minutes"))],
          now=("8分钟", "8 min"), mid=("<5分钟", "<5 min"), prose="keep the non-spinning-reserve response time {q}"),
        N("group_standard", ("基于氢储能的分布式多能源系统团体标准", "固态储氢多能互补系统团体标准"),
          ("Association standard on hydrogen-storage-based distributed multi-energy systems",
           "Association standard on solid-state-hydrogen multi-energy systems"),
          (3, 0), [T("range", ("1", "2"), ("项", ""), count=True), T("=", "1", ("项", ""), count=True),
                   T(">=", "1", ("", ""), count=True), T("=", "2", ("", ""), count=True)],
          now=("0", "0"), mid=("完成立项", "approved for drafting"),
          prose="publish {q} association standards on hydrogen-storage-based distributed multi-energy systems"),
    ],
    notes={
        0: [("pre", "指南要求：储氢材料储氢容量≥2.0wt%，固态储氢系统储氢容量≥100kg。本项目各子目标的目标值如下。")],
        1: [("post", "测试条件：循环寿命测试温度25 ℃、吸氢压力3 MPa；供氢测试对象为100 kW质子交换膜燃料电池。")],
        2: [("pre", "Unless marked otherwise, the values below are the targets committed for the end of the project.")],
        3: [("post", "Cycle-life tests run at 25 °C and 3 MPa absorption pressure; supply tests use a 100 kW PEM fuel cell.")],
    },
    basis=(["团队研发的TiFe基储氢合金储氢容量1.8 wt%，已建成25 kg级固态储氢示范系统（杭州），额定流量600 SL/min，可为30 kW燃料电池连续供氢4 h。",
            "承担国家重点研发计划“可再生能源与氢能技术”重点专项项目（2020YFB1505700），经费3200万元；发表论文120篇，授权发明专利41件。",
            "Helmholtz-Zentrum Hereon在金属氢化物储罐领域有20年经验；Kyushu University拥有氢材料先端科学研究中心，其储氢合金循环寿命数据超过5000次。"],
           ["Our TiFe-based alloy stores 1.8 wt% hydrogen; a 25 kg solid-state storage demonstrator (Hangzhou) runs at 600 SL/min and can feed a 30 kW fuel cell for 4 h.",
            "The team leads National Key R&D project 2020YFB1505700 (CNY 32 million), with 120 papers and 41 granted invention patents.",
            "Helmholtz-Zentrum Hereon has 20 years of experience with metal-hydride tanks; Kyushu University's hydrogen materials centre holds cycle-life data beyond 5,000 cycles."]),
    schedule=(["第1—12个月：储氢材料成分设计与公斤级制备，抗毒化处理工艺。",
               "第13—18个月：50 kg级系统样机，中期检查（储氢容量≥2.0 wt%）。",
               "第19个月至结题：百公斤级系统集成、微电网联调与示范运行，团体标准报批。"],
              ["Months 1–12: alloy design and kilogram-scale production; anti-poisoning treatment.",
               "Months 13–18: 50 kg prototype; mid-term review (material capacity ≥2.0 wt%).",
               "Month 19 to the end: integration of the 100 kg-class system, microgrid commissioning and demonstration, association standard submitted."]),
    budget=[("设备费", "Equipment", 450, ("PCT测试仪、储氢罐体", "PCT analyser, tank vessels")),
            ("业务费", "Operating costs", 700, ("合金原料、燃料电池租用、测试", "alloy raw materials, fuel-cell rental, tests")),
            ("劳务费", "Personnel", 180, ("研究生、博士后", "students, postdocs")),
            ("国际合作与交流费", "International cooperation and exchange", 170, ("互访、联合测试", "visits, joint tests"))],
)

# ---------------------------------------------------------------------------
# 5.4 电动汽车空气动力学关键技术联合研发与应用
# ---------------------------------------------------------------------------
D54 = dict(
    id="5.4", k=5, layouts="adfb",
    dtitle=("电动汽车空气动力学关键技术联合研发与应用", "Joint R&D and application of key aerodynamic technologies for electric vehicles"),
    title=("超低风阻低风噪电动汽车空气动力学关键技术中德英联合研发与应用",
           "Ultra-low-drag, low-wind-noise electric vehicle aerodynamics: Sino-German-British joint R&D and application"),
    durations=[("2027年1月—2029年12月", 36), ("2027年4月—2029年9月", 30), ("3 years", 36), ("36 months", 36)],
    funding=1200, pi=("孙立峰 教授", "Prof. SUN Lifeng"), phone="021-6958 9012",
    participants=[
        ("同济大学", "Tongji University", "CN", "university", "lead"),
        ("吉林大学", "Jilin University", "CN", "university", "member"),
        ("中国汽车工程研究院股份有限公司", "China Automotive Engineering Research Institute Co., Ltd.", "CN", "enterprise", "member"),
        ("比亚迪汽车工业有限公司", "BYD Auto Industry Co., Ltd.", "CN", "enterprise", "member"),
        ("Forschungsinstitut für Kraftfahrwesen und Fahrzeugmotoren Stuttgart (FKFS)",
         "Forschungsinstitut für Kraftfahrwesen und Fahrzeugmotoren Stuttgart (FKFS)", "DE", "institute", "member"),
        ("Loughborough University", "Loughborough University", "GB", "university", "member"),
    ],
    research=[
        (["shape_optimization_design"], "整车流场、声场和热力学场融合的整体造型、局部形状与表面形貌优化设计技术",
         "Optimisation of overall styling, local shape and surface topography integrating the flow, acoustic and thermal fields"),
        (["integrated_active_control"], "整车流场与空气噪声、动力系统热管理和车内热舒适性的综合主动控制技术",
         "Integrated active control of the flow field, wind noise, powertrain thermal management and cabin comfort"),
        (["wind_tunnel_collaborative_testing"], "整车气动/声学风洞与模型风洞的协同试验评价",
         "Collaborative evaluation in full-scale aero-acoustic and model wind tunnels"),
        (["numerical_cross_validation"], "风洞试验与数值风洞仿真计算的互检互验技术",
         "Cross-validation of wind-tunnel tests and numerical wind-tunnel simulation"),
    ],
    rskip={1: [3]},
    tasks=[
        ("气动优化设计与主动控制", "Aerodynamic optimisation and active control",
         [("关键技术突破", "Key technology breakthroughs"), ("风阻与噪声", "Drag and noise")]),
        ("标模与试验评价", "Benchmark model and test evaluation", [("新标模", "New benchmark model")]),
        ("标准与应用", "Standards and application", [("标准建议稿", "Draft standards"), ("车型应用", "Vehicle applications")]),
    ],
    items=[
        N("key_breakthroughs", ("电动汽车空气动力学关键技术突破和应用", "突破并应用的气动核心技术"),
          ("Key EV aerodynamic technologies broken through and applied", "Core aero technologies developed and applied"),
          (0, 0), [T("=", "4", ("项", ""), count=True), T(">=", "3", ("项", ""), count=True, word="至少"),
                   T("=", "4", ("", ""), count=True), T(">=", "4", ("", ""), count=True)],
          now=("—", "—"), mid=("2项", "2"), prose="break through and apply {q} key EV aerodynamic technologies"),
        C("breakthrough_areas", ("关键技术突破须包括的技术", "突破方向"), ("Technologies the breakthroughs include", "Breakthrough areas"),
          (0, 0), {"aero_optimization_design": ("宏观尺寸与微观形貌结合的气动优化设计技术", "aerodynamic optimisation combining macro dimensions and micro surface topography"),
                   "flow_acoustic_active_control": ("流场与声场主动控制技术", "active control of the flow and acoustic fields"),
                   "thermal_comfort_matching_control": ("热管理与热舒适性匹配设计与控制技术", "matched design and control of thermal management and thermal comfort"),
                   "other": ("气动—热耦合快速仿真技术", "fast coupled aero-thermal simulation")},
          [["aero_optimization_design", "flow_acoustic_active_control", "thermal_comfort_matching_control", "other"],
           ["aero_optimization_design", "flow_acoustic_active_control", "thermal_comfort_matching_control"],
           ["aero_optimization_design", "flow_acoustic_active_control", "thermal_comfort_matching_control", "other"],
           ["aero_optimization_design", "flow_acoustic_active_control", "thermal_comfort_matching_control"]],
          now=("—", "—"), mid=("气动优化设计", "aero optimisation"), prose="cover {list} among the breakthroughs"),
        N("drag_coefficient", ("空气阻力系数", "整车风阻系数Cd"), ("Aerodynamic drag coefficient", "Drag coefficient Cd"),
          (0, 1), [T("<=", "0.19"), T("<=", "0.19", hope="0.185"), T("hope", "0.185"), T("<=", "0.19")],
          now="0.23", mid="≤0.21", prose=["cut the drag coefficient to {q}", "cut the drag coefficient to {q}",
                                          "reduce the drag coefficient and {q}", "cut the drag coefficient to {q}"]),
        N("cabin_noise", ("车内空气噪声声压级", "车内风噪（120 km/h）"),
          ("Cabin aerodynamic noise sound pressure level", "Interior wind noise at 120 km/h"),
          (0, 1), [T("<=", "62", ("dB(A)", "")), T("<=", "62", ("dB(A)", "")), T("<=", "62", ("", " dB(A)")),
                   T("<=", "62", ("", " dB(A)"))],
          now="66 dB(A)", mid="≤64 dB(A)", skip=(2,), prose="keep the interior wind noise at {q}"),
        X(("整车CLTC续航提升", "气动减阻带来的续航增益"), ("CLTC range gain", "Range gain from drag reduction"),
          (0, 1), T(">=", "5", ("%", "%")), now="—", mid="≥3%", prose="gain {q} of CLTC range"),
        Q("new_benchmark_model", ("电动汽车空气动力学新标模", "综合内外流、声场与模拟热源的EV气动通用标模"),
          ("New EV aerodynamic benchmark model", "Open EV aero benchmark with internal/external flow, acoustics and simulated heat sources"),
          (1, 0), ("提出", "propose the"), cell=("提出并开放共享", "Proposed and openly shared"),
          now=("DrivAer等燃油车标模", "DrivAer and other ICE benchmarks"), mid=("完成几何定义", "geometry defined"), skip=(1,)),
        X(("风洞试验与仿真互检偏差", "试验—仿真阻力系数偏差"), ("Deviation between wind tunnel and simulation", "Test-to-CFD drag deviation"),
          (1, 0), T("<=", "3", ("%", "%")), now="6%", mid="≤5%", skip=(0,), prose="keep the deviation between tests and simulation at {q}"),
        N("standard_proposals", ("团体/行业/国家标准建议稿", "标准草案（团标/行标/国标）"),
          ("Draft proposals for group, industry or national standards", "Draft standards (association/industry/national)"),
          (2, 0), [T(">=", "6", ("项", ""), count=True), T("=", "6", ("项", ""), count=True),
                   T(">=", "6", ("", ""), count=True), T("range", ("5", "6"), ("", ""), count=True)],
          now=("0", "0"), mid=("2项", "2"), prose="submit {q} draft proposals for group, industry or national standards"),
        N("vehicle_models", ("技术成果应用的电动汽车车型数", "搭载应用车型"),
          ("EV models the results are applied to", "Vehicle models adopting the results"),
          (2, 1), [T(">=", "3", ("种", ""), count=True), T("range", ("3", "4"), ("款", ""), count=True),
                   T(">=", "3", ("", ""), count=True, word="at least"), T("=", "4", ("", ""), count=True)],
          now=("1款", "1"), mid=("1款", "1"), prose="apply the results to {q} electric vehicle models"),
    ],
    notes={
        0: [("pre", "指南要求空气阻力系数≤0.20、车内空气噪声声压级≤63dB(A)。本项目完成时目标见下表。")],
        1: [("post", "测试条件：阻力系数与风噪在整车气动声学风洞测定，风速120 km/h，偏航角0°。")],
        2: [("post", "In the first year the current production model (Cd about 0.23) serves as the reference vehicle.")],
        3: [("pre", "Mid-term values are internal milestones, not assessment targets.")],
    },
    basis=(["同济大学上海地面交通工具风洞中心拥有整车气动声学风洞（160 km/h时背景噪声61 dB(A)）和3/4模型风洞；团队参与开发的某量产车型风阻系数0.23，120 km/h车内风噪66 dB(A)。",
            "承担国家重点研发计划“新能源汽车”重点专项项目（2022YFB2502900），经费1800万元；授权发明专利56件。",
            "FKFS拥有全尺寸气动声学风洞并主导DrivAer标模的扩展工作；Loughborough University在车辆尾流主动控制方面研究10余年。"],
           ["Tongji University's Shanghai Automotive Wind Tunnel Centre runs a full-scale aero-acoustic tunnel (61 dB(A) background noise at 160 km/h) and a 3/4-scale model tunnel; a production car the team worked on has Cd 0.23 and 66 dB(A) interior wind noise at 120 km/h.",
            "The team leads National Key R&D project 2022YFB2502900 (CNY 18 million) and holds 56 invention patents.",
            "FKFS operates a full-scale aero-acoustic tunnel and leads extensions of the DrivAer benchmark; Loughborough University has worked on active wake control for over 10 years."]),
    schedule=(["第1—12个月：多场耦合优化方法，标模几何定义。",
               "第13—18个月：主动控制样件风洞试验；中期检查（风阻系数≤0.21）。",
               "第19个月至结题：整车集成、车型应用、标准建议稿提交。"],
              ["Months 1–12: multi-field coupled optimisation; geometry of the benchmark.",
               "Months 13–18: wind-tunnel tests of active-control parts; mid-term review (Cd ≤0.21).",
               "Month 19 to the end: vehicle integration, application to production models, draft standards submitted."]),
    budget=[("设备费", "Equipment", 300, ("主动格栅、测量系统", "active grille shutters, measurement systems")),
            ("业务费", "Operating costs", 650, ("风洞试验、样车改制", "wind-tunnel time, prototype modification")),
            ("劳务费", "Personnel", 150, ("研究生", "students")),
            ("国际合作与交流费", "International cooperation and exchange", 100, ("互访", "visits"))],
)

# ---------------------------------------------------------------------------
# 6.3 化工行业低碳零碳关键技术和装备联合研发
# ---------------------------------------------------------------------------
D63 = dict(
    id="6.3", k=6, layouts="becf",
    dtitle=("化工行业低碳零碳关键技术和装备联合研发", "Joint R&D of key low-carbon and zero-carbon technologies and equipment for the chemical industry"),
    title=("化工过程深度脱碳关键技术与装备中欧中沙联合研发",
           "Deep decarbonisation of chemical processes: key technologies and equipment developed jointly with European and Saudi partners"),
    durations=[("2027年1月—2029年12月", 36), ("2027年1月—2028年12月", 24), ("36 months", 36), ("3 years (2027–2029)", 36)],
    funding=1300, pi=("王振华 教授", "Prof. WANG Zhenhua"), phone="022-2740 4701",
    participants=[
        ("天津大学", "Tianjin University", "CN", "university", "lead"),
        ("中国科学院过程工程研究所", "Institute of Process Engineering, Chinese Academy of Sciences", "CN", "institute", "member"),
        ("大连理工大学", "Dalian University of Technology", "CN", "university", "member"),
        ("中国石油化工股份有限公司", "China Petroleum & Chemical Corporation", "CN", "enterprise", "member"),
        ("BASF SE", "BASF SE", "DE", "enterprise", "member"),
        ("King Abdullah University of Science and Technology", "King Abdullah University of Science and Technology", "SA", "university", "member"),
        ("ETH Zurich", "ETH Zurich", "CH", "university", "member"),
    ],
    research=[
        (["waste_heat_pressure_steam"], "化工行业余热余压余汽集成利用等节能降耗关键技术与装备",
         "Integrated recovery of waste heat, pressure and steam in chemical plants"),
        (["efficient_separation"], "热泵精馏、膜分离等高效分离新技术", "New high-efficiency separation (heat-pump distillation, membranes)"),
        (["biomass_utilization"], "生物质资源高效利用化工新过程与样机", "New processes and prototypes for efficient use of biomass"),
        (["renewable_hydrogen_oxygen"], "可再生能源制氢制氧化工新过程与样机", "Hydrogen and oxygen from renewable power for chemical processes"),
        (["direct_photoelectrocatalysis"], "可再生能源直接驱动的光电催化新过程与样机", "Photo-/electrocatalysis driven directly by renewable power"),
        (["fossil_resource_conversion"], "化石资源转化新途径及其耦合新技术", "New routes of fossil-resource conversion and their coupling"),
        (["carbon_cycle_routes"], "以二氧化碳/甲烷替代传统化石资源制备关键化学品的碳元素循环新途径",
         "Carbon-cycle routes making key chemicals from CO₂/methane instead of fossil feedstocks"),
    ],
    rskip={0: [4], 2: [1]},
    tasks=[
        ("节能降耗技术与装备", "Energy-saving technologies and equipment", [("技术装备", "Technologies and equipment")]),
        ("化工新过程与样机", "New chemical processes and prototypes",
         [("生物质与可再生能源", "Biomass and renewables"), ("化石资源高值化", "High-value fossil resources")]),
        ("碳元素循环新途径", "New carbon-cycle routes", [("合成路线", "Synthesis routes"), ("催化与机理", "Catalysis and mechanism")]),
        ("合作成果", "Joint outputs", [("专利论文与研讨", "Patents, papers and seminars")]),
    ],
    items=[
        N("energy_saving_technologies", ("化工行业新型节能降耗技术或装备", "余热余压利用与高效分离新技术/装备"),
          ("New energy-saving technologies or equipment for the chemical industry", "New heat/pressure recovery and separation technologies or units"),
          (0, 0), [T("=", "3", ("项/台", ""), count=True), T("range", ("2", "3"), ("项/台", ""), count=True),
                   T(">=", "3", ("", ""), count=True), T("=", "3", ("", ""), count=True)],
          now=("—", "—"), mid=("1项", "1"),
          prose="develop {q} new energy-saving technologies or pieces of equipment for the chemical industry"),
        N("energy_consumption_reduction", ("相比现有技术能耗降低幅度", "单位产品综合能耗降幅"),
          ("Energy consumption reduction against existing technology", "Cut in specific energy consumption"),
          (0, 0), [T(">=", "15", ("%", "")), T(">=", "15", ("%", ""), word="以上"), T(">", "15", ("", "%")),
                   T(">=", "12", ("", "%"), hope="15")],
          now=("—", "—"), mid="≥8%", prose="cut energy consumption against existing technology by {q}"),
        N("biomass_renewable_technologies", ("生物质资源化、可再生能源供氢供氧及直接驱动化学反应新技术", "绿电/绿氢驱动与生物质转化新技术"),
          ("New technologies for biomass valorisation, renewable hydrogen/oxygen supply and directly driven reactions",
           "New green-power/green-hydrogen-driven and biomass conversion technologies"),
          (1, 0), [T("range", ("2", "3"), ("项", ""), count=True), T("=", "3", ("项", ""), count=True),
                   T("range", ("2", "3"), ("", ""), count=True), T(">=", "2", ("", ""), count=True)],
          now=("—", "—"), mid=("1项", "1"),
          prose="develop {q} new technologies for biomass valorisation, renewable hydrogen and oxygen supply and directly driven reactions"),
        Q("prototypes_demonstration", ("相关样机创制与示范应用", "电催化样机示范"),
          ("Prototypes built and demonstrated", "Electrocatalysis prototype demonstration"),
          (1, 0), ("完成", "complete the"), cell=("创制样机并示范应用", "Prototypes built and demonstrated"),
          mid=("样机设计", "prototype design"), skip=(3,)),
        N("coal_oil_technologies", ("煤炭、石油高值化利用及其耦合的新技术", "煤油共炼/高值化耦合新技术"),
          ("New technologies for high-value use of coal and oil and their coupling", "New coal–oil co-processing and upgrading technologies"),
          (1, 1), [T("=", "3", ("项", ""), count=True), T(">=", "2", ("项", ""), count=True),
                   T("=", "3", ("", ""), count=True), T("range", ("2", "3"), ("", ""), count=True)],
          now=("—", "—"), mid=("1项", "1"), prose="develop {q} new coal and oil upgrading and coupling technologies"),
        Q("coal_oil_demonstration", ("煤炭、石油高值化利用新技术示范应用", "煤油高值化技术工业示范"),
          ("Demonstration of the coal and oil high-value-use technologies", "Industrial demonstration of coal/oil upgrading"),
          (1, 1), ("开展", "carry out the"), cell=("完成示范应用", "Demonstrated"), mid=("完成示范方案", "demonstration plan"), skip=(2,)),
        N("ghg_synthesis_routes", ("以CO₂、甲烷等温室气体为碳源的化学品合成新路线", "CO₂/CH₄制化学品新路线"),
          ("New routes synthesising chemicals from CO₂, methane and other greenhouse gases", "New CO₂/CH₄-to-chemicals routes"),
          (2, 0), [T(">=", "2", ("条", ""), count=True), T("range", ("2", "3"), ("条", ""), count=True),
                   T("=", "3", ("", " routes"), count=True), T("range", ("2", "3"), ("", ""), count=True)],
          now=("—", "—"), mid=("1条", "1"), prose="open {q} new routes to chemicals from CO₂ and methane"),
        Q("catalytic_materials", ("高性能催化材料", "高稳定性CO₂加氢催化剂"),
          ("High-performance catalytic materials", "Highly stable CO₂ hydrogenation catalysts"),
          (2, 1), ("构建", "build"), cell=("构建完成", "Built"), mid=("完成筛选", "screening done")),
        Q("core_mechanism", ("核心机理", "活性位构效关系与反应机理"),
          ("Core mechanisms", "Active-site structure–activity relations and reaction mechanisms"),
          (2, 1), ("揭示", "reveal the"), cell=("揭示", "Revealed"), mid=("—", "—"), skip=(1,)),
        Q("lab_scale_test", ("实验室小试", "百克级小试验证"), ("Laboratory-scale test", "100-gram-scale bench test"),
          (2, 1), ("完成", "complete the"), cell=("完成", "Completed"), mid=("完成反应器搭建", "reactor built"), skip=(0,)),
        Q("patents_papers", ("核心专利和高水平学术论文", "中外联合发明专利与论文"),
          ("Joint core patents and high-level papers", "Sino-foreign patents and papers"),
          (3, 0), ("合作产出", "produce"), cell=("申请发明专利10项、发表论文20篇", "10 invention patent applications and 20 papers"),
          mid=("专利4项、论文8篇", "4 patents, 8 papers"),
          prose="jointly produce core patents and high-level papers (10 invention patent applications and 20 papers)"),
        N("international_seminar", ("化工领域低碳/零碳关键技术与装备国际研讨会", "中外化工低碳技术研讨会"),
          ("International seminars on low-/zero-carbon chemical technologies and equipment", "Sino-foreign low-carbon chemicals workshops"),
          (3, 0), [T(">=", "2", ("次", ""), count=True), T("=", "2", ("次", ""), count=True),
                   T(">=", "1", ("", ""), count=True, word="or more"), T(">=", "2", ("", ""), count=True)],
          now=("—", "—"), mid=("1次", "1"),
          prose="hold {q} international seminars on low- and zero-carbon technologies and equipment for the chemical industry"),
    ],
    notes={
        0: [("post", "注：能耗降低幅度以2025年行业平均水平为基准；指南要求相比现有技术能耗降低10%以上。")],
        1: [("pre", "以下“目标值”均为项目结束时的考核值（指南对各类新技术的要求为2~3项）。")],
        2: [("post", "Energy savings are measured against the 2025 industry average. The pilot unit is expected to process about 500 t/a.")],
        3: [("pre", "Baseline: the 2025 industry-average specific energy consumption (about 1.2 tce per tonne of product).")],
    },
    basis=(["团队开发的热泵精馏技术已在12套工业装置应用，节能18%~25%；现有CO₂加氢制甲醇催化剂寿命1000 h。",
            "承担国家重点研发计划项目（2022YFB4101800），经费2400万元；近五年授权发明专利64件。",
            "BASF SE在路德维希港运行一体化化工基地；KAUST催化中心在甲烷直接转化方面发表论文150余篇；ETH Zurich在CO₂加氢催化剂方面与团队合作已有6年。"],
           ["The team's heat-pump distillation runs in 12 industrial units, saving 18–25 % energy; our present CO₂-to-methanol catalyst lasts 1,000 h.",
            "It leads National Key R&D project 2022YFB4101800 (CNY 24 million) and has been granted 64 invention patents in five years.",
            "BASF SE operates the integrated Ludwigshafen site; the KAUST Catalysis Center has published over 150 papers on direct methane conversion; ETH Zurich has worked with the team on CO₂ hydrogenation catalysts for 6 years."]),
    schedule=(["第1—12个月：节能技术方案设计与样机设计，催化材料筛选。",
               "第13—18个月：中期检查（各类新技术完成1项、召开第1次国际研讨会）。",
               "第19个月至结题：示范应用、实验室小试、成果总结。"],
              ["Months 1–12: energy-saving designs, prototype design, catalyst screening.",
               "Months 13–18: mid-term review (one technology in each group, first international seminar).",
               "Month 19 to the end: demonstrations, laboratory tests, final reporting."]),
    budget=[("设备费", "Equipment", 350, ("电解槽、膜组件", "electrolysers, membrane modules")),
            ("业务费", "Operating costs", 620, ("试剂、测试、示范", "reagents, testing, demonstration")),
            ("劳务费", "Personnel", 180, ("研究生、博士后", "students, postdocs")),
            ("国际合作与交流费", "International cooperation and exchange", 150, ("研讨会、互访", "seminars, visits"))],
)

# ---------------------------------------------------------------------------
# 7.2 城区与街区规划减碳关键技术联合研究与示范
# ---------------------------------------------------------------------------
D72 = dict(
    id="7.2", k=7, layouts="cafd",
    dtitle=("城区与街区规划减碳关键技术联合研究与示范",
            "Joint research and demonstration of key carbon-reduction technologies for district and neighbourhood planning"),
    title=("多系统耦合的城区与街区规划减碳关键技术中欧联合研究与示范",
           "Multi-system coupled carbon-reduction planning for districts and neighbourhoods: Sino-European joint research and demonstration"),
    durations=[("2027年1月—2029年12月", 36), ("2027年1月—2029年12月（36个月）", 36), ("three years", 36), ("2027-01 to 2029-06", 30)],
    funding=1300, pi=("刘海燕 研究员", "Prof. LIU Haiyan"), phone="010-5831 3366",
    participants=[
        ("中国城市规划设计研究院", "China Academy of Urban Planning and Design", "CN", "institute", "lead"),
        ("同济大学", "Tongji University", "CN", "university", "member"),
        ("东南大学", "Southeast University", "CN", "university", "member"),
        ("华为数字能源技术有限公司", "Huawei Digital Power Technologies Co., Ltd.", "CN", "enterprise", "member"),
        ("Technical University of Munich", "Technical University of Munich", "DE", "university", "member"),
        ("Delft University of Technology", "Delft University of Technology", "NL", "university", "member"),
        ("University College London", "University College London", "GB", "university", "member"),
        ("UN-Habitat", "UN-Habitat", "KE", "other", "member"),
    ],
    research=[
        (["emission_accounting_method"], "建立城市碳排放统计核算方法", "An urban carbon-emission statistical accounting method"),
        (["data_mutual_recognition"], "研究城市碳排放基础数据量化国际互认机制", "International mutual recognition of quantified urban emission base data"),
        (["benchmark_comparison"], "开展国内外城市减碳基准性指标对比研究", "Comparison of carbon-reduction benchmark indicators of Chinese and foreign cities"),
        (["multi_system_planning"], "基于能源、资源、交通、用地布局、公共空间协同，构建多系统耦合的城区和街区规划减碳技术",
         "Multi-system coupled carbon-reduction planning of districts and neighbourhoods (energy, resources, transport, land use, public space)"),
        (["climate_adaptive_planning_tool"], "研发街区层面蓝绿空间布局优化的气候适应性规划支持工具",
         "A climate-adaptive planning support tool optimising blue-green space at neighbourhood level"),
        (["resilient_block_planning_method", "low_carbon_block_indicators"], "建立韧性街区减碳规划技术方法和低碳街区评价指标体系",
         "Carbon-reduction planning methods for resilient neighbourhoods and an evaluation indicator system for low-carbon neighbourhoods"),
        (["energy_station_layout"], "研究基于可再生能源供需匹配的能源站布局优化碳中和技术",
         "Carbon-neutral layout optimisation of energy stations matching renewable supply and demand"),
        (["multi_energy_platform"], "开发多种能源智慧协调技术平台", "A smart coordination platform for multiple energy sources"),
        (["block_demonstration", "integrated_demonstration"], "在街区层次开展绿色低碳/零碳示范项目建设，进行可再生能源、用地布局、公共空间、气候适应性、智慧管理等方面的综合性示范",
         "Green low-/zero-carbon demonstration projects at neighbourhood level, integrating renewables, land use, public space, climate adaptation and smart management"),
    ],
    rskip={1: [2], 2: [1], 3: [6]},
    tasks=[
        ("碳排放核算与评价", "Emission accounting and evaluation",
         [("核算指南", "Accounting guidelines"), ("评价体系与模型", "Indicator system and model")]),
        ("气候适应性规划支持平台", "Climate-adaptive planning support platform", [("平台与工具箱", "Platform and toolbox"), ("指标体系", "Indicators")]),
        ("街区能源智能调控平台", "Neighbourhood smart energy control platform", [("平台功能", "Platform functions"), ("测试运行", "Testing")]),
        ("示范与国际合作", "Demonstration and international cooperation", [("示范项目", "Demonstration projects"), ("国际合作", "International cooperation")]),
    ],
    items=[
        N("accounting_guidelines", ("城市碳排放统计核算相关技术指南", "城市碳排放核算技术导则"),
          ("Technical guidelines on urban carbon-emission accounting", "Urban emission accounting guidance documents"),
          (0, 0), [T(">=", "3", ("项", ""), count=True), T("=", "3", ("项", ""), count=True),
                   T(">=", "3", ("", ""), count=True), T(">=", "3", ("", ""), count=True)],
          now=("0", "0"), mid=("1项", "1"), prose="publish {q} technical guidelines on urban carbon-emission statistics and accounting"),
        N("district_indicator_system", ("低碳城区评价指标体系", "低碳城区评估指标框架"),
          ("Evaluation indicator system for low-carbon districts", "Low-carbon district assessment framework"),
          (0, 1), [T("=", "1", ("套", ""), count=True), T("=", "1", ("套", ""), count=True),
                   T("=", "1", ("", ""), count=True), T("=", "1", ("", " set"), count=True)],
          now=("—", "—"), mid=("初稿", "draft"), prose="build {q} evaluation indicator system for low-carbon districts"),
        N("emission_intensity_model", ("规划方案实施碳排放强度评价模型", "规划实施碳强度测算模型"),
          ("Carbon-intensity evaluation model for implemented plans", "Plan-implementation carbon intensity model"),
          (0, 1), [T("=", "1", ("项", ""), count=True), T("=", "1", ("项", ""), count=True),
                   T("=", "1", ("", ""), count=True), T(">=", "1", ("", ""), count=True)],
          now=("—", "—"), mid=("模型框架", "framework"), skip=(2,),
          prose="develop {q} carbon-intensity evaluation model for implemented planning schemes"),
        N("planning_standards", ("城区/街区规划减碳关键技术标准、导则或指南", "街区减碳规划设计导则"),
          ("Standard, code or guideline on carbon-reduction planning", "Neighbourhood low-carbon planning code"),
          (0, 1), [T("=", "1", ("套", ""), count=True), T("=", "1", ("套", ""), count=True),
                   T("=", "1", ("", ""), count=True), T("=", "2", ("", " sets"), count=True)],
          now=("—", "—"), mid=("征求意见稿", "consultation draft"), skip=(1,),
          prose="compile {q} set of standards and guidelines on carbon-reduction planning of districts and neighbourhoods"),
        Q("adaptation_platform", ("气候适应性规划支持平台", "蓝绿空间气候适应规划决策平台"),
          ("Climate-adaptive planning support platform", "Blue-green climate-adaptation planning decision platform"),
          (1, 0), ("开发", "develop a"), cell=("开发完成并上线", "Developed and online"), now=("单机版工具", "desktop tool"),
          mid=("原型", "prototype")),
        N("adaptation_measures", ("气候适应性措施工具箱措施数", "蓝绿空间适应措施库"),
          ("Climate-adaptation measures in the toolbox", "Blue-green adaptation measure library"),
          (1, 0), [T(">=", "40", ("种", ""), count=True, word="至少"), T(">=", "40", ("种", ""), count=True),
                   T(">=", "40", ("", ""), count=True), T("=", "45", ("", " measures"), count=True)],
          now=("12种", "12"), mid=("≥20种", "≥20"), prose="provide a toolbox of {q} climate-adaptation measures for blue-green space planning"),
        Q("interactive_touchscreen", ("交互式触屏操作工作环境", "多专业多部门触屏协同工作环境"),
          ("Interactive touch-screen working environment", "Multi-disciplinary touch-screen workspace"),
          (1, 0), ("提供", "provide an"), cell=("提供", "Provided"), now=("无", "none"), mid=("—", "—"), skip=(0, 2)),
        C("adaptation_indicator_dimensions", ("关键气候适应性指标维度", "适应性指标覆盖维度"),
          ("Dimensions of the key climate-adaptation indicators", "Indicator dimensions"),
          (1, 1), {"flooding": ("洪涝", "flooding"), "drought": ("干旱", "drought"), "thermal_environment": ("热环境", "thermal environment"),
                   "carbon_reduction_sink": ("减碳增汇", "carbon reduction and sink enhancement"), "economy": ("经济", "economy")},
          [["flooding", "drought", "thermal_environment", "carbon_reduction_sink", "economy"],
           ["flooding", "drought", "thermal_environment", "carbon_reduction_sink", "economy"],
           ["flooding", "thermal_environment", "carbon_reduction_sink", "economy"],
           ["flooding", "drought", "thermal_environment", "carbon_reduction_sink", "economy"]],
          now=("洪涝、热环境", "flooding, thermal environment"), mid=("洪涝、热环境、经济", "flooding, thermal environment, economy"),
          skip=(3,), prose="organise the key indicators in the dimensions of {list}"),
        N("adaptation_indicators", ("关键气候适应性指标数", "适应性评价指标项数"),
          ("Key climate-adaptation indicators", "Adaptation indicators"),
          (1, 1), [T(">", "24", ("项", ""), count=True), T(">=", "25", ("项", ""), count=True),
                   T(">", "20", ("", ""), count=True), T(">=", "25", ("", ""), count=True)],
          now=("8项", "8"), mid=("≥15项", "≥15"), prose="define {q} key climate-adaptation indicators"),
        N("energy_control_platform", ("街区级能源智能调控平台", "街区综合能源智慧管控平台"),
          ("Neighbourhood-level smart energy control platform", "District smart energy management platform"),
          (2, 0), [T("=", "1", ("套", ""), count=True), T("=", "1", ("套", ""), count=True),
                   T("=", "1", ("", ""), count=True), T("=", "1", ("", " set"), count=True)],
          now=("—", "—"), mid=("原型", "prototype"), prose="develop {q} neighbourhood-level smart energy control platform"),
        C("platform_functions", ("能源智能调控平台功能", "平台核心功能模块"),
          ("Functions of the energy control platform", "Core platform modules"),
          (2, 0), {"load_forecasting": ("负荷预测", "load forecasting"), "multi_energy_coordination": ("多能协调", "multi-energy coordination"),
                   "optimal_control": ("优化控制", "optimal control"), "_carbon": ("碳排放监测", "carbon monitoring")},
          [["load_forecasting", "multi_energy_coordination", "optimal_control"],
           ["load_forecasting", "multi_energy_coordination", "optimal_control", "_carbon"],
           ["load_forecasting", "multi_energy_coordination", "optimal_control"],
           ["load_forecasting", "optimal_control"]],
          now=("负荷预测", "load forecasting"), mid=("负荷预测、优化控制", "load forecasting, optimal control"),
          prose="give the platform {list} functions"),
        N("coordinated_supply_devices", ("可协调的供能设备种类", "可调度供能设备类型"),
          ("Kinds of energy-supply equipment coordinated", "Dispatchable supply equipment types"),
          (2, 0), [T(">=", "6", ("种", ""), count=True), T(">=", "6", ("种", ""), count=True),
                   T(">=", "6", ("", ""), count=True), T("=", "6", ("", " kinds"), count=True)],
          now=("3种", "3"), mid=("4种", "4"), prose="coordinate {q} kinds of energy-supply equipment"),
        N("renewable_energy_types", ("可协调的可再生能源类别", "接入可再生能源种类"),
          ("Types of renewable energy coordinated", "Renewable sources integrated"),
          (2, 0), [T("=", "3", ("类", ""), count=True), T(">=", "3", ("类", ""), count=True),
                   T("=", "3", ("", ""), count=True), T(">=", "4", ("", ""), count=True)],
          now=("1类", "1"), mid=("2类", "2"),
          prose="integrate {q} types of renewable energy (PV, shallow geothermal and biomass)"),
        N("weather_operating_modes", ("可应对的天气条件（运营模式）", "典型天气运行模式"),
          ("Weather conditions covered by operating modes", "Typical-weather operating modes"),
          (2, 0), [T(">=", "4", ("种", ""), count=True, word="以上"), T(">=", "4", ("种", ""), count=True),
                   T(">=", "4", ("", ""), count=True, word="or more"), T("=", "4", ("", ""), count=True)],
          now=("—", "—"), mid=("2种", "2"), skip=(1,), prose="provide operating modes for {q} weather conditions"),
        N("platform_test_duration", ("平台测试时间", "平台连续试运行时长"),
          ("Platform test duration", "Continuous trial operation of the platform"),
          (2, 1), [T(">=", "6", ("个月", ""), word="不少于"), T(">=", "6", ("个月", "")), T(">=", "1", ("", " year"), ans=[12]),
                   T(">=", "12", ("", " months"))],
          now=("—", "—"), mid=("启动试运行", "trial started"), skip=(3,), prose="test the platform for {q}"),
        N("demonstration_projects", ("多系统耦合的绿色低碳/零碳街区示范项目", "低碳/零碳示范街区"),
          ("Multi-system coupled low-/zero-carbon neighbourhood demonstration projects", "Low-/zero-carbon demonstration neighbourhoods"),
          (3, 0), [T(">=", "2", ("个", ""), count=True, word="以上"), T("=", "3", ("个", ""), count=True),
                   T("=", "3", ("", ""), count=True), T(">=", "2", ("", ""), count=True)],
          now=("—", "—"), mid=("1个（在建）", "1 (under construction)"),
          prose="complete {q} multi-system coupled low-/zero-carbon neighbourhood demonstration projects (Shanghai, Xiong'an and Hamburg)"),
        N("systematic_carbon_reduction", ("示范项目系统性减碳效果", "示范街区综合减碳率"),
          ("Systematic carbon reduction of the demonstration projects", "Overall carbon reduction in the demonstration neighbourhoods"),
          (3, 0), [T(">=", "35", ("%", ""), word="（含）以上"), T(">=", "35", ("%", "")), T(">=", "35", ("", "%")),
                   T(">=", "32", ("", "%"), hope="35")],
          now=("—", "—"), mid="≥20%", prose="achieve a systematic carbon reduction of {q} in every demonstration project"),
        N("cooperation_countries", ("合作国家（地区、国际组织）数", "国际合作伙伴覆盖国家/组织"),
          ("Partner countries (regions, international organisations)", "Countries and organisations cooperating"),
          (3, 1), [T("=", "4", ("个", ""), count=True), T(">=", "4", ("个", ""), count=True),
                   T("=", "4", ("", ""), count=True), T(">=", "4", ("", ""), count=True)],
          now=("2个", "2"), mid=("4个", "4"),
          prose="cooperate with {q} countries and international organisations (Germany, the Netherlands, the United Kingdom and UN-Habitat)"),
        Q("cooperation_foundation", ("国际合作团队深厚合作基础", "中外团队既有合作积累"),
          ("Strong record of cooperation of the international team", "Existing cooperation record of the Sino-foreign team"),
          (3, 1), ("具备", "build on a"), cell=("具备（已联合承担项目5项）", "In place (5 joint projects so far)"),
          mid=("—", "—"), skip=(0, 3)),
        Q("joint_papers", ("与国际同行联合撰写的高水平学术论文", "中外联合署名论文"),
          ("High-level papers published jointly with international peers", "Co-authored international papers"),
          (3, 1), ("发表", "publish"), cell=("发表不少于10篇", "At least 10 published"), mid=("4篇", "4"), skip=(1,)),
        N("international_seminars", ("城区与街区规划减碳技术国际交流与研讨会议", "国际研讨会"),
          ("International exchange and seminar meetings", "International workshops"),
          (3, 1), [T(">=", "3", ("次", ""), count=True, word="以上"), T("=", "4", ("次", ""), count=True),
                   T(">=", "4", ("", ""), count=True), T(">=", "3", ("", ""), count=True)],
          now=("—", "—"), mid=("1次", "1"), prose="hold {q} international exchange and seminar meetings"),
    ],
    notes={
        0: [("post", "上述减碳效果以2020年为基准年测算。指南要求完成2个以上示范项目、系统性减碳效果达到30%（含）以上。")],
        1: [("post", "注：现状值为团队既有平台和工具（2025年）的水平。")],
        2: [("pre", "The guide requires a toolbox of at least 30 climate-adaptation measures and more than 20 key indicators; our commitments follow.")],
        3: [("post", "The demonstration baseline year is 2020; emissions are accounted following the IPCC 2006 guidelines.")],
    },
    basis=(["中规院牵头编制《城市碳排放核算技术导则（试行）》，已有气候适应性工具箱含措施12种、指标8项；团队在上海、雄安开展低碳街区规划实践约15 km²。",
            "承担国家重点研发计划项目（2023YFC3804800），经费2100万元；与Technical University of Munich、Delft University of Technology已联合承担项目5项。",
            "UN-Habitat的城市气候行动计划覆盖60余个城市；University College London在城市能源系统建模方面有20年积累。"],
           ["The Academy drafted the trial technical guideline on urban emission accounting; its existing climate-adaptation toolbox has 12 measures and 8 indicators; the team has planned about 15 km² of low-carbon neighbourhoods in Shanghai and Xiong'an.",
            "It leads National Key R&D project 2023YFC3804800 (CNY 21 million) and has run 5 joint projects with the Technical University of Munich and Delft University of Technology.",
            "UN-Habitat's urban climate action planning covers more than 60 cities; University College London has 20 years of urban energy-system modelling."]),
    schedule=(["第1—12个月：核算方法与国际互认机制研究，工具箱扩充至20种措施。",
               "第13—18个月：平台原型，中期评估（示范街区1个开工）。",
               "第19个月至结题：平台测试运行、示范项目建成评估、标准导则报批。"],
              ["Months 1–12: accounting method and mutual-recognition mechanism; toolbox extended to 20 measures.",
               "Months 13–18: platform prototypes; mid-term review (first demonstration neighbourhood started).",
               "Month 19 to the end: platform trial operation, demonstration assessment, standards submitted."]),
    budget=[("设备费", "Equipment", 200, ("触屏工作台、服务器", "touch-screen tables, servers")),
            ("业务费", "Operating costs", 680, ("数据采集、示范监测", "data collection, demonstration monitoring")),
            ("劳务费", "Personnel", 220, ("研究生、规划师", "students, planners")),
            ("国际合作与交流费", "International cooperation and exchange", 200, ("研讨会、互访", "seminars, visits"))],
)

# ---------------------------------------------------------------------------
# 8.2 零碳燃料船舶动力系统关键技术联合研究和应用开发
# ---------------------------------------------------------------------------
D82 = dict(
    id="8.2", k=8, layouts="dbef",
    dtitle=("零碳燃料船舶动力系统关键技术联合研究和应用开发",
            "Joint research and application development of key technologies for zero-carbon-fuel marine power systems"),
    title=("船用氨/氢零碳燃料发动机燃烧与排放控制关键技术联合研究",
           "Combustion and emission control of ammonia/hydrogen zero-carbon marine engines: joint research"),
    durations=[("2027年1月—2029年12月", 36), ("2027年1月—2029年6月", 30), ("36 months", 36), ("January 2027 to December 2029", 36)],
    funding=1500, pi=("周磊 教授", "Prof. ZHOU Lei"), phone="021-3420 6608",
    participants=[
        ("上海交通大学", "Shanghai Jiao Tong University", "CN", "university", "lead"),
        ("中国船舶集团有限公司第七一一研究所", "Shanghai Marine Diesel Engine Research Institute (CSSC 711)", "CN", "institute", "member"),
        ("哈尔滨工程大学", "Harbin Engineering University", "CN", "university", "member"),
        ("潍柴动力股份有限公司", "Weichai Power Co., Ltd.", "CN", "enterprise", "member"),
        ("Winterthur Gas & Diesel Ltd.", "Winterthur Gas & Diesel Ltd.", "CH", "enterprise", "member"),
        ("Norwegian University of Science and Technology", "Norwegian University of Science and Technology", "NO", "university", "member"),
        ("Lund University", "Lund University", "SE", "university", "member"),
    ],
    research=[
        (["zero_carbon_power_system"], "氨、氢等零碳燃料船舶动力系统关键技术与应用开发",
         "Key technologies and application of ammonia, hydrogen and other zero-carbon-fuel marine power systems"),
        (["engine_thermodynamics"], "氨、氢发动机热力过程研究", "Thermodynamic processes of ammonia and hydrogen engines"),
        (["combustion_optimisation_control"], "氨、氢发动机燃烧优化和控制", "Combustion optimisation and control of ammonia and hydrogen engines"),
        (["nox_aftertreatment"], "发动机NOx排放后处理系统的应用开发", "Application development of the engine NOx after-treatment system"),
    ],
    rskip={3: [1]},
    tasks=[
        ("零碳燃料发动机原理样机", "Zero-carbon-fuel engine prototype",
         [("样机开发", "Prototype development"), ("样机性能", "Prototype performance")]),
        ("标准与规则提案", "Standard and rule proposals",
         [("国际标准提案", "International standard proposals"), ("碳捕集规则提案", "Carbon-capture rule proposals")]),
        ("国际合作", "International cooperation", [("合作国家", "Partner countries")]),
    ],
    items=[
        N("prototype_engine", ("氨、氢燃料船用发动机原理样机", "氨/氢船用发动机原理样机"),
          ("Ammonia/hydrogen marine engine proof-of-principle prototypes", "Ammonia or hydrogen marine engine demonstrators"),
          (0, 0), [T(">=", "1", ("款", ""), count=True, word="至少"), T("=", "2", ("款", ""), count=True),
                   T("=", "2", ("", ""), count=True), T(">=", "1", ("", ""), count=True, word="at least")],
          now=("单缸试验机", "single-cylinder test engine"), mid=("单缸机验证", "single-cylinder verification"),
          prose="develop {q} ammonia/hydrogen-fuelled marine engine proof-of-principle prototype"),
        N("zero_carbon_fuel_share", ("全工况零碳燃料运行比例", "零碳燃料替代率（全工况）"),
          ("Zero-carbon fuel share over all operating conditions", "Zero-carbon fuel substitution (all loads)"),
          (0, 1), [T("=", "100", ("%", "")), T("=", "100", ("%", "")), T("=", "100", ("", "%")), T("=", "100", ("", "%"))],
          now=("80%（高负荷）", "80% (high load)"), mid=("≥80%（高负荷）", "≥80% (high load)"),
          prose="run the prototype on {q} zero-carbon fuel under all operating conditions"),
        Q("nox_tier_iii", ("NOx排放满足IMO Tier III要求", "NOx排放达到IMO Tier III限值"),
          ("NOx emissions meeting IMO Tier III", "NOx within the IMO Tier III limit"),
          (0, 1), ("", "achieve"), cell=("满足（≤3.4 g/kWh）", "Met (≤3.4 g/kWh)"), now=("Tier II", "Tier II"),
          mid=("Tier II", "Tier II"), skip=(2,)),
        N("engine_efficiency", ("发动机有效效率", "整机有效热效率"), ("Engine brake efficiency", "Brake thermal efficiency"),
          (0, 1), [T(">=", "51", ("%", "")), T(">=", "50", ("%", ""), hope="52"), T(">=", "51", ("", "%")),
                   T(">=", "51", ("", "%"), word="not less than")],
          now=("48%（柴油模式）", "48% (diesel mode)"), mid="≥48%", prose="reach a brake efficiency {q}"),
        X(("氨逃逸", "未燃氨排放"), ("Ammonia slip", "Unburnt ammonia"), (0, 1), T("<=", "10", ("ppm", " ppm")),
          now="35 ppm", mid="≤20 ppm", skip=(0,), prose="limit the ammonia slip to {q}"),
        N("standard_proposals", ("船舶低碳动力/燃料相关国际标准或技术规范提案", "ISO/IMO船用氨燃料技术规范提案"),
          ("Proposals for international standards or technical specifications on low-carbon marine power or fuels", "ISO/IMO proposals on ammonia marine fuel"),
          (1, 0), [T(">=", "2", ("份", ""), count=True), T("=", "2", ("份", ""), count=True),
                   T(">=", "2", ("", ""), count=True), T("=", "2", ("", ""), count=True)],
          now=("0", "0"), mid=("1份草案", "1 draft"), skip=(3,),
          prose="submit {q} proposals for international standards or technical specifications on low-carbon marine power and fuels"),
        N("carbon_capture_rule_proposals", ("船舶碳捕集相关领域国际规则或技术标准相关提案", "船载碳捕集国际规则提案"),
          ("Proposals for international rules or technical standards on ship carbon capture", "Onboard carbon capture rule proposals"),
          (1, 1), [T("range", ("1", "2"), ("份", ""), count=True), T("=", "2", ("份", ""), count=True),
                   T("range", ("1", "2"), ("", ""), count=True), T(">=", "1", ("", ""), count=True)],
          now=("0", "0"), mid=("草案", "draft"),
          prose="form {q} proposal for international rules or technical standards on ship carbon capture"),
        N("foreign_co_proposers", ("国外联合提案方", "外方联合提案单位"), ("Foreign co-proposers", "Foreign co-sponsors of the proposals"),
          (1, 1), [T(">=", "2", ("个", ""), count=True), T("=", "2", ("个", ""), count=True),
                   T(">=", "2", ("", ""), count=True), T(">=", "2", ("", ""), count=True)],
          now=("—", "—"), mid=("1个", "1"), prose="secure {q} foreign co-proposers for these proposals"),
        N("cooperation_countries", ("开展实质性合作的国家（地区、国际组织）数", "实质合作国家数"),
          ("Countries (regions, international organisations) in substantive cooperation", "Partner countries"),
          (2, 0), [T("=", "3", ("个", ""), count=True), T(">=", "3", ("个", ""), count=True),
                   T("=", "3", ("", ""), count=True), T("=", "3", ("", ""), count=True)],
          now=("2个", "2"), mid=("3个", "3"), skip=(1,),
          prose="cooperate substantively with {q} countries (Switzerland, Norway and Sweden)"),
    ],
    notes={
        0: [("pre", "指南要求发动机有效效率不应低于50%，本项目目标见下表。")],
        1: [("post", "测试工况：按ISO 8178 E3循环，25%、50%、75%、100%负荷点。")],
        2: [("pre", "All targets refer to the prototype tested on the ISO 8178 E3 cycle (25 %, 50 %, 75 % and 100 % load).")],
        3: [("post", "For reference, the IMO Tier III limit for engines below 130 rpm is 3.4 g/kWh.")],
    },
    basis=(["团队研制的氨-柴油双燃料单缸机氨能量替代率达到80%，有效效率48%（柴油模式）；建有2 MW级船用发动机试验台。",
            "承担高技术船舶科研项目（CJ05N20）和国家重点研发计划项目（2022YFB4300700），经费合计3000万元。",
            "Winterthur Gas & Diesel Ltd.的X-DF系列双燃料低速机已交付300余台；Norwegian University of Science and Technology拥有船舶动力实验室；Lund University在氨燃烧光学诊断方面经验丰富。"],
           ["Our ammonia–diesel dual-fuel single-cylinder engine substitutes 80 % of the energy with ammonia at 48 % brake efficiency (diesel mode); the team runs a 2 MW marine engine test bed.",
            "It leads high-tech ship project CJ05N20 and National Key R&D project 2022YFB4300700 (CNY 30 million in total).",
            "Winterthur Gas & Diesel Ltd. has delivered more than 300 X-DF dual-fuel engines; the Norwegian University of Science and Technology runs a marine power laboratory; Lund University is experienced in optical diagnostics of ammonia combustion."]),
    schedule=(["第1—12个月：氨/氢燃烧机理与单缸机试验。",
               "第13—18个月：中期检查（单缸机高负荷零碳燃料比例≥80%）。",
               "第19个月至结题：多缸原理样机集成、后处理匹配、提案提交。"],
              ["Months 1–12: ammonia/hydrogen combustion mechanisms and single-cylinder tests.",
               "Months 13–18: mid-term review (≥80 % zero-carbon fuel at high load on the single-cylinder engine).",
               "Month 19 to the end: multi-cylinder prototype, after-treatment matching, proposals submitted."]),
    budget=[("设备费", "Equipment", 500, ("燃料供给系统、排放分析仪", "fuel supply system, emission analysers")),
            ("业务费", "Operating costs", 700, ("台架试验、燃料", "bench tests, fuel")),
            ("劳务费", "Personnel", 150, ("研究生", "students")),
            ("国际合作与交流费", "International cooperation and exchange", 150, ("联合试验、互访", "joint tests, visits"))],
)

# ---------------------------------------------------------------------------
# 9.5 城市温室气体与大气污染物协同控制及监测评估联合研究
# ---------------------------------------------------------------------------
D95 = dict(
    id="9.5", k=9, layouts="ecfa",
    dtitle=("城市温室气体与大气污染物协同控制及监测评估联合研究",
            "Joint research on the co-control, monitoring and assessment of urban greenhouse gases and air pollutants"),
    title=("城市与工业园区减污降碳协同监测评估关键技术中欧联合研究",
           "Co-monitoring and assessment of greenhouse gases and air pollutants in cities and industrial parks: Sino-European joint research"),
    durations=[("2027年1月—2029年12月", 36), ("36个月", 36), ("3 years", 36), ("July 2027 – December 2029", 30)],
    funding=1300, pi=("赵明远 教授", "Prof. ZHAO Mingyuan"), phone="010-6275 9922",
    participants=[
        ("北京大学", "Peking University", "CN", "university", "lead"),
        ("中国环境科学研究院", "Chinese Research Academy of Environmental Sciences", "CN", "institute", "member"),
        ("南京信息工程大学", "Nanjing University of Information Science & Technology", "CN", "university", "member"),
        ("聚光科技（杭州）股份有限公司", "Focused Photonics (Hangzhou) Inc.", "CN", "enterprise", "member"),
        ("Max Planck Institute for Biogeochemistry", "Max Planck Institute for Biogeochemistry", "DE", "institute", "member"),
        ("University of Leicester", "University of Leicester", "GB", "university", "member"),
    ],
    research=[
        (["co_control_pathway_design"], "研究不同发展阶段城市的温室气体与大气污染物协同控制路径设计技术方法",
         "Design methods for co-control pathways of GHGs and air pollutants in cities at different stages of development"),
        (["industrial_park_measurement"], "以工业园区为重点，综合卫星遥感和地面监测，研究高时空分辨精准测量、反演溯源与排放量化技术",
         "High-resolution measurement, inversion, source tracing and emission quantification for industrial parks, combining satellite and ground monitoring"),
        (["fused_inventory"], "研究自下而上核算与自上而下反演结合的城市融合清单技术",
         "An urban fused inventory combining bottom-up accounting and top-down inversion"),
        (["inventory_uncertainty"], "研究融合清单不确定性评估技术", "Uncertainty assessment of the fused inventory"),
        (["co_control_performance"], "研究城市协同控制效果和绩效评估技术体系", "An evaluation system for the effects and performance of urban co-control"),
    ],
    rskip={0: [3], 3: [4]},
    tasks=[
        ("协同控制方案编制", "Co-control planning", [("技术指南", "Technical guideline")]),
        ("工业园区排放监测与评估", "Industrial-park emission monitoring and assessment",
         [("监测评估体系", "Monitoring and assessment system"), ("反演与核查", "Inversion and verification")]),
        ("城市排放核算与减排评估", "Urban emission accounting and mitigation assessment", [("核算模型", "Accounting model")]),
    ],
    items=[
        Q("co_control_guideline", ("城市温室气体与大气污染物协同控制方案编制技术指南", "城市减污降碳协同方案编制指南"),
          ("Technical guideline for drafting urban co-control plans for GHGs and air pollutants", "Guide to preparing urban pollution–carbon co-control plans"),
          (0, 0), ("提出", "propose a"), cell=("提出并报送主管部门", "Proposed and submitted to the competent authority"),
          now=("无", "none"), mid=("征求意见稿", "consultation draft"), skip=(1,)),
        X(("协同控制示范城市", "开展方案试点的城市"), ("Pilot cities", "Cities piloting the plans"), (0, 0),
          T(">=", "3", ("个", ""), count=True), now=("1个", "1"), mid=("2个", "2"), skip=(0,),
          prose="pilot the co-control plans in {q} cities"),
        N("park_monitoring_system", ("工业园区温室气体与大气污染物排放监测与评估体系及误差估算方法", "园区“天-空-地”排放监测评估体系"),
          ("Emission monitoring and assessment system with error estimation method for industrial parks", "Satellite–airborne–ground park emission monitoring system"),
          (1, 0), [T("=", "1", ("套", "")), T("=", "一", ("套", ""), ans=[1]), T("=", "1", ("", ""), count=True),
                   T("=", "1", ("", " set"), count=True)],
          now=("走航监测", "mobile monitoring only"), mid=("原型", "prototype"),
          prose="establish {q} emission monitoring and assessment system, with an error-estimation method, for industrial parks"),
        N("fugitive_inversion_uncertainty", ("无组织源反演系统排放量测量不确定度", "无组织排放反演不确定度"),
          ("Uncertainty of fugitive-source emissions measured by the inversion system", "Fugitive emission inversion uncertainty"),
          (1, 1), [T("<", "25", ("%", ""), word="优于", cellword=True), T("<", "25", ("%", ""), word="优于"),
                   T("<", "25", ("", "%"), word="better than"), T("<=", "25", ("", "%"))],
          now="40%", mid="≤35%", prose="measure fugitive-source emissions with an inversion uncertainty {q}"),
        N("verification_time", ("1平方公里尺度核查时间", "单位平方公里核查用时"),
          ("Verification time at the 1 km² scale", "Time to verify 1 km²"),
          (1, 1), [T("<=", "12", ("h", ""), ans=[0.5]), T("<=", "12", ("小时", ""), ans=[0.5]), T("<=", "1", ("", " day")),
                   T("<=", "0.5", ("", " day"))],
          now=("3天", "3 days"), mid=("≤2天", "≤2 days"), skip=(3,), prose="complete a verification at the 1 km² scale in {q}"),
        N("location_accuracy", ("定位精度", "排放源定位误差"), ("Localisation accuracy", "Source localisation error"),
          (1, 1), [T("<=", "15", ("米", "")), T("pm", "15", ("米", ""), word="达到"), T("<=", "15", ("", " m")),
                   T("pm", "15", ("", " m"))],
          now=("50米", "50 m"), mid=("≤30米", "≤30 m"), prose="locate emission sources with an error of {q}"),
        N("accounting_model", ("数据驱动的城市排放量核算及减排效果评估模型", "城市排放核算—减排评估一体化数据模型"),
          ("Data-driven model for urban emission accounting and mitigation assessment", "Integrated data model for emission accounting and mitigation assessment"),
          (2, 0), [T("=", "1", ("套", "")), T("=", "一", ("套", ""), ans=[1]), T("=", "1", ("", ""), count=True),
                   T(">=", "1", ("", " set"), count=True)],
          now=("—", "—"), mid=("模型框架", "framework"),
          prose="form {q} data-driven model for urban emission accounting and mitigation-effect assessment"),
        X(("融合清单空间分辨率", "清单网格分辨率"), ("Spatial resolution of the fused inventory", "Inventory grid resolution"),
          (2, 0), T("<=", "1", ("km", " km")), now="3 km", mid="≤2 km", skip=(2,),
          prose="resolve the fused inventory at {q}"),
    ],
    notes={
        0: [("pre", "指南要求无组织源反演不确定度优于30%、1平方公里尺度核查时间≤1天、定位精度≤20米；本项目各子目标的目标值如下。")],
        1: [("post", "注：核查试验区为2 km×2 km园区网格，不确定度按95%置信水平计。")],
        2: [("post", "The present inversion uncertainty of about 40 % (2024 campaign) is the baseline.")],
        3: [("post", "Current levels refer to the 2024 Tangshan campaign.")],
    },
    basis=(["团队在唐山、宁波开展园区走航与无人机观测，现有无组织源反演不确定度约40%，定位误差约50米，1平方公里核查需3天。",
            "承担国家重点研发计划项目（2022YFC3700300），经费2800万元；建成全国城市CO₂/PM2.5融合清单（2020年，3 km分辨率）。",
            "Max Planck Institute for Biogeochemistry运行ICOS高塔观测网；University of Leicester在TROPOMI卫星反演方面经验丰富。"],
           ["The team has run mobile and drone campaigns in the Tangshan and Ningbo industrial parks; the present fugitive inversion uncertainty is about 40 %, the localisation error about 50 m, and verifying 1 km² takes 3 days.",
            "It leads National Key R&D project 2022YFC3700300 (CNY 28 million) and built a national urban CO₂/PM2.5 fused inventory for 2020 at 3 km resolution.",
            "The Max Planck Institute for Biogeochemistry operates ICOS tall towers; the University of Leicester has long experience with TROPOMI retrievals."]),
    schedule=(["第1—12个月：园区立体监测网络布设，反演算法改进。",
               "第13—18个月：中期检查（反演不确定度≤35%）。",
               "第19个月至结题：体系定型、模型集成、技术指南报送。"],
              ["Months 1–12: park monitoring network; improved inversion algorithms.",
               "Months 13–18: mid-term review (inversion uncertainty ≤35 %).",
               "Month 19 to the end: system finalised, model integrated, guideline submitted."]),
    budget=[("设备费", "Equipment", 420, ("激光光谱仪、无人机平台", "laser spectrometers, drones")),
            ("业务费", "Operating costs", 560, ("外场观测、卫星数据", "field campaigns, satellite data")),
            ("劳务费", "Personnel", 160, ("研究生", "students")),
            ("国际合作与交流费", "International cooperation and exchange", 160, ("联合观测、互访", "joint campaigns, visits"))],
)

# ---------------------------------------------------------------------------
# 10.1 基于人工智能和多组学数据的脑血管病表型及预后的遗传机制与干预研究
# ---------------------------------------------------------------------------
D101 = dict(
    id="10.1", k=10, layouts="aebf",
    dtitle=("基于人工智能和多组学数据的脑血管病表型及预后的遗传机制与干预研究",
            "Genetic mechanisms of cerebrovascular disease phenotypes and prognosis, and interventions, based on artificial intelligence and multi-omics data"),
    title=("人工智能驱动的多组学卒中表型、预后遗传机制与干预靶点国际合作研究",
           "AI-driven multi-omics study of stroke phenotypes, the genetics of prognosis and intervention targets: an international collaboration"),
    durations=[("2027年1月—2029年12月", 36), ("30个月", 30), ("3 years", 36), ("2027–2029 (36 months)", 36)],
    funding=1500, pi=("王建平 主任医师", "Dr WANG Jianping"), phone="010-5997 8311",
    participants=[
        ("首都医科大学附属北京天坛医院", "Beijing Tiantan Hospital, Capital Medical University", "CN", "hospital", "lead"),
        ("复旦大学", "Fudan University", "CN", "university", "member"),
        ("中国科学院自动化研究所", "Institute of Automation, Chinese Academy of Sciences", "CN", "institute", "member"),
        ("深圳华大基因股份有限公司", "BGI Genomics Co., Ltd.", "CN", "enterprise", "member"),
        ("University of Oxford", "University of Oxford", "GB", "university", "member"),
        ("Massachusetts General Hospital", "Massachusetts General Hospital", "US", "hospital", "member"),
        ("McMaster University", "McMaster University", "CA", "university", "member"),
    ],
    research=[
        (["ai_multiomics_integration"], "利用人工智能技术开发模型算法，整合分析脑血管病基因组、转录组、蛋白组和代谢组数据",
         "AI algorithms integrating genomic, transcriptomic, proteomic and metabolomic data of cerebrovascular disease"),
        (["phenotype_genetic_mechanism"], "深入解析脑血管病表型及分子遗传学机制", "In-depth analysis of cerebrovascular phenotypes and their molecular genetics"),
        (["subtype_heterogeneity"], "探索脑血管病亚类及人群异质性", "Subtypes of cerebrovascular disease and population heterogeneity"),
        (["recurrence_disability_mechanism"], "揭示卒中复发与致残预后的潜在机制", "Mechanisms behind stroke recurrence and disability"),
        (["intervention_targets"], "发现改善患者预后的新治疗干预靶点", "New intervention targets to improve patient outcomes"),
        (["prognosis_risk_model", "risk_stratified_care"], "研发基于人工智能的预后风险预测模型，指导基于风险分层的精准诊疗",
         "AI-based prognostic risk models guiding risk-stratified precision care"),
    ],
    rskip={1: [3], 2: [2]},
    tasks=[
        ("遗传机制与异质性", "Genetic mechanisms and heterogeneity", [("亚类异质性", "Subtype heterogeneity")]),
        ("预后生物标志物与干预靶点", "Prognostic biomarkers and intervention targets", [("生物标志物", "Biomarkers"), ("干预靶点", "Intervention targets")]),
        ("AI预后预测模型", "AI prognostic models", [("模型构建", "Model development")]),
        ("知识产权", "Intellectual property", [("专利", "Patents")]),
    ],
    items=[
        Q("subtype_heterogeneity_revealed", ("脑血管病亚类遗传学机制、疾病预后和药物治疗反应的异质性", "卒中亚型遗传结构与预后/药物反应差异"),
          ("Heterogeneity of subtype genetic mechanisms, prognosis and drug response", "Differences in genetic architecture, outcome and drug response across stroke subtypes"),
          (0, 0), ("揭示", "reveal the"), cell=("揭示", "Revealed"), now=("—", "—"), mid=("完成亚型划分", "subtypes defined"), skip=(2,)),
        Q("clinical_precision_guidance", ("临床精准诊疗指导方案", "基于风险分层的个体化诊疗建议"),
          ("Guidance for clinical precision diagnosis and treatment", "Risk-stratified individualised care recommendations"),
          (0, 0), ("形成", "issue"), cell=("形成并在3家中心试用", "Issued and piloted at 3 centres"), now=("—", "—"),
          mid=("—", "—"), skip=(1,)),
        N("prognostic_biomarkers", ("影响脑血管病预后的关键生物标志物", "预后相关关键分子标志物"),
          ("Key biomarkers affecting cerebrovascular prognosis", "Key prognostic molecular markers"),
          (1, 0), [T(">=", "12", ("个", "")), T(">=", "12", ("个", ""), count=True), T("range", ("12", "15"), ("", ""), count=True),
                   T(">=", "12", ("", ""), count=True)],
          now=("3个", "3"), mid=("≥5个", "≥5"), prose="discover {q} key biomarkers affecting cerebrovascular prognosis"),
        Q("intervention_targets_explored", ("潜在干预靶点", "可成药干预靶点"), ("Potential intervention targets", "Druggable intervention targets"),
          (1, 1), ("探索", "explore"), cell=("完成探索与功能验证", "Explored and functionally validated"), now=("—", "—"),
          mid=("候选靶点清单", "candidate list"), skip=(0,)),
        N("prognostic_models", ("基于人工智能和多组学数据的脑血管病预后预测模型", "AI多组学卒中预后模型"),
          ("AI and multi-omics prognostic prediction models for cerebrovascular disease", "AI multi-omics stroke outcome models"),
          (2, 0), [T(">=", "4", ("个", "")), T(">=", "3", ("个", ""), count=True), T("=", "4", ("", ""), count=True),
                   T(">=", "4", ("", ""), count=True, word="at least")],
          now=("1个", "1"), mid=("2个", "2"), prose="build {q} AI-based multi-omics prognostic prediction models"),
        X(("预后模型区分度（AUC）", "模型外部验证AUC"), ("Discrimination of the models (AUC)", "External-validation AUC"),
          (2, 0), T(">=", "0.80", ("", "")), now="0.72", mid="≥0.75", skip=(3,), prose="reach an AUC of {q}"),
        N("invention_patent_applications", ("申请发明专利", "发明专利申请量"), ("Invention patent applications", "Patent filings"),
          (3, 0), [T(">=", "10", ("个", "")), T(">=", "10", ("项", ""), count=True), T(">=", "10", ("", ""), count=True),
                   T(">=", "10", ("", ""), count=True, word="or more")],
          now=("—", "—"), mid=("4项", "4"), prose="file {q} invention patent applications"),
    ],
    notes={
        0: [("post", "说明：指南要求发现关键生物标志物≥10个、构建预后预测模型≥3个、申请发明专利≥8个。")],
        1: [("pre", "研究队列：中国国家卒中登记（CNSR-III，15166例）及UK Biobank（约50万人）。")],
        2: [("post", "Model discrimination is expected to reach about 0.85 (AUC) in internal validation.")],
        3: [("pre", "Data come from CNSR-III (15,166 patients, 12-month follow-up) and UK Biobank (about 500,000 participants).")],
    },
    basis=(["北京天坛医院牵头的中国国家卒中登记（CNSR-III）纳入15166例患者，已完成全基因组测序10000例；团队已发现预后相关标志物3个，现有预后模型AUC为0.72。",
            "承担国家重点研发计划项目（2022YFC2504900）等，经费3500万元；发表论文（IF>10）42篇。",
            "University of Oxford负责UK Biobank卒中亚队列分析；Massachusetts General Hospital主持GASROS研究（4000余例）；McMaster University牵头INTERSTROKE研究（32个国家）。"],
           ["The China National Stroke Registry III (CNSR-III), led by Beijing Tiantan Hospital, enrolled 15,166 patients; 10,000 genomes have been sequenced. The team has found 3 prognostic markers; its current prognostic model has an AUC of 0.72.",
            "It leads National Key R&D project 2022YFC2504900 and others (CNY 35 million) and has published 42 papers with IF above 10.",
            "The University of Oxford analyses the UK Biobank stroke sub-cohort; Massachusetts General Hospital leads GASROS (over 4,000 patients); McMaster University leads INTERSTROKE (32 countries)."]),
    schedule=(["第1—12个月：多组学数据整合与质控，亚型划分。",
               "第13—18个月：中期检查（发现标志物≥5个，构建模型2个）。",
               "第19个月至结题：靶点功能验证、模型外部验证、专利申请。"],
              ["Months 1–12: multi-omics integration and quality control; subtype definition.",
               "Months 13–18: mid-term review (≥5 markers, 2 models).",
               "Month 19 to the end: target validation, external validation of the models, patent filings."]),
    budget=[("设备费", "Equipment", 200, ("GPU服务器", "GPU servers")),
            ("业务费", "Operating costs", 900, ("测序、蛋白组检测", "sequencing, proteomics")),
            ("劳务费", "Personnel", 200, ("研究助理、研究生", "research assistants, students")),
            ("国际合作与交流费", "International cooperation and exchange", 200, ("数据分析合作、互访", "joint analysis, visits"))],
)

# ---------------------------------------------------------------------------
# 10.3 心血管病多模态影像智能诊断国际合作研究
# ---------------------------------------------------------------------------
D103 = dict(
    id="10.3", k=11, layouts="bcfd",
    dtitle=("心血管病多模态影像智能诊断国际合作研究",
            "International collaborative research on AI-based multimodal imaging diagnosis of cardiovascular disease"),
    title=("基于心脏磁共振的多模态影像人工智能一站式诊断系统国际合作研究",
           "A one-stop AI diagnosis system for multimodal cardiac imaging centred on cardiac MR: an international collaboration"),
    durations=[("2027年1月—2029年12月", 36), ("2027年1月至2029年6月", 30), ("3 years", 36), ("36 months", 36)],
    funding=1200, pi=("陈红 主任医师", "Dr CHEN Hong"), phone="010-8839 8188",
    participants=[
        ("中国医学科学院阜外医院", "Fuwai Hospital, Chinese Academy of Medical Sciences", "CN", "hospital", "lead"),
        ("清华大学", "Tsinghua University", "CN", "university", "member"),
        ("四川大学华西医院", "West China Hospital, Sichuan University", "CN", "hospital", "member"),
        ("上海联影智能医疗科技有限公司", "Shanghai United Imaging Intelligence Co., Ltd.", "CN", "enterprise", "member"),
        ("King's College London", "King's College London", "GB", "university", "member"),
        ("Charité – Universitätsmedizin Berlin", "Charité – Universitätsmedizin Berlin", "DE", "hospital", "member"),
        ("Stanford University", "Stanford University", "US", "university", "member"),
    ],
    research=[
        (["cmr_one_stop_model"], "建立心脏磁共振“一站式”智能化后处理分析和诊断模型",
         "A one-stop intelligent post-processing, analysis and diagnosis model for cardiac MR"),
        (["auto_segmentation"], "实现冠脉、心房、心室的人工智能自动分割", "AI segmentation of coronary arteries, atria and ventricles"),
        (["auto_quantification", "late_enhancement_detection"], "自动分析冠脉狭窄、心房心室大小及心功能参数，自动识别心肌延迟强化区域",
         "Automatic quantification of coronary stenosis, chamber size and function, and detection of late gadolinium enhancement"),
        (["multimodal_fusion_models"], "融合PET/CT、CTA等多模态影像，建立缺血性和非缺血性心脏病诊断模型",
         "Diagnosis models for ischaemic and non-ischaemic heart disease fusing PET/CT, CTA and other modalities"),
        (["model_applications"], "将模型用于早期诊断、随访治疗和预后评估", "Use of the models for early diagnosis, follow-up and prognosis"),
        (["multimodal_diagnosis_system_development"], "开发具有自主知识产权的心脏病多模态智能诊断系统",
         "A multimodal intelligent heart-disease diagnosis system with own intellectual property"),
        (["promotion_application"], "开展推广应用", "Promotion and uptake"),
    ],
    rskip={0: [4], 3: [1]},
    tasks=[
        ("国际合作与系统研发", "International cooperation and system development",
         [("后处理与诊断系统", "Post-processing and diagnosis systems"), ("配套软件", "Supporting software")]),
        ("多中心数据库", "Multicentre database", [("数据库建设", "Database")]),
        ("一站式AI诊断模型", "One-stop AI diagnosis models", [("模型覆盖", "Model coverage")]),
        ("推广应用", "Uptake", [("医院推广", "Hospital uptake")]),
    ],
    items=[
        Q("international_cooperation", ("通过国际合作借鉴国外先进技术和经验", "引进吸收国外CMR后处理先进经验"),
          ("Drawing on advanced foreign technology and experience through international cooperation", "Adopting foreign CMR post-processing know-how"),
          (0, 0), ("", "commit to"), cell=("完成（联合培养6人次）", "Done (6 staff exchanges)"), mid=("3人次", "3 exchanges"), skip=(2,)),
        N("cmr_postprocessing_system", ("心脏磁共振智能化后处理分析系统", "CMR一站式AI后处理软件平台"),
          ("Intelligent CMR post-processing and analysis system", "One-stop AI CMR post-processing platform"),
          (0, 0), [T("=", "1", ("套", "")), T("=", "一", ("套", ""), ans=[1]), T("=", "1", ("", ""), count=True),
                   T("=", "1", ("", " set"), count=True)],
          now=("商业软件人工后处理", "manual work on commercial software"), mid=("原型", "prototype"),
          prose="build {q} intelligent post-processing and analysis system for cardiac MR"),
        N("multimodal_diagnosis_system", ("基于CMR、PET/CT和CTA的心脏病多模态智能诊断系统", "多模态心脏影像融合诊断系统"),
          ("Multimodal heart-disease diagnosis system based on CMR, PET/CT and CTA", "Multimodal cardiac imaging fusion diagnosis system"),
          (0, 0), [T("=", "1", ("套", "")), T("=", "1", ("套", "")), T("=", "1", ("", ""), count=True),
                   T(">=", "1", ("", " set"), count=True)],
          now=("—", "—"), mid=("原型", "prototype"),
          prose="develop {q} multimodal intelligent heart-disease diagnosis system based on CMR, PET/CT and CTA"),
        N("supporting_software", ("配套软件", "配套软件包"), ("Supporting software packages", "Companion software packages"),
          (0, 1), [T(">=", "3", ("套", "")), T(">=", "3", ("套", ""), count=True, word="至少"),
                   T(">=", "3", ("", ""), count=True, word="at least"), T("=", "3", ("", ""), count=True)],
          now=("0", "0"), mid=("1套", "1"), prose="develop {q} supporting software packages"),
        Q("international_leading_level", ("数据安全性和软件易用性达到国际领先水平", "数据安全与易用性国际领先"),
          ("Internationally leading data security and software usability", "World-leading data security and ease of use"),
          (0, 1), ("", "achieve"), cell=("达到", "Achieved"), mid=("—", "—"), skip=(0, 3)),
        N("database_centers", ("数据库参与中心数", "多中心数据库覆盖中心"),
          ("Centres contributing to the database", "Participating centres in the database"),
          (1, 0), [T(">=", "6", ("个", "")), T(">=", "6", ("个", ""), count=True), T(">=", "6", ("", ""), count=True),
                   T("=", "8", ("", ""), count=True)],
          now=("3个", "3"), mid=("4个", "4"), prose="pool data from {q} centres"),
        N("database_cases", ("数据库病例数", "入库病例（含临床与多模态影像）"),
          ("Cases in the database", "Enrolled cases with clinical and multimodal imaging data"),
          (1, 0), [T(">=", "1500", ("例", "")), T(">=", "1500", ("例", ""), count=True), T(">=", "1,500", ("", " cases"), count=True),
                   T(">=", "1,200", ("", " cases"), count=True)],
          now=("420例", "420"), mid=("≥800例", "≥800"), prose="build a database holding {q}"),
        Q("database_content", ("数据库包含临床资料和多模态影像资料的缺血性及非缺血性心脏病病例", "库内病例均含临床与多模态影像资料"),
          ("Database of ischaemic and non-ischaemic cases with clinical and multimodal imaging data", "Case library combining clinical and multimodal imaging data"),
          (1, 0), ("", "build a"), cell=("满足", "Met"), mid=("—", "—"), skip=(1,)),
        Q("ischemic_heart_disease_model", ("缺血性心脏病诊断模型", "冠心病心肌缺血AI诊断模型"),
          ("Diagnosis model for ischaemic heart disease", "AI model for coronary ischaemia"),
          (2, 0), ("提供", "provide a"), cell=("提供", "Provided"), mid=("完成训练", "trained"), skip=(1,)),
        N("non_ischemic_disease_classes", ("诊断模型涵盖的非缺血性心脏病类别", "非缺血性心肌病覆盖病种"),
          ("Classes of non-ischaemic heart disease covered", "Non-ischaemic cardiomyopathy classes covered"),
          (2, 0), [T("=", "3", ("类", "")), T(">=", "3", ("类", ""), count=True), T("=", "3", ("", ""), count=True),
                   T("=", "4", ("", " classes"), count=True)],
          now=("1类", "1"), mid=("1类", "1"),
          prose="cover {q} classes of non-ischaemic heart disease (amyloidosis, immune-mediated heart disease and right-ventricular disease due to pulmonary hypertension)"),
        N("diagnosis_models", ("一站式人工智能诊断模型", "一站式AI诊断模型（诊断+疗效+预后）"),
          ("One-stop AI diagnosis models", "One-stop AI models (diagnosis, response, prognosis)"),
          (2, 0), [T(">=", "4", ("种", "")), T("=", "4", ("种", ""), count=True), T(">=", "4", ("", ""), count=True, word="at least"),
                   T("=", "5", ("", ""), count=True)],
          now=("1种", "1"), mid=("2种", "2"), prose="provide {q} one-stop AI diagnosis models"),
        C("model_functions", ("诊断模型包含的功能", "模型功能模块"), ("Functions of the diagnosis models", "Model modules"),
          (2, 0), {"intelligent_diagnosis": ("智能化诊断", "intelligent diagnosis"), "efficacy_evaluation": ("疗效评价", "treatment-efficacy evaluation"),
                   "prognosis_assessment": ("预后评估", "prognosis assessment"), "_followup": ("随访管理", "follow-up management")},
          [["intelligent_diagnosis", "efficacy_evaluation", "prognosis_assessment"], ["intelligent_diagnosis", "efficacy_evaluation", "prognosis_assessment"],
           ["intelligent_diagnosis", "prognosis_assessment"], ["intelligent_diagnosis", "efficacy_evaluation", "prognosis_assessment", "_followup"]],
          now=("智能化诊断", "intelligent diagnosis"), mid=("智能化诊断", "intelligent diagnosis"),
          prose="build {list} into every model"),
        N("promotion_hospitals", ("国内推广使用医院数", "国内应用推广医院"), ("Hospitals in China using the models", "Adopting hospitals in China"),
          (3, 0), [T(">=", "12", ("家", "")), T(">=", "12", ("家", ""), count=True), T(">=", "12", ("", ""), count=True),
                   T("approx", "15", ("", " hospitals"), count=True)],
          now=("2家", "2"), mid=("5家", "5"), prose="roll the models out to {q} hospitals in China"),
    ],
    notes={
        0: [("pre", "指南要求：建立不少于5个中心、不少于1000例的数据库，提供至少4种一站式人工智能诊断模型，在国内不少于10家医院推广使用。")],
        1: [("post", "注：CMR扫描采用1.5 T/3.0 T设备，电影序列层厚8 mm。")],
        2: [("post", "The models will also be offered to about 5 partner hospitals abroad.")],
        3: [("pre", "Deliverables below are committed for month 36 unless marked as approximate.")],
    },
    basis=(["阜外医院CMR中心年检查量逾12000例，已建立3个中心420例缺血性与非缺血性心脏病多模态影像库；现有分割模型Dice系数0.86。",
            "承担国家重点研发计划项目（2021YFF0501400），经费1800万元；获软件著作权7项。",
            "King's College London在UK Biobank 5000例CMR上开发了自动分割方法；Charité – Universitätsmedizin Berlin的心脏淀粉样变队列逾600例；Stanford University AIMI中心提供模型安全评估经验。"],
           ["Fuwai Hospital's CMR centre performs more than 12,000 examinations a year; it has built a multimodal imaging library of 420 ischaemic and non-ischaemic cases from 3 centres; the current segmentation model reaches a Dice coefficient of 0.86.",
            "The team leads National Key R&D project 2021YFF0501400 (CNY 18 million) and holds 7 software copyrights.",
            "King's College London developed automated segmentation on 5,000 UK Biobank CMR scans; Charité – Universitätsmedizin Berlin follows more than 600 cardiac amyloidosis patients; the Stanford University AIMI centre contributes model safety evaluation."]),
    schedule=(["第1—12个月：多中心数据库建设（≥800例），分割模型训练。",
               "第13—18个月：中期检查（完成2种一站式模型）。",
               "第19个月至结题：多模态融合系统集成、配套软件、国内医院推广。"],
              ["Months 1–12: multicentre database (≥800 cases); segmentation model training.",
               "Months 13–18: mid-term review (2 one-stop models).",
               "Month 19 to the end: multimodal system integration, supporting software, roll-out to hospitals in China."]),
    budget=[("设备费", "Equipment", 260, ("GPU服务器、存储", "GPU servers, storage")),
            ("业务费", "Operating costs", 600, ("数据标注、随访", "annotation, follow-up")),
            ("劳务费", "Personnel", 200, ("研究助理", "research assistants")),
            ("国际合作与交流费", "International cooperation and exchange", 140, ("联合培养、互访", "exchanges, visits"))],
)

DIRECTIONS = [D13, D21, D23, D34, D41, D54, D63, D72, D82, D95, D101, D103]

# ---------------------------------------------------------------------------
# Document assembly
# ---------------------------------------------------------------------------

KIND_LABEL = {"university": ("高校", "university"), "institute": ("科研院所", "research institute"),
              "enterprise": ("企业", "enterprise"), "hospital": ("医院", "hospital"),
              "other": ("其他（国际组织/行业组织）", "other (international/industry organisation)")}
COUNTRY = {"CN": ("中国", "China"), "GB": ("英国", "United Kingdom"), "NO": ("挪威", "Norway"),
           "KZ": ("哈萨克斯坦", "Kazakhstan"), "DE": ("德国", "Germany"), "US": ("美国", "United States"),
           "NL": ("荷兰", "Netherlands"), "CA": ("加拿大", "Canada"), "JP": ("日本", "Japan"),
           "CH": ("瑞士", "Switzerland"), "SE": ("瑞典", "Sweden"), "SA": ("沙特阿拉伯", "Saudi Arabia"),
           "FR": ("法国", "France"), "AU": ("澳大利亚", "Australia"), "IT": ("意大利", "Italy"),
           "DK": ("丹麦", "Denmark"), "AT": ("奥地利", "Austria"), "BR": ("巴西", "Brazil"),
           "KE": ("肯尼亚", "Kenya"), "SG": ("新加坡", "Singapore"), "FI": ("芬兰", "Finland"),
           "BE": ("比利时", "Belgium"), "ES": ("西班牙", "Spain"), "KR": ("韩国", "Republic of Korea")}
ZH_SEC = ["一", "二", "三", "四", "五", "六", "七", "八"]


def participants_blocks(D, lang, j, style):
    ps = D["participants"]
    nm = lambda p: p[0] if lang == "zh" else p[1]
    zh = lang == "zh"
    out = []
    if style == 0:
        rows = [["序号", "单位名称", "国别", "单位类型", "角色"] if zh else
                ["No.", "Organisation", "Country", "Type", "Role"]]
        for n, p in enumerate(ps, 1):
            role = ("牵头单位" if p[4] == "lead" else "参与单位") if zh else ("Lead" if p[4] == "lead" else "Partner")
            rows.append([str(n), nm(p), by_lang(COUNTRY[p[2]], lang), by_lang(KIND_LABEL[p[3]], lang), role])
        out.append(("table", rows))
    elif style == 1:
        lead = [p for p in ps if p[4] == "lead"][0]
        cn = [p for p in ps if p[4] != "lead" and p[2] == "CN"]
        fo = [p for p in ps if p[2] != "CN"]
        if zh:
            s = "牵头单位：%s（中国，%s）。" % (nm(lead), KIND_LABEL[lead[3]][0])
            s += "中方参与单位：" + "；".join("%s（%s）" % (nm(p), KIND_LABEL[p[3]][0]) for p in cn) + "。"
            s += "国（境）外参与单位：" + "；".join("%s（%s，%s）" % (nm(p), COUNTRY[p[2]][0], KIND_LABEL[p[3]][0]) for p in fo) + "。"
        else:
            s = "Lead organisation: %s (China, %s). " % (nm(lead), KIND_LABEL[lead[3]][1])
            s += "Chinese partners: " + "; ".join("%s (%s)" % (nm(p), KIND_LABEL[p[3]][1]) for p in cn) + ". "
            s += "Foreign partners: " + "; ".join("%s (%s, %s)" % (nm(p), COUNTRY[p[2]][1], KIND_LABEL[p[3]][1]) for p in fo) + "."
        out.append(("p", s))
    else:
        items = []
        for n, p in enumerate(ps, 1):
            if zh:
                role = "牵头单位" if p[4] == "lead" else "参与单位"
                items.append((0, "bullet", "%s：%s" % (role, nm(p))))
                items.append((0, "plain", "国别：%s；单位性质：%s" % (COUNTRY[p[2]][0], KIND_LABEL[p[3]][0])))
            else:
                role = "Lead organisation" if p[4] == "lead" else "Partner %d" % (n - 1)
                items.append((0, "bullet", "%s: %s" % (role, nm(p))))
                items.append((0, "plain", "Country: %s; type: %s" % (COUNTRY[p[2]][1], KIND_LABEL[p[3]][1])))
        out.append(("list", items))
    return out


def build(D, j):
    lang, fmt = DOCS[j]
    zh = lang == "zh"
    L = lambda pair: pair[0] if zh else pair[1]
    blocks = []
    blocks.append(("h", 1, "“战略性科技创新合作”重点专项 项目申报书" if zh else
                   "Strategic S&T Innovation Cooperation Key Programme — Project Proposal"))
    blocks.append(("p", L(D["title"])))
    dur_text, months = D["durations"][j]
    info = [("项目名称", "Project title", L(D["title"])),
            ("所属指南方向", "Guide direction", D["id"] + " " + L(D["dtitle"])),
            ("执行期限", "Duration", dur_text),
            ("申请中央财政经费（万元）", "Requested central funding (CNY 10,000)", str(D["funding"])),
            ("项目负责人", "Principal investigator", L(D["pi"])),
            ("联系电话", "Phone", D["phone"])]
    secs = []
    # basic information
    b = []
    if fmt == "docx":
        b.append(("table", [["项目", "内容"] if zh else ["Item", "Content"]] +
                  [[r[0] if zh else r[1], r[2]] for r in info]))
    else:
        b.append(("list", [(0, "bullet", ("%s：%s" % (r[0], r[2])) if zh else ("%s: %s" % (r[1], r[2]))) for r in info]))
    secs.append((("基本信息", "Basic information"), b))
    # participants
    pstyle = (D["k"] + j) % 3
    secs.append((("参与单位", "Participating organisations"), participants_blocks(D, lang, j, pstyle)))
    # research basis
    basis = [("p", t) for t in L(D["basis"])]
    # research contents
    skip = D["rskip"].get(j, [])
    rc = [r for n, r in enumerate(D["research"]) if n not in skip]
    if j % 2 == 0:
        rb = [("p", "本项目研究内容包括：" if zh else "The project covers the following research contents:"),
              ("list", [(0, "bullet", ("（%d）%s" % (n, r[1])) if zh else ("(%d) %s" % (n, r[2]))) for n, r in enumerate(rc, 1)])]
    else:
        rb = [("p", ("%d. %s" % (n, r[1] if zh else r[2]))) for n, r in enumerate(rc, 1)]
    research_ids = [i for r in rc for i in r[0]]
    # indicators
    lay = D["layouts"][j]
    rs, answers = [], {}
    for idx, it in enumerate(D["items"]):
        if j in it.skip:
            continue
        r, ans = render_item(it, idx, lang, j)
        rs.append(r)
        if ans is not None:
            assert it.rule not in answers, (D["id"], it.rule)
            answers[it.rule] = ans
    ib = []
    for where, txt in D["notes"].get(j, []):
        if where == "pre":
            ib.append(("p", txt))
    ib += LAYOUTS[lay](lang, rs, D, j)
    for where, txt in D["notes"].get(j, []):
        if where == "post":
            ib.append(("p", txt))
    # schedule and budget
    sch = [("list", [(0, "bullet", s) for s in L(D["schedule"])])]
    total = sum(x[2] for x in D["budget"])
    bud = [("table", [["预算科目", "金额（万元）", "说明"] if zh else ["Budget item", "Amount (CNY 10,000)", "Notes"]] +
            [[x[0] if zh else x[1], str(x[2]), L(x[3])] for x in D["budget"]] +
            [["合计" if zh else "Total", str(total), ""]])]
    if j % 2 == 0:
        secs += [(("研究基础", "Research basis"), basis), (("研究内容", "Research contents"), rb),
                 (("考核指标", "Assessment indicators"), ib)]
    else:
        secs += [(("研究内容", "Research contents"), rb), (("考核指标", "Assessment indicators"), ib),
                 (("研究基础与工作条件", "Research basis and working conditions"), basis)]
    secs += [(("进度安排", "Schedule"), sch), (("经费预算", "Budget"), bud)]
    for n, (ttl, bl) in enumerate(secs):
        blocks.append(("h", 2, ("%s、%s" % (ZH_SEC[n], ttl[0])) if zh else ("%d. %s" % (n + 1, ttl[1]))))
        blocks += bl
    flat_order = D.get("research_order") or [i for r in D["research"] for i in r[0]]
    ans = {
        "direction": D["id"],
        "duration_months": months,
        "format": fmt,
        "lang": lang,
        "title": L(D["title"]),
        "participants": [{"country": p[2], "kind": p[3], "name": p[0] if zh else p[1], "role": p[4]}
                         for p in D["participants"]],
        "research": [i for i in flat_order if i in research_ids],
        "indicators": answers,
    }
    return blocks, ans, lay


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join("tests", "import", "heldout11")
    os.makedirs(out, exist_ok=True)
    for D in DIRECTIONS:
        for j, (lang, fmt) in enumerate(DOCS):
            blocks, ans, lay = build(D, j)
            name = "%s-%s.%s" % (D["id"], lang, fmt)
            path = os.path.join(out, name)
            if fmt == "md":
                with open(path, "w", encoding="utf-8") as f:
                    f.write(to_md(blocks))
            else:
                to_docx(blocks, path)
            with open(path + ".answers.json", "w", encoding="utf-8") as f:
                json.dump(ans, f, sort_keys=True, indent=1, ensure_ascii=False)
                f.write("\n")


if __name__ == "__main__":
    main()
