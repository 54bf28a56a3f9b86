"""recognize/claims_budget.py and claims_fund_line.py (session 11: a 科目's own budget, a subject named by a heading,
a fund's own line) measured by tools/mutate.py for the first time (session 12, s12mut). Survivors that stood for
untested behaviour get a test here, on the 上海 2026 预算 sample (test_narrative_budget_heldout11's tables).
"""

from __future__ import annotations

from test_narrative_budget_heldout11 import GENERAL, SHANGHAI, _alone

ITEM = "1.卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）"  # 61.23 万元 in the sample


def test_a_parts_budget_later_in_the_items_first_sentence_is_not_the_items():
    """Only the amount right after the 科目's name is its own in the paragraph's first sentence: the parts' budgets
    after "其中：" are other things' (claims_budget.item_budget, `elif n == 1 or earlier: return False`)."""
    text = ITEM + "2026年预算数为61.23万元，其中：在职人员医疗缴费预算数为41.23万元，退休人员医疗缴费预算数为20.00万元。"
    assert _alone(SHANGHAI, text, GENERAL) == []
    wrong = ITEM + "2026年预算数为16.23万元，其中：在职人员医疗缴费预算数为41.23万元，退休人员医疗缴费预算数为20.00万元。"
    assert [code for code, _m in _alone(SHANGHAI, wrong, GENERAL)] == ["TXT001"]
