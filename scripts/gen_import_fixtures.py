#!/usr/bin/env python3
"""Writes application-form documents with known answers for the importer.

Deterministic (a fixed seed per document): the same command always writes the
same bytes. For each chosen direction it writes .docx (OOXML zipped by hand
with the standard library's zipfile; no python-docx needed) and .md
documents in the shape of the programme's application form (基本信息,
参与单位, 研究内容, 考核指标 table, running text), with varied wording, table
layouts (merged cells, unit columns, guide-value columns) and distractor
numbers (years, budgets, the guide's requirement, other work's values), and
an answers JSON per document. Needs python3 and python3-yaml (Debian).

    python3 scripts/gen_import_fixtures.py [OUT_DIR] [--variants N]
    python3 scripts/gen_import_fixtures.py --big OUT.docx [PAGES]   # speed (default 30 pages)

Default OUT_DIR: tests/import/fixtures.
"""
import json
import os
import random
import sys
import zipfile

import yaml

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PACK = os.path.join(ROOT, "rules", "sstic-2022-draft", "directions")
DIRECTIONS = ["1.1", "2.1", "3.1", "3.2", "4.1", "4.2", "5.1", "6.1", "7.1", "8.1", "9.1", "10.3"]
NUMERIC = ("quantity", "count", "range_cover")

COUNTRIES = [("德国", "DE"), ("英国", "GB"), ("法国", "FR"), ("日本", "JP"), ("意大利", "IT"),
             ("新加坡", "SG"), ("澳大利亚", "AU"), ("加拿大", "CA")]
KINDS = [("高校", "university"), ("科研院所", "institute"), ("企业", "enterprise")]


def nice(x):
    """A short decimal for x (3 significant digits)."""
    if x == int(x):
        return str(int(x))
    s = f"{x:.3g}"
    if "e" in s:
        s = f"{x:.1f}"
    return s


def committed(rule, rng):
    """A value that passes the rule, as (numbers, text-without-unit)."""
    op, kind = rule["op"], rule["kind"]
    if kind == "range_cover":
        lo, hi = rule["value"]
        m = abs(hi - lo) * 0.1
        if m >= 1:
            m = round(m)
        a, b = float(nice(lo - m)), float(nice(hi + m))
        if rule.get("unit") == "mol/mol" or (lo >= 0 and a < 0):
            a = float(nice(lo / 2)) if lo > 0 else 0.0  # a fraction never goes below 0
        return [a, b], f"{nice(a)}~{nice(b)}"
    v = rule["value"]
    if isinstance(v, list):  # between
        x = (v[0] + v[1]) / 2
        if kind == "count":
            x = round(x)
        return [x], nice(x)
    step = max(abs(v) * rng.choice([0.05, 0.1, 0.2]), 1 if kind == "count" else 0.1)
    if op in (">=", ">"):
        x = v + step
    elif op in ("<=", "<"):
        x = v - step
        if v > 0 and x <= 0:
            x = v / 2
    else:
        x = v
    if kind == "count" or (abs(x) >= 10 and rng.random() < 0.7):
        x = round(x) if kind != "count" else int(-(-x // 1))
        if op in ("<", "<=") and x > v:
            x = int(v)
        if op == "<" and x >= v:
            x = v - 1
        if op == ">" and x <= v:
            x = v + 1
    else:
        x = round(x, 2)
    if rule.get("unit") == "%" and x > 100:
        x = round((v + 100) / 2, 2)  # a percentage of a whole stays below 100
    t = nice(x)
    return [float(t)], t


def subject(rule):
    """What the document calls the quantity: the rule's title, or the guide's words."""
    return rule["title"]["zh"]


def direction_data(number):
    with open(os.path.join(PACK, number + ".yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def text_statement(rule, vt, unit, rng):
    t = subject(rule)
    u = unit
    sp = rng.choice(["", " "])
    if rule["kind"] == "range_cover":
        return rng.choice([f"{t}覆盖{vt}{sp}{u}", f"{t}为{vt}{sp}{u}", f"{t}达到{vt}{sp}{u}"])
    op = rule["op"]
    if op in (">=", ">"):
        forms = [f"{t}达到{vt}{sp}{u}", f"{t}不低于{sp}{vt}{sp}{u}", f"{t}为{vt}{sp}{u}",
                 f"实现{t}{vt}{sp}{u}以上", f"{t}≥{vt}{sp}{u}"]
    elif op in ("<=", "<"):
        forms = [f"{t}不高于{sp}{vt}{sp}{u}", f"{t}控制在{vt}{sp}{u}以内", f"{t}为{vt}{sp}{u}",
                 f"{t}≤{vt}{sp}{u}"]
    else:
        forms = [f"{t}为{vt}{sp}{u}"]
    return rng.choice(forms)


def distractors(rules_num, rng):
    out = [f"项目总经费 {rng.randint(800, 3000)} 万元，其中中方投入 {rng.randint(300, 800)} 万元。",
           f"项目执行期为 {rng.choice([2023, 2024])}年1月至{rng.choice([2025, 2026])}年12月。",
           f"团队已发表相关论文 {rng.randint(20, 90)} 篇，已授权发明专利 {rng.randint(5, 40)} 项。"]
    for r in rng.sample(rules_num, min(3, len(rules_num))):
        if r["kind"] == "range_cover" or isinstance(r.get("value"), list):
            continue
        u = r.get("unit", "")
        gv = r["value"]
        other = nice(gv * rng.choice([0.5, 0.7, 0.8]) if gv else 1)
        out.append(rng.choice([
            f"指南要求{subject(r)}{r.get('wording', '不低于')}{nice(gv)}{u}。",
            f"目前国际上同类技术{subject(r)}约为{other}{u}。",
            f"与现有技术相比，{subject(r)}提高 {rng.randint(5, 30)}%。",
        ]))
    return out


def build(number, variant, fmt):
    rng = random.Random(f"{number}/{variant}/{fmt}")
    d = direction_data(number)
    rules = [r for r in d["rules"] if r.get("measure", "indicator") == "indicator"]
    numeric = [r for r in rules if r["kind"] in NUMERIC and r["op"] in (">=", ">", "<=", "<", "==", "between", "covers")]
    qual = [r for r in rules if r["kind"] == "qualitative"]
    answers = {"direction": number, "format": fmt, "indicators": {}, "participants": []}
    title = d["title"]["zh"] + rng.choice(["", "合作研究", "国际合作研发"])
    months = rng.choice([24, 30, 36])
    answers["title"] = title
    answers["duration_months"] = months
    # where each numeric indicator goes: table, text, or both
    placement = {}
    for r in numeric:
        placement[r["id"]] = rng.choice(["table", "table", "text", "both"])
        nums, vt = committed(r, rng)
        answers["indicators"][r["id"]] = {"numbers": nums, "text": vt, "unit": r.get("unit", ""),
                                          "where": placement[r["id"]]}
    parts = [("某某大学" if rng.random() < 0.5 else "某某研究院", "中国", "CN", "牵头单位", KINDS[rng.randint(0, 1)])]
    parts.append(("某某科技有限公司", "中国", "CN", "参与单位", KINDS[2]))
    c = rng.choice(COUNTRIES)
    parts.append((rng.choice(["Technische Universität München", "University of Oxford", "Institut Polytechnique",
                              "Kyoto University"]), c[0], c[1], "参与单位", KINDS[0]))
    for p in parts:
        answers["participants"].append({"name": p[0], "country": p[2],
                                        "role": "lead" if p[3] == "牵头单位" else "member", "kind": p[4][1]})
    # the document as blocks: ("h", level, text) ("p", text) ("t", rows, merges)
    blocks = [("h", 1, "“战略性科技创新合作”重点专项项目申报书")]
    blocks.append(("h", 2, "一、基本信息"))
    basic = [["项目名称", title], ["申报方向", f"{number} {d['title']['zh']}"],
             ["实施周期", rng.choice([f"{months} 个月", f"{months}个月"])],
             ["项目总经费", f"{rng.randint(800, 3000)} 万元"]]
    if fmt == "md" and variant % 2:
        for k, v in basic:
            blocks.append(("p", f"{k}：{v}"))
    else:
        blocks.append(("t", basic, None))
    blocks.append(("h", 2, "二、参与单位"))
    header = rng.choice([["序号", "单位名称", "国别", "单位类型", "承担角色"],
                         ["序号", "单位名称", "所在国家", "单位性质", "角色"]])
    rows = [header]
    for i, p in enumerate(parts, 1):
        rows.append([str(i), p[0], p[1], p[4][0], p[3]])
    blocks.append(("t", rows, None))
    blocks.append(("h", 2, "三、研究内容"))
    answers["research"] = [item["id"] for item in d.get("research_contents", [])]
    for i, item in enumerate(d.get("research_contents", []), 1):
        blocks.append(("p", f"（{i}）{item['title']['zh']}。本部分围绕该内容开展联合研究，"
                            f"计划投入研究人员 {rng.randint(5, 20)} 人。"))
    blocks.append(("h", 2, "四、考核指标"))
    text_lines = []
    for r in numeric:
        a = answers["indicators"][r["id"]]
        if a["where"] in ("text", "both"):
            text_lines.append(text_statement(r, a["text"], a["unit"] if a["unit"] != "1" else "", rng))
    for r in qual:
        if rng.random() < 0.8:
            text_lines.append(rng.choice(["本项目将", "项目将", ""]) + r["title"]["zh"])
            answers["indicators"][r["id"]] = {"qualitative": True}
    dis = distractors(numeric, rng)
    para = []
    for s in text_lines + dis:
        para.append(s)
    rng.shuffle(para)
    # group into paragraphs of 2-3 sentences
    i = 0
    while i < len(para):
        n = rng.randint(1, 3)
        blocks.append(("p", "；".join(x.rstrip("。") for x in para[i:i + n]) + "。"))
        i += n
    layout = rng.choice(["plain", "unit", "guide", "merged"]) if fmt == "docx" else rng.choice(["plain", "unit", "guide"])
    table_rules = [r for r in numeric if answers["indicators"][r["id"]]["where"] in ("table", "both")]
    trows, merges = [], []
    if layout == "plain":
        trows.append(["序号", "指标名称", "指标值"])
        for i, r in enumerate(table_rules, 1):
            a = answers["indicators"][r["id"]]
            u = a["unit"] if a["unit"] != "1" else ""
            trows.append([str(i), subject(r), f"{a['text']} {u}".strip()])
    elif layout == "unit":
        trows.append(["指标名称", "目标值", "单位"])
        for r in table_rules:
            a = answers["indicators"][r["id"]]
            trows.append([subject(r), a["text"], a["unit"] if a["unit"] != "1" else ""])
    elif layout == "guide":
        trows.append(["考核指标", "指南要求", "本项目指标值", "单位"])
        for r in table_rules:
            a = answers["indicators"][r["id"]]
            gv = r["value"]
            g = f"{nice(gv[0])}~{nice(gv[1])}" if isinstance(gv, list) else f"{r.get('wording', r['op'])}{nice(gv)}"
            trows.append([subject(r), g, a["text"], a["unit"] if a["unit"] != "1" else ""])
    else:  # merged: a category column merged down, and a header cell spanning two columns
        trows.append(["类别", "指标名称", "指标值", "单位"])
        for k, r in enumerate(table_rules):
            a = answers["indicators"][r["id"]]
            trows.append(["技术指标" if k == 0 else "<<", subject(r), a["text"], a["unit"] if a["unit"] != "1" else ""])
    blocks.append(("t", trows, None))
    blocks.append(("h", 2, "五、预期效益"))
    blocks.append(("p", f"项目完成后预计带动相关产业产值 {rng.randint(1, 9)} 亿元，培养研究生 {rng.randint(10, 30)} 名。"))
    return blocks, answers


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def docx_bytes(blocks, path):
    body = []
    for b in blocks:
        if b[0] == "h":
            body.append(f'<w:p><w:pPr><w:pStyle w:val="Heading{b[1]}"/></w:pPr><w:r><w:t>{esc(b[2])}</w:t></w:r></w:p>')
        elif b[0] == "p":
            # split a paragraph into several runs, as Word does
            t = b[1]
            cut = len(t) // 2
            body.append(f'<w:p><w:r><w:t xml:space="preserve">{esc(t[:cut])}</w:t></w:r>'
                        f'<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">{esc(t[cut:])}</w:t></w:r></w:p>')
        else:
            rows = b[1]
            x = ["<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/></w:tblPr>"]
            for ri, row in enumerate(rows):
                x.append("<w:tr>")
                for ci, cell in enumerate(row):
                    below = rows[ri + 1][ci] if ri + 1 < len(rows) and ci < len(rows[ri + 1]) else None
                    pr = ""
                    if cell == "<<":
                        pr = "<w:vMerge/>"
                    elif below == "<<":
                        pr = '<w:vMerge w:val="restart"/>'
                    text = "" if cell == "<<" else cell
                    x.append(f"<w:tc><w:tcPr>{pr}</w:tcPr><w:p><w:r><w:t>{esc(text)}</w:t></w:r></w:p></w:tc>")
                x.append("</w:tr>")
            x.append("</w:tbl>")
            body.append("".join(x))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           "<w:body>" + "".join(body) + "<w:sectPr/></w:body></w:document>")
    types = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
             '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
             '<Default Extension="xml" ContentType="application/xml"/>'
             '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
             "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", types), ("_rels/.rels", rels), ("word/document.xml", doc)):
            info = zipfile.ZipInfo(name, date_time=(2022, 1, 1, 0, 0, 0))  # fixed: same bytes every run
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)


def md_text(blocks):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append("#" * b[1] + " " + b[2] + "\n")
        elif b[0] == "p":
            out.append(b[1] + "\n")
        else:
            rows = b[1]
            out.append("| " + " | ".join(rows[0]) + " |")
            out.append("|" + "---|" * len(rows[0]))
            for r in rows[1:]:
                out.append("| " + " | ".join(c.replace("|", "\\|") for c in r) + " |")
            out.append("")
    return "\n".join(out) + "\n"


def big_document(path, pages):
    """A long application form (about `pages` pages of A4 at ~1,600 characters a
    page) for the speed measurement: direction 3.1's form with long research
    narrative full of numbers, and a 40-row indicator table."""
    rng = random.Random(f"big/{pages}")
    blocks, _ = build("3.1", 0, "docx")
    narrative = []
    words = ["系统", "样机", "实验", "机理", "单元", "测试", "温度", "效率", "结构", "材料", "模型", "优化"]
    chars = 0
    while chars < pages * 1600:
        # prose with a number every 70 characters or so, as a form's narrative has
        s = "；".join(f"针对{rng.choice(words)}{rng.choice(words)}与{rng.choice(words)}{rng.choice(words)}之间的耦合关系，"
                     f"联合团队将开展{rng.choice(words)}{rng.choice(words)}方面的系统研究和{rng.choice(words)}验证工作，"
                     f"计划投入{rng.randint(2, 60)}人月" for _ in range(3)) + "。"
        narrative.append(("p", s))
        chars += len(s)
    rows = [["序号", "指标名称", "指标值", "单位"]] + [[str(i), f"辅助指标{i}", str(rng.randint(1, 99)), "%"] for i in range(1, 41)]
    at = next(i for i, b in enumerate(blocks) if b[0] == "h" and b[2].startswith("四"))
    blocks = blocks[:at] + narrative + [("t", rows, None)] + blocks[at:]
    docx_bytes(blocks, path)


def main():
    if "--big" in sys.argv:
        i = sys.argv.index("--big")
        big_document(sys.argv[i + 1], int(sys.argv[i + 2]) if len(sys.argv) > i + 2 else 30)
        return
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    out = args[0] if args else os.path.join(ROOT, "tests", "import", "fixtures")
    variants = 2
    if "--variants" in sys.argv:
        variants = int(sys.argv[sys.argv.index("--variants") + 1])
    os.makedirs(out, exist_ok=True)
    for number in DIRECTIONS:
        for v in range(variants):
            for fmt in ("docx", "md"):
                blocks, answers = build(number, v, fmt)
                name = f"{number}-{v}.{fmt}"
                if fmt == "docx":
                    docx_bytes(blocks, os.path.join(out, name))
                else:
                    with open(os.path.join(out, name), "w", encoding="utf-8") as f:
                        f.write(md_text(blocks))
                with open(os.path.join(out, name + ".answers.json"), "w", encoding="utf-8") as f:
                    json.dump(answers, f, ensure_ascii=False, indent=1, sort_keys=True)
                    f.write("\n")


if __name__ == "__main__":
    main()
