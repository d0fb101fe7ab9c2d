#!/usr/bin/env python3
"""Held-out set 8 for `guidecheck import` (issue 15, docs/import.md).

An eighth family of 申报书 documents, written without reading src/import/ and
sharing no code with the other generators, for twelve directions (1.2, 2.2,
2.3, 3.3, 3.4, 5.3, 6.2, 7.2, 8.2, 9.4, 10.4, 10.7), in Chinese and English,
.docx (its own minimal writer, with a styles part) and .md. Each direction
uses one of three form layouts, the same in both languages and formats:

- layout A: a cover table of key/value rows (项目名称 | …, 申报方向 | …), and
  a 考核指标 table 序号 | 指标名称 | 中期指标 | 完成时指标 | 考核方式 (Mid-term
  target | Final target | Verification): the final column is the
  commitment, the mid-term column a distractor in the same row;
- layout B: 基本信息 as bold label lines (`**项目名称**：…`), and the
  indicators as a numbered list of bold labels with the value after a colon
  (`**叶片长度**：…`), some of them split over two paragraphs (the label
  alone, then `项目完成时：…；中期：…`), a mid-term value in parentheses after
  the final one;
- layout C: a four-column cover table (项目名称 spans; 申报方向 | … | 执行期限
  | … in one row), and a 考核指标 | 立项时水平 | 项目结束时目标 | 评价手段
  table (a baseline column), with footnote markers after numbers (`92%¹` as a
  superscript run in .docx and a Unicode superscript in .md, `92%[1]`) and
  the footnote text under the table.

Values: indicator names in the applicant's own words (synonyms, abbreviations
such as CDSS, BTE, AGC/AVC) rather than the guide's titles; values in another
unit than the rule's (2万 kW for MW, 0.15 s for 毫秒, 0.12 t/d for 千克/天,
7,500 kg for 吨, 75 分钟 for 小时); thousands separators and 万 (1.2万例,
12,000 cases); Chinese numerals (两项, 十个, 五项, 六个月); full-width digits
and ％ (４２０, ２２％); ranges (55%～60%, 1–2 份, 2~3 个); comparators 不低于 /
不少于 / 不超过 / ≥ / ≤ / ＞ / 以上, "no less than", "no fewer than", "at
most", "within"; 各 (each of three indicators in one row); 共 totals after a
per-year rate (每年1次，共3次).

Not committed (absent from the answers; a sure value counts as wrong):
约 / 左右 / around / 最高可达 / up to values; some indicators are not stated.

Distractors: a 现有基础 (Preliminary work) section full of the team's past
figures for the same quantities, superscripts in units (380 m²/kg, 10⁻⁶),
standard numbers (GB/T 20828-2007, IEC TC120, IMO MEPC 80), gene variants
(G2019S), a budget table in 万元 with shares, dates, a contact phone number.

The .md documents use setext headings for the top level, GFM tables (no HTML)
and numbered sub-lists.

Deterministic: run it twice and the output is byte-identical.

    python3 scripts/gen_import_heldout8.py [OUT_DIR]   # default tests/import/heldout8
"""
import io
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# ---------------------------------------------------------------- data
# Indicator: (rule id, zh name, en name, zh aux, en aux, zh final, en final,
#             zh method, en method, answer, split)
# aux is the mid-term target (layouts A, B) or the baseline (layout C).
# answer: list of numbers in the rule's unit, "q" (qualitative, stated),
#         ["cat:..."] categories, or None (stated only approximately).
# Markup in values: ^x^ a superscript footnote marker.

DIRS = [
    {
        "d": "1.2",
        "extra": [("此外，项目将在胜利油田某典型区块开展提采-封存一体化工业示范应用，示范区面积约3.2平方公里。", "In addition, the integrated recovery-storage technology will be demonstrated in a typical block of the Shengli oilfield, covering about 3.2 km².")],
        "extra_ans": {"typical_block_demonstration": "q"},
        "layout": "A",
        "dir_zh": "1.2 二氧化碳提高油藏采收率与地质封存一体化关键技术及应用示范",
        "dir_en": "1.2 Key technologies and demonstration of integrated CO₂-EOR and geological storage",
        "title_zh": "CO₂驱油与地质封存协同关键技术研究及先导示范",
        "title_en": "Co-optimised CO₂ flooding and geological storage: key technologies and pilot demonstration",
        "months": 36,
        "dur_zh": "2025年1月1日至2027年12月31日", "dur_en": "1 January 2025 to 31 December 2027",
        "parts": [
            ("渤海石油工程研究院", "Bohai Petroleum Engineering Research Institute", "CN", "lead", "institute"),
            ("东营华瑞能源科技有限公司", "Dongying Huarui Energy Technology Co., Ltd.", "CN", "member", "enterprise"),
            ("Rogaland Institute of Energy Research", None, "NO", "member", "institute"),
        ],
        "research": [
            ("eor_storage_coupling_mechanism", "注CO₂提高采收率与埋存的动态耦合机制", "Dynamic coupling between CO₂-EOR and storage"),
            ("flow_control_method", "油藏内CO₂流动的精准调控方法", "Precise control of CO₂ flow in the reservoir"),
            ("leakage_risk_control", "CO₂泄漏风险识别与控制技术", "Identification and control of CO₂ leakage risk"),
            ("industrial_demonstration", "工业化应用示范", "Industrial-scale application demonstration"),
        ],
        "past_zh": "团队在胜利油田某低渗区块开展的先导试验中，原油采收率较水驱提高12.6%，CO₂埋存率为38%，累计注入CO₂ 8.5万吨；压裂井平均增产17%。",
        "past_en": "In the team's pilot on a low-permeability block, oil recovery rose by 12.6% over waterflooding, 38% of the injected CO₂ stayed in place, 85,000 t of CO₂ were injected in total, and fractured wells produced 17% more on average.",
        "inds": [
            ("oil_recovery_increase", "采收率增幅（较水驱）", "Incremental recovery over waterflood",
             "15%", "15%", "不低于２２％", "not less than 22%", "第三方标定", "third-party calibration", [22]),
            ("eor_storage_ratio", "驱油阶段CO₂埋存率", "CO₂ retention during EOR",
             "35%", "35%", "＞45%", "> 45%", "监测井数据核算", "monitoring-well accounting", [45]),
            ("fracturing_production_increase", "CO₂压裂增产幅度（对比常规压裂）", "Production uplift of CO₂ fracs vs. conventional fracs",
             "—", "—", "约25%", "about 25%", "生产数据对比", "production data comparison", None),
            ("fracturing_storage_ratio", "压裂CO₂滞留埋存率", "CO₂ retained after fracturing",
             "50%", "50%", "55%～60%", "55%–60%", "示踪剂监测", "tracer monitoring", [55, 60]),
            ("eor_storage_optimization_software", "提采-封存协同优化软件", "Co-optimisation software for recovery and storage",
             "完成原型", "prototype", "形成软件系统并取得软件著作权", "released software system with copyright registration",
             "软件测评", "software evaluation", "q"),
        ],
        "budget": [("设备费", "Equipment", 320), ("业务费", "Operations", 540), ("劳务费", "Personnel", 140)],
    },
    {
        "d": "2.2", "layout": "B",
        "dir_zh": "2.2 海上超长柔叶片开发及关键技术联合研发",
        "dir_en": "2.2 Joint R&D of ultra-long flexible offshore wind turbine blades",
        "title_zh": "面向20MW级海上机组的超长柔性叶片联合研制",
        "title_en": "Ultra-long flexible blades for 20 MW-class offshore turbines: joint development",
        "months": 36,
        "dur_zh": "三年（2025年7月—2028年6月）", "dur_en": "three years (July 2025 – June 2028)",
        "parts": [
            ("东海风电装备研究院", "East China Sea Wind Equipment Research Institute", "CN", "lead", "institute"),
            ("连云港远航叶片科技有限公司", "Lianyungang Yuanhang Blade Technology Co., Ltd.", "CN", "member", "enterprise"),
            ("Nordjylland Wind Technology Centre", None, "DK", "member", "institute"),
            ("Kieler Windforschung GmbH", None, "DE", "member", "enterprise"),
        ],
        "research": [
            ("ultra_long_blade_product", "匹配20MW以上海上机组、长度150米以上的超长柔叶片产品", "An ultra-long flexible blade of 150 m or more for offshore turbines of 20 MW and above"),
            ("integrated_design_method", "气动-结构-载荷多尺度多准则一体化设计方法", "Multi-scale, multi-criteria integrated aero-structural-load design"),
            ("fsi_simulation", "高精度流固耦合仿真工具", "High-fidelity fluid-structure interaction simulation tools"),
            ("surface_pressure_inflow_measurement", "叶片表面测压与入流测风技术", "Blade surface pressure and inflow measurement"),
        ],
        "past_zh": "合作方已批量生产123米叶片，单支重量52吨，在16 MW样机上挂机运行；现有仿真平台单工况计算耗时约4.5小时。",
        "past_en": "The partners already build 123 m blades in series, 52 t each, running on a 16 MW prototype; one load case takes about 4.5 hours on the present simulation platform.",
        "inds": [
            ("target_turbine_capacity", "适配机组", "Turbine class",
             "", "", "单机容量不低于2万kW", "rated power of no less than 20,000 kW", "", "", [20]),
            ("blade_length", "叶片长度", "Blade length",
             "完成143米分段样件设计", "design of a 143 m segmented specimen", "不短于152米", "no shorter than 152 m", "", "", [152], True),
            ("blade_weight_reduction", "单位载荷减重", "Weight saving per unit load",
             "", "", "≥6%", "≥ 6%", "", "", [6]),
            ("simulation_speedup", "快速仿真提速", "Fast-assessment speed-up",
             "", "", "单工况计算速度最高可达同类商业软件的8倍", "single-case runs up to 8 times faster than comparable commercial codes", "", "", None),
            ("key_parameter_deviation", "关键参数偏差", "Deviation of key parameters",
             "", "", "与样机实测数据对比不超过4.5%", "within 4.5% of prototype measurements", "", "", [4.5], True),
            ("tested_blade_models", "全尺寸验证", "Full-scale validation",
             "", "", "完成一型叶片的开发及全尺寸静力与疲劳测试", "one blade model developed and tested full-scale (static and fatigue)", "", "", [1]),
            ("flow_test_standard", "测试标准", "Test standard",
             "", "", "完成叶片表面流动状态测试标准的编制", "drafting of a test standard for the blade surface flow state completed", "", "", "q"),
        ],
        "budget": [("材料费", "Materials", 610), ("测试化验加工费", "Testing", 450), ("国际合作交流费", "International exchange", 90)],
    },
    {
        "d": "2.3",
        "extra": [("项目结束时形成生物柴油联产氨基香兰素药物中间体的工艺技术体系1套，并完成工艺包编制。", "By the end, a process technology system co-producing ester biodiesel and aminovanillin will be established and its process package written.")],
        "extra_ans": {"process_technology_system": "q"},
        "layout": "C",
        "dir_zh": "2.3 秸秆类生物质生产生物柴油与药物中间体技术研发",
        "dir_en": "2.3 Biodiesel and pharmaceutical intermediates from straw-type biomass",
        "title_zh": "秸秆全组分转化制备酯类生物柴油联产氨基香兰素技术研究",
        "title_en": "Whole-straw conversion to ester biodiesel with co-produced aminovanillin",
        "months": 36,
        "dur_zh": "36个月", "dur_en": "36 months",
        "parts": [
            ("江汉生物质能源研究院", "Jianghan Biomass Energy Research Institute", "CN", "lead", "institute"),
            ("荆楚理工大学", "Jingchu University of Technology", "CN", "member", "university"),
            ("湖北绿源精细化工股份有限公司", "Hubei Lvyuan Fine Chemicals Co., Ltd.", "CN", "member", "enterprise"),
            ("Lund Biorefinery Centre", None, "SE", "member", "institute"),
        ],
        "research": [
            ("holocellulose_to_biodiesel", "综纤维素转化制备长碳链羧酸酯类生物柴油", "Holocellulose to long-chain carboxylic-ester biodiesel"),
            ("lignin_to_aminovanillin", "木质素定向制备氨基香兰素等药物中间体", "Directed conversion of lignin into aminovanillin and related intermediates"),
            ("lab_scale_validation_system", "生物柴油与氨基香兰素小试验证系统的建设运行", "Building and running the lab-scale validation system"),
        ],
        "past_zh": "前期在5 L反应釜中完成综纤维素催化转化，酯收率61%，木质素单体得率18 wt%，催化剂连续使用8个批次活性保持90%以上。",
        "past_en": "Earlier work converted holocellulose in a 5 L reactor with a 61% ester yield and an 18 wt% lignin monomer yield; the catalyst kept over 90% of its activity for 8 batches.",
        "inds": [
            ("biodiesel_system_capacity", "酯类生物柴油小试线产能", "Ester-biodiesel pilot line output",
             "20 kg/d", "20 kg/d", "≥0.12 t/d", "≥ 0.12 t/d", "连续运行72小时考核", "72-hour continuous run", [120]),
            ("feedstock_per_tonne_biodiesel", "吨油原料消耗（干基秸秆）", "Dry straw per tonne of biodiesel",
             "11吨", "11 t", "不超过7,500 kg", "at most 7,500 kg", "物料衡算", "mass balance", [7.5]),
            ("aminovanillin_conversion", "氨基香兰素转化率", "Aminovanillin conversion",
             "82%", "82%", "≥92%[1]", "≥ 92%[1]", "第三方检测", "third-party test", [92]),
            ("biodiesel_quality_standard", "产品质量", "Product quality",
             "部分指标达标", "partly compliant", "符合GB/T 20828-2007（BD100）要求", "compliant with GB/T 20828-2007 (BD100)", "送检报告", "accredited lab report", "q"),
        ],
        "foot_zh": "[1] 以木质素衍生香兰素为底物、小试系统连续3批次平均值计。",
        "foot_en": "[1] Average of 3 consecutive lab-scale batches, with lignin-derived vanillin as substrate.",
        "budget": [("设备费", "Equipment", 260), ("材料费", "Materials", 380), ("燃料动力费", "Energy", 60)],
    },
    {
        "d": "3.3",
        "extra": [("说明：本团队另有成员参与“3.4 国际锂离子电池储能安全评价关键技术合作研发”方向的申报，两项目研究内容不重叠。", "Note: other members of the team take part in an application under direction 3.4 (safety evaluation of lithium-ion battery storage); the two projects do not overlap.")],
        "extra_ans": {},
        "layout": "A",
        "dir_zh": "3.3 数据中心不间断电源主动电网支撑关键技术联合研发",
        "dir_en": "3.3 Active grid support by data-centre uninterruptible power supplies",
        "title_zh": "数据中心UPS集群主动支撑电网关键技术及示范",
        "title_en": "Grid-supporting UPS clusters in data centres: key technologies and demonstration",
        "months": 36,
        "dur_zh": "2025.01–2027.12", "dur_en": "2025.01–2027.12",
        "parts": [
            ("京津冀数字能源研究院", "Jing-Jin-Ji Digital Energy Research Institute", "CN", "lead", "institute"),
            ("深圳德能电源技术有限公司", "Shenzhen Deneng Power Technology Co., Ltd.", "CN", "member", "enterprise"),
            ("燕赵科技大学", "Yanzhao University of Science and Technology", "CN", "member", "university"),
            ("Tampere Grid Research Institute", None, "FI", "member", "institute"),
        ],
        "research": [
            ("grid_support_topology", "UPS主动支撑电网的拓扑结构", "UPS topologies that actively support the grid"),
            ("control_technology", "主动支撑控制关键技术", "Key control techniques for active grid support"),
            ("cluster_management", "UPS集群管理技术", "UPS cluster management"),
        ],
        "past_zh": "团队已在某园区建成2.4 MW数据中心UPS试点，调频响应时间350 ms，功率跟踪误差1.8%，接入UPS单元6个。",
        "past_en": "The team runs a 2.4 MW data-centre UPS pilot on a campus: frequency response in 350 ms, power tracking error 1.8%, 6 UPS units connected.",
        "inds": [
            ("cluster_control_accuracy", "集群功率跟踪误差", "Cluster power tracking error",
             "≤2%", "≤ 2%", "≤0.8%", "≤ 0.8%", "现场录波", "field recording", [0.8]),
            ("fast_frequency_response_time", "一次调频响应时间", "Primary frequency response time",
             "≤300 ms", "≤ 300 ms", "≤0.15 s", "≤ 0.15 s", "阶跃试验", "step test", [150]),
            ("cluster_demonstration_units", "示范UPS单元数", "UPS units in the demonstration",
             "4个", "4", "不少于十个", "no fewer than ten", "现场核查", "site inspection", [10]),
            ("standard_projects", "标准立项", "Standards accepted for drafting",
             "提交提案1项", "1 proposal submitted", "两项", "two", "立项文件", "approval documents", [2]),
            ("cluster_functions", "集群支撑功能", "Grid services of the cluster",
             "快速调频、削峰填谷", "Fast frequency regulation, Peak shaving and valley filling",
             "快速调频、自动发电控制（AGC）、自动电压控制（AVC）、削峰填谷",
             "Fast frequency regulation, Automatic generation control (AGC), Automatic voltage control (AVC), Peak shaving and valley filling",
             "联调测试", "joint commissioning test",
             ["cat:fast_frequency_regulation", "cat:agc", "cat:avc", "cat:peak_shaving"]),
            ("international_working_group", "国际工作组", "International working group",
             "提交申请", "application filed", "联合发起IEEE PES工作组", "IEEE PES working group co-founded", "成立文件", "founding documents", "q"),
        ],
        "budget": [("设备费", "Equipment", 410), ("业务费", "Operations", 300), ("劳务费", "Personnel", 190)],
    },
    {
        "d": "3.4",
        "extra": [("安全性能分级评价的对象包括：", "The grading covers:"), ("国外主流三元电池储能系统、国内主流磷酸铁锂电池储能系统。", "Mainstream foreign ternary (NCM/NCA) battery storage system, Mainstream Chinese lithium iron phosphate battery storage system.")],
        "extra_ans": {"graded_system_types": ["cat:foreign_mainstream_ternary", "cat:domestic_mainstream_lfp"]},
        "layout": "B",
        "dir_zh": "3.4 国际锂离子电池储能安全评价关键技术合作研发",
        "dir_en": "3.4 International safety evaluation of lithium-ion battery energy storage",
        "title_zh": "锂离子电池储能系统安全评价关键技术国际合作研究",
        "title_en": "International cooperative research on the safety evaluation of Li-ion battery energy storage",
        "months": 36,
        "dur_zh": "三年", "dur_en": "three years",
        "parts": [
            ("华南储能安全研究院", "South China Energy Storage Safety Institute", "CN", "lead", "institute"),
            ("岭南理工大学", "Lingnan University of Technology", "CN", "member", "university"),
            ("Institut für Batteriesicherheit Aachen e.V.", None, "DE", "member", "institute"),
            ("Korea Battery Testing Laboratory Co., Ltd.", None, "KR", "member", "enterprise"),
        ],
        "research": [
            ("thermal_runaway_fault_mechanism", "诱发热失控的故障类型及其演化机制", "Fault types that lead to thermal runaway and how they evolve"),
            ("fault_dataset", "国内外储能故障数据集（中外合作方共同完成）", "A Chinese and international storage fault dataset, built jointly"),
            ("safety_grading_technology", "储能安全性能分级评价技术", "Safety-performance grading of battery storage"),
            ("safety_evaluation_standards", "储能安全评价标准研究", "Research on safety-evaluation standards"),
        ],
        "past_zh": "团队累计测试280 Ah磷酸铁锂电芯1,200只，测得热失控起始温度210 ℃，建立了含3,400条记录的事故案例库。",
        "past_en": "The team has tested 1,200 LFP cells of 280 Ah, measured a thermal-runaway onset of 210 °C and built an incident library of 3,400 records.",
        "inds": [
            ("key_breakthroughs", "关键技术突破", "Key breakthroughs",
             "", "", "两项，即储能系统安全设计模拟技术和安全性能等级评价技术",
             "two: safety-design simulation of storage systems, and safety-performance grading", "", "", [2]),
            ("breakthrough_safety_design_simulation", "突破一", "Breakthrough 1",
             "", "", "锂离子电池储能系统安全设计模拟技术", "safety-design simulation of Li-ion battery storage systems", "", "", "q"),
            ("breakthrough_safety_grading", "突破二", "Breakthrough 2",
             "", "", "锂离子电池储能安全性能等级评价技术", "safety-performance grading of Li-ion battery storage", "", "", "q"),
            ("graded_systems", "分级评价实证", "Grading field trials",
             "完成2种", "2 kinds", "覆盖不少于4种锂离子电池储能系统", "no fewer than 4 kinds of Li-ion battery storage systems", "", "", [4], True),
            ("reproduced_fault_types", "可复现的典型故障", "Faults the test design reproduces",
             "", "", "电滥用、热滥用", "Electrical abuse, Thermal abuse", "", "",
             ["cat:electrical_abuse", "cat:thermal_abuse"]),
            ("international_standard_proposals", "国际标准提案", "International standard proposal",
             "", "", "1项（拟提交IEC TC120）", "1 (to IEC TC120)", "", "", [1]),
            ("evaluation_scale", "评价规模", "Scale of evaluation",
             "", "", "kW–MW级储能系统", "kW to MW class systems", "", "", "q"),
        ],
        "budget": [("测试化验加工费", "Testing", 520), ("设备费", "Equipment", 280), ("会议差旅费", "Travel", 75)],
    },
    {
        "d": "5.3",
        "extra": [("除上表外，满足250 ℃热箱要求的电池体系（液态、固态）", "Besides the table, battery systems (liquid and solid) that pass the 250 °C hot box:"), ("不少于2种；技术成果拟在约3种新能源汽车车型上应用。", "no fewer than 2; the results are expected to be used in about 3 vehicle models.")],
        "extra_ans": {"battery_systems": [2]},
        "layout": "C",
        "dir_zh": "5.3 新能源汽车高比能电池全生命周期安全性联合研究",
        "dir_en": "5.3 Whole-life-cycle safety of high-specific-energy NEV batteries",
        "title_zh": "高比能动力电池全生命周期安全联合研究",
        "title_en": "Whole-life safety of high-energy traction batteries: a joint study",
        "months": 36,
        "dur_zh": "2025-01至2027-12", "dur_en": "2025-01 to 2027-12",
        "parts": [
            ("清源大学", "Qingyuan University", "CN", "lead", "university"),
            ("苏州锐能电池有限公司", "Suzhou Ruineng Battery Co., Ltd.", "CN", "member", "enterprise"),
            ("Battery Safety Centre of Excellence Ltd", None, "GB", "member", "enterprise"),
            ("Université de Picardie Nord", None, "FR", "member", "university"),
        ],
        "research": [
            ("material_thermal_instability", "高比能电池材料热失稳机理", "Thermal destabilisation of high-energy cell materials"),
            ("thermal_runaway_database", "热失控与燃烧基础数据库", "A basic database of thermal runaway and combustion"),
            ("fail_safe_suppression", "“失效-安全”灾害抑制策略", "Fail-safe hazard suppression"),
            ("v2g_ai_safety_prediction", "基于车网互动的人工智能安全预测方法", "AI safety prediction using vehicle-grid interaction"),
        ],
        "past_zh": "已建成热失控数据库，收录电芯样本2,600组；现有三元电芯比能量350 Wh/kg，250 ℃热箱试验40 min内未起火；隔膜穿刺缺陷检出限10⁻⁶ m²量级。",
        "past_en": "The thermal-runaway database holds 2,600 cell samples; present NCM cells reach 350 Wh/kg and showed no fire for 40 min at 250 °C; separator defects are found down to the 10⁻⁶ m² range.",
        "inds": [
            ("battery_energy_density", "单体比能量", "Cell specific energy",
             "350 Wh/kg", "350 Wh/kg", "≥４２０ Wh/kg", "≥ 420 Wh/kg", "第三方检测", "third-party test", [420]),
            ("hot_box_no_runaway_time", "250 ℃热箱耐受时间", "250 °C hot-box endurance",
             "40 min", "40 min", "＞75分钟", "> 75 minutes", "热箱试验", "hot-box test", [1.25]),
            ("vent_autoignition_temperature", "释放气自燃温度", "Vent-gas self-ignition point",
             "540 ℃", "540 °C", "600 ℃左右", "around 600 °C", "点火试验", "ignition test", None),
            ("safety_warning_accuracy", "热失控预警准确率", "Early-warning accuracy",
             "85%", "85%", "≥92%^1^", "≥ 92%^1^", "盲测", "blind test", [92]),
            ("defect_detection_precision", "制造缺陷查准率", "Defect-detection precision",
             "97.0%", "97.0%", "＞99.5%", "> 99.5%", "产线数据验证", "production-line data", [99.5]),
            ("standard_proposals", "标准建议稿", "Draft standards",
             "—", "—", "不少于五项", "no fewer than five", "提交证明", "submission records", [5]),
        ],
        "foot_zh": "^1^以第三方机构提供的盲测数据集计。",
        "foot_en": "^1^ On a blind-test dataset supplied by a third party.",
        "budget": [("设备费", "Equipment", 350), ("材料费", "Materials", 420), ("劳务费", "Personnel", 160)],
    },
    {
        "d": "6.2",
        "extra": [("项目还将力争完成行业标准立项1项。", "The project will also strive for one industry standard to be approved for drafting.")],
        # 力争 alone states the applicant's own target (as set 2 reads it,
        # docs/import.md); beside a commitment it is only the stretch
        "extra_ans": {"standard_projects": [1]},
        "layout": "A",
        "dir_zh": "6.2 新型低碳水泥制备与应用关键技术装备联合研发",
        "dir_en": "6.2 Production and application of new low-carbon cement",
        "title_zh": "低碳贝利特-硫铝酸盐水泥制备及碳化养护成套技术装备联合研发",
        "title_en": "Low-carbon belite-sulfoaluminate cement and carbonation-curing equipment: joint R&D",
        "months": 36,
        "dur_zh": "2025年1月—2027年12月", "dur_en": "January 2025 – December 2027",
        "parts": [
            ("中原建筑材料科学研究院", "Central Plains Academy of Building Materials", "CN", "lead", "institute"),
            ("豫西建材集团有限公司", "Yuxi Building Materials Group Co., Ltd.", "CN", "member", "enterprise"),
            ("Politecnico di Brescia Ovest", None, "IT", "member", "university"),
        ],
        "research": [
            ("mineral_composition_design", "新型低碳水泥矿物组成优化设计", "Optimised mineral composition of the new cement"),
            ("carbonation_hardening_mechanism", "碳化硬化及微结构形成机理", "Carbonation hardening and microstructure formation"),
            ("carbonation_curing_technology", "碳化养护混凝土制品关键技术与装备", "Carbonation-cured concrete products: technology and equipment"),
            ("industrial_demonstration", "工业化制备与应用示范", "Industrial production and application demonstration"),
        ],
        "past_zh": "中试线熟料烧成温度1250 ℃，比表面积380 m²/kg，热耗较P·O 42.5熟料降低14%，碳化试块28天强度52.3 MPa。",
        "past_en": "The pilot kiln fires clinker at 1250 °C to a fineness of 380 m²/kg, 14% less heat than P·O 42.5 clinker; carbonated specimens reach 52.3 MPa at 28 days.",
        "inds": [
            ("clinker_heat_consumption_reduction", "烧成热耗降幅（对比硅酸盐熟料）", "Kiln heat saving vs. Portland clinker",
             "15%", "15%", "≥28%", "≥ 28%", "热工标定", "thermal audit", [28]),
            ("clinker_co2_intensity_reduction", "熟料单位CO₂直排降幅", "Cut in direct CO₂ per tonne of clinker",
             "15%", "15%", "不低于30%", "not less than 30%", "碳排放核查", "emission verification", [30]),
            ("carbonation_co2_uptake", "吨水泥碳化固碳量", "CO₂ uptake per tonne of cement",
             "200 kg/t", "200 kg/t", "≥320 kg/t", "≥ 320 kg/t", "TGA/称重法", "TGA and weighing", [320]),
            ("new_products+new_technologies+new_equipment", "新产品/新技术/新装备", "New products / technologies / equipment",
             "各1项", "1 each", "各2项", "2 each", "成果鉴定", "expert appraisal", [2]),
            ("national_patent_applications", "国家发明专利申请", "Chinese patent applications",
             "1项", "1", "不少于3项", "no fewer than 3", "受理通知书", "filing receipts", [3]),
            ("carbonation_equipment", "碳化养护专用装备", "Dedicated carbonation-curing equipment",
             "完成设计", "design done", "研制完成并通过中试", "built and proven in a pilot run", "现场验收", "site acceptance", "q"),
        ],
        "budget": [("设备费", "Equipment", 500), ("材料费", "Materials", 260), ("劳务费", "Personnel", 120)],
    },
    {
        "d": "7.2",
        "extra": [("项目合作覆盖中国、丹麦、荷兰3个国家。", "The cooperation spans 3 countries: China, Denmark and the Netherlands.")],
        "extra_ans": {"cooperation_countries": [3]},
        "layout": "B",
        "dir_zh": "7.2 城区与街区规划减碳关键技术联合研究与示范",
        "dir_en": "7.2 Carbon-reduction technologies for district and neighbourhood planning",
        "title_zh": "城区-街区多系统耦合规划减碳技术联合研究与示范",
        "title_en": "Multi-system coupled carbon-reduction planning for districts and blocks",
        "months": 30,
        "dur_zh": "2025年1月—2027年6月（30个月）", "dur_en": "January 2025 – June 2027 (30 months)",
        "parts": [
            ("沪东城市规划设计研究院", "Hudong Urban Planning and Design Institute", "CN", "lead", "institute"),
            ("江南建筑大学", "Jiangnan University of Architecture", "CN", "member", "university"),
            ("Københavns Byplanlægningsinstitut", None, "DK", "member", "institute"),
            ("Nederlandse Energie Coördinatie B.V.", None, "NL", "member", "enterprise"),
        ],
        "research": [
            ("emission_accounting_method", "城市碳排放统计核算方法", "Statistical accounting of urban carbon emissions"),
            ("climate_adaptive_planning_tool", "街区蓝绿空间布局优化的气候适应性规划支持工具", "A climate-adaptive planning tool for blue-green space at block level"),
            ("low_carbon_block_indicators", "低碳街区评价指标体系", "Evaluation indicators for low-carbon blocks"),
            ("multi_energy_platform", "多种能源智慧协调平台", "A smart platform coordinating several energy sources"),
            ("block_demonstration", "街区层面绿色低碳/零碳示范项目", "Low-carbon / zero-carbon demonstration projects at block level"),
        ],
        "past_zh": "团队已完成长三角12个城区碳排放清单，核算范围覆盖860平方公里；在前期项目中街区减碳率实测为18.5%。",
        "past_en": "The team has compiled carbon inventories of 12 districts in the Yangtze River Delta over 860 km²; a previous block project measured an 18.5% carbon cut.",
        "inds": [
            ("accounting_guidelines", "核算技术指南", "Accounting guidelines",
             "", "", "编制城市碳排放核算技术指南两项", "two technical guidelines on urban emission accounting", "", "", [2]),
            ("adaptation_measures", "措施工具箱", "Measure toolbox",
             "", "", "收录蓝绿空间气候适应措施不少于35种", "no fewer than 35 blue-green adaptation measures", "", "", [35]),
            ("adaptation_indicators", "关键适应性指标", "Key adaptation indicators",
             "", "", "不少于24项", "at least 24", "", "", [24]),
            ("energy_control_platform", "能源调控平台", "Energy control platform",
             "", "", "1套", "1 platform", "", "", [1]),
            ("platform_functions", "平台功能", "Platform functions",
             "", "", "负荷预测、多能协调、优化控制", "Load forecasting, Multi-energy coordination, Optimal control", "", "",
             ["cat:load_forecasting", "cat:multi_energy_coordination", "cat:optimal_control"]),
            ("platform_test_duration", "平台测试", "Platform testing",
             "完成实验室联调", "lab integration done", "连续测试六个月以上", "continuous testing for six months or more", "", "", [6], True),
            ("systematic_carbon_reduction", "示范减碳率", "Carbon cut in the demonstrations",
             "", "", "系统性减碳效果达到35%左右", "around 35% systematic reduction", "", "", None),
            ("demonstration_projects", "示范项目", "Demonstration projects",
             "", "", "2个（上海、哥本哈根各1个）", "2 (one each in Shanghai and Copenhagen)", "", "", [2]),
            ("international_seminars", "国际研讨会", "International seminars",
             "", "", "每年1次，共3次", "one a year, 3 in total", "", "", [3]),
        ],
        "budget": [("业务费", "Operations", 380), ("劳务费", "Personnel", 210), ("国际合作交流费", "International exchange", 110)],
    },
    {
        "d": "8.2",
        "extra": [("项目与挪威、芬兰不少于2个国家的合作方开展实质性合作，预期示范船年减排CO₂约2.3万吨。", "Substantive cooperation with partners in no fewer than 2 countries (Norway, Finland); the demonstration ship is expected to avoid roughly 23,000 t of CO₂ a year.")],
        "extra_ans": {"cooperation_countries": [2]},
        "layout": "C",
        "dir_zh": "8.2 零碳燃料船舶动力系统关键技术联合研究和应用开发",
        "dir_en": "8.2 Zero-carbon-fuel marine power systems",
        "title_zh": "船用氨/氢零碳燃料发动机关键技术联合研发",
        "title_en": "Ammonia and hydrogen marine engines: joint R&D of key technologies",
        "months": 36,
        "dur_zh": "2025年1月1日—2027年12月31日", "dur_en": "1 Jan 2025 – 31 Dec 2027",
        "parts": [
            ("大连船舶动力研究所", "Dalian Marine Power Research Institute", "CN", "lead", "institute"),
            ("渤海轮机工程大学", "Bohai University of Marine Engineering", "CN", "member", "university"),
            ("Pohjola Engine Lab Oy", None, "FI", "member", "enterprise"),
            ("Norwegian Maritime Fuel Institute", None, "NO", "member", "institute"),
        ],
        "research": [
            ("engine_thermodynamics", "氨、氢发动机热力过程", "Thermodynamic cycle of ammonia and hydrogen engines"),
            ("combustion_optimisation_control", "燃烧优化与控制", "Combustion optimisation and control"),
            ("nox_aftertreatment", "NOx排放后处理系统开发", "NOx after-treatment development"),
        ],
        "past_zh": "团队已完成单缸氨-柴油双燃料试验，氨能量替代率达到70%，NOx排放14.4 g/kWh（Tier II限值附近），参与IMO MEPC 80相关提案讨论。",
        "past_en": "The team has run a single-cylinder ammonia-diesel engine at 70% ammonia energy share, with NOx at 14.4 g/kWh (close to the Tier II limit), and took part in discussions at IMO MEPC 80.",
        "inds": [
            ("prototype_engine", "原理样机", "Proof-of-principle engine",
             "单缸试验机", "single-cylinder rig", "1款氨燃料船用发动机原理样机", "1 ammonia-fuelled marine prototype engine", "台架试验", "bench test", [1]),
            ("engine_efficiency", "有效热效率（BTE）", "Brake thermal efficiency (BTE)",
             "46%", "46%", "≥51%", "≥ 51%", "台架试验", "bench test", [51]),
            ("zero_carbon_fuel_share", "全工况零碳燃料占比", "Zero-carbon fuel share, all loads",
             "70%", "70%", "100%", "100%", "燃料计量", "fuel metering", [100]),
            ("nox_tier_iii", "NOx排放", "NOx emissions",
             "Tier II", "Tier II", "满足IMO Tier III", "meets IMO Tier III", "船级社检验", "class society survey", "q"),
            ("carbon_capture_rule_proposals", "碳捕集国际规则提案", "Proposals on onboard carbon capture rules",
             "—", "—", "1–2份", "1–2", "提案文件", "proposal documents", [1, 2]),
        ],
        "foot_zh": "",
        "foot_en": "",
        "budget": [("设备费", "Equipment", 620), ("燃料动力费", "Energy", 180), ("测试化验加工费", "Testing", 240)],
    },
    {
        "d": "9.4",
        "extra": [("上述决策工具和技术体系包括：脆弱生态系统及典型物种适应气候变化的风险评估与预警技术、气候变化风险管控纳入生物多样性保护决策工具、生物多样性保护应对气候变化风险的情景设计方案。", "These decision tools include: Risk assessment and early-warning technology for vulnerable ecosystems and typical species adapting to climate change, Decision tool bringing climate-risk control into biodiversity conservation, Scenario design for biodiversity conservation facing climate-change risk.")],
        "extra_ans": {"decision_tool_types": ["cat:risk_assessment_early_warning", "cat:risk_control_in_decisions", "cat:risk_scenario_design"]},
        "layout": "A",
        "dir_zh": "9.4 生物多样性保护适应气候变化技术评估及环境管理联合研究",
        "dir_en": "9.4 Biodiversity conservation adapting to climate change: technology assessment and environmental management",
        "title_zh": "气候变化下生物多样性保护适应技术评估与协同治理联合研究",
        "title_en": "Assessing climate-adaptation technologies for biodiversity conservation and joint governance",
        "months": 36,
        "dur_zh": "2025年1月至2027年12月", "dur_en": "January 2025 to December 2027",
        "parts": [
            ("西部生态环境研究院", "Western Institute of Eco-Environment", "CN", "lead", "institute"),
            ("高原师范大学", "Plateau Normal University", "CN", "member", "university"),
            ("Alpine Biodiversity Research Institute", None, "CH", "member", "institute"),
            ("Asia-Pacific Conservation Alliance", None, "SG", "member", "other"),
        ],
        "research": [
            ("impact_feedback_mechanisms", "生物多样性保护与气候变化风险源的相互影响及反馈机制", "Interactions and feedbacks between biodiversity conservation and climate risk sources"),
            ("observation_risk_warning_system", "脆弱生态系统及典型物种的影响观测、风险评估和预警技术体系", "Observation, risk assessment and early warning for vulnerable ecosystems and typical species"),
            ("management_scenarios", "不同适应性管理情景下对策及成效的模拟与解析", "Simulating measures and their effects under adaptive-management scenarios"),
            ("pilot_demonstration", "生态脆弱区环境管理试点示范", "Environmental management pilots in ecologically fragile areas"),
        ],
        "past_zh": "团队在三江源12个固定样地连续监测8年，记录物种860种，样地海拔3500–4800 m；已发布地方技术规范3项。",
        "past_en": "The team has monitored 12 permanent plots in the Three-River Source region for 8 years, recording 860 species at 3500–4800 m, and has published 3 local technical codes.",
        "inds": [
            ("governance_guidelines", "协同治理导则", "Joint-governance guidelines",
             "1项（初稿）", "1 (draft)", "2项", "2", "专家评审", "expert review", [2]),
            ("guideline_areas", "导则适用区域", "Areas the guidelines cover",
             "自然保护地", "Protected areas", "自然保护地、生态保护红线区", "Protected areas, Ecological protection red-line areas",
             "文本审查", "document review", ["cat:protected_areas", "cat:ecological_redline_areas"]),
            ("decision_tools", "适应性管理决策工具/技术体系", "Adaptive-management decision tools",
             "2项", "2", "4项", "4", "用户报告", "user reports", [4]),
            ("management_reports", "环境管理报告", "Environmental management reports",
             "1份", "1", "5份左右", "around 5", "主管部门采纳证明", "adoption letters", None),
        ],
        "budget": [("业务费", "Operations", 290), ("劳务费", "Personnel", 170), ("国际合作交流费", "International exchange", 80)],
    },
    {
        "d": "10.4", "layout": "B",
        "dir_zh": "10.4 基于人工智能和信息学等新兴技术的冠心病及共患慢性病综合防治策略研究",
        "dir_en": "10.4 AI- and informatics-based integrated prevention and treatment of coronary heart disease and comorbidities",
        "title_zh": "人工智能赋能的冠心病及共病一体化防治策略研究",
        "title_en": "AI-enabled integrated prevention and care of coronary heart disease and its comorbidities",
        "months": 36,
        "dur_zh": "2025年1月至2027年12月", "dur_en": "January 2025 to December 2027",
        "parts": [
            ("京华心血管病医院", "Jinghua Cardiovascular Hospital", "CN", "lead", "other"),
            ("华北医科大学", "North China Medical University", "CN", "member", "university"),
            ("Karolinska Nord Cardiology Institute", None, "SE", "member", "institute"),
        ],
        "research": [
            ("comorbidity_database_research", "冠心病合并肾功能不全、消化道出血、脑血管疾病等的多维度数据库", "A multidimensional database of CHD with renal insufficiency, GI bleeding and cerebrovascular disease"),
            ("decision_support_system", "以冠心病为核心的专病临床决策支持系统", "A CHD-centred clinical decision support system"),
            ("young_chd_epidemiology", "基于已有队列的青年冠心病流行病学分析", "Epidemiology of young CHD in existing cohorts"),
            ("fh_biomarkers", "基于FH队列的动脉硬化新型生物标志物", "New atherosclerosis biomarkers from the FH cohort"),
        ],
        "past_zh": "已建立冠心病专病队列8,600例，中位随访3.2年；既往风险模型AUC为0.87；联系人电话010-6532 8874。",
        "past_en": "The CHD cohort holds 8,600 patients with 3.2 years' median follow-up; the earlier risk model had an AUC of 0.87; contact phone +86 10 6532 8874.",
        "inds": [
            ("database_cases", "多维数据库入组", "Database enrolment",
             "5,000例", "5,000", "不少于1.2万例", "no fewer than 12,000 cases", "", "", [12000]),
            ("decision_support_systems", "临床决策支持系统（CDSS）", "Clinical decision support systems (CDSS)",
             "", "", "开发三套", "three developed", "", "", [3]),
            ("patents", "专利", "Patents",
             "", "", "申请发明专利6项", "6 invention patent applications", "", "", [6]),
            ("international_patents", "国际专利", "International patents",
             "", "", "其中PCT专利2项", "of which 2 via PCT", "", "", [2]),
            ("promotion_institutions", "推广应用", "Roll-out",
             "", "", "在约60家医疗机构推广使用", "in around 60 hospitals", "", "", None, True),
            ("promotion_institution_tiers", "推广层级", "Tiers of roll-out",
             "", "", "覆盖三级医院、二级医院和社区卫生服务中心等不同层级", "tertiary and secondary hospitals and community health centres", "", "", "q"),
            ("young_chd_guideline", "青年冠心病专家共识", "Expert consensus on young CHD",
             "", "", "1部", "1", "", "", [1]),
        ],
        "budget": [("业务费", "Operations", 330), ("劳务费", "Personnel", 240), ("设备费", "Equipment", 90)],
    },
    {
        "d": "10.7", "layout": "C",
        "dir_zh": "10.7 帕金森病发病机制和早期预警和干预研究",
        "dir_en": "10.7 Pathogenesis, early warning and intervention of Parkinson's disease",
        "title_zh": "帕金森病高危人群早期预警与干预靶点研究",
        "title_en": "Early warning and intervention targets in people at high risk of Parkinson's disease",
        "months": 36,
        "dur_zh": "3年", "dur_en": "3 years",
        "parts": [
            ("申城神经科学研究所", "Shencheng Institute of Neuroscience", "CN", "lead", "institute"),
            ("浦江医科大学", "Pujiang Medical University", "CN", "member", "university"),
            ("University of Eastern Bavaria", None, "DE", "member", "university"),
        ],
        "research": [
            ("high_risk_population", "以LRRK2和GBA突变携带者及快动眼睡眠期行为异常者为主的高危人群", "High-risk groups: LRRK2 and GBA carriers and people with REM sleep behaviour disorder"),
            ("pathogenic_mechanisms", "遗传、环境、神经免疫、肠道菌群在发病中的作用机制", "Roles of genes, environment, neuroimmunity and gut microbiota"),
            ("early_warning_value", "上述因素的早期预警价值", "Their value for early warning"),
            ("intervention_targets", "潜在干预靶点", "Potential intervention targets"),
        ],
        "past_zh": "队列已纳入LRRK2 G2019S携带者156名、RBD患者420名，随访5年转化率为23%。",
        "past_en": "The cohort includes 156 LRRK2 G2019S carriers and 420 RBD patients; 23% converted within 5 years.",
        "inds": [
            ("mechanisms_and_targets", "新机制/新靶点", "New mechanisms / targets",
             "候选通路1条", "1 candidate pathway", "2～3个", "2 to 3", "论文与验证数据", "papers and validation data", [2, 3]),
            ("early_warning_methods", "早期预警诊断新技术/方法", "New early-warning and diagnostic methods",
             "—", "—", "2–3项", "2–3", "多中心验证", "multi-centre validation", [2, 3]),
            ("interventions", "干预治疗方法探索", "Interventions explored",
             "—", "—", "不少于两种", "no fewer than two", "动物/细胞实验", "animal and cell studies", [2]),
        ],
        "foot_zh": "",
        "foot_en": "",
        "budget": [("业务费", "Operations", 310), ("劳务费", "Personnel", 150), ("测试化验加工费", "Testing", 140)],
    },
]

KIND_ZH = {"university": "高等院校", "institute": "科研院所", "enterprise": "企业", "other": "其他（非营利组织/医疗机构）"}
KIND_EN = {"university": "University", "institute": "Research institute", "enterprise": "Company", "other": "Other (non-profit / hospital)"}
ROLE_ZH = {"lead": "牵头单位", "member": "参与单位"}
ROLE_EN = {"lead": "Lead", "member": "Participant"}
COUNTRY_ZH = {"CN": "中国", "NO": "挪威", "DK": "丹麦", "DE": "德国", "SE": "瑞典", "FI": "芬兰", "KR": "韩国",
              "GB": "英国", "FR": "法国", "IT": "意大利", "NL": "荷兰", "CH": "瑞士", "SG": "新加坡"}
COUNTRY_EN = {"CN": "China", "NO": "Norway", "DK": "Denmark", "DE": "Germany", "SE": "Sweden", "FI": "Finland",
              "KR": "Republic of Korea", "GB": "United Kingdom", "FR": "France", "IT": "Italy", "NL": "Netherlands",
              "CH": "Switzerland", "SG": "Singapore"}

L = {
    "zh": {
        "form": "国家重点研发计划“战略性科技创新合作”重点专项 项目申报书",
        "basic": "一、基本信息", "title": "项目名称", "dir": "申报方向", "dur": "执行期限",
        "field": "所属领域", "contact": "联系人",
        "parts": "二、参与单位", "ph": ["单位名称", "国别", "角色", "单位性质"],
        "past": "三、现有基础与前期工作",
        "research": "四、研究内容",
        "research_lead": "本项目围绕以下研究内容展开：",
        "ind": "五、考核指标",
        "ind_lead_A": "项目考核指标如下表，中期指标为第18个月检查时的阶段目标，完成时指标为验收时承诺达到的指标。",
        "ind_lead_B": "项目完成时须达到下列指标：",
        "ind_lead_C": "考核指标及评价手段见下表。",
        "headA": ["序号", "指标名称", "中期指标", "完成时指标", "考核方式"],
        "headC": ["考核指标", "立项时水平", "项目结束时目标", "评价手段"],
        "mid_in": "中期", "final_in": "项目完成时",
        "budget": "六、经费预算", "bh": ["科目", "金额（万元）", "占比"],
        "sign": "申报单位（盖章）：　　　　　　日期：2024年9月20日",
        "sep": "：",
    },
    "en": {
        "form": "National Key R&D Programme — Strategic Scientific and Technological Innovation Cooperation: Application Form",
        "basic": "1. Basic information", "title": "Project title", "dir": "Guide direction", "dur": "Project period",
        "field": "Area", "contact": "Contact",
        "parts": "2. Participating organisations", "ph": ["Organisation", "Country", "Role", "Type"],
        "past": "3. Preliminary work",
        "research": "4. Research content",
        "research_lead": "The project covers the following research content:",
        "ind": "5. Assessment indicators",
        "ind_lead_A": "The indicators are listed below; mid-term targets are checked at month 18, final targets are the commitments at acceptance.",
        "ind_lead_B": "At completion the project shall deliver:",
        "ind_lead_C": "Indicators and how they are verified:",
        "headA": ["No.", "Indicator", "Mid-term target", "Final target", "Verification"],
        "headC": ["Indicator", "Baseline at start", "Target at completion", "Verification"],
        "mid_in": "mid-term", "final_in": "At completion",
        "budget": "6. Budget", "bh": ["Item", "Amount (10k CNY)", "Share"],
        "sign": "Applicant (seal):            Date: 20 September 2024",
        "sep": ": ",
    },
}


def pname(p, lang):
    return p[0] if (lang == "zh" or p[1] is None) else p[1]


# ---------------------------------------------------------------- document model
# A document is a list of blocks: ("h", level, text), ("p", runs), ("t", rows, merges)
# runs: list of (text, bold, sup); rows: list of lists of cell text;
# merges: set of (row, col) cells that span to the end of the row (cover C).

def runs_of(text, bold=False):
    """Split '^x^' superscript markers out of text."""
    out = []
    parts = text.split("^")
    for i, s in enumerate(parts):
        if s:
            out.append((s, bold, i % 2 == 1))
    return out


def build(D, lang):
    T = L[lang]
    zh = lang == "zh"
    sep = T["sep"]
    blocks = [("h", 1, T["form"])]
    title = D["title_zh"] if zh else D["title_en"]
    dirv = D["dir_zh"] if zh else D["dir_en"]
    dur = D["dur_zh"] if zh else D["dur_en"]
    lead = [p for p in D["parts"] if p[3] == "lead"][0]
    blocks.append(("h", 2, T["basic"]))
    lay = D["layout"]
    contact = ("王老师，电话 0531-8862 4410" if zh else "Dr Wang, tel. +86 531 8862 4410")
    if lay == "A":
        rows = [[T["title"], title], [T["dir"], dirv], [T["dur"], dur],
                ["牵头单位" if zh else "Lead organisation", pname(lead, lang)], [T["contact"], contact]]
        blocks.append(("t", rows, set()))
    elif lay == "B":
        for k, v in ((T["title"], title), (T["dir"], dirv), (T["dur"], dur), (T["contact"], contact)):
            blocks.append(("p", [(k, True, False), (sep + v, False, False)]))
    else:
        rows = [[T["title"], title, "", ""],
                [T["dir"], dirv, T["dur"], dur],
                [T["contact"], contact, "填表日期" if zh else "Date", "2024-09-20"]]
        blocks.append(("t", rows, {(0, 1)}))
    # participants
    blocks.append(("h", 2, T["parts"]))
    rows = [T["ph"]]
    for p in D["parts"]:
        rows.append([pname(p, lang), (COUNTRY_ZH if zh else COUNTRY_EN)[p[2]],
                     (ROLE_ZH if zh else ROLE_EN)[p[3]], (KIND_ZH if zh else KIND_EN)[p[4]]])
    blocks.append(("t", rows, set()))
    # preliminary work
    blocks.append(("h", 2, T["past"]))
    blocks.append(("p", [(D["past_zh"] if zh else D["past_en"], False, False)]))
    # research
    blocks.append(("h", 2, T["research"]))
    blocks.append(("p", [(T["research_lead"], False, False)]))
    for i, r in enumerate(D["research"], 1):
        blocks.append(("li", i, runs_of(r[1] if zh else r[2])))
    # indicators
    blocks.append(("h", 2, T["ind"]))
    blocks.append(("p", [(T["ind_lead_" + lay], False, False)]))
    inds = D["inds"]
    if lay == "A":
        rows = [T["headA"]]
        for i, x in enumerate(inds, 1):
            rows.append([str(i), x[1] if zh else x[2], x[3] if zh else x[4], x[5] if zh else x[6],
                         x[7] if zh else x[8]])
        blocks.append(("t", rows, set()))
    elif lay == "B":
        for i, x in enumerate(inds, 1):
            name, aux, fin = (x[1], x[3], x[5]) if zh else (x[2], x[4], x[6])
            split = len(x) > 10 and x[10]
            if split:
                blocks.append(("li", i, [(name, True, False)]))
                tail = T["final_in"] + sep + fin
                if aux:
                    tail += ("；中期：" + aux + "。") if zh else ("; mid-term: " + aux + ".")
                else:
                    tail += "。" if zh else "."
                blocks.append(("p", runs_of(tail)))
            else:
                tail = sep + fin
                if aux:
                    tail += ("（中期：" + aux + "）") if zh else (" (mid-term: " + aux + ")")
                tail += "；" if zh else ";"
                blocks.append(("li", i, [(name, True, False)] + runs_of(tail)))
    else:
        rows = [T["headC"]]
        for x in inds:
            rows.append([x[1] if zh else x[2], x[3] if zh else x[4], x[5] if zh else x[6],
                         x[7] if zh else x[8]])
        blocks.append(("t", rows, set()))
        foot = D.get("foot_zh" if zh else "foot_en", "")
        if foot:
            blocks.append(("p", runs_of(foot)))
    for zt, et in D.get("extra", []):
        blocks.append(("p", runs_of(zt if zh else et)))
    # budget
    blocks.append(("h", 2, T["budget"]))
    total = sum(b[2] for b in D["budget"])
    rows = [T["bh"]]
    for b in D["budget"]:
        rows.append([b[0] if zh else b[1], str(b[2]), "%.1f%%" % (100.0 * b[2] / total)])
    rows.append(["合计" if zh else "Total", str(total), "100%"])
    blocks.append(("t", rows, set()))
    blocks.append(("p", [(T["sign"], False, False)]))
    return title, blocks


# ---------------------------------------------------------------- markdown
SUP = {"1": "¹", "2": "²", "3": "³"}


def sup_text(s):
    """'^1^' markers as Unicode superscripts."""
    parts = s.split("^")
    return "".join("".join(SUP.get(c, c) for c in t) if i % 2 else t for i, t in enumerate(parts))


def md_runs(runs):
    out = ""
    for text, bold, sup in runs:
        if sup:
            out += "".join(SUP.get(c, c) for c in text)
        elif bold:
            out += "**" + text + "**"
        else:
            out += text
    return out


def md_cell(s):
    return sup_text(s.replace("|", "\\|"))


def to_md(blocks):
    lines = []
    for b in blocks:
        if b[0] == "h":
            if b[1] == 1:
                lines += [b[2], "=" * 20, ""]
            else:
                lines += ["## " + b[2], ""]
        elif b[0] == "p":
            lines += [md_runs(b[1]), ""]
        elif b[0] == "li":
            lines += ["%d. %s" % (b[1], md_runs(b[2])), ""]
        else:
            rows, merges = b[1], b[2]
            rows = [list(r) for r in rows]
            for (ri, ci) in merges:
                for cj in range(ci + 1, len(rows[ri])):
                    rows[ri][cj] = ""
            lines.append("| " + " | ".join(md_cell(c) for c in rows[0]) + " |")
            lines.append("|" + "|".join(["---"] * len(rows[0])) + "|")
            for r in rows[1:]:
                lines.append("| " + " | ".join(md_cell(c) for c in r) + " |")
            lines.append("")
    text = "\n".join(lines)
    return text.rstrip("\n") + "\n"


# ---------------------------------------------------------------- docx
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def x_run(text, bold=False, sup=False):
    pr = ""
    if bold or sup:
        pr = "<w:rPr>" + ("<w:b/>" if bold else "") + ('<w:vertAlign w:val="superscript"/>' if sup else "") + "</w:rPr>"
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (pr, escape(text))


def x_para(runs, style=None, num=None):
    ppr = ""
    if style:
        ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style
    body = ""
    if num is not None:
        body += x_run("%d. " % num)
    body += "".join(x_run(t, b, s) for t, b, s in runs)
    return "<w:p>%s%s</w:p>" % (ppr, body)


def x_cell_runs(s):
    return runs_of(s)


def x_table(rows, merges):
    ncol = max(len(r) for r in rows)
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
           '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
           '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
           '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
           "<w:tblGrid>" + "".join('<w:gridCol w:w="%d"/>' % (9000 // ncol) for _ in range(ncol)) + "</w:tblGrid>"]
    for ri, r in enumerate(rows):
        out.append("<w:tr>")
        ci = 0
        while ci < len(r):
            span = 1
            if (ri, ci) in merges:
                span = ncol - ci
            tcpr = '<w:tcPr><w:gridSpan w:val="%d"/></w:tcPr>' % span if span > 1 else ""
            out.append("<w:tc>%s%s</w:tc>" % (tcpr, x_para(x_cell_runs(r[ci]) or [])))
            ci += span
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


STYLES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/>'
          '<w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="28"/></w:rPr></w:style>'
          '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
          "</w:styles>" % W)
CT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      "</Types>")
RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        "</Relationships>")
DOC_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
            "</Relationships>")


def to_docx(blocks):
    body = []
    for b in blocks:
        if b[0] == "h":
            body.append(x_para([(b[2], False, False)], style="Heading%d" % b[1]))
        elif b[0] == "p":
            body.append(x_para(b[1]))
        elif b[0] == "li":
            body.append(x_para(b[2], num=b[1]))
        else:
            body.append(x_table(b[1], b[2]))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))
    parts = [("[Content_Types].xml", CT), ("_rels/.rels", RELS), ("word/_rels/document.xml.rels", DOC_RELS),
             ("word/document.xml", doc), ("word/styles.xml", STYLES)]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in parts:
            zi = zipfile.ZipInfo(name, date_time=(2024, 9, 20, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


# ---------------------------------------------------------------- answers
def answers(D, lang, fmt, title):
    parts = [{"name": pname(p, lang), "country": p[2], "role": p[3], "kind": p[4]} for p in D["parts"]]
    inds = {}
    for x in D["inds"]:
        a = x[9]
        if a is None:
            continue
        for rid in x[0].split("+"):
            if a == "q":
                inds[rid] = {"qualitative": True}
            elif isinstance(a[0], str):
                inds[rid] = {"categories": [c[4:] for c in a]}
            else:
                inds[rid] = {"numbers": [float(v) for v in a]}
    for rid, a in D.get("extra_ans", {}).items():
        if a == "q":
            inds[rid] = {"qualitative": True}
        elif isinstance(a[0], str):
            inds[rid] = {"categories": [c[4:] for c in a]}
        else:
            inds[rid] = {"numbers": [float(v) for v in a]}
    return {"direction": D["d"], "duration_months": D["months"], "format": fmt, "lang": lang, "title": title,
            "participants": parts, "research": [r[0] for r in D["research"]], "indicators": inds}


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "import", "heldout8")
    os.makedirs(out, exist_ok=True)
    for D in DIRS:
        for lang in ("zh", "en"):
            title, blocks = build(D, lang)
            for fmt in ("docx", "md"):
                name = "%s-%s.%s" % (D["d"], lang, fmt)
                path = os.path.join(out, name)
                if fmt == "md":
                    with open(path, "w", encoding="utf-8", newline="\n") as f:
                        f.write(to_md(blocks))
                else:
                    with open(path, "wb") as f:
                        f.write(to_docx(blocks))
                with open(path + ".answers.json", "w", encoding="utf-8", newline="\n") as f:
                    json.dump(answers(D, lang, fmt, title), f, ensure_ascii=False, indent=1, sort_keys=True)
                    f.write("\n")


if __name__ == "__main__":
    main()
