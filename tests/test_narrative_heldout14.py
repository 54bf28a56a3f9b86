"""Session 14 held-out batch of 决算 情况说明 wordings (山东, 山西, 河北, 浙江, 四川, 贵州, 甘肃, 内蒙古, 新疆, 黑龙江, 吉林,
海南, 宁夏, 湖北 and 中央部门 2023/2025 ways), each right and wrong, none of them in the older narrative tests.

Written before reading recognize/claims.py (s14text), from the domain notes and how these provinces write: 亿元 and whole
元 (with and without thousands separators), 全角 digits, figures in brackets (“（增长2.95%）”, “（其中：…）”, a fund split in
brackets after 财政拨款支出), “与上年持平”/“与年初持平”, “增加/减少X个百分点”, “下降X个百分点”, “减少X%” for a rate, “主要原因是…”
clauses that hold other amounts, 三公 parts listed before their total (“三项合计”), a 三公 budget with its parts in a bracket
and then the 决算 (the s13 review's false finding, task 2), 机关运行经费 as a share of 基本支出, 政府采购 parts in another
order and in 元, 国有资产 in 元 and as “资产总计”, counts of cars, rooms and 万人次 that are not money; a whole county 说明
with one-error copies; and 中央部门 wordings checked against the same tables printed as 2023 and 2025 (the years changed
everywhere in the workbook).

The tables are the 2019 决算 sample's (tests/test_narrative_heldout.py's docstring); last year's figures are the earlier
batches' (收支总计 6398.33, 本年收入合计 5890.12, 本年支出合计 5892.23, 一般公共预算财政拨款 2230.40, 政府性基金 3659.72,
“三公” 4.10 (车 2.80, 接待 1.30), 机关运行经费 32.34, 基本支出 726.71, 资产总额 1400.00). Invented figures with no table:
政府采购 120.50 = 货物 80.30 + 工程 0 + 服务 40.20, 中小企业 110.00 (小微 60.00); 资产总额 1523.45 = 流动 812.30 + 非流动 711.15.

PAIRS: (name, right, wrong, codes): the right one must draw nothing (not even a warning), the wrong one (one planted
error) exactly the finding codes named (in any order). NEVER_JUDGED: right sentences that must draw nothing.

FIRST_RUN records what main did before any change this batch asked for.
"""

from __future__ import annotations

import pytest
from test_narrative_heldout11 import _findings, _text
from test_narrative_heldout13 import _document_findings

OVERALL = "一、收入支出决算总体情况说明"
INCOME = "二、收入决算情况说明"
SPEND = "三、支出决算情况说明"
FISCAL = "四、财政拨款收入支出决算总体情况说明"
GPB = "五、一般公共预算财政拨款支出决算情况说明"
ITEMS = [GPB, "（三）一般公共预算财政拨款支出决算具体情况"]
BASIC = "六、一般公共预算财政拨款基本支出决算情况说明"
SANGONG = "七、“三公”经费财政拨款支出决算情况说明"
FUND = "八、政府性基金预算财政拨款收入支出决算情况说明"
OTHER = "十、其他重要事项的情况说明"
OPER = [OTHER, "（一）机关运行经费支出情况说明"]
PROC = [OTHER, "（二）政府采购支出情况说明"]
ASSET = [OTHER, "（三）国有资产占用情况说明"]

FIRST_RUN = """main 6a0626c, before any change (56 pairs + 12 中央 pairs (2023, 2025) = 136 sentences, 35 + 4 never-judged,
one whole county 说明 with 16 one-error copies):
- right + never-judged (107 sentences and the document): 2 drew errors (7 false findings): a 三公 budget with its parts in a
  bracket and then the 决算 (“年初预算7.50万元（公务用车购置及运行维护费4.50万元、公务接待费3.00万元），决算支出3.68万元”:
  the bracket's parts judged against 公开07表's 决算数, TXT001, and the spent 3.68 read as the last part's, 公务接待费, TXT001 +
  TXT002) and the same with the 决算's own parts in a second bracket (TXT001 + 3 TXT002). No warning. The document and
  the 中央 2023/2025 sentences drew nothing.
- wrong (84): 62 caught with exactly the codes written (main batch 38/56, 中央 10/12, document 14/16). Not caught:
  a rate after last year's amount with no change amount (“较上年2230.40万元减少5.21%”, “较上年726.71万元增加8.66%”,
  “比上年1400.00万元增长8.28%”), the 全角 rate “增长２．５９％”, parts in a bracket after 本年支出合计, a 款's 项 after 其中, a
  类's share “占一般公共预算财政拨款支出决算的”, “分别为…分别占…” shares, 三公 parts listed before “三项合计”, the 三公 parts'
  shares “分别占“三公”经费的”, “较年初预算A减少X” of the 三公, 因公出国 0.50 with a blank table cell, a fund's 本年收入 after
  “加上”, “资产总计”'s parts, and in the document “较年初减少X” of a 年末 balance after a bracket and a 项's completion after
  “（项）46.42万元，年初预算50.00万元”; partly: a wrong amount with a wrong 占100.00% (TXT001, no TXT011), a wrong 城乡社区支出
  (类) after “其中” (TXT011, no TXT001), “占本年收入合计的99%” for 100% (TXT010: truncation, though both amounts are the
  same printed figure), the wrong 三公 决算 after the bracketed budget (also the false findings above). One expectation
  corrected: a 年末 balance's wrong rate also draws TXT007 with another sentence's planted wrong 一般公共预算 年末 balance
  (a true finding of the wrong document: 63.65 + 460.44 ≠ 497.09).
After the fixes (s14text, tests/test_narrative_s14.py): right + never-judged: nothing; wrong: 77 of the 84 caught with the
codes named. Fixed: a budget's parts in a bracket after the budget amount (and what follows the bracket: the whole's); a
bare completion after a budget's list closed by '；'; a rate after last year's stated amount; “占…支出决算的”; names sharing
a 支出 before 分别为; 资产总计; a 科目's own amount as what a bare completion is of; a 三公 change against a 年初 budget the
clause states; a bracket of parts named by subjects after an amount. Expectations corrected (my mistakes, not the
checker's): “分别占…34.42%” is 1.26 ÷ 3.68 within rounding (now 36.24%); the 全角 rate repeated another wrong sentence's
planted error (a finding is reported once, now “２．９９％”); “占…的99%” of two equal printed amounts is TXT010, as the
interval design has it for any cut figure (9.9% of 100 → 110 is pinned so in test_mutation_narrative_s6); 基本 + 项目 short
of 本年支出合计 is no TXT007 (heldout13's finding). A second round written after reading the code (8 never-judged, 2 pairs)
found one false finding, on main too: “…（项）412.35万元，其中人员经费300.00万元，年初预算400.00万元，完成年初预算的
103.09%” judged the 科目's 人员经费 against 公开06表 (TXT001) and the completion on it (TXT012): fixed (what follows 其中 in a
科目's paragraph is the 科目's own). Left (NOT_YET, strict xfails): 7."""

# (name, right, wrong, codes)
PAIRS = [
    # 收入支出决算总体情况
    ("山东：收入、支出总计各增加，千分位", (OVERALL, "2019年度收入总计、支出总计均为6,598.33万元，与2018年度相比，收入、支出总计"
     "各增加200.00万元，增长3.13%，主要原因是政府性基金项目增加。"), (OVERALL, "2019年度收入总计、支出总计均为6,598.33万元，与2018"
     "年度相比，收入、支出总计各增加200.00万元，增长3.31%，主要原因是政府性基金项目增加。"), "TXT003"),
    ("山西：收支总计亿元", (OVERALL, "2019年度本部门收支总计0.66亿元，比上年增加0.02亿元。"),
     (OVERALL, "2019年度本部门收支总计0.56亿元，比上年增加0.02亿元。"), "TXT001"),
    ("河北：本年收入、支出合计整元", (OVERALL, "本年收入合计60,639,900元，本年支出合计61,012,400元，收支差额由年初结转和结余弥补。"),
     (OVERALL, "本年收入合计60,639,900元，本年支出合计61,021,400元，收支差额由年初结转和结余弥补。"), "TXT001"),
    ("全角数字的本年收入合计", (OVERALL, "２０１９年度本年收入合计６０６３．９９万元。"),
     (OVERALL, "２０１９年度本年收入合计６０３６．９９万元。"), "TXT001"),
    ("括号中的增长率", (OVERALL, "本年收入合计6063.99万元（较上年增加173.87万元，增长2.95%）。"),
     (OVERALL, "本年收入合计6063.99万元（较上年增加173.87万元，增长2.59%）。"), "TXT003"),
    ("年初结转和结余括号中的两种资金", (FISCAL, "年初财政拨款结转和结余534.34万元（其中：一般公共预算财政拨款36.65万元，政府性基金"
     "预算财政拨款497.69万元）。"), (FISCAL, "年初财政拨款结转和结余534.34万元（其中：一般公共预算财政拨款36.65万元，政府性基金预算"
     "财政拨款479.69万元）。"), "TXT001+TXT007"),
    ("湖北：增长率与主要原因中的金额", (OVERALL, "本年支出合计6101.24万元，比上年增加209.01万元，增长3.55%，主要原因是：政府性基金"
     "项目支出增加325.27万元，一般公共预算项目支出减少116.26万元。"), (OVERALL, "本年支出合计6101.24万元，比上年增加209.01万元，"
     "增长3.35%，主要原因是：政府性基金项目支出增加325.27万元，一般公共预算项目支出减少116.26万元。"), "TXT003"),
    # 收入决算情况
    ("四川：占本年收入的，较上年减少X%", (INCOME, "一般公共预算财政拨款收入2116.25万元，占本年收入的34.90%，较上年减少5.12%。"),
     (INCOME, "一般公共预算财政拨款收入2116.25万元，占本年收入的39.40%，较上年减少5.12%。"), "TXT011"),
    ("贵州：较上年A减少X%", (INCOME, "一般公共预算财政拨款收入2116.25万元，较上年2230.40万元减少5.12%。"),
     (INCOME, "一般公共预算财政拨款收入2116.25万元，较上年2230.40万元减少5.21%。"), "TXT003"),
    ("甘肃：增长率为", (INCOME, "政府性基金预算财政拨款收入3947.74万元，比上年增加288.02万元，增长率为7.87%。"),
     (INCOME, "政府性基金预算财政拨款收入3947.74万元，比上年增加288.02万元，增长率为8.77%。"), "TXT003"),
    ("内蒙古：收入构成各项均有占比", (INCOME, "收入构成：财政拨款收入6063.99万元，占100.00%；上级补助收入0.00万元，占0.00%；事业收入"
     "0.00万元，占0.00%；其他收入0.00万元，占0.00%。"), (INCOME, "收入构成：财政拨款收入6036.99万元，占100.00%；上级补助收入0.00"
     "万元，占0.00%；事业收入0.00万元，占0.00%；其他收入0.00万元，占0.00%。"), "TXT001+TXT011"),
    ("宁夏：下降率与主要原因中的两个金额", (INCOME, "一般公共预算财政拨款收入2116.25万元，比上年减少114.15万元，下降5.12%，主要原因是"
     "创新创业人才项目经费减少120.00万元、住房公积金增加5.85万元。"), (INCOME, "一般公共预算财政拨款收入2116.25万元，比上年减少"
     "114.15万元，下降5.21%，主要原因是创新创业人才项目经费减少120.00万元、住房公积金增加5.85万元。"), "TXT003"),
    # 支出决算情况
    ("新疆：较上年增长，其中两项", (SPEND, "本年支出合计6101.24万元，较上年增长3.55%，其中：基本支出776.71万元，项目支出5324.54万元。"),
     (SPEND, "本年支出合计6101.24万元，较上年增长3.55%，其中：基本支出776.71万元，项目支出5342.54万元。"), "TXT001+TXT007"),
    ("黑龙江：占比比上年增加个百分点", (SPEND, "基本支出776.71万元，占本年支出合计的12.73%，比上年增加0.40个百分点；项目支出5324.54"
     "万元，占87.27%，比上年减少0.40个百分点。"), (SPEND, "基本支出776.71万元，占本年支出合计的12.37%，比上年增加0.40个百分点；"
     "项目支出5324.54万元，占87.27%，比上年减少0.40个百分点。"), "TXT011"),
    ("吉林：所占比重较上年下降个百分点", (SPEND, "一般公共预算财政拨款支出2116.25万元，占本年支出合计的34.69%，所占比重较上年下降"
     "3.16个百分点。"), (SPEND, "一般公共预算财政拨款支出2116.25万元，占本年支出合计的34.96%，所占比重较上年下降3.16个百分点。"),
     "TXT011"),
    ("海南：整元的占比", (SPEND, "本年支出合计61,012,400元，其中基本支出7,767,100元，占12.73%。"),
     (SPEND, "本年支出合计61,012,400元，其中基本支出7,767,100元，占17.73%。"), "TXT011"),
    ("宁夏：括号中的基本支出与项目支出", (SPEND, "本年支出合计6101.24万元（基本支出776.71万元，项目支出5324.54万元）。"),
     (SPEND, "本年支出合计6101.24万元（基本支出767.71万元，项目支出5324.54万元）。"), "TXT001+TXT007"),
    ("湖北：城乡社区支出（类）占本年支出合计的", (SPEND, "其中城乡社区支出（类）3984.99万元，占本年支出合计的65.31%。"),
     (SPEND, "其中城乡社区支出（类）3948.99万元，占本年支出合计的65.31%。"), "TXT001+TXT011"),
    ("政府性基金支出占本年支出合计的", (SPEND, "政府性基金预算财政拨款支出3984.99万元，占本年支出合计的65.31%。"),
     (SPEND, "政府性基金预算财政拨款支出3984.99万元，占本年支出合计的56.31%。"), "TXT011"),
    # 财政拨款收入支出决算总体情况
    ("山东：财政拨款收入其中两项以顿号", (FISCAL, "财政拨款收入6063.99万元，其中一般公共预算财政拨款收入2116.25万元、政府性基金预算"
     "财政拨款收入3947.74万元。"), (FISCAL, "财政拨款收入6063.99万元，其中一般公共预算财政拨款收入2161.25万元、政府性基金预算财政"
     "拨款收入3947.74万元。"), "TXT001+TXT007"),
    ("浙江：括号中的增长率", (FISCAL, "财政拨款支出6101.24万元，比上年增加209.01万元（增长3.55%）。"),
     (FISCAL, "财政拨款支出6101.24万元，比上年增加209.01万元（增长3.45%）。"), "TXT003"),
    ("四川：年末较年初减少、下降", (FISCAL, "年末财政拨款结转和结余497.09万元，较年初减少37.25万元，下降6.97%。"),
     (FISCAL, "年末财政拨款结转和结余497.09万元，较年初减少37.25万元，下降7.97%。"), "TXT003+TXT007"),
    ("年末一般公共预算结转和结余与年初持平", (FISCAL, "年末一般公共预算财政拨款结转和结余36.65万元，与年初持平。"),
     (FISCAL, "年末一般公共预算财政拨款结转和结余63.65万元，与年初持平。"), "TXT001"),
    # 一般公共预算财政拨款支出
    ("贵州：基本支出、项目支出占一般公共预算支出", (GPB, "一般公共预算财政拨款支出决算2116.25万元，其中基本支出776.71万元，占"
     "36.70%；项目支出1339.54万元，占63.30%。"), (GPB, "一般公共预算财政拨款支出决算2116.25万元，其中基本支出776.71万元，占36.70%；"
     "项目支出1339.54万元，占63.03%。"), "TXT011"),
    ("甘肃：减少X万元，减少X%", (GPB, "一般公共预算财政拨款支出2116.25万元，比上年减少114.15万元，减少5.12%。"),
     (GPB, "一般公共预算财政拨款支出2116.25万元，比上年减少114.15万元，减少5.21%。"), "TXT003"),
    ("支出决算中基本支出、项目支出无总数", (GPB, "一般公共预算财政拨款支出决算中，基本支出776.71万元，项目支出1339.54万元。"),
     (GPB, "一般公共预算财政拨款支出决算中，基本支出776.71万元，项目支出1393.54万元。"), "TXT001"),
    ("内蒙古：类以整元", (GPB, "一般公共服务支出13,035,800元，主要用于机关运行和人力资源事务。"),
     (GPB, "一般公共服务支出13,053,800元，主要用于机关运行和人力资源事务。"), "TXT001"),
    ("新疆：（1）项：年初预算、支出决算、完成年初预算的", (ITEMS, "（1）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业"
     "单位基本养老保险缴费支出（项）：年初预算60.00万元，支出决算61.83万元，完成年初预算的103.05%，主要是缴费基数调整。"),
     (ITEMS, "（1）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）：年初预算60.00万元，"
      "支出决算61.83万元，完成年初预算的130.05%，主要是缴费基数调整。"), "TXT012"),
    ("黑龙江：项：年初预算数、决算数、预算执行率", (ITEMS, "（2）卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）：年初"
     "预算数80.00万元，决算数80.19万元，预算执行率100.24%。"), (ITEMS, "（2）卫生健康支出（类）行政事业单位医疗（款）行政单位医疗"
     "（项）：年初预算数80.00万元，决算数81.09万元，预算执行率100.24%。"), "TXT001+TXT012"),
    ("吉林：项：年初预算为0，决算为", (ITEMS, "（3）农林水支出（类）扶贫（款）其他扶贫支出（项）：年初预算为0，决算为41.83万元，主要是"
     "年中追加扶贫资金。"), (ITEMS, "（3）农林水支出（类）扶贫（款）其他扶贫支出（项）：年初预算为0，决算为41.38万元，主要是年中"
     "追加扶贫资金。"), "TXT001"),
    ("海南：款其中两项", (GPB, "住房保障支出（类）住房改革支出（款）52.45万元，其中住房公积金35.24万元，购房补贴17.21万元。"),
     (GPB, "住房保障支出（类）住房改革支出（款）52.45万元，其中住房公积金35.24万元，购房补贴12.71万元。"), "TXT001+TXT007"),
    ("宁夏：类占一般公共预算财政拨款支出决算的", (GPB, "卫生健康支出80.19万元，占一般公共预算财政拨款支出决算的3.79%。"),
     (GPB, "卫生健康支出80.19万元，占一般公共预算财政拨款支出决算的3.97%。"), "TXT011"),
    # 基本支出
    ("湖北：日常公用经费", (BASIC, "基本支出776.71万元，其中：人员经费741.82万元，主要包括基本工资、津贴补贴；日常公用经费34.89万元，"
     "主要包括办公费、差旅费。"), (BASIC, "基本支出776.71万元，其中：人员经费741.82万元，主要包括基本工资、津贴补贴；日常公用经费"
     "43.89万元，主要包括办公费、差旅费。"), "TXT001+TXT007"),
    ("山西：人员经费整元占基本支出", (BASIC, "人员经费7,418,200元，占基本支出的95.51%。"),
     (BASIC, "人员经费7,418,200元，占基本支出的95.15%。"), "TXT011"),
    ("浙江：较上年A增加X%", (BASIC, "一般公共预算财政拨款基本支出776.71万元，较上年726.71万元增加6.88%。"),
     (BASIC, "一般公共预算财政拨款基本支出776.71万元，较上年726.71万元增加8.66%。"), "TXT003"),
    ("中央：分别为、分别占", (BASIC, "人员经费和公用经费支出分别为741.82万元、34.89万元，分别占基本支出的95.51%、4.49%。"),
     (BASIC, "人员经费和公用经费支出分别为741.82万元、34.89万元，分别占基本支出的95.51%、4.94%。"), "TXT011"),
    # “三公”经费
    ("山东：三项在前，三项合计在后", (SANGONG, "公务接待费1.26万元，公务用车购置及运行维护费2.42万元，因公出国（境）费0万元，三项合计"
     "3.68万元。"), (SANGONG, "公务接待费1.26万元，公务用车购置及运行维护费2.42万元，因公出国（境）费0万元，三项合计3.86万元。"),
     "TXT001+TXT007"),
    ("四川：较年初预算A减少", (SANGONG, "“三公”经费支出3.68万元，较年初预算7.50万元减少3.82万元，主要原因是严格控制公务接待。"),
     (SANGONG, "“三公”经费支出3.68万元，较年初预算7.50万元减少3.28万元，主要原因是严格控制公务接待。"), "TXT001"),
    ("贵州：完成预算的、比上年减少X%", (SANGONG, "“三公”经费财政拨款支出决算为3.68万元，完成预算的49.07%，比上年减少10.24%。"),
     (SANGONG, "“三公”经费财政拨款支出决算为3.68万元，完成预算的47.09%，比上年减少10.24%。"), "TXT012"),
    ("甘肃：公务用车整元的两部分", (SANGONG, "公务用车购置及运行维护费24,200元，其中公务用车运行维护费24,200元，公务用车购置费0元。"),
     (SANGONG, "公务用车购置及运行维护费24,200元，其中公务用车运行维护费22,400元，公务用车购置费0元。"), "TXT001+TXT007"),
    ("内蒙古：比上年A减少、下降", (SANGONG, "公务用车购置及运行维护费支出2.42万元，比上年2.80万元减少0.38万元，下降13.57%。"),
     (SANGONG, "公务用车购置及运行维护费支出2.42万元，比上年2.80万元减少0.38万元，下降15.37%。"), "TXT003"),
    ("新疆：为预算的", (SANGONG, "公务接待费支出1.26万元，为预算的42.00%。"), (SANGONG, "公务接待费支出1.26万元，为预算的24.00%。"),
     "TXT012"),
    ("黑龙江：因公出国与上年持平", (SANGONG, "因公出国（境）费支出0万元，与上年持平。"),
     (SANGONG, "因公出国（境）费支出0.50万元，与上年持平。"), "TXT001"),
    ("吉林：年初预算括号中两项，决算支出", (SANGONG, "“三公”经费年初预算7.50万元（公务用车购置及运行维护费4.50万元、公务接待费3.00"
     "万元），决算支出3.68万元。"), (SANGONG, "“三公”经费年初预算7.50万元（公务用车购置及运行维护费4.50万元、公务接待费3.00万元），"
     "决算支出3.86万元。"), "TXT001"),
    ("海南：比上年决算A减少", (SANGONG, "“三公”经费支出决算3.68万元，比上年决算4.10万元减少0.42万元，下降10.24%。"),
     (SANGONG, "“三公”经费支出决算3.68万元，比上年决算4.10万元减少0.42万元，下降12.04%。"), "TXT003"),
    ("三公各项分别占", (SANGONG, "因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、2.42万元、1.26万元，分别占“三公”"
     "经费的0%、65.76%、34.24%。"), (SANGONG, "因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、2.42万元、1.26万元，"
     "分别占“三公”经费的0%、65.76%、36.24%。"), "TXT011"),
    # 政府性基金
    ("山东：加上本年收入、减去本年支出", (FUND, "政府性基金预算财政拨款年初结转和结余497.69万元，加上本年收入3947.74万元，减去本年支出"
     "3984.99万元，年末结转和结余460.44万元。"), (FUND, "政府性基金预算财政拨款年初结转和结余497.69万元，加上本年收入3974.74万元，"
     "减去本年支出3984.99万元，年末结转和结余460.44万元。"), "TXT001"),
    # 机关运行经费
    ("宁夏：比2018年度A增加", (OPER, "本部门机关运行经费支出34.89万元，比2018年度32.34万元增加2.55万元，增长7.88%。"),
     (OPER, "本部门机关运行经费支出34.89万元，比2018年度32.34万元增加2.55万元，增长7.78%。"), "TXT003"),
    ("湖北：机关运行经费占基本支出", (OPER, "机关运行经费支出34.89万元，占一般公共预算财政拨款基本支出的4.49%。"),
     (OPER, "机关运行经费支出34.89万元，占一般公共预算财政拨款基本支出的4.94%。"), "TXT011"),
    # 政府采购
    ("山西：服务在前、货物在后", (PROC, "政府采购支出总额120.50万元，其中政府采购服务支出40.20万元、政府采购货物支出80.30万元。"),
     (PROC, "政府采购支出总额120.50万元，其中政府采购服务支出42.20万元、政府采购货物支出80.30万元。"), "TXT007"),
    ("河北：整元的货物类、工程类、服务类", (PROC, "政府采购支出总额1,205,000元，其中：货物类803,000元、工程类0元、服务类402,000元。"),
     (PROC, "政府采购支出总额1,205,000元，其中：货物类803,000元、工程类0元、服务类420,000元。"), "TXT007"),
    ("浙江：中小企业、小微企业各占总额", (PROC, "全年政府采购支出总额120.50万元，其中授予中小企业合同金额110.00万元，占91.29%；授予"
     "小微企业合同金额60.00万元，占政府采购支出总额的49.79%。"), (PROC, "全年政府采购支出总额120.50万元，其中授予中小企业合同金额"
     "110.00万元，占91.92%；授予小微企业合同金额60.00万元，占政府采购支出总额的49.79%。"), "TXT011"),
    # 国有资产
    ("四川：资产总计", (ASSET, "资产总计1523.45万元，其中流动资产812.30万元、非流动资产711.15万元。"),
     (ASSET, "资产总计1523.45万元，其中流动资产812.30万元、非流动资产711.51万元。"), "TXT007"),
    ("贵州：房屋车辆与资产总额增长", (ASSET, "本部门共有房屋1200平方米、车辆2辆，资产总额1523.45万元，比上年1400.00万元增长8.82%。"),
     (ASSET, "本部门共有房屋1200平方米、车辆2辆，资产总额1523.45万元，比上年1400.00万元增长8.28%。"), "TXT003"),
    ("甘肃：整元的资产", (ASSET, "资产总额15,234,500元，其中流动资产8,123,000元，非流动资产7,111,500元。"),
     (ASSET, "资产总额15,234,500元，其中流动资产8,213,000元，非流动资产7,111,500元。"), "TXT007"),
    # 全角
    ("全角的增长率", (INCOME, "本年收入合计6063.99万元，比上年增加173.87万元，增长２．９５％。"),
     (INCOME, "本年收入合计6063.99万元，比上年增加173.87万元，增长２．９９％。"), "TXT003"),
]

NEVER_JUDGED = [
    (OVERALL, "2018年度本部门收支总计6398.33万元。"),
    (OVERALL, "2020年度本部门预算收支总计7000.00万元，较2019年度决算有所增加。"),
    (OVERALL, "本部门下属2个二级预算单位，纳入本部门2019年度部门决算编制范围。"),
    (SANGONG, "2018年度“三公”经费支出4.10万元。"),
    (GPB, "预计2020年一般公共预算财政拨款支出将控制在2000万元左右。"),
    (SPEND, "本部门所属市社会保险事业管理中心本年支出合计1200.00万元。"),
    (SANGONG, "截至2019年12月31日，公务用车保有量2辆，较上年减少1辆。"),
    (ASSET, "房屋建筑物面积1,200.00平方米，其中办公用房800.00平方米。"),
    (ASSET, "单位价值50万元以上通用设备1台，单位价值100万元以上专用设备0台。"),
    (PROC, "全年政府采购中，单项预算金额在10万元至50万元之间的项目5个。"),
    (SPEND, "全年开展就业技能培训1.2万人次，发放创业担保贷款2.5亿元，带动就业3000人。"),
    (SPEND, "基本支出占本年支出合计的比重较上年增加0.40个百分点。"),
    (SPEND, "项目支出比上年下降，主要是人才项目压减。"),
    (SANGONG, "公务接待费支出1.26万元，主要用于接待上级部门检查指导工作，共接待15批次、120人次，人均接待费105元。"),
    (SANGONG, "“三公”经费支出较上年减少，主要原因是严格执行中央八项规定精神。"),
    (SANGONG, "2019年度本部门未发生因公出国（境）费用。"),
    (ITEMS, "各项目预算执行率在85%至100%之间。"),
    (OTHER, "全年完成城镇新增就业1.5万人，城镇登记失业率控制在4%以内。"),
    (OTHER, "全市社会保险基金支出15.60亿元，增长6.5%。"),
    (FISCAL, "（注：本部门无国有资本经营预算财政拨款收支。）"),
    (GPB, "年初预算数包括年初部门预算和年中追加预算。"),
    (OVERALL, "2018年度本部门收支总计6398.33万元，本年较上年增长3.13%。"),
    (SPEND, "全年共安排就业补助资金73.46万元，惠及1.3万人。"),
    (OTHER, "截至2019年12月31日，本部门共有在职人员45人，离退休人员12人。"),
    (ASSET, "实有车辆编制3辆，实有车辆2辆。"),
    (ITEMS, "项目支出中，人才引进项目年初预算300.00万元，调整后预算280.00万元。"),
    (SANGONG, "“三公”经费预算安排遵循“只减不增”原则，2020年预算数不超过7.50万元。"),
    (PROC, "全年政府采购项目5个，其中货物类3个、服务类2个。"),
    (ASSET, "资产总额中，房屋及构筑物原值500.00万元，车辆原值40.00万元。"),
    (OVERALL, "本部门2017年度、2018年度、2019年度收支总计分别为5800.00万元、6398.33万元、6598.33万元。"),
    (INCOME, "较2018年增长的主要原因是：人员增加5人，工资标准提高。"),
    (SANGONG, "公务用车保有量为２辆。"),
    (SANGONG, "“三公”经费全年预算7.50万元（其中：公务用车购置及运行维护费4.50万元，公务接待费3.00万元），决算3.68万元（其中："
     "公务用车购置及运行维护费2.42万元，公务接待费1.26万元）。"),
    (OVERALL, "本年收入合计6063.99万元，本年支出合计6101.24万元，收支差额37.25万元由年初结转和结余弥补。"),
    (OPER, "机关运行经费348,900元，主要用于办公费101,200元、差旅费45,700元、公务接待费12,600元。"),
]

# a second round, written after reading claims.py to probe this batch's fixes (a budget's bracket of parts, names sharing
# a 支出 before 分别为, “…支出决算的” as a whole, a 科目's own amount before its budget, a share of two equal amounts)
NEVER_JUDGED += [
    (SANGONG, "“三公”经费年初预算7.50万元（含公务接待费3.00万元），决算3.68万元。"),
    (SANGONG, "“三公”经费决算3.68万元（上年4.10万元），全年预算7.50万元。"),
    (GPB, "一般公共预算财政拨款支出年初预算2129.28万元（基本支出780.00万元，项目支出1349.28万元），支出决算2116.25万元，完成年初"
     "预算的99.39%。"),
    (SANGONG, "因公出国（境）费和公务接待费支出分别为0万元、1.26万元。"),
    (SPEND, "基本支出776.71万元，占本年支出决算的12.73%。"),
    (ITEMS, "（4）一般公共服务支出（类）人力资源事务（款）行政运行（项）412.35万元，其中人员经费300.00万元，年初预算400.00万元，"
     "完成年初预算的103.09%。"),
    (ITEMS, "（5）住房保障支出（类）住房改革支出（款）住房公积金（项）35.24万元，比上年增加2.24万元，年初预算33.00万元，支出决算"
     "35.24万元，完成年初预算的106.79%。"),
    (INCOME, "一般公共预算财政拨款收入2116.25万元，占本年收入合计的35%，其余由政府性基金预算财政拨款安排。"),
]
PAIRS += [
    ("年初预算括号中基本支出、项目支出，之后的完成率", (GPB, "一般公共预算财政拨款支出全年预算2129.28万元（基本支出780.00万元、"
     "项目支出1349.28万元），决算2116.25万元，完成全年预算的99.39%。"), (GPB, "一般公共预算财政拨款支出全年预算2129.28万元（基本"
     "支出780.00万元、项目支出1349.28万元），决算2116.25万元，完成全年预算的93.99%。"), "TXT012"),
    ("款：（款）金额、年初预算、完成年初预算的", (ITEMS, "（6）卫生健康支出（类）行政事业单位医疗（款）80.19万元，年初预算"
     "75.00万元，完成年初预算的106.92%。"), (ITEMS, "（6）卫生健康支出（类）行政事业单位医疗（款）80.19万元，年初预算75.00万元，"
     "完成年初预算的109.62%。"), "TXT012"),
]

# 中央部门: the same tables printed as another year's (2019 replaced everywhere in the workbook)
CENTRAL = "一、收入支出决算总体情况"


def _central(year: int) -> tuple[list, list]:
    y, p = year, year - 1
    pairs = [
        (f"中央{y}：收、支总计均为，与{p}年度相比各增加", (CENTRAL, f"{y}年度收、支总计均为6598.33万元。与{p}年度相比，收、支总计"
         "各增加200.00万元，增长3.13%。主要原因是政府性基金项目增加。"), (CENTRAL, f"{y}年度收、支总计均为6598.33万元。与{p}年度"
         "相比，收、支总计各增加200.00万元，增长3.23%。主要原因是政府性基金项目增加。"), "TXT003"),
        (f"中央{y}：财政拨款收入占本年收入合计的100%", (INCOME, f"{y}年度本年收入合计6063.99万元，其中：财政拨款收入6063.99万元，"
         "占本年收入合计的100%。"), (INCOME, f"{y}年度本年收入合计6063.99万元，其中：财政拨款收入6063.99万元，占本年收入合计的"
         "99%。"), "TXT010"),
        (f"中央{y}：与{p}年度相比增加", (SPEND, f"{y}年度本年支出合计6101.24万元，与{p}年度相比增加209.01万元，增长3.55%。"),
         (SPEND, f"{y}年度本年支出合计6101.24万元，与{p}年度相比增加290.01万元，增长3.55%。"), "TXT003"),
        (f"中央{y}：财政拨款收、支总计各增加", (FISCAL, f"{y}年度财政拨款收、支总计均为6598.33万元。与{p}年度相比，财政拨款收、支"
         "总计各增加200.00万元，增长3.13%。"), (FISCAL, f"{y}年度财政拨款收、支总计均为6589.33万元。与{p}年度相比，财政拨款收、支"
         "总计各增加200.00万元，增长3.13%。"), "TXT001"),
        (f"中央{y}：与本年度相比", (GPB, f"{y}年度一般公共预算财政拨款支出2116.25万元，与{p}年度相比，减少114.15万元，下降5.12%。"),
         (GPB, f"{y}年度一般公共预算财政拨款支出2116.25万元，与{y}年度相比，减少114.15万元，下降5.12%。"), "TXT013"),
        (f"中央{y}：三公决算与完成预算的", (SANGONG, f"{y}年度“三公”经费财政拨款支出决算为3.68万元，完成预算的49.07%。"),
         (SANGONG, f"{y}年度“三公”经费财政拨款支出决算为3.86万元，完成预算的49.07%。"), "TXT001+TXT012"),
    ]
    never = [
        (CENTRAL, f"{p}年度收、支总计均为6398.33万元。"),
        (CENTRAL, f"{y + 1}年度部门预算收支总计7000.00万元。"),
    ]
    return pairs, never


CENTRAL_YEARS = (2023, 2025)

# a whole county 说明 (贵州/四川 county template words), right in every figure, and copies with one planted error each
DOCUMENT = [
    "第二部分　2019年度部门决算情况说明",
    "一、部门决算收支总体情况",
    "本部门2019年度收入总计6598.33万元，支出总计6598.33万元，收支平衡。与上年相比，收入总计、支出总计各增加200.00万元，增长"
    "3.13%。其中：本年收入合计6063.99万元，年初结转和结余534.34万元；本年支出合计6101.24万元，年末结转和结余497.09万元。",
    "二、部门收入决算情况",
    "本年收入合计6063.99万元，较上年增加173.87万元，增长2.95%。从收入来源看，一般公共预算财政拨款收入2116.25万元，占34.90%；"
    "政府性基金预算财政拨款收入3947.74万元，占65.10%；无上级补助收入、事业收入、经营收入和其他收入。",
    "三、部门支出决算情况",
    "本年支出合计6101.24万元，较上年增加209.01万元，增长3.55%。按支出性质分，基本支出776.71万元，占12.73%，用于保障机构正常"
    "运转；项目支出5324.54万元，占87.27%，用于完成特定工作任务。",
    "四、财政拨款收支决算总体情况",
    "2019年度财政拨款收入6063.99万元，财政拨款支出6101.24万元（一般公共预算财政拨款支出2116.25万元，政府性基金预算财政拨款支出"
    "3984.99万元）。年末财政拨款结转和结余497.09万元，较年初减少37.25万元。",
    "五、一般公共预算财政拨款支出决算情况",
    "2019年度一般公共预算财政拨款支出2116.25万元，较上年2230.40万元减少114.15万元，下降5.12%。其中：基本支出776.71万元，项目支出"
    "1339.54万元。",
    "一般公共预算财政拨款支出按功能分类：一般公共服务支出1303.58万元，占61.60%；教育支出6.15万元，占0.29%；科学技术支出326.86"
    "万元，占15.45%；社会保障和就业支出305.17万元，占14.42%；卫生健康支出80.19万元，占3.79%；农林水支出41.83万元，占1.98%；"
    "住房保障支出52.45万元，占2.48%。",
    "（1）一般公共服务支出（类）人力资源事务（款）行政运行（项）412.35万元，年初预算400.00万元，完成年初预算的103.09%。",
    "（2）社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）46.42万元，年初预算50.00万元，"
    "完成年初预算的92.84%。",
    "（3）住房保障支出（类）住房改革支出（款）购房补贴（项）17.21万元，年初预算为0，主要是年中追加。",
    "六、一般公共预算财政拨款基本支出决算情况",
    "2019年度一般公共预算财政拨款基本支出776.71万元，比上年增加50.00万元，增长6.88%。其中：人员经费741.82万元，公用经费34.89万元。",
    "七、“三公”经费财政拨款支出决算情况",
    "2019年度“三公”经费财政拨款支出3.68万元，全年预算7.50万元，完成预算的49.07%，较上年减少0.42万元，下降10.24%。公务接待费"
    "1.26万元，占“三公”经费的34.24%；公务用车购置及运行维护费2.42万元，占65.76%；因公出国（境）费0万元。",
    "公务用车运行维护费2.42万元，比上年减少0.38万元，下降13.57%，年末公务用车保有量2辆。",
    "八、政府性基金预算支出决算情况",
    "政府性基金预算财政拨款本年收入3947.74万元，比上年增加288.02万元，增长7.87%；本年支出3984.99万元，年末结转和结余460.44万元。",
    "九、国有资本经营预算支出决算情况",
    "本部门无国有资本经营预算财政拨款支出。",
    "十、其他重要事项的情况说明",
    "（一）机关运行经费：2019年度机关运行经费支出34.89万元，比上年增长7.88%，增加2.55万元。",
    "（二）政府采购：政府采购支出总额120.50万元，其中货物80.30万元、工程0万元、服务40.20万元；授予中小企业合同金额110.00万元，"
    "占91.29%。",
    "（三）国有资产：截至2019年12月31日，资产总额1523.45万元，其中流动资产812.30万元，非流动资产711.15万元；车辆2辆，房屋1200平方米。",
]

# (the right words, the wrong words, the codes)
DOCUMENT_ERRORS = [
    ("各增加200.00万元，增长3.13%", "各增加200.00万元，增长3.31%", "TXT003"),
    ("占34.90%；", "占39.40%；", "TXT011"),
    ("基本支出776.71万元，占12.73%", "基本支出776.71万元，占17.23%", "TXT011"),
    ("政府性基金预算财政拨款支出3984.99万元）", "政府性基金预算财政拨款支出3948.99万元）", "TXT001+TXT007"),
    ("较年初减少37.25万元", "较年初减少73.25万元", "TXT001"),
    ("减少114.15万元，下降5.12%", "减少114.15万元，下降5.21%", "TXT003"),
    ("科学技术支出326.86万元，占15.45%", "科学技术支出326.86万元，占14.55%", "TXT011"),
    ("完成年初预算的92.84%", "完成年初预算的98.24%", "TXT012"),
    ("增长6.88%。其中：人员经费", "增长8.66%。其中：人员经费", "TXT003"),
    ("公用经费34.89万元。", "公用经费38.49万元。", "TXT001+TXT007"),
    ("完成预算的49.07%", "完成预算的47.09%", "TXT012"),
    ("占“三公”经费的34.24%", "占“三公”经费的43.24%", "TXT011"),
    ("下降13.57%", "下降15.37%", "TXT003"),
    ("本年支出3984.99万元，年末", "本年支出3894.99万元，年末", "TXT001"),
    ("非流动资产711.15万元", "非流动资产717.15万元", "TXT007"),
    ("占91.29%。", "占92.19%。", "TXT011"),
]


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("heldout14")
    right = [r for _n, r, _w, _c in PAIRS] + NEVER_JUDGED
    wrong = [w for _n, _r, w, _c in PAIRS]
    return _findings(tmp, right, "right.xlsx"), _findings(tmp, wrong, "wrong.xlsx")


def _year_tables(tmp, year: int):
    """The sample's workbook with every '2019' in its cells written as this year."""
    from openpyxl import load_workbook
    from test_narrative_heldout11 import FINAL

    wb = load_workbook(FINAL)
    for ws in wb:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and "2019" in cell.value:
                    cell.value = cell.value.replace("2019", str(year))
    path = tmp / f"tables{year}.xlsx"
    wb.save(path)
    return path


def central_findings(tmp, years, central) -> dict:
    """Year → (the right and never-judged sentences' findings, the wrong ones'), `central(year)` giving (pairs, never),
    each judged on the sample's tables printed as that year's (also tests/test_narrative_heldout15.py)."""
    import test_narrative_heldout11

    out = {}
    for year in years:
        pairs, never = central(year)
        with pytest.MonkeyPatch.context() as mp:
            mp.setattr(test_narrative_heldout11, "FINAL", _year_tables(tmp, year))
            out[year] = (_findings(tmp, [r for _n, r, _w, _c in pairs] + never, f"right{year}.xlsx"),
                         _findings(tmp, [w for _n, _r, w, _c in pairs], f"wrong{year}.xlsx"))
    return out


def codes_found(found: dict, wrong) -> list[str]:
    """The codes a wrong sentence drew, sorted (compared with "TXT001+TXT007" split and sorted)."""
    return sorted(c for c, _m in found.get(wrong, []))


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    return central_findings(tmp_path_factory.mktemp("heldout14c"), CENTRAL_YEARS, _central)


def test_batch_is_large_enough():
    central_pairs = sum(len(_central(y)[0]) for y in CENTRAL_YEARS)
    assert len(PAIRS) + central_pairs >= 50 and len(NEVER_JUDGED) >= 30 and len(DOCUMENT_ERRORS) >= 10
    assert len({_text(r) for _n, r, _w, _c in PAIRS} | {_text(w) for _n, _r, w, _c in PAIRS}) == 2 * len(PAIRS)


def test_right_and_never_judged_sentences_draw_nothing(judged):
    right, _wrong = judged
    assert dict(right) == {}, f"a right or unjudgeable sentence drew a finding: {dict(right)}"


# wrong ones not found yet (each a recogniser gap, written down here rather than tuned away)
NOT_YET: dict[str, str] = {
    "内蒙古：收入构成各项均有占比": "the first amount's own “占100.00%” names no whole (a lead's share of itself is not judged)",
    "湖北：城乡社区支出（类）占本年支出合计的": "a 类 after “其中” in a sentence of its own: whose spending it is not known, "
                                             "its amount not judged (its share is)",
    "山东：三项在前，三项合计在后": "“三项合计” after its parts names no subject",
    "黑龙江：因公出国与上年持平": "公开07表's blank 因公出国（境）费 cell is not read as 0",
    "山东：加上本年收入、减去本年支出": "an amount after “加上/减去” names no subject",
}


def _expect(n: str, w, c: str):
    marks = [pytest.mark.xfail(reason=NOT_YET[n], strict=True)] if n in NOT_YET else []
    return pytest.param(n, _text(w), c, marks=marks, id=n)


@pytest.mark.parametrize("name,wrong,code", [_expect(n, w, c) for n, _r, w, c in PAIRS])
def test_wrong_sentence_found(judged, name, wrong, code):
    _right, found = judged
    assert sorted(c for c, _m in found.get(wrong, [])) == sorted(code.split("+")), f"{name}: {wrong} → {found.get(wrong)}"


@pytest.mark.parametrize("year", CENTRAL_YEARS)
def test_central_right_sentences_draw_nothing(central, year):
    right, _wrong = central[year]
    assert dict(right) == {}, f"a right or unjudgeable sentence drew a finding: {dict(right)}"


@pytest.mark.parametrize("year,name,wrong,code", [pytest.param(y, *_expect(n, w, c).values, marks=_expect(n, w, c).marks,
                                                               id=n)
                                                  for y in CENTRAL_YEARS for n, _r, w, c in _central(y)[0]])
def test_central_wrong_sentence_found(central, year, name, wrong, code):
    _right, found = central[year]
    assert sorted(c for c, _m in found.get(wrong, [])) == sorted(code.split("+")), f"{name}: {wrong} → {found.get(wrong)}"


def test_the_whole_document_draws_nothing(tmp_path):
    assert _document_findings(tmp_path, DOCUMENT) == []


DOCUMENT_NOT_YET = {
    "较年初减少73.25万元": "年末财政拨款结转和结余 in a paragraph whose sentence before named a fund (the funds' parts of "
                           "财政拨款支出 in a bracket) may be that fund's: not judged",
}


def _planted(r: str, w: str, c: str):
    marks = [pytest.mark.xfail(reason=DOCUMENT_NOT_YET[w], strict=True)] if w in DOCUMENT_NOT_YET else []
    return pytest.param(r, w, c, marks=marks, id=w)


@pytest.mark.parametrize("right,wrong,codes", [_planted(*e) for e in DOCUMENT_ERRORS])
def test_a_planted_error_in_the_document_is_found(tmp_path, right, wrong, codes):
    text = "\n".join(DOCUMENT)
    assert text.count(right) == 1, right
    lines = [line.replace(right, wrong) for line in DOCUMENT]
    assert _document_findings(tmp_path, lines) == sorted(codes.split("+"))
