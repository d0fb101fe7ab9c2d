#!/usr/bin/env python3
"""Writes a SECOND, independent set of application documents for the importer.

The first set (scripts/gen_import_fixtures.py, tests/import/fixtures) was
written together with the extractor. This set is written differently on
purpose, to measure how the importer does on documents it was not tuned on
(docs/import.md, "Held-out set"): other table headers (指标/目标值/单位,
考核内容/完成指标, a 现有基础 column beside the target, English headers),
running text with baselines (由现有的 50% 提升至 62%), target verbs
(预期可达, 目标值为, 承诺), test conditions (在 0.65 V 下), other projects'
values, budgets and years as distractors, and English-language documents.
Only the document shapes are shared with the first generator (its .docx and
Markdown writers); the wording, layouts and seeds are this file's own.

Deterministic (a fixed seed per document).

    python3 scripts/gen_import_heldout.py [OUT_DIR]     # default tests/import/heldout
"""
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from gen_import_fixtures import committed, direction_data, docx_bytes, md_text, nice  # noqa: E402

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DIRECTIONS = ["1.1", "2.1", "3.1", "4.2", "5.1", "6.1", "9.1", "10.3"]
NUMERIC = ("quantity", "count", "range_cover")
CONDITIONS = ["在 0.65 V 下", "在 25 ℃ 条件下", "在 1 个标准大气压下", "在 80% 相对湿度下"]
CONDITIONS_EN = ["at 0.65 V", "at 25 ℃", "under 1 standard atmosphere"]


def baseline(rule, nums):
    """A baseline worse than the committed value (what the team has today)."""
    v = nums[0]
    if rule["kind"] == "count":
        return str(max(0, int(v) - 2) if rule["op"] in (">=", ">") else int(v) + 2)
    if rule["op"] in ("<=", "<"):
        return nice(v * 1.5 if v > 0 else v * 0.5 - 1)
    return nice(v * 0.6 if v > 0 else v * 1.5)


def zh_statement(rule, a, rng):
    t = rule["title"]["zh"]
    vt, u = a["text"], a["unit"] if a["unit"] != "1" else ""
    sp = rng.choice(["", " "])
    op = rule["op"]
    forms = [f"本项目{t}预期可达{sp}{vt}{sp}{u}",
             f"{t}的目标值为{vt}{sp}{u}",
             f"项目结束时，{t}将达到{vt}{sp}{u}"]
    if rule["kind"] != "range_cover" and op in (">=", ">", "<=", "<"):
        b = baseline(rule, a["numbers"])
        verb = "提升至" if op in (">=", ">") else "降低至"
        forms += [f"将{t}由现有的{sp}{b}{sp}{u} {verb}{sp}{vt}{sp}{u}",
                  f"{t}从目前的 {b}{sp}{u} {rng.choice(['提高到', '提升至']) if op in ('>=', '>') else '降低到'} {vt}{sp}{u}"]
        cond = [c for c in CONDITIONS if not u or u not in c]
        forms.append(f"{rng.choice(cond)}，{t}{'不低于' if op in ('>=', '>') else '不高于'}{sp}{vt}{sp}{u}")
        forms.append(f"{t}：{'≥' if op in ('>=', '>') else '≤'}{sp}{vt}{sp}{u}")
    # the value in the sentence after the one that names the indicator
    forms.append(f"关于{t}，合作双方将联合攻关。该指标的考核值为 {vt}{sp}{u}")
    return rng.choice(forms)


def en_statement(rule, a, rng):
    t = rule["title"]["en"]
    t = t[0].lower() + t[1:]
    vt, u = a["text"], a["unit"] if a["unit"] != "1" else ""
    op = rule["op"]
    forms = [f"The project will achieve a {t} of {vt} {u}".rstrip(),
             f"Target {t}: {vt} {u}".rstrip()]
    if rule["kind"] != "range_cover" and op in (">=", ">", "<=", "<"):
        b = baseline(rule, a["numbers"])
        forms.append(f"The {t} will be {'raised' if op in ('>=', '>') else 'reduced'} from {b} {u} today to {vt} {u}")
        forms.append(f"The {t} will be {'at least' if op in ('>=', '>') else 'at most'} {vt} {u}")
        cond = [c for c in CONDITIONS_EN if not u or u not in c]
        forms.append(f"{rng.choice(cond).capitalize()}, the {t} reaches {vt} {u}")
    return rng.choice(forms)


def distractors(rules_num, lang, rng):
    if lang == "zh":
        out = [f"项目预算合计 {rng.randint(600, 2500)} 万元，申请专项经费 {rng.randint(300, 900)} 万元。",
               f"{rng.choice([2024, 2025])}年完成样机研制，{rng.choice([2026, 2027])}年开展示范验证。",
               f"申报团队近五年承担国家级项目 {rng.randint(3, 12)} 项，发表论文 {rng.randint(30, 120)} 篇。"]
    else:
        out = [f"The total budget is {rng.randint(600, 2500)} 万元.",
               f"A prototype will be built in {rng.choice([2024, 2025])} and demonstrated in {rng.choice([2026, 2027])}.",
               f"The team has published {rng.randint(30, 120)} papers in the last five years."]
    for r in rng.sample(rules_num, min(2, len(rules_num))):
        if r["kind"] == "range_cover" or isinstance(r.get("value"), list):
            continue
        u = r.get("unit", "")
        u = "" if u == "1" else u
        other = nice(r["value"] * rng.choice([0.5, 0.7]) if r["value"] else 1)
        if lang == "zh":
            out.append(rng.choice([f"某国外示范项目报道的{r['title']['zh']}为 {other}{u}。",
                                   f"作为参考，文献报道{r['title']['zh']}最高约 {other}{u}。"]))
        else:
            out.append(f"For reference, a comparable project abroad reported a {r['title']['en'][0].lower() + r['title']['en'][1:]} of {other} {u}.")
    return out


def build(number, lang, fmt):
    rng = random.Random(f"heldout/{number}/{lang}/{fmt}")
    d = direction_data(number)
    rules = [r for r in d["rules"] if r.get("measure", "indicator") == "indicator"]
    numeric = [r for r in rules if r["kind"] in NUMERIC and r["op"] in (">=", ">", "<=", "<", "==", "between", "covers")]
    qual = [r for r in rules if r["kind"] == "qualitative"]
    answers = {"direction": number, "format": fmt, "lang": lang, "indicators": {}, "participants": []}
    title = d["title"][lang]
    months = rng.choice([24, 36, 48])
    answers["title"] = title
    answers["duration_months"] = months
    for r in numeric:
        nums, vt = committed(r, rng)
        answers["indicators"][r["id"]] = {"numbers": nums, "text": vt, "unit": r.get("unit", ""),
                                          "where": rng.choice(["table", "text", "text"])}
    blocks = []
    if lang == "zh":
        blocks.append(("h", 1, "项目申报书（国际合作）"))
        blocks.append(("h", 2, "1 项目概况"))
        blocks.append(("t", [["项目名称", title], ["指南方向", f"{number} {d['title']['zh']}"],
                             ["执行期限", f"{months}个月"], ["预算总额", f"{rng.randint(600, 2500)}万元"]], None))
        blocks.append(("h", 2, "2 合作单位"))
        answers["participants"] = [{"name": "某某理工大学", "country": "CN", "kind": "university", "role": "lead"},
                                   {"name": "某某能源研究所", "country": "CN", "kind": "institute", "role": "member"}]
        blocks.append(("t", [["单位名称", "国别", "单位类型", "承担角色"],
                             ["某某理工大学", "中国", "高校", "牵头单位"],
                             ["某某能源研究所", "中国", "科研院所", "参与单位"]], None))
        blocks.append(("h", 2, "3 预期目标与考核指标"))
    else:
        blocks.append(("h", 1, "Application (international cooperation)"))
        blocks.append(("p", f"Project title: {title}"))
        blocks.append(("p", f"Direction: {number} {d['title']['en']}"))
        blocks.append(("p", f"Duration: {months} months"))
        blocks.append(("h", 2, "Expected results and indicators"))
    lines = []
    for r in numeric:
        a = answers["indicators"][r["id"]]
        if a["where"] == "text":
            lines.append(zh_statement(r, a, rng) if lang == "zh" else en_statement(r, a, rng))
    for r in qual:
        if rng.random() < 0.7:
            t = r["title"][lang]
            lines.append(("项目将" + t) if lang == "zh" else ("The project will deliver " + t[0].lower() + t[1:]))
            answers["indicators"][r["id"]] = {"qualitative": True}
    para = lines + distractors(numeric, lang, rng)
    rng.shuffle(para)
    sep, end = ("。", "。") if lang == "zh" else (". ", ".")
    i = 0
    while i < len(para):
        n = rng.randint(1, 2)
        blocks.append(("p", sep.join(x.rstrip("。.") for x in para[i:i + n]) + end))
        i += n
    table_rules = [r for r in numeric if answers["indicators"][r["id"]]["where"] == "table"]
    if table_rules:
        layouts = ["zh3", "zh2", "base", "merged"] if lang == "zh" else ["en3", "en2"]
        if fmt == "md" and "merged" in layouts:
            layouts.remove("merged")
        layout = rng.choice(layouts)
        rows = []
        for k, r in enumerate(table_rules):
            a = answers["indicators"][r["id"]]
            u = a["unit"] if a["unit"] != "1" else ""
            name = r["title"][lang]
            if layout in ("zh3", "en3"):
                rows.append([name, a["text"], u])
            elif layout in ("zh2", "en2"):
                rows.append([name, f"{'≥' if r['op'] in ('>=', '>') else ('≤' if r['op'] in ('<=', '<') else '')}{a['text']}{u}"])
            elif layout == "base":
                b = baseline(r, a["numbers"]) if r["kind"] != "range_cover" and r["op"] in (">=", ">", "<=", "<") else "—"
                rows.append([str(k + 1), name, f"{b}{u}" if b != "—" else b, f"{a['text']}{u}"])
            else:
                rows.append(["主要技术指标" if k == 0 else "<<", name, a["text"], u])
        header = {"zh3": ["指标", "目标值", "单位"], "zh2": ["考核内容", "完成指标"],
                  "base": ["序号", "考核指标", "现有基础", "完成时目标值"],
                  "merged": ["类别", "指标", "目标值", "单位"],
                  "en3": ["Indicator", "Target", "Unit"], "en2": ["Metric", "Committed value"]}[layout]
        blocks.append(("t", [header] + rows, None))
    if lang == "zh":
        blocks.append(("p", f"注：项目实施期间计划召开国际研讨会 {rng.randint(2, 5)} 次，经费 {rng.randint(20, 80)} 万元。"))
    else:
        blocks.append(("p", f"Note: {rng.randint(2, 5)} workshops are planned at a cost of {rng.randint(20, 80)} 万元."))
    return blocks, answers


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "import", "heldout")
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
