"""预算 text, session 15 (s15budtext): a 项 named without its mark whose name is also an 经济分类 款's.

"住房公积金89.74万元" under a heading that says whose spending (“一般公共预算支出预算情况”) may be the 功能分类 项 2210201
住房公积金 or the 经济分类 款 30113 住房公积金 (a 基本支出 paragraph's); the two differ whenever some of the 公积金 is paid
from a fund other than the 一般公共预算 or from 项目支出. It is judged against the 功能分类 table only where the context
says so: a paragraph or heading that names the 功能分类, or a 类/款 heading paragraph above it; otherwise it is left
alone. Judged beside a copy of the 上海 sample whose 经济分类 table prints 30113 as 797,436 元 (津贴补贴 100,000 元 more,
the totals unchanged) while 2210201 stays 897,436 元.
"""

from __future__ import annotations

import tempfile
from functools import lru_cache
from pathlib import Path

import pytest
from openpyxl import load_workbook

from test_narrative_budget_heldout11 import JIANGSU, SHANGHAI, _alone

GENERAL = "一般公共预算支出预算情况"


@lru_cache(maxsize=None)
def split_housing_fund() -> Path:
    """The 上海 sample with 经济分类 30113 住房公积金 797,436 元 and 30102 津贴补贴 3,668,920 元 (功能分类 2210201 still
    897,436 元): 住房公积金 is 79.74 万元 by one classification and 89.74 万元 by the other."""
    wb = load_workbook(SHANGHAI)
    ws = wb["部门一般公共预算拨款基本支出明细表"]
    for row in ws.iter_rows():
        values = [c.value for c in row]
        if "住房公积金" in values or "津贴补贴" in values:
            for c in row:
                if c.value in (897436, 3568920):
                    c.value = 797436 if c.value == 897436 else 3668920
    path = Path(tempfile.mkdtemp(prefix="budget-s15-")) / "预算公开表-2026-上海部门-公积金分列.xlsx"
    wb.save(path)
    return path


def test_the_variant_prints_two_figures():
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize
    d = recognize(read_workbook(split_housing_fund()))
    economic = [r for r in d.tables["B08"].rows if r.code == "30113"]
    assert economic and economic[0].cells["total"].value == 797436


# the economic 款's figure in a paragraph whose classification is not said: right, and never judged against 2210201
UNCLEAR = [
    ("住房公积金79.74万元，主要用于按规定为职工缴存的住房公积金。", GENERAL),
    ("住房公积金79.74万元，比上年预算增加8.60万元，增长12.09%。", GENERAL),
    ("机关事业单位基本养老保险缴费104.62万元，主要用于机关事业单位基本养老保险缴费。", GENERAL),
    ("住房公积金79.74万元，主要用于按规定为职工缴存的住房公积金。", "一般公共预算基本支出预算情况"),
    ("住房公积金79.74万元。", "一般公共预算当年拨款情况"),
]


@pytest.mark.parametrize("text,heading", UNCLEAR)
def test_an_unmarked_name_of_both_classifications_is_left_alone(text, heading):
    assert _alone(split_housing_fund(), text, heading) == []


# the 功能分类 named: judged against 2210201 (89.74), right and wrong
CLEAR = [
    ("一般公共预算支出功能分类预算情况", "住房公积金89.74万元，比上年预算增加18.60万元，增长26.15%。",
     "住房公积金79.74万元，比上年预算增加18.60万元，增长26.15%。"),
    (GENERAL, "住房公积金89.74万元，为按支出功能分类的住房改革支出。", "住房公积金98.74万元，为按支出功能分类的住房改革支出。"),
    (GENERAL, "住房公积金（项）89.74万元，主要用于按规定为职工缴存的住房公积金。",
     "住房公积金（项）79.74万元，主要用于按规定为职工缴存的住房公积金。"),
    (GENERAL, "（五）住房保障支出（类）\n住房公积金89.74万元，主要用于按规定为职工缴存的住房公积金。",
     "（五）住房保障支出（类）\n住房公积金79.74万元，主要用于按规定为职工缴存的住房公积金。"),
    # a 功能分类 项 name of no 经济分类 款: judged as before
    (GENERAL, "机关事业单位基本养老保险缴费支出104.62万元，比上年预算增加4.62万元，增长4.62%。",
     "机关事业单位基本养老保险缴费支出106.42万元，比上年预算增加4.62万元，增长4.62%。"),
]


@pytest.mark.parametrize("heading,right,wrong", CLEAR)
def test_a_name_the_context_makes_a_function_item_is_judged(heading, right, wrong):
    assert _alone(split_housing_fund(), right, heading) == []
    assert "TXT001" in [c for c, _m in _alone(split_housing_fund(), wrong, heading)]


def test_jiangsu_item_under_its_category_heading_is_judged():
    """江苏: "（三）住房保障支出（类）" heading the paragraph, the 项 named bare under it."""
    right = "（三）住房保障支出（类）\n住房公积金492.87万元，主要用于按规定缴存的住房公积金。"
    assert _alone(JIANGSU, right, GENERAL) == []
    assert "TXT001" in [c for c, _m in _alone(JIANGSU, right.replace("492.87", "429.87"), GENERAL)]
