"""Review of session 23: TXT006's reason check (checks/narrative_reasons.py) on right 预算 texts whose reason names last
year's money, a carry-over or another source — a 科目 falls when last year had more added, rises when less is carried
over or comes from elsewhere — must draw nothing; the 万里 2024 shape (the reason names the 科目's own 经费 moving the
other way) still draws the warning."""

from __future__ import annotations

import pytest
from test_narrative_budget_heldout11 import _alone
from narrative_batch import base
from test_narrative_heldout23 import GENERAL_ALL

HEAD = ("“住房保障支出（类）住房改革支出（款）住房公积金（项）”89.74万元，主要用于缴纳住房公积金。2025年当年预算执行数为"
        "{before}万元，2026年预算安排89.74万元，比2025年预算执行数{change}。主要原因是：{reason}。")
FELL = {"before": "95.74", "change": "减少6.27%"}
ROSE = {"before": "85.04", "change": "增加5.53%"}

RIGHT = [
    (FELL, "2025年追加一次性补缴经费增加"),
    (FELL, "上年执行中追加的补缴资金增加"),
    (ROSE, "上年结余资金减少"),
    (ROSE, "使用上年结转资金减少"),
    (FELL, "其他资金安排的经费增加"),
    (FELL, "部分支出改由单位自有资金安排，自有资金支出增加"),
]


@pytest.mark.parametrize("change,reason", RIGHT, ids=[r for _c, r in RIGHT])
def test_reason_of_last_year_or_another_source_draws_nothing(change, reason):
    assert _alone(base("上海"), HEAD.format(reason=reason, **change), GENERAL_ALL) == []


def test_reason_naming_the_items_own_money_the_other_way_still_warned():
    got = _alone(base("上海"), HEAD.format(reason="住房公积金经费增加", **FELL), GENERAL_ALL)
    assert [c for c, _m in got] == ["TXT006"] and "原因说的是增加，与减少相反" in got[0][1], got
