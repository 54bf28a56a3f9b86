"""Session 20 (s20budtext): 预算 narrative fixes found by tests/test_narrative_budget_heldout20.py and the s19 review.
Each test marked so fails on 04c8cb6."""

from __future__ import annotations

from test_narrative_budget_heldout11 import _alone, together_by_label
from test_narrative_budget_heldout17 import GENERAL, SANGONG
from test_narrative_budget_heldout18 import central
from test_narrative_budget_heldout20 import two_year


def test_current_grant_by_class_is_the_income_tables_general_column():
    """“一般公共预算当年拨款…，其中：…住房保障支出80.00万元” where 20.00 of the 一般公共预算支出表's 100.00 was carried over
    from last year: 当年拨款's 类 is the 收入总表's 一般公共预算拨款 column (80.00), not the spending table's (fails before:
    TXT001 against 100.00); a wrong 类 is still found."""
    right = ("一般公共预算当年拨款2,210.50万元，其中：一般公共服务支出1,950.20万元，社会保障和就业支出180.30万元，住房保障支出"
             "80.00万元。")
    assert _alone(central(), right, GENERAL) == []
    wrong = right.replace("住房保障支出80.00", "住房保障支出90.00")
    assert [c for c, _m in _alone(central(), wrong, GENERAL)][:1] == ["TXT001"]


def test_parts_changes_against_budget_not_summed_with_a_whole_against_last_years_spending(tmp_path):
    """The whole “比2024年执行数减少0.30万元” and its parts “比上年预算减少…” in one 说明: two bases, never summed (fails
    before: TXT007 on each, -1.80 ≠ -0.30); parts and whole both against last year's 预算 still are."""
    texts = ["2025年“三公”经费预算20.20万元，比2024年执行数减少0.30万元。", "因公出国（境）费0万元，与上年预算持平。",
             "公务用车购置及运行费15.00万元，比上年预算减少1.00万元。", "公务接待费5.20万元，比上年预算减少0.80万元。"]
    alone = [("两年三公", t, SANGONG) for t in texts]
    assert dict(together_by_label(tmp_path, ["两年三公"], [], alone, lambda _label: two_year())["两年三公"]) == {}
    same = [("两年三公", texts[0].replace("比2024年执行数减少0.30", "比上年预算减少0.30"), SANGONG)] + alone[1:]
    found = together_by_label(tmp_path, ["两年三公"], [], same, lambda _label: two_year())["两年三公"]
    assert "TXT007" in {c for fs in found.values() for c, _m in fs}
