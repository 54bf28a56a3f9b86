"""Session 10 held-out batch of 决算 情况说明 wordings, each right and wrong, none of them in the older narrative tests.

Written before reading recognize/claims.py, from the real 说明 in /work/shared/real/*.txt and the seed, in the ways
departments write: “占…的比重为X%”, “同比增长 / 较上年减少…，降幅X%”, “增长率为”, changes of a share in 百分点, “A、B
分别为X万元、Y万元和Z万元” lists matched to several rows (and “分别占”), the “三公” breakdown with a nested “（其中：购置费…
运行费…）”, 机关运行经费 against last year's stated figure, 政府采购 totals and 授予中小企业合同（总）金额 占比, 国有资产
counts (车辆 N 辆, 台（套）: counts are never money), 绩效 (项目个数, 预算金额, 覆盖率), 年初 / 年末结转和结余 (“较年初减少”),
支出决算 against 年初 / 全年预算 (“为年初预算…的X%”, “预算完成率”, “完成全年预算数的”), amounts in 元 among 万元, 亿元,
full-width digits and “％”. The tables are the 2019 决算 sample's (see tests/test_narrative_heldout.py's docstring);
last year's figures are invented and consistent (本年收入合计 5890.12, 本年支出合计 5892.23, 一般公共预算财政拨款支出
2230.40, “三公” 4.10 (接待 1.30), 机关运行经费 32.34, 收支总计 6398.33, 基本支出占比 13.00%).

SHAPES: (name, right, wrong, code): the right one must draw nothing (not even a warning), the wrong one (one planted
error) exactly the finding(s) named (“TXT001+TXT007”: the planted amount also breaks a sum the sentence states).
NEVER_JUDGED: right sentences whose figures are counts, other years', other things' or approximate: nothing.

FIRST_RUN records what main did before any change this batch asked for.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file

FINAL = Path(__file__).resolve().parent.parent / "samples" / "情况说明与公开表-2019-无误.xlsx"
ITEMS = "（三）一般公共预算财政拨款支出决算具体情况"  # the heading a per-项 paragraph stands under

FIRST_RUN = """main bfe9217, before any change (45 pairs = 90 sentences, 22 never-judged: 112 sentences):
- right + never-judged (67): 1 drew an error (false): “职工人均人员经费支出12.36万元” (a per-head figure read as the
  人员经费合计 741.82: TXT001). Nothing else, not even a warning.
- wrong (45): 36 caught with exactly the code named; 9 missed (nothing drawn): “基本支出、项目支出分别为…，分别占A%、B%”
  (shares listed with 分别占), 城乡社区支出 0.44亿元 (a 类 in 亿元), 年末结转和结余 “较年初减少…，下降X%”, three 类 “分别为
  A万元、B万元和C万元”, “决算数为X万元，为年初预算Y万元的Z%”, “中小企业合同金额占比Z%”, 政府采购 “货物、工程、服务类采购
  分别为…” (the sum), 绩效自评 资金 “占本部门项目支出的”, a share's change “比上年的A%下降X个百分点”.
After the fixes (each a rule, see README 情况说明): right + never-judged: nothing; wrong: 42 of 45 caught with the code
named, 3 still not read (NOT_YET, strict xfail). The second round below (5 more never-judged sentences and 3 more pairs,
written after reading claims.py) drew 4 false errors on the first fixes (one, a lead that is itself a part, on main too):
none after."""

# (name, right, wrong, code); a text given as (heading, text) stands under that heading
SHAPES = [
    # 收入支出决算总体情况
    ("收入支出总计同比增加", "2019年度本部门收入支出总计6598.33万元，同比增加200.00万元，增长3.13%。",
     "2019年度本部门收入支出总计6598.33万元，同比增加200.00万元，增长3.33%。", "TXT003"),
    ("收入支出总计全角数字", "2019年度收入支出总计６５９８.３３万元。", "2019年度收入支出总计６５８９.３３万元。", "TXT001"),
    ("收入、支出合计亿元", "2019年度本年收入合计0.61亿元，本年支出合计0.61亿元。",
     "2019年度本年收入合计0.65亿元，本年支出合计0.61亿元。", "TXT001"),
    # 收入决算情况
    ("占本年收入合计的比重为", "2019年度本年收入合计6063.99万元，其中：一般公共预算财政拨款收入2116.25万元，占本年收入合计的"
     "比重为34.90%。", "2019年度本年收入合计6063.99万元，其中：一般公共预算财政拨款收入2116.25万元，占本年收入合计的比重为"
     "43.90%。", "TXT011"),
    ("两项收入分别为", "2019年度一般公共预算财政拨款收入、政府性基金预算财政拨款收入分别为2116.25万元和3947.74万元。",
     "2019年度一般公共预算财政拨款收入、政府性基金预算财政拨款收入分别为2116.25万元和3974.74万元。", "TXT001"),
    ("全角百分号", "2019年度政府性基金预算财政拨款收入3947.74万元，占本年收入合计的65.10％。",
     "2019年度政府性基金预算财政拨款收入3947.74万元，占本年收入合计的56.10％。", "TXT011"),
    ("万元句中的元", "2019年度本年收入合计6063.99万元，其中财政拨款收入60,639,900.00元。",
     "2019年度本年收入合计6063.99万元，其中财政拨款收入60,369,900.00元。", "TXT001"),
    ("增长率为", "2019年度本年收入合计6063.99万元，较上年增加173.87万元，增长率为2.95%。",
     "2019年度本年收入合计6063.99万元，较上年增加173.87万元，增长率为2.59%。", "TXT003"),
    # 支出决算情况
    ("基本、项目支出分别为、分别占", "2019年度本年支出合计6101.24万元，基本支出、项目支出分别为776.71万元、5324.54万元，分别占"
     "12.73%、87.27%。", "2019年度本年支出合计6101.24万元，基本支出、项目支出分别为776.71万元、5324.54万元，分别占12.73%、"
     "78.27%。", "TXT011"),
    ("比2018年度的A万元增加", "2019年度本年支出合计6101.24万元，比2018年度的5892.23万元增加209.01万元，增长3.55%。",
     "2019年度本年支出合计6101.24万元，比2018年度的5892.23万元增加209.01万元，增长3.45%。", "TXT003"),
    ("全角数字与百分号（占比）", "2019年度本年支出合计６１０１.２４万元，其中基本支出７７６.７１万元，占１２.７３％。",
     "2019年度本年支出合计６１０１.２４万元，其中基本支出７７６.７１万元，占１３.７２％。", "TXT011"),
    ("项目支出亿元", "2019年度项目支出0.53亿元，占本年支出合计的87.27%。", "2019年度项目支出0.58亿元，占本年支出合计的87.27%。",
     "TXT001+TXT011"),
    ("城乡社区支出亿元", "2019年度城乡社区支出0.40亿元，全部为政府性基金预算财政拨款支出。",
     "2019年度城乡社区支出0.44亿元，全部为政府性基金预算财政拨款支出。", "TXT001"),
    # 财政拨款收入支出、结转和结余
    ("年初、年末结转和结余分别为", "2019年度年初结转和结余、年末结转和结余分别为534.34万元、497.09万元。",
     "2019年度年初结转和结余、年末结转和结余分别为534.34万元、479.09万元。", "TXT001"),
    ("年末结转和结余较年初减少，下降", "2019年度年初结转和结余534.34万元，年末结转和结余497.09万元，较年初减少37.25万元，"
     "下降6.97%。", "2019年度年初结转和结余534.34万元，年末结转和结余497.09万元，较年初减少37.25万元，下降7.97%。", "TXT003"),
    ("财政拨款支出三项", "2019年度财政拨款支出6101.24万元，其中：一般公共预算财政拨款支出2116.25万元，政府性基金预算财政拨款"
     "支出3984.99万元，国有资本经营预算财政拨款支出0万元。", "2019年度财政拨款支出6101.24万元，其中：一般公共预算财政拨款支出"
     "2161.25万元，政府性基金预算财政拨款支出3984.99万元，国有资本经营预算财政拨款支出0万元。", "TXT001+TXT007"),
    # 一般公共预算财政拨款支出
    ("占一般公共预算财政拨款支出的比重为", "2019年度一般公共预算财政拨款支出中，科学技术支出326.86万元，占一般公共预算财政拨款"
     "支出的比重为15.45%。", "2019年度一般公共预算财政拨款支出中，科学技术支出326.86万元，占一般公共预算财政拨款支出的比重为"
     "15.54%。", "TXT011"),
    ("三个类分别为", "2019年度一般公共服务支出、社会保障和就业支出、住房保障支出分别为1303.58万元、305.17万元和52.45万元。",
     "2019年度一般公共服务支出、社会保障和就业支出、住房保障支出分别为1303.58万元、305.71万元和52.45万元。", "TXT001"),
    ("教育、农林水占比", "2019年度一般公共预算财政拨款支出2116.25万元，其中：教育支出6.15万元，占0.29%；农林水支出41.83万元，"
     "占1.98%。", "2019年度一般公共预算财政拨款支出2116.25万元，其中：教育支出6.15万元，占0.29%；农林水支出41.83万元，占1.89%。",
     "TXT011"),
    ("一般公共预算的基本、项目支出", "2019年度一般公共预算财政拨款支出2116.25万元，其中基本支出776.71万元，占36.70%；项目支出"
     "1339.54万元，占63.30%。", "2019年度一般公共预算财政拨款支出2116.25万元，其中基本支出776.71万元，占36.70%；项目支出"
     "1339.54万元，占36.30%。", "TXT011"),
    ("为年初预算A万元的", "2019年度一般公共预算财政拨款支出决算数为2116.25万元，为年初预算2129.28万元的99.39%。",
     "2019年度一般公共预算财政拨款支出决算数为2116.25万元，为年初预算2129.28万元的93.99%。", "TXT012"),
    ("预算完成率", "2019年度一般公共预算财政拨款支出年初预算2129.28万元，决算支出2116.25万元，预算完成率99.39%。",
     "2019年度一般公共预算财政拨款支出年初预算2129.28万元，决算支出2116.25万元，预算完成率96.39%。", "TXT012"),
    ("比上年的A万元减少，降幅为", "2019年度一般公共预算财政拨款支出2116.25万元，比上年的2230.40万元减少114.15万元，降幅为5.12%。",
     "2019年度一般公共预算财政拨款支出2116.25万元，比上年的2230.40万元减少114.15万元，降幅为4.12%。", "TXT003"),
    ("全角数字的下降", "２０１９年度一般公共预算财政拨款支出２１１６.２５万元，较上年减少１１４.１５万元，下降５.１２％。",
     "２０１９年度一般公共预算财政拨款支出２１１６.２５万元，较上年减少１１４.１５万元，下降５.２１％。", "TXT003"),
    ("项：完成年初预算的（医疗）", (ITEMS, "4.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为82.00万元，"
     "支出决算为80.19万元，完成年初预算的97.79%。决算数小于年初预算数的主要原因是人员减少。"),
     (ITEMS, "4.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。年初预算为82.00万元，支出决算为80.19万元，完成"
      "年初预算的79.79%。决算数小于年初预算数的主要原因是人员减少。"), "TXT012"),
    ("项：完成全年预算数的", (ITEMS, "5.住房保障支出（类）住房改革支出（款）购房补贴（项）。主要用于：在职人员购房补贴。全年预算"
     "为18.00万元，支出决算为17.21万元，完成全年预算数的95.61%。"),
     (ITEMS, "5.住房保障支出（类）住房改革支出（款）购房补贴（项）。主要用于：在职人员购房补贴。全年预算为18.00万元，支出决算"
      "为17.21万元，完成全年预算数的96.51%。"), "TXT012"),
    ("项：决算数小于全年预算数说反", (ITEMS, "6.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出"
     "（项）。全年预算为50.00万元，支出决算为46.42万元，决算数小于全年预算数的主要原因是人员退休。"),
     (ITEMS, "6.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。全年预算为50.00万元，"
      "支出决算为46.42万元，决算数大于全年预算数的主要原因是人员退休。"), "TXT014"),
    # 基本支出
    ("人员经费和公用经费分别为", "2019年度一般公共预算财政拨款基本支出776.71万元，人员经费和公用经费分别为741.82万元和34.89万元。",
     "2019年度一般公共预算财政拨款基本支出776.71万元，人员经费和公用经费分别为741.82万元和43.89万元。", "TXT001+TXT007"),
    ("公用经费占基本支出的比重为", "2019年度公用经费34.89万元，占基本支出的比重为4.49%。",
     "2019年度公用经费34.89万元，占基本支出的比重为4.94%。", "TXT011"),
    # “三公”经费
    ("三公：嵌套的其中", "2019年度“三公”经费支出3.68万元，其中：因公出国（境）费0万元；公务用车购置及运行费2.42万元（其中："
     "公务用车购置费0万元，公务用车运行费2.42万元）；公务接待费1.26万元。", "2019年度“三公”经费支出3.68万元，其中：因公出国"
     "（境）费0万元；公务用车购置及运行费2.42万元（其中：公务用车购置费0万元，公务用车运行费2.24万元）；公务接待费1.26万元。",
     "TXT001+TXT007"),  # (the nested parts' sum too: “0万元” is nothing, not ±0.5, since s11)
    ("三公：三项分别为", "2019年度因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、2.42万元和1.26万元。",
     "2019年度因公出国（境）费、公务用车购置及运行维护费、公务接待费分别为0万元、2.42万元和1.62万元。", "TXT001"),
    ("三公：各项占三公的", "2019年度“三公”经费支出3.68万元，其中公务用车购置及运行维护费2.42万元，占65.76%；公务接待费1.26万元，"
     "占34.24%。", "2019年度“三公”经费支出3.68万元，其中公务用车购置及运行维护费2.42万元，占65.76%；公务接待费1.26万元，占"
     "43.24%。", "TXT011"),
    ("三公：同比减少，降幅", "2019年度“三公”经费支出3.68万元，同比减少0.42万元，降幅10.24%。",
     "2019年度“三公”经费支出3.68万元，同比减少0.42万元，降幅10.42%。", "TXT003"),
    ("三公：完成全年预算数的", "2019年度“三公”经费全年预算数7.50万元，支出决算3.68万元，完成全年预算数的49.07%。",
     "2019年度“三公”经费全年预算数7.50万元，支出决算3.68万元，完成全年预算数的94.07%。", "TXT012"),
    ("三公：接待批次人次与人均", "2019年度公务接待费1.26万元，共接待15批次、120人次，人均接待费用105元。",
     "2019年度公务接待费1.62万元，共接待15批次、120人次，人均接待费用105元。", "TXT001"),
    ("三公：运行维护费与保有量", "2019年度公务用车运行维护费2.42万元，年末公务用车保有量2辆，未购置公务用车。",
     "2019年度公务用车运行维护费2.24万元，年末公务用车保有量2辆，未购置公务用车。", "TXT001"),
    ("三公：万元句中的元", "2019年度“三公”经费支出3.68万元，其中公务接待费12,600元。",
     "2019年度“三公”经费支出3.68万元，其中公务接待费16,200元。", "TXT001"),
    ("三公：接待费为年初预算的", "2019年度公务接待费年初预算3.00万元，决算1.26万元，为年初预算的42.00%。",
     "2019年度公务接待费年初预算3.00万元，决算1.26万元，为年初预算的24.00%。", "TXT012"),
    # 机关运行经费
    ("机关运行经费比2018年度的A万元增加", "2019年度机关运行经费支出34.89万元，比2018年度的32.34万元增加2.55万元，增长7.88%。",
     "2019年度机关运行经费支出34.89万元，比2018年度的32.34万元增加2.55万元，增长8.78%。", "TXT003"),
    # 政府采购
    ("授予中小企业合同总金额", "2019年度本部门政府采购支出总额251.25万元，授予中小企业合同总金额246.46万元，占政府采购支出总额的"
     "98.09%。", "2019年度本部门政府采购支出总额251.25万元，授予中小企业合同总金额246.46万元，占政府采购支出总额的89.09%。",
     "TXT011"),
    ("中小企业合同金额占比", "2019年度政府采购合同金额251.25万元，其中授予中小企业合同金额246.46万元，中小企业合同金额占比"
     "98.09%。", "2019年度政府采购合同金额251.25万元，其中授予中小企业合同金额246.46万元，中小企业合同金额占比96.09%。",
     "TXT011"),
    ("货物、工程、服务分别为", "2019年度政府采购支出总额251.25万元，货物、工程、服务类采购分别为4.79万元、0万元、246.46万元。",
     "2019年度政府采购支出总额251.25万元，货物、工程、服务类采购分别为4.79万元、0万元、264.46万元。", "TXT007"),
    ("货物采购占政府采购支出总额", "2019年度政府采购支出总额251.25万元，其中货物采购4.79万元，占政府采购支出总额的1.91%。",
     "2019年度政府采购支出总额251.25万元，其中货物采购4.79万元，占政府采购支出总额的1.19%。", "TXT007+TXT011"),
    # (TXT007 too since session 27: in the wrong batch the 货物、工程、服务 sentence above, now read, says 服务 264.46, and
    # 4.79 + 0 + 264.46 is not this sentence's 251.25: the text contradicts itself, reported at the total's first place)
    # 绩效
    ("绩效自评资金占本部门项目支出的", "2019年度本部门对18个项目开展绩效自评，涉及资金1339.54万元，占本部门项目支出的25.16%。",
     "2019年度本部门对18个项目开展绩效自评，涉及资金1339.54万元，占本部门项目支出的52.16%。", "TXT011"),
    # 百分点
    ("占比比上年下降X个百分点", "2019年度基本支出占本年支出合计的12.73%，比上年的13.00%下降0.27个百分点。",
     "2019年度基本支出占本年支出合计的12.73%，比上年的13.00%下降0.72个百分点。", "TXT003"),
]

NEVER_JUDGED = [
    # counts are never money
    "截至2019年12月31日，本部门共有车辆2辆，其中：部级领导干部用车0辆、主要领导干部用车0辆、机要通信用车1辆、应急保障用车"
    "1辆、执法执勤用车0辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆。单价100万元（含）以上设备（不含车辆）1台（套）。",
    "2019年度本部门公务用车保有量2辆，较上年减少1辆；其中机要通信用车占车辆总数的50%。",
    "２０１９年度因公出国（境）团组０个，累计０人次。",
    "2019年度公务用车购置费0万元，本年度未新购车辆，报废车辆1辆。",
    # 绩效: 预算金额 and counts, a 覆盖率 and points
    "编报绩效目标的2019年度项目18个，涉及预算金额1349.28万元；绩效自评的2019年度项目18个，涉及预算金额1349.28万元，平均得分"
    "95.50分。",
    "2019年度绩效自评覆盖率达100%，较上年提高5个百分点。",
    # 政府采购's 预留 amounts: no table figure
    "2019年度本部门面向中小企业预留政府采购项目预算金额246.46万元，面向小微企业预留政府采购项目预算金额0万元。",
    "在面向中小企业预留的政府采购项目中，由中小企业供应商中标或成交的，采购金额246.46万元；在其他政府采购项目中，由中小企业"
    "供应商中标或成交的，采购金额4.79万元。",
    # points, and growth misnamed points
    "2019年度一般公共预算财政拨款支出占本年支出合计的比重较上年下降3.16个百分点。",
    "2019年度本年支出合计较上年增长3.55个百分点。",
    # other years' figures
    "2018年度年末结转和结余534.34万元，2019年度年初结转和结余534.34万元。",
    "2018年度公务接待费1.30万元，2019年度公务接待费1.26万元，减少0.04万元，下降3.08%。",
    "2017年度、2018年度、2019年度本年支出合计分别为5500.00万元、5892.23万元和6101.24万元。",
    "2019年度“三公”经费支出比上年减少0.42万元，主要是公务用车运行维护费减少0.38万元，公务接待费减少0.04万元。",
    # other things' figures, per-head figures, a budget not in the tables, approximations
    "2019年度职工人均人员经费支出12.36万元。",
    "项目支出中，劳务派遣人员工资支出1,234,500元。",
    "2019年度本部门机关运行经费34.89万元，比年初预算减少5.11万元。",
    "2019年度本部门收支总计逾0.65亿元。",
    "本年收入合计中，财政拨款收入占比连续三年保持100%。",
    "一般公共预算财政拨款支出决算数为年初预算数的99.39%，主要原因是严格控制支出。",
    "2019年度“三公”经费支出3.68万元，占一般公共预算财政拨款基本支出的0.47%。",
    "2019年度人均公务接待费用105元，车均运行维护费1.21万元。",
]

# a second round, written after reading claims.py to probe the first round's fixes (a 类 in no list, 分别占, the lead of a
# sentence that is itself a part): on the first round's fixes the first four drew a false error (TXT001 twice: a 类 after
# “专项资金中，” or another body's name; TXT011 twice: 公用经费's share taken of 人员经费, 项目支出's of 基本支出 — the
# last one on main bfe9217 too); none after
NEVER_JUDGED += [
    "2019年度本部门专项资金中，教育支出100.00万元，主要用于职工培训。",
    "2019年度本部门下属学校教育支出100.00万元，主要用于职工培训。",
    "2019年度本部门人员经费和公用经费分别为741.82万元和34.89万元，分别占95.51%和4.49%。",
    "本部门2019年度基本支出776.71万元，占12.73%；项目支出5324.54万元，占87.27%。",
    "本部门2019年度人员经费741.82万元，占95.51%；公用经费34.89万元，占4.49%。",
]
SHAPES += [
    ("分别占基本支出的", "2019年度本部门人员经费和公用经费分别为741.82万元和34.89万元，分别占基本支出的95.51%和4.49%。",
     "2019年度本部门人员经费和公用经费分别为741.82万元和34.89万元，分别占基本支出的95.51%和4.94%。", "TXT011"),
    ("领起一项自己的占比之后的其中", "本部门2019年度一般公共预算财政拨款支出2116.25万元，占34.69%，其中：基本支出776.71万元，"
     "占36.70%；项目支出1339.54万元，占63.30%。", "本部门2019年度一般公共预算财政拨款支出2116.25万元，占34.69%，其中：基本"
     "支出776.71万元，占36.70%；项目支出1339.54万元，占36.30%。", "TXT011"),
    ("本部门的类（不在列举中）", "2019年度本部门教育支出6.15万元，主要用于职工培训。", "2019年度本部门教育支出61.50万元，主要用于"
     "职工培训。", "TXT001"),
]

HEADS = "一二三四五六七八九十"


def _heading(i: int) -> str:
    tens, ones = divmod(i, 10)
    return f"（{(HEADS[tens - 1] if tens > 1 else '') + ('十' if tens else '') + (HEADS[ones - 1] if ones else '')}）"


def _text(item) -> str:
    return item[1] if isinstance(item, tuple) else item


def _findings(tmp_path: Path, items: list, name: str) -> dict[str, list[tuple[str, str]]]:
    """Each item's errors and warnings when the sample's 情况说明 holds one heading and one paragraph per item (an item given
    as (heading, text) stands under that heading)."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    if len(items) > 90:  # headings （一）…（九十九）: more go into a second document
        out.update(_findings(tmp_path, items[90:], "more-" + name))
        items = items[:90]
    wb = load_workbook(FINAL)
    del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    for i, item in enumerate(items, start=1):
        # (“（二）第2号说明”: “（二）2号说明” is no heading to the reader — a digit right after the number — and the heading
        # above it, perhaps a 具体情况 one, would go on)
        ws.append([f"{_heading(i)}{item[0]}" if isinstance(item, tuple) else f"{_heading(i)}第{i}号说明"])
        ws.append([_text(item)])
    path = tmp_path / name
    wb.save(path)
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    for f in findings:
        if f.severity.value in ("error", "warning"):
            for cell in dict.fromkeys(loc.cell for loc in f.locations if loc.sheet == "情况说明"):
                out[_text(items[(int(cell[1:]) - 1) // 2])].append((f.code, f.message))
    return out


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("heldout10")
    right = [r for _n, r, _w, _c in SHAPES] + NEVER_JUDGED
    wrong = [w for _n, _r, w, _c in SHAPES]
    return _findings(tmp, right, "right.xlsx"), _findings(tmp, wrong, "wrong.xlsx")


def test_batch_is_large_enough():
    assert 2 * len(SHAPES) + len(NEVER_JUDGED) >= 70
    assert len({_text(r) for _n, r, _w, _c in SHAPES} | {_text(w) for _n, _r, w, _c in SHAPES}) == 2 * len(SHAPES)


def test_right_and_never_judged_sentences_draw_nothing(judged):
    right, _wrong = judged
    assert dict(right) == {}, f"a right or unjudgeable sentence drew a finding: {dict(right)}"


# wrong ones not found yet (each a recogniser gap, written down here rather than tuned away)
NOT_YET: dict[str, str] = {
    # ("年末结转和结余较年初减少，下降": caught since session 13: a change “较年初” is of the year's start)
    # ("货物、工程、服务分别为": caught since session 27: each word takes the last one's tail, 货物类采购 …)
    "占比比上年下降X个百分点": "a share's change in 百分点 is not judged",
}


def _expect(n: str, w, c: str):
    marks = [pytest.mark.xfail(reason=NOT_YET[n], strict=True)] if n in NOT_YET else []
    return pytest.param(n, _text(w), c, marks=marks, id=n)


@pytest.mark.parametrize("name,wrong,code", [_expect(n, w, c) for n, _r, w, c in SHAPES])
def test_wrong_sentence_found(judged, name, wrong, code):
    _right, found = judged
    assert [c for c, _m in found.get(wrong, [])] == code.split("+"), f"{name}: {wrong} → {found.get(wrong)}"
