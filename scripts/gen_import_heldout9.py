#!/usr/bin/env python3
"""Held-out set 9 for `guidecheck import`: 48 申报书 of the 战略性科技创新合作
programme, written without reading the importer (src/import/**) or its
helpers, from the rule pack, the guide and the answer format alone.

Twelve directions (1.3 2.1 3.1 4.1 4.3 5.2 5.4 6.3 6.4 7.3 9.2 10.6), each in
Chinese and English, as .docx (own WordprocessingML writer, fixed zip dates)
and as Markdown. Each document picks one of four 考核指标 shapes, so every
direction is seen in all four:

  A  a table 指标名称 | 指标性质（约束性/预期性） | 单位 | 指标值, the unit in its
     own column and the value with its sign only (≥62);
  B  one paragraph listing all indicators as （1）…；（2）…；（3）…。 (English:
     (1) …; (2) …);
  C  序号 | 考核指标 | 完成时目标 | 备注 split in two tables around a page break,
     the second headed 续表 with the header row repeated (docx: w:tblHeader);
     the 备注 cell quotes the guide's own threshold (指南要求≥60%);
  D  quantities in a small table, counts and qualitative items in prose.

Beside the indicators: a 研究目标 paragraph restating two targets with the
same values in one sentence; a 预期成果 list of papers/patents/standards
counts (equal to the table where a rule counts them); distractors: the
guide's thresholds quoted, other teams' and earlier projects' figures,
budgets, years, phone numbers, reference numbers, test conditions, 不涉及…
negations, a 中期 checkpoint, a former project's title.

Decisions recorded in the answer files:
  - a firm value with an approximate or stretch figure in brackets
    (≥62%（力争65%）, "at least 96 % (around 98 % expected)") commits the
    firm value only;
  - a value with a measurement uncertainty in brackets (≥91%（测量不确定度
    ±0.5%）) commits 91; a nominal value with a tolerance (650±10 ℃) commits
    the nominal 650;
  - a range (20%~35%, 2–3 项, 2~16 纳米) commits both ends;
  - a value in another unit (720 分钟 for a rule in h) is converted;
  - categorical indicators are stated in the guide's category words;
  - rules the document leaves out, or states without a value, are absent.

Deterministic: two runs write the same bytes.

    python3 scripts/gen_import_heldout9.py [OUT_DIR]   # default tests/import/heldout9
"""
import json
import os
import sys
import zipfile
from xml.sax.saxutils import escape

# ---------------------------------------------------------------- data
# indicator: (rule id, zh name, en name, sign, value, zh unit, en unit, answer,
#             zh extra, en extra, nature)
# sign: ">=", "<=", "<", "=", "~" (range; value "a~b"), "Q" (qualitative;
# value is (zh, en) text), "C" (categorical; value is (zh list, en list)).
# answer: list of numbers, "Q", ("C", [ids]).

ZH_WORD = {">=": "不低于", "<=": "不高于", "<": "低于", "=": "达到", "~": "为"}
ZH_COUNT_WORD = {">=": "不少于", "=": "", "~": ""}
EN_WORD = {">=": "at least", "<=": "at most", "<": "below", "=": "", "~": "between"}
SIGN = {">=": "≥", "<=": "≤", "<": "<", "=": "", "~": ""}

DIRS = [
    {
        "d": "1.3", "months": 36,
        "period_zh": "2023年1月至2025年12月", "period_en": "January 2023 to December 2025",
        "area_zh": "区域二氧化碳捕集与封存关键技术研发与示范",
        "area_en": "R&D and demonstration of key technologies of regional CO2 capture and storage",
        "title_zh": "准噶尔与吐哈盆地二氧化碳地质封存评价及安全监测技术中澳联合研究",
        "title_en": "Sino-Australian study of CO2 geological storage assessment and safety monitoring in the Junggar and Turpan-Hami basins",
        "parts": [
            ("新疆大学", "Xinjiang University", "CN", "lead", "university"),
            ("中国石油新疆油田分公司勘探开发研究院", "Research Institute of Exploration and Development, PetroChina Xinjiang Oilfield Company", "CN", "member", "enterprise"),
            ("澳大利亚联邦科学与工业研究组织", "Commonwealth Scientific and Industrial Research Organisation", "AU", "member", "institute"),
        ],
        "research": [
            ("storage_potential_assessment", "主要盆地重点区块的封存潜力评估研究", "Storage potential assessment of key blocks of the main basins"),
            ("migration_leakage_mechanism", "二氧化碳在地层及井筒内的迁移机制及泄漏规律", "CO2 migration mechanisms and leakage patterns in formations and wellbores"),
            ("safety_monitoring_warning", "封存安全监测与预警关键技术", "Key technologies of storage safety monitoring and early warning"),
            ("regional_demonstration", "区域 CCUS 示范", "Regional CCUS demonstration"),
        ],
        "ind": [
            ("potential_evaluation_method", "地质封存潜力评价技术方法", "technical method for evaluating the geological storage potential", "=", "1", "套", "set", [1], "", "", "约束性"),
            ("safety_monitoring_system", "封存安全监测系统", "storage safety monitoring system", ">=", "1", "套", "set", [1], "", "", "约束性"),
            ("basin_storage_potential_report", "主要盆地封存潜力评估报告", "assessment report of the storage potential of the main basins", "Q", ("提交", "delivered"), "", "", "Q", "", "", "约束性"),
            ("xinjiang_capture_technology", "适应新疆地域和行业的高效低能耗碳捕集技术", "efficient, low-energy capture technology suited to Xinjiang's industries", "Q", ("提出", "proposed"), "", "", "Q", "", "", "预期性"),
            ("xinjiang_demonstration_project", "新疆主要盆地二氧化碳捕集与封存示范工程", "CO2 capture and storage demonstration project in the main basins of Xinjiang", "Q", ("建成", "built"), "", "", "Q", "", "", "约束性"),
        ],
        "goal": (1, 0),
        "dist_zh": [
            "据前期评价，准噶尔盆地深部咸水层理论封存容量约为 1200 亿吨，本项目不对该数值进行复核。",
            "合作方在澳大利亚 Otway 项目累计注入二氧化碳 8 万吨，监测井深度 2000 米。",
        ],
        "dist_en": [
            "Earlier estimates put the theoretical capacity of the Junggar deep saline aquifers at about 120 billion tonnes; this project does not revisit that figure.",
            "The partner's Otway project injected 80,000 tonnes of CO2 through a monitoring well 2,000 m deep.",
        ],
        "guide_zh": "指南要求形成地质封存潜力评价技术方法 1 套。",
        "guide_en": "The guide asks for one set of evaluation methods.",
        "outputs_zh": "发表高水平论文 15 篇，申请发明专利 6 项，培养研究生 10 名。",
        "outputs_en": "15 high-level papers, 6 invention patent applications and 10 graduate students trained.",
    },
    {
        "d": "2.1", "months": 36,
        "period_zh": "2022年12月—2025年11月", "period_en": "December 2022 – November 2025",
        "area_zh": "光伏发电耐候性测试和生态设计评估技术国际合作",
        "area_en": "International cooperation on weathering-resistance testing and ecological design assessment of photovoltaic power generation",
        "title_zh": "多气候区光伏系统可靠性实证与生态友好设计评估国际联合研究",
        "title_en": "Multi-climate field evidence on PV reliability and assessment of eco-friendly PV design: an international joint study",
        "parts": [
            ("中国科学院电工研究所", "Institute of Electrical Engineering, Chinese Academy of Sciences", "CN", "lead", "institute"),
            ("河海大学", "Hohai University", "CN", "member", "university"),
            ("弗劳恩霍夫太阳能系统研究所", "Fraunhofer Institute for Solar Energy Systems ISE", "DE", "member", "institute"),
            ("美国国家可再生能源实验室", "National Renewable Energy Laboratory", "US", "member", "institute"),
        ],
        "research": [
            ("module_degradation_mechanism", "暖温、亚湿热、海洋等典型气候条件下光伏组件性能衰减机理", "Performance degradation mechanisms of PV modules in typical climates (warm temperate, subtropical humid, marine)"),
            ("eco_impact_indicators", "大型光伏系统与生态环境相互影响评估的核心指标群及评估方法", "Core indicator set and assessment method of the interaction of large PV systems with the ecological environment"),
            ("reference_cell_outdoor_calibration", "光伏标准电池户外校准与溯源技术", "Outdoor calibration and traceability of PV reference cells"),
        ],
        "ind": [
            ("compared_climate_zone_count", "实证比对气候区数量", "climate zones compared with field data", ">=", "3", "个", "zones", [3], "", "", "约束性"),
            ("compared_climate_zones", "比对气候区", "climate zones compared", "C", (["暖温", "亚湿热", "海洋"], ["warm temperate", "subtropical humid", "marine"]), "", "", ("C", ["warm_temperate", "subtropical_humid", "marine"]), "", "", "约束性"),
            ("reliability_assessment_error", "可靠性评估误差", "reliability assessment error", "<=", "8", "%", "%", [8], "", "", "约束性"),
            ("eco_model_factors", "生态效益评估模型要素数", "factors in the ecological-benefit model", ">=", "12", "个", "factors", [12], "", "", "约束性"),
            ("reference_cell_isc_uncertainty", "标准电池Isc户外校准不确定度", "outdoor Isc calibration uncertainty of reference cells", "<=", "0.8", "%", "%", [0.8], "（k=2）", " (k=2)", "约束性"),
            ("module_power_uncertainty", "组件功率校准不确定度", "module power calibration uncertainty", "<=", "1.5", "%", "%", [1.5], "", "", "约束性"),
            ("international_seminars", "国际研讨会", "international workshops", ">=", "3", "次", "workshops", [3], "", "", "预期性"),
            ("global_technical_reports", "全球性技术研究报告", "global technical reports", ">=", "2", "份", "reports", [2], "", "", "预期性"),
        ],
        "goal": (2, 5),
        "dist_zh": [
            "测试区依据 IEC 61853-4 与 IEC 61215-2:2021 建设，年均水平面辐照量约 1600 kWh/m²。",
            "现有商用评估方法的可靠性评估误差普遍在 15% 左右。",
        ],
        "dist_en": [
            "The test sites follow IEC 61853-4 and IEC 61215-2:2021; the mean annual horizontal irradiation is about 1600 kWh/m².",
            "Commercial assessment methods today err by some 15 % in reliability assessment.",
        ],
        "guide_zh": "指南要求组件功率校准不确定度不大于 1.5%，标准电池短路电流校准不确定度不大于 1.0%。",
        "guide_en": "The guide requires module power calibration uncertainty of no more than 1.5 % and reference-cell uncertainty of no more than 1.0 %.",
        "outputs_zh": "发表 SCI 论文 20 篇，申请发明专利 5 项。",
        "outputs_en": "20 SCI papers and 5 invention patent applications.",
    },
    {
        "d": "3.1", "months": 36,
        "period_zh": "2023年1月1日至2025年12月31日", "period_en": "1 January 2023 to 31 December 2025",
        "area_zh": "高密度热泵储电关键技术合作研发",
        "area_en": "Collaborative R&D on key technologies of high-density pumped-thermal electricity storage",
        "title_zh": "面向百兆瓦级应用的高密度热泵储电系统中英合作研发",
        "title_en": "UK-China development of a high-density pumped-thermal electricity storage system for 100 MW-scale use",
        "parts": [
            ("西安交通大学", "Xi'an Jiaotong University", "CN", "lead", "university"),
            ("中国科学院工程热物理研究所", "Institute of Engineering Thermophysics, Chinese Academy of Sciences", "CN", "member", "institute"),
            ("杭州汽轮动力集团股份有限公司", "Hangzhou Turbine Power Group Co., Ltd.", "CN", "member", "enterprise"),
            ("英国伯明翰大学", "University of Birmingham", "GB", "member", "university"),
        ],
        "research": [
            ("thermal_storage_mechanism", "高温蓄热/低温蓄冷的传蓄热（冷）机理", "Heat (cold) transfer and storage mechanisms of high-temperature heat and low-temperature cold storage"),
            ("compression_expansion_flow", "高温压缩/低温膨胀的流动特性及损失机理", "Flow characteristics and loss mechanisms of high-temperature compression and low-temperature expansion"),
            ("system_design_optimization", "系统设计优化关键技术", "Key technologies of system design optimisation"),
        ],
        "ind": [
            ("key_breakthroughs", "关键技术突破", "key technical breakthroughs", ">=", "4", "项", "items", [4], "", "", "约束性"),
            ("round_trip_efficiency", "系统电-电往返效率", "round-trip efficiency of the system", ">=", "62", "%", "%", [62], "（力争65%）", " (65 % targeted)", "约束性"),
            ("energy_density", "体积储能密度", "volumetric energy density", ">=", "35", "kWh/m³", "kWh/m³", [35], "", "", "约束性"),
            ("heat_storage_temperature", "高温储热温度", "hot storage temperature", "=", "650±10", "℃", "°C", [650], "", "", "约束性"),
            ("cold_storage_temperature", "低温储冷温度", "cold storage temperature", "<=", "-110", "℃", "°C", [-110], "", "", "约束性"),
            ("storage_unit_efficiency", "储热/储冷单元效率", "thermal storage unit efficiency", ">=", "91", "%", "%", [91], "（测量不确定度±0.5%）", " (measurement uncertainty ±0.5 %)", "预期性"),
            ("experimental_validation", "系统原理样机实验验证", "experimental validation on a prototype", "Q", ("完成", "completed"), "", "", "Q", "", "", "约束性"),
        ],
        "goal": (1, 2),
        "dist_zh": [
            "德国某示范项目的电-电效率约为 45%，储能密度仅 12 kWh/m³。",
            "项目实施 18 个月后开展中期检查，届时储热单元效率阶段目标为 85%。",
        ],
        "dist_en": [
            "A German demonstration reached about 45 % round-trip efficiency and only 12 kWh/m³.",
            "A mid-term review is held after 18 months, when the interim storage unit efficiency target is 85 %.",
        ],
        "guide_zh": "指南要求设计电-电效率不低于 60%，储热温度不低于 600℃。",
        "guide_en": "The guide asks for a design round-trip efficiency of no less than 60 % and a storage temperature of no less than 600 °C.",
        "outputs_zh": "发表论文 18 篇，申请发明专利 8 项，其中国际专利 2 项。",
        "outputs_en": "18 papers and 8 invention patent applications, 2 of them international.",
    },
    {
        "d": "4.1", "months": 36,
        "period_zh": "三年（2023年4月—2026年3月）", "period_en": "three years (April 2023 – March 2026)",
        "area_zh": "基于安全储氢的氢储能与分布式多能源系统合作研发",
        "area_en": "Collaborative R&D on hydrogen energy storage based on safe hydrogen storage and distributed multi-energy systems",
        "title_zh": "低温固态储氢与园区分布式多能互补系统中日合作研发",
        "title_en": "Low-temperature solid-state hydrogen storage for distributed multi-energy parks: a China-Japan collaboration",
        "parts": [
            ("浙江大学", "Zhejiang University", "CN", "lead", "university"),
            ("有研工程技术研究院有限公司", "GRIMAT Engineering Institute Co., Ltd.", "CN", "member", "enterprise"),
            ("国网浙江省电力有限公司电力科学研究院", "State Grid Zhejiang Electric Power Research Institute", "CN", "member", "enterprise"),
            ("日本九州大学", "Kyushu University", "JP", "member", "university"),
        ],
        "research": [
            ("storage_material", "低成本大容量可逆储氢材料开发及其规模制备技术", "Low-cost, high-capacity reversible hydrogen storage materials and their large-scale production"),
            ("storage_system_design", "高安全快响应固态储氢系统设计与制备技术", "Design and fabrication of high-safety, fast-response solid-state hydrogen storage systems"),
            ("multi_system_dispatch", "多系统融合、新型分布式能源协同调度", "Multi-system fusion and coordinated dispatch of new distributed energy"),
        ],
        "ind": [
            ("material_storage_capacity", "材料储氢量", "hydrogen storage capacity of the material", ">=", "2.2", "wt%", "wt%", [2.2], "", "", "约束性"),
            ("operating_temperature", "吸放氢温度", "absorption/desorption temperature", "<=", "60", "℃", "°C", [60], "", "", "约束性"),
            ("hydrogen_purity", "放氢氢气纯度", "hydrogen purity", ">=", "99.999", "%", "%", [99.999], "", "", "约束性"),
            ("capacity_retention_3000_cycles", "3000次循环容量保持率", "capacity retention after 3000 cycles", ">=", "85", "%", "%", [85], "", "", "约束性"),
            ("system_storage_capacity", "系统储氢量", "system hydrogen storage capacity", ">=", "120", "kg", "kg", [120], "", "", "约束性"),
            ("continuous_supply_duration", "连续稳定供氢时间", "continuous supply time", ">=", "720", "分钟", "minutes", [12], "", "", "约束性"),
            ("voltage_thd", "电压总谐波畸变率", "total harmonic distortion", "<=", "3", "%", "%", [3], "", "", "预期性"),
            ("emergency_reserve_response_time", "事故备用响应时间", "emergency reserve response time", "<", "8", "分钟", "min", [8], "", "", "预期性"),
            ("group_standard", "团体标准", "group standard", "=", "1", "项", "item", [1], "", "", "预期性"),
        ],
        "goal": (0, 4),
        "dist_zh": [
            "示范系统配套 100 kW 质子交换膜燃料电池，光伏装机 500 kWp。",
            "国外同类 TiFe 系材料储氢量约 1.6 wt%，工作温度普遍在 80℃ 以上。",
        ],
        "dist_en": [
            "The demonstration uses a 100 kW PEM fuel cell and 500 kWp of PV.",
            "Comparable TiFe materials abroad hold about 1.6 wt% and work above 80 °C.",
        ],
        "guide_zh": "指南要求储氢材料储氢容量≥2.0 wt%，吸放氢工作温度≤65℃。",
        "guide_en": "The guide requires a material capacity of ≥ 2.0 wt% and an operating temperature of ≤ 65 °C.",
        "outputs_zh": "发表论文 12 篇，申请发明专利 10 项，制定团体标准 1 项。",
        "outputs_en": "12 papers, 10 invention patent applications and 1 group standard.",
    },
    {
        "d": "4.3", "months": 48,
        "period_zh": "2023年1月—2026年12月", "period_en": "January 2023 – December 2026",
        "area_zh": "氢-电转换用催化剂载体及其催化剂技术合作研发",
        "area_en": "Collaborative R&D on catalyst supports and catalysts for hydrogen-electricity conversion",
        "title_zh": "介孔碳载体与低铂合金催化剂及其膜电极中加合作研发",
        "title_en": "Mesoporous carbon supports, low-platinum alloy catalysts and their membrane electrodes: a China-Canada collaboration",
        "parts": [
            ("大连理工大学", "Dalian University of Technology", "CN", "lead", "university"),
            ("中国科学院大连化学物理研究所", "Dalian Institute of Chemical Physics, Chinese Academy of Sciences", "CN", "member", "institute"),
            ("上海济平新能源科技有限公司", "Shanghai Jiping New Energy Technology Co., Ltd.", "CN", "member", "enterprise"),
            ("加拿大西蒙弗雷泽大学", "Simon Fraser University", "CA", "member", "university"),
        ],
        "research": [
            ("mass_transfer_support", "具备高效传质结构的催化剂载体", "Catalyst supports with an efficient mass-transfer structure"),
            ("pt_alloy_structure", "高活性、高稳定、低成本的铂基非贵金属合金结构设计", "High-activity, high-stability, low-cost Pt-based non-precious alloy structure design"),
            ("three_phase_interface", "电极三相界面构筑技术", "Construction of the electrode three-phase interface"),
            ("batch_preparation", "低成本、高一致性、批量化的载体及其催化剂制备技术", "Low-cost, consistent, batch preparation of supports and catalysts"),
        ],
        "ind": [
            ("support_pore_size_range", "载体最可几孔径可调范围", "tunable range of the most probable pore size", "~", "2~16", "纳米", "nm", [2, 16], "", "", "约束性"),
            ("support_decomposition_temperature", "载体热分解温度", "support decomposition temperature", ">=", "620", "℃", "°C", [620], "", "", "约束性"),
            ("support_batch_size", "载体每批产量", "support batch size", ">=", "1.5", "千克/批", "kg/batch", [1.5], "", "", "约束性"),
            ("support_cost", "载体成本", "support cost", "<=", "8000", "元/千克", "CNY/kg", [8000], "", "", "预期性"),
            ("pt_catalyst_ecsa", "铂基催化剂ECSA", "ECSA of the Pt-based catalyst", ">=", "55", "m²/g", "m²/g", [55], "", "", "约束性"),
            ("pt_catalyst_mass_activity", "铂基催化剂质量比活性（MA）", "mass activity (MA) of the Pt-based catalyst", ">=", "0.65", "A/mg", "A/mg", [0.65], "（@0.9 V）", " (@0.9 V)", "约束性"),
            ("mea_peak_power_density", "膜电极峰值功率密度", "MEA peak power density", ">=", "2.1", "W/cm²", "W/cm²", [2.1], "（@0.60 V，3 min）", " (@0.60 V, 3 min)", "约束性"),
            ("stack_power", "实证电堆功率", "demonstration stack power", ">=", "12", "kW", "kW", [12], "", "", "约束性"),
        ],
        "goal": (4, 6),
        "dist_zh": [
            "目前商用 Pt/C 催化剂 ECSA 约 45 m²/g，载体在 20 万圈循环后 ECSA 衰减约 55%。",
            "合作方已建成年产 50 千克载体中试线，铂现货价格按 220 元/克计。",
        ],
        "dist_en": [
            "Commercial Pt/C today offers about 45 m²/g and loses some 55 % ECSA after 200,000 cycles.",
            "The partner runs a 50 kg/year pilot line; platinum is priced at 220 CNY/g.",
        ],
        "guide_zh": "指南要求铂基催化剂 ECSA≥50 m²/g，MA≥0.6 A/mg。",
        "guide_en": "The guide requires ECSA ≥ 50 m²/g and MA ≥ 0.6 A/mg.",
        "outputs_zh": "发表论文 25 篇，申请发明专利 12 项。",
        "outputs_en": "25 papers and 12 invention patent applications.",
    },
    {
        "d": "5.2", "months": 36,
        "period_zh": "36个月", "period_en": "36 months",
        "area_zh": "新能源汽车运行故障与事故检测评价关键技术联合研究",
        "area_en": "Joint research on key technologies for detecting and evaluating operating faults and accidents of new energy vehicles",
        "title_zh": "新能源汽车热失控事故检测评价与应急处置技术中德联合研究",
        "title_en": "Sino-German research on detecting, evaluating and responding to thermal-runaway accidents of new energy vehicles",
        "parts": [
            ("中国汽车技术研究中心有限公司", "China Automotive Technology and Research Center Co., Ltd.", "CN", "lead", "enterprise"),
            ("北京理工大学", "Beijing Institute of Technology", "CN", "member", "university"),
            ("德国联邦材料研究与测试研究所", "Federal Institute for Materials Research and Testing (BAM)", "DE", "member", "institute"),
            ("奥地利格拉茨技术大学", "Graz University of Technology", "AT", "member", "university"),
        ],
        "research": [
            ("multi_source_early_warning", "融合多源信息的异常运行状态预警技术", "Early warning of abnormal operating states fusing multi-source information"),
            ("typical_accident_response", "典型事故形态的应急处置技术", "Emergency response to typical accident patterns"),
            ("international_evaluation_standards", "适合国际应用的运行故障与事故检测评价标准规范", "Detection and evaluation standards for operating faults and accidents suited to international use"),
        ],
        "ind": [
            ("detection_equipment_types", "专用检测工具装备", "dedicated detection tools and equipment", ">=", "3", "型", "types", [3], "", "", "约束性"),
            ("early_warning_system", "多源信息异常状态预警系统", "multi-source early-warning system", "=", "1", "套", "set", [1], "", "", "约束性"),
            ("early_warning_accuracy", "预警准确度", "early-warning accuracy", ">=", "96", "%", "%", [96], "（力争98%）", " (around 98 % expected)", "约束性"),
            ("typical_accident_types", "典型事故类型", "typical accident types", ">=", "5", "类", "types", [5], "", "", "约束性"),
            ("response_routes_per_accident_type", "每类事故应急处置技术路径", "response routes per accident type", ">=", "2", "种", "routes", [2], "", "", "预期性"),
            ("standard_drafts", "标准草案", "draft standards", ">=", "3", "项", "drafts", [3], "", "", "预期性"),
        ],
        "goal": (2, 3),
        "dist_zh": [
            "2021 年国内公开报道的新能源汽车起火事故 640 余起，其中 60% 发生于充电或静置状态。",
            "现有车载 BMS 的热失控预警准确率约为 80%。",
        ],
        "dist_en": [
            "More than 640 NEV fires were reported in China in 2021, 60 % of them while charging or parked.",
            "Present on-board BMS warn of thermal runaway with about 80 % accuracy.",
        ],
        "guide_zh": "指南要求预警准确率达到 95% 以上。",
        "guide_en": "The guide requires an early-warning accuracy above 95 %.",
        "outputs_zh": "发表论文 10 篇，申请发明专利 6 项，形成标准草案 3 项。",
        "outputs_en": "10 papers, 6 invention patent applications and 3 draft standards.",
    },
    {
        "d": "5.4", "months": 36,
        "period_zh": "2023.01—2025.12", "period_en": "2023-01 to 2025-12",
        "area_zh": "电动汽车空气动力学关键技术联合研发与应用",
        "area_en": "Joint R&D and application of key aerodynamic technologies for electric vehicles",
        "title_zh": "低风阻低风噪电动汽车气动-声学-热协同设计技术中意联合研发",
        "title_en": "Low-drag, low-noise electric vehicles through joint aero-acoustic-thermal design: a China-Italy project",
        "parts": [
            ("同济大学", "Tongji University", "CN", "lead", "university"),
            ("上海汽车集团股份有限公司", "SAIC Motor Corporation Limited", "CN", "member", "enterprise"),
            ("意大利都灵理工大学", "Politecnico di Torino", "IT", "member", "university"),
        ],
        "research": [
            ("shape_optimization_design", "流场、声场和热力学场融合的整体造型、局部形状与表面形貌优化设计技术", "Shape, local form and surface topography optimisation fusing flow, acoustic and thermal fields"),
            ("wind_tunnel_collaborative_testing", "整车气动/声学风洞与模型风洞的协同试验评价", "Collaborative test evaluation in full-vehicle aero/acoustic wind tunnels and model wind tunnels"),
            ("numerical_cross_validation", "风洞试验与数值风洞仿真计算的互检互验技术", "Cross-validation of wind-tunnel tests with numerical wind-tunnel simulation"),
        ],
        "ind": [
            ("key_breakthroughs", "电动汽车空气动力学关键技术突破", "key EV aerodynamic technologies broken through", ">=", "3", "项", "technologies", [3], "", "", "约束性"),
            ("breakthrough_areas", "突破的关键技术", "technologies broken through", "C",
             (["宏观尺寸和微观形貌结合的气动优化设计技术", "流场与声场主动控制技术", "热管理与热舒适性的匹配设计与控制技术"],
              ["aerodynamic optimisation design combining macroscopic dimensions and microscopic topography", "active control of the flow and acoustic fields", "matched design and control of thermal management and thermal comfort"]),
             "", "", ("C", ["aero_optimization_design", "flow_acoustic_active_control", "thermal_comfort_matching_control"]), "", "", "约束性"),
            ("new_benchmark_model", "电动汽车空气动力学新标模", "new EV aerodynamic benchmark model", "Q", ("建立", "established"), "", "", "Q", "", "", "约束性"),
            ("drag_coefficient", "风阻系数Cd", "drag coefficient Cd", "<=", "0.195", "—", "—", [0.195], "", "", "约束性"),
            ("cabin_noise", "车内风噪", "interior noise", "<=", "62", "dB(A)", "dB(A)", [62], "（120 km/h）", " (at 120 km/h)", "约束性"),
            ("standard_proposals", "标准建议稿", "draft standards", ">=", "5", "项", "drafts", [5], "", "", "预期性"),
            ("vehicle_models", "成果应用车型", "vehicle models applying the results", ">=", "3", "种", "models", [3], "", "", "预期性"),
        ],
        "goal": (3, 4),
        "dist_zh": [
            "当前国内主销纯电轿车风阻系数在 0.23 左右，高速车内噪声约 66 dB(A)。",
            "整车气动声学风洞试验段面积 27 m²，最高风速 250 km/h。",
        ],
        "dist_en": [
            "Best-selling Chinese EV saloons have drag coefficients near 0.23 and about 66 dB(A) inside at speed.",
            "The aero-acoustic wind tunnel has a 27 m² test section and reaches 250 km/h.",
        ],
        "guide_zh": "指南要求空气阻力系数≤0.2，车内空气噪声≤63 dB(A)。",
        "guide_en": "The guide asks for Cd ≤ 0.2 and cabin noise ≤ 63 dB(A).",
        "outputs_zh": "发表论文 14 篇，申请发明专利 9 项，提交标准建议稿 5 项。",
        "outputs_en": "14 papers, 9 invention patent applications and 5 draft standards.",
    },
    {
        "d": "6.3", "months": 36,
        "period_zh": "2023年7月至2026年6月", "period_en": "July 2023 to June 2026",
        "area_zh": "化工行业低碳零碳关键技术和装备联合研发",
        "area_en": "Joint R&D of key low-carbon and zero-carbon technologies and equipment for the chemical industry",
        "title_zh": "化工园区余热梯级利用与二氧化碳制化学品新路线中荷联合研发",
        "title_en": "Cascaded waste-heat use and new CO2-to-chemicals routes for chemical parks: a China-Netherlands project",
        "parts": [
            ("天津大学", "Tianjin University", "CN", "lead", "university"),
            ("中石化宁波工程有限公司", "Sinopec Ningbo Engineering Co., Ltd.", "CN", "member", "enterprise"),
            ("荷兰代尔夫特理工大学", "Delft University of Technology", "NL", "member", "university"),
        ],
        "research": [
            ("waste_heat_pressure_steam", "化工行业余热余压余汽集成利用等节能降耗关键技术与装备", "Integrated use of waste heat, pressure and steam in the chemical industry"),
            ("efficient_separation", "高效分离新技术等节能降耗关键技术与装备", "New high-efficiency separation technologies"),
            ("carbon_cycle_routes", "二氧化碳/甲烷替代传统化石资源制备关键化学品等碳元素循环新途径", "New carbon-cycle routes making key chemicals from CO2/methane instead of fossil resources"),
        ],
        "ind": [
            ("energy_saving_technologies", "新型节能降耗技术或装备", "new energy-saving technologies or equipment", "~", "2~3", "项/台", "items", [2, 3], "", "", "约束性"),
            ("energy_consumption_reduction", "能耗降低幅度", "energy consumption reduction", ">=", "12", "%", "%", [12], "", "", "约束性"),
            ("ghg_synthesis_routes", "以CO2、甲烷为碳源的化学品合成新路线", "new routes from CO2 and methane to chemicals", "~", "2~3", "条", "routes", [2, 3], "", "", "约束性"),
            ("lab_scale_test", "实验室小试", "laboratory-scale test", "Q", ("完成", "completed"), "", "", "Q", "", "", "约束性"),
            ("international_seminar", "国际研讨会", "international seminars", ">=", "2", "次", "seminars", [2], "", "", "预期性"),
        ],
        "goal": (1, 0),
        "dist_zh": [
            "示范园区 2022 年综合能耗 180 万吨标准煤，余热回收率仅 35%。",
            "合作方在荷兰鹿特丹港已运行 10 MW 电解制氢装置。",
        ],
        "dist_en": [
            "The demonstration park used 1.8 million tce in 2022 and recovers only 35 % of its waste heat.",
            "The partner operates a 10 MW electrolyser in the port of Rotterdam.",
        ],
        "guide_zh": "指南要求能耗相比现有技术降低 10% 以上。",
        "guide_en": "The guide asks for energy consumption 10 % below existing technology.",
        "outputs_zh": "发表论文 16 篇，申请发明专利 7 项。",
        "outputs_en": "16 papers and 7 invention patent applications.",
    },
    {
        "d": "6.4", "months": 24,
        "period_zh": "2023年7月至2025年6月", "period_en": "July 2023 to June 2025",
        "area_zh": "“双高”工业集聚区低碳零碳技术比较与应用联合研究",
        "area_en": "Joint comparative study and application of low- and zero-carbon technologies for industrial clusters",
        "title_zh": "钢铁与石化集聚区低碳零碳技术比较评估及应用路径中瑞联合研究",
        "title_en": "Comparing low- and zero-carbon technologies for steel and petrochemical clusters and charting their use: a China-Sweden study",
        "parts": [
            ("清华大学", "Tsinghua University", "CN", "lead", "university"),
            ("冶金工业规划研究院", "China Metallurgical Industry Planning and Research Institute", "CN", "member", "institute"),
            ("瑞典皇家理工学院", "KTH Royal Institute of Technology", "SE", "member", "university"),
            ("中国节能协会", "China Energy Conservation Association", "CN", "member", "other"),
        ],
        "research": [
            ("cluster_survey", "调研筛选典型“双高”行业集聚区", "Survey and selection of typical clusters of double-high industries"),
            ("emission_accounting", "本地化的碳排放量测算技术", "Localised carbon-emission accounting technique"),
            ("construction_pathway", "我国典型“双高”工业集聚区低碳/零碳建设技术路径", "Technical pathway for low-/zero-carbon development of typical double-high industrial clusters in China"),
        ],
        "ind": [
            ("surveyed_clusters", "调研筛选典型集聚区", "typical clusters surveyed and selected", "=", "2", "个", "clusters", [2], "", "", "约束性"),
            ("emission_accounting_technique", "本地化碳排放测算技术", "localised emission accounting technique", "=", "1", "套", "set", [1], "", "", "约束性"),
            ("evaluation_method", "碳排放水平及减碳潜力评价方法", "method for evaluating emission levels and reduction potential", "=", "1", "套", "set", [1], "", "", "约束性"),
            ("technology_demand_lists", "低碳/零碳适用技术需求清单", "lists of applicable technology needs", "=", "2", "个", "lists", [2], "", "", "约束性"),
            ("roadmap", "低碳/零碳建设技术路线图", "technology roadmap", "=", "1", "份", "roadmap", [1], "", "", "约束性"),
            ("international_seminar", "国际交流研讨会", "international seminars", ">=", "2", "次", "seminars", [2], "", "", "预期性"),
        ],
        "goal": (0, 3),
        "dist_zh": [
            "两个候选集聚区 2021 年二氧化碳排放合计约 9500 万吨，占所在省份的 28%。",
            "瑞典 HYBRIT 项目于 2021 年交付首批无化石钢材。",
        ],
        "dist_en": [
            "The two candidate clusters emitted about 95 million tonnes of CO2 in 2021, 28 % of their provinces' total.",
            "Sweden's HYBRIT delivered its first fossil-free steel in 2021.",
        ],
        "guide_zh": "指南要求调研筛选 1~2 个典型集聚区。",
        "guide_en": "The guide asks for 1-2 typical clusters to be surveyed.",
        "outputs_zh": "发表论文 8 篇，提交政策建议 2 份。",
        "outputs_en": "8 papers and 2 policy briefs.",
    },
    {
        "d": "7.3", "months": 36,
        "period_zh": "2023年1月至2025年12月", "period_en": "January 2023 to December 2025",
        "area_zh": "市政基础设施节能低碳关键技术联合研究与应用",
        "area_en": "Joint research and application of key energy-saving and low-carbon technologies for municipal infrastructure",
        "title_zh": "北方城市社区市政基础设施节能低碳改造技术中丹联合研究与示范",
        "title_en": "Energy-saving, low-carbon retrofit of community municipal infrastructure in northern Chinese cities: a China-Denmark study and demonstration",
        "parts": [
            ("哈尔滨工业大学", "Harbin Institute of Technology", "CN", "lead", "university"),
            ("中国市政工程华北设计研究总院有限公司", "North China Municipal Engineering Design & Research Institute Co., Ltd.", "CN", "member", "enterprise"),
            ("丹麦技术大学", "Technical University of Denmark", "DK", "member", "university"),
            ("芬兰国家技术研究中心", "VTT Technical Research Centre of Finland", "FI", "member", "institute"),
            ("联合国人居署", "UN-Habitat", "KE", "member", "other"),
        ],
        "research": [
            ("reduction_potential", "不同类型市政设施的减排潜力", "Emission-reduction potential of different types of municipal facilities"),
            ("secondary_heating_network", "社区二级供热网节能改造技术", "Energy-saving retrofit of community secondary heating networks"),
            ("evaluation_software", "节能低碳改造技术碳排放评价软件和信息系统", "Carbon-emission evaluation software and information system for retrofit technologies"),
            ("regional_demonstration", "典型区域示范应用", "Demonstration in typical regions"),
        ],
        "ind": [
            ("retrofit_technologies", "节能低碳改造技术", "retrofit technologies", ">=", "3", "项", "technologies", [3], "", "", "约束性"),
            ("retrofit_technology_kinds", "改造技术类别", "retrofit technologies developed", "C",
             (["社区二级供热网节能改造技术", "社区非常规水资源综合利用集成技术", "以小型模块化可再生能源利用为主体的社区绿色供电技术"],
              ["energy-saving retrofit of community secondary heating networks", "integrated use of non-conventional water resources in communities", "community green power supply based mainly on small modular renewables"]),
             "", "", ("C", ["secondary_heating_network", "nonconventional_water", "community_green_power"]), "", "", "约束性"),
            ("invention_patents", "发明专利申请", "invention patent applications", ">=", "5", "项", "applications", [5], "", "", "预期性"),
            ("software_copyrights", "软件著作权", "software copyrights", ">=", "2", "项", "copyrights", [2], "", "", "预期性"),
            ("demonstration_regions", "示范区域", "demonstration regions", ">=", "2", "个", "regions", [2], "", "", "约束性"),
            ("demonstration_emission_reduction", "示范区碳排放降低幅度", "emission reduction in the demonstration regions", ">=", "32", "%", "%", [32], "（约三分之一）", " (about one third)", "约束性"),
            ("international_seminars", "国际研讨会", "international seminars", ">=", "3", "次", "seminars", [3], "", "", "预期性"),
            ("blue_book", "市政基础设施低碳发展路径蓝皮书", "blue book on low-carbon pathways of municipal infrastructure", "Q", ("中外联合发布", "published jointly"), "", "", "Q", "", "", "约束性"),
        ],
        "goal": (5, 4),
        "dist_zh": [
            "示范小区现状供热能耗约 0.35 GJ/m²，二级网水力失调度达 25%。",
            "丹麦哥本哈根区域供热覆盖率超过 98%。",
        ],
        "dist_en": [
            "Heating in the demonstration estate uses about 0.35 GJ/m², with 25 % hydraulic imbalance in the secondary network.",
            "District heating reaches over 98 % of Copenhagen.",
        ],
        "guide_zh": "指南要求示范区域市政基础设施碳排放降低 30% 以上。",
        "guide_en": "The guide asks for a 30 % cut in the demonstration regions' emissions.",
        "outputs_zh": "申请发明专利 5 项，登记软件著作权 2 项，发表论文 20 篇。",
        "outputs_en": "5 invention patent applications, 2 software copyrights and 20 papers.",
    },
    {
        "d": "9.2", "months": 48,
        "period_zh": "四年（2023年1月—2026年12月）", "period_en": "four years (January 2023 – December 2026)",
        "area_zh": "农业生产非二氧化碳温室气体减排战略及技术合作研发与应用",
        "area_en": "Collaborative R&D and application of strategies and technologies for non-CO2 greenhouse gas mitigation in agriculture",
        "title_zh": "稻田甲烷与农田氧化亚氮协同减排技术模式中英合作研发与示范",
        "title_en": "Joint mitigation of paddy methane and cropland nitrous oxide: technology modes developed and demonstrated with UK partners",
        "parts": [
            ("中国农业科学院农业环境与可持续发展研究所", "Institute of Environment and Sustainable Development in Agriculture, CAAS", "CN", "lead", "institute"),
            ("南京农业大学", "Nanjing Agricultural University", "CN", "member", "university"),
            ("英国洛桑研究所", "Rothamsted Research", "GB", "member", "institute"),
        ],
        "research": [
            ("mitigation_pathways", "主要排放部门非二氧化碳温室气体的减排战略路径", "Strategic non-CO2 greenhouse gas mitigation pathways of the main emitting sectors"),
            ("paddy_methane_reduction", "稻田甲烷减排技术", "Methane reduction technologies for paddy fields"),
            ("cropland_n2o_reduction", "农用地氧化亚氮减排技术", "Nitrous oxide reduction technologies for agricultural land"),
            ("typical_demonstration", "开展典型示范应用", "Typical demonstration applications"),
        ],
        "ind": [
            ("strategy_and_pathway", "非二氧化碳温室气体减排战略和实施路径", "mitigation strategy and implementation pathway", "=", "1", "套", "set", [1], "", "", "约束性"),
            ("technology_modes", "农业非CO2减排技术模式", "agricultural non-CO2 mitigation technology modes", "=", "3", "套", "modes", [3], "", "", "约束性"),
            ("standards_patents_regulations", "监测和减排标准、专利及技术规程", "standards, patents and technical regulations", "=", "3", "项", "items", [3], "", "", "约束性"),
            ("demonstration_projects", "典型示范工程", "demonstration projects", "=", "2", "个", "projects", [2], "", "", "约束性"),
            ("emission_reduction", "示范区温室气体减排幅度", "greenhouse gas reduction in the demonstration areas", "~", "20~35", "%", "%", [20, 35], "", "", "约束性"),
            ("no_yield_loss", "示范区作物产量", "crop yield in the demonstration areas", "Q", ("不减产", "no yield loss"), "", "", "Q", "", "", "约束性"),
        ],
        "goal": (4, 3),
        "dist_zh": [
            "我国农业源甲烷和氧化亚氮排放约占全国非二氧化碳排放的 40%，N2O 的百年增温潜势为 273。",
            "英方长期定位试验始于 1843 年，已积累 180 年数据。",
        ],
        "dist_en": [
            "Agriculture emits about 40 % of China's non-CO2 greenhouse gases; N2O has a 100-year warming potential of 273.",
            "The UK partner's long-term experiments began in 1843 and hold 180 years of data.",
        ],
        "guide_zh": "指南要求示范区内温室气体排放降低 20%~40%。",
        "guide_en": "The guide asks for a 20-40 % reduction in the demonstration areas.",
        "outputs_zh": "发表论文 22 篇，培养博士研究生 6 名。",
        "outputs_en": "22 papers and 6 doctoral students trained.",
    },
    {
        "d": "10.6", "months": 36,
        "period_zh": "2023年3月至2026年2月", "period_en": "March 2023 to February 2026",
        "area_zh": "基于人工智能新药研发辅助系统整合与应用",
        "area_en": "Integration and application of an AI-based assistance system for new drug R&D",
        "title_zh": "心脑血管与神经退行性疾病AI辅助新药发现平台整合与应用",
        "title_en": "An integrated AI-assisted drug discovery platform for cardiovascular and neurodegenerative diseases",
        "parts": [
            ("中国药科大学", "China Pharmaceutical University", "CN", "lead", "university"),
            ("上海药物研究所", "Shanghai Institute of Materia Medica", "CN", "member", "institute"),
            ("首都医科大学附属北京天坛医院", "Beijing Tiantan Hospital, Capital Medical University", "CN", "member", "hospital"),
            ("新加坡国立大学", "National University of Singapore", "SG", "member", "university"),
        ],
        "research": [
            ("ai_tool_screening", "围绕新药研发生命周期关键环节筛选、比较基于 AI 的软件工具", "Screening and comparing AI software tools for the key stages of the drug R&D life cycle"),
            ("ai_system_integration", "整合最优工具构建服务完整新药研发生命周期的 AI 辅助系统", "Integrating the best tools into an AI assistance system serving the whole drug R&D life cycle"),
            ("preclinical_research", "完成化合物的临床前研究", "Preclinical research on the compounds"),
        ],
        "ind": [
            ("ai_drug_rd_system", "AI辅助新药研发系统（预测—合成全流程）", "AI drug R&D assistance system (prediction to synthesis)", "Q", ("建成", "built"), "", "", "Q", "", "", "约束性"),
            ("active_compounds", "活性化合物", "active compounds", ">=", "6", "个", "compounds", [6], "", "", "约束性"),
            ("preclinical_compounds", "完成临床前研究的化合物", "compounds through preclinical research", ">=", "5", "个", "compounds", [5], "", "", "约束性"),
            ("preclinical_efficacy_toxicity", "临床前有效性及毒性研究", "preclinical efficacy and toxicity studies", "Q", ("完成", "completed"), "", "", "Q", "", "", "约束性"),
            ("enterprise_adoption", "应用企业", "enterprises applying the system", ">=", "5", "家", "enterprises", [5], "", "", "预期性"),
            ("strategic_agreements", "战略合作协议", "strategic agreements", ">=", "3", "家", "partners", [3], "", "", "预期性"),
        ],
        "goal": (1, 2),
        "dist_zh": [
            "本项目不涉及人类遗传资源采集，不涉及临床试验。",
            "传统新药研发平均周期 10~15 年，成功率不足 10%，虚拟筛选库规模 20 亿分子。",
        ],
        "dist_en": [
            "The project involves no collection of human genetic resources and no clinical trials.",
            "Classical drug R&D takes 10-15 years with under 10 % success; the virtual library holds 2 billion molecules.",
        ],
        "guide_zh": "指南要求发现活性化合物至少 5 个。",
        "guide_en": "The guide asks for at least 5 active compounds.",
        "outputs_zh": "发表论文 30 篇，申请发明专利 8 项，登记软件著作权 4 项。",
        "outputs_en": "30 papers, 8 invention patent applications and 4 software copyrights.",
    },
]

COUNTRY_ZH = {"CN": "中国", "AU": "澳大利亚", "DE": "德国", "US": "美国", "GB": "英国", "JP": "日本",
              "CA": "加拿大", "AT": "奥地利", "IT": "意大利", "NL": "荷兰", "SE": "瑞典", "DK": "丹麦",
              "FI": "芬兰", "KE": "肯尼亚", "SG": "新加坡"}
COUNTRY_EN = {"CN": "China", "AU": "Australia", "DE": "Germany", "US": "United States", "GB": "United Kingdom",
              "JP": "Japan", "CA": "Canada", "AT": "Austria", "IT": "Italy", "NL": "Netherlands", "SE": "Sweden",
              "DK": "Denmark", "FI": "Finland", "KE": "Kenya", "SG": "Singapore"}
KIND_ZH = {"university": "高等院校", "institute": "科研院所", "enterprise": "企业", "hospital": "医疗机构", "other": "其他"}
KIND_EN = {"university": "University", "institute": "Research institute", "enterprise": "Enterprise",
           "hospital": "Hospital", "other": "Other"}
ROLE_ZH = {"lead": "牵头单位", "member": "参与单位"}
ROLE_EN = {"lead": "Lead", "member": "Partner"}

# ---------------------------------------------------------------- wording


def val_text(ind, lang, with_unit=True, with_sign=True):
    rid, nzh, nen, sign, val, uzh, uen, ans, xzh, xen, nat = ind
    unit = uzh if lang == "zh" else uen
    if unit == "—":
        unit = ""
    v = val.replace("~", "～" if lang == "zh" else "–")
    s = (SIGN[sign] if with_sign else "") + v
    if with_unit and unit:
        if lang == "en" and unit not in ("%", "wt%", "°C", "℃") and not unit.startswith("/"):
            s += " " + unit
        else:
            s += unit
    return s


def is_count(ind):
    return ind[5] in ("个", "套", "项", "次", "份", "型", "类", "种", "家", "条", "项/台")


def zh_clause(ind):
    rid, nzh, nen, sign, val, uzh, uen, ans, xzh, xen, nat = ind
    if sign == "Q":
        if val[0].startswith("不") or val[0].startswith("中外"):
            return f"{nzh}{val[0]}"
        return f"{val[0]}{nzh}"
    if sign == "C":
        return f"{nzh}包括{'、'.join(val[0])}"
    unit = "" if uzh == "—" else uzh
    v = val.replace("~", "～")
    if is_count(ind):
        if sign == "~":
            return f"形成{nzh}{v}{unit}{xzh}"
        w = {">=": "不少于", "=": "", "<=": "不超过"}[sign]
        return f"{nzh}{w}{v}{unit}{xzh}"
    return f"{nzh}{ZH_WORD[sign]}{v}{unit}{xzh}"


def en_clause(ind):
    rid, nzh, nen, sign, val, uzh, uen, ans, xzh, xen, nat = ind
    if sign == "Q":
        return f"the {nen} ({val[1]})"
    if sign == "C":
        items = val[1]
        return f"{nen}: {', '.join(items[:-1])} and {items[-1]}"
    unit = "" if uen == "—" else uen
    if is_count(ind):
        if sign == "~":
            a, b = val.split("~")
            return f"{a} to {b} {nen}{xen}"
        w = {">=": "at least ", "=": "", "<=": "at most "}[sign]
        return f"{w}{val} {nen}{xen}"
    sep = "" if unit in ("%", "°C") else " "
    if sign == "~":
        a, b = val.split("~")
        return f"{nen} between {a}{sep}{unit} and {b}{sep}{unit}{xen}"
    if sign == "=":
        return f"{nen} of {val}{sep}{unit}{xen}"
    if sign == "<":
        return f"{nen} below {val}{sep}{unit}{xen}"
    return f"{nen} of {EN_WORD[sign]} {val}{sep}{unit}{xen}"


# ---------------------------------------------------------------- document model
# blocks: ("h", level, text) ("p", text) ("t", rows, header_rows) ("br",)


def build(D, lang, fmt, layout, pstyle):
    zh = lang == "zh"
    B = []
    h = lambda lvl, t: B.append(("h", lvl, t))
    p = lambda t: B.append(("p", t))
    d = D["d"]
    if zh:
        h(1, "战略性科技创新合作重点专项项目申报书")
        p(f"申报编号：SQ2023YFE{int(d.replace('.', '')) * 1379 % 100000:05d}　　填报日期：2022年11月20日")
        h(2, "一、基本信息")
        B.append(("t", [["项目名称", D["title_zh"]],
                        ["申报方向", f"{d} {D['area_zh']}"],
                        ["执行期限", D["period_zh"]],
                        ["申请专项经费", "1200 万元（自筹 600 万元）"],
                        ["项目联系人", "王磊　电话：010-6278 3345　手机：139 1022 4587"]], 0))
    else:
        h(1, "Application for the Strategic Science and Technology Innovation Cooperation Programme")
        p(f"Application ref.: SQ2023YFE{int(d.replace('.', '')) * 1379 % 100000:05d}    Submitted: 20 November 2022")
        h(2, "1. Basic information")
        B.append(("t", [["Project title", D["title_en"]],
                        ["Guide direction", f"{d} {D['area_en']}"],
                        ["Project period", D["period_en"]],
                        ["Funding requested", "CNY 12 million (6 million self-raised)"],
                        ["Contact", "Wang Lei, tel. +86 10 6278 3345"]], 0))
    # participants
    h(2, "二、参与单位" if zh else "2. Participating organisations")
    if pstyle == 0:
        if zh:
            rows = [["序号", "单位名称", "国别", "单位性质", "角色"]]
            for i, (nz, ne, c, r, k) in enumerate(D["parts"], 1):
                rows.append([str(i), nz, COUNTRY_ZH[c], KIND_ZH[k], ROLE_ZH[r]])
        else:
            rows = [["No.", "Organisation", "Country", "Type", "Role"]]
            for i, (nz, ne, c, r, k) in enumerate(D["parts"], 1):
                rows.append([str(i), ne, COUNTRY_EN[c], KIND_EN[k], ROLE_EN[r]])
        B.append(("t", rows, 1))
    else:
        for nz, ne, c, r, k in D["parts"]:
            if zh:
                p(f"{ROLE_ZH[r]}：{nz}（{COUNTRY_ZH[c]}，{KIND_ZH[k]}）")
            else:
                p(f"{'Lead organisation' if r == 'lead' else 'Partner'}: {ne} ({COUNTRY_EN[c]}, {KIND_EN[k].lower()})")
    # background with distractors
    h(2, "三、立项依据与现有基础" if zh else "3. Rationale and prior work")
    if zh:
        p(f"项目团队曾承担国家重点研发计划项目《{D['area_zh']}前期基础研究》（2018YFE0201100，经费 800 万元），于 2021 年通过验收。")
        for s in D["dist_zh"]:
            p(s)
        p(D["guide_zh"] + "本项目在此基础上提出更高目标。")
    else:
        p(f"The team earlier led the national key R&D project \"Groundwork for {D['area_en'][:40].rstrip()}\" (2018YFE0201100, CNY 8 million), accepted in 2021.")
        for s in D["dist_en"]:
            p(s)
        p(D["guide_en"] + " This project aims higher.")
    # research
    h(2, "四、研究内容" if zh else "4. Research content")
    for i, (rid, tz, te) in enumerate(D["research"], 1):
        if zh:
            h(3, f"（{i}）{tz}")
            p("针对该问题，中外双方分工开展理论分析、实验研究与联合验证。")
        else:
            h(3, f"4.{i} {te}")
            p("Both sides share the theoretical, experimental and validation work on this topic.")
    # goals
    inds = D["ind"]
    g1, g2 = inds[D["goal"][0]], inds[D["goal"][1]]
    h(2, "五、研究目标" if zh else "5. Objectives")
    if zh:
        p(f"通过项目实施，拟实现{zh_clause(g1)}，{zh_clause(g2)}，整体达到国际先进水平。")
    else:
        p(f"The project will deliver {en_clause(g1)}, and {en_clause(g2)}, reaching the international state of the art.")
    # indicators
    h(2, "六、考核指标" if zh else "6. Assessment indicators")
    numeric = [x for x in inds if x[3] not in ("Q", "C")]
    other = [x for x in inds if x[3] in ("Q", "C")]
    if layout == 0:  # A
        if zh:
            rows = [["序号", "指标名称", "指标性质（约束性/预期性）", "单位", "指标值"]]
        else:
            rows = [["No.", "Indicator", "Binding / expected", "Unit", "Target"]]
        for i, x in enumerate(inds, 1):
            nat = x[10] if zh else ("binding" if x[10] == "约束性" else "expected")
            name = x[1] if zh else x[2][0].upper() + x[2][1:]
            if x[3] == "Q":
                rows.append([str(i), name, nat, "—", x[4][0] if zh else x[4][1]])
            elif x[3] == "C":
                rows.append([str(i), name, nat, "—", "、".join(x[4][0]) if zh else "; ".join(x[4][1])])
            else:
                unit = x[5] if zh else x[6]
                extra = x[8] if zh else x[9]
                rows.append([str(i), name, nat, unit, val_text(x, lang, with_unit=False) + extra])
        B.append(("t", rows, 1))
    elif layout == 1:  # B
        if zh:
            parts = [f"（{i}）{zh_clause(x)}" for i, x in enumerate(inds, 1)]
            p("项目完成时达到以下考核指标：" + "；".join(parts) + "。")
        else:
            parts = [f"({i}) {en_clause(x)}" for i, x in enumerate(inds, 1)]
            p("At completion the project commits to: " + "; ".join(parts) + ".")
    elif layout == 2:  # C split table
        hdr = ["序号", "考核指标", "完成时目标", "备注"] if zh else ["No.", "Indicator", "Target at completion", "Remarks"]
        rows = []
        for i, x in enumerate(inds, 1):
            name = x[1] if zh else x[2][0].upper() + x[2][1:]
            if x[3] == "Q":
                tgt = x[4][0] if zh else x[4][1]
            elif x[3] == "C":
                tgt = "、".join(x[4][0]) if zh else "; ".join(x[4][1])
            else:
                tgt = val_text(x, lang) + (x[8] if zh else x[9])
            remark = ""
            if i == 1:
                remark = "指南要求见立项依据" if zh else "see the guide's requirement above"
            if i == 2:
                remark = (D["guide_zh"] if zh else D["guide_en"])
            rows.append([str(i), name, tgt, remark])
        half = (len(rows) + 1) // 2
        B.append(("t", [hdr] + rows[:half], 1))
        B.append(("br",))
        p("续表" if zh else "Table 6-1 (continued)")
        B.append(("t", [hdr] + rows[half:], 1))
    else:  # D
        hdr = ["考核指标", "目标值"] if zh else ["Indicator", "Target value"]
        rows = [[x[1] if zh else x[2][0].upper() + x[2][1:], val_text(x, lang) + (x[8] if zh else x[9])] for x in numeric if not is_count(x)]
        if rows:
            B.append(("t", [hdr] + rows, 1))
        rest = [x for x in numeric if is_count(x)] + other
        for x in rest:
            p(("项目承诺：" + zh_clause(x) + "。") if zh else ("The project commits to " + en_clause(x) + "."))
    # outputs
    h(2, "七、预期成果" if zh else "7. Expected outputs")
    p(D["outputs_zh"] if zh else D["outputs_en"])
    # budget / negation
    h(2, "八、经费预算及其他" if zh else "8. Budget and other matters")
    if zh:
        p("经费预算总额 1800 万元，其中设备费 320 万元，国际合作与交流费 150 万元。本项目不涉及伦理审查事项，不涉及保密内容。")
        p("注：指南中其余指标本项目另行说明，不在上表列出。")
    else:
        p("Total budget CNY 18 million, of which equipment CNY 3.2 million and international exchange CNY 1.5 million. The project involves no ethics review and no classified work.")
        p("Note: the guide's other indicators are addressed separately and not listed above.")
    return B


def answers(D, lang, fmt):
    ind = {}
    for x in D["ind"]:
        a = x[7]
        if a == "Q":
            ind[x[0]] = {"qualitative": True}
        elif isinstance(a, tuple):
            ind[x[0]] = {"categories": a[1]}
        elif a is not None:
            ind[x[0]] = {"numbers": [float(v) for v in a]}
    return {
        "direction": D["d"],
        "duration_months": D["months"],
        "format": fmt,
        "lang": lang,
        "title": D["title_zh"] if lang == "zh" else D["title_en"],
        "participants": [{"name": nz if lang == "zh" else ne, "country": c, "role": r, "kind": k}
                         for nz, ne, c, r, k in D["parts"]],
        "research": [r[0] for r in D["research"]],
        "indicators": ind,
    }


# ---------------------------------------------------------------- writers


def md_cell(s):
    return s.replace("|", "\\|")


def to_md(B):
    out = []
    for b in B:
        if b[0] == "h":
            out.append("#" * b[1] + " " + b[2])
        elif b[0] == "p":
            out.append(b[1])
        elif b[0] == "br":
            continue
        else:
            rows, hdr = b[1], b[2]
            if hdr == 0:
                rows = [["项目", "内容"] if any("\u4e00" <= ch <= "\u9fff" for ch in rows[0][0]) else ["Item", "Content"]] + rows
            out.append("| " + " | ".join(md_cell(c) for c in rows[0]) + " |")
            out.append("|" + "|".join(" --- " for _ in rows[0]) + "|")
            for r in rows[1:]:
                out.append("| " + " | ".join(md_cell(c) for c in r) + " |")
        out.append("")
    return "\n".join(out)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def run(t):
    return f'<w:r><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'


def para(t, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p>{ppr}{run(t)}</w:p>"


def table(rows, hdr):
    ncol = max(len(r) for r in rows)
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid>']
    x += ['<w:gridCol w:w="%d"/>' % (9000 // ncol)] * ncol
    x.append("</w:tblGrid>")
    for i, r in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i < hdr else ""
        x.append(f"<w:tr>{trpr}")
        for c in r:
            x.append(f'<w:tc><w:tcPr><w:tcW w:w="{9000 // ncol}" w:type="dxa"/></w:tcPr>{para(c)}</w:tc>')
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


def to_docx(B):
    body = []
    for b in B:
        if b[0] == "h":
            body.append(para(b[2], f"Heading{b[1]}"))
        elif b[0] == "p":
            body.append(para(b[1]))
        elif b[0] == "br":
            body.append('<w:p><w:r><w:br w:type="page"/></w:r></w:p>')
        else:
            body.append(table(b[1], b[2]))
            body.append("<w:p/>")
    doc = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
           + "".join(body)
           + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
              + "".join(f'<w:style w:type="paragraph" w:styleId="Heading{i}"><w:name w:val="heading {i}"/>'
                        f'<w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="{i - 1}"/></w:pPr></w:style>'
                        for i in (1, 2, 3))
              + '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
              + '<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>'
              + "</w:styles>")
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            "</Relationships>")
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             "</Relationships>")
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (("[Content_Types].xml", ct), ("_rels/.rels", rels),
                           ("word/document.xml", doc), ("word/_rels/document.xml.rels", drels),
                           ("word/styles.xml", styles)):
            zi = zipfile.ZipInfo(name, date_time=(2022, 11, 20, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "tests", "import", "heldout9")
    os.makedirs(out, exist_ok=True)
    for di, D in enumerate(DIRS):
        for li, lang in enumerate(("zh", "en")):
            for fi, fmt in enumerate(("md", "docx")):
                layout = (di + 2 * li + fi) % 4
                pstyle = (di + fi + li) % 2
                B = build(D, lang, fmt, layout, pstyle)
                name = f"{D['d']}-{lang}.{fmt}"
                path = os.path.join(out, name)
                if fmt == "md":
                    with open(path, "w", encoding="utf-8", newline="\n") as f:
                        f.write(to_md(B))
                else:
                    with open(path, "wb") as f:
                        f.write(to_docx(B))
                with open(path + ".answers.json", "w", encoding="utf-8", newline="\n") as f:
                    json.dump(answers(D, lang, fmt), f, ensure_ascii=False, indent=1, sort_keys=True)
                    f.write("\n")


if __name__ == "__main__":
    main()
