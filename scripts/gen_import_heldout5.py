#!/usr/bin/env python3
"""Held-out set 5 for `guidecheck import` (issue 15, docs/import.md).

A fifth family of 申报书 documents, written before the extractor was read and
sharing no code with the other generators: indicators in a two-column
考核指标 | 完成时指标 table with the unit inside the value cell, as sentences
with 不低于/不少于/达到/优于/控制在…以内/≤, or as a numbered list whose value
stands in the paragraph after the name; thousands separators (12,000 例),
万 multipliers (1.2万例), percentages in words (百分之三十五), ranges (12%～15%);
distractors: 国际先进水平, 前期已实现, budgets, years, pages and figures,
中期 targets, other teams' figures, and a 分别 clause counted in another
measure word.

Deterministic: run it and the committed set is rewritten byte for byte.

    python3 scripts/gen_import_heldout5.py [OUT_DIR]   # default tests/import/heldout5
"""
import hashlib
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def pick(key, options):
    """A deterministic choice: the same key always picks the same option."""
    h = int(hashlib.sha256(key.encode("utf-8")).hexdigest(), 16)
    return options[h % len(options)]


# ---------------------------------------------------------------- directions
# Each indicator: id, Chinese name, English name, kind ('ge', 'le', 'range'),
# the value(s) the applicant commits to, Chinese unit, English unit noun, and
# an optional style ('wan' for 万, 'sep' for thousands separators, 'pctword'
# for 百分之…). Values are in the rule's unit.
DIRS = {
    "1.3": {
        "zh": "区域二氧化碳捕集与封存关键技术研发与示范",
        "en": "R&D and demonstration of key technologies of regional CO₂ capture and storage",
        "ind": [
            ("potential_evaluation_method", "地质封存潜力评价技术方法", "technical methods for evaluating the geological storage potential", "ge", [2], "套", "sets", ""),
            ("safety_monitoring_system", "地质二氧化碳封存安全监测系统", "safety monitoring systems of geological CO₂ storage", "ge", [1], "套", "set", ""),
        ],
        "qual": ("basin_storage_potential_report", "形成主要盆地封存潜力评估报告", "an assessment report of the storage potential of the main basins will be delivered"),
        "noise_zh": "示范工程年封存二氧化碳10万吨，监测井布设12口",
        "noise_en": "the demonstration stores 100,000 t of CO₂ a year through 12 monitoring wells",
    },
    "9.4": {
        "zh": "生物多样性保护适应气候变化技术评估及环境管理联合研究",
        "en": "Joint research on the assessment of technologies and the environmental management of biodiversity conservation adapting to climate change",
        "ind": [
            ("governance_guidelines", "生物多样性保护与气候变化风险源协同治理导则", "guidelines for the joint governance of biodiversity conservation and climate-change risk sources", "ge", [3], "项", "guidelines", ""),
            ("decision_tools", "生物多样性适应性管理决策工具和关键技术体系", "adaptive-management decision tools and key technology systems", "ge", [4], "项", "tools and systems", ""),
            ("management_reports", "生物多样性保护适应气候变化风险的环境管理报告", "environmental management reports on biodiversity conservation adapting to climate-change risk", "ge", [5], "项", "reports", ""),
        ],
        "qual": None,
        "noise_zh": "研究区覆盖3个国家级自然保护区、面积约2.6万平方公里",
        "noise_en": "the study area spans 3 national nature reserves of about 26,000 km²",
    },
    "10.1": {
        "zh": "基于人工智能和多组学数据的脑血管病表型及预后的遗传机制与干预研究",
        "en": "Genetic mechanisms of cerebrovascular disease phenotypes and prognosis, and interventions, based on artificial intelligence and multi-omics data",
        "ind": [
            ("prognostic_biomarkers", "影响脑血管病预后的关键生物标志物", "key biomarkers affecting cerebrovascular disease prognosis", "ge", [12], "个", "biomarkers", ""),
            ("prognostic_models", "脑血管病预后预测模型", "prognostic prediction models for cerebrovascular disease", "ge", [3], "个", "models", ""),
            ("invention_patent_applications", "申请发明专利", "invention patent applications", "ge", [10], "个", "applications", ""),
        ],
        "qual": ("intervention_targets_explored", "探索潜在的干预靶点", "potential intervention targets will be explored"),
        "noise_zh": "队列纳入患者2.4万例，随访至少12个月",
        "noise_en": "the cohort enrols 24,000 patients followed for at least 12 months",
    },
    "10.5": {
        "zh": "炎症免疫性疾病新靶点新机制发现及原创药关键核心技术研究",
        "en": "New targets and mechanisms of inflammatory and immune diseases, and key core technologies for original drugs",
        "ind": [
            ("disease_mechanisms", "炎症免疫性疾病发生、发展的新机制", "new mechanisms of onset and progression of inflammatory and immune diseases", "range", [1, 2], "种", "mechanisms", ""),
            ("new_targets", "作用明确、可干预的新靶点", "new well-defined, druggable targets", "ge", [2], "个", "targets", ""),
            ("candidate_drugs", "具有自主知识产权的候选药物", "candidate drugs with own intellectual property", "range", [1, 2], "种", "candidate drugs", ""),
        ],
        "qual": ("preclinical_studies", "候选药物开展临床前研究", "preclinical studies of the candidate drugs will be carried out"),
        "noise_zh": "已筛选化合物3,500个，其中活性化合物46个",
        "noise_en": "3,500 compounds have been screened, 46 of them active",
    },
    "10.7": {
        "zh": "帕金森病发病机制和早期预警和干预研究",
        "en": "Pathogenesis, early warning and intervention of Parkinson's disease",
        "ind": [
            ("mechanisms_and_targets", "帕金森病发生和发展的新机制和新靶点", "new mechanisms and targets of Parkinson's disease onset and progression", "range", [2, 3], "个", "mechanisms and targets", ""),
            ("early_warning_methods", "有助早期预警和诊断的新技术和新方法", "new techniques and methods for early warning and diagnosis", "ge", [3], "个", "techniques and methods", ""),
            ("interventions", "针对所发现机制和靶点的干预和治疗方法", "intervention and treatment approaches for the mechanisms and targets found", "ge", [2], "个", "approaches", ""),
        ],
        "qual": None,
        "noise_zh": "前瞻性队列计划入组800例，影像随访2次",
        "noise_en": "the prospective cohort will enrol 800 people with 2 imaging follow-ups",
    },
    "7.1": {
        "zh": "既有建筑绿色改造减碳与中和技术联合研究与示范",
        "en": "Joint research and demonstration of carbon reduction and carbon neutrality technologies for the green retrofit of existing buildings",
        "ind": [
            ("joint_design_guide", "与国外联合出版设计指南", "design guides published jointly with foreign partners", "ge", [1], "部", "guide", ""),
            ("joint_evaluation_standard", "与国外联合编制的减碳和碳中和评价标准", "evaluation standards compiled jointly with foreign partners", "ge", [1], "项", "standard", ""),
            ("national_industry_standards", "减碳相关国家标准和行业标准", "national and industry standards", "ge", [2], "项", "standards", ""),
            ("local_group_standards", "地方标准和团体标准", "local and group standards", "ge", [3], "项", "standards", ""),
            ("technologies_products", "关键技术和产品数量", "key technologies and products", "ge", [6], "项", "items", ""),
            ("joint_invention_patents", "国内外联合申请发明专利", "joint invention patents", "ge", [5], "项", "patents", ""),
            ("software_copyrights", "软件著作权", "software copyrights", "ge", [2], "项", "registrations", ""),
            ("demonstration_projects", "碳中和示范工程", "carbon-neutral retrofit demonstration projects", "ge", [3], "项", "projects", ""),
            ("international_seminars", "国际交流与研讨会议", "international seminars", "ge", [3], "次", "meetings", ""),
        ],
        "qual": ("analysis_software", "开发碳中和分析计算软件", "carbon-neutrality analysis and calculation software will be developed"),
        "noise_zh": "示范建筑总面积12.5万平方米，改造后年节电约360万千瓦时",
        "noise_en": "the demonstration buildings total 125,000 m² and will save about 3.6 GWh a year",
    },
    "7.3": {
        "zh": "市政基础设施节能低碳关键技术联合研究与应用",
        "en": "Joint research and application of key energy-saving and low-carbon technologies for municipal infrastructure",
        "ind": [
            ("retrofit_technologies", "市政基础设施节能低碳改造技术", "energy-saving, low-carbon retrofit technologies for municipal infrastructure", "ge", [3], "项", "technologies", ""),
            ("invention_patents", "申请发明专利", "invention patent applications", "ge", [4], "项", "applications", ""),
            ("indicator_system_and_method", "碳排放评价指标体系及指标的监测计算方法", "carbon-emission evaluation indicator system with its monitoring and calculation methods", "ge", [1], "套", "set", ""),
            ("software_copyrights", "软件著作权", "software copyrights", "ge", [2], "项", "registrations", ""),
            ("demonstration_regions", "开展示范应用的典型区域", "typical demonstration regions", "ge", [2], "个", "regions", ""),
            ("demonstration_emission_reduction", "示范区域市政基础设施碳排放降低幅度", "reduction of municipal-infrastructure carbon emissions in the demonstration regions", "ge", [35], "%", "percent", "pctword"),
            ("international_seminars", "国际交流与研讨会议", "international seminars", "ge", [2], "次", "meetings", ""),
        ],
        "qual": ("blue_book", "中外联合发布市政基础设施低碳发展路径蓝皮书", "a blue book on low-carbon development pathways of municipal infrastructure will be published jointly by the Chinese and foreign partners"),
        "noise_zh": "示范区域服务人口约85万人，供热面积1,200万平方米",
        "noise_en": "the demonstration regions serve about 850,000 residents and 12 million m² of heated floor area",
        # the 分别 clause in another measure word: partner countries are not stated
        "fenbie_zh": "与合作国家联合开展的技术培训和联合示范分别达到3项和5项。",
        "fenbie_en": "Joint training courses and joint demonstrations with the partner countries will number 3 and 5 respectively.",
    },
    "8.2": {
        "zh": "零碳燃料船舶动力系统关键技术联合研究和应用开发",
        "en": "Joint research and application development of key technologies for zero-carbon-fuel marine power systems",
        "ind": [
            ("prototype_engine", "氨、氢燃料船用发动机原理样机", "ammonia/hydrogen-fuelled marine engine proof-of-principle prototypes", "ge", [1], "款", "prototype", ""),
            ("zero_carbon_fuel_share", "全工况零碳燃料运行比例", "zero-carbon fuel share over all operating conditions", "ge", [100], "%", "%", ""),
            ("engine_efficiency", "发动机有效效率", "engine brake efficiency", "ge", [51], "%", "%", ""),
            ("carbon_capture_rule_proposals", "船舶碳捕集相关国际规则或技术标准提案", "proposals for international rules or technical standards on ship carbon capture", "range", [1, 2], "份", "proposals", ""),
            ("foreign_co_proposers", "国外联合提案方", "foreign co-proposers", "ge", [2], "个", "co-proposers", ""),
        ],
        "qual": ("nox_tier_iii", "NOx排放满足IMO Tier III要求", "NOx emissions will meet IMO Tier III"),
        "noise_zh": "台架试验功率覆盖300千瓦至2,000千瓦，试验时长累计500小时",
        "noise_en": "bench tests cover 300 kW to 2,000 kW over 500 hours in total",
    },
    "10.4": {
        "zh": "基于人工智能和信息学等新兴技术的冠心病及共患慢性病综合防治策略研究",
        "en": "Integrated prevention and treatment strategies for coronary heart disease and comorbid chronic diseases based on artificial intelligence, informatics and other emerging technologies",
        "ind": [
            ("database_cases", "多维度数据库病例数", "cases in the multidimensional database", "ge", [12000], "例", "cases", "wan"),
            ("decision_support_systems", "基于人工智能和影像组学的临床决策支持系统", "clinical decision support systems based on AI and radiomics", "ge", [3], "套", "systems", ""),
            ("patents", "申请/授权专利", "patents applied for or granted", "ge", [6], "项", "patents", ""),
            ("international_patents", "其中国际专利", "of which international patents", "ge", [2], "项", "", ""),
            ("promotion_institutions", "临床决策支持系统推广使用的医疗机构", "medical institutions using the clinical decision support systems", "ge", [60], "家", "institutions", ""),
            ("young_chd_guideline", "青年冠心病防治指南或专家共识", "guidelines or expert consensus statements on young coronary heart disease", "ge", [1], "部", "", ""),
        ],
        "qual": None,
        "noise_zh": "牵头医院年门诊量约320万人次，心内科床位460张",
        "noise_en": "the lead hospital sees about 3.2 million outpatient visits a year and has 460 cardiology beds",
    },
    "5.4": {
        "zh": "电动汽车空气动力学关键技术联合研发与应用",
        "en": "Joint R&D and application of key aerodynamic technologies for electric vehicles",
        "ind": [
            ("key_breakthroughs", "电动汽车空气动力学关键技术的突破和应用", "key EV aerodynamic technologies broken through and applied", "ge", [3], "项", "technologies", ""),
            ("drag_coefficient", "空气阻力系数", "aerodynamic drag coefficient", "le", [0.19], "", "", ""),
            ("cabin_noise", "车内空气噪声声压级", "cabin aerodynamic noise sound pressure level", "le", [62], "dB(A)", "dB(A)", ""),
            ("standard_proposals", "团体/行业/国家标准建议稿", "draft proposals for group, industry or national standards", "ge", [5], "项", "drafts", ""),
            ("vehicle_models", "技术成果应用的电动汽车车型", "electric vehicle models the results are applied to", "ge", [3], "种", "models", ""),
        ],
        "qual": ("new_benchmark_model", "建立电动汽车空气动力学新标模", "a new EV aerodynamic benchmark model will be built"),
        "noise_zh": "风洞试验段截面积27平方米，最高风速250千米/小时",
        "noise_en": "the wind tunnel's test section is 27 m² with a top speed of 250 km/h",
    },
    "9.5": {
        "zh": "城市温室气体与大气污染物协同控制及监测评估联合研究",
        "en": "Joint research on the co-control, monitoring and assessment of urban greenhouse gases and air pollutants",
        "ind": [
            ("park_monitoring_system", "工业园区排放监测与评估体系及误差估算方法", "emission monitoring and assessment system with error estimation method for industrial parks", "ge", [1], "套", "set", ""),
            ("fugitive_inversion_uncertainty", "无组织源反演系统排放量测量不确定度", "uncertainty of fugitive-source emissions measured by the inversion system", "le", [25], "%", "%", ""),
            ("verification_time", "1平方公里尺度核查时间", "verification time at the 1 km² scale", "le", [1], "天", "day", ""),
            ("location_accuracy", "定位精度", "localisation accuracy", "le", [15], "米", "m", ""),
            ("accounting_model", "数据驱动的城市排放量核算及减排效果评估模型", "data-driven model for urban emission accounting and mitigation-effect assessment", "ge", [1], "套", "set", ""),
        ],
        "qual": ("co_control_guideline", "编制城市温室气体与大气污染物协同控制方案编制技术指南", "a technical guideline for drafting urban co-control plans will be compiled"),
        "noise_zh": "观测网络布设站点40个，覆盖面积约1,500平方公里",
        "noise_en": "the observation network has 40 stations over about 1,500 km²",
    },
    "6.3": {
        "zh": "化工行业低碳零碳关键技术和装备联合研发",
        "en": "Joint R&D of key low-carbon and zero-carbon technologies and equipment for the chemical industry",
        "ind": [
            ("energy_consumption_reduction", "相比现有技术能耗降低幅度", "reduction of energy consumption against existing technology", "range", [12, 15], "%", "%", ""),
            ("biomass_renewable_technologies", "生物质资源化、可再生能源供氢供氧及直接驱动化学反应新技术", "new technologies for biomass valorisation, renewable hydrogen/oxygen supply and directly driven reactions", "ge", [2], "项", "technologies", ""),
            ("coal_oil_technologies", "煤炭、石油高值化利用及其耦合的新技术", "new technologies for the high-value use of coal and oil and their coupling", "ge", [3], "项", "technologies", ""),
            ("ghg_synthesis_routes", "以二氧化碳、甲烷等温室气体为碳源的化学品合成新路线", "new routes for synthesising chemicals from greenhouse gases as the carbon source", "ge", [2], "条", "routes", ""),
            ("international_seminar", "化工领域低碳/零碳关键技术与装备国际研讨会", "international seminars on low-/zero-carbon chemical technologies and equipment", "ge", [2], "次", "seminars", ""),
        ],
        "qual": ("lab_scale_test", "完成实验室小试", "the laboratory-scale test will be completed"),
        "noise_zh": "中试装置规模为年产500吨，反应温度220℃",
        "noise_en": "the pilot unit produces 500 t a year at a reaction temperature of 220 ℃",
    },
}

PARTNERS = [
    # zh name, en name, country zh, country en, ISO, kind zh, kind en, kind id
    ("华东某大学", "An East China University", "中国", "China", "CN", "高校", "University", "university"),
    ("某某能源研究院", "Some Energy Research Institute", "中国", "China", "CN", "科研院所", "Research institute", "institute"),
    ("Universidade de Lisboa", "Universidade de Lisboa", "葡萄牙", "Portugal", "PT", "高校", "University", "university"),
    ("Aalto University", "Aalto University", "芬兰", "Finland", "FI", "高校", "University", "university"),
    ("Politecnico di Milano", "Politecnico di Milano", "意大利", "Italy", "IT", "高校", "University", "university"),
    ("Hôpital Universitaire Pitié-Salpêtrière", "Hôpital Universitaire Pitié-Salpêtrière", "法国", "France", "FR", "医院", "Hospital", "hospital"),
    ("Wärtsilä Finland Oy", "Wärtsilä Finland Oy", "芬兰", "Finland", "FI", "企业", "Enterprise", "enterprise"),
]
ZH_NUM = "零一二三四五六七八九"


def zh_words(n):
    """百分之 words for a whole number below 100 (三十五, 九十)."""
    tens, ones = divmod(int(n), 10)
    s = ("" if tens == 1 else ZH_NUM[tens]) + "十" if tens else ""
    return s + (ZH_NUM[ones] if ones else "")


def num(v, style, lang):
    if style == "wan" and lang == "zh" and v >= 10000:
        return f"{v / 10000:g}万"
    if v >= 1000:
        return f"{v:,.0f}" if float(v).is_integer() else f"{v:,}"
    return f"{v:g}"


def value_zh(key, ind, in_table):
    _, _, _, kind, vals, unit, _, style = ind
    if kind == "range":
        a, b = vals
        if unit == "%":
            return f"{a:g}%～{b:g}%"
        return f"{a:g}～{b:g}{unit}"
    if style == "wan":  # 1.2万例 or 12,000例
        style = pick(key + "w", ["wan", "sep"])
    v = num(vals[0], style, "zh")
    if style == "pctword" and not in_table:
        return f"达到百分之{zh_words(vals[0])}"
    if kind == "le":
        opts = ["≤{v}{u}", "控制在{v}{u}以内", "不超过{v}{u}"]
        if unit == "米":
            opts.append("优于{v}{u}")
        return pick(key, opts).format(v=v, u=unit)
    opts = ["不少于{v}{u}", "达到{v}{u}", "≥{v}{u}", "{v}{u}"] if in_table else \
        ["不少于{v}{u}", "不低于{v}{u}", "达到{v}{u}"]
    if unit == "%":
        opts = ["不低于{v}{u}", "≥{v}{u}", "达到{v}{u}"]
    return pick(key, opts).format(v=v, u=unit)


def value_en(key, ind, in_table):
    _, _, _, kind, vals, unit, noun, style = ind
    sp = "" if noun == "%" else " "
    if kind == "range":
        a, b = vals
        return f"{a:g}%–{b:g}%" if noun == "%" else f"{a:g}–{b:g} {noun}"
    v = num(vals[0], style, "en")
    if style == "pctword":
        noun, sp = "%", ""
    if kind == "le":
        return pick(key, ["≤ {v}{sp}{n}", "no more than {v}{sp}{n}", "not exceeding {v}{sp}{n}"]).format(
            v=v, sp=sp, n=noun).rstrip()
    return pick(key, ["at least {v}{sp}{n}", "no fewer than {v}{sp}{n}", "≥ {v}{sp}{n}"]
                if noun not in ("%",) else ["at least {v}{sp}{n}", "≥ {v}{sp}{n}", "not lower than {v}{sp}{n}"]).format(
        v=v, sp=sp, n=noun).rstrip()


def expected(ind):
    return [float(x) for x in ind[4]]


# ---------------------------------------------------------------- documents
# A document is a list of blocks: ("h", text), ("p", text), ("t", rows).


def basics(number, d, lang, layout):
    if lang == "zh":
        dates = pick(number + "dur", [("2025年7月至2028年6月", 36), ("2025年1月—2027年12月", 36),
                                      ("2026年1月至2029年12月", 48)])
        info = [["项目名称", d["zh"]], ["指南方向", f"{number} {d['zh']}"],
                ["起止年月", f"{dates[0]}（{dates[1]}个月）"], ["申请经费", f"{300 + 10 * len(number)}万元"]]
        if layout == 0:
            return [("t", info)], dates[1]
        return [("p", f"{k}：{v}") for k, v in info], dates[1]
    months = pick(number + "dur", [36, 36, 48])
    info = [["Project title", d["en"]], ["Direction", f"{number} {d['en']}"],
            ["Duration", f"{months} months (from July 2025)"], ["Funding requested", f"{300 + 10 * len(number)} 万元"]]
    if layout == 0:
        return [("t", info)], months
    return [("p", f"{k}: {v}") for k, v in info], months


def partners(number, lang):
    lead = PARTNERS[0] if pick(number + "lead", [0, 1]) == 0 else PARTNERS[1]
    foreign = [p for p in PARTNERS[2:]]
    chosen = [lead, pick(number + "p1", foreign)]
    second = pick(number + "p2", foreign)
    if second is not chosen[1]:
        chosen.append(second)
    if lang == "zh":
        rows = [["序号", "单位名称", "所在国家", "单位性质", "承担角色"]]
        for i, p in enumerate(chosen):
            rows.append([str(i + 1), p[0], p[2], p[5], "牵头单位" if i == 0 else "参与单位"])
    else:
        rows = [["No.", "Institution", "Country", "Type", "Role"]]
        for i, p in enumerate(chosen):
            rows.append([str(i + 1), p[1], p[3], p[6], "Lead" if i == 0 else "Participant"])
    answers = [{"name": p[0] if lang == "zh" else p[1], "country": p[4],
                "role": "lead" if i == 0 else "member", "kind": p[7]} for i, p in enumerate(chosen)]
    return rows, answers


def earlier(ind):
    """The team's own earlier figure: below a commitment, above a limit."""
    v = ind[4][0]
    if ind[3] == "le":
        return v * 2
    return round(v * 0.7, -2) if v >= 1000 else (v - 1 if v > 1 else v + 1)


def q(v, noun):
    """A number and its English noun (none, or % without a space)."""
    n = num(v, "", "en")
    return n + noun if noun == "%" else f"{n} {noun}".rstrip()


def distractors_zh(number, d):
    first = d["ind"][0]
    later = d["ind"][-1]
    blocks = [("h", "二、研究基础与国内外现状"),
              ("p", f"项目团队自2016年起承担相关课题，前期已实现{first[1]}{num(earlier(first), first[7], 'zh')}{first[5]}"
                    f"（详见附件2第14页），相关成果发表于2021年。"),
              ("p", f"国际先进水平方面，欧洲同行报道的{later[1]}约为{later[4][-1] * 2 + 1:g}{later[5]}，"
                    f"合作方团队此前在另一项目中完成的同类工作为{later[4][-1] + 4:g}{later[5]}，技术路线如图3所示。"),
              ("p", d["noise_zh"] + "。")]
    return blocks


def distractors_en(number, d):
    first = d["ind"][0]
    later = d["ind"][-1]
    return [("h", "2. Foundations and state of the art"),
            ("p", f"In an earlier project the team has already achieved {q(earlier(first), first[6])} "
                  f"for the {first[2]} (Annex 2, page 14), published in 2021."),
            ("p", f"The international state of the art reported by European groups for {later[2]} is about "
                  f"{q(later[4][-1] * 2 + 1, later[6])}; the partner's previous work reached {q(later[4][-1] + 4, later[6])} "
                  f"(see Figure 3)."),
            ("p", d["noise_en"][0].upper() + d["noise_en"][1:] + ".")]


def midterm(number, d, lang):
    ind = d["ind"][1] if len(d["ind"]) > 1 else d["ind"][0]
    v = ind[4][0]
    if ind[3] == "le":
        mid = v * 2
    else:
        mid = v / 2 if ind[5] == "%" else max(1, int(v // 2))
    if lang == "zh":
        return [("h", "四、年度计划与中期目标"),
                ("p", f"2026年底前完成方案设计；中期检查时，{ind[1]}达到{mid:g}{ind[5]}；2027年完成验证。")]
    return [("h", "4. Annual plan and mid-term targets"),
            ("p", f"Design is finished by the end of 2026; at the mid-term review the {ind[2]} will be {q(mid, ind[6])}; "
                  f"validation follows in 2027.")]


def budget(number, lang):
    total = 300 + 10 * len(number)
    if lang == "zh":
        return [("h", "五、经费预算"),
                ("p", f"申请专项经费{total}万元，其中设备费{total * 0.2:g}万元（占20%），国际合作交流费45万元，自筹经费不少于{total // 2}万元。")]
    return [("h", "5. Budget"),
            ("p", f"Requested: {total} 万元, of which equipment {total * 0.2:g} 万元 (20%) and international exchange 45 万元; "
                  f"own funds of at least {total // 2} 万元.")]


def targets_zh(number, d, layout, key):
    blocks = [("h", "三、预期目标与考核指标")]
    inds = d["ind"]
    if layout == 0:
        blocks.append(("p", "本项目完成时的考核指标如下表所示。"))
        rows = [["考核指标", "完成时指标"]]
        for ind in inds:
            rows.append([ind[1], value_zh(key + ind[0] + "t", ind, True)])
        blocks.append(("t", rows))
    elif layout == 1:
        blocks.append(("p", "（一）主要考核指标"))
        for i in range(0, len(inds), 2):
            parts = []
            for ind in inds[i:i + 2]:
                parts.append(f"{ind[1]}{value_zh(key + ind[0] + 's', ind, False)}")
            lead = pick(key + str(i), ["项目执行期满，", "到项目结束时，", "本项目将实现", ""])
            blocks.append(("p", lead + "；".join(parts) + "。"))
    else:
        blocks.append(("p", "项目完成时须达到的考核指标逐项列出如下："))
        for i, ind in enumerate(inds):
            blocks.append(("p", f"{i + 1}．{ind[1]}"))
            blocks.append(("p", f"完成时指标：{value_zh(key + ind[0] + 'l', ind, True)}。"))
    if d.get("fenbie_zh"):
        blocks.append(("p", d["fenbie_zh"]))
    if d["qual"]:
        blocks.append(("p", f"此外，本项目将{d['qual'][1]}。"))
    return blocks


def targets_en(number, d, layout, key):
    blocks = [("h", "3. Expected goals and assessment indicators")]
    inds = d["ind"]
    if layout == 0:
        blocks.append(("p", "The indicators to be assessed at completion are listed below."))
        rows = [["Indicator", "Value at completion"]]
        for ind in inds:
            rows.append([ind[2][0].upper() + ind[2][1:], value_en(key + ind[0] + "t", ind, True)])
        blocks.append(("t", rows))
    elif layout == 1:
        for ind in inds:
            v = value_en(key + ind[0] + "s", ind, False)
            if ind[3] == "le":
                blocks.append(("p", f"By the end of the project, the {ind[2]} will be {v}."))
                continue
            blocks.append(("p", pick(key + ind[0], [
                "By the end of the project, the {n} will reach {v}.",
                "The project commits to {n} of {v}.",
                "At completion: {n}, {v}."]).format(n=ind[2], v=v)))
    else:
        blocks.append(("p", "Indicators at completion, one by one:"))
        for i, ind in enumerate(inds):
            blocks.append(("p", f"({i + 1}) {ind[2][0].upper() + ind[2][1:]}"))
            blocks.append(("p", f"Target at completion: {value_en(key + ind[0] + 'l', ind, True)}."))
    if d.get("fenbie_en"):
        blocks.append(("p", d["fenbie_en"]))
    if d["qual"]:
        blocks.append(("p", f"In addition, {d['qual'][2]}."))
    return blocks


def document(number, lang, fmt):
    d = DIRS[number]
    key = f"{number}/{lang}/{fmt}"
    order = sorted(DIRS, key=lambda n: [int(x) for x in n.split(".")])
    layout = (order.index(number) + (lang == "en") + 2 * (fmt == "md")) % 3
    head, months = basics(number, d, lang, layout % 2)
    rows, parts = partners(number, lang)
    blocks = []
    blocks.append(("h", "国际科技合作项目申报书" if lang == "zh" else "Application for an international cooperation project"))
    blocks += head
    blocks.append(("h", "一、参与单位" if lang == "zh" else "1. Participating institutions"))
    blocks.append(("t", rows))
    blocks += distractors_zh(number, d) if lang == "zh" else distractors_en(number, d)
    blocks += targets_zh(number, d, layout, key) if lang == "zh" else targets_en(number, d, layout, key)
    blocks += midterm(number, d, lang)
    blocks += budget(number, lang)
    blocks.append(("h", "参考文献" if lang == "zh" else "References"))
    blocks.append(("p", "[1] 某某. 相关研究进展[J]. 中国科学, 2022, 52(3): 211-219." if lang == "zh"
                   else "[1] A. Author. Progress in the field. Nature Energy, 2022, 7: 311-319."))
    indicators = {ind[0]: {"numbers": expected(ind)} for ind in d["ind"]}
    if d["qual"]:
        indicators[d["qual"][0]] = {"qualitative": True}
    answers = {"direction": number, "title": d["zh"] if lang == "zh" else d["en"],
               "duration_months": months, "format": fmt, "lang": lang,
               "participants": parts, "indicators": indicators, "layout": layout}
    return blocks, answers


# ---------------------------------------------------------------- writers


def md_cell(s):
    return s.replace("|", "\\|")


def write_md(path, blocks):
    out = []
    for kind, body in blocks:
        if kind == "h":
            out.append(("# " if not out else "## ") + body)
        elif kind == "p":
            out.append(body)
        else:
            out.append("| " + " | ".join(md_cell(c) for c in body[0]) + " |")
            out.append("|" + " --- |" * len(body[0]))
            out.extend("| " + " | ".join(md_cell(c) for c in r) + " |" for r in body[1:])
        out.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))


def para_xml(text, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f'<w:p>{ppr}<w:r><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def table_xml(rows):
    cols = len(rows[0])
    grid = "".join('<w:gridCol w:w="2000"/>' for _ in range(cols))
    trs = "".join("<w:tr>" + "".join(f"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/></w:tcPr>{para_xml(c)}</w:tc>"
                                      for c in r) + "</w:tr>" for r in rows)
    return f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tblGrid>{grid}</w:tblGrid>{trs}</w:tbl>'


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
PARTS = {
    "[Content_Types].xml":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        '</Types>',
    "_rels/.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '</Relationships>',
    "word/_rels/document.xml.rels":
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        '</Relationships>',
    "word/styles.xml":
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="{W_NS}">'
        '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>'
        '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>'
        '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
        '</w:styles>',
}


def write_docx(path, blocks):
    body = []
    for kind, b in blocks:
        if kind == "h":
            body.append(para_xml(b, "Title" if not body else "Heading1"))
        elif kind == "p":
            body.append(para_xml(b))
        else:
            body.append(table_xml(b))
            body.append("<w:p/>")
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{W_NS}"><w:body>'
           + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    parts = dict(PARTS)
    parts["word/document.xml"] = doc
    with zipfile.ZipFile(path, "w") as z:
        for name in ["[Content_Types].xml", "_rels/.rels", "word/document.xml",
                     "word/_rels/document.xml.rels", "word/styles.xml"]:
            info = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, parts[name].encode("utf-8"))


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "import", "heldout5")
    os.makedirs(out, exist_ok=True)
    for name in os.listdir(out):
        if name.endswith((".docx", ".md", ".json")):
            os.remove(os.path.join(out, name))
    n = 0
    for number in DIRS:
        for lang in ("zh", "en"):
            for fmt in ("docx", "md"):
                blocks, answers = document(number, lang, fmt)
                path = os.path.join(out, f"{number}-{lang}.{fmt}")
                (write_docx if fmt == "docx" else write_md)(path, blocks)
                with open(path + ".answers.json", "w", encoding="utf-8", newline="\n") as f:
                    json.dump(answers, f, ensure_ascii=False, indent=1, sort_keys=True)
                    f.write("\n")
                n += 1
    print(f"wrote {n} documents to {out}")


if __name__ == "__main__":
    main()
