"""Session 12 second review (/tmp/s12rev2 repros r6, r1, r3): false TXT007 from the sums of parts added this session
(公务接待费 = 国内 + 外事, 基本支出 = 人员 + 公用, parts read after a budget), on the clean 2019 sample (公开07表 公务接待费
1.26; 公开05表 一般公共预算 基本支出 776.71 = 人员经费 741.82 + 公用经费 34.89; 一般公共预算财政拨款支出 2116.25) with its
情况说明 replaced (tests/test_narrative_review12.py's `_check`). Each right text draws no TXT007; each control, the same
wording with a part really wrong, still does. On main 788bc2f every right text drew a false TXT007.
"""

from __future__ import annotations

import pytest
from test_narrative_review12 import _all_funds_basic, _check

SANGONG = "七、一般公共预算“三公”经费支出决算情况说明"
BASIC = "六、一般公共预算财政拨款基本支出决算情况说明"
GPB = "五、一般公共预算财政拨款支出决算情况说明"
INCOME = "二、收入决算情况说明"


def _txt007(found) -> list[str]:
    return [m for code, _s, m in found if code == "TXT007"]


# --- r6: 上海's template "国内公务接待支出X万（含外宾接待支出Y万元）": 外宾 is inside 国内, no sibling ------------------------
@pytest.mark.parametrize("paragraph", [
    "3、公务接待费支出1.26万元。其中：国内公务接待支出1.26万元（含外宾接待支出0.30万元）。",
    "3、公务接待费支出1.26万元。其中：国内公务接待支出1.26万元（含外宾接待支出0.30万元）。主要用于上级检查调研，共接待12批次、"
    "120人次，其中：接待外宾1批次、5人次。",
    "公务接待费支出1.26万元，其中：国内公务接待费1.26万元（含外事接待费0.30万元）。",
])
def test_a_part_in_a_bracket_after_a_part_is_that_parts(tmp_path, paragraph):
    assert _check(tmp_path, SANGONG, paragraph, "waibin") == []


@pytest.mark.parametrize("paragraph", [
    "3、公务接待费支出1.26万元。其中：国内公务接待支出1.50万元（含外宾接待支出0.30万元）。",
    "3、公务接待费支出1.26万元。其中：国内公务接待支出1.00万元，外事接待支出0.30万元。",
])
def test_wrong_reception_parts_still_caught(tmp_path, paragraph):
    assert len(_txt007(_check(tmp_path, SANGONG, paragraph, "waibin_wrong"))) == 1


# --- r1: 人员经费/公用经费 said as 一般公共预算财政拨款基本支出's are not the all-funds 基本支出's parts ---------------------
FUND_PARTS = "一般公共预算财政拨款基本支出中，人员经费741.82万元，公用经费{}万元。"


def test_a_funds_personnel_is_not_summed_into_all_funds_basic(tmp_path):
    """公开03表 基本支出 876.71 (all funds, `_all_funds_basic`) ≠ 741.82 + 34.89, which are 一般公共预算's (776.71)."""
    paragraph = ("2019年度基本支出876.71万元，其中一般公共预算财政拨款基本支出776.71万元，事业收入安排基本支出100.00万元。"
                 + FUND_PARTS.format("34.89"))
    assert _txt007(_check(tmp_path, BASIC, paragraph, "fund_parts", _all_funds_basic)) == []


def test_a_funds_wrong_personnel_is_caught_against_its_fund(tmp_path):
    paragraph = "2019年度一般公共预算财政拨款基本支出776.71万元。" + FUND_PARTS.format("44.89")
    [message] = _txt007(_check(tmp_path, BASIC, paragraph, "fund_parts_wrong", _all_funds_basic))
    assert "776.71" in message, message


# --- r3: "…X万元，年初预算Y万元，其中A…，B…": the list is the budget's, not the 决算's -------------------------------------
BUDGET_LISTS = [
    (GPB, "2019年度一般公共预算财政拨款支出2116.25万元，{}其中基本支出780.00万元，项目支出1349.28万元。"),
    (INCOME, "2019年度本年收入合计6063.99万元，{}其中财政拨款收入6100.00万元，其他收入100.00万元。"),
    (SANGONG, "2019年度公务接待费支出决算1.26万元，{}其中国内公务接待费2.50万元，外事接待费0.50万元。"),
]
BUDGETS = ["年初预算2129.28万元，", "年初预算6200.00万元，", "年初预算3.00万元，"]


@pytest.mark.parametrize("i", range(3))
def test_parts_after_the_budget_are_the_budgets(tmp_path, i):
    heading, said = BUDGET_LISTS[i]
    assert _txt007(_check(tmp_path, heading, said.format(BUDGETS[i]), "budget_parts")) == []


@pytest.mark.parametrize("i", range(3))
def test_the_same_parts_said_of_the_total_are_summed(tmp_path, i):
    heading, said = BUDGET_LISTS[i]
    assert len(_txt007(_check(tmp_path, heading, said.format(""), "total_parts"))) == 1
