#!/usr/bin/env python3
"""Held-out set 7 for `guidecheck import` (issue 15, docs/import.md).

A seventh family of 申报书 documents, written before src/import/ was read and
sharing no code with the other generators, for the directions the earlier
held-out sets used least (1.1, 1.3, 3.2, 4.2, 5.1, 6.1, 7.1, 8.1, 9.1, 10.1,
10.5), in Chinese and English, .docx (its own writer) and .md.

What it writes that real forms have and the other sets do not:

- Word's runs cut inside every number (`<w:t>1</w:t>` + `<w:t>5%</w:t>`), with
  proofing marks between them; w:tab between a label and its value;
  non-breaking spaces (`0.5 MW`, `12 000 cycles`); smart quotes;
- tracked changes: the old value in w:del/w:delText, the new one in w:ins
  (the deleted value must never be read; the .md twin holds the new value);
- Word auto-numbered lists (w:numPr: the item number is not in the text) and
  outline headings three levels deep (`5.2.1 技术指标`);
- improvement phrasing (`由现有的85%提升至92%以上`, `from 85% at present to at
  least 92%`): the second number is the commitment;
- `分别` / `respectively` pairs across units (`210 Wh/kg和1.2万次`);
- a commitment with an aspiration (`不低于90%（力争93%）`, `aiming at`): the
  commitment counts;
- values in another unit than the rule's (秒 for 分钟 and 毫秒, MW for kW, 平方米
  for 平方厘米, 万次);
- summary tables whose unit is in the value header only (`指标值（%）`,
  `Target (mm)`), bare numbers with comparators in the cells, a remarks
  column holding other work's figures;
- approximations (`约10万吨/年`, `30元/平方米左右`, `around 25`): no value can
  be read with certainty, so the answer states none (a sure value is wrong);
- distractors: the team's earlier record under a heading that is not one of
  the usual background headings, other teams' and foreign figures in the goals
  paragraph (`the German partner's pilot unit runs at 78% CO₂ concentration in
  dry flue gas`), budget shares, phone numbers, years, follow-up months;
- participants in a table whose first column (中方/外方, merged down in .docx)
  groups them, roles 牵头/参与/合作 (Lead/Participant/Partner); the duration as
  `3年（2025年1月—2027年12月）` or `42个月`.

Deterministic: run it and the committed set is rewritten byte for byte.

    python3 scripts/gen_import_heldout7.py [OUT_DIR]   # default tests/import/heldout7
"""
import json
import os
import re
import sys
import zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
NB = "\u00a0"

# Markup in the statements: [-old-] deleted, [+new+] inserted (tracked
# changes in .docx; the .md keeps the inserted text), \t a tab.

# Per direction: zh/en title, two research items (id, zh, en), statements for
# the auto-numbered list (zh, en), a summary table (zh value header, en value
# header, rows (zh name, en name, zh cell, en cell, zh remark, en remark)),
# the goals paragraph with other work's figures, the team's record, and the
# answers: id -> numbers in the rule's unit, or "q" for a qualitative one.
DIRS = [
    {
        "d": "1.1",
        "t": ("工业领域燃烧中碳捕集共性关键技术与工业示范",
              "Common key technologies and industrial demonstration of in-combustion carbon capture in industry"),
        "res": [("capture_technology", "高效低成本燃烧中二氧化碳捕集共性关键技术",
                 "Efficient, low-cost common key technologies of in-combustion CO₂ capture"),
                ("oxy_fuel_burner", "宽燃料适应性的富氧低氮燃烧器", "Fuel-flexible oxygen-enriched low-NOx burner")],
        "st": [
            ("物料耦合流动、传热和传质模型误差由现有的15%降低至8%以内。",
             "The model error of the coupled flow, heat and mass transfer will be reduced from the present 15% to at most 8%."),
            ("富氧低氮燃烧关键装备完成中试验证，中试规模不低于0.5" + NB + "MW。",
             "The oxy-fuel low-NOx combustion equipment will be validated in a pilot test; pilot scale: at least 0.5" + NB + "MW."),
            ("“燃尽度”：\t不低于90%（力争93%）。", "“Burnout”:\tno less than 90% (aiming at 93%)."),
            ("二氧化碳捕集成本不高于[-240-][+230+]元/吨。", "CO₂ capture cost: no more than [-240-][+230+] yuan/t."),
            ("燃烧中碳捕集工业示范规模约10万吨/年。",
             "The demonstration capacity will be approximately 100,000 t/a."),
        ],
        "tab": ("指标值（%）", "Target (%)", [
            ("干烟气二氧化碳浓度", "CO₂ concentration in dry flue gas", "≥85", "≥ 85", "国外同类装置约82", "about 82 abroad"),
            ("燃尽度", "Burnout", "≥90", "≥ 90", "现有水平84", "84 at present"),
        ]),
        "goal": ("目前国外同类富氧燃烧装置的燃尽度一般为85%左右，合作方德国某研究所中试装置的干烟气二氧化碳浓度为78%。",
                 "At present, comparable oxy-fuel units abroad reach a burnout of about 85%; the German partner's pilot unit runs at 78% CO₂ concentration in dry flue gas."),
        "past": ("团队在上一期国家重点研发计划项目（2019—2022年）中已将燃尽度提高到84%，捕集成本降至280元/吨。",
                 "In the previous national key R&D project (2019–2022) the team raised the burnout to 84% and cut the capture cost to 280 yuan/t."),
        "ans": {"model_error": [8], "pilot_scale": [500], "burnout": [90], "capture_cost": [230],
                "flue_gas_co2_concentration": [85]},
    },
    {
        "d": "1.3",
        "t": ("区域二氧化碳捕集与封存关键技术研发与示范",
              "R&D and demonstration of key technologies of regional CO₂ capture and storage"),
        "res": [("storage_potential_assessment", "主要盆地重点区块的封存潜力评估研究",
                 "Storage potential assessment of key blocks of the main basins"),
                ("storage_site_selection", "主要盆地重点区块的封存选址研究",
                 "Storage site selection in key blocks of the main basins")],
        "st": [
            ("地质封存潜力评价技术方法和地质二氧化碳封存安全监测系统分别形成2套和1套。",
             "The technical methods for evaluating the geological storage potential and the safety monitoring systems of geological CO₂ storage will number 2 sets and 1 set respectively."),
            ("形成主要盆地封存潜力评估报告1份。",
             "An assessment report of the storage potential of the main basins will be completed."),
        ],
        "tab": ("数量（套）", "Quantity (sets)", [
            ("地质封存潜力评价技术方法", "Technical method for evaluating the geological storage potential", "2", "2", "", ""),
            ("地质二氧化碳封存安全监测系统", "Safety monitoring system of geological CO₂ storage", "1", "1", "", ""),
        ]),
        "goal": ("示范区已布设监测井8口，盆地面积约2.1万平方公里，年注入二氧化碳10万吨。",
                 "The demonstration area already has 8 monitoring wells; the basin covers about 21,000 km² and 100,000 t of CO₂ are injected per year."),
        "past": ("团队此前已形成封存潜力评价方法1套（2021年）。",
                 "The team has already developed 1 set of storage potential evaluation methods (2021)."),
        "ans": {"potential_evaluation_method": [2], "safety_monitoring_system": [1],
                "basin_storage_potential_report": "q"},
    },
    {
        "d": "3.2",
        "t": ("耐高温长寿命高安全电化学储能技术合作开发",
              "Collaborative development of high-temperature-tolerant, long-life, high-safety electrochemical energy storage"),
        "res": [("solid_state_electrode", "耐高温固态化电极设计与制备",
                 "Design and fabrication of high-temperature solid-state electrodes"),
                ("solid_electrolyte", "新型耐高温固体电解质", "New high-temperature solid electrolytes")],
        "st": [
            ("电芯质量能量密度和循环寿命分别不低于210" + NB + "Wh/kg和1.2万次。",
             "The cell specific energy and cycle life will be no less than 210 Wh/kg and 12" + NB + "000 cycles respectively."),
            ("40℃循环寿命由现有的3000次提升至5000次以上。",
             "The cycle life at 40 ℃ will be raised from 3,000 cycles today to at least 5,000 cycles."),
            ("环境适应温度：\t20～85℃。", "Operating temperature range:\t20 ℃ to 85 ℃."),
            ("电芯安全性符合国家标准GB/T 36276-2018。", "Cell safety will meet the national standard GB/T 36276-2018."),
        ],
        "tab": ("指标值（次）", "Target (cycles)", [
            ("60℃循环寿命", "Cycle life at 60 ℃", "≥2500", "≥ 2500", "文献值约1500", "about 1500 in the literature"),
            ("40℃循环寿命", "Cycle life at 40 ℃", "≥5000", "≥ 5000", "", ""),
        ]),
        "goal": ("文献报道的同类电池60℃循环寿命约为1500次，国外某企业产品的质量能量密度为180" + NB + "Wh/kg。",
                 "A comparable cell reported in the literature reaches about 1,500 cycles at 60 ℃, and a foreign manufacturer's product offers 180 Wh/kg specific energy."),
        "past": ("申请团队已研制出能量密度190" + NB + "Wh/kg的样品电芯，45℃下循环2000次容量保持率为85%。",
                 "The team has already made sample cells of 190 Wh/kg that retain 85% of their capacity after 2,000 cycles at 45 ℃."),
        "ans": {"specific_energy": [210], "cycle_life": [12000], "cycle_life_40c": [5000],
                "operating_temperature_range": [20, 85], "cycle_life_60c": [2500], "cell_safety_standard": "q"},
    },
    {
        "d": "4.2",
        "t": ("氢-电转换电堆大幅面极板高精度制造关键技术合作研发",
              "Collaborative R&D on key technologies of high-precision manufacturing of large-format plates for hydrogen-electricity conversion stacks"),
        "res": [("bipolar_plate_manufacturing", "大幅面、高耐蚀双极板的低成本、高精度制造技术",
                 "Low-cost, high-precision manufacturing of large-format, highly corrosion-resistant bipolar plates"),
                ("precision_forming", "大幅面极板的精密成形工艺及成形尺寸精度控制方法",
                 "Precision forming of large-format plates and control of the formed dimensional accuracy")],
        "st": [
            ("极板活性区面积不低于0.13平方米。", "Active area of the plate: at least 0.13" + NB + "m²."),
            ("整板面积达到[-2000-][+2200+]平方厘米以上。", "The total plate area will reach [-2000-][+2200+] cm² or more."),
            ("拔模角不超过20°（力争18°）。", "Draft angle: no more than 20° (aiming at 18°)."),
            ("涂层制造成本控制在30元/平方米左右。", "The coating cost will be around 30 yuan/m²."),
            ("制定项目相关极板及涂层的测试标准方法3项。",
             "3 test standards for the plates and coatings will be drawn up."),
        ],
        "tab": ("指标值（毫米）", "Target (mm)", [
            ("流道间节长（名义值）", "Nominal channel pitch", "≤1.25", "≤ 1.25", "", ""),
            ("圆角半径", "Fillet radius", "≤0.15", "≤ 0.15", "现有水平0.2", "0.2 at present"),
            ("电堆组件装配的直接对齐偏差", "Alignment deviation of the stack components", "≤0.08", "≤ 0.08", "", ""),
        ]),
        "goal": ("国际上同类极板的流道节距一般为1.4毫米，合作方日本某企业极板的活性区面积为1000平方厘米。",
                 "Comparable plates abroad typically have a channel pitch of 1.4 mm; the Japanese partner's plates have an active area of 1000 cm²."),
        "past": ("团队已完成活性面积800平方厘米极板的试制，圆角半径0.2毫米。",
                 "The team has already produced plates with an active area of 800 cm² and a fillet radius of 0.2 mm."),
        "ans": {"active_area": [1300], "total_plate_area": [2200], "draft_angle": [20], "test_standards": [3],
                "channel_pitch": [1.25], "fillet_radius": [0.15], "assembly_alignment_deviation": [0.08]},
    },
    {
        "d": "5.1",
        "t": ("超级快充/快换技术及 V2G 技术联合研究与应用示范",
              "Joint research and demonstration of super-fast charging/battery swapping and V2G technologies"),
        "res": [("super_charging", "超级充电技术", "Super-charging technology"),
                ("heavy_duty_gripping", "重载高精度快速抓取技术", "Heavy-load, high-precision fast gripping technology")],
        "st": [
            ("重卡共享换电站单次换电时间控制在150秒以内。",
             "The single battery-swap time of the shared heavy-truck swap station will be no more than 150 s."),
            ("换电站参与调频响应时间不超过0.15秒。", "Frequency regulation response time: at most 0.15" + NB + "s."),
            ("换电站电池大功率快充充电功率高于[-360-][+400+]" + NB + "kW。",
             "The station charging power will be higher than [-360-][+400+] kW."),
            ("团体/行业/国家标准建议稿不少于6项（力争8项）。",
             "Draft standards (group, industry or national): no fewer than 6 (aiming at 8)."),
            ("B2G示范项目共享联动换电站数量由目前的20座增加至45座。",
             "The number of linked swap stations in the B2G demonstration will grow from 20 today to 45."),
            ("示范项目共享快换技术干线单向运输距离不低于500公里。",
             "One-way haul distance of the demonstration trunk line: at least 500 km."),
        ],
        "tab": ("指标值（kW）", "Target (kW)", [
            ("电池对车辆快充功率", "Vehicle fast-charging power", "≥150", "≥ 150", "", ""),
            ("换电站电池大功率快充充电功率", "Station charging power", ">400", "> 400", "国外同类350", "350 abroad"),
        ]),
        "goal": ("目前国内主流换电站单次换电时间约为5分钟，某外国企业的快充功率为350" + NB + "kW。",
                 "Today mainstream swap stations in China need about 5 min per swap, and a foreign company's fast charger delivers 350 kW."),
        "past": ("团队已建成换电站12座，已有示范线路运输距离为300公里。",
                 "The team has already built 12 swap stations and operates a 300 km demonstration line."),
        "ans": {"swap_time": [2.5], "frequency_regulation_response_time": [150], "station_charging_power": [400],
                "standard_drafts": [6], "b2g_linked_stations": [45], "trunk_one_way_distance": [500],
                "vehicle_fast_charge_power": [150]},
    },
    {
        "d": "6.1",
        "t": ("低碳冶金关键技术和装备联合研发", "Joint R&D of key technologies and equipment for low-carbon metallurgy"),
        "res": [("hydrogen_reduction_sticking", "富氢气体及氢气还原铁矿粘结机理与过程强化规律",
                 "Sticking mechanisms and process intensification of iron-ore reduction by hydrogen-rich gas and hydrogen"),
                ("biochar_coal_cocombustion", "生物质炭与煤粉混合燃烧热解特性",
                 "Pyrolysis characteristics of mixed combustion of biochar and pulverised coal")],
        "st": [
            ("相比现有技术和装备，碳排放强度降低22%以上。",
             "Against existing technology and equipment, the carbon intensity reduction will be at least 22%."),
            ("焦煤用量下降幅度不低于6%（力争8%）。", "Coking coal reduction: no less than 6% (aiming at 8%)."),
            ("高强度生物质炭制备及喷吹、富氢气体喷吹新技术形成2～3项。",
             "New technologies for high-strength biochar preparation and injection and hydrogen-rich gas injection: 2 to 3 technologies."),
            ("合作国家和国际研讨会分别不少于3个和2次。",
             "The countries cooperated with and the international seminars held will be no fewer than 3 and 2 respectively."),
        ],
        "tab": ("指标值（%）", "Target (%)", [
            ("二氧化碳捕集利用率", "CO₂ capture and utilisation rate", "≥85", "≥ 85", "国内平均约60", "about 60 in China"),
            ("碳排放强度降低幅度", "Carbon intensity reduction", "≥22", "≥ 22", "", ""),
        ]),
        "goal": ("国外某钢厂氢基竖炉示范的碳排放强度降低幅度约为18%，国内平均二氧化碳捕集利用率仅为60%。",
                 "A hydrogen shaft-furnace demonstration at a foreign steel plant cut carbon intensity by about 18%, and the average capture and utilisation rate in China is only 60%."),
        "past": ("团队已在2021年完成生物质炭喷吹试验，焦煤用量下降3%。",
                 "In 2021 the team already completed biochar injection trials that reduced coking coal use by 3%."),
        "ans": {"carbon_intensity_reduction": [22], "coking_coal_reduction": [6], "biochar_hydrogen_technologies": [2, 3],
                "cooperation_countries": [3], "international_seminar": [2], "co2_capture_utilization_rate": [85]},
    },
    {
        "d": "7.1",
        "t": ("既有建筑绿色改造减碳与中和技术联合研究与示范",
              "Joint research and demonstration of carbon reduction and carbon neutrality technologies for the green retrofit of existing buildings"),
        "res": [("climate_zone_pathways", "不同气候区既有建筑绿色改造的减碳、碳中和技术路径",
                 "Carbon-reduction and carbon-neutrality pathways for the green retrofit of existing buildings in different climate zones"),
                ("technology_system", "既有建筑绿色改造减碳、碳中和技术体系",
                 "Technology system for carbon reduction and neutrality in existing-building retrofit reflecting geography, climate, energy use and clean-energy types")],
        "st": [
            ("与国外联合出版设计指南1部。", "Design guide published jointly with foreign partners: 1."),
            ("国标/行标和地方标准/团体标准分别编制2项和3项。",
             "National/industry standards and local/group standards: 2 and 3 respectively."),
            ("国内外联合申请发明专利由现有的2项增加至6项。", "Joint invention patents will increase from 2 today to 6."),
            ("召开国际交流与研讨会议不少于3次（力争4次）。", "International seminars: no fewer than 3 (aiming at 4)."),
        ],
        "tab": ("数量（项）", "Quantity (items)", [
            ("软件著作权", "Software copyrights", "3", "3", "", ""),
            ("碳中和示范工程", "Demonstration projects", "2", "2", "国际同类约10", "about 10 worldwide"),
            ("与国外联合编制的减碳和碳中和评价标准", "Evaluation standard compiled jointly with foreign partners", "1", "1", "", ""),
        ]),
        "goal": ("合作方英国某大学已主持编制地方标准5项，国际上同类示范工程约10项。",
                 "The British partner university has already led 5 local standards; about 10 similar demonstration projects exist worldwide."),
        "past": ("团队前期已获得软件著作权4项、发明专利2项。",
                 "The team already holds 4 software copyrights and 2 invention patents."),
        "ans": {"joint_design_guide": [1], "national_industry_standards": [2], "local_group_standards": [3],
                "joint_invention_patents": [6], "international_seminars": [3], "software_copyrights": [3],
                "demonstration_projects": [2], "joint_evaluation_standard": [1]},
    },
    {
        "d": "8.1",
        "t": ("船舶二氧化碳高效捕集与存储关键技术及装备联合研发",
              "Joint R&D of key technologies and equipment for efficient onboard CO₂ capture and storage"),
        "res": [("co2_capture", "船舶排放二氧化碳的高效低能耗捕集关键技术及装备",
                 "Efficient, low-energy capture of ship-exhaust CO₂ (key technologies and equipment)"),
                ("co2_storage", "船舶排放二氧化碳的存储关键技术及装备",
                 "Onboard storage of captured CO₂ (key technologies and equipment)")],
        "st": [
            ("二氧化碳捕集率由现有的85%提升至92%以上。",
             "The CO₂ capture rate will be raised from 85% at present to at least 92%."),
            ("在不低于3.2" + NB + "MW的船用发动机上进行验证。",
             "The prototype will be validated on a marine engine of no less than 3.2" + NB + "MW."),
            ("获得国内外主流船级社认可不少于2个（力争3个）。",
             "Classification society approvals: no fewer than 2 (aiming at 3)."),
            ("研发产品获得船东订单合同1～2个。", "Shipowner orders: 1–2 contracts."),
            ("验证样机：\t1台", "Validation prototype:\t1 unit"),
            ("解吸温度不高于95℃。", "Desorption temperature: no higher than 95 ℃."),
        ],
        "tab": ("指标值（%）", "Target (%)", [
            ("100℃以下二氧化碳解吸率", "CO₂ desorption rate at or below 100 ℃", "≥40", "≥ 40", "", ""),
            ("二氧化碳捕集率", "CO₂ capture rate", "≥92", "≥ 92", "现有水平85", "85 at present"),
        ]),
        "goal": ("挪威某船东的示范船捕集率约为70%，国际海事组织要求到2030年碳强度降低40%。",
                 "A Norwegian shipowner's demonstration vessel captures about 70%, and the IMO asks for a 40% cut in carbon intensity by 2030."),
        "past": ("团队已完成500" + NB + "kW发动机尾气捕集台架试验，捕集率达到85%。",
                 "The team has already run a 500 kW engine exhaust capture bench test with a capture rate of 85%."),
        "ans": {"capture_rate": [92], "validation_engine_power": [3200], "classification_society_approvals": [2],
                "shipowner_orders": [1, 2], "validation_prototype": [1], "desorption_temperature": [95],
                "desorption_rate": [40]},
    },
    {
        "d": "9.1",
        "t": ("甲烷排放的星-地监测评估方法与标准联合研究",
              "Joint research on satellite-ground monitoring and assessment methods and standards for methane emissions"),
        "res": [("top_down_emission_calculation", "基于卫星遥感数据的“自上而下”全球、区域和热点尺度甲烷排放计算方法",
                 "Satellite-based top-down methane emission calculation at global, regional and hotspot scales"),
                ("bottom_up_accounting_system", "与“自下而上”协同的定量核算甲烷排放方法体系",
                 "Quantitative methane accounting system coordinated with bottom-up inventories")],
        "st": [
            ("区域甲烷收支通量估算不确定度下降幅度不低于30%。",
             "The uncertainty reduction of regional methane budget flux estimates will be no less than 30%."),
            ("区分人为与自然排放的相对误差由现有的35%降低至20%以下。",
             "The relative error of separating anthropogenic from natural emissions will fall from 35% now to below 20%."),
            ("排放量测量标准不确定度小于[-18-][+15+]%。",
             "Standard uncertainty of the emission measurement: less than [-18-][+15+]%."),
            ("核算经济体数量约25个。", "The number of economies accounted will be around 25."),
            ("田块尺度甲烷通量估算精度优于85%。", "Field-scale flux accuracy: better than 85%."),
        ],
        "tab": ("指标值（%）", "Target (%)", [
            ("示范区通量估算不确定性", "Uncertainty of flux estimates in the demonstration area", "＜12", "< 12", "", ""),
            ("排放量测量标准不确定度", "Measurement uncertainty", "＜15", "< 15", "欧洲同行约20", "about 20 in Europe"),
        ]),
        "goal": ("欧洲同行报道的区域收支通量估算不确定度约为40%，TROPOMI卫星的空间分辨率为7" + NB + "km×5.5" + NB + "km。",
                 "European peers report an uncertainty of about 40% for regional budget fluxes, and the TROPOMI satellite resolves 7 km × 5.5 km."),
        "past": ("团队已发表甲烷遥感论文23篇，2020年建成示范区1个。",
                 "The team has already published 23 papers on methane remote sensing and set up 1 demonstration area in 2020."),
        "ans": {"budget_uncertainty_reduction": [30], "attribution_relative_error": [20],
                "emission_measurement_uncertainty": [15], "field_flux_estimation_accuracy": [85],
                "demo_flux_uncertainty": [12]},
    },
    {
        "d": "10.1",
        "t": ("基于人工智能和多组学数据的脑血管病表型及预后的遗传机制与干预研究",
              "Genetic mechanisms of cerebrovascular disease phenotypes and prognosis, and interventions, based on artificial intelligence and multi-omics data"),
        "res": [("ai_multiomics_integration", "利用人工智能技术开发模型算法整合分析脑血管病多组学数据",
                 "AI model algorithms integrating and analysing cerebrovascular multi-omics data"),
                ("phenotype_genetic_mechanism", "脑血管病表型及分子遗传学机制的深入解析",
                 "In-depth analysis of cerebrovascular disease phenotypes and molecular genetic mechanisms")],
        "st": [
            ("影响脑血管病预后的关键生物标志物由现有的5个增加至12个以上。",
             "The key biomarkers affecting cerebrovascular disease prognosis will increase from 5 today to at least 12."),
            ("申请发明专利不少于10个（力争15个）。", "Invention patent applications: no fewer than 10 (aiming at 15)."),
            ("探索潜在的干预靶点，指导临床精准诊疗。",
             "Potential intervention targets will be explored to guide clinical precision diagnosis and treatment."),
        ],
        "tab": ("数量（个）", "Quantity", [
            ("脑血管病预后预测模型", "Prognostic prediction models", "≥4", "≥ 4", "", ""),
            ("关键生物标志物", "Prognostic biomarkers", "≥12", "≥ 12", "国际同类研究6", "6 in comparable studies"),
        ]),
        "goal": ("国际同类研究纳入病例约1.2万例，发现生物标志物6个；项目将随访患者3000例，随访时间24个月。",
                 "Comparable studies abroad enrolled about 12,000 cases and found 6 biomarkers; the project will follow 3,000 patients for 24 months."),
        "past": ("团队已建立包含8000例患者的脑血管病队列，已申请发明专利4个。",
                 "The team has already built a cohort of 8,000 patients and filed 4 invention patent applications."),
        "ans": {"prognostic_biomarkers": [12], "invention_patent_applications": [10], "prognostic_models": [4],
                "intervention_targets_explored": "q", "clinical_precision_guidance": "q"},
    },
    {
        "d": "10.5",
        "t": ("炎症免疫性疾病新靶点新机制发现及原创药关键核心技术研究",
              "New targets and mechanisms of inflammatory and immune diseases, and key core technologies for original drugs"),
        "res": [("new_mechanisms", "调控炎症免疫性疾病发生发展的新机制",
                 "New mechanisms regulating the onset and progression of inflammatory and immune diseases"),
                ("new_drug_targets", "发现并验证具有临床应用价值的潜在新药靶点",
                 "Discovery and validation of potential drug targets of clinical value")],
        "st": [
            ("疾病发生发展的新机制和可干预的新靶点分别不少于2种和2个。",
             "The new mechanisms of disease onset and progression and the new druggable targets will number at least 2 and 2 respectively."),
            ("研发具有自主知识产权、临床前景良好的候选药物1～2种。",
             "1–2 candidate drugs with own IP and good clinical prospects will be developed."),
            ("对候选药物开展临床前研究。", "Preclinical studies of the candidate drugs will be carried out."),
        ],
        "tab": ("目标值（种）", "Target (kinds)", [
            ("炎症免疫性疾病发生、发展的新机制", "New mechanisms of onset and progression", "≥2", "≥ 2", "", ""),
            ("候选药物", "Candidate drugs", "1～2", "1–2", "", ""),
        ]),
        "goal": ("全球每年约有3亿人受炎症免疫性疾病影响，国外某药企已有2个同靶点药物进入II期临床。",
                 "About 300 million people worldwide live with inflammatory and immune diseases, and a foreign company already has 2 drugs on the same target in phase II trials."),
        "past": ("团队已发现新靶点1个（2022年），发表论文30篇。",
                 "The team already discovered 1 new target (2022) and published 30 papers."),
        "ans": {"disease_mechanisms": [2], "new_targets": [2], "candidate_drugs": [1, 2], "preclinical_studies": "q"},
    },
]

FOREIGN = [("Universität Stuttgart", "德国", "Germany", "DE", "university"),
           ("Kyushu University", "日本", "Japan", "JP", "university"),
           ("Imperial College London", "英国", "United Kingdom", "GB", "university"),
           ("IFP Energies nouvelles", "法国", "France", "FR", "institute"),
           ("Nanyang Technological University", "新加坡", "Singapore", "SG", "university"),
           ("TNO", "荷兰", "Netherlands", "NL", "institute"),
           ("SINTEF", "挪威", "Norway", "NO", "institute"),
           ("Politecnico di Milano", "意大利", "Italy", "IT", "university"),
           ("KTH Royal Institute of Technology", "瑞典", "Sweden", "SE", "university"),
           ("CSIRO", "澳大利亚", "Australia", "AU", "institute"),
           ("University of Toronto", "加拿大", "Canada", "CA", "university")]
KIND_ZH = {"university": "高校", "institute": "科研院所", "enterprise": "企业"}
KIND_EN = {"university": "University", "institute": "Research institute", "enterprise": "Enterprise"}


def participants(i, lang):
    """Three units: a Chinese lead, a Chinese participant, a foreign partner."""
    if i % 2 == 0:
        lead = ("江淮工业大学", "Jianghuai University of Technology", "university")
    else:
        lead = ("华东低碳技术研究院", "East China Institute of Low-Carbon Technology", "institute")
    mem = ("鼎新能源科技有限公司", "Dingxin Energy Technology Co., Ltd.", "enterprise")
    f = FOREIGN[i % len(FOREIGN)]
    zh = lang == "zh"
    rows = [
        ("中方" if zh else "Chinese side", lead[0] if zh else lead[1], "中国" if zh else "China", "CN", lead[2],
         "牵头" if zh else "Lead", "lead"),
        ("", mem[0] if zh else mem[1], "中国" if zh else "China", "CN", mem[2], "参与" if zh else "Participant",
         "member"),
        ("外方" if zh else "Foreign side", f[0], f[1] if zh else f[2], f[3], f[4], "合作" if zh else "Partner",
         "member"),
    ]
    return rows


def strip_marks(text):
    """The text as the .md twin holds it: deletions gone, insertions kept."""
    text = re.sub(r"\[-(.*?)-\]", "", text)
    text = re.sub(r"\[\+(.*?)\+\]", r"\1", text)
    return text.replace("\t", " ")


# ---------------------------------------------------------------- document
# A document is a list of blocks: ("title", text), ("h", level, text),
# ("p", text), ("li", text), ("table", header, rows, merge_first_col).

def document(i, spec, lang):
    zh = lang == "zh"
    d = spec["d"]
    title = spec["t"][0] if zh else spec["t"][1]
    blocks = [("title", "国际科技合作项目申报书" if zh else "Application for an international S&T cooperation project")]
    blocks.append(("h", 1, "一、基本信息" if zh else "1. Basic information"))
    if i % 2 == 0:
        months = 36
        info = [("项目名称", title), ("申报方向", d + " " + spec["t"][0]),
                ("实施周期", "3年（2025年1月—2027年12月）"), ("联系电话", "010-6278 3516"),
                ("经费预算", "总经费680万元，其中申请专项经费480万元")] if zh else [
            ("Project title", title), ("Call direction", d + " " + spec["t"][1]),
            ("Implementation period", "3 years (January 2025 to December 2027)"),
            ("Telephone", "+86 10 6278 3516"), ("Budget", "6.8 million yuan in total, 4.8 million yuan requested")]
        blocks.append(("table", None, [list(r) for r in info], False))
    else:
        months = 42
        lines = ["项目名称：" + title, "指南方向：" + d + "（" + spec["t"][0] + "）",
                 "起止年限：2025年1月1日—2028年6月30日（42个月）",
                 "项目负责人：王某某　　手机：13912345678"] if zh else [
            "Title of the project: " + title, "Topic of the call: " + d + " — " + spec["t"][1],
            "Duration of the project: 42 months (1 January 2025 – 30 June 2028)",
            "Principal investigator: Dr Wang, tel. +86 139 1234 5678"]
        blocks.extend(("p", x) for x in lines)
    blocks.append(("h", 1, "二、参与单位" if zh else "2. Participating organisations"))
    prow = participants(i, lang)
    head = ["类别", "单位名称", "国别（地区）", "单位性质", "角色"] if zh else [
        "Side", "Organisation", "Country/region", "Type", "Role"]
    kinds = KIND_ZH if zh else KIND_EN
    rows = [[r[0], r[1], r[2], kinds[r[4]], r[5]] for r in prow]
    blocks.append(("table", head, rows, True))
    blocks.append(("h", 1, "三、研究内容" if zh else "3. Research contents"))
    blocks.append(("h", 2, "3.1 主要研究内容" if zh else "3.1 Main research contents"))
    for _, rz, re_ in spec["res"]:
        blocks.append(("li", "开展" + rz + ("" if rz.endswith("研究") else "研究") + "。" if zh else re_ + "."))
    blocks.append(("h", 1, "四、申请团队已有工作积累" if zh else "4. Track record of the team"))
    blocks.append(("p", spec["past"][0] if zh else spec["past"][1]))
    blocks.append(("h", 1, "五、预期目标与考核指标" if zh else "5. Expected goals and assessment indicators"))
    blocks.append(("h", 2, "5.1 总体目标" if zh else "5.1 Overall goal"))
    blocks.append(("p", ("本项目与外方联合攻关，" if zh else "Together with the foreign partner the project addresses the call. ")
                   + (spec["goal"][0] if zh else spec["goal"][1])))
    blocks.append(("h", 2, "5.2 考核指标" if zh else "5.2 Assessment indicators"))
    blocks.append(("h", 3, "5.2.1 技术指标" if zh else "5.2.1 Technical indicators"))
    blocks.append(("p", "项目完成时达到以下指标：" if zh else "At completion the project will reach:"))
    for z, e in spec["st"]:
        blocks.append(("li", z if zh else e))
    blocks.append(("h", 3, "5.2.2 指标汇总表" if zh else "5.2.2 Summary of the indicators"))
    vz, ve, trows = spec["tab"]
    head = ["序号", "指标名称", vz, "考核方式", "备注"] if zh else ["No.", "Indicator", ve, "Verification", "Remarks"]
    rows = []
    for k, (nz, ne, cz, ce, rz, re_) in enumerate(trows):
        rows.append([str(k + 1), nz if zh else ne, cz if zh else ce,
                     "第三方检测" if zh else "Third-party test", rz if zh else re_])
    blocks.append(("table", head, rows, False))
    blocks.append(("h", 1, "六、经费预算" if zh else "6. Budget"))
    blocks.append(("p", "项目总经费680万元，其中设备费150万元（占22%），国际合作与交流费120万元（占18%），劳务费不超过总经费的30%。"
                   if zh else "The total budget is 6.8 million yuan: equipment 1.5 million yuan (22%), international "
                   "exchange 1.2 million yuan (18%), and staff costs at most 30% of the total."))
    blocks.append(("p", "联系人：李老师，电话：021-6543 2100，2024年11月" if zh
                   else "Contact: Ms Li, +86 21 6543 2100, November 2024"))
    return blocks, months


# -------------------------------------------------------------- markdown
def md_cell(t):
    return strip_marks(t).replace("|", "\\|")


def to_md(blocks):
    out = []
    n = 0
    for b in blocks:
        if b[0] != "li":
            if n and out[-1] != "":
                out.append("")
            n = 0
        if b[0] == "title":
            out += ["# " + b[1], ""]
        elif b[0] == "h":
            out += ["#" * (b[1] + 1) + " " + b[2], ""]
        elif b[0] == "p":
            out += [strip_marks(b[1]), ""]
        elif b[0] == "li":
            n += 1
            out.append("%d. %s" % (n, strip_marks(b[1])))
        elif b[0] == "table":
            head, rows = b[1], b[2]
            if head is None:
                head = [rows[0][0], rows[0][1]]
                rows = rows[1:]
            if out and out[-1] != "":
                out.append("")
            out.append("| " + " | ".join(md_cell(c) for c in head) + " |")
            out.append("|" + " --- |" * len(head))
            for r in rows:
                out.append("| " + " | ".join(md_cell(c) for c in r) + " |")
            out.append("")
    if out and out[-1] != "":
        out.append("")
    text = "\n".join(out)
    return re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"


# ------------------------------------------------------------------ docx
def esc(t):
    return t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def plain_runs(text, state):
    """Runs of plain text, each number cut after its first digit, with a
    proofing mark between the two halves as Word leaves them."""
    out = []
    pos = 0
    cuts = []
    for m in re.finditer(r"\d[\d.,]*", text):
        if m.end() - m.start() >= 2:
            cuts.append(m.start() + 1)
    pieces = []
    for c in cuts:
        pieces.append(text[pos:c])
        pos = c
    pieces.append(text[pos:])
    for k, piece in enumerate(pieces):
        if k > 0:
            state[0] += 1
            out.append('<w:proofErr w:type="%s"/>' % ("gramStart" if state[0] % 2 else "gramEnd"))
        if piece:
            out.append('<w:r><w:rPr><w:rFonts w:hint="eastAsia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
                       % esc(piece))
    return out


def runs(text, state):
    out = []
    for tok in re.split(r"(\[-.*?-\]|\[\+.*?\+\]|\t)", text):
        if not tok:
            continue
        if tok == "\t":
            out.append("<w:r><w:tab/></w:r>")
        elif tok.startswith("[-"):
            state[1] += 1
            out.append('<w:del w:id="%d" w:author="张审校" w:date="2024-11-20T09:30:00Z"><w:r>'
                       '<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % (state[1], esc(tok[2:-2])))
        elif tok.startswith("[+"):
            state[1] += 1
            out.append('<w:ins w:id="%d" w:author="张审校" w:date="2024-11-20T09:30:00Z">%s</w:ins>'
                       % (state[1], "".join(plain_runs(tok[2:-2], state))))
        else:
            out.extend(plain_runs(tok, state))
    return "".join(out)


def para(text, state, style=None, num=False):
    ppr = ""
    if style or num:
        ppr = "<w:pPr>"
        if style:
            ppr += '<w:pStyle w:val="%s"/>' % style
        if num:
            ppr += '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="%d"/></w:numPr>' % num
        ppr += "</w:pPr>"
    return "<w:p>%s%s</w:p>" % (ppr, runs(text, state))


def table(head, rows, merge_first, state):
    ncol = len(rows[0])
    x = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>']
    x.append('<w:gridCol w:w="%d"/>' % (9000 // ncol) * ncol)
    x.append("</w:tblGrid>")
    allrows = ([head] if head else []) + rows
    for ri, r in enumerate(allrows):
        x.append("<w:tr>")
        for ci, c in enumerate(r):
            tcpr = '<w:tcW w:w="%d" w:type="dxa"/>' % (9000 // ncol)
            body = para(c, state)
            if merge_first and ci == 0 and head and ri > 0:
                if c:
                    tcpr += '<w:vMerge w:val="restart"/>'
                else:
                    tcpr += "<w:vMerge/>"
                    body = "<w:p/>"
            x.append("<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (tcpr, body))
        x.append("</w:tr>")
    x.append("</w:tbl>")
    return "".join(x)


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def to_docx(blocks, path):
    state = [0, 0]
    body = []
    num = 0
    last = None
    for b in blocks:
        if b[0] == "li" and last != "li":
            num += 1
        last = b[0]
        if b[0] == "title":
            body.append(para(b[1], state, "Title"))
        elif b[0] == "h":
            body.append(para(b[2], state, "Heading%d" % b[1]))
        elif b[0] == "p":
            body.append(para(b[1], state))
        elif b[0] == "li":
            body.append(para(b[1], state, "ListParagraph", num))
        elif b[0] == "table":
            body.append(table(b[1], b[2], b[3], state))
            body.append("<w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))
    nums = "".join('<w:num w:numId="%d"><w:abstractNumId w:val="0"/>'
                   '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' % k
                   for k in range(1, num + 1))
    numbering = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:numbering %s>'
                 '<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/>'
                 '<w:numFmt w:val="decimal"/><w:lvlText w:val="（%%1）"/></w:lvl></w:abstractNum>%s</w:numbering>'
                 % (W, nums))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>' % W
              + "".join('<w:style w:type="paragraph" w:styleId="%s"><w:name w:val="%s"/>%s</w:style>'
                        % (sid, name, '<w:pPr><w:outlineLvl w:val="%d"/></w:pPr>' % lvl if lvl >= 0 else "")
                        for sid, name, lvl in [("Title", "Title", -1), ("Heading1", "heading 1", 0),
                                               ("Heading2", "heading 2", 1), ("Heading3", "heading 3", 2),
                                               ("ListParagraph", "List Paragraph", -1)])
              + "</w:styles>")
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
              '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>'
             '</Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in [("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                           ("word/_rels/document.xml.rels", drels), ("word/document.xml", doc),
                           ("word/styles.xml", styles), ("word/numbering.xml", numbering)]:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, data.encode("utf-8"))


def answers(i, spec, lang, fmt, months):
    ind = {}
    for k, v in spec["ans"].items():
        ind[k] = {"qualitative": True} if v == "q" else {"numbers": [float(x) for x in v]}
    return {
        "direction": spec["d"], "duration_months": months, "format": fmt, "lang": lang,
        "indicators": ind,
        "participants": [{"name": r[1], "country": r[3], "role": r[6], "kind": r[4]} for r in participants(i, lang)],
        "research": [r[0] for r in spec["res"]],
        "title": spec["t"][0] if lang == "zh" else spec["t"][1],
    }


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "tests", "import", "heldout7")
    os.makedirs(out, exist_ok=True)
    for i, spec in enumerate(DIRS):
        for lang in ("zh", "en"):
            blocks, months = document(i, spec, lang)
            base = os.path.join(out, "%s-%s" % (spec["d"], lang))
            to_docx(blocks, base + ".docx")
            with open(base + ".md", "w", encoding="utf-8", newline="\n") as f:
                f.write(to_md(blocks))
            for fmt in ("docx", "md"):
                with open("%s.%s.answers.json" % (base, fmt), "w", encoding="utf-8", newline="\n") as f:
                    json.dump(answers(i, spec, lang, fmt, months), f, ensure_ascii=False, indent=1, sort_keys=True)
                    f.write("\n")


if __name__ == "__main__":
    main()
