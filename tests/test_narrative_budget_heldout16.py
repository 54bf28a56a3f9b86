"""Held-out 预算 wordings, session 16 (s16budtext): 部门预算 / 单位预算 说明 sentences as 湖北, 四川 (年初预算数), 福建
(上年年初预算), 山东, 安徽, 江西, 河北, 辽宁, 河南, 湖南, 广西 and 北京 2026 write them, and 单位预算 sentences (本单位) beside
the 上海 单位 sample, whose table 1 splits each 类 into 人员经费 · 公用经费 · 项目支出. Written from
/work/shared/domain/budget.md and general knowledge of those templates BEFORE reading recognize/claims*.py, budget_text.py
or checks/budget*.py / narrative*.py (earlier held-out files were read only for their harness and case lists, to avoid
repeats); judged end to end beside the 预算 samples with the builders of test_narrative_budget_heldout11.py.

The 上海 samples hold several funds (一般公共预算 1,817.33 + 政府性基金 265.00 + 事业收入 35.60 + 其他收入 12.00 = 2,129.93), so
the 收支总表 (2,129.93) is not the 财政拨款收支总表 (2,082.33) and a 项 can differ between the all-funds table and the 一般公共
预算 table (事业运行 287.77 vs 252.17; 其他政府办公厅…支出 494.56 vs 482.56; 201 1,536.21 vs 1,488.61): several wrong twins
put the other table's figure in. 江苏 2019 in the same way: 201 10,271.56 (01, all funds) vs 10,191.56 (07, 一般公共预算).
Last year's figures are those of test_narrative_budget_heldout13.py (收支 2,215.40; 三公 11.00; 事业运行 243.80 …).

New families: 部门预算收入 with 一般公共预算财政拨款收入 / 政府性基金预算财政拨款收入; 四川 支出预算 年初预算数 with 上缴上级/经营/
对附属单位 parts at 0; 比上年年初预算; 收入总计/支出总计 with 收入、支出总计各减少; 财政拨款收入预算总额/支出预算总额 分别; 一般公共
预算拨款支出 share of 财政拨款支出预算; 一般公共预算支出 其中 基本/项目 (its own 项目 482.56, not the department's 795.16);
按支出结构分 shares; 一般公共预算基本支出按经济分类 (类 301/302/303); 项目支出 by source (一般公共预算/政府性基金/其他资金);
a quoted 项 under 部门支出预算 (all funds) and under 一般公共预算 (its own); 政府性基金 项 with 全部为项目支出; 国有资本经营预算
支出预算0万元; 三公 shares with one decimal; 三公 rate with one decimal; 三公 全部为…，其中 (two parts, two said none); 机关运行
经费预算安排; 政府采购 按采购品目分 shares; 纳入绩效目标管理的项目支出 with 覆盖率; 部门整体支出绩效目标; 非财政拨款收入 share;
事业收入 share; 一般公共预算支出中 基本/项目 shares; 款 with its 项 parts; 类 with its 项 parts; 单位: 收入预算、支出预算均比,
table 1's 类 split into 人员经费/公用经费/项目支出, 三公 with 购置费/运行费 in brackets, 机关运行经费预算为, 一般公共预算基本支出
其中, 财政拨款收入 其中 its funds; 江苏: 部门预算总收入 其中, 收入合计 其中 当年收入/上年结转资金, 基本支出按经济分类, 一般公共预算
支出 其中 类 (07, not 01), 部门预算支出中 类 share (01), 机关运行经费全部为商品和服务支出, 公务用车 其中 购置/运行维护, 政府采购
货物类/服务类/工程类, 离退休 项, 三公·会议费·培训费合计, 单位预留机动经费全部为一般公共预算拨款.

A right sentence draws nothing (not even a warning); a wrong one the findings named ("A B?" = A, and B may come with it,
nothing else). LEFT_ALONE: 上年结转 said none where no table prints it, asset and vehicle counts, a rate with no change and
no last year's table, project names with amounts no table holds, last year's figures, causes — never judged.

First run on main a0916e9 (before reading the code; 46 pairs: 上海 29, 上海单位 6, 江苏 11; 15 never-judged): false findings
on right texts 2 (each alone and in the documents of all right texts per base): 单位 “一般公共服务支出1,536.21万元，其中：人员
经费847.12万元，公用经费158.93万元，项目支出530.16万元” (the 类's parts from table 1 held against the department's 人员经费 and
项目支出: two TXT001), 江苏 “会议费、培训费预算合计100.00万元” (the sum read as 培训费's: TXT001); never-judged otherwise 0.
Wrong sentences 11 / 46 not found as named. Three of them were the draft's expectation, corrected after the run: “项目支出…
其中：一般公共预算项目支出428.56万元…” and “卫生健康支出82.04万元，其中：…事业单位医疗20.18万元” drew the precise TXT001 (TXT007
now optional), the 北京 “非财政拨款收入74.60万元，占2.23%” drew TXT011 on its share (74.60 ÷ 2,129.93 = 3.50 %; TXT001 now
optional). The 8 misses (nothing, or only the false findings above): a quoted 项 under “部门支出预算中” with the all-funds
figure wrong (278.77 for 287.77), “纳入绩效目标管理的项目支出759.16万元”, “部门整体支出绩效目标涉及预算资金2,219.93万元”, a 款's
项 parts (“…（款）”156.93万元，其中：…职业年金缴费支出25.31万元”), the 单位 类 split with a wrong 项目支出, the 单位 三公 with
“（其中：购置费0万元，运行费8.05万元）” in brackets, 江苏 “收入合计…其中：当年收入…，上年结转资金80.00万元” (blank in the table),
江苏 “部门预算支出中，一般公共服务支出10,191.56万元” (the 一般公共预算 table's figure where the sentence names the department's
spending).
The draft's 江苏 “部门预算支出中，一般公共服务支出10,271.56万元，占76.79%” was itself wrong (10,271.56 ÷ 13,377.11 = 76.7846 %:
76.78 %), unseen on the first run because the 类 was not read as the department's; both texts now say 76.78 %.
After the fixes (s16budtext): 0 false findings; 42 / 46 found as named (one more expectation corrected: the 款's 项 part
draws the precise TXT001, TXT007 optional), the 4 left are strict xfails with their reasons (NOT_YET). The fixes: after a 类
(or a 科目) "其中：" lists its own 人员经费/公用经费/项目支出 (recognize/claims.py, of_item), and a split that leaves nothing
out is summed against the 类 (checks/budget_text.category_split, TXT007); "A、B预算合计X" where A、B is no subject's alias
is their sum, not B's (claims._joint_total); after a 类 and its 款 the list's bare names are its 项 (parts_of_category); a
part named by its last words in the list after a whole that has parts ("公务用车购置及运行费8.50万元（其中：购置费0万元，
运行费8.50万元）") is that whole's part (claims._short_part); “部门预算收入/部门预算支出” name the 收支预算总计 (a 类 after
“部门预算支出中，” is the department's, 公开01表).
"""

from __future__ import annotations

import pytest

from test_narrative_budget_heldout11 import JIANGSU, SAMPLES, SHANGHAI, _alone, _case, distinct_batch, found_as_named, \
    right_params, together_by_label, wrong_cases

SHANGHAI_UNIT = SAMPLES / "预算公开表-2026-上海单位-无误.xlsx"

TOTAL = "部门预算收支总体情况"
INCOME = "收入预算情况"
SPEND = "支出预算情况"
FISCAL = "财政拨款收支预算情况"
GENERAL = "一般公共预算支出预算情况"
BASIC = "一般公共预算基本支出预算情况"
PROJECTS = "项目支出预算情况"
FUND = "政府性基金预算支出预算情况"
STATE = "国有资本经营预算支出预算情况"
SANGONG = "“三公”经费预算情况"
RUNNING = "机关运行经费预算情况"
PURCHASE = "政府采购预算情况"
TARGETS = "预算绩效目标情况"
ASSETS = "国有资产占用情况"
JS_TITLE = "江苏省某某厅2019年度部门预算情况说明"
JS_GENERAL = "一般公共预算支出预算情况"
UNIT_TOTAL = "单位预算收支总体情况"

# (shape, right, wrong, the wrong one's findings, heading)
SHANGHAI_SHAPES = [
    ("湖北：部门预算收入，一般公共预算财政拨款收入等四项", "2026年部门预算收入2,129.93万元，其中：一般公共预算财政拨款收入"
     "1,817.33万元，政府性基金预算财政拨款收入265.00万元，事业收入35.60万元，其他收入12.00万元。", "2026年部门预算收入2,129.93万元，"
     "其中：一般公共预算财政拨款收入1,817.33万元，政府性基金预算财政拨款收入265.00万元，事业收入53.60万元，其他收入12.00万元。",
     "TXT001 TXT007?", INCOME),
    ("四川：支出预算年初预算数，上缴上级等为0", "支出预算：2026年年初预算数2,129.93万元，其中：基本支出1,334.77万元，项目支出"
     "795.16万元，上缴上级支出0万元，事业单位经营支出0万元，对附属单位补助支出0万元。", "支出预算：2026年年初预算数2,129.93万元，"
     "其中：基本支出1,334.77万元，项目支出759.16万元，上缴上级支出0万元，事业单位经营支出0万元，对附属单位补助支出0万元。",
     "TXT001 TXT007?", SPEND),
    ("福建：收入预算比上年年初预算减少，下降", "2026年本部门收入预算2,129.93万元，比上年年初预算减少85.47万元，下降3.86%。",
     "2026年本部门收入预算2,129.93万元，比上年年初预算减少85.47万元，下降3.68%。", "TXT003", INCOME),
    ("山东：收入总计、支出总计，收入、支出总计各减少", "本部门2026年度收入总计2,129.93万元，支出总计2,129.93万元，与2025年度相比，"
     "收入、支出总计各减少85.47万元，下降3.86%。", "本部门2026年度收入总计2,129.93万元，支出总计2,192.93万元，与2025年度相比，"
     "收入、支出总计各减少85.47万元，下降3.86%。", "TXT001 TXT002? TXT003?", TOTAL),
    ("安徽：财政拨款收入预算总额、支出预算总额（写成部门的）", "2026年财政拨款收入预算总额2,082.33万元，财政拨款支出预算总额"
     "2,082.33万元。", "2026年财政拨款收入预算总额2,082.33万元，财政拨款支出预算总额2,129.93万元。", "TXT001 TXT002?", FISCAL),
    ("江西：一般公共预算拨款支出占财政拨款支出预算", "一般公共预算拨款支出1,817.33万元，占财政拨款支出预算的87.27%；政府性基金"
     "预算拨款支出265.00万元，占12.73%。", "一般公共预算拨款支出1,817.33万元，占财政拨款支出预算的87.27%；政府性基金预算拨款支出"
     "265.00万元，占12.37%。", "TXT011", FISCAL),
    ("河北：一般公共预算支出其中基本、项目（项目写成部门的）", "2026年本部门一般公共预算支出1,817.33万元，其中：基本支出1,334.77万元，"
     "项目支出482.56万元。", "2026年本部门一般公共预算支出1,817.33万元，其中：基本支出1,334.77万元，项目支出795.16万元。",
     "TXT001 TXT007?", GENERAL),
    ("辽宁：按支出结构分，基本、项目占部门支出预算", "按支出结构分，基本支出1,334.77万元，占部门支出预算的62.67%；项目支出"
     "795.16万元，占37.33%。", "按支出结构分，基本支出1,334.77万元，占部门支出预算的62.67%；项目支出795.16万元，占36.33%。",
     "TXT011", SPEND),
    ("湖北：一般公共预算基本支出按经济分类", "一般公共预算基本支出按经济分类：工资福利支出1,125.84万元，商品和服务支出158.93万元，"
     "对个人和家庭的补助50.00万元。", "一般公共预算基本支出按经济分类：工资福利支出1,125.84万元，商品和服务支出185.93万元，对个人和"
     "家庭的补助50.00万元。", "TXT001 TXT007?", BASIC),
    ("项目支出按资金来源", "2026年本部门项目支出预算795.16万元，其中：一般公共预算项目支出482.56万元，政府性基金预算项目支出"
     "265.00万元，其他资金项目支出47.60万元。", "2026年本部门项目支出预算795.16万元，其中：一般公共预算项目支出428.56万元，"
     "政府性基金预算项目支出265.00万元，其他资金项目支出47.60万元。", "TXT001 TXT007?", PROJECTS),
    ("部门支出预算中，引号项（全部资金）", "部门支出预算中，“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）”"
     "287.77万元，主要用于所属事业单位人员经费和日常运转。", "部门支出预算中，“一般公共服务支出（类）政府办公厅（室）及相关机构事务"
     "（款）事业运行（项）”278.77万元，主要用于所属事业单位人员经费和日常运转。", "TXT001", SPEND),
    ("一般公共预算标题下引号项（写成全部资金的）", "“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）”"
     "252.17万元，比上年预算增加8.37万元，增长3.43%。", "“一般公共服务支出（类）政府办公厅（室）及相关机构事务（款）事业运行（项）”"
     "287.77万元，比上年预算增加8.37万元，增长3.43%。", "TXT001 TXT003? TXT004?", GENERAL),
    ("政府性基金项，整数万元，全部为项目支出", "城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入"
     "安排的支出（项）265万元，全部为项目支出。", "城乡社区支出（类）国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入"
     "安排的支出（项）256万元，全部为项目支出。", "TXT001", FUND),
    ("湖南：国有资本经营预算支出预算0万元", "2026年本部门国有资本经营预算支出预算0万元。", "2026年本部门国有资本经营预算支出预算"
     "12.00万元。", "TXT001", STATE),
    ("三公各部分占比，一位小数", "公务用车购置及运行费8.50万元，占“三公”经费预算的87.6%；公务接待费1.20万元，占12.4%。",
     "公务用车购置及运行费8.50万元，占“三公”经费预算的87.6%；公务接待费1.20万元，占12.6%。", "TXT011", SANGONG),
    ("三公预算总额比上年预算减少，一位小数（分母取错）", "2026年“三公”经费预算总额9.70万元，比上年预算减少1.30万元，下降11.8%。",
     "2026年“三公”经费预算总额9.70万元，比上年预算减少1.30万元，下降13.4%。", "TXT004", SANGONG),
    ("湖南：三公全部为接待费和运行维护费，其中", "2026年“三公”经费预算9.70万元，全部为公务接待费和公务用车运行维护费，其中公务接待费"
     "1.20万元，公务用车运行维护费8.50万元；无因公出国（境）费和公务用车购置费。", "2026年“三公”经费预算9.70万元，全部为公务接待费和"
     "公务用车运行维护费，其中公务接待费2.10万元，公务用车运行维护费8.50万元；无因公出国（境）费和公务用车购置费。",
     "TXT001 TXT007?", SANGONG),
    ("湖北：机关运行经费预算安排", "2026年机关运行经费预算安排138.95万元，主要是保障机关日常运转的公用经费。", "2026年机关运行经费"
     "预算安排183.95万元，主要是保障机关日常运转的公用经费。", "TXT001", RUNNING),
    ("广西：政府采购按采购品目分占比", "2026年政府采购预算158.60万元，按采购品目分：货物类45.60万元，占28.75%；服务类113.00万元，"
     "占71.25%。", "2026年政府采购预算158.60万元，按采购品目分：货物类45.60万元，占27.85%；服务类113.00万元，占71.25%。", "TXT011",
     PURCHASE),
    ("纳入绩效目标管理的项目支出，覆盖率100%", "2026年本部门纳入绩效目标管理的项目支出795.16万元，绩效目标覆盖率100%。",
     "2026年本部门纳入绩效目标管理的项目支出759.16万元，绩效目标覆盖率100%。", "TXT001", TARGETS),
    ("部门整体支出绩效目标涉及预算资金", "2026年部门整体支出绩效目标涉及预算资金2,129.93万元。", "2026年部门整体支出绩效目标涉及"
     "预算资金2,219.93万元。", "TXT001", TARGETS),
    ("北京：财政拨款收入占收入预算，非财政拨款收入", "2026年本部门财政拨款收入2,082.33万元，占收入预算的97.77%；非财政拨款收入"
     "47.60万元，占2.23%。", "2026年本部门财政拨款收入2,082.33万元，占收入预算的97.77%；非财政拨款收入74.60万元，占2.23%。",
     "TXT011 TXT001? TXT007?", INCOME),
    ("事业收入占部门收入预算", "事业收入35.60万元，占部门收入预算的1.67%。", "事业收入35.60万元，占部门收入预算的1.76%。",
     "TXT011", INCOME),
    ("一般公共预算支出中，基本、项目占比", "一般公共预算支出中，基本支出1,334.77万元，占73.45%；项目支出482.56万元，占26.55%。",
     "一般公共预算支出中，基本支出1,334.77万元，占73.45%；项目支出482.56万元，占26.45%。", "TXT011", GENERAL),
    ("款及其项", "“社会保障和就业支出（类）行政事业单位养老支出（款）”156.93万元，其中：机关事业单位基本养老保险缴费支出104.62万元，"
     "机关事业单位职业年金缴费支出52.31万元。", "“社会保障和就业支出（类）行政事业单位养老支出（款）”156.93万元，其中：机关事业单位"
     "基本养老保险缴费支出104.62万元，机关事业单位职业年金缴费支出25.31万元。", "TXT001 TXT007?", GENERAL),
    ("湖北区县：类及其项", "卫生健康支出82.04万元，其中：行政单位医疗61.23万元，事业单位医疗20.81万元。", "卫生健康支出82.04万元，"
     "其中：行政单位医疗61.23万元，事业单位医疗20.18万元。", "TXT001 TXT007?", GENERAL),
    ("部门支出预算中类（全部资金）", "部门支出预算中，一般公共服务支出1,536.21万元，占72.12%。", "部门支出预算中，一般公共服务支出"
     "1,488.61万元，占72.12%。", "TXT001 TXT011?", SPEND),
    ("一般公共预算标题下，其他政府办公厅项（写成全部资金的）", "其他政府办公厅（室）及相关机构事务支出（项）482.56万元，主要用于"
     "信息化运维等项目。", "其他政府办公厅（室）及相关机构事务支出（项）494.56万元，主要用于信息化运维等项目。", "TXT001", GENERAL),
    ("河南：财政拨款收支总预算占部门收支总预算", "2026年财政拨款收支总预算2,082.33万元，占部门收支总预算的97.77%。",
     "2026年财政拨款收支总预算2,028.33万元，占部门收支总预算的97.77%。", "TXT001 TXT011?", FISCAL),
]

UNIT_SHAPES = [
    ("单位：收入预算、支出预算均比上年预算减少", "2026年本单位收入预算2,129.93万元，支出预算2,129.93万元，均比2025年预算减少"
     "85.47万元。", "2026年本单位收入预算2,192.93万元，支出预算2,129.93万元，均比2025年预算减少85.47万元。", "TXT001 TXT002?",
     UNIT_TOTAL),
    ("单位：类分人员经费、公用经费、项目支出（公开01表）", "一般公共服务支出1,536.21万元，其中：人员经费847.12万元，公用经费"
     "158.93万元，项目支出530.16万元。", "一般公共服务支出1,536.21万元，其中：人员经费847.12万元，公用经费158.93万元，项目支出"
     "503.16万元。", "TXT007 TXT001?", SPEND),
    ("单位：三公其中购置费、运行费在括号内", "本单位2026年“三公”经费预算9.70万元，其中：因公出国（境）费0万元，公务接待费1.20万元，"
     "公务用车购置及运行费8.50万元（其中：购置费0万元，运行费8.50万元）。", "本单位2026年“三公”经费预算9.70万元，其中：因公出国"
     "（境）费0万元，公务接待费1.20万元，公务用车购置及运行费8.50万元（其中：购置费0万元，运行费8.05万元）。", "TXT001 TXT007?",
     SANGONG),
    ("单位：机关运行经费预算为", "本单位2026年机关运行经费预算为138.95万元，主要用于办公、水电、差旅等。", "本单位2026年机关运行"
     "经费预算为139.85万元，主要用于办公、水电、差旅等。", "TXT001", RUNNING),
    ("单位：一般公共预算基本支出其中人员、公用", "2026年本单位一般公共预算基本支出1,334.77万元，其中：人员经费1,175.84万元，公用"
     "经费158.93万元。", "2026年本单位一般公共预算基本支出1,334.77万元，其中：人员经费1,175.48万元，公用经费158.93万元。",
     "TXT001 TXT007?", BASIC),
    ("单位：财政拨款收入其中两项资金", "本单位2026年财政拨款收入2,082.33万元，其中：一般公共预算拨款收入1,817.33万元，政府性基金"
     "预算拨款收入265.00万元。", "本单位2026年财政拨款收入2,082.33万元，其中：一般公共预算拨款收入1,871.33万元，政府性基金预算拨款"
     "收入265.00万元。", "TXT001 TXT007?", FISCAL),
]

JIANGSU_SHAPES = [
    ("部门预算总收入，其中一般公共预算拨款、其他资金", "2019年部门预算总收入13,377.11万元，其中：一般公共预算拨款13,297.11万元、"
     "其他资金80.00万元。", "2019年部门预算总收入13,377.11万元，其中：一般公共预算拨款13,297.11万元、其他资金8.00万元。",
     "TXT001 TXT007?", JS_TITLE),
    ("收入合计，其中当年收入、上年结转资金", "2019年收入合计13,377.11万元，其中：当年收入13,377.11万元，上年结转资金0万元。",
     "2019年收入合计13,377.11万元，其中：当年收入13,377.11万元，上年结转资金80.00万元。", "TXT007 TXT001?", JS_TITLE),
    ("基本支出按经济分类", "一般公共预算基本支出6,442.75万元，按经济分类：工资福利支出4,367.96万元，商品和服务支出1,130.74万元，"
     "对个人和家庭的补助944.05万元。", "一般公共预算基本支出6,442.75万元，按经济分类：工资福利支出4,367.96万元，商品和服务支出"
     "1,130.74万元，对个人和家庭的补助994.05万元。", "TXT001 TXT007?", JS_TITLE),
    ("一般公共预算支出其中各类（写成全部资金的）", "一般公共预算支出13,297.11万元，其中：一般公共服务支出10,191.56万元，社会保障和"
     "就业支出858.51万元，住房保障支出2,247.04万元。", "一般公共预算支出13,297.11万元，其中：一般公共服务支出10,271.56万元，社会"
     "保障和就业支出858.51万元，住房保障支出2,247.04万元。", "TXT001 TXT007?", JS_TITLE),
    ("部门预算支出中类占比（全部资金）", "部门预算支出中，一般公共服务支出10,271.56万元，占76.78%。", "部门预算支出中，一般公共服务"
     "支出10,191.56万元，占76.78%。", "TXT001 TXT011?", JS_TITLE),
    ("机关运行经费全部为商品和服务支出", "2019年机关运行经费1,130.74万元，全部为商品和服务支出。", "2019年机关运行经费1,310.74万元，"
     "全部为商品和服务支出。", "TXT001", JS_TITLE),
    ("公务用车其中购置费、运行维护费", "公务用车购置及运行维护费156.60万元，其中：公务用车购置费0万元，公务用车运行维护费156.60万元。",
     "公务用车购置及运行维护费156.60万元，其中：公务用车购置费0万元，公务用车运行维护费165.60万元。", "TXT001 TXT007?", JS_TITLE),
    ("政府采购货物类、服务类、工程类", "2019年政府采购预算206.50万元，其中货物类120.50万元，服务类86.00万元，工程类0万元。",
     "2019年政府采购预算206.50万元，其中货物类120.50万元，服务类68.00万元，工程类0万元。", "TXT001 TXT007?", JS_TITLE),
    ("离退休款项", "社会保障和就业支出（类）行政事业单位离退休（款）未归口管理的行政单位离退休（项）277.05万元，主要用于离休费。",
     "社会保障和就业支出（类）行政事业单位离退休（款）未归口管理的行政单位离退休（项）272.05万元，主要用于离休费。", "TXT001",
     JS_GENERAL),
    ("三公、会议费、培训费合计，其中", "2019年“三公”经费、会议费、培训费合计336.60万元，其中“三公”经费236.60万元，会议费40.00万元，"
     "培训费60.00万元。", "2019年“三公”经费、会议费、培训费合计336.60万元，其中“三公”经费236.60万元，会议费44.00万元，培训费"
     "60.00万元。", "TXT001 TXT007?", JS_TITLE),
    ("单位预留机动经费全部为一般公共预算拨款", "单位预留机动经费1,886.02万元，全部为一般公共预算拨款。", "单位预留机动经费"
     "1,868.02万元，全部为一般公共预算拨款。", "TXT001", JS_TITLE),
]

SHANGHAI_LEFT_ALONE = [
    ("2026年收入预算中无上年结转资金。", TOTAL),
    ("截至2025年底，本部门共有车辆6辆，资产总额3,456.78万元。", ASSETS),
    ("2026年本部门机关运行经费较上年增长9.8%。", RUNNING),
    ("2026年拟新增资产配置预算12.00万元，主要为办公设备更新。", ASSETS),
    ("社区治理专项经费项目，2026年预算安排120.00万元，主要用于社区自治共治活动。", PROJECTS),
    ("重点项目绩效目标：数字化平台运维项目，预算金额120.00万元，年度目标为系统可用率不低于99%。", TARGETS),
    ("机关运行经费预算138.95万元，比一般公共预算基本支出中的公用经费少19.98万元，主要是事业单位公用经费不计入机关运行经费。",
     RUNNING),
    ("2025年“三公”经费预算数为11.00万元。", SANGONG),
    ("“三公”经费预算比上年减少，主要是严格控制公务接待。", SANGONG),
    ("2026年政府采购预算中，授予中小企业合同金额不低于120.00万元。", PURCHASE),
]
UNIT_LEFT_ALONE = [
    ("本单位设5个内设机构，编制人数45人，实有人数42人。", UNIT_TOTAL),
    ("本单位为行政单位，2026年单位预算与部门预算口径一致。", UNIT_TOTAL),
]
JIANGSU_LEFT_ALONE = [
    ("2019年本部门无上年结转资金，也无结转下年资金。", JS_TITLE),
    ("会议费、培训费预算合计100.00万元。", JS_TITLE),
    ("截至2018年底，本部门资产总额8,765.43万元，其中流动资产1,234.56万元。", JS_TITLE),
]

LABELS = ["上海", "上海单位", "江苏"]


def base(label: str):
    return {"上海": SHANGHAI, "上海单位": SHANGHAI_UNIT, "江苏": JIANGSU}[label]


ALONE = [("上海", s, h) for s, h in SHANGHAI_LEFT_ALONE] + [("上海单位", s, h) for s, h in UNIT_LEFT_ALONE] + \
    [("江苏", s, h) for s, h in JIANGSU_LEFT_ALONE]
CASES = [_case("上海", s) for s in SHANGHAI_SHAPES] + [_case("上海单位", s) for s in UNIT_SHAPES] + \
    [_case("江苏", s) for s in JIANGSU_SHAPES]

# wrong sentences not found yet (strict xfail: a fix turns them into failures to be moved out of here)
NOT_YET: dict[str, str] = {
    "部门支出预算中，引号项（全部资金）": "a quoted 科目 after a lead clause (“部门支出预算中，“…（项）”X万元”) is not read as the "
    "科目: a 科目 is read where its paragraph or sentence opens with it",
    # ("纳入绩效目标管理的项目支出，覆盖率100%" found since s19budtext: recognize/claims.FULL_COVERAGE_RE)
    "部门整体支出绩效目标涉及预算资金": "“部门整体支出绩效目标涉及预算资金” is no subject (the whole 支出预算 only by what 部门整体 means)",
    "收入合计，其中当年收入、上年结转资金": "公开01表 prints 上年结转资金 blank: a blank cell is not read as 0 (no figure to judge against), "
    "and 当年收入 is no subject whose parts could be summed",
}
# right sentences that still draw a finding (strict xfail with the reason)
FALSE_YET: dict[str, str] = {
}


def test_the_batch_is_large_and_distinct():
    """At least 45 pairs and 15 never-judged texts, each shape's right and wrong differ, no sentence twice."""
    assert len(CASES) >= 45 and len(ALONE) >= 15
    distinct_batch(CASES, ALONE)


@pytest.fixture(scope="module")
def together(tmp_path_factory):
    """Every right and never-judged text of a base in one 情况说明 of its sample, checked end to end."""
    return together_by_label(tmp_path_factory.mktemp("budget-heldout16"), LABELS, CASES, ALONE, base)


@pytest.mark.parametrize("label", LABELS)
def test_right_and_unjudgeable_sentences_draw_nothing_together(together, label):
    assert dict(together[label]) == {}, f"a right or unjudgeable sentence drew a finding: {dict(together[label])}"


@pytest.mark.parametrize("label,text,heading", right_params(CASES, ALONE, FALSE_YET))
def test_right_sentence_alone_draws_nothing(label, text, heading):
    assert _alone(base(label), text, heading) == []


@pytest.mark.parametrize("label,name,right,wrong,code,heading", wrong_cases(CASES, NOT_YET),
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_wrong_sentence_found(label, name, right, wrong, code, heading):
    found_as_named(base(label), name, wrong, code, heading)
