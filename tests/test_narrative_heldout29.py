"""Session 29 held-out batch of 情况说明 wordings (textfix), each right and wrong, in phrasings the older held-out files
do not use (grepped first: “上年度”, “较去年”, “无增减变化”, “增加额为”, “减少了…下降了”, a share's change “较上年提高/下降X个
百分点” beside a right share, “由上年的A%下降至B%”, 款/项 shares of the 一般公共预算财政拨款支出, amounts in 元 and 亿元 beside
万元 tables, a change in 元 beside an amount in 万元, parts in brackets without 其中, “因公出国（境）费用支出决算为0万元，与上年
持平”, 县/镇 说明 (镇本级, 财政所), “收入总计与支出总计相等，均为”), and 2025–2026 预算 说明 (“其中：基本支出…，占X%；项目
支出…，占Y%”, shares in 元, 亿元, “增长1倍”, “上年度为”, “2024年预算数为A万元，无增减变化”, a change in 元 beside an amount in
万元, “占…比上年提高X个百分点”, the parts of 三公 in brackets). Written BEFORE running the checker on them.

决算 (DECISION_PAIRS): the tables of tests/test_narrative_heldout17.py `tables17` printed as 2022 (figures: the docstring
of tests/test_narrative_heldout27.py). Last year's figures, made up and consistent within this file: 收支总计 6800.00,
本年收入合计 6100.00, 事业收入 260.00, 附属单位上缴收入 30.00, 本年支出合计 6250.00 (基本 1000.00, 项目 5205.01), 一般公共
预算财政拨款支出 2200.00, 人员经费 720.00, 公用经费 40.00, 三公 4.20 (用车 2.60, 接待 1.60, 出国 0), 政府性基金 支出
3700.00, 机关运行经费 40.00.
预算 (BUDGET_CASES): the 财政部式 2025 set (figures: the docstring of tests/test_narrative_budget_heldout20.py) and the
上海 2026 sample; last year's figures made up, consistent within this file (一般公共预算当年拨款 2024 2,150.00; 政府性基金
2024 20.00 (支出) / 40.00 (收入); 上海 三公 2025 10.00; 基本支出 2024 share 74.56%).

A right sentence draws nothing (not even a warning); a wrong one the codes named ("A B?": A, and B may come with it,
nothing else). NEVER_JUDGED / BUDGET_ALONE: texts that look like claims but are not judgeable and must draw nothing.
FIRST_RUN records what the checker did on the batch as written.
"""

from __future__ import annotations

from narrative_batch import batch_tests
from test_narrative_budget_heldout11 import _case
from test_narrative_budget_heldout17 import BASIC as B_BASIC, FISCAL as B_FISCAL, FUND as B_FUND, GENERAL, \
    INCOME as B_INCOME, SANGONG, SPEND as B_SPEND, TOTAL
from test_narrative_budget_heldout18 import GENERAL_ALL
from test_narrative_heldout17 import _pair
from test_narrative_heldout19 import (  # the 决算 说明's headings
    OVERALL, INCOME, SPEND, FISCAL, GPB_TOTAL, GPB_STRUCT, ITEMS, BASIC, SG_TOTAL, SG_DETAIL, FUND, PROC, ASSET, OPER,
    PERF,
)

FIRST_RUN = """textfix s29, the batch as first written (决算 28 pairs + 11 never-judged; 预算 14 pairs + 3 never-judged:
42 pairs, 14 never-judged), run on main 9b85d13 (no change of this session's in claims or checks). Right and never-judged:
nothing drew a finding (决算 together in one workbook, 预算 each alone and together). Wrong: 35 of 42 as first written;
2 expectations corrected (my mistakes, the checker was right): 镇 “较2021年度减少0.25万元” also draws TXT007 (the 三公
parts' changes another sentence states add up to −0.52); 机关运行经费 “下降12.87%” made the very error (5.11 ÷ 40.00)
the 公用经费 pair's wrong sentence makes, and one judgment is reported once (at its first place): now “下降12.68%”. On the
corrected batch: 37 of 42 (rerun on main's files). Not found (5): “增加额为44.00万元” (额 between the word and the
figure), “2116.25万元，上年度为2200.00万元，减少83.75万元，下降3.18%” (the change said with no 比上年 was of no year, so
its rate was never judged), 预算 “2024年预算数为45.00万元，无增减变化” (a bare 持平 word, no 比上年 before it), 上海
“项目支出7,951,600元，占37.53%” (a bare share judged in a 决算 only), and a 类's bracket of 项 without 其中 (below).
After the fixes (claims: CHANGE_RE “增加额为”; a change whose sentence states one last year's amount with no subject
right after the subject's is compared with it, that amount its base (TXT001 when the change is not their difference);
a bare 持平/无增减 with one last year's amount in the sentence compares the two; checks/narrative_parts: a 预算's 基本支出/
项目支出 “占Z%” is of the 本年支出): right and never-judged: nothing; wrong 41 of 42, 1 strict xfail (NOT_YET)."""

DECISION_PAIRS = [_pair(*p) for p in [
    # 收入支出决算总体情况
    ("县级：收入总计与支出总计相等，均为", OVERALL, "2022年度县财政局收入总计与支出总计相等，均为7093.33万元。", "7093.33",
     "7039.33", "TXT001"),
    ("镇：收支总计以亿元", OVERALL, "2022年度本镇收入总计0.71亿元，比上年度增加0.03亿元。", "0.71亿元", "0.17亿元", "TXT001"),
    # 收入决算情况
    ("比上年度增加，增长", INCOME, "2022年度本年收入合计6463.99万元，比上年度增加363.99万元，增长5.97%。", "增长5.97%",
     "增长5.79%", "TXT003"),
    ("较上年增长在前，增加额为", INCOME, "事业收入300.00万元，较上年增长15.38%，增加额为40.00万元。", "增加额为40.00",
     "增加额为44.00", "TXT003"),
    ("与上年A万元相比无增减变化", INCOME, "附属单位上缴收入30.00万元，与上年30.00万元相比无增减变化。", "与上年30.00",
     "与上年35.00", "TXT006"),
    ("事业收入占比，较上年提高X个百分点", INCOME, "事业收入300.00万元，占本年收入合计的4.64%，较上年提高0.38个百分点。",
     "4.64%", "4.46%", "TXT011"),
    # 支出决算情况
    ("较去年增加，增幅", SPEND, "本年支出合计6451.24万元，较去年增加201.24万元，增幅3.22%。", "增加201.24", "增加210.24",
     "TXT003"),
    ("基本支出占比，比上年下降X个百分点", SPEND, "基本支出976.71万元，占本年支出合计的15.14%，比上年下降0.86个百分点。",
     "15.14%", "15.41%", "TXT011"),
    ("项目支出占比，较上年提高X个百分点", SPEND, "项目支出5424.54万元，占本年支出合计的84.09%，较上年提高0.81个百分点。",
     "84.09%", "84.90%", "TXT011"),
    ("基本支出比重由上年的A%下降至B%", SPEND, "基本支出976.71万元，占本年支出合计的比重由上年的16.00%下降至15.14%。",
     "976.71", "967.71", "TXT001 TXT011?"),
    ("本年支出合计以亿元", SPEND, "2022年度本年支出合计0.65亿元，其中项目支出0.54亿元。", "项目支出0.54", "项目支出0.45",
     "TXT001"),
    # 财政拨款收入支出决算总体情况
    ("按资金来源，两项资金各占财政拨款支出", FISCAL, "财政拨款支出6101.24万元，按资金来源划分：一般公共预算财政拨款支出"
     "2116.25万元，占34.69%；政府性基金预算财政拨款支出3984.99万元，占65.31%。", "65.31%", "65.13%", "TXT011"),
    # 一般公共预算财政拨款支出决算总体情况
    ("上年度为A万元，减少，下降", GPB_TOTAL, "2022年度一般公共预算财政拨款支出2116.25万元，上年度为2200.00万元，减少83.75万元，"
     "下降3.81%。", "下降3.81%", "下降3.18%", "TXT003"),
    # 一般公共预算财政拨款支出决算结构情况
    ("类占一般公共预算财政拨款支出的", GPB_STRUCT, "社会保障和就业支出305.17万元，占一般公共预算财政拨款支出的14.42%。",
     "14.42%", "14.24%", "TXT011"),
    ("款占一般公共预算财政拨款支出的", GPB_STRUCT, "住房改革支出（款）52.45万元，占一般公共预算财政拨款支出的2.48%。",
     "2.48%", "2.84%", "TXT011"),
    ("类之后括号中两项，不写其中", GPB_STRUCT, "住房保障支出52.45万元（住房公积金35.24万元、购房补贴17.21万元），比上年增加"
     "2.45万元，增长4.90%。", "购房补贴17.21", "购房补贴12.71", "TXT001 TXT007?"),
    ("类比上年增加了，增长了", GPB_STRUCT, "住房保障支出52.45万元，比上年增加了2.45万元，增长了4.90%。", "增长了4.90%",
     "增长了4.09%", "TXT003"),
    # 一般公共预算财政拨款基本支出决算情况
    ("基本支出括号中两项，其中", BASIC, "一般公共预算财政拨款基本支出776.71万元（其中：人员经费741.82万元，公用经费34.89"
     "万元）。", "公用经费34.89", "公用经费43.89", "TXT001 TXT007?"),
    ("人员经费以万元，增加额以元", BASIC, "人员经费741.82万元，比上年增加218,200元，增长3.03%。", "增长3.03%", "增长3.30%",
     "TXT003"),
    ("公用经费比上年减少了，下降了", BASIC, "公用经费34.89万元，比上年减少了5.11万元，下降了12.78%。", "下降了12.78%",
     "下降了12.87%", "TXT003"),
    # “三公”经费
    ("三公以元，较上年减少，下降", SG_TOTAL, "2022年度“三公”经费财政拨款支出36,800元，较上年减少5,200元，下降12.38%。",
     "下降12.38%", "下降13.28%", "TXT003"),
    ("镇：三公较2021年度减少", SG_TOTAL, "本镇2022年度“三公”经费财政拨款支出3.68万元，较2021年度减少0.52万元，下降12.38%。",
     "减少0.52", "减少0.25", "TXT003 TXT007?"),
    ("因公出国（境）费用支出决算为0万元，与上年持平", SG_DETAIL, "因公出国（境）费用支出决算为0万元，与上年持平；公务用车"
     "购置及运行维护费支出决算为2.42万元，比上年减少0.18万元，下降6.92%。", "下降6.92%", "下降6.29%", "TXT003"),
    ("公务接待费以元", SG_DETAIL, "公务接待费支出12,600元，比上年减少3,400元，下降21.25%。", "12,600", "16,200",
     "TXT001 TXT003?"),
    # 政府性基金
    ("政府性基金支出以亿元，比上年增加", FUND, "政府性基金预算财政拨款支出0.40亿元，比上年增加0.03亿元。", "0.40亿元",
     "0.50亿元", "TXT001"),
    ("政府性基金年末结转和结余以元", FUND, "政府性基金预算财政拨款年末结转和结余4,604,400元。", "4,604,400", "4,640,400",
     "TXT001"),
    # 机关运行经费
    ("机关运行经费较上年度减少", OPER, "2022年度机关运行经费支出34.89万元，较上年度减少5.11万元，下降12.78%。",
     "下降12.78%", "下降12.68%", "TXT003"),
    # 结转和结余
    ("年末结转和结余较年初增加", OVERALL, "年末结转和结余632.09万元，较年初增加17.75万元。", "增加17.75", "增加17.57",
     "TXT001"),
]]

NEVER_JUDGED = [
    (GPB_TOTAL, "镇本级2022年度一般公共预算财政拨款支出1200.00万元，占全镇的56.70%。"),
    (BASIC, "人员经费741.82万元，与上年基本持平。"),
    (SPEND, "上年度本年支出合计6250.00万元，其中基本支出1000.00万元。"),
    (SPEND, "项目支出占比提高0.81个百分点，支出结构进一步优化。"),
    (SPEND, "全县2022年度各项支出合计约6,451万元。"),
    (ASSET, "本部门2022年度较去年新增公务用车0辆，车辆数与上年持平。"),
    (GPB_STRUCT, "科学技术支出增长1.5倍的主要原因是新增科技创新专项。"),
    (PROC, "政府采购支出中，授予中小企业合同金额占比较上年提高5个百分点。"),
    (BASIC, "2022年度本部门人均人员经费12.36万元，比上年增长3.03%。"),
    (SPEND, "乡镇财政所2022年度支出合计350.00万元，比上年减少20.00万元。"),
    (OVERALL, "2022年度收入、支出决算总计均比上年增加，主要是项目资金增加。"),
]

CENTRAL_SHAPES = [
    ("支出预算其中基本支出占，项目支出占", "2025年支出预算2,310.50万元，其中：基本支出1,750.50万元，占75.76%；项目支出"
     "560.00万元，占24.24%。", "2025年支出预算2,310.50万元，其中：基本支出1,750.50万元，占75.76%；项目支出560.00万元，占"
     "24.42%。", "TXT011", B_SPEND),
    ("基本支出占比，比上年提高X个百分点", "基本支出1,750.50万元，占支出预算的75.76%，比上年提高1.20个百分点。",
     "基本支出1,750.50万元，占支出预算的75.67%，比上年提高1.20个百分点。", "TXT011", B_SPEND),
    ("一般公共预算当年拨款占本年收入预算", "一般公共预算当年拨款2,210.50万元，占本年收入预算的96.51%。",
     "一般公共预算当年拨款2,210.50万元，占本年收入预算的96.15%。", "TXT011", B_INCOME),
    ("上年度为A万元，增长", "2025年度一般公共预算当年拨款2,210.50万元，上年度为2,150.00万元，增长2.81%。",
     "2025年度一般公共预算当年拨款2,210.50万元，上年度为2,150.00万元，增长2.18%。", "TXT003", GENERAL),
    ("政府性基金支出增长1倍", "政府性基金预算拨款支出40.00万元，比2024年预算增加20.00万元，增长1倍。",
     "政府性基金预算拨款支出40.00万元，比2024年预算增加25.00万元，增长1倍。", "TXT003", B_FUND),
    ("2024年预算数为A万元，无增减变化", "2025年政府性基金预算拨款收入40.00万元，2024年预算数为40.00万元，无增减变化。",
     "2025年政府性基金预算拨款收入40.00万元，2024年预算数为45.00万元，无增减变化。", "TXT006", B_FISCAL),
    ("项占一般公共预算拨款支出的", "机关事业单位基本养老保险缴费支出（项）180.30万元，占一般公共预算拨款支出的8.08%。",
     "机关事业单位基本养老保险缴费支出（项）180.30万元，占一般公共预算拨款支出的8.80%。", "TXT011", GENERAL_ALL),
    ("三公预算括号中两项", "“三公”经费预算20.20万元（其中：公务用车购置及运行费15.00万元，公务接待费5.20万元）。",
     "“三公”经费预算20.20万元（其中：公务用车购置及运行费15.00万元，公务接待费2.50万元）。", "TXT001 TXT007?", SANGONG),
    ("收支总预算以亿元", "2025年收支总预算0.23亿元。", "2025年收支总预算0.32亿元。", "TXT001", TOTAL),
]

SHANGHAI_SHAPES = [
    ("基本支出以元，占支出预算", "基本支出13,347,683元，占支出预算的62.67%。", "基本支出13,347,683元，占支出预算的62.76%。",
     "TXT011", B_SPEND),
    ("项目支出以元，占Z%", "项目支出7,951,600元，占37.33%。", "项目支出7,951,600元，占37.53%。", "TXT011", B_SPEND),
    ("一般公共预算拨款收入占财政拨款收入的", "一般公共预算拨款收入18,173,283元，占财政拨款收入的87.27%。",
     "一般公共预算拨款收入18,173,283元，占财政拨款收入的87.72%。", "TXT011", B_FISCAL),
    ("因公出国（境）费预算0元，与上年持平", "因公出国（境）费预算0元，与上年持平。", "因公出国（境）费预算1,000元，与上年持平。",
     "TXT001", SANGONG),
    ("三公以万元，减少额以元", "2026年“三公”经费预算9.70万元，比2025年预算减少3,000元，下降3.00%。",
     "2026年“三公”经费预算9.70万元，比2025年预算减少3,000元，下降3.09%。", "TXT004", SANGONG),
]

CENTRAL_ALONE = [
    ("2025年一般公共预算当年拨款占比较上年提高1.20个百分点，主要是人员经费标准调整。", GENERAL),
    ("2025年本部门政府采购预算与上年相比无增减变化。", TOTAL),
]
SHANGHAI_ALONE = [
    ("2026年“三公”经费预算与2025年预算相比无增减变化。", SANGONG),
]

BUDGET_CASES = [_case("财政部式", s) for s in CENTRAL_SHAPES] + [_case("上海", s) for s in SHANGHAI_SHAPES]
BUDGET_ALONE = [("财政部式", s, h) for s, h in CENTRAL_ALONE] + [("上海", s, h) for s, h in SHANGHAI_ALONE]

# wrong sentences not found yet (strict xfail: a fix turns them into failures to be moved out of here)
NOT_YET: dict[str, str] = {
    "类之后括号中两项，不写其中": "a 类's bracket listing 项 named without （项） and without 其中 (“住房保障支出52.45万元（住房公积金"
                                "35.24万元、购房补贴17.21万元）”): the names are not read as that 类's 项, so neither the "
                                "part's amount (TXT001) nor the sum (TXT007) is judged",
}
BUDGET_NOT_YET: dict[str, str] = {
    "类之后括号中两项，不写其中": "a 类's bracket listing 项 named without （项） and without 其中 (“住房保障支出52.45万元（住房公积金"
                                "35.24万元、购房补贴17.21万元）”): the names are not read as that 类's 项, so neither the "
                                "part's amount (TXT001) nor the sum (TXT007) is judged",
}
# right or never-judged 预算 texts still drawing a finding (by id; strict xfail)
FALSE_YET: dict[str, str] = {}

globals().update(batch_tests("heldout29", DECISION_PAIRS, NEVER_JUDGED, BUDGET_CASES, BUDGET_ALONE, NOT_YET,
                              BUDGET_NOT_YET, FALSE_YET, never_at_least=10))
