#!/usr/bin/env python3
"""Writes a fourth held-out family of application documents (tests/import/heldout4).

Written before the extractor (src/import/*.cpp) was read, from docs/import.md
(the answer-file format), docs/format.md and docs/values.md (what the value
parser reads) and the rule pack alone. Nothing is imported from the other
generators; the .docx writer here is its own.

The documents follow the 申报书 form as applicants fill it in, in ways the
other generators do not:

- 研究目标 prose that states several indicators in one sentence, joined by
  、 ， 和 / `,` `and`, with 分别 / `respectively` pairs (`A和B分别不低于 X 和 Y`);
- the 考核指标 table of the national programme's form: 序号 | 指标名称 |
  立项时已有指标值/状态 | 中期指标值/状态 | 完成时指标值/状态 | 考核方式（方法）及
  评价手段 (a baseline and a mid-term column beside the commitment), and a
  指标类别 (约束性/预期性, merged down) | 指标名称 | 考核方式 | 指标值 | 单位 table
  whose unit column is in another unit than the rule's (秒 for 毫秒 or 分钟,
  吨 for kg, 分钟 for 小时, kW for MW);
- the same commitment stated in the 摘要 and again in the table;
- comparators 不超过 / ≤ / 以下 / 至少 / 达到…以上 / 由…提升至 / 由…降低到, `no more
  than`, `at least`, `raise … from … to`, `reduce … to`, `within`;
- Chinese numerals for small counts (`不少于三个`, `两套`);
- distractors that every real form carries: 现有工作基础 with the team's own
  earlier figures for the same indicators (已实现…为…), the international
  level (国际领先水平, 国际同类研究报道…最高为…), mid-term targets (中期考核时…),
  预期经济效益 in 万元 and percentages, budget shares (设备费占专项经费的 18%),
  team size (项目组成员 25 人, which shares the unit 人 with cohort sizes),
  telephone numbers, 第X章 / 图X / 表X references, and a reference list with
  years, volumes and pages.

The answer key is correct by construction: each committed value is stated
once or restated with the same number; every other number is a baseline, a
mid-term target, someone else's figure, money, a share of the budget, a date,
a count of people or a cross-reference.

Deterministic (a fixed seed per document).

    python3 scripts/gen_import_heldout4.py [OUT_DIR]   # default tests/import/heldout4
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
DIRECTIONS = ["2.2", "2.3", "3.3", "4.1", "5.3", "6.4", "9.2", "9.3", "10.2", "10.6", "10.8"]
NUMERIC_KINDS = {"quantity", "count"}

# rule unit -> [(zh unit, en unit, factor from the rule's unit)]: the first is the
# rule's own unit, the others what applicants write instead
UNITS = {
    "毫秒": [("毫秒", "ms", 1.0), ("秒", "s", 0.001)],
    "分钟": [("分钟", "min", 1.0), ("秒", "s", 60.0)],
    "小时": [("小时", "h", 1.0), ("分钟", "min", 60.0)],
    "h": [("小时", "h", 1.0), ("分钟", "min", 60.0)],
    "kg": [("千克", "kg", 1.0), ("吨", "t", 0.001)],
    "MW": [("MW", "MW", 1.0), ("kW", "kW", 1000.0)],
    "千克/天": [("千克/天", "kg/day", 1.0), ("吨/天", "t/day", 0.001)],
    "吨": [("吨", "t", 1.0)],
    "米": [("米", "m", 1.0)],
    "倍": [("倍", "times", 1.0)],
    "%": [("%", "%", 1.0)],
    "wt%": [("wt%", "wt%", 1.0)],
    "℃": [("℃", "°C", 1.0)],
    "SL/min": [("SL/min", "SL/min", 1.0)],
    "Wh/kg": [("Wh/kg", "Wh/kg", 1.0)],
    "年": [("年", "years", 1.0)],
}
CN_DIGITS = "零一二三四五六七八九十"


def load(number):
    with open(os.path.join(PACK, number + ".yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def fmt(x, sig=3):
    x = float(f"{x:.{sig}g}")
    s = f"{x:.6f}".rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def passes(rule, x):
    op, v = rule["op"], rule["value"]
    if op == "between":
        return v[0] <= x <= v[1]
    return {">=": x >= v, ">": x > v, "<=": x <= v, "<": x < v, "==": x == v}.get(op, False)


def better(rule):
    """+1 when larger is better, -1 when smaller is."""
    return -1 if rule["op"] in ("<=", "<") else 1


def cn_count(n, measure):
    """三个, 两套: a Chinese numeral for small counts (docs/values.md reads them)."""
    if n == 2:
        return "两"
    if 1 <= n <= 10:
        return CN_DIGITS[n]
    return None


def choose(rule, rng, lang):
    """The committed value: (written number, written unit zh, en, number in the rule's unit)."""
    kind, op, v = rule["kind"], rule["op"], rule["value"]
    unit = rule.get("unit") or ""
    if kind == "count" and unit == "人" and op == ">=" and v >= 1000:
        x = int(float(fmt(v * rng.choice([1.0, 2.0, 3.0] if v >= 5000 else [1.0, 1.2, 1.5]), 2)))
        if lang == "zh" and x >= 10000 and rng.random() < 0.7:
            return f"{x / 10000:g}万", unit, "", float(x)  # 0.6万人 (docs/values.md: 万)
        return str(x), unit, "", float(x)
    if kind == "count":
        if op == "between":
            x = rng.choice(list(range(int(v[0]), int(v[1]) + 1)))
        else:
            x = int(v) + rng.choice([0, 1, 2, 5]) + (1 if op == ">" else 0)
        return str(x), unit, "", float(x)
    if op == "between":
        x = rng.choice([v[0] + (v[1] - v[0]) * f for f in (0.25, 0.5, 0.75)])
        return fmt(x), unit, unit, float(fmt(x))
    alts = UNITS.get(unit, [(unit, unit, 1.0)])
    if unit == "%" and isinstance(v, (int, float)) and v <= 5 and lang == "zh":
        alts = alts + [("‰", "‰", 10.0)]  # a small share in per mille (docs/values.md)
    zh, en, factor = alts[0] if len(alts) == 1 or rng.random() < 0.45 else rng.choice(alts[1:])
    for f in (rng.choice([0.04, 0.1, 0.2]), 0.02, 0.0):
        x = v + abs(v) * f * better(rule)
        sig = 3
        if unit == "%" and x > 100:
            x, sig = (v + 100) / 2, 7  # a purity of 99.9995 %, not 100 %
        written = fmt(x * factor, sig)
        back = float(written) / factor
        if passes(rule, back):
            return written, zh, en, back
    raise SystemExit(f"no passing value for {rule['id']}")


def worse(rule, a, rng, how=0.7):
    """A figure worse than the commitment, in the same written unit (a baseline,
    a mid-term target, an earlier result)."""
    x = float(a["written"])
    if rule["kind"] == "count":
        if x >= 20:
            return fmt(x * how, 2)
        return str(max(0, int(x) - 1 - int(x) // 3)) if how < 0.9 else str(max(1, int(x) - 1))
    if float(a["written"]) > 99 and a["zh_unit"] == "%":
        return fmt(x - (100 - x) * (1 / how - 1) * 4, 6)  # 99.99 % against 99.9995 %
    return fmt(x * how if better(rule) > 0 else x / how)


def zh_name(rule):
    return rule["title"]["zh"]


# The English name each rule had when this set was written: the first ASCII
# alias of the pack as it was then (commit 093fb6d), by English title, so that
# aliases added to the pack later do not change the set.
EN_ALIAS_THEN = {
    "Accuracy of battery safety warnings": "safety warning accuracy",
    "Active compounds discovered": "active compounds",
    "Association (group) standards on hydrogen-storage-based distributed multi-energy systems": "group standard",
    "Auto-ignition temperature of the vented substances": "auto-ignition temperature",
    "Capacity retention of the material after 3000 absorption/desorption cycles": "capacity retention",
    "Cluster control accuracy": "cluster control accuracy",
    "Draft proposals for group, industry or national standards": "draft standards",
    "Energy density of the battery systems": "energy density",
    "Explosion limit of the gas vented by the battery system": "explosion limit",
    "Fast frequency regulation response time": "frequency response time",
    "Foreign research institutions and enterprises signing strategic cooperation agreements": "strategic agreements",
    "Hydrogen absorption/desorption operating temperature": "operating temperature",
    "Hydrogen storage capacity of the material": "hydrogen storage capacity of the material",
    "Hydrogen storage capacity of the solid-state storage system": "system hydrogen storage capacity",
    "Interval between the distribution maps": "time interval",
    "Key vulnerable zones": "vulnerable zones",
    "Participants in the multi-omics cohort of genetic immune skin diseases": "cohort size",
    "Precision of battery defect detection": "defect detection precision",
    "Purity of the released hydrogen": "hydrogen purity",
    "Rated hydrogen absorption/desorption rate": "rated flow rate",
    "Response time as emergency (contingency) reserve": "emergency reserve response time",
    "Response time as non-spinning reserve": "non-spinning reserve response time",
    "Sample size of the secondary-prevention trial": "trial sample size",
    "Single continuous, stable hydrogen supply to a 100 kW fuel cell": "continuous supply time",
    "Standards approved as projects": "standards approved",
    "Stressors assessed": "stressors assessed",
    "Time span of the distribution maps": "time span",
    "Time without thermal runaway in a 250 ℃ hot box": "hot-box time",
    "Total harmonic distortion of the voltage": "total harmonic distortion",
    "Units in the cluster application demonstration": "demonstration units",
    "Voltage qualification rate of the regional microgrid": "voltage qualification rate",
}


def en_name(rule):
    if rule["title"]["en"] in EN_ALIAS_THEN:
        return EN_ALIAS_THEN[rule["title"]["en"]]
    t = rule["title"]["en"]
    return t[0].lower() + t[1:]


def count_noun(rule):
    """新靶点数 -> 新靶点: the thing counted, for 发现三个新靶点."""
    t = zh_name(rule)
    for end in ("数量", "种数", "项数", "数"):
        if t.endswith(end) and len(t) - len(end) >= 3:
            return t[: -len(end)]
    return None


def zh_phrase(rule, a, rng, base=None):
    """One commitment, in the words of a 研究目标 sentence."""
    n, v, u = zh_name(rule), a["written"], a["zh_unit"]
    if rule["kind"] == "count":
        cn = cn_count(int(v), u) if rng.random() < 0.45 else None
        num = cn or v
        noun = count_noun(rule)
        forms = [f"{n}不少于{num}{u}", f"{n}达到{num}{u}以上", f"{n}至少{num}{u}"]
        if rule["op"] == "between":
            forms = [f"{n}达到{num}{u}", f"{n}为{num}{u}"]
        if noun and rule["op"] != "between":
            forms.append(f"{noun}不少于{num}{u}")
        return rng.choice(forms)
    if better(rule) > 0:
        forms = [f"{n}不低于{v}{u}", f"{n}达到{v}{u}以上", f"{n}至少达到{v}{u}", f"{n}≥{v}{u}"]
        if base:
            forms = [f"{n}由现有的{base}{u}提升至{v}{u}", f"将{n}从目前的{base}{u}提高到{v}{u}以上"]
        if rule["op"] == "between":
            forms = [f"{n}达到{v}{u}"]
    else:
        forms = [f"{n}不超过{v}{u}", f"{n}≤{v}{u}", f"{n}在{v}{u}以下", f"{n}不高于{v}{u}"]
        if base:
            forms = [f"{n}由目前的{base}{u}降低到{v}{u}", f"将{n}从现有的{base}{u}缩短至{v}{u}以内"]
    return rng.choice(forms)


def en_phrase(rule, a, rng, base=None):
    n, v, u = en_name(rule), a["written"], a["en_unit"]
    q = f"{v}{'' if u in ('%', '') else ' '}{u}".strip()
    if rule["kind"] == "count":
        if rule["op"] == "between":
            return rng.choice([f"{n}: {v}", f"{v} {n}"])
        return rng.choice([f"at least {v} {n}", f"{n} of no fewer than {v}"])
    if base:
        b = f"{base}{'' if u in ('%', '') else ' '}{u}".strip()
        if better(rule) > 0:
            return f"a {n} raised from {b} today to {q}"
        return f"a {n} cut from {b} today to {q}"
    if better(rule) > 0:
        return rng.choice([f"a {n} of at least {q}", f"{n} ≥ {q}", f"{n} no lower than {q}"])
    return rng.choice([f"a {n} of no more than {q}", f"{n} ≤ {q}", f"{n} not exceeding {q}"])


def join_zh(parts, rng):
    if len(parts) == 1:
        return parts[0]
    sep = rng.choice(["、", "，"])
    return sep.join(parts[:-1]) + rng.choice(["，并", "，", "和"]) + parts[-1]


def join_en(parts):
    if len(parts) == 1:
        return parts[0]
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def respectively(pair, ans, lang):
    """A和B分别不低于 X 和 Y: two commitments of one direction and unit."""
    r1, r2 = pair
    a1, a2 = ans[r1["id"]], ans[r2["id"]]
    if lang == "zh":
        cmp_ = "不低于" if better(r1) > 0 else "不超过"
        if r1["kind"] == "count":
            cmp_ = "不少于"
        return (f"{zh_name(r1)}和{zh_name(r2)}分别{cmp_}{a1['written']}{a1['zh_unit']}"
                f"和{a2['written']}{a2['zh_unit']}")
    cmp_ = "at least" if better(r1) > 0 else "no more than"
    u1, u2 = a1["en_unit"], a2["en_unit"]
    sp1 = "" if u1 in ("%", "") else " "
    sp2 = "" if u2 in ("%", "") else " "
    return (f"{en_name(r1)} and {en_name(r2)} of {cmp_} {a1['written']}{sp1}{u1} and "
            f"{a2['written']}{sp2}{u2} respectively")


def goal_paragraphs(text_rules, ans, lang, rng):
    """研究目标: the commitments stated two or three to a sentence."""
    rules = list(text_rules)
    rng.shuffle(rules)
    sentences = []
    # a 分别 pair when two rules share the direction and the written unit
    for i, r1 in enumerate(rules):
        for r2 in rules[i + 1:]:
            a1, a2 = ans[r1["id"]], ans[r2["id"]]
            if (better(r1) == better(r2) and r1["kind"] == r2["kind"] and r1["op"] != "between"
                    and r2["op"] != "between" and a1["zh_unit"] == a2["zh_unit"] and rng.random() < 0.5):
                sentences.append([respectively((r1, r2), ans, lang)])
                a1["form"] = a2["form"] = "respectively"
                rules = [r for r in rules if r not in (r1, r2)]
                break
        else:
            continue
        break
    while rules:
        k = min(len(rules), rng.choice([2, 3]))
        group, rules = rules[:k], rules[k:]
        parts = []
        for r in group:
            a = ans[r["id"]]
            base = worse(r, a, rng) if r["kind"] != "count" and rng.random() < 0.25 else None
            parts.append(zh_phrase(r, a, rng, base) if lang == "zh" else en_phrase(r, a, rng, base))
        sentences.append(parts)
    rng.shuffle(sentences)
    out = []
    for parts in sentences:
        if lang == "zh":
            lead = rng.choice(["项目完成时，", "通过本项目实施，", "执行期结束时，", "本项目将", ""])
            out.append(lead + join_zh(parts, rng) + "。")
        else:
            lead = rng.choice(["By the end of the project we will achieve ", "The project will deliver ",
                               "Targets: "])
            out.append(lead + join_en(parts) + ".")
    return out


def unit_cell(a, lang):
    return a["zh_unit"] if lang == "zh" else a["en_unit"]


def table_value(rule, a, rng, lang, with_unit):
    v = a["written"]
    u = unit_cell(a, lang)
    if rule["op"] == "between":
        cmp_ = ""
    elif lang == "zh":
        cmp_ = rng.choice(["≥", "不低于"] if better(rule) > 0 else ["≤", "不超过"])
        if rule["kind"] == "count" and cmp_ == "不低于":
            cmp_ = "不少于"
    else:
        cmp_ = rng.choice(["≥", "at least "] if better(rule) > 0 else ["≤", "at most "])
    if with_unit:
        sp = "" if u in ("%", "") or lang == "zh" else " "
        return f"{cmp_}{v}{sp}{u}"
    return f"{cmp_}{v}"


def kpi_table(tab, ans, lang, rng):
    """The 考核指标 table, in one of the form's layouts."""
    if lang == "zh":
        layout = rng.choice(["form", "category_unit", "form", "category_unit"])
    else:
        layout = rng.choice(["en_form", "en_category_unit"])
    rows, spans = [], {}
    ways = (["第三方检测报告", "查阅验收报告", "现场测试", "提交论文、专利证书", "用户使用证明"] if lang == "zh"
            else ["Third-party test report", "Final review", "On-site test", "Certificates"])
    if layout in ("form", "en_form"):
        rows.append(["序号", "指标名称", "立项时已有指标值/状态", "中期指标值/状态", "完成时指标值/状态",
                     "考核方式（方法）及评价手段"] if lang == "zh" else
                    ["No.", "Indicator", "At project start", "Mid-term", "At completion", "Verification method"])
        for k, r in enumerate(tab, 1):
            a = ans[r["id"]]
            u = unit_cell(a, lang)
            sp = "" if u in ("%", "") or lang == "zh" else " "
            start = rng.choice(["—", "无", f"{worse(r, a, rng, 0.6)}{sp}{u}"]) if lang == "zh" else \
                rng.choice(["—", "none", f"{worse(r, a, rng, 0.6)}{sp}{u}"])
            mid = f"{worse(r, a, rng, 0.85)}{sp}{u}"
            rows.append([str(k), zh_name(r) if lang == "zh" else r["title"]["en"], start, mid,
                         table_value(r, a, rng, lang, True), rng.choice(ways)])
    else:
        rows.append(["指标类别", "指标名称", "考核方式", "指标值", "单位"] if lang == "zh" else
                    ["Category", "Indicator", "Verification", "Target value", "Unit"])
        binding = [r for r in tab if r["kind"] != "count"]
        expected = [r for r in tab if r["kind"] == "count"]
        ri = 1
        for group, label in ((binding, ("约束性指标", "Binding")), (expected, ("预期性指标", "Expected"))):
            for j, r in enumerate(group):
                a = ans[r["id"]]
                cat = label[0] if lang == "zh" else label[1]
                if j > 0:
                    cat = ""
                if len(group) > 1:
                    spans[(ri, 0)] = "restart" if j == 0 else "cont"
                rows.append([cat, zh_name(r) if lang == "zh" else r["title"]["en"], rng.choice(ways),
                             table_value(r, a, rng, lang, False), unit_cell(a, lang) or "—"])
                ri += 1
    return rows, spans


def distractors(rules, ans, lang, rng, start):
    """Numbers every real form carries and no reader takes as a commitment."""
    out = []
    people = rng.randint(18, 40)
    if lang == "zh":
        out.append(f"项目组现有成员{people}人，其中高级职称{rng.randint(6, 12)}人，"
                   f"在读博士研究生{rng.randint(4, 10)}人，外方专家{rng.randint(3, 6)}人。")
        out.append(f"相关方法详见第{rng.randint(3, 5)}章，技术路线如图{rng.randint(2, 6)}所示，"
                   f"任务分工见表{rng.randint(3, 7)}。")
    else:
        out.append(f"The team has {people} members, {rng.randint(6, 12)} of them senior researchers, "
                   f"and {rng.randint(3, 6)} experts from the foreign partner.")
        out.append(f"The methods are described in Chapter {rng.randint(3, 5)} and the work plan in "
                   f"Section {rng.randint(4, 6)}.{rng.randint(1, 4)} (Figure {rng.randint(2, 6)}).")
    picked = [r for r in rules if r["kind"] != "count" or r["op"] != "between"]
    for r in rng.sample(picked, min(3, len(picked))):
        a = ans[r["id"]]
        u = unit_cell(a, lang)
        sp = "" if u in ("%", "") or lang == "zh" else " "
        if lang == "zh":
            out.append(rng.choice([
                f"在前期合作中，申请团队已实现{zh_name(r)}{worse(r, a, rng, 0.75)}{u}",
                f"国际同类研究报道的{zh_name(r)}最高为{worse(r, a, rng, 0.9)}{u}（文献[{rng.randint(2, 9)}]）",
                f"中期考核时，{zh_name(r)}达到{worse(r, a, rng, 0.85)}{u}",
            ]) + "。")
        else:
            out.append(rng.choice([
                f"In earlier joint work the team already reached {worse(r, a, rng, 0.75)}{sp}{u} for the "
                f"{en_name(r)}",
                f"The best {en_name(r)} reported internationally is {worse(r, a, rng, 0.9)}{sp}{u} "
                f"[{rng.randint(2, 9)}]",
                f"At the mid-term review the {en_name(r)} will be {worse(r, a, rng, 0.85)}{sp}{u}",
            ]) + ".")
    return out


def benefits(lang, rng):
    if lang == "zh":
        return [f"预期经济效益：成果推广应用后，预计三年内新增产值{rng.randint(2, 9)}{rng.randint(0, 9)}00万元，"
                f"新增利税{rng.randint(300, 900)}万元，带动就业{rng.randint(50, 200)}人，"
                f"综合成本降低{rng.randint(8, 18)}%。",
                "项目整体技术水平预期达到国际领先水平，部分指标优于国际同类技术。"]
    return [f"Expected economic benefits: within three years of the project, new output of about "
            f"{rng.randint(20, 90)} million yuan and {rng.randint(50, 200)} new jobs, with overall costs "
            f"{rng.randint(8, 18)}% lower.",
            "The results are expected to reach the international leading level."]


def budget(lang, rng):
    total = rng.randint(4, 12) * 100
    equip = rng.randint(10, 25)
    coop = rng.randint(8, 20)
    if lang == "zh":
        return (total, f"经费预算：申请专项经费{total}万元，其中设备费{total * equip // 100}万元，占专项经费的{equip}%；"
                f"国际合作与交流费{total * coop // 100}万元，占{coop}%；自筹经费{total // 4}万元。")
    return (total, f"Budget: {total} 万元 requested, of which equipment {total * equip // 100} 万元 ({equip}% of "
            f"the budget) and international exchange {total * coop // 100} 万元 ({coop}%).")


def references(lang, rng):
    out = []
    journals = ["Nature Energy", "Joule", "中国电机工程学报", "Applied Energy", "环境科学学报", "Lancet"]
    for k in range(1, rng.randint(4, 6)):
        year = rng.randint(2015, 2023)
        out.append(f"[{k}] Wang L, Smith J, et al. {rng.choice(journals)}, {year}, {rng.randint(5, 60)}"
                   f"({rng.randint(1, 12)}): {rng.randint(100, 900)}-{rng.randint(901, 999)}.")
    return out


def qualitative(rule, lang):
    """A commitment written in the guide's words."""
    if lang == "zh":
        return f"本项目承诺：{rule['title']['zh']}。"
    t = rule["title"]["en"]
    return f"The project commits to the following: {t[0].lower() + t[1:]}."


def categorical(rule, lang, rng):
    cats = [c for c in rule["categories"] if c["id"] in rule["value"]]
    rng.shuffle(cats)
    words = [c[lang] for c in cats]
    if lang == "zh":
        listed = "、".join(words[:-1]) + "和" + words[-1] if len(words) > 2 and rng.random() < 0.5 else "、".join(words)
        return f"{rule['title']['zh']}包括{listed}。", [c["id"] for c in cats]
    listed = ", ".join(words[:-1]) + " and " + words[-1] if len(words) > 1 else words[0]
    return f"{rule['title']['en']}: {listed}.", [c["id"] for c in cats]


def build(number, lang, fmt_):
    rng = random.Random(f"heldout4|{number}|{lang}|{fmt_}")
    d = load(number)
    rules = [r for r in d["rules"] if r.get("measure", "indicator") == "indicator"]
    num_rules = [r for r in rules if r["kind"] in NUMERIC_KINDS and
                 (isinstance(r.get("value"), (int, float)) or r["op"] == "between")]
    cat_rules = [r for r in rules if r["kind"] == "categorical" and r["op"] == "contains_all"]
    qual_rules = [r for r in rules if r["kind"] == "qualitative"]
    ans = {}
    for r in num_rules:
        written, zh, en, back = choose(r, rng, lang)
        ans[r["id"]] = {"written": written, "zh_unit": zh, "en_unit": en, "number": back,
                        "where": rng.choice(["goal", "goal", "table", "table", "both"]), "form": "phrase"}
    months = rng.choice([24, 36, 36, 48])
    start = rng.choice([2024, 2025])
    end_year = start + months // 12 - 1
    title = d["title"][lang]
    total, budget_line = budget(lang, rng)
    blocks = []
    if lang == "zh":
        blocks.append(("h", 1, "政府间国际科技创新合作重点专项项目申报书"))
        dur = rng.choice([f"{months}个月", f"{months // 12}年"])
        blocks.append(("t", [["项目名称", title], ["申报方向", f"{number} {d['title']['zh']}"],
                             ["项目牵头单位", "某某大学"], ["项目负责人", "张某某"],
                             ["联系电话", f"010-{rng.randint(62700000, 62799999)}"],
                             ["执行期限", dur], ["申请专项经费", f"{total}万元"]], {}))
    else:
        blocks.append(("h", 1, "Intergovernmental cooperation project: application form"))
        blocks.append(("t", [["Project title", title], ["Direction", f"{number} {d['title']['en']}"],
                             ["Lead organisation", "Some University"],
                             ["Telephone", f"+86 10 {rng.randint(62700000, 62799999)}"],
                             ["Duration", f"{months} months"], ["Requested funding", f"{total} 万元"]], {}))
    answers = {"direction": number, "format": fmt_, "lang": lang, "title": title, "duration_months": months,
               "indicators": {}}
    # 摘要: a few commitments restated (the same numbers as in the table)
    both = [r for r in num_rules if ans[r["id"]]["where"] == "both"]
    if lang == "zh":
        blocks.append(("h", 2, "一、项目摘要"))
        summary = f"本项目面向{d['title']['zh']}的重大需求，联合国外优势团队开展合作研究。"
        if both:
            summary += "预期" + join_zh([zh_phrase(r, ans[r["id"]], rng) for r in both], rng) + "。"
    else:
        blocks.append(("h", 2, "1. Summary"))
        summary = f"The project brings Chinese and foreign teams together on: {d['title']['en']}."
        if both:
            summary += " We expect " + join_en([en_phrase(r, ans[r["id"]], rng) for r in both]) + "."
    blocks.append(("p", summary))
    # 研究目标: several commitments to a sentence
    blocks.append(("h", 2, "二、研究目标" if lang == "zh" else "2. Objectives"))
    goal = [r for r in num_rules if ans[r["id"]]["where"] == "goal"]
    for s in goal_paragraphs(goal, ans, lang, rng):
        blocks.append(("p", s))
    for r in cat_rules:
        if rng.random() < 0.7:
            s, ids = categorical(r, lang, rng)
            blocks.append(("p", s))
            answers["indicators"][r["id"]] = {"categories": ids}
    for r in qual_rules:
        if rng.random() < 0.3:
            blocks.append(("p", qualitative(r, lang)))
            answers["indicators"][r["id"]] = {"qualitative": True}
    # 现有工作基础, distractors
    blocks.append(("h", 2, "三、现有工作基础" if lang == "zh" else "3. Previous work"))
    dis = distractors(num_rules, ans, lang, rng, start)
    rng.shuffle(dis)
    while dis:
        k = min(len(dis), rng.randint(1, 2))
        blocks.append(("p", ("" if lang == "zh" else " ").join(dis[:k])))
        dis = dis[k:]
    # 考核指标 table
    tab = [r for r in num_rules if ans[r["id"]]["where"] in ("table", "both")]
    blocks.append(("h", 2, "四、考核指标" if lang == "zh" else "4. Key performance indicators"))
    if tab:
        blocks.append(("p", "表2 项目考核指标" if lang == "zh" else "Table 2. Indicators"))
        rows, spans = kpi_table(tab, ans, lang, rng)
        blocks.append(("t", rows, spans))
    # 预期效益, 经费, 参加单位, 参考文献
    blocks.append(("h", 2, "五、预期效益与经费" if lang == "zh" else "5. Benefits and budget"))
    for s in benefits(lang, rng):
        blocks.append(("p", s))
    blocks.append(("p", budget_line))
    if lang == "zh":
        blocks.append(("p", f"项目执行期为{start}年1月至{end_year}年12月，{start + 1}年6月前完成中期检查。"))
        parts = [("某某大学", "中国", "CN", "高校", "university", "牵头单位", "lead"),
                 ("某某能源科技股份有限公司", "中国", "CN", "企业", "enterprise", "参与单位", "member"),
                 ("Universität Stuttgart", "德国", "DE", "高校", "university", "参与单位", "member")]
        blocks.append(("h", 2, "六、参加单位"))
        blocks.append(("t", [["序号", "单位名称", "国别", "单位类型", "单位角色"]] +
                       [[str(i), p[0], p[1], p[3], p[5]] for i, p in enumerate(parts, 1)], {}))
        blocks.append(("h", 2, "参考文献"))
    else:
        blocks.append(("p", f"The project runs from January {start} to December {end_year}; "
                            f"the mid-term review is in June {start + 1}."))
        parts = [("Some University", "China", "CN", "University", "university", "Lead", "lead"),
                 ("Universität Stuttgart", "Germany", "DE", "University", "university", "Participant", "member")]
        blocks.append(("h", 2, "6. Participants"))
        blocks.append(("t", [["Name", "Country", "Type", "Role"]] + [[p[0], p[1], p[3], p[5]] for p in parts], {}))
        blocks.append(("h", 2, "References"))
    for ref in references(lang, rng):
        blocks.append(("p", ref))
    answers["participants"] = [{"name": p[0], "country": p[2], "kind": p[4], "role": p[6]} for p in parts]
    for r in num_rules:
        a = ans[r["id"]]
        answers["indicators"][r["id"]] = {"numbers": [a["number"]], "unit": r.get("unit", ""),
                                          "text": f"{a['written']} {a['zh_unit'] if lang == 'zh' else a['en_unit']}"
                                          .strip(), "where": a["where"], "form": a["form"]}
    return blocks, answers


# --- writers ---------------------------------------------------------------

def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def para(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    run = f'<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">{esc(text)}</w:t></w:r>' \
        if text else ""
    return f"<w:p>{ppr}{run}</w:p>"


def docx_body(blocks):
    out = []
    for b in blocks:
        if b[0] == "h":
            out.append(para(b[2], f"Heading{b[1]}"))
        elif b[0] == "p":
            out.append(para(b[1]))
        else:
            rows, spans = b[1], b[2]
            width = max(len(r) for r in rows)
            out.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/>'
                       "</w:tblPr><w:tblGrid>" + '<w:gridCol w:w="1700"/>' * width + "</w:tblGrid>")
            for ri, row in enumerate(rows):
                out.append("<w:tr>")
                for ci, text in enumerate(row):
                    sp = spans.get((ri, ci))
                    props = '<w:tcW w:w="1700" w:type="dxa"/>'
                    if sp == "restart":
                        props += '<w:vMerge w:val="restart"/>'
                    elif sp == "cont":
                        props += "<w:vMerge/>"
                        text = ""
                    out.append(f"<w:tc><w:tcPr>{props}</w:tcPr>{para(text)}</w:tc>")
                out.append("</w:tr>")
            out.append("</w:tbl>")
    ns = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<w:document xmlns:w="{ns}">'
            "<w:body>" + "".join(out) + "<w:sectPr/></w:body></w:document>")


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" '
    'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
    'Target="word/document.xml"/></Relationships>')


def write_docx(blocks, path):
    with zipfile.ZipFile(path, "w") as z:
        for name, data in (("[Content_Types].xml", CONTENT_TYPES), ("_rels/.rels", RELS),
                           ("word/document.xml", docx_body(blocks))):
            z.writestr(zipfile.ZipInfo(name, (2024, 5, 6, 10, 0, 0)), data, zipfile.ZIP_DEFLATED)


def write_md(blocks, path):
    lines = []
    for b in blocks:
        if b[0] == "h":
            lines += ["#" * b[1] + " " + b[2], ""]
        elif b[0] == "p":
            lines += [b[1], ""]
        else:
            rows = [[c.replace("|", "\\|") for c in r] for r in b[1]]
            lines.append("| " + " | ".join(rows[0]) + " |")
            lines.append("|" + "|".join("---" for _ in rows[0]) + "|")
            lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
            lines.append("")
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "import", "heldout4")
    os.makedirs(out, exist_ok=True)
    for number in DIRECTIONS:
        for lang in ("zh", "en"):
            for fmt_ in ("docx", "md"):
                blocks, answers = build(number, lang, fmt_)
                name = f"{number}-{lang}.{fmt_}"
                if fmt_ == "docx":
                    write_docx(blocks, os.path.join(out, name))
                else:
                    write_md(blocks, os.path.join(out, name))
                with open(os.path.join(out, name + ".answers.json"), "w", encoding="utf-8") as f:
                    json.dump(answers, f, ensure_ascii=False, indent=1, sort_keys=True)
                    f.write("\n")


if __name__ == "__main__":
    main()
