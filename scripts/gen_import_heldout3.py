#!/usr/bin/env python3
"""Writes a third held-out family of application documents (tests/import/heldout3).

Written before the extractor was read, by someone who only knew the answer
file format (docs/import.md) and the rule pack, to measure the importer on
documents unlike the ones it was tuned on. Nothing is imported from the other
generators: the .docx writer here is its own (horizontally merged header
cells, runs split inside numbers as Word does after an edit), and so are the
wording, layouts, distractors and value choices.

What the documents do that the other sets do not:

- indicators in numbered lists: `（1）…达到…；`, `1. …`, `① …`, Markdown
  ordered lists;
- the value before the name: `以 97% 以上的预警准确率…`, `研制 3 型检测评价专用
  工具装备`, `a 97 % early-warning accuracy`, `at least 4 draft proposals of …`;
- full-width digits and signs (`９７％`, `≥６００℃`), ranges written
  `3～15 纳米`, `3 至 15 纳米`, `from 2 to 16 nm`;
- units after a slash in the name cell (`热分解温度/℃`), units in the value
  column's header (`目标值（%）` is not used: `考核值/单位` rows instead);
- 指标 tables with 序号/考核指标/现有水平/目标值/备注 (a baseline column and a
  remark holding the international level), a two-row header whose 指标值
  cell spans 现有水平 and 项目完成时 (gridSpan; in Markdown the second header
  row is a data row), a per-year table (第一年/第二年/项目完成时);
- comparators 不低于/≥/至少/达到…以上/优于/不超过/控制在…以下, “no less than”,
  “at least”, “up to”, “not more than”, “better than”;
- distractors: years and dates, budgets (万元, million yuan), page counts,
  another project's value, the international advanced level
  (`国际先进水平为…`), the guide's own number cited as the requirement.

The answer key is correct by construction: each committed value is written
once (text or table), every other number in the document belongs to a
distractor that a reader would not take as the project's commitment.

Deterministic (a fixed seed per document).

    python3 scripts/gen_import_heldout3.py [OUT_DIR]   # default tests/import/heldout3
"""
import json
import os
import random
import sys
import zipfile

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
PACK = os.path.join(ROOT, "rules", "sstic-2022-draft", "directions")
DIRECTIONS = ["1.2", "2.3", "3.1", "3.4", "4.3", "5.2", "5.4", "6.2", "6.3", "7.3", "8.2", "9.5"]
NUMERIC_KINDS = {"quantity", "count", "range_cover"}

# English spellings of the pack's units, as an English-writing applicant uses them
EN_UNIT = {"千克/天": "kg/day", "吨": "t", "纳米": "nm", "℃": "°C", "千克/年": "kg/year",
           "千克/批": "kg/batch", "元/千克": "yuan/kg", "平方米/克": "m²/g", "安/毫克": "A/mg",
           "克": "g", "平方厘米": "cm²", "瓦/平方厘米": "W/cm²", "克/千瓦": "g/kW", "毫伏": "mV",
           "千瓦": "kW", "小时": "h", "毫克/平方厘米": "mg/cm²", "伏": "V", "天": "days", "米": "m",
           "千瓦时/立方米": "kWh/m³"}
FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def load(number):
    with open(os.path.join(PACK, number + ".yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def fmt(x):
    x = float(f"{x:.3g}")
    s = f"{x:.6f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def passes(rule, x):
    op, v = rule["op"], rule["value"]
    return {">=": x >= v, ">": x > v, "<=": x <= v, "<": x < v, "==": x == v}.get(op, False)


def target(rule, rng):
    """(numbers, text) of a value the project commits to; it meets the rule."""
    kind, op, v = rule["kind"], rule["op"], rule["value"]
    if kind == "range_cover":
        lo, hi = v
        pad = (hi - lo) * rng.choice([0.0, 0.2])
        a, b = lo - pad, hi + pad
        if lo >= 0:
            a = max(a, 0)
        a, b = float(fmt(a)), float(fmt(b))
        return [a, b], None
    if op == "between":
        x = rng.choice(v)
        return [float(x)], fmt(x)
    if kind == "count":
        x = v + rng.choice([0, 1, 2]) + (1 if op == ">" else 0)
        return [float(x)], str(int(x))
    for f in (rng.choice([0.03, 0.1, 0.25]), 0.0):
        x = v + abs(v) * f if op in (">=", ">") else v - abs(v) * f
        if rule.get("unit") == "%" and x > 100:
            x = (v + 100) / 2  # a share stays within the whole
        x = float(fmt(x))
        if passes(rule, x):
            return [x], fmt(x)
    raise SystemExit(f"no passing value for {rule['id']}")


def unit_of(rule, lang):
    u = rule.get("unit") or ""
    if u == "1":
        return ""
    return EN_UNIT.get(u, u) if lang == "en" else u


def value_text(a, lang, rng, wide=False):
    """The committed value as the author writes it (range or single)."""
    lo_hi = a["numbers"]
    if a["range"]:
        lo, hi = (fmt(x) for x in lo_hi)
        if lang == "zh":
            s = rng.choice([f"{lo}～{hi}", f"{lo}至{hi}", f"{lo}-{hi}"])
        else:
            s = rng.choice([f"{lo}–{hi}", f"{lo} to {hi}"])
    else:
        s = a["text"]
    return s.translate(FULL) if wide else s


def counted_name(title):
    """A count's title without its trailing 数/数量 (典型事故形态类数 -> 典型事故形态)."""
    for end in ("数量", "类数", "型数", "种数", "项数", "数"):
        if title.endswith(end) and len(title) - len(end) >= 4:
            return title[: -len(end)]
    return title


def zh_sentence(rule, a, rng):
    """One statement of the commitment in Chinese, not in the others' words."""
    name, u = rule["title"]["zh"], unit_of(rule, "zh")
    wide = rng.random() < 0.3
    val = value_text(a, "zh", rng, wide)
    op = rule["op"]
    if a["range"]:
        return rng.choice([f"{name}可在{val}{u}范围内调节", f"实现{name}{val}{u}"])
    if rule["kind"] == "count":
        short = counted_name(name)
        return rng.choice([f"完成{short}至少{val}{u}", f"形成{val}{u}{short}",
                           f"{name}：不少于{val}{u}", f"{name}达到{val}{u}以上"])
    if op in (">=", ">"):
        return rng.choice([f"以{val}{u}以上的{name}为目标开展研制", f"{name}不低于{val}{u}",
                           f"{name}≥{val}{u}", f"{name}至少达到{val}{u}", f"{name}优于{val}{u}"])
    return rng.choice([f"将{name}控制在{val}{u}以下", f"{name}不超过{val}{u}",
                       f"以不高于{val}{u}的{name}为目标", f"{name}≤{val}{u}"])


def en_sentence(rule, a, rng):
    t = rule["title"]["en"]
    name = t[0].lower() + t[1:]
    u = unit_of(rule, "en")
    val = value_text(a, "en", rng)
    sp = "" if u in ("%", "") else " "
    q = f"{val}{sp}{u}".strip()
    if a["range"]:
        return rng.choice([f"The {name} will span {q}", f"We will make the {name} cover {q}"])
    if rule["kind"] == "count":
        return rng.choice([f"The consortium will deliver at least {val} {name[0].lower() + name[1:]}"
                           if name.split()[0].endswith("s") else f"{t}: at least {val}",
                           f"{t}: no less than {val}"])
    if rule["op"] in (">=", ">"):
        return rng.choice([f"The project targets a {q} {name}", f"{t} of no less than {q}",
                           f"{t} will be at least {q}"])
    return rng.choice([f"{t} of up to {q}", f"{t} will be not more than {q}", f"The project keeps the {name} "
                       f"at or below {q}"])


def baseline(rule, a):
    """A worse present level (现有水平), for the baseline column."""
    x = a["numbers"][0]
    if rule["kind"] == "count":
        return str(max(0, int(x) - 1 - int(x) // 2))
    worse = x * 0.8 if rule["op"] in (">=", ">") else x * 1.3
    if x < 0:
        worse = x * 0.8 if rule["op"] in ("<=", "<") else x * 1.3
    return fmt(worse)


def distractors(rules, lang, rng, number):
    """Numbers a reader would never take as the project's commitment."""
    start = rng.choice([2023, 2024])
    if lang == "zh":
        out = [f"本申报书正文共{rng.randint(28, 46)}页，附件{rng.randint(6, 15)}页",
               f"项目经费预算{rng.randint(400, 1500)}万元，其中外方配套{rng.randint(80, 300)}万元",
               f"{start}年完成方案设计，{start + 1}年6月前完成中期检查"]
    else:
        out = [f"The application runs to {rng.randint(28, 46)} pages with {rng.randint(6, 15)} pages of annexes",
               f"The budget is {rng.randint(4, 15)}.{rng.randint(1, 9)} million yuan",
               f"The design will be finished in {start} and the mid-term review held in June {start + 1}"]
    for r in rng.sample(rules, min(2, len(rules))):
        if r["kind"] == "range_cover" or not isinstance(r["value"], (int, float)):
            continue
        u = unit_of(r, lang)
        g = r["value"]
        other = fmt(g * rng.choice([0.7, 0.9]) if g else 1)
        if r["kind"] == "count":
            other = str(max(1, int(g) - 1))
        if lang == "zh":
            t = r["title"]["zh"]
            out.append(rng.choice([f"国际先进水平的{t}为{other}{u}", f"国内某示范工程的{t}仅为{other}{u}",
                                   f"申报指南对{t}的考核要求为{fmt(g)}{u}"]))
        else:
            t = r["title"]["en"]
            t = t[0].lower() + t[1:]
            sp = "" if u in ("%", "") else " "
            out.append(rng.choice([f"The international state of the art for the {t} is {other}{sp}{u}",
                                   f"The call itself asks for {fmt(g)}{sp}{u} for the {t}",
                                   f"A similar project in Europe reported {other}{sp}{u} for the {t}"]))
    return out


def numbering(k, style):
    return {"paren": f"（{k}）", "dot": f"{k}. ", "circled": "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"[k - 1] if k <= 20 else f"{k}) "}[style]


def categorical_sentence(rule, lang, rng):
    cats = [c for c in rule["categories"] if c["id"] in rule["value"]]
    rng.shuffle(cats)
    words = [c[lang] for c in cats]
    t = rule["title"][lang]
    if lang == "zh":
        return f"{t}涵盖{'、'.join(words)}", [c["id"] for c in cats]
    return f"{t}: {'; '.join(words)}", [c["id"] for c in cats]


def table(rules, ans, lang, rng, fmt_):
    """A 考核指标 table in one of this generator's layouts."""
    layouts = ["baseline", "twohead", "slash", "yearly"] if lang == "zh" else ["en_baseline", "en_yearly"]
    layout = rng.choice(layouts)
    rows, spans = [], {}
    if layout in ("baseline", "en_baseline"):
        head = (["序号", "考核指标", "现有水平", "目标值", "备注"] if lang == "zh" else
                ["No.", "Indicator", "Baseline", "Target", "Remarks"])
        rows.append(head)
        for k, r in enumerate(rules, 1):
            a, u = ans[r["id"]], unit_of(r, lang)
            sp = "" if u in ("%", "") or lang == "zh" else " "
            base = "—" if a["range"] else f"{baseline(r, a)}{sp}{u}"
            wide = lang == "zh" and rng.random() < 0.4
            cmp_ = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}.get(r["op"], "") if not a["range"] else ""
            val = f"{cmp_}{value_text(a, lang, rng, wide)}{sp}{u}"
            if wide:
                val = val.translate(FULL)
            remark = ""
            if isinstance(r["value"], (int, float)) and r["kind"] != "count" and rng.random() < 0.5:
                intl = fmt(r["value"] * 0.95)
                remark = f"国际先进水平{intl}{u}" if lang == "zh" else f"State of the art {intl}{sp}{u}"
            rows.append([str(k), r["title"][lang], base, val, remark])
    elif layout == "twohead":
        rows.append(["序号", "考核指标", "指标值", "", "备注"])
        rows.append(["", "", "现有水平", "项目完成时", ""])
        spans = {(0, 2): 2, (0, 0): "restart", (1, 0): "cont", (0, 1): "restart", (1, 1): "cont",
                 (0, 4): "restart", (1, 4): "cont"}
        for k, r in enumerate(rules, 1):
            a, u = ans[r["id"]], unit_of(r, lang)
            base = "—" if a["range"] else f"{baseline(r, a)}{u}"
            rows.append([str(k), r["title"]["zh"], base, f"{value_text(a, 'zh', rng)}{u}",
                         rng.choice(["", "第三方检测", f"参照{rng.choice(['GB', 'IEC'])}标准测试"])])
    elif layout == "slash":
        rows.append(["序号", "指标名称/单位", "考核值", "考核方式"])
        for k, r in enumerate(rules, 1):
            a, u = ans[r["id"]], unit_of(r, lang)
            name = f"{r['title']['zh']}/{u}" if u else r["title"]["zh"]
            cmp_ = {">=": "≥", ">": ">", "<=": "≤", "<": "<"}.get(r["op"], "") if not a["range"] else ""
            rows.append([str(k), name, f"{cmp_}{value_text(a, 'zh', rng, rng.random() < 0.5)}",
                         rng.choice(["第三方测试报告", "用户证明", "现场测试"])])
    else:  # yearly targets: only the end-of-project column is the commitment
        head = (["考核指标", "第一年", "第二年", "项目完成时"] if lang == "zh" else
                ["Indicator", "Year 1", "Year 2", "End of project"])
        rows.append(head)
        for r in rules:
            a, u = ans[r["id"]], unit_of(r, lang)
            sp = "" if u in ("%", "") or lang == "zh" else " "
            if a["range"]:
                mid1 = mid2 = "—"
            else:
                b = baseline(r, a)
                mid1 = f"{b}{sp}{u}"
                mid2 = "—"
            rows.append([r["title"][lang], mid1, mid2, f"{value_text(a, lang, rng)}{sp}{u}"])
    return rows, spans


def build(number, lang, fmt_):
    rng = random.Random(f"heldout3|{number}|{lang}|{fmt_}")
    d = load(number)
    rules = [r for r in d["rules"] if r.get("measure", "indicator") == "indicator"]
    num_rules = [r for r in rules if r["kind"] in NUMERIC_KINDS and
                 (isinstance(r.get("value"), (int, float)) or r["op"] in ("between", "covers"))]
    cat_rules = [r for r in rules if r["kind"] == "categorical" and r["op"] == "contains_all"]
    ans = {}
    for r in num_rules:
        nums, text = target(r, rng)
        ans[r["id"]] = {"numbers": nums, "text": text, "range": r["kind"] == "range_cover",
                        "unit": r.get("unit", ""), "where": rng.choice(["table", "text", "list"])}
    months = rng.choice([24, 36, 48])
    start = rng.choice([2023, 2024])
    end_year = start + months // 12 - 1
    title = d["title"][lang]
    blocks = []
    if lang == "zh":
        blocks.append(("h", 1, "国际合作项目申请书"))
        blocks.append(("t", [["项目基本信息", ""], ["项目名称", title],
                             ["项目所属指南方向", f"{number} {d['title']['zh']}"],
                             ["执行期限", f"{start}年1月至{end_year}年12月（共{months}个月）"],
                             ["经费预算", f"{rng.randint(300, 1200)}万元"]], {(0, 0): 2}))
        parts = [("某某大学", "中国", "CN", "高校", "university", "牵头", "lead"),
                 ("某某工程技术有限公司", "中国", "CN", "企业", "enterprise", "参与", "member"),
                 ("Fraunhofer-Institut", "德国", "DE", "科研院所", "institute", "参与", "member")]
        blocks.append(("h", 2, "一、参加单位"))
        blocks.append(("t", [["单位名称", "所在国家", "单位性质", "在项目中的角色"]] +
                       [[p[0], p[1], p[3], p[5] + "单位"] for p in parts], {}))
        blocks.append(("h", 2, "二、考核指标及目标"))
        blocks.append(("p", "项目完成时达到以下考核指标："))
    else:
        blocks.append(("h", 1, "Application for an international cooperation project"))
        blocks.append(("t", [["Project title", title], ["Direction", f"{number} {d['title']['en']}"],
                             ["Duration", f"{months} months"],
                             ["Budget", f"{rng.randint(300, 1200)} 万元"]], {}))
        parts = [("Some University", "China", "CN", "University", "university", "Lead", "lead"),
                 ("Fraunhofer-Institut", "Germany", "DE", "Research institute", "institute", "Participant",
                  "member")]
        blocks.append(("h", 2, "1. Participants"))
        blocks.append(("t", [["Organisation", "Country", "Type", "Role"]] +
                       [[p[0], p[1], p[3], p[5]] for p in parts], {}))
        blocks.append(("h", 2, "2. Indicators"))
        blocks.append(("p", "By the end of the project the consortium commits to the following."))
    answers = {"direction": number, "format": fmt_, "lang": lang, "title": title, "duration_months": months,
               "participants": [{"name": p[0], "country": p[2], "kind": p[4], "role": p[6]} for p in parts],
               "indicators": {}}
    # the numbered list of commitments
    listed = [r for r in num_rules if ans[r["id"]]["where"] == "list"]
    style = rng.choice(["paren", "dot", "circled"])
    for k, r in enumerate(listed, 1):
        s = zh_sentence(r, ans[r["id"]], rng) if lang == "zh" else en_sentence(r, ans[r["id"]], rng)
        if fmt_ == "md" and style == "dot":
            blocks.append(("li", s + ("；" if lang == "zh" else ";")))
        else:
            blocks.append(("p", numbering(k, style) + s + ("；" if lang == "zh" else ";")))
    # running text with distractors
    said = [zh_sentence(r, ans[r["id"]], rng) if lang == "zh" else en_sentence(r, ans[r["id"]], rng)
            for r in num_rules if ans[r["id"]]["where"] == "text"]
    for r in cat_rules:
        if rng.random() < 0.75:
            s, ids = categorical_sentence(r, lang, rng)
            said.append(s)
            answers["indicators"][r["id"]] = {"categories": ids}
    said += distractors(num_rules, lang, rng, number)
    rng.shuffle(said)
    stop, join = ("。", "。") if lang == "zh" else (".", ". ")
    while said:
        n = min(len(said), rng.randint(1, 2))
        blocks.append(("p", join.join(said[:n]) + stop))
        said = said[n:]
    tab = [r for r in num_rules if ans[r["id"]]["where"] == "table"]
    if tab:
        blocks.append(("p", "表1 主要考核指标" if lang == "zh" else "Table 1. Key indicators"))
        rows, spans = table(tab, ans, lang, rng, fmt_)
        blocks.append(("t", rows, spans))
    blocks.append(("p", f"注：以上指标均以{end_year}年12月验收时的第三方测试为准。" if lang == "zh" else
                   f"All figures will be verified by a third party at the final review in December {end_year}."))
    for r in num_rules:
        a = ans[r["id"]]
        answers["indicators"][r["id"]] = {"numbers": a["numbers"], "unit": a["unit"],
                                          "text": value_text(a, "zh", random.Random(0)), "where": a["where"]}
    return blocks, answers


# --- writers ---------------------------------------------------------------

def xml_escape(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def runs(text, rng):
    """Word splits a paragraph into runs where the author edited it, even inside
    a number: cut the text at up to two places, one of them next to a digit."""
    cuts = sorted({rng.randint(1, max(1, len(text) - 1)) for _ in range(2)} if len(text) > 3 else set())
    digits = [i for i, ch in enumerate(text) if ch.isdigit() and 0 < i < len(text)]
    if digits:
        cuts = sorted(set(cuts) | {rng.choice(digits)})
    pieces, at = [], 0
    for c in cuts + [len(text)]:
        if c > at:
            pieces.append(text[at:c])
            at = c
    return "".join(f'<w:r><w:t xml:space="preserve">{xml_escape(p)}</w:t></w:r>' for p in pieces)


def docx_part(blocks, rng):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(f'<w:p><w:pPr><w:pStyle w:val="Heading{b[1]}"/></w:pPr>{runs(b[2], rng)}</w:p>')
        elif b[0] in ("p", "li"):
            out.append(f"<w:p>{runs(b[1], rng)}</w:p>")
        else:
            rows, spans = b[1], b[2]
            width = max(len(r) for r in rows)
            out.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>' +
                       '<w:gridCol w:w="1800"/>' * width + "</w:tblGrid>")
            for ri, row in enumerate(rows):
                out.append("<w:tr>")
                ci = 0
                while ci < len(row):
                    sp = spans.get((ri, ci))
                    props, text = "", row[ci]
                    step = 1
                    if isinstance(sp, int):
                        props, step = f'<w:gridSpan w:val="{sp}"/>', sp
                    elif sp == "restart":
                        props = '<w:vMerge w:val="restart"/>'
                    elif sp == "cont":
                        props, text = "<w:vMerge/>", ""
                    out.append(f"<w:tc><w:tcPr>{props}</w:tcPr><w:p>{runs(text, rng) if text else ''}</w:p></w:tc>")
                    ci += step
                out.append("</w:tr>")
            out.append("</w:tbl>")
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="{ns}"><w:body>'
            + "".join(out) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')


PACKAGE = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Override PartName="/word/document.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="r1" Target="word/document.xml" '
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"/></Relationships>',
}


def write_docx(blocks, path, rng):
    parts = dict(PACKAGE)
    parts["word/document.xml"] = docx_part(blocks, rng)
    with zipfile.ZipFile(path, "w") as z:
        for name in ("[Content_Types].xml", "_rels/.rels", "word/document.xml"):
            z.writestr(zipfile.ZipInfo(name, (2023, 3, 1, 9, 0, 0)), parts[name], zipfile.ZIP_DEFLATED)


def write_md(blocks, path):
    lines, k = [], 0
    for b in blocks:
        if b[0] != "li":
            k = 0
        if b[0] == "h":
            lines += ["#" * b[1] + " " + b[2], ""]
        elif b[0] == "p":
            lines += [b[1], ""]
        elif b[0] == "li":
            k += 1
            if lines and lines[-1] == "" and k > 1:
                lines.pop()
            lines += [f"{k}. {b[1]}", ""]
        else:
            rows = [[c.replace("|", "\\|") for c in r] for r in b[1]]
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("| " + " | ".join(":--" for _ in rows[0]) + " |")
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "import", "heldout3")
    os.makedirs(out, exist_ok=True)
    for number in DIRECTIONS:
        for lang in ("zh", "en"):
            for fmt_ in ("docx", "md"):
                blocks, answers = build(number, lang, fmt_)
                name = f"{number}-{lang}.{fmt_}"
                if fmt_ == "docx":
                    write_docx(blocks, os.path.join(out, name), random.Random(name))
                else:
                    write_md(blocks, os.path.join(out, name))
                with open(os.path.join(out, name + ".answers.json"), "w", encoding="utf-8") as f:
                    json.dump(answers, f, ensure_ascii=False, indent=1, sort_keys=True)
                    f.write("\n")


if __name__ == "__main__":
    main()
