"""Session 18 held-out batch of 决算 情况说明 wordings (江苏, 山东, 河南, 湖南, 安徽, 福建 departments, 上海 区, 2022 and
2024, and a 中央 ministry on the 2019 form), each right and wrong, none of them in the older narrative tests.

Written before reading recognize/claims.py (s18text). The tables are session 17's (tests/test_narrative_heldout17.py,
`tables17`): 公开01表 本年收入合计 6463.99 = 一般公共预算 2116.25 + 政府性基金 3947.74 + 事业 300.00 + 经营 50.00 + 附属单位
上缴 30.00 + 其他 20.00; 使用非财政拨款结余 15.00; 年初结转和结余 614.34; 总计 7093.33 = 本年支出合计 6451.24 + 结余分配
10.00 + 年末结转和结余 632.09; 公开03表 基本 976.71, 项目 5424.54, 经营 50.00; 公开04表 收入 6063.99, 年初 534.34, 支出
6101.24, 年末 497.09, 总计 6598.33; 公开05表 2116.25 = 776.71 + 1339.54 (类 201 1303.58, 206 326.86, 208 305.17, 210 80.19,
213 41.83, 221 52.45, 205 6.15); 06 人员经费 741.82, 公用经费 34.89 (办公费 10.12, 差旅费 4.57, 公务接待费 1.26, 工会经费
6.12, 公务用车运行维护费 2.42, 其他商品和服务支出 10.39); 07 预算 7.50 (车 4.50, 接待 3.00), 决算 3.68 (车 2.42, 接待
1.26); 08 年初 497.69, 收入 3947.74, 支出 3984.99, 年末 460.44; 09 empty.
Last year's figures, ONE invented set every sentence keeps to (no table): 收支总计 6900.00, 本年收入合计 6350.00 (财政拨款
5950.00, 事业 280.00, 经营 60.00, 附属单位上缴 35.00, 其他 25.00), 本年支出合计 6280.00 (基本 950.00, 项目 5290.00, 经营
40.00), 财政拨款支出 5980.00 (一般公共预算 2200.00, 政府性基金 3780.00), 人员经费 720.00, 公用经费 36.00, 三公 4.00 (车 2.60,
接待 1.40), 机关运行经费 36.00. Budgets (年初): 一般公共预算 2150.00, 行政单位医疗 85.00, 住房公积金 36.00, 培训支出 7.50,
其他就业补助支出 60.00. 政府采购 (no table): 120.50 = 货物 40.20 + 工程 50.00 + 服务 30.30, 中小企业 96.40, 小微 60.25.

PAIRS: (name, heading(s), right text, figure in it, the wrong figure, codes): the right one must draw nothing (not even a
warning), the wrong one (the right one with that one figure changed) exactly the codes named. NEVER_JUDGED: right
sentences that must draw nothing (车辆 counts, 绩效, 团组/批次 counts among them).

FIRST_RUN records what main did before any change this batch asked for.
"""

from __future__ import annotations

import pytest
from test_narrative_heldout11 import _text
from test_narrative_heldout14 import codes_found
from test_narrative_heldout17 import _docx_findings, _findings, _pair, tables17
from test_narrative_heldout16 import assert_tables_clean

FIRST_RUN = """main 4f40846, before any change (42 pairs + 7 中央 2019 pairs + a Word 说明 with 5 planted errors = 54 wrong;
42 + 16 + 7 + 5 right sentences and the right Word 说明):
- right: 1 finding, my data's fault (the checker was right): a 项 “农林水支出（类）扶贫（款）其他扶贫支出（项）” in a 2022
  说明 drew TXT030 (warning: 扶贫 was renamed 巩固脱贫衔接乡村振兴 in 2021; the tables are the 2019 sample's names); the
  pair now names 教育支出（类）进修及培训（款）培训支出（项） (written after the first run). Nothing else; 中央 and Word clean.
- wrong (54): 42 caught with exactly the codes written (中央 7/7, Word 5/5, main 30/42). One expectation corrected (my
  mistake): 机关运行经费's 其中 items (办公费…) need not be 公开06表's 公用经费 rows, so a wrong one is TXT007, not TXT001.
  Not caught (11): 收入总计 “包括本年收入X、使用非财政拨款结余Y和年初结转和结余Z” and 财政拨款收入支出决算总计 “其中：年初…、
  本年…” (TXT001 without TXT007); 支出总计 “包括本年支出X（含经营支出Y）、…” (nothing at all); a part's share “占总收入/
  总支出的” with a wrong share or amount (nothing / TXT001 without TXT011); 科学技术支出 362.86 in a 结构 list after “从支出
  结构看，” (TXT011 without TXT001); “超出年初预算X” (nothing); “人员经费X万元，主要用于基本工资A万元、…” and “公用经费X万元，
  …主要包括办公费A万元、…” (no colon: nothing); a 三公 change list “其中：公务用车…减少A，公务接待费减少B” whose decreases
  exceed the total's (nothing); 机关运行经费 “其中：办公费…” summing to more than the total (nothing).
After the fixes (s18text, tests/test_narrative_s18.py): right + never-judged: nothing; wrong: 54 of 54 caught with the
codes named. Fixed: 包括 before a bare 本年收入/本年支出 (claims.LEADING_RE); 公开04表's 总计 = 本年收入 +
年初财政拨款结转和结余 = 本年支出 + 年末… (narrative.GRAND_SIDES), a 总计 naming both sides taking the side its lines
name; a part's “占总收入/总支出的” held against either whole (claims._generic_total); a list opened by “从…看” alone
keeps the heading's spending for its 类 (claims VIEWPOINT_RE); “超出/低于年初预算X万元” read as “比年初预算增加/减少X万元”
(claims.over_budget); “X万元，主要用于/主要包括A…万元、…” without a colon read as items (claims.items_colon: also the
s17 strict xfails); a share after the last item of a list of amounts no longer taken as that item's (a false TXT011 with
“主要包括：办公费…、工会经费6.12万元，占基本支出的4.49%”); a 三公 change whose stated parts fall more than it while the
part left out is 0 this year (narrative._changes_short); 机关运行经费's items after “其中：” summed against it
(narrative._listed_exceed)."""

OVERALL = "一、收入支出决算总体情况"
INCOME = "二、收入决算情况"
SPEND = "三、支出决算情况"
FISCAL = "四、财政拨款收入支出决算总体情况"
GPB = "五、一般公共预算财政拨款支出决算情况"
GPB_TOTAL = [GPB, "（一）一般公共预算财政拨款支出决算总体情况"]
GPB_STRUCT = [GPB, "（二）一般公共预算财政拨款支出决算结构情况"]
ITEMS = [GPB, "（三）一般公共预算财政拨款支出决算具体情况"]
BASIC = "六、一般公共预算财政拨款基本支出决算情况"
SG = "七、一般公共预算财政拨款“三公”经费支出决算情况"
SG_TOTAL = [SG, "（一）“三公”经费财政拨款支出决算总体情况"]
SG_DETAIL = [SG, "（二）“三公”经费财政拨款支出决算具体情况"]
FUND = "八、政府性基金预算支出决算情况"
STATE = "九、国有资本经营预算支出决算情况"
OTHER = "十、其他重要事项的说明"
OPER = [OTHER, "（一）机关运行经费支出情况"]
PROC = [OTHER, "（二）政府采购支出情况"]
ASSET = [OTHER, "（三）国有资产占用情况"]
PERF = [OTHER, "（四）预算绩效管理情况"]

PAIRS = [_pair(*p) for p in [
    # 收入支出决算总体情况
    ("江苏：收入总计、支出总计均为，比上年决算数增长", OVERALL, "2022年度收入总计、支出总计均为7093.33万元，比上年决算数增长"
     "2.80%，增加193.33万元。主要原因是事业收入增加和政府性基金项目支出增加。", "增长2.80%", "增长2.08%", "TXT003"),
    ("山东：收入总计包括…和…", OVERALL, "2022年度部门收入总计7093.33万元，包括本年收入6463.99万元、使用非财政拨款结余15.00万元"
     "和年初结转和结余614.34万元。", "614.34", "641.34", "TXT001+TXT007"),
    ("河南：支出总计包括，（含经营支出）", OVERALL, "支出总计7093.33万元，包括本年支出6451.24万元（含经营支出50.00万元）、"
     "结余分配10.00万元、年末结转和结余632.09万元。", "本年支出6451.24", "本年支出6415.24", "TXT001+TXT007"),
    ("湖南：亿元的收入总计，增幅", OVERALL, "收入总计0.71亿元，较上年增加0.02亿元，增幅2.80%。", "增幅2.80%", "增幅8.20%",
     "TXT003"),
    # 收入决算情况
    ("福建：本年收入合计同比增加", INCOME, "2022年度本年收入合计6463.99万元，同比增加113.99万元，增长1.80%。", "增长1.80%",
     "增长1.08%", "TXT003"),
    ("江苏：本年收入中各项占本年收入的", INCOME, "本年收入中，财政拨款收入6063.99万元，占本年收入的93.81%；事业收入300.00万元，"
     "占本年收入的4.64%；经营收入50.00万元，占本年收入的0.77%；其他收入20.00万元，占本年收入的0.31%。", "占本年收入的0.77%",
     "占本年收入的7.70%", "TXT011"),
    ("山东：经营收入比上年决算数减少，降幅", INCOME, "经营收入50.00万元，比上年决算数减少10.00万元，降幅16.67%，主要是培训业务"
     "减少。", "降幅16.67%", "降幅6.67%", "TXT003"),
    ("河南：其他收入占总收入的，下降了", INCOME, "其他收入20.00万元，占总收入的0.31%，较上年下降了20.00%，主要是利息收入减少。",
     "占总收入的0.31%", "占总收入的0.13%", "TXT011"),
    ("湖南：事业收入比上年增长、增加", INCOME, "事业收入300.00万元，主要是所属事业单位技术服务收入，比上年增长7.14%，增加20.00"
     "万元。", "增加20.00", "增加25.00", "TXT003"),
    ("安徽：本年收入合计以元带千分位列各项", INCOME, "本年收入合计64,639,900.00元，其中：财政拨款收入60,639,900.00元，事业收入"
     "3,000,000.00元，经营收入500,000.00元，附属单位上缴收入300,000.00元，其他收入200,000.00元。", "事业收入3,000,000.00",
     "事业收入3,300,000.00", "TXT001+TXT007"),
    ("福建：附属单位上缴收入较上年减少，降幅", INCOME, "附属单位上缴收入30.00万元，较上年减少5.00万元，降幅14.29%。",
     "降幅14.29%", "降幅12.50%", "TXT003"),
    # 支出决算情况
    ("福建：基本、项目、经营分别为、分别占", SPEND, "本年支出合计6451.24万元，基本支出、项目支出和经营支出分别为976.71万元、"
     "5424.54万元和50.00万元，分别占15.14%、84.09%和0.78%。", "84.09%", "80.49%", "TXT011"),
    ("江苏：基本支出较上年增加", SPEND, "基本支出976.71万元，较上年增加26.71万元，增长2.81%，主要原因是人员工资标准调整。",
     "增长2.81%", "增长2.18%", "TXT003"),
    ("山东：项目支出占总支出的", SPEND, "项目支出5424.54万元，占总支出的84.09%，主要用于城乡社区建设和人才发展项目。",
     "5424.54", "5242.54", "TXT001+TXT011"),
    ("河南：经营支出比上年决算数增长，无增加额", SPEND, "经营支出50.00万元，比上年决算数增长25.00%，主要是所属单位经营业务增加。",
     "经营支出50.00", "经营支出55.00", "TXT001"),
    # 财政拨款收入支出决算总体情况
    ("湖南：财政拨款收入支出决算总计其中年初、本年", FISCAL, "2022年度财政拨款收入支出决算总计6598.33万元，其中：年初财政拨款"
     "结转和结余534.34万元，本年财政拨款收入6063.99万元。", "534.34", "543.34", "TXT001+TXT007"),
    ("安徽：财政拨款支出比2021年度增加", FISCAL, "财政拨款支出6101.24万元，比2021年度增加121.24万元，增长2.03%，主要是政府性"
     "基金安排的城乡社区支出增加。", "增长2.03%", "增长2.30%", "TXT003"),
    ("福建：财政拨款收入其中两种资金", FISCAL, "财政拨款收入6063.99万元，其中一般公共预算财政拨款收入2116.25万元，政府性基金预算"
     "财政拨款收入3947.74万元。", "3947.74", "3974.74", "TXT001+TXT007"),
    ("上海：年末财政拨款结转和结余比年初减少", FISCAL, "年末财政拨款结转和结余497.09万元，比年初减少37.25万元。", "37.25",
     "27.25", "TXT001"),
    # 一般公共预算财政拨款支出
    ("江苏：决算数为年初预算的", GPB_TOTAL, "2022年度一般公共预算财政拨款支出年初预算2150.00万元，决算数2116.25万元，决算数为"
     "年初预算的98.43%。", "98.43%", "89.43%", "TXT012"),
    ("山东：与上年相比减少，降幅", GPB_TOTAL, "一般公共预算财政拨款支出2116.25万元，占本年支出合计的32.80%，与上年相比减少83.75"
     "万元，降幅3.81%。", "降幅3.81%", "降幅3.18%", "TXT003"),
    ("河南：从支出结构看", GPB_STRUCT, "从支出结构看，一般公共服务支出1303.58万元，占一般公共预算财政拨款支出的61.60%；社会保障"
     "和就业支出305.17万元，占14.42%；科学技术支出326.86万元，占15.45%；住房保障支出52.45万元，占2.48%；农林水支出41.83万元，"
     "占1.98%。", "326.86", "362.86", "TXT001+TXT011"),
    ("福建：全角数字与百分号", GPB_STRUCT, "一般公共服务支出１３０３．５８万元，占６１．６０％。", "６１．６０", "６６．１０",
     "TXT011"),
    ("湖南：项名后括号中的编码", ITEMS, "行政单位医疗（2101101）年初预算85.00万元，支出决算80.19万元，完成年初预算的94.34%，"
     "决算数小于年初预算数的主要原因是医疗保险缴费基数调整。", "94.34%", "94.43%", "TXT012"),
    ("安徽：项（项）：年初预算为、决算数为年初预算的", ITEMS, "住房公积金（项）：年初预算为36.00万元，支出决算为35.24万元，"
     "决算数为年初预算的97.89%。", "35.24", "32.54", "TXT001+TXT012"),
    ("福建：类款项较年初预算减少、下降", ITEMS, "教育支出（类）进修及培训（款）培训支出（项）年初预算7.50万元，支出决算6.15"
     "万元，较年初预算减少1.35万元，下降18.00%，主要原因是部分培训项目未实施。", "下降18.00%", "下降18.80%", "TXT003"),
    ("上海：超出年初预算", ITEMS, "其他就业补助支出（项）年初预算60.00万元，支出决算73.46万元，超出年初预算13.46万元，主要是年中"
     "追加就业见习补贴。", "13.46万元，主要", "14.36万元，主要", "TXT001"),
    # 基本支出
    ("山东：人员、公用经费两个数一个分句", BASIC, "人员经费741.82万元，比上年增长3.03%，增加21.82万元；公用经费34.89万元，比上年"
     "下降3.08%，减少1.11万元。", "下降3.08%", "下降8.03%", "TXT003"),
    ("河南：人员经费主要用于（无冒号）", BASIC, "人员经费741.82万元，主要用于基本工资151.23万元、津贴补贴201.23万元、奖金21.20"
     "万元、绩效工资90.46万元等。", "津贴补贴201.23", "津贴补贴210.23", "TXT001"),
    ("湖南：公用经费占基本支出的，主要包括（无冒号）", BASIC, "公用经费34.89万元，占基本支出的4.49%，主要包括办公费10.12万元、"
     "差旅费4.57万元、工会经费6.12万元。", "差旅费4.57", "差旅费5.47", "TXT001"),
    ("安徽：基本支出中对个人和家庭的补助占", BASIC, "基本支出中，对个人和家庭的补助17.21万元，占基本支出的2.22%。", "2.22%",
     "2.12%", "TXT011"),
    # “三公”经费
    ("江苏：三公决算较年初预算减少，决算数为预算数的", SG_TOTAL, "2022年度“三公”经费财政拨款支出决算3.68万元，较年初预算减少"
     "3.82万元，决算数为预算数的49.07%。", "49.07%", "49.70%", "TXT012"),
    ("山东：三公比上年减少，其中两项各减少", SG_TOTAL, "“三公”经费比上年减少0.32万元，下降8.00%，其中：公务用车购置及运行维护费"
     "减少0.18万元，公务接待费减少0.14万元。", "公务接待费减少0.14", "公务接待费减少0.41", "TXT007"),
    ("河南：车费其中购置、运行，完成预算的", SG_DETAIL, "公务用车购置及运行费2.42万元，其中：公务用车购置费0万元，公务用车运行"
     "维护费2.42万元，完成预算的53.78%。", "53.78%", "57.38%", "TXT012"),
    ("湖南：接待批次人次与比上年下降", SG_DETAIL, "公务接待费1.26万元，共接待国内公务团组18批次、156人次，比上年减少0.14万元，"
     "下降10.00%。", "下降10.00%", "下降12.00%", "TXT003"),
    ("安徽：运行维护费主要用于", SG_DETAIL, "公务用车购置费0万元，与上年持平；公务用车运行维护费2.42万元，主要用于机要通信、应急"
     "保障等公务出行所需的燃料费、维修费、过路过桥费、保险费等。", "运行维护费2.42", "运行维护费2.24", "TXT001"),
    # 政府性基金
    ("福建：基金支出比上年增长、增加，全部为项目支出", FUND, "政府性基金预算财政拨款支出3984.99万元，比上年增长5.42%，增加204.99"
     "万元，全部为项目支出。", "增长5.42%", "增长4.52%", "TXT003"),
    ("江苏：基金收入、支出、年末", FUND, "政府性基金预算财政拨款收入3947.74万元，支出3984.99万元，年末结转和结余460.44万元。",
     "支出3984.99", "支出3948.99", "TXT001"),
    # 机关运行经费、政府采购 (no table: the sentence against itself)
    ("山东：机关运行经费降低", OPER, "2022年度机关运行经费支出34.89万元，比上年减少1.11万元，降低3.08%，主要原因是压减一般性支出。",
     "降低3.08%", "降低3.80%", "TXT003"),
    ("河南：机关运行经费其中经济分类", OPER, "机关运行经费34.89万元，其中：办公费10.12万元，差旅费4.57万元，公务接待费1.26万元，"
     "工会经费6.12万元，公务用车运行维护费2.42万元，其他商品和服务支出10.39万元。", "工会经费6.12", "工会经费6.21",
     "TXT007"),
    ("湖南：政府采购货物类工程类服务类", PROC, "2022年度政府采购支出总额120.50万元，其中：货物类40.20万元、工程类50.00万元、"
     "服务类30.30万元。", "30.30", "33.30", "TXT007"),
    ("安徽：小微企业占授予中小企业合同金额的", PROC, "政府采购支出总额120.50万元，授予中小企业合同金额96.40万元，占政府采购支出"
     "总额的80.00%，其中：授予小微企业合同金额60.25万元，占授予中小企业合同金额的62.50%。", "62.50%", "65.20%", "TXT011"),
]]

NEVER_JUDGED = [
    (OVERALL, "2021年度本年收入合计6350.00万元，2022年度本年收入合计6463.99万元，同比增长1.80%。"),
    (OVERALL, "收支总计较上年增加，主要是事业收入增加。"),
    (INCOME, "财政拨款收入比上年增加113.99万元，主要是政府性基金预算财政拨款收入增加。"),
    (SPEND, "支出决算中，人员经费和公用经费均为基本支出，项目支出主要用于人才引进、就业补助等方面。"),
    (GPB_STRUCT, "一般公共预算财政拨款支出主要用于以下方面：一般公共服务支出（类）1303.58万元，主要用于机关正常运转及人才工作。"),
    (SG_TOTAL, "“三公”经费支出决算数比上年下降了8.00%，主要是公务接待次数减少。"),
    (SG_TOTAL, "“三公”经费支出决算数小于预算数，主要原因是厉行节约、从严控制公务接待。"),
    (SG_DETAIL, "因公出国（境）费0万元，本年度未安排因公出国（境）团组，因公出国（境）人次为0。"),
    (SG_DETAIL, "截至2022年末，单位开支财政拨款的公务用车保有量为3辆，本年度未购置公务用车。"),
    (STATE, "本部门无国有资本经营预算财政拨款收支，国有资本经营预算财政拨款支出决算表为空表。"),
    (ASSET, "截至2022年12月31日，本部门共有车辆3辆，其中：一般公务用车2辆、执法执勤用车1辆；单价50万元（含）以上通用设备0台"
     "（套），单价100万元（含）以上专用设备0台（套）。"),
    (ASSET, "2022年度未购置公务用车，车辆数量较上年减少1辆，主要是报废处置1辆。"),
    (PERF, "本部门对2022年度12个项目开展绩效自评，涉及一般公共预算项目支出1339.54万元，自评结果为优的10个、良的2个。"),
    (PERF, "组织对人才引进专项资金开展部门评价，涉及资金704.81万元，评价得分92.5分，等级为优。"),
    (BASIC, "人员经费741.82万元，主要包括基本工资、津贴补贴、奖金、绩效工资等；公用经费34.89万元，主要包括办公费、差旅费等。"),
    (ITEMS, "行政运行（项）支出决算412.35万元，主要用于保障机关正常运转，较年初预算增加的主要原因是人员增加。"),
]

# 中央部门 (2019 form) on the tables printed as 2019
C_OVERALL = "一、收入支出决算总体情况说明"
C_INCOME = "二、收入决算情况说明"
C_SPEND = "三、支出决算情况说明"
C_GPB = "五、一般公共预算财政拨款支出决算情况说明"
C_BASIC = "六、一般公共预算财政拨款基本支出决算情况说明"
C_SG = "七、一般公共预算财政拨款“三公”经费支出决算情况说明"
C_OTHER = "十、其他重要事项的情况说明"


def _central() -> tuple[list, list]:
    pairs = [_pair(*p) for p in [
        ("中央2019：收入、支出决算总计各增加", C_OVERALL, "2019年度收入、支出决算总计均为7093.33万元。与2018年度决算相比，收入、"
         "支出总计各增加193.33万元，增长2.80%。", "193.33", "139.33", "TXT003"),
        ("中央2019：收入合计各项占收入合计的", C_INCOME, "2019年度收入合计6463.99万元。其中：财政拨款收入6063.99万元，占收入合计的"
         "93.81%；事业收入300.00万元，占收入合计的4.64%；经营收入50.00万元，占收入合计的0.77%；附属单位上缴收入30.00万元，占收入"
         "合计的0.46%；其他收入20.00万元，占收入合计的0.31%。", "占收入合计的4.64%", "占收入合计的6.44%", "TXT011"),
        ("中央2019：支出合计各项占支出合计的", C_SPEND, "2019年度支出合计6451.24万元。其中：基本支出976.71万元，占支出合计的"
         "15.14%；项目支出5424.54万元，占支出合计的84.09%；经营支出50.00万元，占支出合计的0.78%。", "占支出合计的0.78%",
         "占支出合计的0.87%", "TXT011"),
        ("中央2019：预算为、决算为、完成预算", C_GPB, "2019年度一般公共预算财政拨款支出预算为2150.00万元，决算为2116.25万元，完成"
         "预算98.43%。", "98.43%", "98.34%", "TXT012"),
        ("中央2019：人员经费、公用经费占基本支出的，主要包括名称", C_BASIC, "2019年度一般公共预算财政拨款基本支出776.71万元，其中："
         "人员经费741.82万元，占基本支出的95.51%，主要包括：基本工资、津贴补贴、奖金、绩效工资、机关事业单位基本养老保险缴费、"
         "职业年金缴费、职工基本医疗保险缴费、住房公积金、奖励金；公用经费34.89万元，占基本支出的4.49%，主要包括：办公费、差旅费、"
         "公务接待费、工会经费、公务用车运行维护费。", "95.51%", "95.15%", "TXT011"),
        ("中央2019：三公及各项预算为、支出决算为", C_SG, "2019年度“三公”经费财政拨款支出预算为7.50万元，支出决算为3.68万元，完成"
         "预算的49.07%。其中：因公出国（境）费支出预算为0万元，支出决算为0万元；公务用车购置及运行维护费支出预算为4.50万元，支出"
         "决算为2.42万元，完成预算的53.78%；公务接待费支出预算为3.00万元，支出决算为1.26万元，完成预算的42.00%。",
         "支出决算为2.42", "支出决算为2.24", "TXT001+TXT007+TXT012"),
        ("中央2019：公务用车运行维护费及保有量", C_SG, "公务用车购置及运行维护费2.42万元，其中：公务用车购置费0万元，购置车辆0辆；"
         "公务用车运行维护费2.42万元，主要用于机要文件交换、下基层调研等所需的公务用车燃料费、维修费、过路过桥费、保险费等支出，"
         "截至2019年12月31日，单位开支财政拨款的公务用车保有量为3辆。", "公务用车运行维护费2.42", "公务用车运行维护费2.62",
         "TXT001+TXT007"),
    ]]
    never = [
        (C_SG, "公务接待费1.26万元，主要用于执行公务、开展业务活动开支的交通费、住宿费、用餐费等。国内公务接待12批次，98人次"
         "（不包括陪同人员），国内公务接待费1.26万元。外事接待0批次，0人次，外事接待费0万元。"),
        (C_SG, "2019年度使用一般公共预算财政拨款安排的因公出国（境）团组0个，累计0人次。"),
        ([C_OTHER, "（一）机关运行经费支出说明"], "2019年度本部门机关运行经费支出34.89万元，比2018年度减少1.11万元，降低3.08%。"
         "主要原因是：厉行节约，压缩办公费开支。"),
        ([C_OTHER, "（三）国有资产占用情况说明"], "截至2019年12月31日，本部门共有车辆3辆，其中，部级领导干部用车0辆、主要领导干部用车"
         "0辆、机要通信用车1辆、应急保障用车1辆、执法执勤用车1辆、特种专业技术用车0辆、离退休干部用车0辆、其他用车0辆。单价50万元"
         "以上通用设备0台（套），单价100万元以上专用设备0台（套）。"),
        ([C_OTHER, "（四）预算绩效情况说明"], "2019年度本部门组织对12个项目支出开展了绩效自评，涉及一般公共预算当年财政拨款"
         "1339.54万元，占一般公共预算项目支出总额的100%。"),
    ]
    return pairs, never


# a Word 说明 (上海 区, 2024): paragraphs before the tables; a 项 named in a title line, its figures in the next paragraph
DOCX_RIGHT = [
    "上海市某区人力资源和社会保障局2024年度部门决算情况说明",
    "一、收入支出决算总体情况",
    "本年度收入总计和支出总计均为7093.33万元，比2023年度增加193.33万元，增长2.80%。",
    "二、一般公共预算财政拨款支出决算情况",
    "一般公共预算财政拨款支出2116.25万元，其中：基本支出776.71万元，占36.70%；项目支出1339.54万元，占63.30%。",
    "（三）一般公共预算财政拨款支出决算具体情况",
    "（1）住房保障支出（类）住房改革支出（款）住房公积金（项）",
    "年初预算36.00万元，支出决算35.24万元，完成年初预算的97.89%，主要原因是人员减少。",
    "三、“三公”经费财政拨款支出决算情况",
    "“三公”经费财政拨款支出决算3.68万元，其中：因公出国（境）费0万元，公务用车购置及运行费2.42万元，公务接待费1.26万元。",
    "四、其他重要事项的说明",
    "机关运行经费34.89万元，比2023年度下降3.08%，减少1.11万元。",
    "截至2024年12月31日，本部门共有车辆3辆，其中执法执勤用车1辆。",
]
DOCX_ERRORS = [
    ("均为7093.33", "均为7093.83", "TXT001"),
    ("占63.30%", "占63.03%", "TXT011"),
    ("支出决算35.24", "支出决算53.24", "TXT001+TXT012"),
    ("公务接待费1.26", "公务接待费1.62", "TXT001+TXT007"),
    ("减少1.11", "减少1.31", "TXT003"),
]


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("heldout18")
    right = [r for _n, r, _w, _c in PAIRS] + NEVER_JUDGED
    wrong = [w for _n, _r, w, _c in PAIRS]
    return _findings(tmp, right, "right.xlsx", 2022), _findings(tmp, wrong, "wrong.xlsx", 2022)


@pytest.fixture(scope="module")
def central(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("heldout18c")
    pairs, never = _central()
    return (_findings(tmp, [r for _n, r, _w, _c in pairs] + never, "right2019.xlsx", 2019),
            _findings(tmp, [w for _n, _r, w, _c in pairs], "wrong2019.xlsx", 2019))


def _docx_wrong() -> list[str]:
    out = list(DOCX_RIGHT)
    for old, new, _codes in DOCX_ERRORS:
        i = next(i for i, p in enumerate(out) if old in p)
        assert out[i].count(old) == 1, old
        out[i] = out[i].replace(old, new)
    return out


@pytest.fixture(scope="module")
def word(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("heldout18w")
    return _docx_findings(tmp, DOCX_RIGHT, "right"), _docx_findings(tmp, _docx_wrong(), "wrong")


def test_the_tables_are_clean(tmp_path):
    assert_tables_clean(tmp_path, tables17(2022))


def test_batch_is_large_enough():
    assert len(PAIRS) + len(_central()[0]) + len(DOCX_ERRORS) >= 40 and len(NEVER_JUDGED) >= 10
    assert len({_text(r) for _n, r, _w, _c in PAIRS} | {_text(w) for _n, _r, w, _c in PAIRS}) == 2 * len(PAIRS)


def test_right_and_never_judged_sentences_draw_nothing(judged):
    assert dict(judged[0]) == {}, f"a right or unjudgeable sentence drew a finding: {dict(judged[0])}"


def test_central_right_sentences_draw_nothing(central):
    assert dict(central[0]) == {}, f"a right or unjudgeable sentence drew a finding: {dict(central[0])}"


def test_word_right_document_draws_nothing(word):
    assert dict(word[0]) == {}, f"the right Word 说明 drew: {dict(word[0])}"


NOT_YET: dict[str, str] = {}


def _expect(n: str, w, c: str):
    marks = [pytest.mark.xfail(reason=NOT_YET[n], strict=True)] if n in NOT_YET else []
    return pytest.param(n, _text(w), c, marks=marks, id=n)


@pytest.mark.parametrize("name,wrong,code", [_expect(n, w, c) for n, _r, w, c in PAIRS])
def test_wrong_sentence_found(judged, name, wrong, code):
    found = judged[1]
    assert codes_found(found, wrong) == sorted(code.split("+")), f"{name}: {wrong} → {found.get(wrong)}"


@pytest.mark.parametrize("name,wrong,code", [_expect(n, w, c) for n, _r, w, c in _central()[0]])
def test_central_wrong_sentence_found(central, name, wrong, code):
    found = central[1]
    assert codes_found(found, wrong) == sorted(code.split("+")), f"{name}: {wrong} → {found.get(wrong)}"


@pytest.mark.parametrize("old,new,code", [pytest.param(
    o, n, c, id=o, marks=[pytest.mark.xfail(reason=NOT_YET[o], strict=True)] if o in NOT_YET else [])
    for o, n, c in DOCX_ERRORS])
def test_word_wrong_paragraph_found(word, old, new, code):
    found = word[1]
    para = next(p for p in _docx_wrong() if new in p)
    assert codes_found(found, para) == sorted(code.split("+")), f"{para} → {found.get(para)}; all: {dict(found)}"
