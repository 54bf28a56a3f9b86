"""checks/budget_text.py, the survivor session 22 left (issue 14, README "变异测试"): which 基本支出 a 人员经费 / 公用经费
list splits, judged in memory beside the 江苏 预算 of tests/test_narrative_budget_heldout11 (基本支出 6,522.75 of all
funds; 一般公共预算's 6,442.75 = 人员 5,312.01 + 公用 1,130.74)."""

from __future__ import annotations

from test_narrative_budget_heldout11 import JIANGSU, _alone

HEADING = "三、支出预算情况"


def test_the_economic_parts_split_the_nearest_basic_spending_before_them():
    """Two 基本支出 of this year in one sentence (itself a TXT002), the fund's 6,442.75 first, all funds' 6,522.75 right
    before “其中：人员经费…”: the parts split the nearer one, all funds', so 5,392.01 is not judged against B08's
    5,312.01 (`all_funds_part`: `lead[-1]`; `lead[0]` took the fund's figure and drew a false TXT001 on 人员经费)."""
    text = "基本支出6442.75万元，基本支出6522.75万元，其中：人员经费5392.01万元，公用经费1130.74万元。"
    found = _alone(JIANGSU, text, HEADING)
    assert "TXT002" in [c for c, _m in found]
    assert [m for c, m in found if c == "TXT001" and "人员经费" in m] == []
    # the fund's figure nearest: its 人员经费 is B08's, and 5,392.01 is not
    text = "基本支出6522.75万元，基本支出6442.75万元，其中：人员经费5392.01万元，公用经费1130.74万元。"
    assert [m for c, m in _alone(JIANGSU, text, HEADING) if c == "TXT001" and "人员经费" in m]
