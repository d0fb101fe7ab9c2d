#!/usr/bin/env python3
"""Generates N realistic proposals for benchmarking `guidecheck check`.

Each proposal is about 2.5 KB: 15 participants, every research item of its
direction described, every indicator given (in the forms applicants write:
plain quantities, committed bounds, ranges, long forms). Directions are mixed
over all those the binary knows (1.1 .. 10.8); most proposals pass, the rest
fail on one to three requirements, and a small share is malformed (broken
YAML, unknown direction, missing format version) so the error path is timed
too. The ids, thresholds and units come from the binary itself
(`rules list`, `rules show DIR --format json`), so the proposals follow the
rule packs as they change. Deterministic: the same seed gives the same files.

Usage: gen_proposals.py GUIDECHECK OUT_DIR N [--seed S] [--fail F] [--malformed M]
"""
import argparse
import json
import os
import random
import re
import subprocess
import sys

CN_UNITS = ["清华大学", "中国科学院工程热物理研究所", "上海交通大学", "浙江大学", "华中科技大学",
            "西安交通大学", "中国电力科学研究院有限公司", "国家能源集团新能源技术研究院",
            "北京协和医院", "中国科学院大连化学物理研究所", "哈尔滨工业大学", "天津大学"]
FOREIGN = [  # name, country, kind
    ("Technische Universität München", "DE", "university"),
    ("Massachusetts Institute of Technology", "US", "university"),
    ("The University of Tokyo", "JP", "university"),
    ("Imperial College London", "GB", "university"),
    ("Fraunhofer-Institut für Solare Energiesysteme ISE", "DE", "institute"),
    ("Commissariat à l'énergie atomique", "FR", "institute"),
    ("National University of Singapore", "SG", "university"),
    ("CSIRO Energy", "AU", "institute"),
    ("TÜV Rheinland", "DE", "testing_body"),
    ("International Energy Agency", "FR", "international_org"),
    ("University of Hong Kong", "HK", "university"),
    ("Universidade de São Paulo", "BR", "university"),
]
WORK = ["工作包", "课题任务", "研究任务"]
VERBS = ["系统研究", "联合攻关", "试验验证", "建立模型并开展", "形成方法，完成"]


def binary_json(gc, *args):
    out = subprocess.run([gc, *args], check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def directions(gc, guide):
    out = subprocess.run([gc, "rules", "list", "--guide", guide, "--lang", "en"], check=True,
                         capture_output=True, text=True).stdout
    return [m.group(1) for m in re.finditer(r"^\s+(\d+\.\d+)\s", out, re.M)]


def num(v):
    s = f"{v:.6g}"
    return s if "e" not in s else f"{v:.6f}".rstrip("0").rstrip(".")


def unit_of(rule):
    return (" " + rule["unit"]) if rule.get("unit") else ""


def formula_threshold(rule, inputs):
    return eval(rule["formula"], {"__builtins__": {}}, dict(inputs))  # our own pack's arithmetic


def passing(rule, rnd, inputs):
    kind, op, u = rule["kind"], rule["op"], unit_of(rule)
    if kind == "qualitative":
        return rnd.choice(["true", f"{rnd.choice(VERBS)}{rule['title']['zh']}，形成报告 1 份"])
    if kind == "categorical":
        return "[" + ", ".join(rule["value"]) + "]"
    if kind == "ratio":
        den = float(rule["value"].split(":")[1])
        return f'"1:{num(den / rnd.choice([1, 2, 2.5]))}"'
    if op == "covers":
        lo, hi = rule["value"]
        return f'"{num(lo - abs(lo) * 0.1)} ~ {num(hi + abs(hi) * 0.1)}{u}"'
    if op == "between":
        lo, hi = rule["value"]
        v = lo + (hi - lo) * rnd.random()
        return f'"{num(round(v) if kind == "count" else v)}{u}"'
    t = formula_threshold(rule, inputs) if kind == "formula" else rule["value"]
    up = op in (">=", ">")
    margin = max(abs(t) * rnd.uniform(0.02, 0.3), 1 if kind == "count" else 0.001)
    v = t + margin if up else t - margin
    if v < 0 <= t and "℃" not in u:  # only temperatures may be negative: halve instead
        v = t / 2
    if kind == "count":
        v = float(int(v) + (1 if up and v != int(v) else 0)) if up else float(max(0, int(v)))
        if (up and v < t) or (not up and v > t):
            v = t
    form = rnd.random()
    if kind != "count" and form < 0.2:
        return f'"{"≥" if up else "≤"} {num(v)}{u}"'
    if kind != "count" and form < 0.3:
        return f'{{value: "{num(v)}{u}", note: 实验台实测，见附件 {rnd.randint(1, 9)}}}'
    return f'"{num(v)}{u}"'


def failing(rule, rnd, inputs):
    kind, op, u = rule["kind"], rule["op"], unit_of(rule)
    if kind == "qualitative":
        return "false"
    if kind == "categorical":
        return "[" + ", ".join(rule["value"][:-1] or ["other"]) + "]"
    if kind == "ratio":
        den = float(rule["value"].split(":")[1])
        return f'"1:{num(den * 4)}"'
    if op == "covers":
        lo, hi = rule["value"]
        return f'"{num(lo + (hi - lo) * 0.25)} ~ {num(hi)}{u}"'
    if op == "between":
        lo, hi = rule["value"]
        return f'"{num(hi + max(1, abs(hi) * 0.5))}{u}"'
    t = formula_threshold(rule, inputs) if kind == "formula" else rule["value"]
    if rnd.random() < 0.15 and kind == "quantity":
        return '"12 kg"' if "kg" not in rule.get("unit", "") else '"12 m"'  # wrong dimension: invalid
    up = op in (">=", ">")
    v = t - max(abs(t) * 0.2, 1) if up else t + max(abs(t) * 0.2, 1)
    if v < 0 < t and "℃" not in u:  # a negative value would be invalid, not a plain failure
        v = t / 2
    if kind == "count":
        v = float(max(0, int(v)))
        if up and v >= t:
            return None  # a count threshold of 0 cannot be failed from below
    return f'"{num(v)}{u}"'


def participants(rnd, n_cn=8, foreign=True):
    hospital = "北京协和医院"
    flow = rnd.random() < 0.5
    lines, cn = [], rnd.sample([u for u in CN_UNITS if u != hospital], n_cn - 1) + [hospital]
    for i, name in enumerate(cn):
        kind = "hospital" if "医院" in name else ("university" if "大学" in name else "institute")
        quals = (f"\n    qualifications: [human_genetic_resources_preservation, biobank_accreditation]"
                 if kind == "hospital" else "")
        lines.append(f"  - name: {name}\n    country: CN\n    role: {'lead' if i == 0 else 'member'}\n"
                     f"    kind: {kind}{quals}")
        if flow and not quals:  # half the applicants write one participant per line
            lines[-1] = f"  - {{name: {name}, country: CN, role: {'lead' if i == 0 else 'member'}, kind: {kind}}}"
    if foreign:
        # a testing body, an international organisation, and units in Asia, Europe and the Americas
        picks = [f for f in FOREIGN if f[2] in ("testing_body", "international_org") or f[1] in ("US", "JP")]
        rest = [f for f in FOREIGN if f not in picks]
        picks += rnd.sample(rest, 15 - n_cn - len(picks))
        for name, country, kind in picks:
            lines.append(f"  - {{name: \"{name}\", country: {country}, role: member, kind: {kind}}}" if flow else
                         f"  - name: \"{name}\"\n    country: {country}\n    role: member\n    kind: {kind}")
    return "\n".join(lines)


def proposal(d, rnd, fail):
    # An any_of rule offers its alternatives as indicators; failing one of them
    # fails the rule only when the others fail too.
    indicators, groups = {}, {}
    for r in d["indicators"]:
        if "measure" in r:
            continue
        for a in r.get("any_of", [r]):
            indicators[a["id"]] = a
            if r["kind"] == "any_of":
                groups[a["id"]] = [x["id"] for x in r["any_of"]]
    inputs, input_units = {}, {}
    for r in d["indicators"]:
        for i in r.get("inputs", []):
            ind = indicators.get(i["id"])
            if ind and ind["kind"] != "formula" and isinstance(ind.get("value"), (int, float)):
                t = ind["value"]  # an input that is itself an indicator: a value meeting it
                inputs[i["id"]] = t * (0.9 if ind["op"] in ("<=", "<") else 1.1) if t else 1
            else:
                inputs[i["id"]] = rnd.choice([1, 2, 5])
            input_units[i["id"]] = i["unit"]
    values = {rid: passing(r, rnd, inputs) for rid, r in indicators.items() if rid not in inputs}
    for i, v in inputs.items():
        values[i] = f'"{num(v)} {input_units[i]}"' if input_units[i] != "1" else num(v)
    duration = rnd.choice(["36 个月", "3 年", "30 months", "24 个月"])
    n_cn, foreign, omit = 8, True, set()
    if fail:
        for _ in range(rnd.randint(1, 3)):
            what = rnd.random()
            if what < 0.7 and indicators:
                rid = rnd.choice(sorted(indicators))
                bad = {g: failing(indicators[g], rnd, inputs) for g in groups.get(rid, [rid])}
                if None not in bad.values():
                    values.update(bad)
            elif what < 0.8:
                omit.add(rnd.choice(sorted(indicators)) if indicators else "")
            elif what < 0.9:
                duration = rnd.choice(["48 个月", "4 年"])
            else:
                n_cn, foreign = rnd.choice([(11, True), (8, False)])
    research = "\n".join(
        f"  {r['id']}: {rnd.choice(WORK)} {k + 1}：{rnd.choice(VERBS)}{r['text']['zh']}"
        for k, r in enumerate(d["research_contents"]))
    ind = "\n".join(f"  {k}: {v}" for k, v in values.items() if k not in omit)
    return (f"guidecheck: 1\nguide: {d['guide']}\ndirection: \"{d['direction']}\"\n"
            f"title: {d['title']['zh']}\nduration: {duration}\nsub_projects: 0\n"
            f"participants:\n{participants(rnd, n_cn, foreign)}\n"
            f"research_contents:\n{research}\nindicators:\n{ind}\n")


MALFORMED = [
    lambda d: f"guidecheck: 1\ndirection: \"{d['direction']}\"\nparticipants: [\n",   # unterminated flow
    lambda d: "guidecheck: 1\ndirection: \"99.9\"\ntitle: 未知方向\n",                    # unknown direction
    lambda d: f"direction: \"{d['direction']}\"\ntitle: 缺少格式版本\n",                  # no guidecheck: 1
    lambda d: f"guidecheck: 1\ndirection: \"{d['direction']}\"\ntitle: a\ntitle: b\n",  # duplicate key
]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("guidecheck")
    ap.add_argument("out")
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=20221)
    ap.add_argument("--fail", type=float, default=0.35, help="share of failing proposals")
    ap.add_argument("--malformed", type=float, default=0.01, help="share of malformed files")
    # The participants, durations and answers written follow this guide's
    # general rules; other packs installed beside it are left alone.
    ap.add_argument("--guide", default="sstic-2022-draft", help="the rule pack to write for")
    a = ap.parse_args()
    dirs = [binary_json(a.guidecheck, "rules", "show", n, "--guide", a.guide, "--format", "json")
            for n in directions(a.guidecheck, a.guide)]
    if not dirs:
        sys.exit("gen_proposals: the binary lists no directions")
    rnd = random.Random(a.seed)
    counts = {"pass": 0, "fail": 0, "malformed": 0}
    for i in range(a.n):
        d = dirs[i % len(dirs)]
        sub = os.path.join(a.out, d["direction"].split(".")[0], d["direction"])
        os.makedirs(sub, exist_ok=True)
        r = rnd.random()
        if r < a.malformed:
            text, kind = rnd.choice(MALFORMED)(d), "malformed"
        else:
            fail = r < a.malformed + a.fail
            text, kind = proposal(d, rnd, fail), "fail" if fail else "pass"
        counts[kind] += 1
        with open(os.path.join(sub, f"p{i:06d}.yaml"), "w", encoding="utf-8") as f:
            f.write(text)
    print(json.dumps({"files": a.n, "intended": counts, "seed": a.seed}))


if __name__ == "__main__":
    main()
