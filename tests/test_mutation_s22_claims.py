"""recognize/claims.py, a sample of 40 mutants (seed 22) measured by tools/mutate.py (s22 mut, issue 14, README
"变异测试"): the survivors that were untested behaviour, each a 决算 说明's sentence judged in memory beside the 2019
sample's tables (公开05表 一般公共预算 2,116.25: 一般公共服务支出 1,303.58 — 人力资源事务 1,303.58: 行政运行 412.35,
一般行政管理事务 186.42; 科学技术支出 326.86; “三公” 3.68 against a 预算 of 7.50)."""

from __future__ import annotations

import pytest

from test_narrative_budget_heldout11 import _alone
from test_narrative_heldout11 import FINAL

ITEMS = "（三）一般公共预算财政拨款支出决算具体情况"
STRUCTURE = "一般公共预算财政拨款支出决算结构情况"
SANGONG = "（七）“三公”经费支出决算情况说明"


def _codes(text: str, heading: str) -> list[str]:
    return [c for c, _m in _alone(FINAL, text, heading)]


@pytest.mark.parametrize("text,codes", [
    ("2019年度“三公”经费支出3.68万元，比预算少3.82万元。", []),
    ("2019年度“三公”经费支出3.68万元，比年初预算数少3.82万元，主要是压减公务接待。", []),
    # “比预算少X万元” is read as “比预算减少X万元”: the 决算 less the 预算 (fails when over_budget leaves it: nothing)
    ("2019年度“三公”经费支出3.68万元，比预算少2.82万元。", ["TXT001"]),
])
def test_less_than_the_budget_is_a_change_against_it(text, codes):
    assert _codes(text, SANGONG) == codes


@pytest.mark.parametrize("text,codes", [
    ("2019年度公务用车购置及运行维护费支出2.42万元，低于年初预算2.08万元。", []),
    # “低于/超出年初预算X万元” is a fall/rise against the budget (4.50): “超出” is the wrong way round
    ("2019年度公务用车购置及运行维护费支出2.42万元，超出年初预算2.08万元。", ["TXT006"]),
])
def test_below_or_above_the_budget(text, codes):
    assert _codes(text, SANGONG) == codes


@pytest.mark.parametrize("text,codes", [
    ("一般公共服务支出（类）人力资源事务（款）行政运行（项）412.35万元，一般行政管理事务（项）186.42万元。", []),
    # the second 项, named alone after the first's 类 and 款, is a 项 of the same 款 (`_sibling_item`)
    ("一般公共服务支出（类）人力资源事务（款）行政运行（项）412.35万元，一般行政管理事务（项）168.42万元。", ["TXT001"]),
])
def test_a_sibling_item_after_a_full_item(text, codes):
    assert _codes(text, ITEMS) == codes


@pytest.mark.parametrize("text,codes", [
    ("一般公共服务支出1303.58万元，占61.60%；科学技术支出326.86万元，占15.45%。", []),
    # a 类's bare share under the heading of the fund's spending structure: of that spending (公开05表 2,116.25)
    ("一般公共服务支出1303.58万元，占61.06%；科学技术支出326.86万元，占15.45%。", ["TXT011"]),
])
def test_a_categorys_bare_share_under_the_structure_heading(text, codes):
    found = _alone(FINAL, text, STRUCTURE)
    assert [c for c, _m in found] == codes
    assert all("1303.58 ÷ 2116.25（公开05表「合计」）= 61.60%" in m for _c, m in found)


@pytest.mark.parametrize("text,codes", [
    ("一般公共预算财政拨款基本支出776.71万元，其中：人员经费741.82万元，占基本支出的95.51%。", []),
    # “占基本支出的” after the fund's 基本支出 names it short: 741.82 ÷ 776.71 (`_short_lead`)
    ("一般公共预算财政拨款基本支出776.71万元，其中：人员经费741.82万元，占基本支出的95.15%。", ["TXT011"]),
])
def test_a_whole_named_short_is_the_lead(text, codes):
    found = _alone(FINAL, text, "（三）一般公共预算财政拨款基本支出决算情况说明")
    assert [c for c, _m in found] == codes
    assert all("741.82 ÷ 776.71（文中一般公共预算财政拨款基本支出）= 95.51%" in m for _c, m in found)


@pytest.mark.parametrize("text,codes", [
    ("一般公共服务支出（类）人力资源事务（款）支出决算1303.58万元。一般公共服务支出（类）人力资源事务（款）一般行政管理事务（项）"
     "支出决算186.42万元。", []),
    # a sentence opening with a full 类·款·项 after one about the 款 alone: the 项's own amount
    ("一般公共服务支出（类）人力资源事务（款）支出决算1303.58万元。一般公共服务支出（类）人力资源事务（款）一般行政管理事务（项）"
     "支出决算168.42万元。", ["TXT001"]),
])
def test_an_item_sentence_after_a_kuan_sentence(text, codes):
    assert _codes(text, ITEMS) == codes
