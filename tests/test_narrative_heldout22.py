"""Session 22 held-out batch of 决算 情况说明 wordings, each right and wrong, in phrasings none of the older narrative tests
use: “由…构成/组成”, “在…中占比”, “所占比重为”, “分别为…和…，分别占…的…和…”, “增幅/降幅/减幅”, “同比上升”, “比调整预算”,
“完成率”, “预算执行率”, “具体为：”, amounts in 元 and 亿元, a 财政拨款支出 by 类 with 主要原因, numbered 项 paragraphs
“（二）…（类）…（款）…（项）”, 三公 with last year's amounts, 政府采购, 车辆 counts, 资产, 绩效.

Written before running the checker on them (textfix, session 22). The tables are session 17's (tests/test_narrative_heldout17.py
`tables17`, printed as 2022; the same figures as tests/test_narrative_heldout21.py's docstring): 公开01表 收支总计 7093.33,
本年收入合计 6463.99 = 财政拨款 6063.99 + 事业 300.00 + 经营 50.00 + 附属单位上缴 30.00 + 其他 20.00; 本年支出合计 6451.24
(基本 976.71, 项目 5424.54, 经营 50.00); 公开04表 支出 6101.24 (类 201 1303.58, 205 6.15, 206 326.86, 208 305.17, 210 80.19,
212 3984.99, 213 41.83, 221 52.45); 公开05表 2116.25 = 776.71 + 1339.54; 项 其他科学技术支出 326.86, 行政单位医疗 80.19,
其他就业补助支出 73.46, 住房公积金 35.24, 购房补贴 17.21; 06 人员经费 741.82, 公用经费 34.89 (办公费 10.12, 差旅费 4.57,
工会经费 6.12, 其他商品和服务支出 10.39); 07 预算 7.50 (车 4.50, 接待 3.00), 决算 3.68 (车 2.42, 接待 1.26).
Last year's figures, ONE invented set every sentence keeps to (no table; different from batch 21's): 收支总计 6800.00 (2020:
6500.00), 本年收入合计 6100.00 (财政拨款 5800.00, 事业 260.00, 经营 0, 附属单位上缴 25.00, 其他 15.00), 本年支出合计 6250.00,
财政拨款支出 5900.00 (一般公共预算 2200.00 = 基本 760.00 + 项目 1440.00, 政府性基金 3700.00), 人员经费 720.00, 公用经费 40.00,
三公 4.20 (车 2.80, 接待 1.40, 出国 0), 机关运行经费 40.00. Budgets: 一般公共预算 调整 2150.00; 项 年初: 行政单位医疗 82.00,
其他科学技术支出 300.00, 其他就业补助支出 70.00, 购房补贴 18.00. 政府采购 (no table) 120.50 = 货物 45.30 + 工程 50.00 +
服务 25.20, 中小企业 96.40, 小微 60.25. 资产 (no table) 1380.00 = 流动 900.00 + 固定 450.00 + 无形 30.00; 车辆 5 = 一般公务用车
1 + 执法执勤用车 3 + 特种专业技术用车 1.

PAIRS: (name, heading(s), right text, figure in it, the wrong figure, codes): the right one must draw nothing (not even a
warning), the wrong one (the right one with that one piece changed) exactly the codes named. NEVER_JUDGED: right sentences
with no seeded twin that must draw nothing (约/近/超过, other years' amounts, a range of years, counts, percentages of
things that are not money, rounding at the edge: 5.11 ÷ 40.00 = 12.775 %).

FIRST_RUN records what the checker did on the batch as first written.
"""

from __future__ import annotations

import pytest
from test_narrative_heldout11 import _text
from test_narrative_heldout14 import codes_found
from test_narrative_heldout17 import _findings, _pair
from test_narrative_heldout19 import (  # the 决算 说明's headings
    OVERALL, INCOME, SPEND, FISCAL, GPB, GPB_TOTAL, GPB_STRUCT, ITEMS, BASIC, SG_TOTAL, SG_DETAIL, FUND, STATE, OPER, PROC,
    ASSET, PERF,
)

FIRST_RUN = """textfix, main 8796aa6, the batch as first written (33 pairs, 18 never-judged):
- right: 1 false error: “…项目支出约5425万元，两项合计约占本年支出合计的99%” drew TXT011 (5425 ÷ 6451.24 = 84.09%): the
  share of the listed amounts' sum was read as the last amount's. Nothing else, no warning.
- wrong (33): 23 caught with exactly the codes written. 2 expectations corrected (my mistakes, the checker was right): a
  wrong 上年数 “较2021年度的6010.00万元增加363.99万元，增长5.97%” makes the rate disagree with the two amounts too (TXT003
  as well as TXT001); “占政府采购支出总额的55.00%” written as an item of its own (each item here is printed under its own
  copy of the headings: another passage) had no 政府采购支出总额 to be held against: the item now states the total in a
  sentence before it, as a 说明 does under one heading. Not caught (8): a share said “在本年支出合计中占比80.49%” or “在一般
  公共预算财政拨款支出中的比重为2.48%” (not read; the second drew only its TXT001); a 款's 项 after 包括, “住房改革支出（款）
  52.45万元，包括住房公积金（项）32.54万元和购房补贴（项）17.21万元” (nothing: names after 包括 were read as uses, and a 项
  after 和 in the same clause not at all); “比年初预算82.00万元少1.18万元” (nothing: 少 after the budget's amount); “决算数
  362.86万元，完成率108.95%” (TXT001 without TXT012: a bare 完成率 not read); “完成调整预算2150.00万元的98.43%，比调整预算增加
  33.75万元” (TXT012 against a budget worked out from the change, 2082.50, not TXT006 against the 2150.00 it states); “车辆
  共计4辆，具体为：…” (nothing: only a list after 其中 was read); “资产总计0.14亿元，由流动资产900.00万元、…组成” (nothing:
  流动资产 after 由 was not read).
After the fixes (claims.SUM_OF_PARTS_RE, IN_WHOLE_SHARE_RE, INCLUDES_ITEMS_RE, MADE_OF_RE, BARE_COMPLETION_RE,
LESS_THAN_BUDGET_RE; narrative._stated_budget; narrative_parts.VEHICLES_RE and a 款 named without its 类 in
item_parts_add_up): right + never-judged: nothing; wrong: 33 of 33.
A second round (SECOND_PAIRS, 8 pairs, 8 never-judged: the same families in other words) written after the fixes, before
running it: right and never-judged drew nothing; wrong: 7 of 8 with the codes written; the 8th, a 类's 款 after “主要包括”,
drew nothing (read as a cause, then as uses): now its TXT001; its TXT007 is NOT_YET."""


PAIRS = [_pair(*p) for p in [
    # 收入支出决算总体情况
    ("收支总计亿元，增加万元", OVERALL, "2022年度收入、支出总计均为0.71亿元，较2021年度增加293.33万元，增长4.31%，主要原因是政府"
     "性基金项目支出增加。", "增长4.31%", "增长3.41%", "TXT003"),
    # 收入决算情况
    ("本年收入合计较2021年度的上年数", INCOME, "本年收入合计6463.99万元，较2021年度的6100.00万元增加363.99万元，增长5.97%。",
     "6100.00", "6010.00", "TXT001+TXT003"),
    ("财政拨款收入以元，占本年收入合计", INCOME, "本年收入中，财政拨款收入60,639,900.00元，占本年收入合计的93.81%。", "93.81%",
     "93.18%", "TXT011"),
    ("附属单位上缴收入同比上升在前", INCOME, "附属单位上缴收入30.00万元，同比上升20.00%，增加5.00万元，系下属单位上缴收入增加"
     "所致。", "同比上升", "同比下降", "TXT006"),
    ("经营收入上年为零", INCOME, "经营收入50.00万元，上年无经营收入，比上年增加50.00万元。", "增加50.00万元。",
     "增加50.00万元，增长100.00%。", "TXT005"),
    ("本年收入合计由…构成", INCOME, "本年收入合计6463.99万元，由财政拨款收入6063.99万元、事业收入300.00万元、经营收入50.00万元、"
     "附属单位上缴收入30.00万元和其他收入20.00万元构成。", "其他收入20.00", "其他收入2.00", "TXT001+TXT007"),
    # 支出决算情况
    ("本年支出合计增长在增加之前", SPEND, "本年支出合计6451.24万元，比上年增长3.22%，增加201.24万元。", "增长3.22%",
     "增长2.32%", "TXT003"),
    ("项目支出在本年支出合计中占比", SPEND, "项目支出5424.54万元，在本年支出合计中占比84.09%。", "占比84.09%", "占比80.49%",
     "TXT011"),
    # 财政拨款收入支出决算总体情况
    ("财政拨款支出比上年X增加，增幅", FISCAL, "2022年度财政拨款支出6101.24万元，比上年5900.00万元增加201.24万元，增幅3.41%。",
     "增幅3.41%", "增幅4.31%", "TXT003"),
    ("财政拨款支出增加，其中两种资金一减一增", FISCAL, "财政拨款支出6101.24万元，比上年增加201.24万元，其中：一般公共预算财政"
     "拨款支出减少83.75万元，政府性基金预算财政拨款支出增加284.99万元。", "增加284.99", "增加248.99", "TXT007"),
    ("财政拨款支出按类，主要用于、主要原因", FISCAL, "财政拨款支出6101.24万元，按支出功能分类：（一）一般公共服务支出（类）"
     "1303.58万元，主要用于机关日常运转和人力资源事务管理；（二）科学技术支出（类）326.86万元，主要原因是实施人才科研项目；"
     "（三）社会保障和就业支出（类）305.17万元，主要用于养老保险缴费和就业补助；（四）城乡社区支出（类）3984.99万元，主要原因是"
     "国有土地使用权出让收入安排的城乡社区建设项目增加。", "（类）305.17", "（类）350.17", "TXT001"),
    # 一般公共预算财政拨款支出
    ("完成调整预算的，比调整预算减少", GPB_TOTAL, "一般公共预算财政拨款支出决算2116.25万元，完成调整预算2150.00万元的98.43%，"
     "比调整预算减少33.75万元。", "比调整预算减少", "比调整预算增加", "TXT006"),
    ("比上年决算减少，降幅", GPB_TOTAL, "一般公共预算财政拨款支出2116.25万元，比上年决算减少83.75万元，降幅3.81%，主要是一次性"
     "项目经费减少。", "降幅3.81%", "降幅3.18%", "TXT003"),
    ("类所占比重为", GPB_STRUCT, "社会保障和就业支出305.17万元，所占比重为14.42%；卫生健康支出80.19万元，所占比重为3.79%。",
     "所占比重为14.42%", "所占比重为14.24%", "TXT011"),
    ("类在一般公共预算中的比重", GPB_STRUCT, "住房保障支出（类）52.45万元，在一般公共预算财政拨款支出中的比重为2.48%，主要用于"
     "住房公积金和购房补贴。", "（类）52.45", "（类）54.25", "TXT001+TXT011"),
    ("款包括两项", GPB_STRUCT, "住房改革支出（款）52.45万元，包括住房公积金（项）35.24万元和购房补贴（项）17.21万元。",
     "（项）35.24", "（项）32.54", "TXT001+TXT007"),
    ("（二）项：决算数比年初预算少", ITEMS, "（二）卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。决算数为80.19万元，"
     "比年初预算82.00万元少1.81万元，为年初预算的97.79%。", "少1.81", "少1.18", "TXT001"),
    ("（三）项：完成率", ITEMS, "（三）科学技术支出（类）其他科学技术支出（款）其他科学技术支出（项）。年初预算300.00万元，决算数"
     "326.86万元，完成率108.95%，主要是追加人才科研项目经费。", "决算数326.86", "决算数362.86", "TXT001+TXT012"),
    ("（四）项：决算数大于年初预算数的主要原因", ITEMS, "（四）社会保障和就业支出（类）就业补助（款）其他就业补助支出（项）。"
     "年初预算70.00万元，支出决算73.46万元，决算数大于年初预算数的主要原因是新增就业见习补贴。", "大于", "小于", "TXT014"),
    # 基本支出
    ("人员经费和公用经费分别为、分别占", BASIC, "人员经费和公用经费分别为741.82万元和34.89万元，分别占基本支出的95.51%和"
     "4.49%。", "4.49%", "4.94%", "TXT011"),
    ("公用经费较上年减少，下降", BASIC, "公用经费34.89万元，较上年减少5.11万元，下降12.78%，主要是压减办公费和差旅费。",
     "较上年减少", "较上年增加", "TXT006"),
    ("公用经费主要包括四款", BASIC, "公用经费34.89万元，主要包括：办公费10.12万元、差旅费4.57万元、工会经费6.12万元、其他商品和"
     "服务支出10.39万元。", "工会经费6.12", "工会经费16.12", "TXT001+TXT007"),
    # “三公”经费
    ("三公比2021年度X减少，其中三项各比上年", SG_TOTAL, "2022年度“三公”经费财政拨款支出决算3.68万元，比2021年度4.20万元减少"
     "0.52万元，下降12.38%。其中：因公出国（境）费0万元，与上年持平；公务用车购置及运行维护费2.42万元，比上年减少0.38万元；"
     "公务接待费1.26万元，比上年减少0.14万元。", "减少0.14", "减少0.41", "TXT007"),
    ("三公支出中两项各占（无金额）", SG_TOTAL, "“三公”经费支出中，公务用车购置及运行维护费占65.76%，公务接待费占34.24%，因公出国"
     "（境）费为零。", "占65.76%", "占62.76%", "TXT011"),
    ("三公决算比预算减少", SG_TOTAL, "“三公”经费支出决算3.68万元，比预算减少3.82万元，主要原因是严格控制公务用车运行和公务接待"
     "支出。", "比预算减少", "比预算增加", "TXT006"),
    ("公务用车全年预算、实际支出、预算执行率", SG_DETAIL, "公务用车购置及运行维护费全年预算4.50万元，实际支出2.42万元，预算"
     "执行率53.78%。", "53.78%", "58.73%", "TXT012"),
    ("公务接待费全部用于国内，批次人次", SG_DETAIL, "公务接待费支出1.26万元，全部用于国内公务接待，共接待12批次、86人次，无外事"
     "接待。", "支出1.26", "支出1.62", "TXT001"),
    # 机关运行经费
    ("机关运行经费2021年度为，减幅", OPER, "2022年度机关运行经费为34.89万元，2021年度为40.00万元，减少5.11万元，减幅12.78%。",
     "减幅12.78%", "减幅21.78%", "TXT003"),
    # 政府采购
    ("政府采购三类之和", PROC, "2022年度政府采购支出总额120.50万元，其中：政府采购货物支出45.30万元、政府采购工程支出50.00万元、"
     "政府采购服务支出25.20万元。", "工程支出50.00", "工程支出55.00", "TXT007"),
    ("中小企业、小微企业各占政府采购支出总额", PROC, "2022年度本部门政府采购支出总额120.50万元。授予中小企业合同金额96.40"
     "万元，占政府采购支出总额的80.00%，其中授予小微"
     "企业合同金额60.25万元，占政府采购支出总额的50.00%。", "占政府采购支出总额的50.00%", "占政府采购支出总额的55.00%",
     "TXT011"),
    # 国有资产
    ("车辆共计，具体为", ASSET, "本部门2022年末车辆共计5辆，具体为：一般公务用车1辆、执法执勤用车3辆、特种专业技术用车1辆。",
     "共计5辆", "共计4辆", "TXT007"),
    ("资产总计亿元由三项组成", ASSET, "本部门资产总计0.14亿元，由流动资产900.00万元、固定资产450.00万元、无形资产30.00万元"
     "组成。", "固定资产450.00", "固定资产650.00", "TXT007"),
    # 绩效
    ("绩效自评涉及资金占项目支出", PERF, "2022年度本部门对12个一般公共预算项目开展绩效自评，涉及资金1339.54万元，占一般公共预算"
     "财政拨款项目支出的100%。", "的100%", "的90%", "TXT011"),
]]

NEVER_JUDGED = [
    (SPEND, "2022年度本部门基本支出约977万元，项目支出约5425万元，两项合计约占本年支出合计的99%。"),
    (INCOME, "本年收入合计超过6400万元，其中财政拨款收入占九成以上。"),
    (OVERALL, "2020年度本部门收支总计6500.00万元，2021年度为6800.00万元，2022年度为7093.33万元，呈逐年增长态势。"),
    (OVERALL, "与2021年末相比，本部门年末结转和结余增加17.75万元，达到632.09万元。"),
    (GPB, "2020—2022年，本部门累计安排就业补助资金210.00万元，其中2022年73.46万元。"),
    (GPB_TOTAL, "2021年度本部门一般公共预算财政拨款支出2200.00万元，其中基本支出760.00万元、项目支出1440.00万元。"),
    (GPB_STRUCT, "一般公共服务支出1303.58万元，约占六成，是占比最大的支出类别。"),
    (SPEND, "项目支出中，特定目标类项目支出5000.00万元，占92.17%。"),
    (BASIC, "公用经费由上年的40.00万元降至34.89万元，降幅12.78%。"),
    (BASIC, "人员经费占基本支出的比重为95.51%，比上年提高0.77个百分点。"),
    (SG_DETAIL, "截至2022年12月31日，本部门开支财政拨款的公务用车保有量为5辆，与上年持平。"),
    (SG_DETAIL, "公务用车运行维护费24,200.00元，主要用于车辆燃油、维修和保险。"),
    (SG_DETAIL, "因公出国（境）费本年和上年均为0万元，未安排出国团组。"),
    (FUND, "政府性基金预算财政拨款支出近0.4亿元，全部用于城乡社区建设。"),
    (STATE, "本部门2022年度国有资本经营预算财政拨款收入、支出均为0万元。"),
    (ASSET, "本部门共有车辆5辆，其中新能源汽车2辆、燃油汽车3辆，均为执法执勤和一般公务用途。"),
    (PERF, "全年共组织职业技能培训班15期，培训1200人次，比上年增加200人次，增长20.00%。"),
    (PERF, "项目绩效目标完成率为98.5%，服务对象满意度达95%以上，较上年提高2个百分点。"),
]


# SECOND_ROUND: written after the first round's fixes, before running them: the same families in other words
SECOND_PAIRS = [_pair(*p) for p in [
    ("本年支出合计由三项构成", SPEND, "本年支出合计6451.24万元，由基本支出976.71万元、项目支出5424.54万元和经营支出50.00万元"
     "构成。", "经营支出50.00", "经营支出5.00", "TXT001+TXT007"),
    ("在本年收入合计中所占比重为", INCOME, "事业收入300.00万元，在本年收入合计中所占比重为4.64%。", "4.64%", "6.44%",
     "TXT011"),
    ("类在一般公共预算中的占比为", GPB_STRUCT, "教育支出（类）6.15万元，在一般公共预算财政拨款支出中的占比为0.29%。", "0.29%",
     "0.92%", "TXT011"),
    ("车辆分别为", ASSET, "本部门现有车辆5辆，分别为一般公务用车1辆、执法执勤用车3辆和特种专业技术用车1辆。", "现有车辆5辆",
     "现有车辆3辆", "TXT007"),
    ("类主要包括三款", GPB_STRUCT, "社会保障和就业支出（类）305.17万元，主要包括人力资源和社会保障管理事务（款）123.46万元、"
     "行政事业单位养老支出（款）108.26万元、就业补助（款）73.46万元。", "（款）73.46", "（款）37.46", "TXT001+TXT007"),
    ("比全年预算X少", SG_DETAIL, "公务接待费决算1.26万元，比全年预算3.00万元少1.74万元。", "少1.74", "少1.47", "TXT001"),
    ("三公一项完成率", SG_DETAIL, "公务用车购置及运行维护费预算4.50万元，决算2.42万元，完成率53.78%。", "完成率53.78%",
     "完成率35.78%", "TXT012"),
    ("为全年预算X的，较全年预算减少", GPB_TOTAL, "一般公共预算财政拨款支出2116.25万元，为全年预算2150.00万元的98.43%，较全年"
     "预算减少33.75万元。", "减少33.75", "减少43.75", "TXT001"),
]]

SECOND_NEVER_JUDGED = [
    (OVERALL, "年初结转和结余614.34万元，由上年未完成项目资金结转形成。"),
    (BASIC, "人员经费741.82万元，公用经费34.89万元，二者合计占一般公共预算财政拨款支出的36.70%。"),
    (PERF, "2022年度本部门项目预算资金1339.54万元，绩效目标完成率100%，预算执行率98.5%以上。"),
    (SPEND, "三项支出中，项目支出占比最高，在本年支出合计中占比超过八成。"),
    (ITEMS, "（五）住房保障支出（类）住房改革支出（款）住房公积金（项）。年初预算36.00万元，决算数35.24万元，完成率97.89%，"
     "主要用于按规定为职工缴存住房公积金。"),
    (INCOME, "以上三项收入合计占本年收入合计的5.88%。"),
    (GPB, "一般公共预算财政拨款支出在财政拨款支出中占比34.69%。"),
    (ASSET, "车辆分别为：越野车2辆、轿车3辆。"),
]


# wrong ones not found yet (an honest miss: xfail, not strict)
NOT_YET: dict[str, str] = {
    "类主要包括三款": "a 类's 款 listed after it are each held against 公开05表 (TXT001), but not summed against the 类 "
                  "(narrative_parts.item_parts_add_up sums a 款's 项 only; the same after 其中)",
}


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("heldout22")
    pairs = PAIRS + SECOND_PAIRS
    right = [r for _n, r, _w, _c in pairs] + NEVER_JUDGED + SECOND_NEVER_JUDGED
    return _findings(tmp, right, "right.xlsx", 2022), _findings(tmp, [w for _n, _r, w, _c in pairs], "wrong.xlsx", 2022)


def test_batch_is_large_enough():
    assert len(PAIRS) >= 25 and len(NEVER_JUDGED) >= 15
    pairs = PAIRS + SECOND_PAIRS
    assert len({_text(r) for _n, r, _w, _c in pairs} | {_text(w) for _n, _r, w, _c in pairs}) == 2 * len(pairs)


def test_right_and_never_judged_sentences_draw_nothing(judged):
    assert dict(judged[0]) == {}


@pytest.mark.parametrize("name,wrong,code", [
    pytest.param(n, _text(w), c, id=n, marks=[pytest.mark.xfail(reason=NOT_YET[n], strict=False)] if n in NOT_YET else [])
    for n, _r, w, c in PAIRS + SECOND_PAIRS])
def test_wrong_sentence_found(judged, name, wrong, code):
    assert codes_found(judged[1], wrong) == sorted(code.split("+")), f"{name}: {judged[1].get(wrong)}"
