#!/usr/bin/env python3
"""Held-out set 6 for `guidecheck import` (issue 15, docs/import.md).

A sixth family of 申报书 documents, written before the extractor was read and
sharing no code with the other generators, for directions the earlier sets
used least (1.2, 3.4, 4.3, 5.2, 6.2, 6.4, 7.2, 9.2, 9.3, 10.2, 10.6, 10.8).
The indicators are written four ways, in turn:

- one running paragraph of numbered items, （1）…；（2）…；  ((1) …; (2) …);
- a table whose columns come in another order (考核方式 | 目标值 | 考核指标 |
  序号 …) with a 现有水平 (Baseline) column and, in .docx, a merged 指标值
  header over 现有水平 | 目标值;
- a transposed table: indicators as columns, a 目标值 (Target) row and a
  现有水平 (Baseline) row, under a merged 考核指标 header in .docx;
- one paragraph per indicator with a line break between the name and
  目标值：… (Target: …), the international state of the art in parentheses.

Values: 不低于/不少于/至少/≥/以上/大于/超过/＞, ≤/不超过/以内/低于/＜, ranges
(3～5种, 3至5种, 3-5种, between 3 and 5), full-width digits (６５０℃,
２０％), thousands separators and 万. Distractors: 现有水平 (baseline), 国际先进
水平, budgets and their percentages, years, phone numbers, earlier papers.

Deterministic: run it and the committed set is rewritten byte for byte.

    python3 scripts/gen_import_heldout6.py [OUT_DIR]   # default tests/import/heldout6
"""
import hashlib
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def choose(key, options):
    """A deterministic choice: the same key always picks the same option."""
    digest = hashlib.md5(key.encode("utf-8")).hexdigest()
    return options[int(digest[:12], 16) % len(options)]


# Each indicator: (id, zh name, en name, op, values, zh unit, en unit, baseline)
# op: ge, gt, le, lt, range. Values in the rule's unit; the baseline is the
# team's present level (a distractor number in the indicator's own unit).
D = {
    "1.2": ("二氧化碳提高油藏采收率与地质封存一体化关键技术及应用示范",
            "Key technologies and demonstration of integrated CO₂-enhanced oil recovery and geological storage",
            [("oil_recovery_increase", "原油采收率较水驱提高幅度", "increase of oil recovery over water flooding", "ge", [20], "%", "%", 12),
             ("eor_storage_ratio", "提采示范埋存率", "CO₂ storage ratio in the recovery demonstration", "gt", [45], "%", "%", 30),
             ("fracturing_production_increase", "二氧化碳压裂较常规压裂井平均增产", "average production gain of CO₂ fracturing over conventional fractured wells", "ge", [25], "%", "%", 10),
             ("fracturing_storage_ratio", "压裂二氧化碳埋存率", "CO₂ storage ratio of CO₂ fracturing", "gt", [50], "%", "%", 35)],
            ("typical_block_demonstration", "在典型区块完成示范应用", "the technologies will be demonstrated in a typical block")),
    "10.2": ("抗肿瘤药物相关心血管损伤的防控及干预",
             "Prevention, control and intervention of cardiovascular injury related to anti-cancer drugs",
             [("comorbidity_mechanisms", "肿瘤和心血管疾病共病的关键功能机制", "key functional mechanisms of cancer–cardiovascular comorbidity", "range", [3, 5], "种", "mechanisms", 1),
              ("stem_cell_models", "干细胞疾病模型", "stem-cell disease models", "range", [3, 5], "种", "models", 2),
              ("early_complication_biomarkers", "肿瘤治疗相关心血管并发症早期生物分子标志物", "early biomolecular markers of cancer-therapy-related cardiovascular complications", "range", [4, 6], "种", "markers", 2),
              ("imaging_early_diagnosis_techniques", "基于影像学的心血管并发症早期诊断技术", "imaging-based early diagnosis techniques for cardiovascular complications", "range", [3, 5], "种", "techniques", 1),
              ("cardio_oncology_guidelines", "肿瘤心脏学诊疗指南和共识", "cardio-oncology guidelines and consensus statements", "range", [1, 2], "项", "documents", 0)],
             ("stem_cell_models_ethnicities", "建立的干细胞疾病模型涵盖不同人种", "the stem-cell disease models will cover different ethnic groups")),
    "10.6": ("基于人工智能新药研发辅助系统整合与应用",
             "Integration and application of an AI-based assistance system for new drug R&D",
             [("active_compounds", "发现的活性化合物", "active compounds discovered", "ge", [6], "个", "compounds", 2),
              ("preclinical_compounds", "完成临床前研究的化合物", "compounds whose preclinical research is completed", "ge", [5], "个", "compounds", 1),
              ("enterprise_adoption", "应用AI辅助系统的企业", "enterprises applying the AI assistance system", "ge", [8], "家", "enterprises", 3),
              ("strategic_agreements", "签署战略合作协议的国外科研机构及企业", "foreign institutions and enterprises signing strategic cooperation agreements", "ge", [3], "家", "partners", 1)],
             ("preclinical_efficacy_toxicity", "完成候选化合物的临床前有效性及毒性研究", "preclinical efficacy and toxicity studies will be completed")),
    "10.8": ("基于多组学数据探寻遗传免疫性皮肤病的个体化精准诊疗",
             "Individualised precision diagnosis and treatment of genetic immune skin diseases based on multi-omics data",
             [("cohort_size", "遗传免疫性皮肤病多组学队列人数", "participants in the multi-omics cohort", "ge", [2500], "人", "participants", 1200),
              ("disease_mechanisms", "参与疾病发生、发展的新机制", "new mechanisms of disease onset and progression", "ge", [2], "种", "mechanisms", 0),
              ("new_targets", "作用明确、可干预的新靶点", "new well-defined, druggable targets", "ge", [3], "个", "targets", 1),
              ("preclinical_studies", "新药临床前研究", "new-drug preclinical studies completed", "ge", [2], "项", "studies", 0),
              ("trial_sample_size", "二级预防临床试验样本量", "sample size of the secondary-prevention trial", "ge", [5000], "人", "participants", 1800)],
             ("secondary_prevention_trial", "完成二级预防的临床试验", "a secondary-prevention clinical trial will be completed")),
    "3.4": ("国际锂离子电池储能安全评价关键技术合作研发",
            "Collaborative R&D on key technologies of international safety evaluation of lithium-ion battery energy storage",
            [("key_breakthroughs", "储能应用安全评价关键技术突破", "breakthroughs in key technologies of battery-storage safety evaluation", "ge", [2], "项", "breakthroughs", 0),
             ("graded_systems", "完成安全性能等级评价实证的储能系统", "kinds of battery storage systems with a completed safety-grading demonstration", "ge", [3], "种", "kinds", 1),
             ("international_standard_proposals", "电池储能安全评价国际标准提案", "international standard proposals on battery-storage safety evaluation", "ge", [2], "项", "proposals", 0)],
            ("safety_design_scheme", "提出锂离子电池储能安全设计方案", "a safety design scheme for lithium-ion battery storage will be proposed")),
    "4.3": ("氢-电转换用催化剂载体及其催化剂技术合作研发",
            "Collaborative R&D on catalyst supports and catalysts for hydrogen-electricity conversion",
            [("support_decomposition_temperature", "载体热分解温度", "thermal decomposition temperature of the support", "ge", [650], "℃", "°C", 520),
             ("support_ecsa_loss", "载体循环伏安扫描20万圈后ECSA衰减", "ECSA loss of the support after 200,000 CV cycles", "lt", [35], "%", "%", 48),
             ("pt_catalyst_ecsa", "铂基催化剂电化学活性表面积", "electrochemically active surface area of the Pt-based catalyst", "ge", [60], "平方米/克", "m²/g", 42),
             ("stack_power", "实证电堆功率", "power of the demonstration stack", "ge", [12], "千瓦", "kW", 5),
             ("stack_test_duration", "实证电堆车用工况实测时长", "duration of the stack test under vehicle duty cycles", "ge", [2000], "小时", "h", 800)],
            None),
    "5.2": ("新能源汽车运行故障与事故检测评价关键技术联合研究",
            "Joint research on key technologies for detecting and evaluating operating faults and accidents of new energy vehicles",
            [("partner_countries", "合作伙伴所属国家", "countries of the cooperation partners", "ge", [3], "个", "countries", 1),
             ("detection_equipment_types", "检测评价专用工具装备", "types of dedicated detection and evaluation equipment", "ge", [2], "型", "types", 0),
             ("early_warning_accuracy", "异常运行状态预警准确率", "early-warning accuracy of abnormal operating states", "ge", [95], "%", "%", 86),
             ("typical_accident_types", "覆盖的典型事故形态", "typical accident patterns covered", "ge", [4], "类", "patterns", 2),
             ("standard_drafts", "团体/行业/国家标准建议稿", "draft proposals of group, industry or national standards", "ge", [3], "项", "drafts", 1)],
            None),
    "6.2": ("新型低碳水泥制备与应用关键技术装备联合研发",
            "Joint R&D of key technologies and equipment for the production and application of new low-carbon cement",
            [("clinker_heat_consumption_reduction", "熟料烧成热耗降低幅度（与硅酸盐水泥相比）", "reduction of clinker burning heat consumption against Portland cement", "ge", [25], "%", "%", 15),
             ("clinker_co2_intensity_reduction", "单位熟料二氧化碳直接排放强度降低幅度", "reduction of direct CO₂ emission intensity per unit of clinker", "ge", [28], "%", "%", 18),
             ("carbonation_co2_uptake", "每吨水泥碳化固碳量", "CO₂ uptake by carbonation per tonne of cement", "ge", [320], "kg/t", "kg/t", 210),
             ("new_products", "开发新产品", "new products developed", "ge", [2], "项", "products", 0),
             ("national_patent_applications", "申请国家专利", "national patent applications", "ge", [5], "项", "applications", 2)],
            ("carbonation_equipment", "开发碳化专用技术装备", "dedicated carbonation equipment will be developed")),
    "6.4": ("“双高”工业集聚区低碳零碳技术比较与应用联合研究",
            "Joint comparative study and application of low- and zero-carbon technologies for industrial clusters of high-energy-consumption, high-emission industries",
            [("cooperation_partners", "合作的国家或国际组织", "countries or international organisations cooperated with", "ge", [3], "个", "partners", 1),
             ("surveyed_clusters", "调研筛选的典型“双高”工业集聚区", "typical double-high industrial clusters surveyed and selected", "range", [1, 2], "个", "clusters", 0),
             ("emission_accounting_technique", "本地化碳排放量测算技术", "localised carbon-emission accounting techniques", "ge", [1], "套", "set", 0),
             ("roadmap", "低碳/零碳建设技术路线图", "technology roadmaps for low- and zero-carbon development", "ge", [1], "份", "roadmap", 0),
             ("international_seminar", "工业集聚区低碳零碳建设国际交流研讨会", "international seminars on low- and zero-carbon industrial clusters", "ge", [2], "次", "seminars", 0)],
            ("patents_papers", "合作输出核心专利和高水平学术论文", "core patents and high-level papers will be produced jointly")),
    "7.2": ("城区与街区规划减碳关键技术联合研究与示范",
            "Joint research and demonstration of key carbon-reduction technologies for district and neighbourhood planning",
            [("accounting_guidelines", "城市碳排放统计核算技术指南", "technical guidelines on urban carbon-emission accounting", "ge", [2], "项", "guidelines", 0),
             ("adaptation_measures", "气候适应性措施工具箱中的措施", "measures in the climate-adaptation toolbox", "ge", [35], "种", "measures", 12),
             ("adaptation_indicators", "关键气候适应性指标", "key climate-adaptation indicators", "gt", [20], "项", "indicators", 8),
             ("platform_test_duration", "平台测试时间", "platform test duration", "ge", [6], "个月", "months", 1),
             ("systematic_carbon_reduction", "示范项目系统性减碳效果", "systematic carbon reduction of the demonstration projects", "ge", [30], "%", "%", 12),
             ("international_seminars", "国际交流与研讨会议", "international exchange and seminar meetings", "ge", [3], "次", "meetings", 1)],
            ("adaptation_platform", "建成气候适应性规划支持平台", "a climate-adaptive planning support platform will be built")),
    "9.2": ("农业生产非二氧化碳温室气体减排战略及技术合作研发与应用",
            "Collaborative R&D and application of strategies and technologies for non-CO₂ greenhouse gas mitigation in agriculture",
            [("strategy_and_pathway", "非二氧化碳温室气体减排战略和实施路径", "non-CO₂ mitigation strategy and implementation pathway", "ge", [1], "套", "set", 0),
             ("technology_modes", "农业非二氧化碳温室气体减排技术模式", "agricultural non-CO₂ mitigation technology modes", "range", [2, 3], "套", "modes", 1),
             ("standards_patents_regulations", "监测和减排标准、专利及技术规程", "standards, patents and technical regulations for monitoring and mitigation", "range", [2, 3], "项", "items", 1),
             ("demonstration_projects", "典型示范工程", "typical demonstration projects", "range", [1, 2], "个", "projects", 0),
             ("emission_reduction", "示范区内温室气体排放降低幅度", "greenhouse gas emission reduction in the demonstration areas", "range", [20, 40], "%", "%", 8)],
            ("no_yield_loss", "示范区内不减产", "there will be no yield loss in the demonstration areas")),
    "9.3": ("气候变化和人类活动对海上丝路沿线国家蓝碳生态系统的耦合影响机制合作研究",
            "Collaborative research on the coupled impacts of climate change and human activity on blue carbon ecosystems of the Maritime Silk Road countries",
            [("stressors_assessed", "评估的压力源", "stressors assessed", "ge", [6], "项", "stressors", 2),
             ("map_time_span", "蓝碳生态系统资源分布图时间跨度", "time span of the blue-carbon distribution maps", "ge", [40], "年", "years", 20),
             ("map_interval", "资源分布图时间间隔", "interval between the distribution maps", "le", [5], "年", "years", 10),
             ("key_factors", "气候变化影响蓝碳生态系统的关键因子", "key climate-change factors affecting blue carbon ecosystems", "ge", [5], "个", "factors", 2),
             ("key_vulnerable_zones", "关键脆弱带", "key vulnerable zones", "ge", [12], "个", "zones", 4),
             ("transboundary_demo_countries", "蓝碳资源跨界管理示范应用国家", "countries with a transboundary blue-carbon management demonstration", "ge", [6], "个", "countries", 2)],
            None),
}

INSTITUTIONS = [
    # zh, en, country zh, country en, ISO, kind zh, kind en, kind id
    ("西南某石油大学", "A Southwest Petroleum University", "中国", "China", "CN", "高等院校", "University", "university"),
    ("某某医学科学院", "Some Academy of Medical Sciences", "中国", "China", "CN", "科研院所", "Research institute", "institute"),
    ("Technische Universität München", "Technische Universität München", "德国", "Germany", "DE", "高等院校", "University", "university"),
    ("Université de Lyon", "Université de Lyon", "法国", "France", "FR", "高等院校", "University", "university"),
    ("Karolinska Institutet", "Karolinska Institutet", "瑞典", "Sweden", "SE", "高等院校", "University", "university"),
    ("SINTEF AS", "SINTEF AS", "挪威", "Norway", "NO", "科研院所", "Research institute", "institute"),
    ("Siemens Energy AG", "Siemens Energy AG", "德国", "Germany", "DE", "企业", "Enterprise", "enterprise"),
    ("Oslo universitetssykehus", "Oslo universitetssykehus", "挪威", "Norway", "NO", "医院", "Hospital", "hospital"),
]

FULL = str.maketrans("0123456789.%", "０１２３４５６７８９．％")


def fmt(v):
    return str(int(v)) if float(v).is_integer() else str(v)


def thousands(v):
    return f"{int(v):,}" if float(v).is_integer() and v >= 1000 else fmt(v)


def zh_value(key, op, vals, unit):
    """The value as a Chinese applicant writes it, with a comparator."""
    v = fmt(vals[0])
    if op == "range":
        a, b = fmt(vals[0]), fmt(vals[1])
        text = choose(key, [f"{a}～{b}{unit}", f"{a}至{b}{unit}", f"{a}-{b}{unit}", f"{a}{unit}～{b}{unit}"])
    elif op == "ge":
        if vals[0] >= 1000:
            v = choose(key + "k", [thousands(vals[0]), f"{fmt(vals[0] / 10000)}万"])
        text = choose(key, [f"不低于{v}{unit}", f"不少于{v}{unit}", f"至少{v}{unit}", f"≥{v}{unit}",
                            f"{v}{unit}以上", f"达到{v}{unit}及以上", f"≥ {v} {unit}"])
    elif op == "gt":
        text = choose(key, [f"大于{v}{unit}", f"超过{v}{unit}", f"＞{v}{unit}", f"高于{v}{unit}"])
    elif op == "le":
        text = choose(key, [f"不超过{v}{unit}", f"≤{v}{unit}", f"{v}{unit}以内", f"不高于{v}{unit}"])
    else:
        text = choose(key, [f"低于{v}{unit}", f"小于{v}{unit}", f"＜{v}{unit}"])
    if choose(key + "full", [0, 0, 1]):
        text = text.translate(FULL)
    return text


def en_value(key, op, vals, unit):
    v = thousands(vals[0])
    sp = "" if unit in ("%", "°C") else " "
    u = f"{sp}{unit}" if unit else ""
    if op == "range":
        a, b = fmt(vals[0]), fmt(vals[1])
        return choose(key, [f"{a}–{b}{u}", f"between {a} and {b}{u}", f"{a} to {b}{u}", f"{a}-{b}{u}"])
    if op == "ge":
        return choose(key, [f"at least {v}{u}", f"no less than {v}{u}", f"≥ {v}{u}", f"{v}{u} or more",
                            f"not less than {v}{u}"])
    if op == "gt":
        return choose(key, [f"more than {v}{u}", f"above {v}{u}", f"> {v}{u}", f"exceeding {v}{u}"])
    if op == "le":
        return choose(key, [f"no more than {v}{u}", f"≤ {v}{u}", f"not exceeding {v}{u}", f"at most {v}{u}"])
    return choose(key, [f"less than {v}{u}", f"below {v}{u}", f"< {v}{u}"])


def baseline(ind, lang):
    b = ind[7]
    if lang == "zh":
        return f"{fmt(b)}{ind[5]}"
    return f"{thousands(b)}{'' if ind[6] in ('%', '°C') else ' '}{ind[6]}"


def intl(ind):
    """The international state of the art: a figure between baseline and target."""
    b, t = ind[7], ind[4][-1]
    return round((b + t) / 2) if abs(t - b) >= 2 else t + 1


def cap(s):
    return s[0].upper() + s[1:]


# ---------------------------------------------------------------- sections


def info(number, d, lang, variant):
    months = choose(number + "months", [36, 36, 48])
    start = choose(number + "start", [2025, 2026])
    end = start + months // 12 - 1
    if lang == "zh":
        rows = [["项目名称", d[0]], ["所属指南方向", f"{number}"],
                ["项目执行期", f"{start}.01-{end}.12（共{months}个月）"],
                ["联系电话", "010-62771234"], ["项目总经费", f"{400 + 25 * len(d[2])}万元"]]
    else:
        rows = [["Project title", d[1]], ["Guideline topic", f"{number}"],
                ["Project period", f"January {start} – December {end} ({months} months)"],
                ["Telephone", "+86 10 6277 1234"], ["Total budget", f"{400 + 25 * len(d[2])} 万元"]]
    if variant == 0:
        return [("t", rows)], months
    sep = "：" if lang == "zh" else ": "
    return [("p", f"{k}{sep}{v}") for k, v in rows], months


def partners(number, lang):
    lead = INSTITUTIONS[choose(number + "lead", [0, 1])]
    abroad = INSTITUTIONS[2:]
    first = choose(number + "a", abroad)
    second = choose(number + "b", abroad)
    chosen = [lead, first] + ([second] if second is not first else [])
    if lang == "zh":
        rows = [["单位名称", "国别", "单位类型", "分工", "序号"]]
        for i, p in enumerate(chosen):
            rows.append([p[0], p[2], p[5], "牵头单位" if i == 0 else "合作单位", f"{i + 1}"])
    else:
        rows = [["Organisation", "Country", "Type", "Role", "No."]]
        for i, p in enumerate(chosen):
            rows.append([p[1], p[3], p[6], "Lead" if i == 0 else "Partner", f"{i + 1}"])
    answers = [{"name": p[0] if lang == "zh" else p[1], "country": p[4],
                "role": "lead" if i == 0 else "member", "kind": p[7]} for i, p in enumerate(chosen)]
    return rows, answers


def foundations(number, d, lang):
    ind = d[2][0]
    other = d[2][-1]
    if lang == "zh":
        return [("h", "二、研究基础"),
                ("p", f"项目组于2019年至2023年间发表SCI论文15篇，授权发明专利4项。目前项目组{ind[1]}的现有水平为"
                      f"{baseline(ind, 'zh')}，国际先进水平约为{fmt(intl(ind))}{ind[5]}。"),
                ("p", f"合作方此前报道的{other[1]}为{fmt(intl(other))}{other[5]}（2022年）。")]
    return [("h", "2. Research foundations"),
            ("p", f"Between 2019 and 2023 the team published 15 SCI papers and was granted 4 invention patents. "
                  f"The team's present {ind[2]} is {baseline(ind, 'en')}, while the international state of the art "
                  f"is about {fmt(intl(ind))}{'' if ind[6] in ('%', '°C') else ' '}{ind[6]}."),
            ("p", f"The partner previously reported {fmt(intl(other))} {other[6]} for {other[2]} (2022).")]


def ordinal(i, lang):
    return f"（{i + 1}）" if lang == "zh" else f"({i + 1}) "


def numbered(number, d, lang):
    """Layout 0: one paragraph of numbered items."""
    items = []
    for i, ind in enumerate(d[2]):
        key = f"{number}/{ind[0]}/{lang}"
        if lang == "zh":
            val = zh_value(key, ind[3], ind[4], ind[5])
            form = choose(key + "form", ["{n}{v}", "{n}（{v}）", "{n}：{v}（现有水平{b}）", "{n}{v}（现有水平{b}）"])
            items.append(ordinal(i, lang) + form.format(n=ind[1], v=val, b=baseline(ind, "zh")))
        else:
            val = en_value(key, ind[3], ind[4], ind[6])
            form = choose(key + "form", ["{n} of {v}", "{n}: {v}", "{n}: {v} (baseline {b})", "{n} ({v})"])
            items.append(ordinal(i, lang) + form.format(n=ind[2], v=val, b=baseline(ind, "en")))
    if lang == "zh":
        return [("p", "项目完成时须达到以下考核指标：" + "；".join(items) + "。")]
    return [("p", "At completion the project will reach the following indicators: " + "; ".join(items) + ".")]


def shuffled_table(number, d, lang, fmt_):
    """Layout 1: columns in another order, a baseline column, merged header in .docx."""
    order = choose(number + "cols", [[3, 0, 1, 2, 4], [4, 2, 0, 1, 3], [0, 3, 1, 2, 4]])
    if lang == "zh":
        cols = ["考核指标", "现有水平", "目标值", "考核方式", "序号"]
    else:
        cols = ["Metric", "Baseline", "Target", "Verification", "No."]
    rows = []
    for i, ind in enumerate(d[2]):
        key = f"{number}/{ind[0]}/{lang}/t"
        val = zh_value(key, ind[3], ind[4], ind[5]) if lang == "zh" else en_value(key, ind[3], ind[4], ind[6])
        how = choose(key + "how", ["第三方检测报告", "现场测试", "专家验收"]) if lang == "zh" else \
            choose(key + "how", ["Third-party test report", "On-site test", "Expert review"])
        cells = [ind[1] if lang == "zh" else cap(ind[2]), baseline(ind, lang), val, how, str(i + 1)]
        rows.append([cells[c] for c in order])
    header = [cols[c] for c in order]
    if fmt_ == "docx":
        # Two header rows: 指标值 merged over 现有水平 | 目标值 (they stay adjacent in every order).
        return [("mt", (header, rows))]
    return [("t", [header] + rows)]


def transposed(number, d, lang):
    """Layout 2: indicators as columns, a target row and a baseline row."""
    names = [ind[1] if lang == "zh" else cap(ind[2]) for ind in d[2]]
    targets, bases = [], []
    for ind in d[2]:
        key = f"{number}/{ind[0]}/{lang}/x"
        targets.append(zh_value(key, ind[3], ind[4], ind[5]) if lang == "zh" else en_value(key, ind[3], ind[4], ind[6]))
        bases.append(baseline(ind, lang))
    if lang == "zh":
        head, trow, brow = ["指标"], ["目标值"], ["现有水平"]
    else:
        head, trow, brow = ["Metric"], ["Target"], ["Baseline"]
    body = [brow + bases, trow + targets] if choose(number + "rows", [0, 1]) else [trow + targets, brow + bases]
    title = "考核指标" if lang == "zh" else "Assessment indicators"
    return [("tt", (title, [head + names] + body))]


def broken(number, d, lang):
    """Layout 3: name, a line break, then the target; the state of the art in brackets."""
    blocks = []
    for i, ind in enumerate(d[2]):
        key = f"{number}/{ind[0]}/{lang}/b"
        if lang == "zh":
            val = zh_value(key, ind[3], ind[4], ind[5])
            blocks.append(("br", [f"{i + 1}. {ind[1]}", f"目标值：{val}（国际先进水平约{fmt(intl(ind))}{ind[5]}）"]))
        else:
            val = en_value(key, ind[3], ind[4], ind[6])
            u = ind[6] if ind[6] in ("%", "°C") else " " + ind[6]
            blocks.append(("br", [f"{i + 1}. {cap(ind[2])}", f"Target: {val} (international state of the art: about {fmt(intl(ind))}{u})"]))
    return blocks


def targets(number, d, lang, layout, fmt_):
    head = ("h", "三、考核指标及考核方式" if lang == "zh" else "3. Assessment indicators")
    if layout == 0:
        body = numbered(number, d, lang)
    elif layout == 1:
        body = shuffled_table(number, d, lang, fmt_)
    elif layout == 2:
        body = transposed(number, d, lang)
    else:
        body = broken(number, d, lang)
    q = d[3]
    if q:
        body.append(("p", f"此外，本项目将{q[1]}。" if lang == "zh" else f"Furthermore, {q[2]}."))
    return [head] + body


def budget(number, d, lang):
    total = 400 + 25 * len(d[2])
    if lang == "zh":
        return [("h", "四、经费预算"),
                ("p", f"项目总经费{total}万元，其中申请专项经费{total - 150}万元，国际合作与交流费占专项经费的12%，"
                      f"设备费不超过20%。联系人：王某，手机13912345678。")]
    return [("h", "4. Budget"),
            ("p", f"The total budget is {total} 万元, of which {total - 150} 万元 is requested; international "
                  f"exchange takes 12% of the grant and equipment no more than 20%. Contact: Dr Wang, +86 139 1234 5678.")]


def document(number, lang, fmt_):
    d = D[number]
    idx = sorted(D, key=lambda n: [int(x) for x in n.split(".")]).index(number)
    layout = (idx + (lang == "en") + 2 * (fmt_ == "md")) % 4
    blocks = [("h", "国际科技合作重点专项项目申报书" if lang == "zh" else "Proposal: international science and technology cooperation")]
    head, months = info(number, d, lang, (idx + (fmt_ == "md")) % 2)
    blocks += head
    rows, parts = partners(number, lang)
    blocks.append(("h", "一、项目承担单位及合作单位" if lang == "zh" else "1. Applicant and partner organisations"))
    blocks.append(("t", rows))
    blocks += foundations(number, d, lang)
    blocks += targets(number, d, lang, layout, fmt_)
    blocks += budget(number, d, lang)
    indicators = {ind[0]: {"numbers": [float(x) for x in ind[4]]} for ind in d[2]}
    if d[3]:
        indicators[d[3][0]] = {"qualitative": True}
    answers = {"direction": number, "title": d[0] if lang == "zh" else d[1], "duration_months": months,
               "format": fmt_, "lang": lang, "layout": layout, "participants": parts, "indicators": indicators}
    return blocks, answers


# ---------------------------------------------------------------- writers


def md_escape(s):
    return s.replace("|", "\\|")


def md_table(rows):
    out = ["| " + " | ".join(md_escape(c) for c in rows[0]) + " |", "|" + " --- |" * len(rows[0])]
    return out + ["| " + " | ".join(md_escape(c) for c in r) + " |" for r in rows[1:]]


def write_md(path, blocks):
    out = []
    for kind, body in blocks:
        if kind == "h":
            out.append(("# " if not out else "## ") + body)
        elif kind == "p":
            out.append(body)
        elif kind == "br":
            out.append("  \n".join(body))
        elif kind == "tt":
            out.append(f"**{body[0]}**")
            out.append("")
            out.extend(md_table(body[1]))
        else:
            out.extend(md_table(body))
        out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def run(text):
    return f'<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r>'


def para(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{run(text)}</w:p>"


def cell(text, span=1, vmerge=None):
    pr = '<w:tcW w:w="1800" w:type="dxa"/>'
    if span > 1:
        pr += f'<w:gridSpan w:val="{span}"/>'
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "continue":
        pr += "<w:vMerge/>"
    return f"<w:tc><w:tcPr>{pr}</w:tcPr>{para(text) if text else '<w:p/>'}</w:tc>"


def tbl(cols, trs):
    grid = "".join('<w:gridCol w:w="1800"/>' for _ in range(cols))
    return (f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>'
            + "".join(f"<w:tr>{t}</w:tr>" for t in trs) + "</w:tbl>")


def merged_header_table(header, rows):
    """指标值 (Values) spans the baseline and target columns; the others merge down."""
    group = "指标值" if header[0] in ("考核指标", "现有水平", "目标值", "考核方式", "序号") else "Values"
    sub = ("现有水平", "目标值", "Baseline", "Target")
    top, bottom, i = "", "", 0
    while i < len(header):
        if header[i] in sub and i + 1 < len(header) and header[i + 1] in sub:
            top += cell(group, span=2)
            bottom += cell(header[i]) + cell(header[i + 1])
            i += 2
            continue
        top += cell(header[i], vmerge="restart")
        bottom += cell("", vmerge="continue")
        i += 1
    trs = [top, bottom] + ["".join(cell(c) for c in r) for r in rows]
    return tbl(len(header), trs)


def docx_block(kind, body, first):
    if kind == "h":
        return para(body, "Title" if first else "Heading1")
    if kind == "p":
        return para(body)
    if kind == "br":
        runs = "<w:r><w:br/></w:r>".join(run(x) for x in body)
        return f"<w:p>{runs}</w:p>"
    if kind == "mt":
        return merged_header_table(*body) + "<w:p/>"
    if kind == "tt":
        title, rows = body
        top = cell(title, span=len(rows[0]))
        return tbl(len(rows[0]), [top] + ["".join(cell(c) for c in r) for r in rows]) + "<w:p/>"
    return tbl(len(body[0]), ["".join(cell(c) for c in r) for r in body]) + "<w:p/>"


W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
STATIC = [
    ("[Content_Types].xml",
     '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
     '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
     '<Default Extension="xml" ContentType="application/xml"/>'
     '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
     '</Types>'),
    ("_rels/.rels",
     '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
     '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
     '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
     '</Relationships>'),
]


def write_docx(path, blocks):
    body = "".join(docx_block(k, b, i == 0) for i, (k, b) in enumerate(blocks))
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W}"><w:body>'
           + body + "<w:sectPr/></w:body></w:document>")
    with zipfile.ZipFile(path, "w") as z:
        for name, text in STATIC + [("word/document.xml", doc)]:
            info_ = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 0, 0, 0))
            info_.compress_type = zipfile.ZIP_DEFLATED
            info_.external_attr = 0o644 << 16
            z.writestr(info_, text.encode("utf-8"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "import", "heldout6")
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith((".docx", ".md", ".json")):
            os.remove(os.path.join(out, name))
    n = 0
    for number in D:
        for lang in ("zh", "en"):
            for fmt_ in ("docx", "md"):
                blocks, answers = document(number, lang, fmt_)
                path = os.path.join(out, f"{number}-{lang}.{fmt_}")
                (write_docx if fmt_ == "docx" else write_md)(path, blocks)
                with open(path + ".answers.json", "w", encoding="utf-8", newline="\n") as f:
                    json.dump(answers, f, ensure_ascii=False, indent=1, sort_keys=True)
                    f.write("\n")
                n += 1
    print(f"wrote {n} documents to {out}")


if __name__ == "__main__":
    main()
