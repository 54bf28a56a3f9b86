"""checks/narrative*.py and recognize/claims.py lines measured by tools/mutate.py in session 13 (s13mut, issue 14):
one behaviour per test, each on a sentence as a 情况说明 writes it, judged with the 2019 中央式 sample's tables."""

from __future__ import annotations

from decimal import Decimal

import pytest

from test_mutation_narrative import judge


def test_a_category_of_no_said_spending_is_held_against_the_first_table_that_prints_it(sample_disclosure):
    """narrative_common.category_value: a 类 named where whose spending is not said (ANY_SPENDING) is judged when
    every spending table that prints it agrees (03, 04, 05 all print 1303.58); the message names the first of them
    in rules/narrative.toml [category_tables] order (财政拨款支出 → 公开04表), not another (`found[0]` → `found[1]`)."""
    (f,) = judge(["2019年度一般公共服务支出500.00万元。"], sample_disclosure("2019"))
    assert f.code == "TXT001" and (f.expected, f.actual) == ("1303.58", "500.00")
    assert "与公开04表「一、一般公共服务支出」不符" in f.message


def test_a_category_printed_by_one_spending_table_only_is_judged_against_it(sample_disclosure):
    """Only 公开03表 prints the 类 (04/05 left out, as for a 类 spent from 事业收入 alone): its figure is the one."""
    d = sample_disclosure("2019").model_copy(deep=True)
    d.tables = {k: t for k, t in d.tables.items() if k not in ("04", "05")}
    (f,) = judge(["2019年度一般公共服务支出500.00万元。"], d)
    assert f.code == "TXT001" and "公开03表「一般公共服务支出」" in f.message


def test_a_category_the_spending_tables_disagree_on_is_not_judged(sample_disclosure):
    """公开03表 (all spending) prints more for the 类 than 04/05 (财政拨款 only): which spending the text means is not
    known, so its amount is not held against any of them."""
    d = sample_disclosure("2019").model_copy(deep=True)
    row = next(r for r in d.tables["03"].rows if r.key == "201")
    row.cells["total"] = row.cells["total"].model_copy(update={"value": Decimal("1403.58")})
    assert judge(["2019年度一般公共服务支出500.00万元。"], d) == []
    assert judge(["2019年度一般公共服务支出1403.58万元。"], d) == []


def _budget_of_reception(sample_disclosure, value: str):
    d = sample_disclosure("2019").model_copy(deep=True)
    row = next(r for r in d.tables["07"].rows if r.key == "budget")
    row.cells["reception"] = row.cells["reception"].model_copy(update={"value": Decimal(value)})
    return d


def test_spending_less_than_one_unit_over_budget_said_as_a_wrong_increase(sample_disclosure):
    """narrative.py TXT001 on a change against the budget: 公务接待费 决算 1.26 over a 预算 of 0.80 is 0.46 more — a text
    saying 增加0.56万元 is wrong (the direction of a gap under 1 万元 is still the gap's sign: `gap.value > 0`)."""
    d = _budget_of_reception(sample_disclosure, "0.80")
    (f,) = judge(["2019年度公务接待费支出决算为1.26万元，比预算增加0.56万元。"], d)
    assert f.code == "TXT001" and "0.46" in f.message
    assert judge(["2019年度公务接待费支出决算为1.26万元，比预算增加0.46万元。"], d) == []


def test_a_wrong_decrease_against_the_budget_is_found(sample_disclosure):
    """公开07表: 公务接待费 决算 1.26, 预算 3.00 — 1.74 less, not 1.84 (the sign of a gap below the budget is −1)."""
    (f,) = judge(["2019年度公务接待费支出决算为1.26万元，比预算减少1.84万元。"], sample_disclosure("2019"))
    assert f.code == "TXT001" and "1.74" in f.message


def test_a_gap_of_exactly_one_unit_is_judged(sample_disclosure):
    """决算 1.26 over a 预算 of 0.26: 1.00 more, not 1.20 (a gap of 1 万元 is no gap that may be nothing)."""
    (f,) = judge(["2019年度公务接待费支出决算为1.26万元，比预算增加1.20万元。"], _budget_of_reception(sample_disclosure, "0.26"))
    assert f.code == "TXT001"


@pytest.mark.parametrize("budget, said", [("1.25", "增加0.03"), ("1.27", "减少0.03")])
def test_a_gap_whose_interval_ends_at_nothing_is_not_judged(sample_disclosure, budget, said):
    """决算 1.26 [1.255, 1.265] against 预算 1.25 [1.245, 1.255] (or 1.27): the gap's interval reaches 0 at one end —
    the two may be equal, so no direction and no amount are held against the text."""
    assert judge([f"2019年度公务接待费支出决算为1.26万元，比预算{said}万元。"],
                 _budget_of_reception(sample_disclosure, budget)) == []


def test_a_zero_part_beside_whole_amounts_adds_no_decimal_place():
    """narrative.py _part_val: “0万元” in a sentence that shows decimals elsewhere is exactly nothing, with no decimal
    places of its own: 3万元 + 0万元 is “3”, not “3.0”."""
    (f,) = judge(["2019年度财政拨款基本支出5.7万元，其中：人员经费3万元，公用经费0万元。"])
    assert (f.code, f.expected, f.actual) == ("TXT007", "3", "5.7")
    assert "= 3，相差 2.70" in f.message


def test_a_zero_part_beside_amounts_with_decimals_is_exactly_nothing():
    """“公务用车购置费0万元，公务用车运行维护费2.24万元” sums to 2.24 exactly (not to anything within 1.74–2.74): a whole
    of 2.24 is right, one of 2.60 is wrong."""
    text = "2019年度公务用车购置及运行维护费{}万元，其中：公务用车购置费0万元，公务用车运行维护费2.24万元。"
    assert judge([text.format("2.24")]) == []
    (f,) = judge([text.format("2.60")])
    assert (f.code, f.expected, f.actual) == ("TXT007", "2.24", "2.60")


def test_parts_listed_in_a_bracket_after_their_whole_are_its_parts():
    """narrative_parts._in_sibling: “公务接待费X万元（含国内公务接待费Y万元、外事接待费Z万元）” — the bracket follows the
    whole, not a sibling part: Y and Z are its parts (only the words before the bracket say whose bracket it is)."""
    text = "2019年度公务接待费1.26万元（含国内公务接待费{}万元、外事接待费0.30万元）。"
    assert judge([text.format("0.96")]) == []
    (f,) = judge([text.format("1.36")])
    assert (f.code, f.expected, f.actual) == ("TXT007", "1.66", "1.26")


def test_a_whole_named_after_a_part_does_not_take_it():
    """narrative_parts._other_whole: only the words before a part can make it another whole's; 一般公共预算财政拨款基本
    支出 named after 人员经费 · 公用经费 does not take them from the 基本支出 they follow."""
    text = ("2019年度基本支出776.71万元，其中：人员经费{}万元，公用经费76.71万元；"
            "一般公共预算财政拨款基本支出776.71万元。")
    assert [f.code for f in judge([text.format("700.00")])] == []
    assert [(f.code, f.expected) for f in judge([text.format("690.00")])] == [("TXT007", "766.71")]


def _budget_findings(sample_disclosure, text):
    return [(f.code, f.severity.value, f.expected, f.actual) for f in judge([text], sample_disclosure("2019"))]


def test_a_finals_sanggong_budget_is_held_against_table_07(sample_disclosure):
    """narrative._budgets_match_tables: in a 决算, the “三公” budget the text states against 公开07表's 预算数 (7.50):
    a 全年 one that differs is an error, a 年初 one a warning (the table prints the budget after the year's
    adjustments), a 年初 one beside the 全年 one in its sentence nothing, an adjustment (“全年调整预算0万元”) nothing."""
    assert _budget_findings(sample_disclosure, "2019年度“三公”经费财政拨款支出全年预算为8.50万元，决算为3.68万元。") == [
        ("TXT001", "error", "7.50", "8.50")]
    assert _budget_findings(sample_disclosure, "2019年度“三公”经费财政拨款支出年初预算为8.50万元，决算为3.68万元。") == [
        ("TXT001", "warning", "7.50", "8.50")]
    assert _budget_findings(sample_disclosure, "2019年度“三公”经费财政拨款支出年初预算为6.00万元，全年预算为7.50万元，"
                                               "决算为3.68万元。") == []
    assert _budget_findings(sample_disclosure, "2019年度“三公”经费财政拨款支出全年预算为7.50万元，全年调整预算0万元，"
                                               "决算为3.68万元。") == []
    assert _budget_findings(sample_disclosure, "2019年度“三公”经费财政拨款支出预算为7.50万元，决算为3.68万元。") == []


def test_each_sanggong_budget_is_judged_after_ones_not_judged(sample_disclosure):
    """A wrong 公务接待费 budget (4.00, the table's 3.00) is found after budgets not judged or right: an adjustment, a
    年初 one beside the 全年 one, one the table does not print (会议费), one that agrees."""
    text = ["2019年度“三公”经费财政拨款支出全年预算为7.50万元，全年调整预算0万元。",
            "“三公”经费年初预算为6.00万元，全年预算为7.50万元。",
            "会议费预算为2.00万元。",
            "公务接待费全年预算为4.00万元。"]
    found = [(f.code, f.severity.value, f.expected, f.actual, f.difference) for f in judge(text, sample_disclosure("2019"))]
    assert found == [("TXT001", "error", "3.00", "4.00", "1.00")]
