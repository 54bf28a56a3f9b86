"""checks/narrative_parts.py, a sample of 40 mutants (seed 22) measured by tools/mutate.py (s22 mut, issue 14, README
"变异测试"): the survivors that were untested behaviour, each a 决算 说明's sentence judged in memory beside the 2019
sample's tables (“三公” 3.68 = 0 + 用车 2.42 + 接待 1.26, 预算 7.50; 公开06表 公用经费 34.89 — 办公费 10.12, 差旅费 4.57,
其他商品和服务支出 10.39; 人员经费 741.82 — 基本工资 151.23)."""

from __future__ import annotations

import pytest

from test_mutation_s22_claims import _codes
from test_narrative_budget_heldout11 import _alone
from test_narrative_heldout11 import FINAL

SANGONG = "（七）“三公”经费支出决算情况说明"
BASIC = "（三）一般公共预算财政拨款基本支出决算情况说明"
ASSETS = "（六）国有资产占用情况说明"


@pytest.mark.parametrize("text,codes", [
    ("2019年度“三公”经费支出3.68万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费2.42万元（含公务用车购置费0万元），"
     "公务接待费1.26万元。", []),
    # the bracket after 用车 holds a part of it, not of the “三公”: 接待 after it is still the 三公's (fails on
    # `p.subject_text in m.group(2)` → `not in`: 接待 dropped, TXT007 2.42 ≠ 3.68)
    ("2019年度“三公”经费支出3.68万元，其中：公务接待费1.26万元（含外宾接待费0.30万元），公务用车购置及运行维护费2.42万元。",
     []),
    ("2019年度“三公”经费支出3.68万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费2.42万元（含公务用车购置费0万元），"
     "公务接待费1.50万元。", ["TXT001", "TXT007"]),
])
def test_a_bracket_of_a_parts_own_parts(text, codes):
    assert _codes(text, SANGONG) == codes


def test_the_parts_after_the_budget_are_the_budgets():
    """“…3.68万元，年初预算7.50万元，其中：…4.50万元，…3.00万元”: the parts follow the budget, so they are not summed into
    the 决算 3.68 (fails on each `==` of `_after_budget` turned `!=`: TXT007 7.50 ≠ 3.68)."""
    text = ("2019年度“三公”经费支出3.68万元，年初预算7.50万元，其中：因公出国（境）费0万元，公务用车购置及运行维护费4.50万元，"
            "公务接待费3.00万元。")
    assert "TXT007" not in _codes(text, SANGONG)


@pytest.mark.parametrize("text,codes", [
    # a 人员经费 with no list in its own sentence does not end the search for a 公用经费 list after it
    ("人员经费741.82万元。公用经费34.89万元，主要包括：办公费11.12万元、差旅费4.57万元。", ["TXT001"]),
    # a share between two items does not end the list
    ("公用经费34.89万元，主要包括：办公费10.12万元（占29.01%）、差旅费5.47万元。", ["TXT001"]),
    # a known 06 item (其他商品和服务支出) inside the list does not end it either
    ("公用经费34.89万元，主要包括：其他商品和服务支出10.39万元、办公费11.12万元。", ["TXT001"]),
    ("公用经费34.89万元，主要包括：其他商品和服务支出10.39万元、办公费10.12万元。", []),
    # the list ends at the other lead, at a 基本支出, at a subject 公开06表 does not print: none of those is summed into
    # 公用经费's items (else TXT007: 10.12 + 4.57 + 741.82 > 34.89 …)
    ("公用经费34.89万元，主要包括办公费10.12万元、差旅费4.57万元；人员经费741.82万元，主要包括基本工资151.23万元。", []),
    ("公用经费34.89万元，主要包括办公费10.12万元；一般公共预算财政拨款基本支出776.71万元。", []),
    ("公用经费34.89万元，主要包括办公费10.12万元；机关运行经费34.89万元。", []),
])
def test_the_list_of_economic_items_after_a_lead(text, codes):
    assert _codes(text, BASIC) == codes


def test_the_vehicles_message_says_by_how_many_the_kinds_exceed_the_count():
    [(code, message)] = _alone(FINAL, "本部门共有车辆5辆，其中：一般公务用车3辆、其他用车3辆。", ASSETS)
    assert code == "TXT007" and "3 + 3 = 6辆，比总数多 1辆" in message
