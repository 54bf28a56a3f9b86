"""Session 27 held-out batch of 情况说明 wordings (textfix), each right and wrong, in phrasings the older held-out files
do not use (grepped first), as 河南, 湖北, 湖南, 江西, 四川, 重庆, 云南, 甘肃, 内蒙古, 黑龙江, 海南, 宁夏 决算 说明, a 街道, a
学校 and a 医院 (事业单位: 事业收入, 经营收入) write them, and 2025–2026 预算 说明: an amount, its change and its share in one
clause; changes said 上升/上升幅度/增幅/降幅/持平, the rate before the amount; a “主要原因是：” list of the parts' changes;
结转和结余 split into 基本支出结转 and 项目支出结转和结余; “三公” 决算数 beside 预算数 and “完成全年预算的X%”, “为预算数X万元的
Y%”; 机关运行经费 比上年; 政府采购 by 货物/工程/服务 and 授予中小企业 with its share; 车辆 counts with “其中，”, 资产 parts.
Written BEFORE running the checker on them.

决算 (DECISION_PAIRS): the tables of tests/test_narrative_heldout17.py `tables17` printed as 2022 (see the docstring of
tests/test_narrative_heldout26.py: 本年收入合计 6463.99 = 财政拨款 6063.99 + 事业 300.00 + 经营 50.00 + 附属单位上缴 30.00
+ 其他 20.00; 本年支出合计 6451.24 = 基本 976.71 + 项目 5424.54 + 经营 50.00; 公开01表 年末结转和结余 632.09; 公开04表 收入
6063.99, 支出 6101.24; 公开05表 2116.25 = 776.71 + 1339.54, 201 1303.58, 206 326.86, 208 305.17, 210 80.19, 221 52.45
(住房公积金 35.24); 人员经费 741.82, 公用经费 34.89; 公开07表 预算 7.50 (车 4.50, 接待 3.00), 决算 3.68 (车 2.42, 接待 1.26);
公开08表 年初 497.69, 收入 3947.74, 支出 3984.99, 年末 460.44). Last year's figures, made up and consistent within this
file: 收支总计 6800.00, 本年收入合计 6100.00, 经营收入 45.00, 附属单位上缴收入 30.00, 事业收入 260.00, 本年支出合计 6250.00
(基本 1000.00, 项目 5205.01, 经营 45.00), 一般公共预算财政拨款支出 2200.00, 住房保障支出 50.00, 人员经费 720.00, 公用经费
40.00, 三公 4.20, 公务接待费 1.60, 政府性基金 支出 3700.00, 政府采购 100.00, 机关运行经费 40.00. 年初预算: 一般公共预算
2129.28, 行政单位医疗 82.00, 其他就业补助支出 70.00. Made up, no table: 政府采购 120.50 = 45.30 + 50.00 + 25.20, 中小企业
96.40; vehicles 6 = 2 + 3 + 1; 资产 1523.41 = 812.30 + 701.11 + 10.00.
预算 (BUDGET_CASES): the 财政部式 2025 set of tests/test_narrative_budget_heldout18.py (figures: the docstring of
tests/test_narrative_budget_heldout20.py) and the 上海 2026 sample; last year's figures made up, consistent within each
sentence (收支预算 2024: 2,200.00; 财政拨款收支总预算 2024: 2,300.00; 公务接待费 2024: 6.00).

A right sentence draws nothing (not even a warning); a wrong one the codes named ("A B?": A, and B may come with it,
nothing else). NEVER_JUDGED / BUDGET_ALONE: texts that look like claims but are not judgeable and must draw nothing.
FIRST_RUN records what the checker did on the batch as written.
"""

from __future__ import annotations

import pytest
from test_narrative_budget_heldout10 import _expected_ok
from test_narrative_budget_heldout11 import SHANGHAI, _alone, _case, distinct_batch, found_as_named, right_params, \
    together_by_label, wrong_cases
from test_narrative_budget_heldout17 import ASSETS, BASIC as B_BASIC, FISCAL as B_FISCAL, PURCHASE, SANGONG, TOTAL
from test_narrative_budget_heldout18 import GENERAL_ALL, central
from test_narrative_heldout11 import _text
from test_narrative_heldout17 import _findings, _pair
from test_narrative_heldout19 import (  # the 决算 说明's headings
    OVERALL, INCOME, SPEND, FISCAL, GPB_TOTAL, GPB_STRUCT, ITEMS, BASIC, SG_TOTAL, SG_DETAIL, FUND, PROC, ASSET, OPER,
)

FIRST_RUN = """textfix s27, the batch as first written (决算 34 pairs + 8 never-judged; 预算 12 pairs + 4 never-judged: 46 pairs), run
on the code as it then was (main 62f8e43 + this session's first fixes: 千元, “货物、工程、服务类采购分别为…”, a 类's
“其中基本支出…，项目支出…”) and on main 62f8e43 itself. Right and never-judged: nothing drew a finding on either (决算
together in one workbook, 预算 each alone and together). Wrong: 42 of 46 (main: 41). 1 expectation corrected (my mistake,
the checker was right): “本年支出合计比上年增加201.24万元，主要原因是：基本支出减少23.29万元，项目支出增加229.53万元，经营支出
增加5.00万元” adds up to 211.24, more than 201.24, which a part left unsaid (上缴上级支出, 对附属单位补助支出: nothing this
year, perhaps something last year) may make up by falling; now 209.53 (191.24, short of 201.24: TXT007 by
narrative._changes_short). On the corrected batch: 43 of 46 (main 42).
Not found (3): “上升幅度为4.31%” (not a rate word: 增幅 and 下降幅度 were); “2022年度财政拨款支出6101.24万元，其中：基本支出
776.71万元，项目支出5324.53万元” in a 决算 (a 财政拨款支出 split by kind of spending was judged in a 预算 only); a 预算's
“2025年“三公”经费财政拨款预算20.20万元，其中：…占27.54%” (the whole read as an unknown “财政拨款预算”: “财政拨款” between the
name and its amount was taken for other words naming what is counted).
After the fixes (claims: 上升幅度/增长幅度 rate words; rules/narrative.toml: “三公经费财政拨款” an alias of 三公经费, as
“机关运行经费财政拨款” is of 机关运行经费; checks/budget_text.category_split: a 决算's 财政拨款支出 splits into 基本支出 and
项目支出 whole): right and never-judged: nothing; wrong 46 of 46.
SECOND ROUND (SECOND_*, written after those fixes, before running them: 9 pairs, 4 never-judged): right and never-judged drew
nothing; wrong 7 of 9 as first run. 1 expectation corrected (my mistake): “本年支出合计64,512.40千元，其中：基本支出9,767.10
千元，项目支出54,245.40千元，经营支出500.00千元” states its parts to ±5 元, and they add up to 64,512.50 (the tables' 976.71 +
5424.54 + 50.00 = 6451.25 beside 6451.24 is rounding at ±50 元, not at ±5 元): TXT007 on the right text was right; now to one
decimal of 千元. Not found: the 类's parts in a bracket followed by the 类's share (“…305.17万元（其中：…），占14.42%”: the
share stood among the parts; fixed), and “2025年“三公”经费财政拨款预算数为20.20万元，其中：…占Z%” (strict xfail below: the whole
said with 预算数为 is read as a budget and the parts' shares are not paired with it). Now 8 of 9. On main 62f8e43 the second
round's wrong sentences drew 2 of 9.
All told (55 pairs): main 62f8e43 44 of 55, now 54 of 55; no false finding on either."""

DECISION_PAIRS = [_pair(*p) for p in [
    # 收入支出决算总体情况
    ("河南：收入总计较上年上升，上升幅度为", OVERALL, "2022年度本部门收入总计7093.33万元，较2021年度上升293.33万元，上升幅度为"
     "4.31%。", "上升幅度为4.31%", "上升幅度为5.31%", "TXT003"),
    ("内蒙古：年末结转和结余其中基本支出结转、项目支出结转和结余", OVERALL, "年末结转和结余632.09万元，其中：基本支出结转36.65"
     "万元，项目支出结转和结余595.44万元。", "632.09", "623.09", "TXT001 TXT007?"),
    # 收入决算情况
    ("湖北：本年收入合计同比增加，增幅，其中事业收入同比增加", INCOME, "本年收入合计6463.99万元，同比增加363.99万元，增幅5.97%，"
     "其中：事业收入300.00万元，同比增加40.00万元。", "增幅5.97%", "增幅6.97%", "TXT003"),
    ("湖南：事业收入金额、增减、增长率与占比同一句", INCOME, "事业收入300.00万元，比上年增加40.00万元，增长15.38%，占本年收入"
     "合计的4.64%。", "4.64%", "4.46%", "TXT011"),
    ("江西（医院）：经营收入比上年增加，增幅", INCOME, "经营收入50.00万元，比上年增加5.00万元，增幅11.11%，主要是医院经营服务"
     "规模扩大。", "增加5.00", "增加15.00", "TXT003"),
    ("云南：附属单位上缴收入与上年持平", INCOME, "附属单位上缴收入30.00万元，与上年持平。", "30.00", "33.00", "TXT001"),
    ("江西（学校）：财政拨款收入占本年收入合计", INCOME, "财政拨款收入6063.99万元，占本年收入合计的93.81%，学费、住宿费等事业"
     "收入纳入财政专户管理。", "93.81%", "93.18%", "TXT011"),
    ("医院：事业收入、经营收入，两项合计", INCOME, "事业收入300.00万元（主要为医疗收入），经营收入50.00万元，两项合计350.00"
     "万元。", "两项合计350.00", "两项合计305.00", "TXT007"),
    # 支出决算情况
    ("四川：本年支出合计较上年增加，其中三项各占", SPEND, "本年支出合计6451.24万元，较上年增加201.24万元，增长3.22%，其中：基本"
     "支出976.71万元，占15.14%；项目支出5424.54万元，占84.09%；经营支出50.00万元，占0.78%。", "占84.09%", "占84.90%",
     "TXT011"),
    ("重庆：基本支出比上年减少，降幅", SPEND, "基本支出976.71万元，比上年减少23.29万元，降幅2.33%。", "降幅2.33%", "降幅3.33%",
     "TXT003"),
    ("宁夏：本年支出合计增加，主要原因是各部分的增减", SPEND, "本年支出合计比上年增加201.24万元，主要原因是：基本支出减少23.29"
     "万元，项目支出增加219.53万元，经营支出增加5.00万元。", "项目支出增加219.53", "项目支出增加209.53", "TXT007"),
    # 财政拨款收入支出决算总体情况
    ("甘肃：财政拨款收入、支出，支出大于收入", FISCAL, "2022年度财政拨款收入6063.99万元，财政拨款支出6101.24万元，支出大于收入"
     "37.25万元，主要是使用了年初财政拨款结转资金。", "财政拨款支出6101.24", "财政拨款支出6110.24", "TXT001"),
    ("街道：财政拨款支出其中基本支出、项目支出", FISCAL, "2022年度财政拨款支出6101.24万元，其中：基本支出776.71万元，项目支出"
     "5324.53万元。", "项目支出5324.53", "项目支出5342.53", "TXT007 TXT001?"),
    # 一般公共预算财政拨款支出决算总体情况
    ("黑龙江：下降率在前，减少额在后", GPB_TOTAL, "一般公共预算财政拨款支出决算2116.25万元，比2021年度下降3.81%，减少83.75万元，"
     "主要原因是人员调整。", "下降3.81%", "下降3.18%", "TXT003"),
    ("海南：决算数为年初预算数的", GPB_TOTAL, "一般公共预算财政拨款支出年初预算2129.28万元，决算2116.25万元，决算数为年初预算数"
     "的99.39%。", "99.39%", "99.93%", "TXT012"),
    # 一般公共预算财政拨款支出决算结构情况
    ("宁夏：类所占比重为", GPB_STRUCT, "在一般公共预算财政拨款支出中，卫生健康支出80.19万元，所占比重为3.79%。", "3.79%", "3.97%",
     "TXT011"),
    ("河南：类比上年增加，增长", GPB_STRUCT, "住房保障支出52.45万元，比上年增加2.45万元，增长4.90%，主要是住房公积金缴存基数调整。",
     "增长4.90%", "增长5.90%", "TXT003"),
    # 一般公共预算财政拨款支出决算具体情况
    ("湖北：项年初预算为、支出决算为，完成年初预算，小于的原因", ITEMS, "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗"
     "（项）：年初预算为82.00万元，支出决算为80.19万元，完成年初预算的97.79%，决算数小于年初预算数的主要原因是据实结算。",
     "97.79%", "98.79%", "TXT012"),
    ("湖南：项支出决算为，主要用于", ITEMS, "住房保障支出（类）住房改革支出（款）住房公积金（项）支出决算为35.24万元，主要用于按规定"
     "为职工缴纳住房公积金。", "35.24", "35.42", "TXT001"),
    ("江西：项比年初预算增加，完成年初预算", ITEMS, "社会保障和就业支出（类）就业补助（款）其他就业补助支出（项）支出决算73.46"
     "万元，比年初预算增加3.46万元，完成年初预算的104.94%。", "104.94%", "104.49%", "TXT012"),
    # 一般公共预算财政拨款基本支出决算情况
    ("四川：人员经费、公用经费各占基本支出", BASIC, "一般公共预算财政拨款基本支出776.71万元，其中：人员经费741.82万元，占基本"
     "支出的95.51%；公用经费34.89万元，占基本支出的4.49%。", "4.49%", "4.94%", "TXT011"),
    ("重庆：人员经费增长率在前，增加额在后", BASIC, "人员经费741.82万元，较上年增长3.03%，增加21.82万元。", "增加21.82",
     "增加12.82", "TXT003"),
    ("云南：公用经费比上年减少，降幅", BASIC, "公用经费34.89万元，比上年减少5.11万元，降幅12.78%，主要是压减一般性支出。",
     "降幅12.78%", "降幅13.78%", "TXT003"),
    # “三公”经费
    ("甘肃：三公决算完成全年预算，比上年决算减少", SG_TOTAL, "2022年度“三公”经费财政拨款支出决算为3.68万元，完成全年预算的"
     "49.07%，比上年决算减少0.52万元，下降12.38%。", "完成全年预算的49.07%", "完成全年预算的47.09%", "TXT012"),
    ("内蒙古：三公预算数、决算数，决算数比预算数减少", SG_TOTAL, "“三公”经费财政拨款预算数7.50万元，决算数3.68万元，决算数比"
     "预算数减少3.82万元，主要是厉行节约。", "减少3.82", "减少3.28", "TXT001"),
    ("黑龙江：用车决算数为预算数X万元的Y%", SG_DETAIL, "公务用车购置及运行维护费决算数为2.42万元，为预算数4.50万元的53.78%。",
     "53.78%", "55.78%", "TXT012"),
    ("海南：公务接待费批次人次，比上年减少", SG_DETAIL, "公务接待费1.26万元，共接待国内来访团组12批次、98人次，比上年减少0.34"
     "万元。", "公务接待费1.26", "公务接待费1.62", "TXT001"),
    # 政府性基金
    ("宁夏：政府性基金支出比上年增加，增长", FUND, "政府性基金预算财政拨款支出3984.99万元，比上年增加284.99万元，增长7.70%，"
     "主要用于国有土地使用权出让收入安排的支出。", "增长7.70%", "增长7.15%", "TXT004"),
    ("河南：政府性基金年初、收入、支出、年末", FUND, "政府性基金预算财政拨款年初结转和结余497.69万元，本年收入3947.74万元，"
     "本年支出3984.99万元，年末结转和结余460.44万元。", "460.44", "406.44", "TXT001 TXT007?"),
    # 机关运行经费
    ("甘肃：机关运行经费比上年减少，下降", OPER, "2022年度本部门机关运行经费支出34.89万元，比上年减少5.11万元，下降12.78%，"
     "主要原因是严格控制一般性支出。", "下降12.78%", "下降14.65%", "TXT004"),
    # 政府采购
    ("湖南：政府采购三类，中小企业占总额", PROC, "2022年度政府采购支出总额120.50万元，其中：政府采购货物支出45.30万元、政府采购"
     "工程支出50.00万元、政府采购服务支出25.20万元。授予中小企业合同金额96.40万元，占政府采购支出总额的80.00%。", "80.00%",
     "88.00%", "TXT011"),
    ("四川：政府采购比上年增加，其中三类", PROC, "政府采购支出总额120.50万元，比上年增加20.50万元，增长20.50%，其中：货物类45.30"
     "万元，工程类50.00万元，服务类25.20万元。", "服务类25.20", "服务类35.20", "TXT007"),
    # 国有资产
    ("重庆：车辆其中三类，单价100万元以上设备", ASSET, "截至2022年12月31日，本部门共有车辆6辆，其中：一般公务用车2辆、执法执勤"
     "用车3辆、特种专业技术用车1辆；单价100万元以上设备2台。", "执法执勤用车3辆", "执法执勤用车5辆", "TXT007"),
    ("云南：资产总额其中三项", ASSET, "截至2022年末，本单位资产总额1523.41万元，其中：流动资产812.30万元，固定资产701.11万元，"
     "无形资产10.00万元。", "固定资产701.11", "固定资产710.11", "TXT007"),
]]

NEVER_JUDGED = [
    (GPB_TOTAL, "一般公共预算财政拨款支出比上年减少83.75万元，主要原因是一般公共服务支出减少90.00万元、社会保障和就业支出增加"
                "6.25万元。"),
    (PROC, "授予小微企业合同金额60.00万元，占授予中小企业合同金额的62.24%。"),
    (ASSET, "本年度新购置车辆1辆，单价100万元以上设备新增1台。"),
    (SPEND, "项目支出比上年增长较快，主要是新增人才引进项目。"),
    (OPER, "机关运行经费支出较上年下降，下降幅度约为13%。"),
    (SG_TOTAL, "“三公”经费支出决算数小于预算数，主要原因是严格执行中央八项规定精神。"),
    (INCOME, "医院事业收入主要为医疗收入，2022年度门急诊人次较上年上升8.2%。"),
    (FISCAL, "年初财政拨款结转和结余中，基本支出结转占6.86%。"),
]

CENTRAL_SHAPES = [
    ("河南：收入预算、支出预算，收、支预算各增加", "2025年本部门收入预算2,310.50万元，支出预算2,310.50万元，与上年相比收、支预算"
     "各增加110.50万元，增长5.02%。", "2025年本部门收入预算2,310.50万元，支出预算2,310.50万元，与上年相比收、支预算各增加"
     "110.50万元，增长6.02%。", "TXT003", TOTAL),
    ("湖北：上年结转结余占收入预算总计", "上年结转结余20.00万元，占收入预算总计的0.87%。", "上年结转结余20.00万元，占收入预算总计"
     "的0.78%。", "TXT011", TOTAL),
    ("湖南：财政拨款收支总预算比2024年预算减少，降幅", "2025年财政拨款收支总预算2,270.50万元，比2024年预算减少29.50万元，降幅"
     "1.28%。", "2025年财政拨款收支总预算2,270.50万元，比2024年预算减少29.50万元，降幅1.82%。", "TXT003", B_FISCAL),
    ("江西：一般公共预算支出预算其中基本、项目", "一般公共预算支出预算2,230.50万元，其中：基本支出1,750.50万元，项目支出480.00"
     "万元。", "一般公共预算支出预算2,230.50万元，其中：基本支出1,750.50万元，项目支出408.00万元。", "TXT007 TXT001?",
     GENERAL_ALL),
    ("四川：基本支出预算按经济分类：", "基本支出预算1,750.50万元，按经济分类：工资福利支出1,480.30万元，商品和服务支出170.20万元，"
     "对个人和家庭的补助100.00万元。", "基本支出预算1,750.50万元，按经济分类：工资福利支出1,480.30万元，商品和服务支出107.20"
     "万元，对个人和家庭的补助100.00万元。", "TXT001 TXT007?", B_BASIC),
    ("重庆：三公其中各项各占", "2025年“三公”经费财政拨款预算20.20万元，其中：公务用车购置及运行费15.00万元，占74.26%；公务接待费"
     "5.20万元，占25.74%；因公出国（境）费0万元。", "2025年“三公”经费财政拨款预算20.20万元，其中：公务用车购置及运行费15.00"
     "万元，占74.26%；公务接待费5.20万元，占27.54%；因公出国（境）费0万元。", "TXT011", SANGONG),
    ("云南：公务接待费预算比2024年预算减少，下降", "公务接待费预算5.20万元，比2024年预算减少0.80万元，下降13.33%。",
     "公务接待费预算5.20万元，比2024年预算减少0.80万元，下降15.38%。", "TXT004", SANGONG),
    ("甘肃：货物、工程、服务类采购预算分别为", "2025年本部门政府采购预算总额300.00万元，其中：货物、工程、服务类采购预算分别为"
     "100.00万元、0万元、200.00万元。", "2025年本部门政府采购预算总额300.00万元，其中：货物、工程、服务类采购预算分别为100.00"
     "万元、0万元、220.00万元。", "TXT007", PURCHASE),
    ("黑龙江：车辆“其中，”三类", "截至2024年12月31日，本部门共有车辆4辆，其中，一般公务用车1辆、执法执勤用车2辆、特种专业技术"
     "用车1辆。", "截至2024年12月31日，本部门共有车辆4辆，其中，一般公务用车1辆、执法执勤用车2辆、特种专业技术用车3辆。",
     "TXT007", ASSETS),
]

SHANGHAI_SHAPES = [
    ("宁夏：财政拨款收入预算以元，占收入预算总计", "2026年财政拨款收入预算20,823,283元，占收入预算总计的97.77%。",
     "2026年财政拨款收入预算20,823,283元，占收入预算总计的97.67%。", "TXT011", B_FISCAL),
    ("海南：基本支出以元，人员、公用各占", "2026年基本支出13,347,683元，其中：人员经费11,758,433元，占88.09%；公用经费1,589,250"
     "元，占11.91%。", "2026年基本支出13,347,683元，其中：人员经费11,758,433元，占88.09%；公用经费1,589,250元，占19.11%。",
     "TXT011", B_BASIC),
    ("内蒙古：三公与2025年预算持平，其中两项", "2026年“三公”经费财政拨款预算9.70万元，与2025年预算持平，其中：公务接待费1.20"
     "万元，公务用车购置及运行费8.50万元。", "2026年“三公”经费财政拨款预算9.70万元，与2025年预算持平，其中：公务接待费2.10万元，"
     "公务用车购置及运行费8.50万元。", "TXT001 TXT007?", SANGONG),
]

CENTRAL_ALONE = [
    ("面向中小企业预留政府采购项目预算金额120.00万元，占政府采购预算总额的40.00%。", PURCHASE),
    ("2025年收支预算较上年有所增加，主要是人员经费标准调整。", TOTAL),
    ("2025年因公出国（境）费预算为0，与上年持平。", SANGONG),
]
SHANGHAI_ALONE = [
    ("2026年本单位（学校）事业收入预算主要为学费、住宿费收入，较上年略有增长。", "收入预算情况"),
]

# SECOND ROUND: written after the first round's fixes, before running them: the fixed families in other words, and right
# texts near them that must stay unjudged or right (a partial list, shares of a 类's own parts, 千元 that is no amount)
SECOND_DECISION_PAIRS = [_pair(*p) for p in [
    ("第二轮：类增长幅度为", GPB_STRUCT, "科学技术支出326.86万元，比上年增加26.86万元，增长幅度为8.95%。", "增长幅度为8.95%",
     "增长幅度为9.95%", "TXT003"),
    ("第二轮：财政拨款支出括号中基本、项目", FISCAL, "财政拨款支出6101.24万元（其中：基本支出776.71万元，项目支出5324.53万元），"
     "主要用于人才引进和国有土地使用权出让收入安排的支出。", "基本支出776.71", "基本支出767.71", "TXT007"),
    ("第二轮：本年支出合计以千元，其中三项", SPEND, "本年支出合计64,512.4千元，其中：基本支出9,767.1千元，项目支出54,245.4"
     "千元，经营支出500.0千元。", "项目支出54,245.4", "项目支出54,254.4", "TXT001 TXT007?"),
    ("第二轮：三公财政拨款决算数为，完成预算", SG_TOTAL, "“三公”经费财政拨款决算数为3.68万元，完成预算的49.07%。", "49.07%",
     "59.07%", "TXT012"),
    ("第二轮：类括号中基本、项目，占比", GPB_STRUCT, "社会保障和就业支出305.17万元（其中：基本支出231.71万元、项目支出73.46"
     "万元），占14.42%。", "231.71", "221.71", "TXT007"),
    ("第二轮：货物、服务类采购分别为（工程未说）", PROC, "政府采购支出总额120.50万元，其中：货物、服务类采购分别为45.30万元、"
     "25.20万元。", "45.30", "105.30", "TXT007"),
]]
SECOND_NEVER_JUDGED = [
    (ASSET, "本部门单价5千元以上的通用设备共计120台。"),
    (PROC, "货物、工程、服务类采购分别占37.59%、41.49%、20.91%。"),
    (FISCAL, "财政拨款支出6101.24万元，其中：基本支出776.71万元。"),
    (GPB_STRUCT, "一般公共服务支出1303.58万元，其中：基本支出412.35万元，项目支出891.23万元，分别占31.63%和68.37%。"),
]
SECOND_CENTRAL_SHAPES = [
    ("第二轮：三公财政拨款预算数为，其中两项各占", "2025年“三公”经费财政拨款预算数为20.20万元，其中：公务接待费5.20万元，占"
     "25.74%；公务用车购置及运行费15.00万元，占74.26%。", "2025年“三公”经费财政拨款预算数为20.20万元，其中：公务接待费5.20万元，"
     "占25.74%；公务用车购置及运行费15.00万元，占72.46%。", "TXT011", SANGONG),
    ("第二轮：货物、工程和服务采购预算分别为，单位只写一次", "2025年政府采购预算总额300.00万元，其中：货物、工程和服务采购预算"
     "分别为100.00、0、200.00万元。", "2025年政府采购预算总额300.00万元，其中：货物、工程和服务采购预算分别为130.00、0、200.00"
     "万元。", "TXT007", PURCHASE),
]
SECOND_SHANGHAI_SHAPES = [
    ("第二轮：基本支出以千元，其中人员、公用", "2026年基本支出13,347.68千元，其中：人员经费11,758.43千元，公用经费1,589.25"
     "千元。", "2026年基本支出13,347.68千元，其中：人员经费11,758.43千元，公用经费1,598.25千元。", "TXT001 TXT007?", B_BASIC),
]
DECISION_PAIRS += SECOND_DECISION_PAIRS
NEVER_JUDGED += SECOND_NEVER_JUDGED
CENTRAL_SHAPES += SECOND_CENTRAL_SHAPES
SHANGHAI_SHAPES += SECOND_SHANGHAI_SHAPES

BUDGET_CASES = [_case("财政部式", s) for s in CENTRAL_SHAPES] + [_case("上海", s) for s in SHANGHAI_SHAPES]
BUDGET_ALONE = [("财政部式", s, h) for s, h in CENTRAL_ALONE] + [("上海", s, h) for s, h in SHANGHAI_ALONE]
LABELS = ["上海", "财政部式"]


def base(label: str):
    return {"上海": lambda: SHANGHAI, "财政部式": central}[label]()


# wrong sentences not found yet (strict xfail: a fix turns them into failures to be moved out of here)
NOT_YET: dict[str, str] = {}
BUDGET_NOT_YET: dict[str, str] = {
    "第二轮：三公财政拨款预算数为，其中两项各占": "“…预算数为20.20万元，其中：…占Z%”: in a 预算 the whole said with 预算数为 is read "
                                              "as a budget (basis budget) and its parts' shares are not paired with it",
}
# right or never-judged 预算 texts still drawing a finding (by id; strict xfail)
FALSE_YET: dict[str, str] = {}


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("heldout27")
    right = [r for _n, r, _w, _c in DECISION_PAIRS] + NEVER_JUDGED
    return (_findings(tmp, right, "right.xlsx", 2022),
            _findings(tmp, [w for _n, _r, w, _c in DECISION_PAIRS], "wrong.xlsx", 2022))


def test_batch_is_large_and_distinct():
    assert len(DECISION_PAIRS) + len(BUDGET_CASES) >= 40 and len(NEVER_JUDGED) + len(BUDGET_ALONE) >= 10
    texts = {_text(r) for _n, r, _w, _c in DECISION_PAIRS} | {_text(w) for _n, _r, w, _c in DECISION_PAIRS}
    assert len(texts) == 2 * len(DECISION_PAIRS)
    distinct_batch(BUDGET_CASES, BUDGET_ALONE)


def test_decision_right_and_never_judged_sentences_draw_nothing(judged):
    assert dict(judged[0]) == {}


@pytest.mark.parametrize("name,wrong,code", [
    pytest.param(n, _text(w), c, id=n, marks=[pytest.mark.xfail(reason=NOT_YET[n], strict=True)] if n in NOT_YET else [])
    for n, _r, w, c in DECISION_PAIRS])
def test_decision_wrong_sentence_found(judged, name, wrong, code):
    found = [c for c, _m in judged[1].get(wrong, [])]
    assert _expected_ok(code, found), f"{name}: {judged[1].get(wrong)}"


@pytest.mark.parametrize("label,name,right,wrong,code,heading", wrong_cases(BUDGET_CASES, BUDGET_NOT_YET),
                         ids=[f"{c[0]}-{c[1]}" for c in BUDGET_CASES])
def test_budget_wrong_sentence_found(label, name, right, wrong, code, heading):
    found_as_named(base(label), name, wrong, code, heading)


@pytest.mark.parametrize("label,text,heading", right_params(BUDGET_CASES, BUDGET_ALONE, FALSE_YET))
def test_budget_right_sentence_alone_draws_nothing(label, text, heading):
    assert _alone(base(label), text, heading) == []


def test_budget_right_and_unjudgeable_sentences_draw_nothing_together(tmp_path):
    """Every right and never-judged 预算 text of a base in one 情况说明 of its sample, checked end to end."""
    found = together_by_label(tmp_path, LABELS, BUDGET_CASES, BUDGET_ALONE, base)
    assert {k: dict(v) for k, v in found.items()} == {k: {} for k in LABELS}
