"""s19budtext: the 预算 text rules changed for held-out batch 19 (tests/test_narrative_budget_heldout19.py), on the sides
where they must stay silent: a 财政拨款支出 whose 基本支出 and 项目支出 are not all of it (江苏 prints 单位预留机动经费 as a
third use), last year's budget with its parts (s19rev r14), a “为零” said of another year or of a rate, a coverage of project targets under 100 %, and a “各增加” with no
各为 whole."""

from __future__ import annotations

import pytest

from test_narrative_budget_heldout11 import JIANGSU, SHANGHAI, _alone
from test_narrative_budget_heldout17 import FISCAL, INCOME, SANGONG, SPEND, STATE, TARGETS, TOTAL
from test_narrative_budget_heldout18 import central


@pytest.mark.parametrize("base,text,heading", [
    # 江苏's B04 prints 单位预留机动经费 1,886.02: 基本 + 项目 is not the whole of 财政拨款支出, so “其中” lists a part of it
    (JIANGSU, "财政拨款支出13,297.11万元，其中：基本支出6,442.75万元，项目支出4,968.34万元。", FISCAL),
    # another year's nil, a rate's zero: not this year's fund said to be nil
    (SHANGHAI, "2025年本部门政府性基金预算拨款支出为零。", STATE),
    (SHANGHAI, "政府性基金预算拨款支出增长率为零。", STATE),
    # a coverage under 100 %: the projects with targets are a part of 项目支出 (795.16)
    (SHANGHAI, "2026年本部门纳入绩效目标管理的项目支出759.16万元，绩效目标覆盖率95%。", TARGETS),
    # the list goes on after 非财政拨款收入: the two are not the whole split
    (SHANGHAI, "2026年收入预算2,129.93万元，其中：财政拨款收入2,082.33万元，非财政拨款收入40.00万元，用于所属事业单位的7.60万元。",
     TOTAL),
    # last year's budget and its parts after 其中 (s19rev r14): last year's too, not held against this year's tables
    (SHANGHAI, "上年收入预算1,950.00万元，其中一般公共预算拨款收入1,630.00万元，政府性基金预算拨款收入300.00万元。", INCOME),
    (SHANGHAI, "上年“三公”经费预算7.00万元，其中公务用车运行费5.20万元，公务接待费1.80万元。", SANGONG),
    (None, "上年度支出预算1,950.00万元，其中基本支出905.00万元，项目支出1,045.00万元。", SPEND),
    # no 各为 whole: the change is the last amount's as before (上年结转结余 20.00 → 40.00 is +20.00, +100.00 %)
    (None, "2025年本部门收入预算2,310.50万元，其中上年结转结余20.00万元，比上年增加10.00万元，增长100.00%。", TOTAL),
])
def test_said_right_or_not_judged(base, text, heading):
    assert _alone(base or central(), text, heading) == []


@pytest.mark.parametrize("base,text,heading,code", [
    (SHANGHAI, "财政拨款支出2,082.33万元，其中：基本支出1,334.77万元，项目支出774.56万元。", FISCAL, "TXT007"),
    (SHANGHAI, "2026年本部门政府性基金预算拨款收支均为零。", STATE, "TXT001"),
    # this year's parts after last year's whole said in a clause before them are this year's again
    (SHANGHAI, "上年收入预算1,950.00万元，2026年收入预算2,129.93万元，其中财政拨款收入2,028.33万元。", INCOME, "TXT001"),
    # 上年结转 is this year's income, not last year's
    (None, "上年结转25.00万元，其中一般公共预算拨款25.00万元。", INCOME, "TXT001"),
    (SHANGHAI, "2026年本部门纳入绩效目标管理的项目支出759.16万元，绩效目标覆盖率为100%。", TARGETS, "TXT001"),
])
def test_said_wrong(base, text, heading, code):
    assert [c for c, _m in _alone(base or central(), text, heading)] == [code]
