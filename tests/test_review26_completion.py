"""Review s26: a completion rate against the budget a change from it implies ("…（项）支出80.19万元，比年初预算减少1.8万元，
完成年初预算的97.8%": budget 80.19 + 1.8). The budget's interval was built as for a growth rate's base (now.lo + 1.85 …
now.hi + 1.75: upside down for a 减少), so the rate's interval came out empty and a right sentence drew TXT012 saying
"= 97.80%" against the written 97.8% (textfix s26 began reading this wording for a 科目 paragraph's sentence: on main
7f3db51 the first RIGHT sentence drew that false TXT012). The budget is now now ± the change with each bound's own side."""

from __future__ import annotations

import pytest
from test_narrative_heldout17 import _findings
from test_narrative_heldout19 import ITEMS

# 公开05表 (tables17, 2022): 210 11 01 行政单位医疗 80.19; its 年初预算 is not printed (the sentence says it by the change)
RIGHT = [
    "行政单位医疗（项）支出80.19万元，比年初预算减少1.8万元，完成年初预算的97.8%。",  # 80.19 ÷ (80.19 + 1.8) = 97.80%
    "行政单位医疗（项）支出80.19万元，比年初预算减少1.81万元，完成年初预算的97.79%。",
    "行政单位医疗（项）支出80.19万元，比年初预算减少19.8万元，完成年初预算的80.2%。",  # 80.19 ÷ 99.99 = 80.20%
    "行政单位医疗（项）支出80.19万元，比年初预算增加0.2万元，完成年初预算的100.3%。",  # 80.19 ÷ 79.99 = 100.25%
]
WRONG = [
    RIGHT[0].replace("97.8%", "98.8%"),
    RIGHT[2].replace("80.2%", "81.2%"),
    RIGHT[3].replace("100.3%", "101.3%"),
]


@pytest.fixture(scope="module")
def found(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("review26")
    return {s: [c for c, _m in _findings(tmp, [(ITEMS, s)], f"s{i}.xlsx", 2022).get(s, [])]
            for i, s in enumerate(RIGHT + WRONG)}


@pytest.mark.parametrize("sentence", RIGHT, ids=[f"right{i}" for i in range(len(RIGHT))])
def test_a_rate_on_the_budget_a_change_implies_draws_nothing_when_right(found, sentence):
    assert found[sentence] == []


@pytest.mark.parametrize("sentence", WRONG, ids=[f"wrong{i}" for i in range(len(WRONG))])
def test_a_wrong_rate_on_that_budget_is_still_found(found, sentence):
    assert found[sentence] == ["TXT012"]
