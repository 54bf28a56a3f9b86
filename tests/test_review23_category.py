"""Review of session 23: TXT001 for a 预算's 类 amount where no heading says whose spending and the tables print the
类 differently (narrative._category_fits_none). An amount that is another column of the 类's row — its 基本支出, its
上年结转 — is a right sentence ("一般公共服务支出（类）1,470.20万元用于基本支出") and draws nothing; a wrong one still draws
TXT001, each table's figure shown as a clerk reads it (元 tables: "1488.61 万元（14886090 元）", not 1488.609)."""

from __future__ import annotations

import pytest
from test_narrative_budget_heldout11 import SHANGHAI, _alone
from test_narrative_budget_heldout18 import central

RIGHT = [
    ("财政部式", "一般公共服务支出（类）1,470.20万元用于基本支出，520.00万元用于项目支出。"),
    ("财政部式", "住房保障支出（类）20.00万元为上年结转。"),
    ("上海", "一般公共服务支出1,006.05万元用于基本支出。"),
]


def _base(label: str):
    return SHANGHAI if label == "上海" else central()


@pytest.mark.parametrize("label,text", RIGHT, ids=[t for _l, t in RIGHT])
def test_another_column_of_the_category_draws_nothing(label, text):
    assert _alone(_base(label), text, "情况说明") == []


def test_wrong_category_amount_shows_yuan_tables_in_wan():
    got = _alone(SHANGHAI, "一般公共服务支出1,563.21万元，主要用于机关和下属单位运转。", "支出预算情况")
    assert [c for c, _m in got] == ["TXT001"], got
    assert "为 1488.61 万元（14886090 元）" in got[0][1] and "为 1536.21 万元（15362090 元）" in got[0][1], got
    assert "文中为 1563.21" in got[0][1]


SOURCES = [
    "住房保障支出（类）100.00万元，其中：上年结转20.00万元，当年拨款80.00万元。",
    "一般公共服务支出（类）1,990.20万元，其中：财政拨款1,950.20万元，事业收入30.00万元，其他收入10.00万元。",
    "一般公共服务支出（类）1,990.20万元，其中：机关运转1,470.20万元，人大代表履职520.00万元。",
]


@pytest.mark.parametrize("text", SOURCES)
def test_a_categorys_sources_or_projects_listed_after_it_are_no_kuan_misnamed(text):
    """(budget_items.misnamed_items, TXT030) the parts of a 类 by source or by project after “其中” are not its 款: no
    warning that the table has no 款 “当年拨款” under 221 (a name the text does not mark “（款）” nor puts in an
    “A-B-C”科目 path)."""
    assert _alone(central(), text, "情况说明") == []


@pytest.mark.parametrize("text", ["一般公共服务支出（类）政协事务（款）1,470.20万元。",
                                  "“一般公共服务支出-政协事务-行政运行”科目1,470.20万元。"])
def test_a_kuan_misnamed_is_still_warned(text):
    got = _alone(central(), text, "情况说明")
    assert [c for c, _m in got] == ["TXT030"] and "没有名为“政协事务”的款" in got[0][1], got


@pytest.mark.parametrize("share", ["49.07", "50.64"])
def test_a_items_share_of_its_category_where_no_heading_says_whose(share):
    """(narrative_common.item_wholes, TXT011) 行政运行 753.88 is printed alike in 支出预算总表 and the 一般公共预算 table,
    whose 类 201 differ (1,536.21 and 1,488.61): with no heading saying whose spending, a share of either is right."""
    assert _alone(SHANGHAI, f"行政运行（项）753.88万元，占一般公共服务支出的{share}%。", "情况说明") == []


def test_an_items_wrong_share_of_its_category_still_found():
    got = _alone(SHANGHAI, "行政运行（项）753.88万元，占一般公共服务支出的45.07%。", "情况说明")
    assert [c for c, _m in got] == ["TXT011"] and "= 49.07%" in got[0][1] and "= 50.64%" in got[0][1], got


def test_a_categorys_kinds_of_spending_named_after_it_are_its_own():
    """(recognize/claims.py KIND_OF_SPENDING_RE) “一般公共服务支出（类）基本支出…，项目支出520.00万元”: the 项目支出 is the
    类's (520.00), not the department's (560.00, which drew a false TXT001)."""
    assert _alone(central(), "一般公共服务支出（类）基本支出1,470.20万元，项目支出520.00万元。", "情况说明") == []
