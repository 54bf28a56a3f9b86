"""Review of session 12's 预算 text readings (s12fixB): a bare 收入总预算/支出总预算 is the department's 收支预算总计 only
when no fund is named for it. "2026年一般公共预算收入总预算X万元，支出总预算X万元" (四川/中央 style) names the fund once for
both halves, and "四、财政拨款收支预算总体情况 … 收入总预算X万元，支出总预算X万元" names it in the heading: the amounts are
that fund's income and spending (judged against the fund's figure); two funds named: not judged. On e150981 the right
sentences below drew TXT001 against the 收支总计 (2,129.93 上海, 13,377.11 江苏); the department's own 收入总预算 /
支出总预算 (湖北, test_narrative_budget_heldout12) is judged as before (the controls).
"""

from __future__ import annotations

import pytest

from test_narrative_budget_heldout11 import JIANGSU, SHANGHAI, _alone

# 上海 2026 部门: 收支总计 2,129.93; 财政拨款 2,082.33 = 一般公共预算 1,817.33 + 政府性基金 265.00. 江苏 2019: 总计 13,377.11,
# 财政拨款 (一般公共预算) 13,297.11.
RIGHT = [
    (SHANGHAI, "一般公共预算收支情况", "2026年一般公共预算收入总预算1,817.33万元，支出总预算1,817.33万元。"),
    (SHANGHAI, "政府性基金预算情况", "2026年政府性基金预算收入总预算265.00万元，支出总预算265.00万元。"),
    (SHANGHAI, "财政拨款收支预算情况", "2026年财政拨款收入总预算2,082.33万元，支出总预算2,082.33万元。"),
    (JIANGSU, "财政拨款收支预算情况", "2019年财政拨款收入总预算13,297.11万元，支出总预算13,297.11万元。"),
    (SHANGHAI, "财政拨款收支预算总体情况", "2026年收入总预算2,082.33万元，支出总预算2,082.33万元。"),
    (SHANGHAI, "财政拨款收支总体情况", "2026年财政拨款收支总预算2,082.33万元。其中，收入总预算2,082.33万元，支出总预算"
     "2,082.33万元。"),
    # two funds in the heading: whose the amounts are is not known, nothing judged (a wrong amount neither)
    (SHANGHAI, "一般公共预算和政府性基金预算收支情况", "2026年收入总预算1,000.00万元，支出总预算1,000.00万元。"),
]

WRONG = [  # the fund carried over: its own figure judges the amount
    (SHANGHAI, "一般公共预算收支情况", "2026年一般公共预算收入总预算1,817.33万元，支出总预算1,871.33万元。", "1,817.33"),
    (SHANGHAI, "财政拨款收支预算总体情况", "2026年收入总预算2,082.33万元，支出总预算2,028.33万元。", "2,082.33"),
    # controls: the department's whole, no fund named for it (a fund listed as a part does not name it)
    (SHANGHAI, "收支预算总体情况", "2026年本部门收入总预算2,129.93万元，支出总预算2,129.39万元。", "2,129.93"),
    (SHANGHAI, "收支预算总体情况", "2026年收入总预算2,129.93万元，其中一般公共预算拨款收入1,817.33万元；支出总预算"
     "2,129.39万元。", "2,129.93"),
]


@pytest.mark.parametrize("base,heading,text", RIGHT, ids=[r[2][:24] for r in RIGHT])
def test_a_funds_total_budget_draws_nothing(base, heading, text):
    assert _alone(base, text, heading) == []


@pytest.mark.parametrize("base,heading,text,figure", WRONG, ids=[w[2][:24] for w in WRONG])
def test_a_wrong_total_budget_is_judged_against_its_own_figure(base, heading, text, figure):
    found = _alone(base, text, heading)
    txt001 = [m for c, m in found if c == "TXT001"]
    assert len(txt001) == 1 and {c for c, _m in found} <= {"TXT001", "TXT002"}, found  # (TXT002: the two halves differ)
    assert "支出总预算" in txt001[0] and f"表中为 {figure.replace(',', '')} 万元" in txt001[0], found


# (决算, r5) "年初财政拨款结转和结余…，其中：A…，B…；年末财政拨款结转和结余…，其中：A…，B…": the 年末's own list is the 年末's
# (the funds listed as the 年初's parts do not make the 年末 total a fund's). 2019 决算 sample: 年初 534.34 = 36.65 + 497.69,
# 年末 497.09 = 36.65 + 460.44. Before the fix the right text drew TXT001 + TXT002 (460.44 read as the 年初's 497.69).
FINAL_2019 = SHANGHAI.parent / "情况说明与公开表-2019-无误.xlsx"
BALANCES = ("2019年度年初财政拨款结转和结余534.34万元，其中：一般公共预算财政拨款36.65万元，政府性基金预算财政拨款497.69万元；"
            "年末财政拨款结转和结余497.09万元，其中：一般公共预算财政拨款36.65万元，政府性基金预算财政拨款{}万元。")


def test_the_year_ends_own_list_of_funds_is_the_year_ends():
    assert _alone(FINAL_2019, BALANCES.format("460.44"), "财政拨款收入支出决算总体情况说明") == []
    found = _alone(FINAL_2019, BALANCES.format("406.44"), "财政拨款收入支出决算总体情况说明")
    assert "TXT001" in [c for c, _m in found] and all("460.44" in m for c, m in found if c == "TXT001"), found
