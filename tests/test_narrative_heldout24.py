"""Session 24 held-out batch of 情况说明 wordings (textfix), each right and wrong, in the phrasings of the 中央部门 决算/预算
templates and of regions the real files here (上海, 江苏) do not use: “收、支总计各增加X万元，增长Y%”, “年初预算为X万元，
支出决算为Y万元，完成年初预算的Z%”, “决算数大于/小于预算数的主要原因是…”, “占本年支出合计的Z%”, “其中：基本支出X万元，占…”,
amounts in 元, 万元 and 亿元 with and without thousands separators, “同比增加/下降”, “降低”, “三公” parts with “完成预算的”,
机关运行经费, 政府采购 with 中小企业/小微企业 shares (figures no table prints), written BEFORE running the checker on them.

决算 (DECISION_PAIRS): the tables of tests/test_narrative_heldout17.py `tables17` printed as 2022 (figures: the docstrings of
tests/test_narrative_heldout22.py and _heldout23.py); last year's figures the invented set of heldout22's docstring
(收支总计 6800.00, 本年收入合计 6100.00, 事业收入 260.00, 本年支出合计 6250.00, 财政拨款收支总计 6200.00, 一般公共预算
2200.00, 政府性基金 3700.00, 人员经费 720.00, 三公 4.20, 机关运行经费 40.00). 政府采购 120.50 = 45.30 + 50.00 + 25.20,
中小企业 96.40, 小微 60.25 (no table).
预算 (BUDGET_CASES): the 财政部式 2025 set of tests/test_narrative_budget_heldout18.py and the 上海 2026 sample (figures: the
docstring of tests/test_narrative_budget_heldout20.py); last year's figures made up, consistent within each sentence.

A right sentence draws nothing (not even a warning); a wrong one the codes named ("A B?": A, and B may come with it,
nothing else). NEVER_JUDGED / BUDGET_ALONE: texts that look like claims but are not judgeable (targets, counts of people or
vehicles, years, 科目编码, page references, 政府采购 reserved shares) and must draw nothing.
FIRST_RUN records what the checker did on the batch as written.
"""

from __future__ import annotations

from narrative_batch import batch_tests
from test_narrative_budget_heldout11 import SHANGHAI, _alone, _case
from test_narrative_budget_heldout17 import ASSETS, BASIC as B_BASIC, FISCAL as B_FISCAL, INCOME as B_INCOME, \
    PURCHASE, RUNNING, SANGONG, SPEND as B_SPEND, TARGETS, TOTAL
from test_narrative_budget_heldout18 import GENERAL_ALL, central
from test_narrative_heldout17 import _pair
from test_narrative_heldout19 import (  # the 决算 说明's headings
    OVERALL, INCOME, SPEND, FISCAL, GPB_TOTAL, GPB_STRUCT, ITEMS, BASIC, SG_TOTAL, SG_DETAIL, FUND, STATE, OPER, PROC,
    ASSET, PERF,
)

FIRST_RUN = """textfix, main 1c5af2b, the batch as first written (决算 28 pairs + 10 never-judged; 预算 19 pairs + 9 never-judged:
47 pairs): right and never-judged: nothing drew a finding (决算 together in one workbook, 预算 each alone and together).
Wrong: 41 of 47 with the codes written. 3 expectations corrected (my mistakes, the checker was right): “增长4.13%” for
293.33 over last year's 6800.00 and “增长3.1%” for 201.24 over 6250.00 are (to their rounding) the change over THIS year's
amount, so TXT004 (the wrong base) is the precise finding, not TXT003; the 中央式 vehicles “共有车辆6辆，其中：…” listing
kinds that add up to 5 is not judged by design (kinds left unsaid only add: a sum short of the total is no error), so the
planted error is now one kind's count (“其他用车2辆”: 6 > 5, TXT007). Not found (3): “2022年度“三公”经费财政拨款支出决算数
大于预算数，主要原因是…” with no amount in it or before it (nothing: only “与预算持平” was held against 公开07表); “本部门2022
年度没有使用政府性基金预算财政拨款安排的支出，故本表无数据” while 公开08表 prints 3984.99 (nothing: the 中央 template's “没有
使用…安排的支出” was read in a 预算 only); a 政府采购 share “占预留金额的57.00%” whose whole is named short (“预留金额” for
“面向中小企业预留政府采购项目预算金额240.00万元”): not matched, left as a strict xfail (no table prints it; guessing a
short name's whole risks false findings).
After the fixes (checks/narrative.versus_budget: a “决算数大于/小于预算数” with no amount in its sentence or the one before,
of a subject whose tables print one budget (the “三公” ones, 公开07表), is held against the tables as “持平” was; recognize/
claims.NONE_RE reads “没有使用/未使用…拨款安排的支出” as the fund's 支出 nil in a 决算 too, and the year may come before
本部门): right and never-judged: nothing; wrong: 46 of 47 (the 预留金额 share stays a strict xfail).
SECOND ROUND (SECOND_*, written after those fixes, before running them: 5 pairs, 4 never-judged + 1 预算 alone): right and
never-judged drew nothing; wrong: 4 of 5; the 5th, “一般公共预算财政拨款支出决算为2116.25万元，完成全年预算的89.43%”, drew
nothing, rightly: no table prints the 一般公共预算's 全年 (or 年初) budget; it (and its 年初 twin) are now never-judged and the
pair is a “三公” completion against 公开07表's 预算数 (found). On the old code the second round's wrong sentences drew 2 of 5.
THIRD ROUND (THIRD_*, written after the first landing b05719d, before running it: 14 pairs, 3 never-judged + 1 预算 alone):
right and never-judged drew nothing; wrong: 11 of 14. Not found: “同比减83.75万元，减3.81%” and “同比增363.99万元，增5.97%”
(a bare 增/减 was no word of change: claims._SHORT_DIR now reads one right after 同比, or opening a clause before a
percentage); 上海 “其中：财政拨款收入2,082.33万元，占97.77%；非财政拨款收入46.70万元，占2.23%” drew only its TXT011 (the
two parts' sum against the whole, budget_text._complement_split, skipped a list whose parts carry shares); my “TXT001” for
it was wrong (no table prints a 预算's 非财政拨款收入: TXT007 is the precise finding). After the fixes: 14 of 14, nothing
false (two precision texts added with the 增/减 fix: 增值税减免, 新增, “增5%以上的目标”)."""

DECISION_PAIRS = [_pair(*p) for p in [
    # 收入支出决算总体情况（中央部门式）
    ("收、支总计各X，各增加，增长", OVERALL, "本部门2022年度收、支总计各7093.33万元。与2021年度相比，收、支总计各增加293.33"
     "万元，增长4.31%。主要原因是政府性基金项目支出增加。", "增长4.31%", "增长4.13%", "TXT004"),
    ("收入总计亿元", OVERALL, "本部门2022年度收入总计0.71亿元，主要来源于财政拨款。", "0.71亿元", "0.81亿元", "TXT001"),
    ("年末结转和结余主要为", OVERALL, "年末结转和结余632.09万元，主要为尚未完成的项目结转资金。", "632.09", "623.09",
     "TXT001"),
    ("结余分配", OVERALL, "结余分配10.00万元，主要为按规定提取职工福利基金。", "10.00万元", "100.00万元", "TXT001"),
    ("使用非财政拨款结余", OVERALL, "2022年度使用非财政拨款结余15.00万元，用于弥补事业收支差额。", "15.00", "51.00",
     "TXT001"),
    # 收入决算情况
    ("收入合计其中五项各占", INCOME, "2022年度收入合计6463.99万元。其中：财政拨款收入6063.99万元，占本年收入合计的93.81%；"
     "事业收入300.00万元，占4.64%；经营收入50.00万元，占0.77%；附属单位上缴收入30.00万元，占0.46%；其他收入20.00万元，"
     "占0.31%。", "占0.77%", "占0.57%", "TXT011"),
    ("事业收入比上年增加，增长（上年为分母）", INCOME, "事业收入300.00万元，比上年增加40.00万元，增长15.38%。", "15.38%",
     "13.33%", "TXT004"),
    # 支出决算情况
    ("本年支出合计中各占比", SPEND, "本年支出合计中，基本支出976.71万元，占比15.14%；项目支出5424.54万元，占比84.09%。",
     "5424.54", "5242.54", "TXT001 TXT011? TXT007?"),
    ("与上年相比增加，增长一位小数", SPEND, "本年支出合计6451.24万元，与上年相比增加201.24万元，增长3.2%。", "增长3.2%",
     "增长3.1%", "TXT004"),
    # 财政拨款收入支出决算总体情况
    ("财政拨款收、支总计均为，各增加", FISCAL, "2022年度财政拨款收、支总计均为6598.33万元。与2021年度相比，财政拨款收、"
     "支总计各增加398.33万元，增长6.42%。", "增长6.42%", "增长6.24%", "TXT003"),
    # 一般公共预算财政拨款支出决算
    ("同比减少，同比下降", GPB_TOTAL, "一般公共预算财政拨款支出2116.25万元，同比减少83.75万元，同比下降3.81%。",
     "同比减少", "同比增加", "TXT006 TXT003?"),
    ("年初预算为，支出决算为，完成年初预算的", GPB_TOTAL, "2022年度一般公共预算财政拨款支出年初预算为2000.00万元，支出决算为"
     "2116.25万元，完成年初预算的105.81%。", "105.81%", "101.58%", "TXT012"),
    ("主要用于以下方面：类支出各占", GPB_STRUCT, "2022年度一般公共预算财政拨款支出2116.25万元，主要用于以下方面：一般公共"
     "服务（类）支出1303.58万元，占61.60%；科学技术（类）支出326.86万元，占15.45%；社会保障和就业（类）支出305.17万元，"
     "占14.42%；卫生健康（类）支出80.19万元，占3.79%；住房保障（类）支出52.45万元，占2.48%。", "支出326.86",
     "支出362.86", "TXT001 TXT011?"),
    ("类以元，有千分位", GPB_STRUCT, "社会保障和就业支出（类）3,051,700.00元，占一般公共预算财政拨款支出的14.42%。",
     "14.42%", "14.24%", "TXT011"),
    ("项：年初预算为，完成年初预算的", ITEMS, "（一）科学技术支出（类）其他科学技术支出（款）其他科学技术支出（项）。年初预算为"
     "300.00万元，支出决算为326.86万元，完成年初预算的108.95%。决算数大于预算数的主要原因是：追加人才科研项目经费。",
     "108.95%", "118.95%", "TXT012"),
    # 基本支出
    ("人员经费、公用经费以元", BASIC, "2022年度一般公共预算财政拨款基本支出中，人员经费7,418,200元，公用经费348,900元。",
     "348,900", "384,900", "TXT001"),
    ("人员经费较上年增加，增长", BASIC, "人员经费741.82万元，较上年增加21.82万元，增长3.03%，主要原因是调整工资标准。",
     "3.03%", "2.94%", "TXT004"),
    # 三公
    ("三公决算数小于预算数（无金额）", SG_TOTAL, "2022年度“三公”经费财政拨款支出决算数小于预算数，主要原因是厉行节约、从严"
     "控制。", "小于", "大于", "TXT014"),
    ("三公比2021年度减少，下降", SG_TOTAL, "2022年度“三公”经费财政拨款支出决算比2021年度减少0.52万元，下降12.38%。",
     "12.38%", "13.38%", "TXT003"),
    ("公务用车完成预算的，比预算减少", SG_DETAIL, "公务用车购置及运行维护费支出2.42万元，完成预算的53.78%，比预算减少"
     "2.08万元。", "减少2.08", "减少2.80", "TXT001"),
    ("公务接待费完成预算的，其中国内", SG_DETAIL, "公务接待费支出1.26万元，完成预算的42.00%。其中：国内公务接待支出1.26万元，"
     "接待12批次、86人次；外事接待支出0万元。", "完成预算的42.00%", "完成预算的24.00%", "TXT012"),
    # 政府性基金、国有资本经营
    ("政府性基金比2021年度增加，增长", FUND, "2022年度政府性基金预算财政拨款支出3984.99万元，比2021年度增加284.99万元，"
     "增长7.70%。", "7.70%", "7.07%", "TXT003"),
    ("没有使用某种财政拨款安排的支出", STATE, "本部门2022年度没有使用国有资本经营预算财政拨款安排的支出，故本表无数据。",
     "国有资本经营", "政府性基金", "TXT001"),
    # 机关运行经费
    ("机关运行经费比2021年度减少，下降", OPER, "本部门2022年度机关运行经费支出34.89万元，比2021年度减少5.11万元，下降"
     "12.78%。主要原因是：压减一般性支出。", "减少5.11", "减少5.21", "TXT003"),
    ("机关运行经费占基本支出的", OPER, "机关运行经费34.89万元，占一般公共预算财政拨款基本支出的4.49%。", "4.49%", "4.94%",
     "TXT011"),
    # 政府采购
    ("小微企业占授予中小企业合同金额的", PROC, "2022年度本部门政府采购支出总额120.50万元，其中：政府采购货物支出45.30万元、"
     "政府采购工程支出50.00万元、政府采购服务支出25.20万元。授予中小企业合同金额96.40万元，占政府采购支出总额的80.00%，"
     "其中：授予小微企业合同金额60.25万元，占授予中小企业合同金额的62.50%。", "62.50%", "65.20%", "TXT011"),
    ("货物支出占政府采购支出总额的", PROC, "本部门政府采购支出总额120.50万元，其中政府采购货物支出45.30万元，占政府采购支出"
     "总额的37.59%。", "37.59%", "39.57%", "TXT011"),
    # 国有资产
    ("车辆中央式八种", ASSET, "截至2022年12月31日，本部门共有车辆5辆，其中：主要领导干部用车0辆，机要通信用车0辆，应急保障"
     "用车0辆，执法执勤用车3辆，特种专业技术用车1辆，离退休干部用车0辆，其他用车1辆。", "其他用车1辆", "其他用车2辆",
     "TXT007"),
]]

NEVER_JUDGED = [
    (PERF, "2023年度预算安排就业补助资金80.00万元，比2022年度决算增加6.54万元。"),
    (OVERALL, "本部门编制人数86人，实有人数82人，比上年减少4人，下降4.65%。"),
    (ASSET, "本部门共有车辆5辆，较上年减少1辆。"),
    (GPB_STRUCT, "各类支出明细详见公开05表（第12页）。"),
    (ITEMS, "科目编码2080199其他人力资源和社会保障管理事务支出已按要求调整至2080109。"),
    (PERF, "年度绩效目标：完成职业技能培训3000人次，培训合格率达到95%以上。"),
    (PERF, "2019年至2022年，本部门累计支出就业补助资金1.2亿元。"),
    (PROC, "本部门政府采购合同授予中小企业的比例为80%，面向小微企业预留份额不低于40%。"),
    (ITEMS, "决算数大于年初预算数的主要原因是：追加就业见习补贴。"),
    (SG_DETAIL, "因公出国（境）费支出0万元，本年度未安排因公出国（境）团组，与上年持平。"),
]

CENTRAL_SHAPES = [
    ("收、支总预算各增加，增长（上年为分母）", "2025年本部门收、支总预算各2,310.50万元。与上年相比，收、支总预算各增加110.50万元，"
     "增长5.02%。", "2025年本部门收、支总预算各2,310.50万元。与上年相比，收、支总预算各增加110.50万元，增长4.78%。",
     "TXT004", TOTAL),
    ("收入预算其中五项各占", "2025年本部门收入预算2,310.50万元，其中：上年结转结余20.00万元，占0.87%；一般公共预算拨款收入"
     "2,210.50万元，占95.67%；政府性基金预算拨款收入40.00万元，占1.73%；事业收入30.00万元，占1.30%；其他收入10.00万元，"
     "占0.43%。", "2025年本部门收入预算2,310.50万元，其中：上年结转结余20.00万元，占0.87%；一般公共预算拨款收入2,210.50万元，"
     "占95.67%；政府性基金预算拨款收入44.00万元，占1.73%；事业收入30.00万元，占1.30%；其他收入10.00万元，占0.43%。",
     "TXT001 TXT011? TXT007?", B_INCOME),
    ("支出预算其中基本、项目各占", "2025年本部门支出预算2,310.50万元，其中：基本支出1,750.50万元，占75.76%；项目支出560.00"
     "万元，占24.24%。", "2025年本部门支出预算2,310.50万元，其中：基本支出1,750.50万元，占75.76%；项目支出560.00万元，"
     "占24.42%。", "TXT011", B_SPEND),
    ("财政拨款收、支总预算增加，增长", "2025年财政拨款收、支总预算2,270.50万元。与上年相比，财政拨款收、支总预算增加70.50万元，"
     "增长3.20%。", "2025年财政拨款收、支总预算2,207.50万元。与上年相比，财政拨款收、支总预算增加70.50万元，增长3.20%。",
     "TXT001 TXT003?", B_FISCAL),
    ("一般公共预算拨款支出主要用于：类支出各占", "2025年一般公共预算拨款支出2,230.50万元，主要用于：一般公共服务（类）支出"
     "1,950.20万元，占87.43%；社会保障和就业（类）支出180.30万元，占8.08%；住房保障（类）支出100.00万元，占4.48%。",
     "2025年一般公共预算拨款支出2,230.50万元，主要用于：一般公共服务（类）支出1,950.20万元，占87.43%；社会保障和就业（类）"
     "支出180.30万元，占8.80%；住房保障（类）支出100.00万元，占4.48%。", "TXT011", GENERAL_ALL),
    ("项比上年增加说成减少", "住房保障（类）住房改革支出（款）住房公积金（项）支出100.00万元，比上年增加5.00万元，增长5.26%。",
     "住房保障（类）住房改革支出（款）住房公积金（项）支出100.00万元，比上年减少5.00万元，增长5.26%。", "TXT006 TXT003?",
     GENERAL_ALL),
    ("人员经费、公用经费主要包括（只列名称）", "2025年一般公共预算基本支出1,750.50万元，其中：人员经费1,580.30万元，主要包括"
     "基本工资、津贴补贴、机关事业单位基本养老保险缴费、住房公积金、退休费；公用经费170.20万元，主要包括办公费、差旅费、公务"
     "接待费、公务用车运行维护费、其他商品和服务支出。", "2025年一般公共预算基本支出1,750.50万元，其中：人员经费1,580.30万元，"
     "主要包括基本工资、津贴补贴、机关事业单位基本养老保险缴费、住房公积金、退休费；公用经费107.20万元，主要包括办公费、差旅费、"
     "公务接待费、公务用车运行维护费、其他商品和服务支出。", "TXT001 TXT007?", B_BASIC),
    ("人员经费占基本支出的", "人员经费1,580.30万元，占基本支出的90.28%。", "人员经费1,580.30万元，占基本支出的92.80%。",
     "TXT011", B_BASIC),
    ("三公比上年减少，下降（上年为分母）", "2025年“三公”经费财政拨款预算20.20万元，比上年减少1.80万元，下降8.18%。",
     "2025年“三公”经费财政拨款预算20.20万元，比上年减少1.80万元，下降8.91%。", "TXT004", SANGONG),
    ("三公其中三项各比上年", "2025年“三公”经费财政拨款预算20.20万元，其中：因公出国（境）费0万元，与上年持平；公务用车购置及"
     "运行费15.00万元，比上年减少1.00万元；公务接待费5.20万元，比上年减少0.80万元。", "2025年“三公”经费财政拨款预算20.20万元，"
     "其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行费15.00万元，比上年减少1.00万元；公务接待费5.02万元，比上年"
     "减少0.80万元。", "TXT001 TXT007?", SANGONG),
    ("机关运行经费比上年预算减少，降低", "2025年本部门机关运行经费财政拨款预算170.20万元，比上年预算减少9.80万元，降低5.44%。",
     "2025年本部门机关运行经费财政拨款预算170.20万元，比上年预算减少9.80万元，降低5.76%。", "TXT004", RUNNING),
    ("政府采购预算三类之和", "2025年本部门政府采购预算总额300.00万元，其中：政府采购货物预算100.00万元、政府采购工程预算0万元、"
     "政府采购服务预算200.00万元。", "2025年本部门政府采购预算总额300.00万元，其中：政府采购货物预算100.00万元、政府采购工程"
     "预算0万元、政府采购服务预算210.00万元。", "TXT007", PURCHASE),
    ("小微企业占预留金额的", "2025年本部门面向中小企业预留政府采购项目预算金额240.00万元，其中，预留给小微企业的政府采购项目"
     "预算金额为180.00万元，占预留金额的75.00%。", "2025年本部门面向中小企业预留政府采购项目预算金额240.00万元，其中，预留给"
     "小微企业的政府采购项目预算金额为180.00万元，占预留金额的57.00%。", "TXT011", PURCHASE),
]

SHANGHAI_SHAPES = [
    ("财政拨款收入以元，占本年收入的", "财政拨款收入20,823,283元，占本年收入的97.77%。", "财政拨款收入20,823,283元，占本年"
     "收入的97.67%。", "TXT011", B_INCOME),
    ("支出预算亿元", "2026年本部门支出预算0.21亿元，全部为本年支出。", "2026年本部门支出预算0.12亿元，全部为本年支出。",
     "TXT001", B_SPEND),
    ("一般公共预算拨款支出比上年预算增加，增长", "2026年一般公共预算拨款支出1,817.33万元，比上年预算增加17.33万元，增长0.96%。",
     "2026年一般公共预算拨款支出1,871.33万元，比上年预算增加17.33万元，增长0.96%。", "TXT001 TXT003?", GENERAL_ALL),
    ("事业收入比上年减少，下降（上年为分母）", "事业收入预算35.60万元，比上年减少4.40万元，下降11.00%。", "事业收入预算35.60"
     "万元，比上年减少4.40万元，下降12.36%。", "TXT004", B_INCOME),
    ("机关运行经费比2025年预算减少，下降", "2026年机关运行经费预算138.95万元，比2025年预算减少5.05万元，下降3.51%。",
     "2026年机关运行经费预算183.95万元，比2025年预算减少5.05万元，下降3.51%。", "TXT001 TXT003?", RUNNING),
    ("三公以元，其中三项", "2026年“三公”经费预算97,000元，其中：因公出国（境）费0元，公务接待费12,000元，公务用车购置及运行费"
     "85,000元。", "2026年“三公”经费预算97,000元，其中：因公出国（境）费0元，公务接待费21,000元，公务用车购置及运行费85,000元。",
     "TXT001 TXT007?", SANGONG),
]

CENTRAL_ALONE = [
    ("2025年本部门政府采购预算中，预留给中小企业的份额为240.00万元，占政府采购预算总额的80.00%。", PURCHASE),
    ("截至2024年底，本部门共有车辆8辆，其中一般公务用车3辆、执法执勤用车5辆；单价100万元以上专用设备2台（套）。", ASSETS),
    ("2025年本部门编制人数45人，其中行政编制40人、事业编制5人。", TOTAL),
    ("2024年本部门项目支出执行率为95%，2025年目标为98%以上。", TARGETS),
    ("功能科目2010101（行政运行）主要用于机关基本运转，详见附件3《一般公共预算支出表》（第5页）。", GENERAL_ALL),
    ("2025年本部门无政府性基金预算拨款安排的“三公”经费。", SANGONG),
]
SHANGHAI_ALONE = [
    ("2026年本部门政府采购预算2,980,000元，其中：货物类930,000元、服务类2,050,000元。", PURCHASE),
    ("本部门所属单位共2家，其中行政单位1家、事业单位1家。", TOTAL),
    ("2026年本部门实行绩效目标管理的项目18个，涉及项目预算资金795.16万元。", TARGETS),
]

# SECOND_ROUND: written after the first round's fixes, before running them: the fixed families in other words
SECOND_DECISION_PAIRS = [_pair(*p) for p in [
    ("第二轮：年份在前，没有使用…安排的支出", FUND, "2022年度本单位没有使用国有资本经营预算财政拨款安排的支出。",
     "国有资本经营", "政府性基金", "TXT001"),
    ("第二轮：公务用车决算数小于预算数（无金额）", SG_DETAIL, "2022年度公务用车购置及运行维护费支出决算数小于预算数，主要原因是"
     "压减车辆运行费用。", "小于", "大于", "TXT014"),
    ("第二轮：公务接待费决算数小于预算数的主要原因", SG_DETAIL, "公务接待费决算数小于预算数的主要原因是：严格控制接待标准。",
     "小于", "高于", "TXT014"),
    ("第二轮：三公完成预算的（表中的预算数）", SG_TOTAL, "“三公”经费财政拨款支出决算3.68万元，完成预算的49.07%。",
     "49.07%", "47.09%", "TXT012"),
    ("第二轮：基本支出中，人员经费、公用经费各占", BASIC, "基本支出中，人员经费741.82万元，占95.51%；公用经费34.89万元，"
     "占4.49%。", "占95.51%", "占59.51%", "TXT011"),
]]
SECOND_NEVER_JUDGED = [
    (STATE, "国有资本经营预算财政拨款支出决算表为空表，本部门2022年度没有使用国有资本经营预算财政拨款安排的支出。"),
    (FUND, "2023年度本部门没有使用政府性基金预算财政拨款安排支出的计划。"),
    (FUND, "2021年度本部门没有使用政府性基金预算财政拨款安排的支出。"),
    (SG_DETAIL, "因公出国（境）费决算数与预算数持平，均为0万元。"),
    # (the 一般公共预算's 年初 2000.00 and 全年 2150.00 are no table's: a completion of either is not judged)
    (GPB_TOTAL, "一般公共预算财政拨款支出决算为2116.25万元，完成全年预算的98.43%。"),
    (GPB_TOTAL, "一般公共预算财政拨款支出决算为2116.25万元，完成年初预算的105.81%。"),
]
SECOND_CENTRAL_ALONE = [
    ("2025年本部门没有使用国有资本经营预算拨款安排的支出。", "国有资本经营预算支出情况"),
]
DECISION_PAIRS += SECOND_DECISION_PAIRS
NEVER_JUDGED += SECOND_NEVER_JUDGED
CENTRAL_ALONE += SECOND_CENTRAL_ALONE

# THIRD_ROUND: written after the first landing, before running it: short “同比增/减”, 降幅为, 元 with separators, 亿元,
# shares of 本年支出合计, a 项 paragraph's 决算数大于预算数
THIRD_DECISION_PAIRS = [_pair(*p) for p in [
    ("第三轮：同比减X万元，减Y%", GPB_TOTAL, "一般公共预算财政拨款支出2116.25万元，同比减83.75万元，减3.81%。", "减3.81%",
     "减3.96%", "TXT004"),
    ("第三轮：同比增X万元，增Y%", INCOME, "本年收入合计6463.99万元，同比增363.99万元，增5.97%。", "增5.97%", "增6.97%",
     "TXT003"),
    ("第三轮：基本支出占本年支出合计的", SPEND, "基本支出976.71万元，占本年支出合计的15.14%。", "15.14%", "51.14%", "TXT011"),
    ("第三轮：财政拨款支出占本年支出合计的", FISCAL, "2022年度财政拨款支出6101.24万元，占本年支出合计的94.57%。", "94.57%",
     "95.47%", "TXT011"),
    ("第三轮：三公完成预算的，比预算数减少", SG_TOTAL, "2022年度“三公”经费财政拨款支出决算为3.68万元，完成预算的49.07%，比预算数"
     "减少3.82万元，主要原因是厉行节约。", "减少3.82", "减少3.28", "TXT001"),
    ("第三轮：机关运行经费降幅为", OPER, "机关运行经费支出34.89万元，比上年减少5.11万元，降幅为12.78%。", "降幅为12.78%",
     "降幅为14.65%", "TXT004"),
    ("第三轮：中小企业占政府采购支出总额的", PROC, "政府采购支出总额120.50万元，其中：授予中小企业合同金额96.40万元，占政府采购"
     "支出总额的80.00%。", "80.00%", "88.00%", "TXT011"),
    ("第三轮：政府性基金亿元", FUND, "2022年度政府性基金预算财政拨款支出0.40亿元，全部用于城乡社区建设。", "0.40亿元", "0.04亿元",
     "TXT001"),
    ("第三轮：财政拨款收入元有千分位，比上年增加", INCOME, "财政拨款收入60,639,900.00元，比上年增加2,639,900.00元，增长4.55%。",
     "增长4.55%", "增长4.35%", "TXT004"),
    ("第三轮：项段落决算数大于预算数", ITEMS, "（二）社会保障和就业支出（类）就业补助（款）其他就业补助支出（项）。年初预算为"
     "70.00万元，支出决算为73.46万元，完成年初预算的104.94%。决算数大于预算数的主要原因是：新增就业见习岗位。", "大于", "小于",
     "TXT014"),
]]
THIRD_NEVER_JUDGED = [
    (SG_DETAIL, "因公出国（境）费0万元，完成预算的0%。"),
    (PROC, "2022年度本部门共组织政府采购12次，同比增加2次。"),
    (OVERALL, "本部门2022年末实有人员编制86人，同比减少4人，减幅4.44%。"),
    # (added with the fix for a bare 增/减: the words it must not take for a change)
    (PROC, "2022年度本部门享受增值税减免3.50万元，新增5.00万元用于采购办公设备。"),
    (INCOME, "本年收入合计6463.99万元，增5%以上的目标已实现。"),
]
THIRD_CENTRAL_SHAPES = [
    ("第三轮：基本、项目各占支出预算的", "基本支出1,750.50万元，占支出预算的75.76%；项目支出560.00万元，占支出预算的24.24%。",
     "基本支出1,750.50万元，占支出预算的75.76%；项目支出650.00万元，占支出预算的24.24%。", "TXT001 TXT011?", B_SPEND),
    ("第三轮：三公同比减少，减少Y%", "2025年“三公”经费财政拨款预算20.20万元，同比减少1.80万元，减少8.18%。", "2025年“三公”经费"
     "财政拨款预算20.20万元，同比减少1.80万元，减少8.91%。", "TXT004", SANGONG),
    ("第三轮：一般公共预算拨款支出比上年增加，增长", "一般公共预算拨款支出2,230.50万元，比上年增加30.50万元，增长1.39%。",
     "一般公共预算拨款支出2,203.50万元，比上年增加30.50万元，增长1.39%。", "TXT001 TXT003?", GENERAL_ALL),
]
THIRD_SHANGHAI_SHAPES = [
    ("第三轮：财政拨款收入与非财政拨款收入各占", "2026年本部门收入预算2,129.93万元，其中：财政拨款收入2,082.33万元，占97.77%；"
     "非财政拨款收入47.60万元，占2.23%。", "2026年本部门收入预算2,129.93万元，其中：财政拨款收入2,082.33万元，占97.77%；"
     "非财政拨款收入46.70万元，占2.23%。", "TXT007 TXT011?", B_INCOME),
]
THIRD_CENTRAL_ALONE = [("2025年机关运行经费预算170.20万元，与上年持平。", RUNNING)]
DECISION_PAIRS += THIRD_DECISION_PAIRS
NEVER_JUDGED += THIRD_NEVER_JUDGED
CENTRAL_SHAPES += THIRD_CENTRAL_SHAPES
SHANGHAI_SHAPES += THIRD_SHANGHAI_SHAPES
CENTRAL_ALONE += THIRD_CENTRAL_ALONE

BUDGET_CASES = [_case("财政部式", s) for s in CENTRAL_SHAPES] + [_case("上海", s) for s in SHANGHAI_SHAPES]
BUDGET_ALONE = [("财政部式", s, h) for s, h in CENTRAL_ALONE] + [("上海", s, h) for s, h in SHANGHAI_ALONE]


# wrong sentences not found yet (strict xfail: a fix turns them into failures to be moved out of here)
NOT_YET: dict[str, str] = {
}
BUDGET_NOT_YET: dict[str, str] = {
    # (“占预留金额的57.00%”: found since s25, claims._whole_named_short: the one amount so named, 预留…金额)
}
# right or never-judged 预算 texts still drawing a finding (by id; strict xfail)
FALSE_YET: dict[str, str] = {}


globals().update(batch_tests("heldout24", DECISION_PAIRS, NEVER_JUDGED, BUDGET_CASES, BUDGET_ALONE, NOT_YET,
                              BUDGET_NOT_YET, FALSE_YET, never_at_least=15))


def test_versus_said_without_amounts_is_held_against_table_07(judged):
    """“三公”经费决算数“大于”预算数 with no amount in the sentence or the one before: 公开07表's two figures, named."""
    wrong = "2022年度“三公”经费财政拨款支出决算数大于预算数，主要原因是厉行节约、从严控制。"
    assert judged[1][wrong] == [("TXT014", "文中说三公经费财政拨款支出决算数“大于”预算数，但公开07表「决算数」为 3.68 万元，"
                                           "小于公开07表「预算数」 7.50 万元（3.68 − 7.50 = -3.82）。")]


def test_share_message_shows_a_yuan_table_in_wan_and_names_a_column_not_the_total():
    """TXT011's arithmetic: a whole from a table in 元 as 万元 with its 元 (not “1817.3283”), and the column a figure is
    in when it is not the table's 合计 column (the row's 合计 is what a reader would look at first)."""
    (found,) = _alone(SHANGHAI, "一般公共服务支出（类）1,488.61万元，占一般公共预算拨款支出的90.00%。", GENERAL_ALL)
    assert found == ("TXT011", "文中“占90.00%”与金额不符（一般公共服务支出）：1488.61 ÷ 1817.33 万元（18173283 元，"
                               "《财政拨款收支预算总表》「支出总计」「一般公共预算」列）= 81.91%。")
    (found,) = _alone(central(), "城乡社区支出（类）40.00万元，占政府性基金预算拨款支出的90.00%。", "政府性基金预算支出情况")
    assert "40.00 ÷ 40.00（《财政拨款收支预算总表》「支出总计」「政府性基金预算」列）= 100.00%" in found[1]
    (found,) = _alone(central(), "政府性基金预算拨款支出40.00万元，占财政拨款支出的5.00%。", "政府性基金预算支出情况")
    assert "40.00 ÷ 2270.50（《财政拨款收支预算总表》「支出总计」）= 1.76%" in found[1]
