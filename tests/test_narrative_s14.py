"""Session 14 (s14text) fixes to the 决算 情况说明's reading, each test failing on main 6a0626c.

A budget's parts in a bracket right after the budget amount (the s13 review's r4: “年初预算7.50万元（因公出国（境）费0万元，
…），实际支出3.68万元”) are the budget's parts, judged against 公开07表's 预算数 and summed with the budget (TXT007), and what
follows the bracket is the whole's (was: the parts judged as 决算 parts, 3 TXT001, and 3.68 read as 公务接待费's, TXT001 +
TXT002); after a list of a budget's parts closed by '；' a completion with no subject is the whole's (was: the last part's,
a false TXT012).
"""

from __future__ import annotations

import pytest
from test_narrative_heldout11 import _findings

SANGONG = "五、一般公共预算“三公”经费支出决算情况说明"
SPEND = "三、支出决算情况说明"

BUDGET_PARTS = [
    # (sentence, the codes of its errors and warnings)
    ("“三公”经费年初预算7.50万元（因公出国（境）费0万元，公务用车购置及运行维护费4.50万元，公务接待费3.00万元），实际支出3.68"
     "万元。", []),
    ("“三公”经费年初预算7.50万元（公务用车购置及运行维护费4.50万元、公务接待费3.00万元），决算支出3.68万元，完成预算的49.07%。",
     []),
    ("“三公”经费支出3.68万元，年初预算7.50万元（公务用车购置及运行维护费4.50万元，公务接待费3.00万元），完成预算的49.07%。",
     []),
    ("“三公”经费年初预算7.50万元，其中公务用车购置及运行维护费4.50万元，公务接待费3.00万元；完成预算的49.07%。", []),
    # one figure wrong: the budget part (against 公开07表's 预算数, and the parts' sum), what was spent, the completion
    ("“三公”经费年初预算7.50万元（因公出国（境）费0万元，公务用车购置及运行维护费4.50万元，公务接待费3.30万元），实际支出3.68"
     "万元。", ["TXT001", "TXT007"]),
    ("“三公”经费全年预算7.50万元（公务用车购置及运行维护费4.50万元、公务接待费3.00万元），实际支出3.86万元。", ["TXT001"]),
    ("“三公”经费年初预算7.50万元（公务用车购置及运行维护费4.50万元，公务接待费3.00万元），决算支出3.68万元，完成预算的94.07%。",
     ["TXT012"]),
]


def _codes(tmp_path, heading: str, sentence: str) -> list[str]:
    """The codes of the errors and warnings on the sentence alone under its heading in the sample's 情况说明."""
    return sorted(c for c, _m in _findings(tmp_path, [(heading, sentence)], "one.xlsx").get(sentence, []))


@pytest.mark.parametrize("sentence,codes", BUDGET_PARTS, ids=[t[:40] for t, _c in BUDGET_PARTS])
def test_a_budgets_parts_in_a_bracket(tmp_path, sentence, codes):
    assert _codes(tmp_path, SANGONG, sentence) == codes


ITEMS = ["五、一般公共预算财政拨款支出决算情况说明", "（三）一般公共预算财政拨款支出决算具体情况"]

# a 科目's paragraph: what follows 其中 is the 科目's own (its 人员经费), not the department's (was: TXT001 against 公开06表's
# 人员经费合计 and the completion read as 300.00 ÷ 400.00, TXT012); the 科目's own amount, the sentence's one amount of the
# year, is what a completion with no subject is of (was: not judged); a 三公 change against a 年初 budget the clause states is
# judged against that budget (was: not judged, 公开07表 printing the 全年 one)
OTHER_SHAPES = [
    (ITEMS, "（4）一般公共服务支出（类）人力资源事务（款）行政运行（项）412.35万元，其中人员经费300.00万元，年初预算400.00万元，"
     "完成年初预算的103.09%。", []),
    (ITEMS, "（4）一般公共服务支出（类）人力资源事务（款）行政运行（项）412.35万元，年初预算400.00万元，完成年初预算的130.09%。",
     ["TXT012"]),
    (SANGONG, "“三公”经费支出3.68万元，较年初预算7.50万元减少3.28万元，主要原因是严格控制公务接待。", ["TXT001"]),
    (SANGONG, "“三公”经费支出3.68万元，较年初预算7.50万元减少3.82万元，主要原因是严格控制公务接待。", []),
    # a bracket of two amounts named by subjects right after an amount, nothing after it: the amount's parts (was: the
    # first part read as nothing, its wrong figure not found); a bracket of other things' figures stays unread
    (SPEND, "本年支出合计6101.24万元（基本支出767.71万元，项目支出5324.54万元）。", ["TXT001", "TXT007"]),
    (SPEND, "本年支出合计6101.24万元（基本支出776.71万元，项目支出5324.54万元）。", []),
    (SPEND, "本年支出合计6101.24万元（人均1.2万元、户均3.5万元）。", []),
]


@pytest.mark.parametrize("heading,sentence,codes", OTHER_SHAPES, ids=[t[:40] for _h, t, _c in OTHER_SHAPES])
def test_other_shapes(tmp_path, heading, sentence, codes):
    assert _codes(tmp_path, heading, sentence) == codes
