"""Sentence shapes of unseen narratives, each written right and wrong into a generated disclosure.

The tables are a sample's (决算: 情况说明与公开表-2019-无误.xlsx, whose 本年收入合计 is 6063.99, 本年支出合计 6101.24,
基本支出 776.71, 收支总计 6598.33, “三公”经费 决算 3.68 / 预算 7.50; 预算: the 2026 上海部门 sample); the narrative
sheet is replaced by the sentences of this file, each under its own heading (so that no two sentences are compared
with each other). The whole workbook goes through `check_file`: every right sentence must draw nothing, every wrong
one exactly the finding named. tools/narrative_corpus.py lists the shapes of the real texts these come from.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FINAL = SAMPLES / "情况说明与公开表-2019-无误.xlsx"
BUDGET = SAMPLES / "预算公开表-2026-上海部门-无误.xlsx"

# (shape, right sentence, wrong sentence, the wrong one's finding)
FINAL_SHAPES = [
    ("同比", "本部门2019年度本年收入合计6063.99万元，同比增加173.87万元，增长2.95%。",
     "本部门2019年度本年收入合计6063.99万元，同比增加173.87万元，增长3.95%。", "TXT003"),
    ("同比下降", "本部门2019年度“三公”经费支出3.68万元，同比减少0.42万元，同比下降10.24%。",
     "本部门2019年度“三公”经费支出3.68万元，同比减少0.42万元，同比下降20.24%。", "TXT003"),
    ("增幅", "本部门2019年度本年收入合计6063.99万元，较上年增加173.87万元，增幅2.95%。",
     "本部门2019年度本年收入合计6063.99万元，较上年增加173.87万元，增幅3.95%。", "TXT003"),
    ("增长率为", "本部门2019年度本年收入合计6063.99万元，较上年增长173.87万元，增长率为2.95%。",
     "本部门2019年度本年收入合计6063.99万元，较上年增长173.87万元，增长率为3.95%。", "TXT003"),
    ("降低", "本部门2019年度“三公”经费支出3.68万元，比上年减少0.42万元，降低10.24%。",
     "本部门2019年度“三公”经费支出3.68万元，比上年减少0.42万元，降低20.24%。", "TXT003"),
    ("降幅为", "本部门2019年度“三公”经费支出3.68万元，较上年减少0.42万元，降幅为10.24%。",
     "本部门2019年度“三公”经费支出3.68万元，较上年减少0.42万元，降幅为20.24%。", "TXT003"),
    ("下降了", "本部门2019年度“三公”经费支出3.68万元，较上年下降0.42万元，下降了10.24%。",
     "本部门2019年度“三公”经费支出3.68万元，较上年下降0.42万元，下降了20.24%。", "TXT003"),
    ("中文百分数", "本部门2019年度本年收入合计6063.99万元，比2018年度增加173.87万元，增长百分之二点九五。",
     "本部门2019年度本年收入合计6063.99万元，比2018年度增加173.87万元，增长百分之三点九五。", "TXT003"),
    ("全角％与空格", "本部门2019年度本年收入合计 6063.99 万元，比上年增加 173.87 万元，增长 2.95 ％。",
     "本部门2019年度本年收入合计 6063.99 万元，比上年增加 173.87 万元，增长 3.95 ％。", "TXT003"),
    ("上年为", "本部门2019年度本年收入合计6063.99万元，上年为5890.12万元，增长2.95%。",
     "本部门2019年度本年收入合计6063.99万元，上年为5890.12万元，增长3.95%。", "TXT003"),
    ("元", "本部门2019年度本年收入合计60639900元，比上年增加1738700元，增长2.95%。",
     "本部门2019年度本年收入合计60639900元，比上年增加1738700元，增长3.95%。", "TXT003"),
    ("元对表", "本部门2019年度本年收入合计60639900.00元。", "本部门2019年度本年收入合计60739900.00元。", "TXT001"),
    ("亿元对表", "本部门2019年度本年收入合计0.606399亿元。", "本部门2019年度本年收入合计0.616399亿元。", "TXT001"),
    ("收入、支出总计均为", "本部门2019年度收入、支出总计均为6598.33万元。", "本部门2019年度收入、支出总计均为6698.33万元。",
     "TXT001"),
    ("占比", "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，占比12.73%。",
     "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，占比13.73%。", "TXT011"),
    ("所占比例为", "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，所占比例为12.73%。",
     "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，所占比例为13.73%。", "TXT011"),
    ("占总支出的", "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，占总支出的12.73%。",
     "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，占总支出的13.73%。", "TXT011"),
    ("括号中的占比", "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元（占12.73%）。",
     "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元（占13.73%）。", "TXT011"),
    ("占百分之", "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，占百分之十二点七三。",
     "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，占百分之十三点七三。", "TXT011"),
    ("下一句其中", "本部门2019年度本年支出合计6101.24万元。其中：基本支出776.71万元，占12.73%。",
     "本部门2019年度本年支出合计6101.24万元。其中：基本支出776.71万元，占13.73%。", "TXT011"),
    ("为预算数的", "本部门2019年度“三公”经费支出决算为3.68万元，为预算数的49.1%。",
     "本部门2019年度“三公”经费支出决算为3.68万元，为预算数的59.1%。", "TXT012"),
    ("决算数为预算数的", "本部门2019年度“三公”经费支出决算数为3.68万元，决算数为预算数的49.07%。",
     "本部门2019年度“三公”经费支出决算数为3.68万元，决算数为预算数的59.07%。", "TXT012"),
    ("年初预算X万元", "本部门2019年度“三公”经费年初预算7.50万元，支出决算3.68万元，完成年初预算的49.07%。",
     "本部门2019年度“三公”经费年初预算7.50万元，支出决算3.68万元，完成年初预算的59.07%。", "TXT012"),
    ("预算执行率", "本部门2019年度“三公”经费年初预算为7.5万元，决算为3.68万元，预算执行率为49.07%。",
     "本部门2019年度“三公”经费年初预算为7.5万元，决算为3.68万元，预算执行率为59.07%。", "TXT012"),
    ("调整预算", "本部门2019年度“三公”经费调整预算为7.5万元，决算为3.68万元，完成调整预算的49.07%。",
     "本部门2019年度“三公”经费调整预算为7.5万元，决算为3.68万元，完成调整预算的59.07%。", "TXT012"),
    ("比预算减少", "本部门2019年度“三公”经费支出3.68万元，比预算减少3.82万元，下降50.93%。",
     "本部门2019年度“三公”经费支出3.68万元，比预算减少3.82万元，下降60.93%。", "TXT003"),
    ("与预算持平", "本部门2019年度因公出国（境）费支出0万元，与预算持平。",
     "本部门2019年度“三公”经费支出3.68万元，与预算持平。", "TXT014"),
    ("年初与调整预算", "本部门2019年度一般公共预算财政拨款支出年初预算为2129.28万元，调整预算为2200.00万元，支出决算为"
     "2116.24万元，完成调整预算的96.19%。", "本部门2019年度一般公共预算财政拨款支出年初预算为2129.28万元，调整预算为"
     "2200.00万元，支出决算为2116.24万元，完成调整预算的99.39%。", "TXT012"),
    ("决算数大于年初预算数的主要原因", "本部门2019年度一般公共预算财政拨款支出年初预算为2129.28万元，支出决算为2116.24万元，"
     "决算数小于年初预算数的主要原因是项目支出减少。", "本部门2019年度一般公共预算财政拨款支出年初预算为2129.28万元，支出决算"
     "为2116.24万元，决算数大于年初预算数的主要原因是项目支出减少。", "TXT014"),
    ("分号后的第二项", "本部门2019年度本年支出合计6101.24万元，较上年增加209.01万元，增长3.55%；基本支出776.71万元，较上年"
     "减少10万元，下降1.27%。", "本部门2019年度本年支出合计6101.24万元，较上年增加209.01万元，增长3.55%；基本支出776.71万元，"
     "较上年减少10万元，下降2.27%。", "TXT003"),
    ("占项目支出总额的", "本部门组织对2019年度一般公共预算项目支出全面开展绩效自评，18个项目涉及资金509.00万元，占一般公共预算"
     "项目支出总额的38%。", "本部门组织对2019年度一般公共预算项目支出全面开展绩效自评，18个项目涉及资金509.00万元，占一般公共预算"
     "项目支出总额的48%。", "TXT011"),
    ("占政府性基金预算项目支出总额的", "政府性基金预算项目支出开展绩效自评，共涉及资金3984.99万元，占政府性基金预算项目支出总额的"
     "100%。", "政府性基金预算项目支出开展绩效自评，共涉及资金3984.99万元，占政府性基金预算项目支出总额的90%。", "TXT011"),
    ("政府采购金额", "本部门2019年政府采购金额（以合同签订为准）为251.25万元，其中：货物采购金额4.79万元、工程采购金额0万元、"
     "服务采购金额246.47万元。", "本部门2019年政府采购金额（以合同签订为准）为261.25万元，其中：货物采购金额4.79万元、工程采购"
     "金额0万元、服务采购金额246.47万元。", "TXT007"),
]

# the 2026 上海部门 sample's tables; sentences that state both amounts they compare
BUDGET_SHAPES = [
    ("上年执行数与本年安排", "2025年当年预算执行数为132.59万元，2026年预算安排220.63万元，比2025年预算执行数增加66.40%。",
     "2025年当年预算执行数为132.59万元，2026年预算安排220.63万元，比2025年预算执行数增加60.54%。", "TXT003"),
    ("上年执行数为零", "2025年当年预算执行数为0万元，2026年预算安排220.63万元，比2025年预算执行数增加220.63万元。",
     "2025年当年预算执行数为0万元，2026年预算安排220.63万元，比2025年预算执行数增加100.00%。", "TXT005"),
    ("说增实减", "2025年当年预算执行数为232.59万元，2026年预算安排220.63万元，比2025年预算执行数减少5.14%。",
     "2025年当年预算执行数为232.59万元，2026年预算安排220.63万元，比2025年预算执行数增加5.14%。", "TXT006"),
    ("未命名的项", "1.行政运行（项）支出753.88万元，与上年相比增加100万元，增长15.29%。",
     "1.行政运行（项）支出753.88万元，与上年相比增加100万元，增长16.29%。", "TXT003"),
    ("增减在下一句", "2.预留机动（项）支出1685.72万元。与上年相比增加1557.29万元，增长1212.56%。",
     "2.预留机动（项）支出1685.72万元。与上年相比增加1557.29万元，增长1312.56%。", "TXT003"),
    ("括号中的上年数", "2026年度部门支出预算安排与2025年度相比（2025年度部门支出预算安排为8,648.07万元），增加498.72万元，"
     "增长5.77%。", "2026年度部门支出预算安排与2025年度相比（2025年度部门支出预算安排为8,648.07万元），增加498.72万元，"
     "增长6.77%。", "TXT003"),
    ("收、支预算总计各增加", "本部门2026年收入、支出预算总计2129.93万元，与上年相比收、支预算总计各增加229.93万元，增长12.10%。",
     "本部门2026年收入、支出预算总计2129.93万元，与上年相比收、支预算总计各增加229.93万元，增长13.10%。", "TXT003"),
    ("收入、支出预算总计对表", "本部门2026年度收入、支出预算总计2129.93万元。", "本部门2026年度收入、支出预算总计2139.93万元。",
     "TXT001"),
    ("预算数与上年相比", "单位预留机动经费预算数为1685.72万元。与上年相比增加1557.29万元，增长1212.56%。",
     "单位预留机动经费预算数为1685.72万元。与上年相比增加1557.29万元，增长1312.56%。", "TXT003"),
    # 江苏: the amount in the sentence before, named otherwise than the change's subject
    ("财政拨款收、支总预算", "本部门2026年度财政拨款收、支总预算2082.33万元。与上年相比，财政拨款收、支总计各增加182.33万元，"
     "增长9.60%。", "本部门2026年度财政拨款收、支总预算2082.33万元。与上年相比，财政拨款收、支总计各增加182.33万元，"
     "增长10.60%。", "TXT003"),
    ("财政拨款收、支预算", "本部门2026年度财政拨款收、支预算2,082.33万元。与上年相比，财政拨款收、支总计各增加232.33万元，"
     "增长12.56%。", "本部门2026年度财政拨款收、支预算2,082.33万元。与上年相比，财政拨款收、支总计各增加232.33万元，"
     "增长12.66%。", "TXT003"),
    ("财政拨款收、支总预算对表", "本部门2026年度财政拨款收、支总预算2082.33万元。", "本部门2026年度财政拨款收、支总预算2182.33万元。",
     "TXT001"),
    ("财政拨款预算支出", "本部门2026年财政拨款预算支出2082.33万元。与上年相比，财政拨款支出增加182.33万元，增长9.6%。",
     "本部门2026年财政拨款预算支出2082.33万元。与上年相比，财政拨款支出增加182.33万元，增长9.7%。", "TXT003"),
]

# 上海 预算 wordings (the 2026 上海部门 sample: 收入总计 21,299,283 元, 财政拨款 20,823,283, 一般公共预算 18,173,283,
# 政府性基金 2,650,000, “三公”经费 9.70 万元, 机关运行经费 138.95 万元; no 政府采购 table)
BUDGET_SHAPES += [
    ("上年执行数与本年安排持平", "2025年当年预算执行数为15.00万元，2026年预算安排15.00万元，比2025年预算执行数持平。",
     "2025年当年预算执行数为15.00万元，2026年预算安排17.50万元，比2025年预算执行数持平。", "TXT006"),
    ("收入预算总计单独一句", "（一）收入预算总计2,129.93万元。", "（一）收入预算总计2,139.93万元。", "TXT001"),
    ("支出预算，其中财政拨款支出预算", "支出预算2,129.93万元，其中：财政拨款支出预算2,082.33万元，比2025年预算增加182.33万元。",
     "支出预算2,129.93万元，其中：财政拨款支出预算2,092.33万元，比2025年预算增加182.33万元。", "TXT001"),
    ("部门名称后的收入预算", "2026年，上海市普陀区某某街道办事处收入预算2,129.93万元，其中：财政拨款收入2,082.33万元。",
     "2026年，上海市普陀区某某街道办事处收入预算2,129.93万元，其中：财政拨款收入2,182.33万元。", "TXT001"),
    ("一般公共预算拨款支出预算", "财政拨款支出预算中，一般公共预算拨款支出预算1,817.33万元，比2025年预算减少20万元；"
     "政府性基金拨款支出预算265万元，比2025年预算增加202.33万元；国有资本经营预算拨款支出预算0万元，与2025年预算持平。",
     "财政拨款支出预算中，一般公共预算拨款支出预算1,827.33万元，比2025年预算减少20万元；"
     "政府性基金拨款支出预算265万元，比2025年预算增加202.33万元；国有资本经营预算拨款支出预算0万元，与2025年预算持平。", "TXT001"),
    ("拨款支出预算的增减之和", "财政拨款支出预算2,082.33万元，比2025年预算增加182.33万元。财政拨款支出预算中，一般公共预算拨款"
     "支出预算1,817.33万元，比2025年预算减少20万元；政府性基金拨款支出预算265万元，比2025年预算增加202.33万元；国有资本经营"
     "预算拨款支出预算0万元，与2025年预算持平。", "财政拨款支出预算2,082.33万元，比2025年预算增加182.33万元。财政拨款支出"
     "预算中，一般公共预算拨款支出预算1,817.33万元，比2025年预算减少20万元；政府性基金拨款支出预算265万元，比2025年预算增加"
     "212.33万元；国有资本经营预算拨款支出预算0万元，与2025年预算持平。", "TXT007"),
    ("三公经费预算数", "2026年“三公”经费预算数为9.70万元，比2025年预算减少1万元。",
     "2026年“三公”经费预算数为9.07万元，比2025年预算减少1万元。", "TXT001"),
    ("机关运行经费预算", "2026年本部门机关运行经费预算为138.95万元。", "2026年本部门机关运行经费预算为139.85万元。", "TXT001"),
    ("政府采购预算之和", "2026年本部门政府采购预算206.5万元，其中：政府采购货物预算120.5万元、政府采购工程预算0万元、"
     "政府采购服务预算86万元。", "2026年本部门政府采购预算206.5万元，其中：政府采购货物预算120.5万元、政府采购工程预算0万元、"
     "政府采购服务预算96万元。", "TXT007"),
]

# 江苏 预算 wordings (the 2019 江苏式 sample: 本年收入合计 13377.11, 其他资金 80.00, 单位预留机动经费 1886.02, “三公”经费
# 236.60, 机关运行经费 1130.74, 政府采购 206.50 = 货物 120.50 + 服务 86.00)
JIANGSU = SAMPLES / "预算公开表-2019-江苏式-无误.xlsx"
JIANGSU_SHAPES = [
    ("收入预算总计", "（一）收入预算总计13,377.11万元。", "（一）收入预算总计13,387.11万元。", "TXT001"),
    ("其他资金收入预算总计", "2.其他资金收入预算总计80万元。", "2.其他资金收入预算总计90万元。", "TXT001"),
    ("单位预留机动经费预算数", "单位预留机动经费预算数为1886.02万元。与上年相比增加86.02万元，增长4.78%。",
     "单位预留机动经费预算数为1868.02万元。与上年相比增加86.02万元，增长4.78%。", "TXT001"),
    ("收入来源的占比", "本部门本年收入预算合计13377.11万元，其中：一般公共预算收入13297.11万元，占99.40%；其他资金80万元，"
     "占0.60%。", "本部门本年收入预算合计13377.11万元，其中：一般公共预算收入13297.11万元，占99.40%；其他资金80万元，"
     "占0.70%。", "TXT011"),
    ("三公经费预算", "2019年度一般公共预算拨款安排的“三公”经费预算为236.6万元。",
     "2019年度一般公共预算拨款安排的“三公”经费预算为263.6万元。", "TXT001"),
    ("机关运行经费预算", "2019年度本部门机关运行经费预算为1130.74万元。", "2019年度本部门机关运行经费预算为1103.74万元。",
     "TXT001"),
    ("三公经费的占比", "2019年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出50.00万元，占“三公”经费的21.13%。",
     "2019年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出50.00万元，占“三公”经费的14.85%。", "TXT011"),
    ("政府采购支出预算总额", "2019年政府采购支出预算总额206.5万元，其中：拟采购货物支出120.5万元、拟购买服务支出86万元。",
     "2019年政府采购支出预算总额216.5万元，其中：拟采购货物支出120.5万元、拟购买服务支出86万元。", "TXT001"),
]

JIANGSU_SHAPES += [
    ("会议费预算支出", "本部门2019年度一般公共预算拨款安排的会议费预算支出40万元，与上年预算数一致。",
     "本部门2019年度一般公共预算拨款安排的会议费预算支出400万元，与上年预算数一致。", "TXT001"),
    ("培训费预算支出", "本部门2019年度一般公共预算拨款安排的培训费预算支出60.00万元，比上年预算减少10万元。",
     "本部门2019年度一般公共预算拨款安排的培训费预算支出66.00万元，比上年预算减少10万元。", "TXT001"),
]
# a 款's spending (“检察（款）：…支出合计”, the 经济分类 款 of 基本支出 “会议费（款）”) is not the whole's, nor the 三公 table's
JIANGSU_LEFT_ALONE = [
    "检察（款）：2019年预算支出合计16,444.36万元。其中：",
    "（8）会议费（款）支出1,094.62万元。用于单位全委会、常委会等会议。",
    "（10）公务用车运行维护费（款）支出15.66万元。用于单位按规定保留的公务用车运行维护。",
]

# read but never judged: another thing's change, a sentence with two amounts before the change
LEFT_ALONE = [
    "1.行政运行（项）支出1303.58万元，与上年相比，在职人员工资增加100万元，增长9.31%。",
    "2.预留机动（项）支出1685.72万元，其中100万元用于会议。与上年相比增加1557.29万元，增长1312.56%。",
    "本部门2019年度“三公”经费支出3.68万元，比上年减少0.42万元，下降10.24个百分点。",
    "本部门2019年度本年收入合计6063.99万元，比上年增长3.95%。",
    # a cause, not the subject's change; a part's change ("其中：基本支出增加50万元，增长6.9%" is 50 ÷ 726.71)
    "本部门2019年度本年支出合计6101.24万元，比上年增加209.01万元，增长3.55%，主要原因是人员经费增加50万元，增长10%。",
    "本部门2019年度本年支出合计6101.24万元，比上年增加209.01万元，增长3.55%，其中：基本支出增加50万元，增长6.9%。",
    "本部门2019年度本年收入合计6063.99万元，与上年基本持平。",
]
BUDGET_LEFT_ALONE = [
    # other things whose names end like the whole's: a source of income, a 款's spending, a template's choice
    "3.财政专户收入预算总计15万元。",
    # 持平 for a difference under 1 %, and 基本持平
    "2025年当年预算执行数为15.00万元，2026年预算安排15.10万元，比2025年预算执行数持平。",
    "2025年当年预算执行数为15.00万元，2026年预算安排17.50万元，比2025年预算执行数基本持平。",
]

HEADS = "一二三四五六七八九十"


def _heading(i: int) -> str:
    tens, ones = divmod(i, 10)
    return f"（{(HEADS[tens - 1] if tens > 1 else '') + ('十' if tens else '') + (HEADS[ones - 1] if ones else '')}）"


def _disclosure(tmp_path: Path, base: Path, sentences: list[str], name: str) -> Path:
    """The sample's tables with a 情况说明 sheet holding one heading and one sentence per shape."""
    wb = load_workbook(base)
    if "情况说明" in wb.sheetnames:
        del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    for i, s in enumerate(sentences, start=1):
        ws.append([f"{_heading(i)}{i}号说明"])
        ws.append([s])
    path = tmp_path / name
    wb.save(path)
    return path


def _by_sentence(path: Path, sentences: list[str]) -> dict[str, list[str]]:
    """Each sentence's findings (errors and warnings): sentence i of `_disclosure` is in cell A(2i)."""
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    out: dict[str, list[str]] = defaultdict(list)
    for f in findings:
        if f.severity.value in ("error", "warning"):
            # a judgement repeated word for word in several sentences is one finding listing them all (merged)
            cells = dict.fromkeys(loc.cell for loc in f.locations if loc.sheet == "情况说明")
            for cell in cells:
                out[sentences[(int(cell[1:]) - 1) // 2]].append((f.code, f.message))  # A2, A4, …
    return out


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("shapes")
    out = {}
    for key, base, shapes, extra in (("final", FINAL, FINAL_SHAPES, LEFT_ALONE[2:]),
                                     ("budget", BUDGET, BUDGET_SHAPES, LEFT_ALONE[:2] + BUDGET_LEFT_ALONE),
                                     ("jiangsu", JIANGSU, JIANGSU_SHAPES, JIANGSU_LEFT_ALONE)):
        right = [r for _n, r, _w, _c in shapes] + extra
        wrong = [w for _n, _r, w, _c in shapes]
        out[key] = (_by_sentence(_disclosure(tmp, base, right, f"{key}-right.xlsx"), right),
                    _by_sentence(_disclosure(tmp, base, wrong, f"{key}-wrong.xlsx"), wrong))
    return out


@pytest.mark.parametrize("key,shapes", [("final", FINAL_SHAPES), ("budget", BUDGET_SHAPES), ("jiangsu", JIANGSU_SHAPES)])
def test_right_sentences_are_clean_and_wrong_ones_found(judged, key, shapes):
    right, wrong = judged[key]
    assert dict(right) == {}, f"a right sentence drew a finding: {dict(right)}"
    for name, _r, w, code in shapes:
        assert [c for c, _m in wrong.get(w, [])] == [code], f"{name}: {w} → {wrong.get(w)}"
    assert sum(len(v) for v in wrong.values()) == len(shapes)  # nothing else (a merged finding counts at each place)


def test_rate_of_two_stated_amounts_message(judged):
    _right, wrong = judged["budget"]
    assert wrong[BUDGET_SHAPES[0][2]] == [
        ("TXT003", "文中“增加60.54%”与同一句所说的两个数不符：（220.63 − 132.59）÷ 132.59 = 66.40%。")]
    assert wrong[BUDGET_SHAPES[1][2]] == [
        ("TXT005", "文中“增加100.00%”：同一句所说的比较基数为 0万元，基数为零时不能计算增长率（220.63万元 ÷ 0）。")]


def test_level_of_two_stated_amounts_message(judged):
    _right, wrong = judged["budget"]
    assert wrong["2025年当年预算执行数为15.00万元，2026年预算安排17.50万元，比2025年预算执行数持平。"] == [
        ("TXT006", "文中“比2025年预算执行数持平”：同一句的两个数 15.00万元、17.50万元 不相等，17.50 − 15.00 = 2.50，"
                   "增加16.67%，应为“增加”而不是“持平”。")]


def test_a_share_of_another_figure_of_the_row_says_so(judged):
    """江苏 人大 2017: shares “of the 三公经费” that are of the row's 合计 (三公 + 会议费 + 培训费)."""
    _right, wrong = judged["jiangsu"]
    [(code, message)] = wrong["2019年度一般公共预算拨款安排的“三公”经费预算支出中，因公出国（境）费支出50.00万元，占“三公”经费的14.85%。"]
    assert code == "TXT011"
    assert message.endswith("50.00 ÷ 236.60（《“三公”经费和机关运行经费预算表》「预算数」「三公经费小计」列）= 21.13%；按同一行的「合计」336.60 计算为 "
                            "50.00 ÷ 336.60 = 14.85%，与文中相符：分母可能取错了。"), message


def test_chinese_numeral_percentages():
    from govaudit.recognize.claims import cn_percents

    assert cn_percents("增长百分之二点九五，占百分之十二点七三，百分之百，百分之二十，百分之十") == \
        "增长2.95%，占12.73%，100%，20%，10%"
    assert cn_percents("百分之三十四点零五") == "34.05%"
    assert cn_percents("百分之二三") == "百分之二三"  # not a number written this way: left as it is


def test_narrative_on_the_same_sheet_as_the_tables(tmp_path):
    """A 情况说明 written below the tables on their own sheet is read and judged like one on a sheet of its own."""
    for sentence, want in ((FINAL_SHAPES[0][1], []), (FINAL_SHAPES[0][2], ["TXT003"])):
        wb = load_workbook(FINAL)
        text = [c.value for row in wb["情况说明"].iter_rows() for c in row if c.value]
        del wb["情况说明"]
        ws = wb[wb.sheetnames[-1]]
        start = ws.max_row + 3
        for i, line in enumerate([*text, "（九）同比", sentence]):
            ws.cell(row=start + i, column=1, value=line)
        path = tmp_path / f"same-sheet-{len(want)}.xlsx"
        wb.save(path)
        status, findings = check_file(path, Options(select=["TXT0"]))
        assert status.status == "checked"
        got = [f for f in findings if f.severity.value in ("error", "warning")]
        assert [f.code for f in got] == want
        if want:
            assert got[0].locations[0].sheet == ws.title and got[0].locations[0].cell == f"A{start + len(text) + 1}"
        from govaudit.readers import read_workbook
        from govaudit.recognize.disclosure import recognize

        d = recognize(read_workbook(path))
        alone = recognize(read_workbook(FINAL)).narrative.claims  # the same text on a sheet of its own
        assert [c.clause for c in d.narrative.claims][: len(alone)] == [c.clause for c in alone]
        assert len(d.tables) == 9  # and the tables are still the nine


FINAL_FIRST = "本说明依据本部门2019年度部门决算公开表编写，以下金额的单位均为万元，比例按四舍五入保留两位小数。"


def _rows_findings(tmp_path: Path, rows: list[str], name: str, base: Path = FINAL,
                   first: str = FINAL_FIRST) -> list[tuple[int, str]]:
    """(i, code) of the errors and warnings when the 情况说明 sheet holds these paragraphs, one a row; i is the
    paragraph's index in `rows`."""
    wb = load_workbook(base)
    if "情况说明" in wb.sheetnames:
        del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    ws.append([first])
    for r in rows:  # row 1 is a sentence (a sheet is narrative only when it holds one); the paragraphs from row 2
        ws.append([r])
    path = tmp_path / name
    wb.save(path)
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    return [(int(f.locations[0].cell[1:]) - 2, f.code) for f in findings if f.severity.value in ("error", "warning")]


LIST_LEAD = "本部门2019年度本年支出合计6101.24万元，其中："


def test_a_list_over_several_paragraphs(tmp_path):
    """江苏: "本年收入预算合计X万元，其中：" ends a paragraph and each item ("一般公共预算收入Y万元，占Z%；") is a paragraph
    of its own: the shares are of the lead, until an item ends the sentence or a heading comes."""
    right = ["（一）支出", LIST_LEAD, "基本支出776.71万元，占12.73%；", "其他资金15万元，占0.25%；", "结转下年资金0万元，占0%。"]
    assert _rows_findings(tmp_path, right, "list-right.xlsx") == []
    wrong = ["（一）支出", LIST_LEAD, "基本支出776.71万元，占12.73%；", "其他资金15万元，占0.35%；", "结转下年资金0万元，占0%。"]
    assert _rows_findings(tmp_path, wrong, "list-wrong.xlsx") == [(3, "TXT011")]
    # the lead in a sentence of its own ("…合计X万元。其中：") and an item split over two lines
    split = ["（一）支出", "本部门2019年度本年支出合计6101.24万元。其中：", "基本支出776.71万元，占", "13.73%；"]
    assert _rows_findings(tmp_path, split, "list-split.xlsx") == [(2, "TXT011")]


def test_a_list_ends_where_its_whole_is_no_longer_sure(tmp_path):
    """After a full stop, a heading, or an item that opens a list of its own parts, a share is not set against
    the lead any more (it may be of something else): read, not judged."""
    after_stop = ["（一）支出", LIST_LEAD, "基本支出776.71万元，占12.73%。", "其他资金15万元，占9.99%；"]
    after_heading = ["（一）支出", LIST_LEAD, "基本支出776.71万元，占12.73%；", "（二）其他", "其他资金15万元，占9.99%；"]
    nested = ["（一）支出", LIST_LEAD, "基本支出776.71万元，占12.73%，其中：", "其他资金15万元，占9.99%；"]
    for i, rows in enumerate((after_stop, after_heading, nested)):
        assert _rows_findings(tmp_path, rows, f"list-end-{i}.xlsx") == [], rows
    # the same item right after the lead is judged (so the three above are left alone for the reason named)
    assert _rows_findings(tmp_path, ["（一）支出", LIST_LEAD, "其他资金15万元，占9.99%；"], "list-end-x.xlsx") == [(2, "TXT011")]


def test_shares_made_up_to_a_hundred_are_a_warning(tmp_path):
    """江苏 2017/2018: the rounded shares of a list add up to 99.99 % (12.73 + 49.17 + 38.09), and the text prints
    the last one as 38.10 so that they add up to 100 %: a tail adjustment (TXT015 warning), not a wrong share. One
    unit further (38.20) or a list that does not add up to 100 stays a TXT011 error; so does an item one unit off
    when the rounded shares already add up to 100 (nothing needed adjusting)."""
    lead = "（一）支出"

    def sentence(third: str, second: str = "49.17") -> list[str]:
        return [lead, f"本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，占12.73%；"
                      f"甲项资金3000.27万元，占{second}%；乙项资金2324.26万元，占{third}%。"]

    assert _rows_findings(tmp_path, sentence("38.09"), "tail-none.xlsx") == []
    assert _rows_findings(tmp_path, sentence("38.10"), "tail-adjusted.xlsx") == [(1, "TXT015")]
    later = sentence("38.10") + ["（二）其他", "本部门2019年度本年支出合计6101.24万元，其中：基本支出776.71万元，占13.73%。"]
    assert _rows_findings(tmp_path, later, "tail-then-wrong.xlsx") == [(1, "TXT015"), (3, "TXT011")]  # still judged
    assert _rows_findings(tmp_path, sentence("38.20"), "tail-wrong.xlsx") == [(1, "TXT011")]
    assert _rows_findings(tmp_path, sentence("38.08", "49.19"), "tail-not-100.xlsx") == [(1, "TXT011"), (1, "TXT011")]


def _budget_rows_findings(tmp_path: Path, rows: list[str], name: str) -> list[tuple[int, str]]:
    """(i, code) of the errors and warnings of the 2026 上海部门 sample with these paragraphs as its 情况说明."""
    return _rows_findings(tmp_path, rows, name, BUDGET, "本说明依据本部门2026年度部门预算公开表编写，以下金额的单位均为万元。")


def test_items_named_with_hyphens(tmp_path):
    """上海 预算: “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目X万元 names a 项 by 类, 款 and 项 joined by
    hyphens, and “…（类）…（款）…（项）”科目X万元 the same with the level marks: both are found in the 一般公共预算
    table (7,538,780 元 = 753.88 万元; 523,104 元 = 52.31 万元) under “财政拨款支出主要内容如下：”."""
    lead = "财政拨款支出主要内容如下："

    def rows(first: str, second: str) -> list[str]:
        return [lead, f"1.“一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目{first}万元，主要用于行政单位的基本支出。",
                f"2.“社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）”科目{second}万元，"
                "主要用于机关事业单位实施养老保险制度由单位实际缴纳的职业年金支出。"]

    assert _budget_rows_findings(tmp_path, rows("753.88", "52.31"), "items-right.xlsx") == []
    assert _budget_rows_findings(tmp_path, rows("763.88", "52.31"), "items-wrong1.xlsx") == [(1, "TXT001")]
    assert _budget_rows_findings(tmp_path, rows("753.88", "53.21"), "items-wrong2.xlsx") == [(2, "TXT001")]
    # without the heading that says whose spending the list is, the 项 is judged where every spending table that prints
    # its row (支出预算总表, 一般公共预算支出功能分类预算表) prints the same figure (s14budtext; before, not looked for)
    assert _budget_rows_findings(tmp_path, rows("763.88", "53.21")[1:], "items-no-lead.xlsx") == [(0, "TXT001"),
                                                                                                (1, "TXT001")]
    assert _budget_rows_findings(tmp_path, rows("753.88", "52.31")[1:], "items-no-lead-right.xlsx") == []


def test_a_templates_choice_is_no_level(tmp_path):
    """The 上海 template's “比2025年预算增加（减少）XXX万元（持平）” (left in the sample's 部门编制说明 sheet) says neither
    增加 nor 持平: its parts are not taken as level, so a text's own 财政拨款支出 change is not summed against them."""
    rows = ["本部门2026年财政拨款预算支出2082.33万元。与上年相比，财政拨款支出增加182.33万元，增长9.60%。"]
    assert _budget_rows_findings(tmp_path, rows, "template.xlsx") == []
    level = rows + ["财政拨款支出预算中，一般公共预算拨款支出预算1,817.33万元，与2025年预算持平；政府性基金拨款支出预算265万元，"
                    "与2025年预算持平；国有资本经营预算拨款支出预算0万元，与2025年预算持平。"]
    assert _budget_rows_findings(tmp_path, level, "level.xlsx") == [(0, "TXT007")]
