"""Session 25 held-out batch of 情况说明 wordings (textfix), each right and wrong, in phrasings the older held-out files do
not use (grepped first), as 广东, 浙江, 四川, 河南, 湖南, 北京 区级 and 街道/乡镇 决算 and 预算 说明 of 2020–2025 write
them: 收入总计和支出总计“均增加”, 收支 in 亿元 with the change in 亿元, shares with one decimal and with none, a share
followed by “较上年下降X个百分点”, “增长X倍”, a change split over its parts (“主要是A增加…、B增加…”), a 类's share
written alone in brackets, 项 paragraphs with both 年初 and 调整 budgets, 人员/公用经费 shares said without amounts,
公用经费's items in 元, “三公” 预算/决算/完成 in one sentence and in 元, 公务用车 split into 购置费/运行维护费, 政府采购
by 货物类/工程类/服务类 with shares and in 元, 小微企业 as a share of the whole 采购, 资产 parts, 车辆 by kind, 绩效
自评 coverage, “无…收入，也无…支出”, figures with spaces and in full-width digits; 预算: 收入/支出 “收支平衡”, sources with
one-decimal shares, 经济分类 类 after 基本支出, fund shares, “三公” in 元 with the 用车 split, 上海 1-decimal shares,
人员/公用 shares in 元, 公务接待费 “增长2倍”. Written BEFORE running the checker on them.

决算 (DECISION_PAIRS): the tables of tests/test_narrative_heldout17.py `tables17` printed as 2022 (figures: the docstrings of
tests/test_narrative_heldout22.py and _heldout23.py; last year's figures the invented set of heldout22's docstring:
收支总计 6800.00, 本年收入合计 6100.00 (财政拨款 5800.00, 事业 260.00, 经营 0, 附属单位上缴 25.00, 其他 15.00), 本年支出
合计 6250.00, 财政拨款支出 5900.00 (一般公共预算 2200.00, 政府性基金 3700.00), 财政拨款收支总计 6200.00, 人员经费 720.00,
三公 4.20 (车 2.80, 接待 1.40), 机关运行经费 40.00; new here: 使用非财政拨款结余 5.00). 政府采购 120.50 = 45.30 + 50.00 +
25.20, 中小企业 96.40, 小微 60.25; 资产 1380.00 = 900.00 + 450.00 + 30.00; 车辆 5 = 1 + 3 + 1 (no table prints these).
预算 (BUDGET_CASES): the 财政部式 2025 set of tests/test_narrative_budget_heldout18.py and the 上海 2026 sample (figures: the
docstring of tests/test_narrative_budget_heldout20.py; the 上海 基本支出 by 经济分类: 301 11,258,433, 302 1,589,250, 303
500,000); last year's figures made up, consistent within each sentence.

A right sentence draws nothing (not even a warning); a wrong one the codes named ("A B?": A, and B may come with it,
nothing else). NEVER_JUDGED / BUDGET_ALONE: texts that look like claims but are not judgeable and must draw nothing.
FIRST_RUN records what the checker did on the batch as written.
"""

from __future__ import annotations

from narrative_batch import batch_tests
from test_narrative_budget_heldout11 import _alone, _case
from test_narrative_budget_heldout17 import BASIC as B_BASIC, FISCAL as B_FISCAL, FUND as B_FUND, INCOME as B_INCOME, \
    RUNNING, SANGONG, SPEND as B_SPEND, TARGETS, TOTAL
from test_narrative_budget_heldout18 import GENERAL_ALL, central
from test_narrative_heldout17 import _findings, _pair
from test_narrative_heldout19 import (  # the 决算 说明's headings
    OVERALL, INCOME, SPEND, FISCAL, GPB_TOTAL, GPB_STRUCT, ITEMS, BASIC, SG_TOTAL, SG_DETAIL, FUND, STATE, OPER, PROC,
    ASSET, PERF,
)

FIRST_RUN = """textfix, main 00497e2, the batch as first written (决算 35 pairs + 10 never-judged; 预算 14 pairs + 5 never-judged:
49 pairs): right and never-judged: nothing drew a finding (决算 together in one workbook, 预算 each alone and together).
Wrong: 42 of 49 as written. 4 expectations corrected (my mistakes, the checker was right): “占“三公”经费的65.67%” for
2.42 ÷ 3.68 is inside rounding (2.415 ÷ 3.685 … 2.425 ÷ 3.675 = 65.54 % … 65.99 %: small amounts, wide intervals), now
56.76 %; 公务接待费 1.20 over 0.40 “增长3倍” fits the “grown to 3 times” reading the checker leaves alone by design
(narrative._times_fits), now “增长5倍”; “收入预算2,310.50万元，支出预算2,301.50万元” also drew TXT002 (the two said
totals differ: right, allowed); “主要是财政拨款收入增加263.99万元、事业收入增加60.00万元、…” (causes after 主要是, summed
against the whole change): not provably wrong — a line nil this year (上级补助收入) may have fallen from last year — so
the pair became two never-judged texts (48 pairs). On the corrected batch the old code found 45 of 48.
Not found (3): a 类's share written alone in brackets, “主要用于一般公共服务支出（占61.60%）、科学技术支出（占15.45%）和
社会保障和就业支出（占41.42%）” (nothing: the first share was read as the lead's, the one after 和 as 科学技术支出's, and a
决算 类's share with no amount was never judged); “本单位共有车辆5辆，其中，一般公务用车1辆、执法执勤用车4辆…” (nothing: only
“其中：” opened the list); “涉及一般公共预算财政拨款项目支出1239.54万元，占一般公共预算财政拨款项目支出的100%” (nothing: the
whole named by the part's own words was taken to be the part's amount).
After the fixes (recognize/claims_named.py: a figure in brackets right after a subject's or a 类's name is the name's,
“%和” between two such names joins two clauses, a 类 with its share right after 用于 opens the list; narrative._table_part
and budget_text.budget_table_part: a 类's share with no amount, of the spending leading its list, held against the 类's
figure in that spending's table; narrative_parts.VEHICLES_RE: “其中，”; claims.py: a whole named by the words of the
share's own part is not that part's amount): right and never-judged: nothing; wrong: 48 of 48.
SECOND ROUND (SECOND_*, written after those fixes, before running them: 8 pairs, 5 never-judged + 1 预算 alone): right and
never-judged drew nothing; wrong: 7 of 8 (the 预算's “一般公共预算拨款支出中，…占8.80%” drew nothing: the 预算's share with no
amount took no 类, budget_text.budget_table_part now does as the 决算's): 8 of 8. On the old code the second round's wrong
sentences drew 1 of 8 (its right ones nothing).
All told: old code 46 of 56 pairs, now 56 of 56, no false finding either way."""

DECISION_PAIRS = [_pair(*p) for p in [
    # 收入支出决算总体情况
    ("广东：收入总计和支出总计均增加", OVERALL, "2022年度收入总计7093.33万元，支出总计7093.33万元，与2021年度相比，收入总计"
     "和支出总计均增加293.33万元，增长4.31%。", "增长4.31%", "增长4.41%", "TXT003"),
    ("浙江：收支总计亿元，增加亿元", OVERALL, "2022年度收入、支出总计均为0.71亿元，比上年增加0.03亿元，增长4.3%。",
     "0.71亿元", "0.77亿元", "TXT001 TXT003?"),
    ("使用非财政拨款结余增长X倍", OVERALL, "2022年度使用非财政拨款结余15.00万元，比上年增加10.00万元，增长2倍，主要是动用"
     "事业结余弥补收支差额。", "增长2倍", "增长5倍", "TXT003"),
    # 收入决算情况
    ("四川：收入各项占比一位小数", INCOME, "本年收入合计6463.99万元，其中：财政拨款收入6063.99万元，占93.8%；事业收入"
     "300.00万元，占4.6%；经营收入50.00万元，占0.8%；附属单位上缴收入30.00万元，占0.5%；其他收入20.00万元，占0.3%。",
     "占4.6%", "占4.9%", "TXT011"),
    ("湖南：占比较上年下降个百分点", INCOME, "财政拨款收入6063.99万元，占本年收入合计的93.81%，占比较上年下降1.27个百分点。",
     "93.81%", "93.18%", "TXT011"),
    ("收入合计亿元两位小数", INCOME, "2022年度本年收入合计0.65亿元，其中财政拨款收入0.61亿元。", "0.65亿元", "0.56亿元",
     "TXT001 TXT007?"),
    # 支出决算情况
    ("河南：支出三项占比一位小数", SPEND, "本年支出合计6451.24万元，其中：基本支出976.71万元，占15.1%；项目支出5424.54万元，"
     "占84.1%；经营支出50.00万元，占0.8%。", "经营支出50.00万元，占0.8%", "经营支出50.00万元，占0.9%", "TXT011"),
    ("数字前后有空格", SPEND, "本年支出合计 6451.24 万元，比上年增加 201.24 万元，增长 3.22 %。", "增长 3.22 %",
     "增长 3.12 %", "TXT004"),
    # 财政拨款收入支出决算总体情况
    ("北京区级：收入、支出两个主语同句", FISCAL, "2022年度财政拨款收入6063.99万元，较上年增加263.99万元，增长4.55%；财政拨款"
     "支出6101.24万元，较上年增加201.24万元，增长3.41%。", "增长3.41%", "增长3.14%", "TXT003"),
    ("财政拨款收支总计亿元，增加亿元", FISCAL, "2022年度财政拨款收入支出总计0.66亿元，较2021年度增加0.04亿元，增长6.42%。",
     "0.66亿元", "0.69亿元", "TXT001 TXT003?"),
    ("年初、年末财政拨款结转和结余，比年初减少", FISCAL, "年初财政拨款结转和结余534.34万元，年末财政拨款结转和结余497.09万元，"
     "比年初减少37.25万元。", "减少37.25", "减少37.52", "TXT001"),
    # 一般公共预算财政拨款支出
    ("广东：占财政拨款支出总额", GPB_TOTAL, "一般公共预算财政拨款支出2116.25万元，占财政拨款支出总额的34.69%，比上年减少"
     "83.75万元，下降3.81%。", "34.69%", "34.96%", "TXT011"),
    ("全角数字：一般公共预算财政拨款支出", GPB_TOTAL, "２０２２年度一般公共预算财政拨款支出２１１６．２５万元。",
     "２１１６．２５", "２１６１．２５", "TXT001"),
    ("括号中只写占比的类", GPB_STRUCT, "一般公共预算财政拨款支出主要用于一般公共服务支出（占61.60%）、科学技术支出（占15.45%）"
     "和社会保障和就业支出（占14.42%）。", "（占14.42%）", "（占41.42%）", "TXT011"),
    ("浙江：类占比一位小数，农林水", GPB_STRUCT, "2022年度一般公共预算财政拨款支出2116.25万元，其中：农林水支出41.83万元，"
     "占2.0%；教育支出6.15万元，占0.3%。", "农林水支出41.83", "农林水支出48.13", "TXT001 TXT011?"),
    ("河南：项段落冒号后年初预算、支出决算", ITEMS, "3.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：年初预算为"
     "82.00万元，支出决算为80.19万元，完成年初预算的97.79%，决算数与年初预算数的差异主要是据实结算。", "80.19万元",
     "81.09万元", "TXT001 TXT012?"),
    ("北京：项有年初与调整预算，完成调整预算的", ITEMS, "4.社会保障和就业支出（类）就业补助（款）其他就业补助支出（项）。年初"
     "预算为70.00万元，调整预算为73.50万元，支出决算为73.46万元，完成调整预算的99.95%。", "99.95%", "104.94%",
     "TXT012"),
    # 基本支出
    ("人员经费、公用经费所占比重，无金额", BASIC, "一般公共预算财政拨款基本支出中，人员经费所占比重为95.5%，公用经费所占比重"
     "为4.5%。", "公用经费所占比重为4.5%", "公用经费所占比重为5.4%", "TXT011"),
    ("四川：公用经费各款以元", BASIC, "公用经费348,900.00元，其中：办公费101,200.00元、差旅费45,700.00元、工会经费61,200.00元、"
     "公务接待费12,600.00元。", "差旅费45,700.00", "差旅费47,500.00", "TXT001"),
    ("中央：基本支出其中人员经费主要包括（名称）", BASIC, "2022年度一般公共预算财政拨款基本支出776.71万元，其中：人员经费"
     "741.82万元，主要包括基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、职业年金缴费、住房公积金、奖励金；"
     "公用经费34.89万元，主要包括办公费、差旅费、公务接待费、工会经费、公务用车运行维护费、其他商品和服务支出。", "776.71",
     "767.71", "TXT001 TXT007?"),
    # 三公
    ("广东：三公预算、决算、完成预算同句", SG_TOTAL, "2022年度“三公”经费财政拨款支出预算为7.50万元，支出决算为3.68万元，完成"
     "预算的49.07%，决算数小于预算数的主要原因是厉行节约。", "预算为7.50", "预算为7.05", "TXT001 TXT012?"),
    ("三公以元，比2021年度减少", SG_TOTAL, "2022年度“三公”经费财政拨款支出决算36,800.00元，比2021年度减少5,200.00元，下降"
     "12.38%。", "36,800.00", "38,600.00", "TXT001 TXT003?"),
    ("浙江：三公各项占三公经费的", SG_DETAIL, "公务用车购置及运行维护费2.42万元，占“三公”经费的65.76%；公务接待费1.26万元，"
     "占“三公”经费的34.24%。", "65.76%", "56.76%", "TXT011"),
    ("公务用车购置费与运行维护费", SG_DETAIL, "公务用车购置及运行维护费支出2.42万元，其中：公务用车购置费0万元，本年未购置车辆；"
     "公务用车运行维护费2.42万元，主要用于5辆公务用车的燃料费、维修费、过路过桥费、保险费等。", "公务用车运行维护费2.42",
     "公务用车运行维护费2.24", "TXT007 TXT001?"),
    ("公务接待费下降一位小数，接待批次", SG_DETAIL, "公务接待费1.26万元，比上年减少0.14万元，下降10.0%，共接待12批次、86人次。",
     "下降10.0%", "下降11.1%", "TXT004"),
    # 政府性基金、国有资本经营
    ("政府性基金占财政拨款支出", FUND, "2022年度政府性基金预算财政拨款支出3984.99万元，占财政拨款支出的65.31%，全部为项目"
     "支出。", "65.31%", "63.51%", "TXT011"),
    ("无…收入，也无…支出", STATE, "本部门2022年度无国有资本经营预算财政拨款收入，也无国有资本经营预算财政拨款支出。",
     "国有资本经营预算财政拨款收入，也无国有资本经营", "政府性基金预算财政拨款收入，也无政府性基金", "TXT001"),
    # 机关运行经费
    ("街道：机关运行经费下降一位小数", OPER, "2022年度本街道机关运行经费支出34.89万元，比上年减少5.11万元，下降12.8%，主要原因"
     "是严格控制一般性支出。", "下降12.8%", "下降14.6%", "TXT004"),
    # 政府采购
    ("广东：货物类、工程类、服务类各占", PROC, "2022年度政府采购支出总额120.50万元，其中：货物类45.30万元，占37.59%；工程类"
     "50.00万元，占41.49%；服务类25.20万元，占20.91%。", "占20.91%", "占19.21%", "TXT011"),
    ("小微企业占政府采购支出总额（整数）", PROC, "2022年度本部门政府采购支出总额120.50万元，授予中小企业合同金额96.40万元，占"
     "政府采购支出总额的80%，其中：授予小微企业合同金额60.25万元，占政府采购支出总额的50%。", "的50%", "的55%", "TXT011"),
    ("政府采购以元，三类之和", PROC, "2022年度政府采购支出总额1,205,000.00元，其中：政府采购货物支出453,000.00元、政府采购"
     "工程支出500,000.00元、政府采购服务支出252,000.00元。", "252,000.00", "225,000.00", "TXT007"),
    # 国有资产
    ("资产总额其中三项", ASSET, "截至2022年12月31日，本部门资产总额1380.00万元，其中：流动资产900.00万元，固定资产450.00万元，"
     "无形资产30.00万元。", "固定资产450.00", "固定资产540.00", "TXT007"),
    ("本单位车辆，其中逗号", ASSET, "截至2022年12月31日，本单位共有车辆5辆，其中，一般公务用车1辆、执法执勤用车3辆、特种专业"
     "技术用车1辆；单价50万元以上通用设备0台（套），单价100万元以上专用设备0台（套）。", "执法执勤用车3辆",
     "执法执勤用车4辆", "TXT007"),
    # 绩效
    ("自评覆盖项目支出", PERF, "2022年度本部门对5个项目开展了绩效自评，涉及一般公共预算财政拨款项目支出1339.54万元，占一般公共"
     "预算财政拨款项目支出的100%。", "支出1339.54", "支出1239.54", "TXT011 TXT001?"),
]]

# (a change told by its causes after 主要是: the lines left unsaid, 上级补助收入 nil this year, may have moved the other way:
# the causes' sum need not be the whole change, even naming every line printed this year; first written as a pair)
_CAUSES = ("本年收入合计比上年增加363.99万元，增长5.97%，主要是财政拨款收入增加263.99万元、事业收入增加{}万元、经营收入"
           "增加50.00万元、附属单位上缴收入增加5.00万元、其他收入增加5.00万元。")
NEVER_JUDGED = [
    (INCOME, _CAUSES.format("40.00")),
    (INCOME, _CAUSES.format("60.00")),
    (INCOME, "财政拨款收入占本年收入合计的比重较上年下降1.27个百分点。"),
    (OVERALL, "本部门2022年度收支规模较上年增长约4%，主要是政府性基金项目增加。"),
    (ASSET, "本部门车辆较上年减少1辆，下降16.7%。"),
    (PERF, "2022年度本部门开展部门整体支出绩效评价1个、重点项目绩效评价3个，评价结果均为“优”。"),
    (PROC, "本部门政府采购面向中小企业预留份额不低于45%，其中预留给小微企业的比例不低于70%。"),
    (SG_DETAIL, "因公出国（境）费0万元，与上年持平，本年度未安排出国（境）团组。"),
    (OPER, "机关运行经费主要用于办公费、差旅费、工会经费等日常公用开支，较上年下降约1成。"),
    (GPB_STRUCT, "一般公共服务支出占比最高，其次为科学技术支出，两项合计超过75%。"),
    (PERF, "项目自评得分平均为92.6分，较上年提高2.1分。"),
    (FISCAL, "2021年度财政拨款收入支出总计0.62亿元。"),
]

CENTRAL_SHAPES = [
    ("湖南：收入预算、支出预算，收支平衡", "2025年部门收入预算2,310.50万元，支出预算2,310.50万元，收支平衡。",
     "2025年部门收入预算2,310.50万元，支出预算2,301.50万元，收支平衡。", "TXT001 TXT002?", TOTAL),
    ("广东：收入来源占比一位小数", "本年收入预算2,290.50万元，其中一般公共预算拨款收入2,210.50万元，占96.5%；政府性基金预算拨款"
     "收入40.00万元，占1.7%；事业收入30.00万元，占1.3%；其他收入10.00万元，占0.4%。", "本年收入预算2,290.50万元，其中一般公共"
     "预算拨款收入2,210.50万元，占96.5%；政府性基金预算拨款收入40.00万元，占1.9%；事业收入30.00万元，占1.3%；其他收入10.00万元，"
     "占0.4%。", "TXT011", B_INCOME),
    ("基本支出按经济分类三类", "基本支出1,750.50万元，按经济分类，工资福利支出1,480.30万元，商品和服务支出170.20万元，对个人和"
     "家庭的补助100.00万元。", "基本支出1,750.50万元，按经济分类，工资福利支出1,480.30万元，商品和服务支出107.20万元，对个人和"
     "家庭的补助100.00万元。", "TXT001 TXT007?", B_BASIC),
    ("一般公共预算拨款基本支出占一般公共预算拨款支出", "一般公共预算拨款基本支出1,750.50万元，占一般公共预算拨款支出的78.48%。",
     "一般公共预算拨款基本支出1,750.50万元，占一般公共预算拨款支出的78.84%。", "TXT011", GENERAL_ALL),
    ("一般公共预算拨款项目支出比上年增加（上年为分母）", "一般公共预算拨款项目支出480.00万元，比上年增加30.00万元，增长6.67%。",
     "一般公共预算拨款项目支出480.00万元，比上年增加30.00万元，增长6.25%。", "TXT004", GENERAL_ALL),
    ("政府性基金占财政拨款支出预算", "2025年政府性基金预算拨款支出40.00万元，占财政拨款支出预算的1.76%。", "2025年政府性基金预算"
     "拨款支出40.00万元，占财政拨款支出预算的1.67%。", "TXT011", B_FUND),
    ("三公以元，用车括号中再分", "2025年“三公”经费财政拨款预算202,000元，其中：因公出国（境）费0元，公务用车购置及运行费150,000元"
     "（其中：公务用车购置费0元，公务用车运行费150,000元），公务接待费52,000元。", "2025年“三公”经费财政拨款预算202,000元，其中："
     "因公出国（境）费0元，公务用车购置及运行费150,000元（其中：公务用车购置费0元，公务用车运行费150,000元），公务接待费25,000元。",
     "TXT001 TXT007?", SANGONG),
    ("人员经费占一般公共预算基本支出，公用经费占", "人员经费1,580.30万元，占一般公共预算基本支出的90.28%；公用经费170.20万元，"
     "占9.72%。", "人员经费1,580.30万元，占一般公共预算基本支出的90.28%；公用经费170.20万元，占7.92%。", "TXT011", B_BASIC),
]

SHANGHAI_SHAPES = [
    ("全角数字：收入预算", "本部门２０２６年收入预算２，１２９．９３万元。", "本部门２０２６年收入预算２，１９２．９３万元。", "TXT001",
     TOTAL),
    ("支出预算中，基本、项目金额与一位小数占比", "支出预算中，基本支出1,334.77万元，占62.7%；项目支出795.16万元，占37.3%。",
     "支出预算中，基本支出1,334.77万元，占63.7%；项目支出795.16万元，占37.3%。", "TXT011", B_SPEND),
    ("财政拨款收入比2025年预算增加，增长一位小数", "财政拨款收入2,082.33万元，比2025年预算增加82.33万元，增长4.1%。",
     "财政拨款收入2,082.33万元，比2025年预算增加82.33万元，增长4.0%。", "TXT004", B_FISCAL),
    ("人员经费、公用经费以元，各占基本支出", "人员经费11,758,433元，占基本支出的88.09%；公用经费1,589,250元，占基本支出的11.91%。",
     "人员经费11,758,433元，占基本支出的88.09%；公用经费1,589,250元，占基本支出的11.19%。", "TXT011", B_BASIC),
    ("公务接待费增长2倍", "公务接待费1.20万元，比2025年预算增加0.80万元，增长2倍，主要是承办全市业务交流会议。",
     "公务接待费1.20万元，比2025年预算增加0.80万元，增长5倍，主要是承办全市业务交流会议。", "TXT003", SANGONG),
    ("机关运行经费以元", "2026年机关运行经费预算1,389,500元。", "2026年机关运行经费预算1,398,500元。", "TXT001", RUNNING),
]

CENTRAL_ALONE = [
    ("2025年本部门实行绩效目标管理的项目3个，涉及预算资金480.00万元，绩效目标覆盖率较上年提高10个百分点。", TARGETS),
    ("2025年“三公”经费预算较上年下降约8%，主要是压减公务接待费。", SANGONG),
    ("本部门一般公共预算拨款支出占财政拨款支出的比重较上年提高0.5个百分点。", GENERAL_ALL),
]
SHANGHAI_ALONE = [
    ("2026年本部门政府采购预算中面向中小企业预留的份额不低于40%，其中预留给小微企业的比例不低于70%。", "政府采购预算情况"),
    ("截至2025年8月31日，本部门共有公务用车3辆，2026年拟更新1辆。", "国有资产占用情况"),
]

# SECOND_ROUND: written after the first round's fixes, before running them: the fixed families in other words, and
# right texts near them that must stay unjudged (another year's shares, a share's change in 个百分点)
SECOND_DECISION_PAIRS = [_pair(*p) for p in [
    ("第二轮：从支出结构看，类只写占比", GPB_STRUCT, "从支出结构看，一般公共服务支出占61.6%，科学技术支出占15.4%，社会保障和"
     "就业支出占14.4%。", "科学技术支出占15.4%", "科学技术支出占16.4%", "TXT011"),
    ("第二轮：财政拨款支出中，类只写占比", FISCAL, "财政拨款支出中，城乡社区支出占65.31%，一般公共服务支出占21.37%。",
     "城乡社区支出占65.31%", "城乡社区支出占56.31%", "TXT011"),
    ("第二轮：人员经费、公用经费金额在括号中", BASIC, "一般公共预算财政拨款基本支出776.71万元，包括人员经费（741.82万元）和公用"
     "经费（34.89万元）。", "（34.89万元）", "（43.89万元）", "TXT001 TXT007?"),
    ("第二轮：类金额与占比同在括号中", GPB_STRUCT, "一般公共预算财政拨款支出2116.25万元，主要用于一般公共服务支出（1303.58万元，"
     "占61.60%）和科学技术支出（326.86万元，占15.45%）。", "占15.45%", "占14.55%", "TXT011"),
    ("第二轮：自评涉及资金占项目支出", PERF, "开展绩效自评的项目5个，涉及资金1339.54万元，占一般公共预算财政拨款项目支出的100%。",
     "1339.54", "1393.54", "TXT011"),
    ("第二轮：车辆实有，其中逗号、和", ASSET, "本部门实有车辆5辆，其中，执法执勤用车3辆和特种专业技术用车1辆、一般公务用车1辆。",
     "执法执勤用车3辆", "执法执勤用车5辆", "TXT007"),
]]
SECOND_NEVER_JUDGED = [
    (GPB_STRUCT, "2021年度一般公共预算财政拨款支出主要用于一般公共服务支出（占58.20%）、科学技术支出（占12.10%）。"),
    (GPB_STRUCT, "一般公共服务支出占一般公共预算财政拨款支出的比重比上年提高3.4个百分点。"),
    (GPB_STRUCT, "上年一般公共服务支出占55.00%，科学技术支出占20.00%。"),
    (PERF, "开展绩效自评的项目5个，涉及资金1339.54万元，占项目支出总额的24.69%。"),
    (ITEMS, "一般公共服务支出（含人才发展专项）1303.58万元，主要用于机关运转和人才工作。"),
]
SECOND_CENTRAL_SHAPES = [
    ("第二轮：一般公共预算拨款支出中，类只写占比", "一般公共预算拨款支出中，一般公共服务支出占87.43%，社会保障和就业支出占8.08%，"
     "住房保障支出占4.48%。", "一般公共预算拨款支出中，一般公共服务支出占87.43%，社会保障和就业支出占8.80%，住房保障支出占4.48%。",
     "TXT011", GENERAL_ALL),
    ("第二轮：类金额在括号中，和", "2025年一般公共预算拨款支出2,230.50万元，主要用于一般公共服务支出（1,950.20万元）、社会保障和"
     "就业支出（180.30万元）和住房保障支出（100.00万元）。", "2025年一般公共预算拨款支出2,230.50万元，主要用于一般公共服务支出"
     "（1,950.20万元）、社会保障和就业支出（108.30万元）和住房保障支出（100.00万元）。", "TXT001 TXT007?", GENERAL_ALL),
]
SECOND_CENTRAL_ALONE = [
    ("2024年一般公共预算拨款支出主要用于一般公共服务支出（占86.00%）和住房保障支出（占5.00%）。", GENERAL_ALL),
]
DECISION_PAIRS += SECOND_DECISION_PAIRS
NEVER_JUDGED += SECOND_NEVER_JUDGED
CENTRAL_SHAPES += SECOND_CENTRAL_SHAPES
CENTRAL_ALONE += SECOND_CENTRAL_ALONE

BUDGET_CASES = [_case("财政部式", s) for s in CENTRAL_SHAPES] + [_case("上海", s) for s in SHANGHAI_SHAPES]
BUDGET_ALONE = [("财政部式", s, h) for s, h in CENTRAL_ALONE] + [("上海", s, h) for s, h in SHANGHAI_ALONE]


# wrong sentences not found yet (strict xfail: a fix turns them into failures to be moved out of here)
NOT_YET: dict[str, str] = {
}
BUDGET_NOT_YET: dict[str, str] = {
}
# right or never-judged 预算 texts still drawing a finding (by id; strict xfail)
FALSE_YET: dict[str, str] = {}


globals().update(batch_tests("heldout25", DECISION_PAIRS, NEVER_JUDGED, BUDGET_CASES, BUDGET_ALONE, NOT_YET,
                              BUDGET_NOT_YET, FALSE_YET, never_at_least=15))


def test_a_table_figure_out_of_the_total_column_is_named_with_its_column(tmp_path):
    """TXT001 names the column of a figure that is not in the table's total column (公开08表 prints no total column:
    its 合计 row holds 年初, 收入, 支出 and 年末; 公开07表's 公务接待费 beside its 合计), as TXT011 does since s24; a
    figure of the total column (公开05表's 合计) or of a side's one column (公开01表's 金额) keeps the row alone."""
    texts = [(FUND, "2022年度政府性基金预算财政拨款收入3947.74万元，支出3948.99万元。"),
             (SG_DETAIL, "公务接待费1.62万元，主要用于业务交流。"),
             (GPB_TOTAL, "一般公共预算财政拨款支出2161.25万元。"),
             (OVERALL, "2022年度收入总计7039.33万元。")]
    found = _findings(tmp_path, texts, "columns.xlsx", 2022)
    assert [m for _c, m in found[texts[0][1]]] == [
        "文中“支出3948.99万元”与公开08表「合计」「本年支出合计」列不符：表中为 3984.99（区间 [3984.985, 3984.995]），"
        "文中为 3948.99（区间 [3948.985, 3948.995]），相差 -36.00。"]
    assert found[texts[1][1]][0][1].startswith("文中“公务接待费1.62万元”与公开07表「决算数」「公务接待费」列不符：")
    assert found[texts[2][1]][0][1].startswith("文中“一般公共预算财政拨款支出2161.25万元”与公开05表「合计」不符：")
    assert found[texts[3][1]][0][1].startswith("文中“收入总计7039.33万元”与公开01表「总计」不符：")


def test_a_figure_in_brackets_after_its_name_is_read_as_the_names():
    """recognize/claims_named.named_figures on normalised sentences: a bracket holding only the figure, right after a
    subject's or a 类's name, is read as the name's; anything else is left as written."""
    from govaudit.recognize.claims import lexicon
    from govaudit.recognize.claims_named import named_figures
    lex = lexicon()
    assert named_figures("主要用于一般公共服务支出(占61.60%)、科学技术支出(326.86万元)和社会保障和就业支出(占14.42%)",
                         lex) == "主要用于:一般公共服务支出占61.60%、科学技术支出326.86万元和社会保障和就业支出占14.42%"  # (万元和: claims.py)
    assert named_figures("包括人员经费(741.82万元,占95.51%)和公用经费(34.89万元)", lex) == \
        "包括人员经费741.82万元,占95.51%、公用经费34.89万元"
    for kept in ("主要用于人才引进专项支出(350.00万元)", "一般公共服务支出(含人才发展专项)1303.58万元",
                 "一般公共服务支出(2021年:1200.00万元)", "较上年(4.20万元)减少0.52万元", "占61.60%和科学技术支出"):
        assert named_figures(kept, lex) == kept


def test_a_whole_named_short_is_the_one_amount_of_the_sentence_so_named():
    """s24's strict xfail (test_narrative_heldout24.py, “小微企业占预留金额的”), fixed after this batch: “占预留金额的Z%” is of
    the one amount before it in the sentence whose name holds 预留 and ends in 金额 (claims._whole_named_short); with
    two such amounts the whole is not known and nothing is judged."""
    said = ("2025年本部门面向中小企业预留政府采购项目预算金额240.00万元，其中，预留给小微企业的政府采购项目预算金额为180.00"
            "万元，占预留金额的{}%。")
    assert _alone(central(), said.format("75.00"), "政府采购预算情况") == []
    [(code, message)] = _alone(central(), said.format("57.00"), "政府采购预算情况")
    assert code == "TXT011" and message.endswith("180.00 ÷ 240.00（文中预留金额）= 75.00%。"), message
    two = said.replace("金额240.00万元，", "金额240.00万元、面向监狱企业预留采购金额10.00万元，")
    assert _alone(central(), two.format("57.00"), "政府采购预算情况") == []


# review s25: a 类's share said without its amount after a part of the spending (基本支出, 项目支出, a fund's) is named in
# the sentence may be that part's share (公开05表: 一般公共服务 项目支出 891.23 of 1339.54 = 66.53%, 基本支出 412.35 of
# 776.71 = 53.09%); held against the 类's whole figure ÷ the spending (1303.58 ÷ 2116.25 = 61.60%) they drew a false TXT011
SHARE_OF_A_PART = [
    (GPB_STRUCT, "一般公共预算财政拨款支出中，项目支出1339.54万元，其中一般公共服务支出占66.53%。"),
    (GPB_STRUCT, "一般公共预算财政拨款支出2116.25万元，其中项目支出1339.54万元，主要用于一般公共服务支出（占66.53%）。"),
    (GPB_STRUCT, "一般公共预算财政拨款支出2116.25万元，其中基本支出776.71万元，主要用于一般公共服务支出（占53.09%）。"),
]


def test_a_categorys_share_after_a_part_of_the_spending_is_not_judged_against_the_whole(tmp_path):
    assert dict(_findings(tmp_path, SHARE_OF_A_PART, "part.xlsx", 2022)) == {}
    # (the share of the spending itself, with no part named, is still judged)
    wrong = (GPB_STRUCT, "一般公共预算财政拨款支出中，一般公共服务支出占66.53%。")
    assert [c for c, _m in dict(_findings(tmp_path, [wrong], "whole.xlsx", 2022))[wrong[1]]] == ["TXT011"]
