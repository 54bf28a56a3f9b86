"""Session 26 held-out batch of 情况说明 wordings (textfix), each right and wrong, in phrasings the older held-out files
do not use (grepped first), as 山东, 福建, 安徽, 辽宁, 陕西, 贵州, 新疆生产建设兵团 and 乡镇 决算 说明 and 2024–2026 预算
说明 write them: amounts in 元 with thousands separators, in 亿元 and in 千元; 收入 lines' changes on last year's figure;
非财政拨款收入; several 类 with their amounts and shares in one go (“分别为…，分别占…”, a bare “（61.60%）” after the
amount); a 类's change on a base the sentence states; 项 paragraphs “比年初预算减少X万元，完成年初预算的Y%”, “超出年初
预算”, a 项 with its 年初预算 after its 决算 in 元; a 款 listing its 项; 经济分类 类 of 基本支出; “三公” “比年初预算减少”,
its last year's figure in brackets, 用车 完成预算 with its parts, 接待费 国内/外事; 政府性基金 “支出大于收入”; 中小企业
share with the whole's amount inline; 政府采购 “分别为”; 资产 in 亿元. 预算: 收支预算总计 比上年预算 with 增长, shares of
收入预算总计, 一般公共预算当年拨款基本支出's 人员/公用, “三公” and its parts each with its change, 政府采购预算's 类, 车辆
counts, 绩效目标 money as a share, 亿元, 元 with a change, 类 “分别占”, 经济分类 shares of 基本支出, 上海 财政拨款 by fund in 元.
Written BEFORE running the checker on them.

决算 (DECISION_PAIRS): the tables of tests/test_narrative_heldout17.py `tables17` printed as 2022 (公开01表: 收入 一般公共
预算财政拨款 2116.25, 政府性基金 3947.74, 事业 300.00, 经营 50.00, 附属单位上缴 30.00, 其他 20.00, 本年收入合计 6463.99;
本年支出合计 6451.24 = 基本 976.71 + 项目 5424.54 + 经营 50.00 (公开03表); 总计 7093.33. 公开04表: 收入 6063.99, 支出
6101.24, 年初结转和结余 534.34 = 36.65 + 497.69, 年末 497.09. 公开05表: 2116.25 = 776.71 + 1339.54; 201 1303.58 (412.35 |
891.23), 206 326.86, 208 305.17 (231.71 | 73.46; 款 行政事业单位养老支出 108.26 = 61.83 + 46.42), 210 80.19, 221 52.45
(购房补贴 17.21). 公开06表: 人员经费 741.82 (301 724.61, 303 17.21), 公用经费 34.89. 公开07表: 预算 7.50 (车 4.50, 接待
3.00), 决算 3.68 (车 2.42 = 购置 0 + 运行 2.42, 接待 1.26). 公开08表: 收入 3947.74, 支出 3984.99). Last year's figures: the
invented set of tests/test_narrative_heldout22.py's docstring (收支总计 6800.00, 本年收入合计 6100.00: 事业 260.00,
附属单位上缴 25.00, 其他 15.00; 本年支出合计 6250.00; 一般公共预算财政拨款支出 2200.00; 人员经费 720.00; 三公 4.20;
项 年初预算: 行政单位医疗 82.00, 其他科学技术支出 300.00, 购房补贴 18.00; 一般公共预算 年初预算 2129.28, 调整预算
2150.00). New here: 科学技术支出 last year 300.00; 政府采购 120.50 = 45.30 + 50.00 + 25.20, 中小企业 96.40; 资产 0.14亿元.
预算 (BUDGET_CASES): the 财政部式 2025 set of tests/test_narrative_budget_heldout18.py (figures: the docstring of
tests/test_narrative_budget_heldout20.py) and the 上海 2026 sample; last year's figures made up, consistent within each
sentence (收支预算总计 2024: 2,200.00; 一般公共预算拨款收入 2024: 2,150.00; “三公” 2024: 22.00 = 用车 16.00 + 接待 6.00).

A right sentence draws nothing (not even a warning); a wrong one the codes named ("A B?": A, and B may come with it,
nothing else). NEVER_JUDGED / BUDGET_ALONE: texts that look like claims but are not judgeable and must draw nothing.
FIRST_RUN records what the checker did on the batch as written.
"""

from __future__ import annotations

from narrative_batch import batch_tests
from test_narrative_budget_heldout11 import _case
from test_narrative_budget_heldout17 import ASSETS, BASIC as B_BASIC, FISCAL as B_FISCAL, INCOME as B_INCOME, \
    PURCHASE, SANGONG, TARGETS, TOTAL
from test_narrative_budget_heldout18 import GENERAL_ALL
from test_narrative_heldout17 import _pair
from test_narrative_heldout19 import (  # the 决算 说明's headings
    OVERALL, INCOME, SPEND, FISCAL, GPB_TOTAL, GPB_STRUCT, ITEMS, BASIC, SG_TOTAL, SG_DETAIL, FUND, PROC, ASSET, PERF,
)

FIRST_RUN = """textfix s26, the batch as first written (决算 33 pairs + 11 never-judged; 预算 12 pairs + 4 never-judged: 45 pairs),
run on main bd7dddb and on main with the s26 fix of a 类's bracketed parts (tests/test_parts_of_a_category26.py): the same
on both. Right and never-judged: nothing drew a finding (决算 together in one workbook, 预算 each alone and together).
Wrong: 36 of 45 as written. 3 expectations corrected (my mistakes, the checker was right): “增幅4.13%” for 293.33 over
7093.33 − 293.33 is 293.33 ÷ 7093.33 = 4.14% (TXT004, by design: the rate over this year's figure), now 3.41% (TXT003);
“增长3.12%” likewise 201.24 ÷ 6451.24 = 3.12% (TXT004), now 3.32%; “公务用车购置及运行维护费2.42万元，完成预算的53.87%”
is inside rounding of 2.42 ÷ 4.50 (2.415 ÷ 4.505 … 2.425 ÷ 4.495 = 53.61% … 53.95%), now 58.37%. On the corrected batch
the old code found 39 of 45.
Not found (6): “A、B、C分别为X、Y、Z，分别占Z1、Z2、Z3” after “一般公共预算财政拨款支出中，” (the shares were paired only when
the whole was named in them or an amount stood before the list); “其中：A X万元、B Y万元、C Z万元，分别占…” of 类 in a 预算
(a 类's name was no item of such a list, and only a whole named in the shares was taken); a bare “（3.79%）” right after a
类's amount (not read); a 项's “比年初预算减少1.81万元，完成年初预算的97.79%” (the 科目 paragraph's completion had no subject
read: the budget the change is from was not used); 千元 (no unit); “货物、工程、服务类采购分别为…” (names not read).
After the fixes (claims.respectively: shares paired after “…中，” and after “其中：” following an amount; _amount_items takes
a 类's name; claims_named: “A X万元（Z%）” read as “A X万元，占Z%”; checks/narrative.completion_matches: in a 科目 paragraph
the budget a change of the same budget and amount is from): right and never-judged: nothing; wrong: 43 of 45 (千元 and
货物、工程、服务类 strict xfail).
SECOND ROUND (SECOND_*, written after those fixes, before running them: 8 pairs, 4 never-judged): right and never-judged
drew nothing; wrong: 8 of 8. On the old code (main bd7dddb) the second round's wrong sentences drew 1 of 8, and 3 of its
never-judged texts drew false findings (a bracketed or listed part's share of its 类 held against the whole: TXT011, and
the part's amount against the fund's 项目支出: TXT001).
All told: old code 40 of 53 pairs and 3 false findings; now 51 of 53, none false."""

DECISION_PAIRS = [_pair(*p) for p in [
    # 收入支出决算总体情况
    ("山东：收、支总计均为，增幅", OVERALL, "2022年度收、支总计均为7093.33万元，比上年增加293.33万元，增幅4.31%。", "增幅4.31%",
     "增幅3.41%", "TXT003"),
    ("千元：收入总计、支出总计", OVERALL, "2022年度本部门收入总计70,933.30千元，支出总计70,933.30千元。",
     "收入总计70,933.30", "收入总计70,393.30", "TXT001 TXT002?"),
    # 收入决算情况
    ("福建：本年收入合计以元，其中五项", INCOME, "本年收入合计64,639,900.00元，其中：财政拨款收入60,639,900.00元，事业收入"
     "3,000,000.00元，经营收入500,000.00元，附属单位上缴收入300,000.00元，其他收入200,000.00元。", "事业收入3,000,000.00",
     "事业收入3,600,000.00", "TXT001 TXT007?"),
    ("陕西：事业收入比上年增加，增长", INCOME, "事业收入300.00万元，比上年增加40.00万元，增长15.38%，主要是培训服务收入增加。",
     "增长15.38%", "增长13.33%", "TXT004"),
    ("贵州：附属单位上缴收入与其他收入各比上年", INCOME, "附属单位上缴收入30.00万元，比上年增加5.00万元，增长20.00%；其他收入"
     "20.00万元，比上年增加5.00万元，增长33.33%。", "增长33.33%", "增长25.00%", "TXT004"),
    ("辽宁：非财政拨款收入占本年收入合计", INCOME, "非财政拨款收入400.00万元，占本年收入合计的6.19%。", "6.19%", "6.91%",
     "TXT011"),
    # 支出决算情况
    ("新疆兵团：本年支出合计以元，较上年增加以元", SPEND, "本年支出合计64,512,400.00元，较上年增加2,012,400.00元，增长3.22%。",
     "增长3.22%", "增长3.32%", "TXT003"),
    ("安徽：三项支出，三项合计", SPEND, "基本支出976.71万元，项目支出5424.54万元，经营支出50.00万元，三项合计6451.24万元。",
     "项目支出5424.54", "项目支出5242.54", "TXT001 TXT007?"),
    ("贵州：项目支出占本年支出合计", SPEND, "项目支出5424.54万元，占本年支出合计的84.09%，主要用于人才引进和就业创业补贴。",
     "84.09%", "84.90%", "TXT011"),
    # 财政拨款收入支出决算总体情况
    ("福建：财政拨款收入、支出亿元", FISCAL, "2022年度财政拨款收入0.61亿元，财政拨款支出0.61亿元。", "财政拨款支出0.61",
     "财政拨款支出0.66", "TXT001"),
    ("辽宁：年初财政拨款结转和结余按资金", FISCAL, "年初财政拨款结转和结余534.34万元，其中：一般公共预算财政拨款36.65万元，"
     "政府性基金预算财政拨款497.69万元。", "497.69", "479.69", "TXT001 TXT007?"),
    # 一般公共预算财政拨款支出决算总体情况
    ("山东：占本年支出合计，与上年相比减少", GPB_TOTAL, "一般公共预算财政拨款支出2116.25万元，占本年支出合计的32.80%，与上年"
     "相比减少83.75万元，下降3.81%。", "下降3.81%", "下降3.96%", "TXT004"),
    ("年初预算、支出决算，完成年初预算", GPB_TOTAL, "一般公共预算财政拨款支出年初预算为2129.28万元，支出决算为2116.25万元，"
     "完成年初预算的99.39%。", "99.39%", "99.93%", "TXT012"),
    ("调整预算数、决算数，决算数比调整预算数减少", GPB_TOTAL, "一般公共预算财政拨款支出调整预算数为2150.00万元，决算数为2116.25"
     "万元，决算数比调整预算数减少33.75万元。", "减少33.75", "增加33.75", "TXT006"),
    # 一般公共预算财政拨款支出决算结构情况
    ("安徽：三类分别为，分别占", GPB_STRUCT, "一般公共预算财政拨款支出中，一般公共服务支出、科学技术支出、社会保障和就业支出"
     "分别为1303.58万元、326.86万元、305.17万元，分别占61.60%、15.45%、14.42%。", "15.45%", "15.54%", "TXT011"),
    ("陕西：类金额后括号中只写百分数", GPB_STRUCT, "一般公共预算财政拨款支出2116.25万元，其中：一般公共服务支出1303.58万元"
     "（61.60%），科学技术支出326.86万元（15.45%），社会保障和就业支出305.17万元（14.42%），卫生健康支出80.19万元（3.79%）。",
     "（3.79%）", "（3.97%）", "TXT011"),
    ("贵州：类较上年的上年数增加，增长", GPB_STRUCT, "科学技术支出326.86万元，较上年的300.00万元增加26.86万元，增长8.95%，"
     "主要是人才科研项目增加。", "增长8.95%", "增长8.22%", "TXT004"),
    ("类以元，占一般公共预算财政拨款支出", GPB_STRUCT, "住房保障支出524,500.00元，占一般公共预算财政拨款支出的2.48%。",
     "2.48%", "2.84%", "TXT011"),
    # 一般公共预算财政拨款支出决算具体情况
    ("辽宁：项比年初预算减少，完成年初预算", ITEMS, "卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）支出80.19万元，"
     "比年初预算减少1.81万元，完成年初预算的97.79%，主要是据实结算。", "97.79%", "98.79%", "TXT012"),
    ("福建：项年初预算、支出决算，超出年初预算", ITEMS, "科学技术支出（类）其他科学技术支出（款）其他科学技术支出（项）年初预算"
     "300.00万元，支出决算326.86万元，超出年初预算26.86万元，完成年初预算的108.95%。", "超出年初预算26.86",
     "超出年初预算28.66", "TXT001"),
    ("新疆兵团：项冒号后决算数以元，年初预算在后", ITEMS, "住房保障支出（类）住房改革支出（款）购房补贴（项）：决算数"
     "172,100.00元，年初预算180,000.00元，完成年初预算的95.61%。", "决算数172,100.00", "决算数171,200.00", "TXT001 TXT012?"),
    ("乡镇：款其中所列的项", ITEMS, "社会保障和就业支出（类）行政事业单位养老支出（款）108.26万元，其中：机关事业单位基本养老"
     "保险缴费支出（项）61.83万元，机关事业单位职业年金缴费支出（项）46.42万元。", "46.42", "64.42", "TXT001 TXT007?"),
    # 一般公共预算财政拨款基本支出决算情况
    ("山东：人员经费、公用经费各比上年", BASIC, "人员经费741.82万元，比上年增加21.82万元，增长3.03%；公用经费34.89万元，比上年"
     "减少5.11万元。", "增长3.03%", "增长2.94%", "TXT004"),
    ("陕西：基本支出按经济分类三类", BASIC, "一般公共预算财政拨款基本支出776.71万元，按经济分类，工资福利支出724.61万元，商品和"
     "服务支出34.89万元，对个人和家庭的补助17.21万元。", "商品和服务支出34.89", "商品和服务支出43.89",
     "TXT001 TXT007?"),
    ("贵州：人员经费占基本支出", BASIC, "人员经费741.82万元，占基本支出的95.51%，主要包括基本工资、津贴补贴等。", "95.51%",
     "95.15%", "TXT011"),
    # “三公”经费
    ("安徽：三公决算比年初预算减少，完成年初预算", SG_TOTAL, "2022年度“三公”经费财政拨款支出决算3.68万元，比年初预算减少"
     "3.82万元，完成年初预算的49.07%。", "完成年初预算的49.07%", "完成年初预算的47.09%", "TXT012"),
    ("三公以元，上年数在括号中", SG_TOTAL, "“三公”经费支出36,800.00元，较上年下降12.38%（上年42,000.00元）。", "12.38%",
     "12.83%", "TXT003"),
    ("辽宁：用车完成预算，其中购置费、运行维护费", SG_DETAIL, "公务用车购置及运行维护费2.42万元，完成预算的53.78%，其中：公务用车"
     "购置费0万元；公务用车运行维护费2.42万元。", "53.78%", "58.37%", "TXT012"),
    ("公务接待费其中国内、外事", SG_DETAIL, "公务接待费1.26万元，其中：国内公务接待费1.26万元，外事接待费0万元。",
     "国内公务接待费1.26", "国内公务接待费1.62", "TXT007"),
    # 政府性基金
    ("贵州：政府性基金支出大于收入", FUND, "政府性基金预算财政拨款本年收入3947.74万元，本年支出3984.99万元，支出大于收入37.25万元，"
     "系使用以前年度结转资金。", "本年支出3984.99", "本年支出3948.99", "TXT001"),
    # 政府采购
    ("中小企业占政府采购支出总额（总额在句中）", PROC, "授予中小企业合同金额96.40万元，占政府采购支出总额120.50万元的80.00%。",
     "80.00%", "82.00%", "TXT011"),
    ("福建：货物、工程、服务类分别为", PROC, "政府采购支出总额120.50万元，其中：货物、工程、服务类采购分别为45.30万元、50.00万元、"
     "25.20万元。", "25.20万元", "52.20万元", "TXT007"),
    # 国有资产
    ("资产总额亿元，其中两项", ASSET, "截至2022年12月31日，本部门资产总额0.14亿元，其中：流动资产0.09亿元，固定资产0.05亿元。",
     "固定资产0.05", "固定资产0.15", "TXT007"),
]]

NEVER_JUDGED = [
    (OVERALL, "本部门2022年度收支总计较上年增长约4.3%。"),
    (GPB_STRUCT, "一般公共服务支出占比较上年提高2.3个百分点。"),
    (INCOME, "2021年度本年收入合计6100.00万元，其中财政拨款收入5800.00万元。"),
    (PERF, "对2022年度一般公共预算项目支出开展绩效自评，自评覆盖率100%，涉及资金1339.54万元。"),
    (PROC, "政府采购中，授予小微企业合同金额占比较上年提高5个百分点。"),
    (ASSET, "本部门共有车辆5辆，比上年减少1辆。"),
    # (parts of a part in a bracket, and a 类's own parts with shares of the 类: siblings of s25's open item)
    (GPB_STRUCT, "一般公共预算财政拨款支出中，基本支出占36.70%（其中人员经费占35.05%）。"),
    (GPB_STRUCT, "一般公共服务支出1303.58万元（其中基本支出412.35万元、项目支出891.23万元）。"),
    (GPB_STRUCT, "社会保障和就业支出305.17万元，其中：基本支出231.71万元，项目支出73.46万元，分别占75.93%和24.07%。"),
    (SPEND, "本年支出合计6451.24万元，比本年收入合计少12.75万元，主要是使用了非财政拨款结余。"),
    (SG_TOTAL, "“三公”经费支出较上年有所下降，主要是严格执行公务接待标准。"),
]

CENTRAL_SHAPES = [
    ("中央：收支预算总计与2024年预算相比", "2025年收支预算总计2,310.50万元，与2024年预算相比增加110.50万元，增长5.02%。",
     "2025年收支预算总计2,310.50万元，与2024年预算相比增加110.50万元，增长4.78%。", "TXT004", TOTAL),
    ("山东：财政拨款收入预算占收入预算总计", "财政拨款收入预算2,270.50万元，占收入预算总计的98.27%。",
     "财政拨款收入预算2,270.50万元，占收入预算总计的98.72%。", "TXT011", B_FISCAL),
    ("一般公共预算当年拨款基本支出其中人员、公用", "一般公共预算当年拨款基本支出1,750.50万元，其中：人员经费1,580.30万元，"
     "公用经费170.20万元。", "一般公共预算当年拨款基本支出1,750.50万元，其中：人员经费1,580.30万元，公用经费107.20万元。",
     "TXT001 TXT007?", B_BASIC),
    ("福建：三公及各项比2024年预算减少", "2025年“三公”经费财政拨款预算20.20万元，比2024年预算减少1.80万元，下降8.18%，其中："
     "公务用车购置及运行费15.00万元，减少1.00万元；公务接待费5.20万元，减少0.80万元。", "2025年“三公”经费财政拨款预算20.20万元，"
     "比2024年预算减少1.80万元，下降8.91%，其中：公务用车购置及运行费15.00万元，减少1.00万元；公务接待费5.20万元，减少0.80万元。",
     "TXT004", SANGONG),
    ("政府采购预算总额其中三类", "2025年政府采购预算总额300.00万元，其中：货物类100.00万元、工程类0万元、服务类200.00万元。",
     "2025年政府采购预算总额300.00万元，其中：货物类100.00万元、工程类0万元、服务类220.00万元。", "TXT007", PURCHASE),
    ("陕西：车辆其中两类", "截至2024年12月31日，本部门共有车辆3辆，其中：一般公务用车1辆，执法执勤用车2辆。",
     "截至2024年12月31日，本部门共有车辆3辆，其中：一般公务用车1辆，执法执勤用车3辆。", "TXT007", ASSETS),
    ("绩效目标涉及当年拨款占项目支出", "2025年本部门实行绩效目标管理的项目5个，涉及一般公共预算当年拨款480.00万元，占一般公共"
     "预算项目支出的100%。", "2025年本部门实行绩效目标管理的项目5个，涉及一般公共预算当年拨款408.00万元，占一般公共预算项目支出"
     "的100%。", "TXT011", TARGETS),
    ("收入预算、支出预算亿元", "2025年本部门收入预算0.23亿元，支出预算0.23亿元。", "2025年本部门收入预算0.23亿元，支出预算"
     "0.32亿元。", "TXT001 TXT002?", TOTAL),
    ("一般公共预算拨款收入以元，比2024年预算增加", "一般公共预算拨款收入22,105,000.00元，比2024年预算增加605,000.00元，增长"
     "2.81%。", "一般公共预算拨款收入22,105,000.00元，比2024年预算增加605,000.00元，增长2.74%。", "TXT004", B_INCOME),
    ("类分别占", "一般公共预算支出2,230.50万元，其中：一般公共服务支出1,950.20万元、社会保障和就业支出180.30万元、住房保障支出"
     "100.00万元，分别占87.43%、8.08%、4.48%。", "一般公共预算支出2,230.50万元，其中：一般公共服务支出1,950.20万元、社会保障和"
     "就业支出180.30万元、住房保障支出100.00万元，分别占87.43%、8.80%、4.48%。", "TXT011", GENERAL_ALL),
    ("基本支出中经济分类各占", "基本支出中，工资福利支出1,480.30万元，占84.56%；商品和服务支出170.20万元，占9.72%；对个人和"
     "家庭的补助100.00万元，占5.71%。", "基本支出中，工资福利支出1,480.30万元，占84.56%；商品和服务支出170.20万元，占9.72%；对个人和"
     "家庭的补助100.00万元，占7.51%。", "TXT011", B_BASIC),
]

SHANGHAI_SHAPES = [
    ("财政拨款收入预算以元，其中两项资金", "2026年财政拨款收入预算20,823,283元，其中：一般公共预算拨款18,173,283元，政府性基金"
     "拨款2,650,000元。", "2026年财政拨款收入预算20,823,283元，其中：一般公共预算拨款18,173,283元，政府性基金拨款2,560,000元。",
     "TXT001 TXT007?", B_FISCAL),
]

CENTRAL_ALONE = [
    ("2025年本部门“三公”经费预算较2024年压减约8%。", SANGONG),
    ("2025年政府采购预算中，面向中小企业预留份额不低于40%。", PURCHASE),
    ("2025年一般公共预算当年拨款中，基本支出占比较上年提高1.2个百分点。", GENERAL_ALL),
]
SHANGHAI_ALONE = [
    ("2026年本部门共设置绩效目标项目12个，涉及金额4,825,600元。", "预算绩效目标设置情况"),
]

# SECOND ROUND: written after the first round's fixes, before running them: the fixed families in other words, and right
# texts near them that must stay unjudged (a bracketed part's share of its 类, a percentage after a change, two budgets)
SECOND_DECISION_PAIRS = [_pair(*p) for p in [
    ("第二轮：基本支出中，人员、公用分别为，分别占", BASIC, "基本支出中，人员经费、公用经费分别为741.82万元、34.89万元，分别占"
     "95.51%、4.49%。", "4.49%", "4.94%", "TXT011"),
    ("第二轮：本年支出合计其中三项，括号中只写百分数", SPEND, "本年支出合计6451.24万元，其中：基本支出976.71万元（15.14%），项目"
     "支出5424.54万元（84.09%），经营支出50.00万元（0.78%）。", "（15.14%）", "（15.41%）", "TXT011"),
    ("第二轮：项比年初预算增加，完成年初预算", ITEMS, "科学技术支出（类）其他科学技术支出（款）其他科学技术支出（项）支出326.86"
     "万元，比年初预算增加26.86万元，完成年初预算的108.95%。", "108.95%", "109.85%", "TXT012"),
    ("第二轮：类含项目支出在括号中，类的占比", GPB_STRUCT, "一般公共预算财政拨款支出2116.25万元，其中：社会保障和就业支出305.17"
     "万元（含项目支出73.46万元），占14.42%。", "占14.42%", "占14.24%", "TXT011"),
    ("第二轮：类其中基本支出占（类的金额错）", GPB_STRUCT, "一般公共预算财政拨款支出2116.25万元，其中：社会保障和就业支出305.17"
     "万元，占14.42%，其中：基本支出231.71万元，占75.93%。", "305.17", "350.17", "TXT001 TXT011"),
    ("第二轮：本年收入合计中，两项分别为，分别占", INCOME, "本年收入合计中，事业收入、经营收入分别为300.00万元、50.00万元，分别占"
     "4.64%、0.77%。", "0.77%", "0.71%", "TXT011"),
]]
SECOND_NEVER_JUDGED = [
    (GPB_STRUCT, "一般公共预算财政拨款支出2116.25万元，其中：一般公共服务支出1303.58万元（其中项目支出891.23万元，占68.37%）。"),
    (GPB_STRUCT, "一般公共服务支出（类）1303.58万元，占61.60%，其中：项目支出891.23万元，占68.37%。"),
    (SPEND, "本年支出合计6451.24万元，比上年增加201.24万元（3.22%）。"),
    (ITEMS, "科学技术支出（类）其他科学技术支出（款）其他科学技术支出（项）支出326.86万元，比调整预算增加6.86万元，完成年初预算的"
     "108.95%。"),
]
SECOND_CENTRAL_SHAPES = [
    ("第二轮：财政拨款支出预算其中两项，分别占", "财政拨款支出预算2,270.50万元，其中：一般公共预算拨款支出2,230.50万元、政府性"
     "基金预算拨款支出40.00万元，分别占98.24%、1.76%。", "财政拨款支出预算2,270.50万元，其中：一般公共预算拨款支出2,230.50万元、"
     "政府性基金预算拨款支出40.00万元，分别占98.24%、1.67%。", "TXT011", B_FISCAL),
    ("第二轮：一般公共预算拨款支出其中三项，括号中只写百分数", "一般公共预算拨款支出2,230.50万元，其中：人员经费1,580.30万元"
     "（70.85%），公用经费170.20万元（7.63%），项目支出480.00万元（21.52%）。", "一般公共预算拨款支出2,230.50万元，其中：人员经费"
     "1,580.30万元（70.85%），公用经费170.20万元（7.36%），项目支出480.00万元（21.52%）。", "TXT011", GENERAL_ALL),
]
DECISION_PAIRS += SECOND_DECISION_PAIRS
NEVER_JUDGED += SECOND_NEVER_JUDGED
CENTRAL_SHAPES += SECOND_CENTRAL_SHAPES

BUDGET_CASES = [_case("财政部式", s) for s in CENTRAL_SHAPES] + [_case("上海", s) for s in SHANGHAI_SHAPES]
BUDGET_ALONE = [("财政部式", s, h) for s, h in CENTRAL_ALONE] + [("上海", s, h) for s, h in SHANGHAI_ALONE]


# wrong sentences not found yet (strict xfail: a fix turns them into failures to be moved out of here)
NOT_YET: dict[str, str] = {}
BUDGET_NOT_YET: dict[str, str] = {
}
# right or never-judged 预算 texts still drawing a finding (by id; strict xfail)
FALSE_YET: dict[str, str] = {}


globals().update(batch_tests("heldout26", DECISION_PAIRS, NEVER_JUDGED, BUDGET_CASES, BUDGET_ALONE, NOT_YET,
                              BUDGET_NOT_YET, FALSE_YET, never_at_least=15))
