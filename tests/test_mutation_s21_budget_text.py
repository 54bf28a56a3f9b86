"""checks/budget_text.py, a sample of 30 mutants (seed 21) measured by tools/mutate.py (s21 mut, issue 14, README
"变异测试"): the survivors, each a 预算 说明's sentence judged beside the 财政部-form tables of
tests/test_narrative_budget_heldout17 (收支总计 2,300.50: 一般公共预算拨款 2,210.50, 政府性基金 40.00; 基本支出
1,750.50, 项目支出 550.00), in memory."""

from __future__ import annotations

import pytest

from test_narrative_budget_heldout11 import _alone
from test_narrative_budget_heldout17 import BASIC, FISCAL, INCOME, SPEND, central

SHARES = [  # (heading, text, findings)
    (INCOME, "2024年收入预算2,300.50万元。按资金来源分，一般公共预算拨款收入所占比重为96.09%，政府性基金预算拨款收入占1.74%。",
     []),
    (INCOME, "2024年收入预算2,300.50万元。按资金来源分，一般公共预算拨款收入所占比重为96.90%，政府性基金预算拨款收入占1.74%。",
     ["TXT011"]),
    (SPEND, "2024年支出预算2,300.50万元，其中基本支出占76.09%，项目支出占23.91%。", []),
    (SPEND, "2024年支出预算2,300.50万元，其中基本支出占67.09%，项目支出占23.91%。", ["TXT011"]),
    # another year's shares: not held against this year's tables
    (SPEND, "2023年支出预算2,300.50万元，其中基本支出占67.09%。", []),
]


@pytest.mark.parametrize("heading,text,codes", SHARES, ids=["sources", "sources-wrong", "kinds", "kinds-wrong",
                                                             "another-year"])
def test_a_share_said_without_its_amount_is_held_against_the_tables(heading, text, codes):
    """“一般公共预算拨款收入所占比重为96.09%” with no amount of its own: the part's table figure ÷ the 收支预算总计."""
    assert [c for c, _m in _alone(central(), text, heading)] == codes


SPLITS = [  # (heading, text, findings)
    # a 类 split after 其中 by kind of spending: the parts must add up to it …
    (SPEND, "一般公共服务支出1,950.20万元，其中：基本支出1,500.00万元，项目支出300.00万元。", ["TXT007"]),
    # … but only a whole split (人员经费 and 项目支出 without 公用经费 is not one: nothing to add up)
    (SPEND, "一般公共服务支出1,950.20万元，其中：人员经费1,500.00万元，项目支出300.00万元。", []),
    # the whole split into its 财政拨款 and 非财政拨款, the list ending there
    (INCOME, "部门预算收入2,300.50万元，其中：财政拨款收入2,250.50万元，非财政拨款收入50.00万元。", []),
    (INCOME, "部门预算收入2,300.50万元，其中：财政拨款收入2,250.50万元，非财政拨款收入5.00万元。", ["TXT007"]),
    (INCOME, "部门预算收入2,300.50万元，其中：财政拨款收入50.00万元，非财政拨款收入2,205.50万元。", ["TXT007"]),
    # the list going on past the two ("，主要是…"): not a split of the whole into two
    (INCOME, "部门预算收入2,300.50万元，其中：财政拨款收入2,250.50万元，非财政拨款收入5.00万元，主要是事业收入。", []),
]


@pytest.mark.parametrize("heading,text,codes", SPLITS, ids=["kinds-wrong", "not-a-whole-split", "complements",
                                                             "complements-wrong", "short-first-amount", "list-goes-on"])
def test_a_whole_split_after_qizhong(heading, text, codes):
    assert [c for c, _m in _alone(central(), text, heading)] == codes


_INCOME_CHANGE = ("2024年收入预算2,300.50万元，比上年预算增加{}万元。其中：一般公共预算拨款收入比上年预算增加80.00万元，政府性基金预算"
                  "拨款收入比上年预算增加10.00万元，{}")
CHANGES = [  # (heading, text, findings)
    (INCOME, _INCOME_CHANGE.format("100.00", "事业收入比上年预算增加5.00万元，上年结转比上年预算增加5.00万元。"), []),
    (INCOME, _INCOME_CHANGE.format("90.00", "事业收入比上年预算增加5.00万元，上年结转比上年预算增加5.00万元。"), ["TXT007"]),
    (INCOME, _INCOME_CHANGE.format("100.00", "事业收入与上年预算持平，上年结转比上年预算增加10.00万元。"), []),
    (SPEND, "2024年支出预算2,300.50万元，比上年预算增加90.00万元。其中：基本支出比上年预算增加60.00万元，项目支出比上年预算"
            "增加40.00万元。", ["TXT007"]),
]


@pytest.mark.parametrize("heading,text,codes", CHANGES, ids=["by-fund", "by-fund-wrong", "one-flat", "kinds-wrong"])
def test_a_sides_change_is_the_sum_of_its_parts_changes(heading, text, codes):
    """收入预算's change against last year's budget, then each source's (财政拨款 by fund; 持平 counts 0): their sum."""
    assert [c for c, _m in _alone(central(), text, heading)] == codes


OTHERS = [  # (heading, text, findings)
    (FISCAL, "本部门2024年无政府性基金预算拨款收入。", ["TXT001"]),  # beside 40.00 in the 财政拨款收支预算总表
    (FISCAL, "本部门2024年无国有资本经营预算拨款收入。", []),
    (FISCAL, "本部门2023年无政府性基金预算拨款收入。", []),  # last year's: not this year's tables
    (BASIC, "2024年人员经费1,580.30万元，公用经费170.20万元。", []),  # no 基本支出 before them in the sentence
    (BASIC, "2024年人员经费1,508.30万元，公用经费170.20万元。", ["TXT001"]),
]


@pytest.mark.parametrize("heading,text,codes", OTHERS, ids=["none-said", "none-said-right", "none-said-last-year",
                                                             "economic-parts", "economic-parts-wrong"])
def test_other_budget_sentences(heading, text, codes):
    assert [c for c, _m in _alone(central(), text, heading)] == codes
