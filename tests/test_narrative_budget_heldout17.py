"""Held-out 预算 wordings, session 17 (s17budtext): 2024/2026 部门预算 说明 sentences as 广东, 浙江, 山东, 河南, 重庆, 云南 and
中央部门 write them, over two consistent table sets: the 上海-style sample (部门财务收支预算总表 …, 元, 2026) and a 财政部-form
set (收支总表, 收入总表, 支出总表, 财政拨款收支总表, 一般公共预算支出表, 一般公共预算基本支出表, “三公”经费支出表, 政府性基金预算
支出表; 万元, 2024) of a department with 事业收入 and 20.00 万元 of 一般公共预算 carried over from last year (上年结转). Written
from /work/shared/domain/budget.md and general knowledge of those templates BEFORE reading recognize/claims*.py,
budget_text.py or checks/budget*.py (earlier held-out files were read only for their harness and case lists, to avoid
repeats); judged end to end with the builders of test_narrative_budget_heldout11.py.

财政部 form (the 北京式 set of test_review11_budget.py with the carry-over of test_review16.py, plus a blank 事业单位经营收入
row), 万元: 收入总计 = 支出总计 2,300.50 = 本年收入 2,280.50 (一般公共预算拨款收入 2,210.50, 政府性基金 40.00, 事业收入
30.00; 国有资本经营, 事业单位经营收入, 其他收入 blank) + 上年结转结余 20.00 (一般公共预算, spent on 住房公积金); 支出: 基本
1,750.50, 项目 550.00; 类 201 1,980.20, 208 180.30, 212 40.00, 221 100.00. 财政拨款收支总表: 本年收入 2,250.50, 上年结转
20.00, 总计 2,270.50 = 一般公共预算 2,230.50 + 政府性基金 40.00. 一般公共预算支出表 2,230.50 = 人员 1,580.30 + 公用 170.20 +
项目 480.00 (201 1,950.20; 2010101 行政运行 1,470.20; 2010102 一般行政管理事务 480.00, all funds 510.00; 2080505 180.30;
2210201 100.00). 基本支出表 301 1,480.30, 302 170.20, 303 100.00. “三公” 20.20 = 0 + 用车 15.00 (购置 0, 运行 15.00) + 接待
5.20. No 机关运行经费, 政府采购 or 国有资本经营 table. 上海 sample: see test_narrative_budget_heldout11.py (收支 2,129.93;
财政拨款 2,082.33 = 1,817.33 + 265.00; 事业收入 35.60; 其他收入 12.00; 基本 1,334.77 = 人员 1,175.84 + 公用 158.93; 项目
795.16, 一般公共预算 482.56; 类 201 1,536.21 / 一般公共预算 1,488.61, 208 156.93, 210 82.04, 212 265.00, 221 89.74 (Σ 2,129.92:
rounding); “三公” 9.70; 机关运行经费 138.95).

A right sentence draws nothing (not even a warning); a wrong one the findings named ("A B?" = A, and B may come with it,
nothing else). LEFT_ALONE: vehicles and assets, 绩效目标 counts and money, empty-table notes, 上年结转 said none where no
table prints it — never judged.

First run on main 4c81e4d (before reading the code; 36 pairs: 财政部式 21, 上海 15; 10 never-judged): false findings on right
texts 1, alone and together: the 财政部式 “财政拨款收入预算2,270.50万元，其中：一般公共预算拨款2,210.50万元，政府性基金预算拨款
40.00万元，上年结转20.00万元” drew TXT007 (上年结转 left out of the parts: 2,210.50 + 40.00 = 2,250.50); never-judged 0 judged.
Wrong sentences 3 / 36 not found as named: 浙江 “…上年结转结余2.00万元” in the 收入预算 list (nothing: the 收支总表 prints 20.00),
云南 “非财政拨款收入46.70万元” (nothing: 事业收入 35.60 + 其他收入 12.00 = 47.60), and the bare “收入预算2,207.50万元” after the
财政拨款 sentence with 上年结转, which drew TXT002 (against the 财政拨款收入 2,270.50 said before: the precise finding, so the
draft's expectation TXT001 was corrected to “TXT002 TXT001? TXT003?”) beside the false TXT007 above.
After the fixes (s17budtext): 0 false findings; 35 / 36 found as named (the bare 收入预算 under the 财政拨款 heading is now
its 收入总计 or its 本年收入, so the wrong one draws TXT001 against both and no TXT002: expectation “TXT001 TXT002? TXT003?”),
the one left a strict xfail (NOT_YET). The fixes: a bare 收入预算 under a 财政拨款 heading may mean the 财政拨款收支总表's
收入总计 or its 一、本年收入 (rules/narrative.toml 财政拨款收入总额, either; claims_budget._heading_side), also when its list
names 上年结转 (_lists_its_funds); 上年结转 listed after a 财政拨款 whole is 财政拨款's (二、上年结转, new subject
财政拨款上年结转) and an optional part of 财政拨款收入 (TXT007); “上年结转结余” is an alias of 上年结转资金 (tests/
test_budget_text_s17.py).
"""

from __future__ import annotations

import copy
import tempfile
from pathlib import Path

import pytest

from test_narrative_budget_heldout11 import SHANGHAI, _alone, _case, distinct_batch, found_as_named, together_by_label, \
    wrong_cases
from test_review11_budget import _xlsx
from test_review16 import _carry_over

TOTAL = "收支预算总体情况"
INCOME = "收入预算情况"
SPEND = "支出预算情况"
FISCAL = "财政拨款收支预算情况"
GENERAL = "一般公共预算当年拨款支出情况"
BASIC = "一般公共预算基本支出情况"
SANGONG = "“三公”经费预算情况"
RUNNING = "机关运行经费预算情况"
PURCHASE = "政府采购预算情况"
ASSETS = "国有资产占用情况"
TARGETS = "预算绩效管理情况"
FUND = "政府性基金预算支出情况"
STATE = "国有资本经营预算支出情况"


def central_tables():
    """The 财政部-form set with 上年结转 20.00 (into 住房公积金) and a blank 五、事业单位经营收入 row in the 收支总表."""
    tables = copy.deepcopy(_carry_over())
    b1 = tables[0]
    b1.rows.insert(6, ["五、事业单位经营收入", "", "", ""])
    b1.rows[7][0] = "六、其他收入"
    return tables


_CENTRAL: list[Path] = []


def central() -> Path:
    if not _CENTRAL:
        tmp = Path(tempfile.mkdtemp(prefix="heldout17-"))
        _CENTRAL.append(_xlsx(tmp / "财政部式-2024.xlsx", central_tables(), False))
    return _CENTRAL[0]


# (shape, right, wrong, the wrong one's findings, heading)
CENTRAL_SHAPES = [
    ("广东：收入总计、支出总计，收入预算中含上年结转", "2024年部门预算收入总计2,300.50万元，支出总计2,300.50万元。收入预算中，"
     "一般公共预算拨款2,210.50万元，政府性基金预算拨款40.00万元，事业收入30.00万元，上年结转20.00万元。", "2024年部门预算收入"
     "总计2,300.50万元，支出总计2,300.50万元。收入预算中，一般公共预算拨款2,210.50万元，政府性基金预算拨款40.00万元，事业收入"
     "3.00万元，上年结转20.00万元。", "TXT001 TXT007?", TOTAL),
    ("浙江：收入预算其中六项，经营收入与其他收入为0", "2024年度收入预算2,300.50万元，其中：一般公共预算收入2,210.50万元，政府性"
     "基金收入40.00万元，事业收入30.00万元，事业单位经营收入0万元，其他收入0万元，上年结转结余20.00万元。", "2024年度收入预算"
     "2,300.50万元，其中：一般公共预算收入2,210.50万元，政府性基金收入40.00万元，事业收入30.00万元，事业单位经营收入0万元，其他"
     "收入0万元，上年结转结余2.00万元。", "TXT001 TXT007?", INCOME),
    ("中央：收入预算比上年执行数增加，主要原因", "2024年本部门收入预算2,300.50万元，比2023年执行数增加120.50万元，增长5.53%。"
     "主要原因是新增人大信息化建设项目。", "2024年本部门收入预算2,300.50万元，比2023年执行数增加120.50万元，增长5.24%。主要原因是"
     "新增人大信息化建设项目。", "TXT004", INCOME),
    ("山东：收入预算总计，其中本年收入、上年结转", "收入预算总计2,300.50万元，其中：本年收入2,280.50万元，上年结转20.00万元。",
     "收入预算总计2,300.50万元，其中：本年收入2,208.50万元，上年结转20.00万元。", "TXT001 TXT007?", INCOME),
    ("河南：支出总计其中基本、项目，各占", "2024年支出总计2,300.50万元，其中：基本支出1,750.50万元，占76.09%；项目支出550.00万元，"
     "占23.91%。", "2024年支出总计2,300.50万元，其中：基本支出1,750.50万元，占76.09%；项目支出505.00万元，占23.91%。",
     "TXT001 TXT007? TXT011?", SPEND),
    ("财政拨款收入含上年结转，其后一句光写收入预算", "2024年财政拨款收入预算2,270.50万元，其中：一般公共预算拨款2,210.50万元，"
     "政府性基金预算拨款40.00万元，上年结转20.00万元。\n收入预算2,270.50万元，比2023年增加70.50万元，增长3.20%。", "2024年财政"
     "拨款收入预算2,270.50万元，其中：一般公共预算拨款2,210.50万元，政府性基金预算拨款40.00万元，上年结转20.00万元。\n收入预算"
     "2,207.50万元，比2023年增加70.50万元，增长3.20%。", "TXT001 TXT002? TXT003?", FISCAL),
    ("重庆：事业收入较上年增加", "事业收入30.00万元，较2023年增加5.00万元，增长20.00%，主要原因是培训收入增加。", "事业收入"
     "30.00万元，较2023年增加5.00万元，增长16.67%，主要原因是培训收入增加。", "TXT004", INCOME),
    ("广东：一般公共预算项，比上年减少，主要原因", "一般公共服务支出（类）人大事务（款）一般行政管理事务（项）480.00万元，比上年"
     "减少20.00万元，下降4.00%，主要原因是压减一般性支出。", "一般公共服务支出（类）人大事务（款）一般行政管理事务（项）510.00万元，"
     "比上年减少20.00万元，下降4.00%，主要原因是压减一般性支出。", "TXT001 TXT003? TXT004?", GENERAL),
    ("山东：一般公共预算财政拨款支出主要用于，类（类）支出占比", "一般公共预算财政拨款支出2,230.50万元，主要用于以下方面：一般公共"
     "服务（类）支出1,950.20万元，占87.43%；社会保障和就业（类）支出180.30万元，占8.08%；住房保障（类）支出100.00万元，占4.48%。",
     "一般公共预算财政拨款支出2,230.50万元，主要用于以下方面：一般公共服务（类）支出1,950.20万元，占87.43%；社会保障和就业（类）"
     "支出180.30万元，占8.80%；住房保障（类）支出100.00万元，占4.48%。", "TXT011", GENERAL),
    ("云南：基本支出其中人员经费、公用经费，主要包括", "2024年一般公共预算财政拨款基本支出1,750.50万元，其中：人员经费1,580.30万元，"
     "主要包括基本工资、津贴补贴、机关事业单位基本养老保险缴费、住房公积金、退休费；公用经费170.20万元，主要包括办公费、差旅费、"
     "公务接待费、公务用车运行维护费。", "2024年一般公共预算财政拨款基本支出1,750.50万元，其中：人员经费1,580.30万元，主要包括基本"
     "工资、津贴补贴、机关事业单位基本养老保险缴费、住房公积金、退休费；公用经费107.20万元，主要包括办公费、差旅费、公务接待费、"
     "公务用车运行维护费。", "TXT001 TXT007?", BASIC),
    ("中央：人员经费主要包括两类经济科目金额", "人员经费1,580.30万元，主要包括：工资福利支出1,480.30万元、对个人和家庭的补助"
     "100.00万元。", "人员经费1,580.30万元，主要包括：工资福利支出1,408.30万元、对个人和家庭的补助100.00万元。", "TXT001 TXT007?",
     BASIC),
    ("中央：三公财政拨款预算数比上年预算数减少", "2024年“三公”经费财政拨款预算数为20.20万元，比2023年预算数减少2.30万元，下降"
     "10.22%。", "2024年“三公”经费财政拨款预算数为20.20万元，比2023年预算数减少2.30万元，下降11.39%。", "TXT004", SANGONG),
    ("重庆：三公较上年预算减少，各部分较上年", "2024年“三公”经费预算20.20万元，较2023年预算减少2.30万元。其中：因公出国（境）费"
     "0万元，与2023年预算持平；公务用车购置及运行费15.00万元，较2023年预算减少2.00万元；公务接待费5.20万元，较2023年预算减少"
     "0.30万元。", "2024年“三公”经费预算20.20万元，较2023年预算减少2.30万元。其中：因公出国（境）费0万元，与2023年预算持平；公务"
     "用车购置及运行费15.00万元，较2023年预算减少2.00万元；公务接待费5.20万元，较2023年预算减少0.50万元。", "TXT007", SANGONG),
    ("浙江：三公其中两项，另两项为零", "“三公”经费预算20.20万元，其中公务接待费5.20万元，公务用车运行维护费15.00万元，因公出国"
     "（境）费和公务用车购置费为零。", "“三公”经费预算20.20万元，其中公务接待费2.50万元，公务用车运行维护费15.00万元，因公出国"
     "（境）费和公务用车购置费为零。", "TXT001 TXT007?", SANGONG),
    ("中央：机关运行经费财政拨款预算比上年减少，下降", "2024年本部门机关运行经费财政拨款预算170.20万元，比2023年预算减少9.80万元，"
     "下降5.44%。", "2024年本部门机关运行经费财政拨款预算170.20万元，比2023年预算减少9.80万元，下降5.76%。", "TXT004", RUNNING),
    ("中央：政府采购预算总额，货物、工程、服务预算", "2024年度本部门政府采购预算总额125.00万元，其中：政府采购货物预算35.00万元、"
     "政府采购工程预算0万元、政府采购服务预算90.00万元。", "2024年度本部门政府采购预算总额125.00万元，其中：政府采购货物预算"
     "35.00万元、政府采购工程预算0万元、政府采购服务预算95.00万元。", "TXT007", PURCHASE),
    ("云南：政府性基金全部用于引号项", "政府性基金预算财政拨款支出40.00万元，全部用于城乡社区支出（类）国有土地使用权出让收入安排的"
     "支出（款）其他国有土地使用权出让收入安排的支出（项）。", "政府性基金预算财政拨款支出45.00万元，全部用于城乡社区支出（类）"
     "国有土地使用权出让收入安排的支出（款）其他国有土地使用权出让收入安排的支出（项）。", "TXT001", FUND),
    ("中央：一般公共预算当年拨款比上年执行数增加（当年拨款不含结转）", "2024年一般公共预算当年拨款2,210.50万元，比2023年执行数"
     "增加110.50万元，增长5.26%。", "2024年一般公共预算当年拨款2,230.50万元，比2023年执行数增加110.50万元，增长5.26%。",
     "TXT001 TXT003?", GENERAL),
    ("事业收入、上年结转占收入总计", "事业收入30.00万元，占收入总计的1.30%；上年结转20.00万元，占0.87%。", "事业收入30.00万元，"
     "占收入总计的1.30%；上年结转20.00万元，占0.78%。", "TXT011", INCOME),
    ("浙江：支出预算按功能分类（全部资金）", "支出预算2,300.50万元，按功能分类：一般公共服务支出1,980.20万元，社会保障和就业支出"
     "180.30万元，城乡社区支出40.00万元，住房保障支出100.00万元。", "支出预算2,300.50万元，按功能分类：一般公共服务支出1,950.20万元，"
     "社会保障和就业支出180.30万元，城乡社区支出40.00万元，住房保障支出100.00万元。", "TXT001 TXT007?", SPEND),
    ("重庆：财政拨款支出预算其中三项资金（含结转）", "财政拨款支出预算2,270.50万元，其中：一般公共预算拨款支出2,230.50万元，政府性"
     "基金预算拨款支出40.00万元，国有资本经营预算拨款支出0万元。", "财政拨款支出预算2,270.50万元，其中：一般公共预算拨款支出"
     "2,210.50万元，政府性基金预算拨款支出40.00万元，国有资本经营预算拨款支出0万元。", "TXT001 TXT007?", FISCAL),
]

SHANGHAI_SHAPES = [
    ("浙江：收入预算其中各项及占比", "2026年度收入预算2,129.93万元，其中：财政拨款收入2,082.33万元，占97.77%；事业收入35.60万元，"
     "占1.67%；事业单位经营收入0万元；其他收入12.00万元，占0.56%。", "2026年度收入预算2,129.93万元，其中：财政拨款收入2,082.33万元，"
     "占97.77%；事业收入35.60万元，占1.67%；事业单位经营收入0万元；其他收入21.00万元，占0.56%。", "TXT001 TXT007? TXT011?", INCOME),
    ("云南：部门支出预算其中五类（舍入后差0.01）", "部门支出预算2,129.93万元，其中：一般公共服务支出1,536.21万元，社会保障和就业"
     "支出156.93万元，卫生健康支出82.04万元，城乡社区支出265.00万元，住房保障支出89.74万元。", "部门支出预算2,129.93万元，其中：一般"
     "公共服务支出1,536.21万元，社会保障和就业支出165.93万元，卫生健康支出82.04万元，城乡社区支出265.00万元，住房保障支出89.74万元。",
     "TXT001 TXT007?", SPEND),
    ("山东：财政拨款收入比上年预算增加", "2026年财政拨款收入2,082.33万元，比上年预算增加102.33万元，增长5.17%。", "2026年财政拨款"
     "收入2,082.33万元，比上年预算增加102.33万元，增长4.91%。", "TXT004", FISCAL),
    ("河南：项较上年预算增加，主要原因", "社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）"
     "104.62万元，较上年预算增加4.62万元，增长4.62%，主要原因是缴费基数调整。", "社会保障和就业支出（类）行政事业单位养老支出（款）"
     "机关事业单位基本养老保险缴费支出（项）104.26万元，较上年预算增加4.62万元，增长4.62%，主要原因是缴费基数调整。",
     "TXT001 TXT003?", GENERAL),
    ("广东：基本支出占一般公共预算支出，其中人员、公用", "基本支出1,334.77万元，占一般公共预算支出的73.45%，其中人员经费1,175.84万元，"
     "公用经费158.93万元。", "基本支出1,334.77万元，占一般公共预算支出的73.45%，其中人员经费1,175.84万元，公用经费185.93万元。",
     "TXT001 TXT007?", BASIC),
    ("河南：三公较上年预算减少，其中各部分减少", "2026年“三公”经费预算9.70万元，较2025年预算减少1.30万元，其中：因公出国（境）费"
     "0万元，与上年持平；公务接待费1.20万元，减少0.50万元；公务用车购置及运行费8.50万元，减少0.80万元。", "2026年“三公”经费预算"
     "9.70万元，较2025年预算减少1.30万元，其中：因公出国（境）费0万元，与上年持平；公务接待费1.20万元，减少0.30万元；公务用车购置及"
     "运行费8.50万元，减少0.80万元。", "TXT007", SANGONG),
    ("云南：机关运行经费预算比上年预算减少，主要原因", "2026年本部门机关运行经费预算138.95万元，比2025年预算减少6.05万元，下降4.17%，"
     "主要原因是厉行节约。", "2026年本部门机关运行经费预算131.95万元，比2025年预算减少6.05万元，下降4.17%，主要原因是厉行节约。",
     "TXT001 TXT003?", RUNNING),
    ("浙江：政府采购预算，货物采购、工程采购、服务采购", "2026年度部门政府采购预算158.60万元，其中：货物采购45.60万元，工程采购0万元，"
     "服务采购113.00万元。", "2026年度部门政府采购预算158.60万元，其中：货物采购45.60万元，工程采购0万元，服务采购131.00万元。",
     "TXT007", PURCHASE),
    ("中央：类占一般公共预算当年拨款，比上年预算增加", "一般公共服务支出（类）1,488.61万元，占一般公共预算当年拨款的81.91%，比2025年"
     "预算增加58.61万元，增长4.10%。", "一般公共服务支出（类）1,536.21万元，占一般公共预算当年拨款的81.91%，比2025年预算增加58.61万元，"
     "增长4.10%。", "TXT001 TXT011? TXT003?", GENERAL),
    ("重庆：政府性基金预算拨款支出比上年预算增加（上年为零）", "2026年政府性基金预算拨款支出265.00万元，比2025年预算增加265.00万元，"
     "主要原因是新增土地出让收入安排的项目。", "2026年政府性基金预算拨款支出256.00万元，比2025年预算增加265.00万元，主要原因是新增土地"
     "出让收入安排的项目。", "TXT001 TXT006?", FUND),
    ("云南：部门预算收入其中财政拨款、非财政拨款；支出其中基本、项目", "2026年部门预算收入2,129.93万元，其中：财政拨款收入2,082.33万元，"
     "非财政拨款收入47.60万元；部门预算支出2,129.93万元，其中：基本支出1,334.77万元，项目支出795.16万元。", "2026年部门预算收入"
     "2,129.93万元，其中：财政拨款收入2,082.33万元，非财政拨款收入46.70万元；部门预算支出2,129.93万元，其中：基本支出1,334.77万元，"
     "项目支出795.16万元。", "TXT001 TXT007?", TOTAL),
    ("广东：人员经费占基本支出，公用经费占", "人员经费1,175.84万元，占基本支出的88.09%；公用经费158.93万元，占11.91%。", "人员经费"
     "1,175.84万元，占基本支出的88.09%；公用经费158.93万元，占11.19%。", "TXT011", BASIC),
    ("中央：一般公共预算当年拨款项目支出比上年预算减少", "一般公共预算当年拨款项目支出482.56万元，比2025年预算减少17.44万元，下降3.49%。",
     "一般公共预算当年拨款项目支出482.56万元，比2025年预算减少17.44万元，下降3.61%。", "TXT004", GENERAL),
    ("山东：事业收入比上年增加", "事业收入35.60万元，比上年增加5.60万元，增长18.67%。", "事业收入35.60万元，比上年增加5.60万元，"
     "增长15.73%。", "TXT004", INCOME),
    ("因公出国（境）费预算0万元，未安排团组", "2026年本部门因公出国（境）费预算0万元，未安排出国（境）团组。", "2026年本部门因公出国"
     "（境）费预算2.00万元，未安排出国（境）团组。", "TXT001 TXT007?", SANGONG),
]

CENTRAL_LEFT_ALONE = [
    ("截至2023年7月31日，本部门共有车辆3辆，其中，一般公务用车2辆、执法执勤用车1辆；单价100万元（含）以上设备0台（套）。", ASSETS),
    ("2024年部门预算未安排车辆购置，未安排单价100万元（含）以上设备购置。", ASSETS),
    ("2024年本部门实行绩效目标管理的项目5个，涉及一般公共预算当年拨款430.00万元。", TARGETS),
    ("本部门2024年无国有资本经营预算拨款安排的支出，故国有资本经营预算支出表为空表。", STATE),
    ("2024年本部门绩效目标管理全覆盖，涉及预算资金2,310.00万元。", TARGETS),
]
SHANGHAI_LEFT_ALONE = [
    ("2026年收入预算中未安排上年结转资金。", TOTAL),
    ("2026年本部门共有15个项目纳入绩效目标管理，涉及项目支出预算资金600.00万元，绩效目标覆盖率80%。", TARGETS),
    ("截至2025年8月31日，本部门共有车辆4辆，其中，机要通信用车1辆、其他用车3辆；单价50万元以上通用设备2台（套）。", ASSETS),
    ("本部门2026年无国有资本经营预算拨款，国有资本经营预算支出功能分类预算表为空表。", STATE),
    ("重点项目绩效目标：社区服务提升项目，年度目标为服务满意度达到95%以上，涉及预算资金88.00万元。", TARGETS),
]

LABELS = ["财政部式", "上海"]


def base(label: str) -> Path:
    return central() if label == "财政部式" else SHANGHAI


ALONE = [("财政部式", s, h) for s, h in CENTRAL_LEFT_ALONE] + [("上海", s, h) for s, h in SHANGHAI_LEFT_ALONE]
CASES = [_case("财政部式", s) for s in CENTRAL_SHAPES] + [_case("上海", s) for s in SHANGHAI_SHAPES]

# wrong sentences not found yet (strict xfail: a fix turns them into failures to be moved out of here)
NOT_YET: dict[str, str] = {
    "云南：部门预算收入其中财政拨款、非财政拨款；支出其中基本、项目": "“非财政拨款收入” is no subject: no table prints it (事业收入 + "
    "事业单位经营收入 + 其他收入, or 收入总计 − 财政拨款收入), and the list's parts are not summed without it",
}
# right sentences that still draw a finding (strict xfail with the reason)
FALSE_YET: dict[str, str] = {
}


def test_the_batch_is_large_and_distinct():
    """At least 35 pairs and 10 never-judged texts, each shape's right and wrong differ, no sentence twice."""
    assert len(CASES) >= 35 and len(ALONE) >= 10
    distinct_batch(CASES, ALONE)


def test_the_central_tables_are_clean(tmp_path):
    """The 财政部-form set is consistent: its tables draw nothing on their own (so a text finding is the text's)."""
    from test_review11_budget import _check

    d, found = _check(central())
    assert d.stage == "预算"
    assert [(f.code, f.message) for f in found] == []


@pytest.fixture(scope="module")
def together(tmp_path_factory):
    """Every right and never-judged text of a base in one 情况说明 of its sample, checked end to end."""
    return together_by_label(tmp_path_factory.mktemp("budget-heldout17"), LABELS, CASES, ALONE, base)


@pytest.mark.parametrize("label", LABELS)
def test_right_and_unjudgeable_sentences_draw_nothing_together(together, label):
    assert dict(together[label]) == {}, f"a right or unjudgeable sentence drew a finding: {dict(together[label])}"


def _right_params() -> list:
    params = [(c[0], c[2], c[5], f"{c[0]}-{c[1]}") for c in CASES] + \
        [(a[0], a[1], a[2], f"{a[0]}-alone{i}") for i, a in enumerate(ALONE)]
    return [pytest.param(*p[:3], id=p[3], marks=pytest.mark.xfail(strict=True, reason=FALSE_YET[p[3]]))
            if p[3] in FALSE_YET else pytest.param(*p[:3], id=p[3]) for p in params]


@pytest.mark.parametrize("label,text,heading", _right_params())
def test_right_sentence_alone_draws_nothing(label, text, heading):
    assert _alone(base(label), text, heading) == []


@pytest.mark.parametrize("label,name,right,wrong,code,heading", wrong_cases(CASES, NOT_YET),
                         ids=[f"{c[0]}-{c[1]}" for c in CASES])
def test_wrong_sentence_found(label, name, right, wrong, code, heading):
    found_as_named(base(label), name, wrong, code, heading)
