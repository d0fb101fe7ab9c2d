#!/usr/bin/env python3
"""Writes a THIRD set of application documents, a second held-out family.

Written after the extractor's third round of changes (docs/import.md,
"Held-out set 2"), with phrasings, layouts and distractors that neither
scripts/gen_import_fixtures.py nor scripts/gen_import_heldout.py use, and with
directions mostly outside the first held-out set: to check that the round's
changes generalise rather than fit the first held-out set.

New here: comparator phrasings (控制在…以内, 优于, 可达, 确保…不少于, 力争…
达到, “shall not exceed”, “kept within”, “no less than”); names with a
parenthesised English gloss (储能密度（energy density）) and with 的 inserted
before the head noun; a transposed indicator table (指标 | A | B / 目标值 | … /
单位 | …); a two-column table without a header (name | ≥ value unit); a
目标值 column holding "不低于 value unit"; categorical indicators stated in
the rule's category words (answers: the categories); distractors such as a
national standard's limit (国家标准规定), a partner's earlier result
(合作方前期已实现), the year-2022 level (2022 年水平) and "the state of the
art is …".

Deterministic (a fixed seed per document).

    python3 scripts/gen_import_heldout2.py [OUT_DIR]   # default tests/import/heldout2
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_import_fixtures import committed, direction_data, docx_bytes, md_text, nice  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIRECTIONS = ["2.1", "2.2", "3.2", "3.3", "4.1", "5.3", "7.2", "8.1", "10.4"]
NUMERIC = ("quantity", "count", "range_cover")


HEADS = ("效率", "密度", "温度", "时间", "误差", "面积", "功率", "成本", "寿命", "精度", "规模",
         "浓度", "速率", "纯度", "次数", "份数", "数量", "距离")


def with_de(name):
    """Insert 的 before the head noun of a longer Chinese name (储能的密度)."""
    if len(name) >= 6 and name[-2:] in HEADS and name[-3] != "的":
        return name[:-2] + "的" + name[-2:]
    return name


def zh_name(rule, rng):
    t = rule["title"]["zh"]
    form = rng.random()
    if form < 0.25:
        return with_de(t)
    if form < 0.45:
        return f"{t}（{rule['title']['en']}）"
    return t


def zh_statement(rule, a, rng):
    t = zh_name(rule, rng)
    vt, u = a["text"], a["unit"] if a["unit"] != "1" else ""
    op = rule["op"]
    if rule["kind"] == "range_cover" or op not in (">=", ">", "<=", "<"):
        forms = [f"{t}覆盖{vt}{u}", f"本课题{t}为{vt}{u}"]
    elif op in (">=", ">"):
        forms = [f"{t}可达{vt}{u}", f"确保{t}不少于{vt}{u}" if rule["kind"] == "count" else f"确保{t}不低于{vt}{u}",
                 f"力争使{t}达到{vt}{u}", f"{t}优于{vt}{u}（以上）" if rule["kind"] != "count" else f"{t}达{vt}{u}以上"]
    else:
        forms = [f"{t}控制在{vt}{u}以内", f"{t}不超过{vt}{u}", f"确保{t}≤{vt}{u}"]
    return rng.choice(forms)


def en_statement(rule, a, rng):
    t = rule["title"]["en"]
    vt, u = a["text"], a["unit"] if a["unit"] != "1" else ""
    op = rule["op"]
    low = t[0].lower() + t[1:]
    if rule["kind"] == "range_cover" or op not in (">=", ">", "<=", "<"):
        forms = [f"{t} shall cover {vt} {u}", f"We commit to {low}: {vt} {u}"]
    elif op in (">=", ">"):
        forms = [f"{t} shall reach {vt} {u}", f"We commit to a {low} of no less than {vt} {u}",
                 f"{t} ≥ {vt} {u}"]
    else:
        forms = [f"{t} shall not exceed {vt} {u}", f"{t} is kept within {vt} {u}", f"{t} ≤ {vt} {u}"]
    return rng.choice(forms).rstrip()


def distractors(rules_num, lang, rng):
    out = []
    for r in rng.sample(rules_num, min(3, len(rules_num))):
        if r["kind"] == "range_cover" or isinstance(r.get("value"), list):
            continue
        u = r.get("unit", "")
        u = "" if u == "1" else u
        other = nice(r["value"] * rng.choice([0.4, 0.8]) if r["value"] else 1)
        if lang == "zh":
            t = r["title"]["zh"]
            out.append(rng.choice([f"国家标准规定{t}不低于{other}{u}",
                                   f"合作方前期已实现{t}{other}{u}",
                                   f"2022年国内{t}的平均水平仅为{other}{u}"]))
        else:
            t = r["title"]["en"][0].lower() + r["title"]["en"][1:]
            out.append(rng.choice([f"The state of the art {t} is {other} {u}".rstrip(),
                                   f"Our partner already achieved a {t} of {other} {u} in earlier work".rstrip()]))
    if lang == "zh":
        out.append(f"项目申请财政经费{rng.randint(300, 900)}万元，自筹{rng.randint(100, 500)}万元")
        out.append(f"项目组现有成员{rng.randint(12, 40)}人，其中高级职称{rng.randint(5, 11)}人")
    else:
        out.append(f"The team has {rng.randint(12, 40)} members, {rng.randint(5, 11)} of them senior")
        out.append(f"The requested funding is {rng.randint(300, 900)} 万元")
    return out


def build(number, lang, fmt):
    rng = random.Random(f"heldout2/{number}/{lang}/{fmt}")
    d = direction_data(number)
    rules = [r for r in d["rules"] if r.get("measure", "indicator") == "indicator"]
    numeric = [r for r in rules if r["kind"] in NUMERIC and r["op"] in (">=", ">", "<=", "<", "==", "between", "covers")]
    cats = [r for r in rules if r["kind"] == "categorical"]
    answers = {"direction": number, "format": fmt, "lang": lang, "indicators": {}, "participants": []}
    title = d["title"][lang]
    months = rng.choice([24, 30, 36])
    answers["title"] = title
    answers["duration_months"] = months
    for r in numeric:
        nums, vt = committed(r, rng)
        answers["indicators"][r["id"]] = {"numbers": nums, "text": vt, "unit": r.get("unit", ""),
                                          "where": rng.choice(["table", "text"])}
    blocks = []
    if lang == "zh":
        blocks.append(("h", 1, "国际科技合作项目申报书"))
        blocks.append(("p", f"项目名称：{title}"))
        blocks.append(("p", f"所属方向：{number}"))
        blocks.append(("p", f"实施周期：{months}个月"))
        answers["participants"] = [{"name": "某某科技大学", "country": "CN", "kind": "university", "role": "lead"},
                                   {"name": "某某研究院", "country": "DE", "kind": "institute", "role": "member"}]
        blocks.append(("t", [["序号", "单位名称", "所在国家", "单位性质", "分工"],
                             ["1", "某某科技大学", "中国", "高校", "牵头"],
                             ["2", "某某研究院", "德国", "科研院所", "参与"]], None))
        blocks.append(("h", 2, "三、考核指标"))
    else:
        blocks.append(("h", 1, "Proposal for international cooperation"))
        blocks.append(("p", f"Project title: {title}"))
        blocks.append(("p", f"Direction: {number}"))
        blocks.append(("p", f"Duration: {months} months"))
        blocks.append(("h", 2, "3. Indicators"))
    lines = []
    for r in numeric:
        a = answers["indicators"][r["id"]]
        if a["where"] == "text":
            lines.append(zh_statement(r, a, rng) if lang == "zh" else en_statement(r, a, rng))
    for r in cats:
        if rng.random() < 0.8:
            chosen = [c for c in r["categories"]]
            rng.shuffle(chosen)
            words = [c[lang] for c in chosen]
            t = r["title"][lang]
            if lang == "zh":
                lines.append(f"{t}包括{'、'.join(words[:-1])}和{words[-1]}" if len(words) > 1 else f"{t}为{words[0]}")
            else:
                lines.append(f"{t}: {', '.join(words)}")
            answers["indicators"][r["id"]] = {"categories": [c["id"] for c in chosen]}
    para = lines + distractors(numeric, lang, rng)
    rng.shuffle(para)
    sep, end = ("；", "。") if lang == "zh" else (". ", ".")
    i = 0
    while i < len(para):
        n = rng.randint(1, 3)
        blocks.append(("p", sep.join(x.rstrip("。.") for x in para[i:i + n]) + end))
        i += n
    table_rules = [r for r in numeric if answers["indicators"][r["id"]]["where"] == "table"]
    if table_rules:
        layouts = ["transposed", "noheader", "words"] if lang == "zh" else ["transposed", "noheader"]
        layout = rng.choice(layouts)
        unit = lambda r: "" if r.get("unit", "") == "1" else r.get("unit", "")  # noqa: E731
        cmp_zh = lambda r: {">=": "不低于", ">": "高于", "<=": "不高于", "<": "低于"}.get(r["op"], "")  # noqa: E731
        cmp_sym = lambda r: {">=": "≥ ", ">": "> ", "<=": "≤ ", "<": "< "}.get(r["op"], "")  # noqa: E731
        if layout == "transposed":
            rows = [["指标" if lang == "zh" else "Indicator"], ["目标值" if lang == "zh" else "Target"],
                    ["单位" if lang == "zh" else "Unit"]]
            for r in table_rules[:6]:
                a = answers["indicators"][r["id"]]
                rows[0].append(r["title"][lang])
                rows[1].append(a["text"])
                rows[2].append(unit(r))
            for r in table_rules[6:]:  # the rest in the text
                answers["indicators"][r["id"]]["where"] = "text"
                a = answers["indicators"][r["id"]]
                blocks.append(("p", (zh_statement(r, a, rng) if lang == "zh" else en_statement(r, a, rng)) + ("。" if lang == "zh" else ".")))
        elif layout == "noheader":
            rows = [[r["title"][lang], f"{cmp_sym(r)}{answers['indicators'][r['id']]['text']} {unit(r)}".strip()]
                    for r in table_rules]
        else:
            rows = [["考核指标", "目标值"]] + [[r["title"]["zh"], f"{cmp_zh(r)}{answers['indicators'][r['id']]['text']}{unit(r)}"]
                                           for r in table_rules]
        blocks.append(("t", rows, None))
    return blocks, answers


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "import", "heldout2")
    os.makedirs(out, exist_ok=True)
    for number in DIRECTIONS:
        for lang in ("zh", "en"):
            for fmt in ("docx", "md"):
                blocks, answers = build(number, lang, fmt)
                name = f"{number}-{lang}.{fmt}"
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
