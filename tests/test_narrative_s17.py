"""Session 17 决算 narrative fixes (s17text), each on the session's mixed tables (tests/test_narrative_heldout17.py:
附属单位上缴收入 30.00, 使用非财政拨款结余 15.00, 结余分配 10.00 beside 财政拨款 and 事业/经营/其他收入)."""

from __future__ import annotations

import pytest
from test_narrative_heldout14 import GPB, OVERALL, codes_found
from test_narrative_heldout17 import _findings

ITEMS3 = [GPB, "（三）一般公共预算财政拨款支出决算具体情况"]
TITLE = "1.社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）"


# (a 说明 needs two sentences stating an amount: disclosure._brief_narrative)
FILLER = ("十一、其他需要说明的情况", "本年收入合计6463.99万元，本年支出合计6451.24万元。")


def _one(tmp_path, heads, text, year=2023):
    return codes_found(_findings(tmp_path, [(heads, text), FILLER], "t.xlsx", year), text)


# 公开01表's 使用非财政拨款结余 (15.00) and 结余分配 (10.00), and the lines of one side summed against its 总计
@pytest.mark.parametrize("text,codes", [
    ("使用非财政拨款结余15.00万元，结余分配10.00万元。", []),
    ("使用非财政拨款结余5.00万元。", ["TXT001"]),
    ("结余分配20.00万元。", ["TXT001"]),
    ("收入总计7093.33万元，其中：本年收入合计6463.99万元，使用非财政拨款结余15.00万元，年初结转和结余614.34万元。", []),
    ("收入总计7093.33万元，其中：本年收入合计6463.99万元，使用非财政拨款结余15.00万元，年初结转和结余641.34万元。",
     ["TXT001", "TXT007"]),
    ("支出总计7093.33万元，其中：本年支出合计6451.24万元，结余分配10.00万元，年末结转和结余623.09万元。",
     ["TXT001", "TXT007"]),
    # (a line left unsaid holds money: the two said are not all of the side, whatever they add up to)
    ("收入总计7093.33万元，其中：本年收入合计6463.99万元，年初结转和结余614.34万元。", []),
    ("支出总计7093.33万元，其中：本年支出合计6451.24万元，年末结转和结余632.09万元。", []),
])
def test_balance_lines_held_against_01(tmp_path, text, codes):
    assert _one(tmp_path, OVERALL, text) == codes


# s16rev r30: a 项's title on a line of its own, its figures in the next paragraph
@pytest.mark.parametrize("figures,codes", [
    ("年初预算为65.00万元，支出决算为61.83万元，完成年初预算的95.12%。", []),
    ("年初预算为65.00万元，支出决算为16.83万元，完成年初预算的25.89%。", ["TXT001"]),
    # the next paragraph names a subject of its own: its figures are that subject's, not the 项's
    ("一般公共预算财政拨款基本支出776.71万元，其中：人员经费741.82万元。", []),
    ("本年支出合计6451.24万元。", []),
])
def test_item_title_line_and_its_figures(tmp_path, figures, codes):
    found = _findings(tmp_path, [(ITEMS3 + [TITLE], figures), FILLER], "t.xlsx", 2023)
    assert codes_found(found, figures) == codes, dict(found)
