"""Mutation tests (issue 14, session 10, s10mutA) for recognize/tables.py: a row named like a 类 but printed without a
code is taken for that 类 only in a table whose layout has code columns (session 9's survivors at _label)."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_an_income_row_named_like_a_category_in_a_table_without_code_columns_keeps_its_key():
    # 财政拨款收支预算总表 (B04) has no 科目编码 column: its income row "三、国有资本经营预算" is the 国有资本经营预算
    # income (its name begins like 类 223 国有资本经营预算支出, but no code column says it is a 科目); the expenditure
    # rows on the other side keep the 类 their names give
    d = recognize(read_workbook(SAMPLES / "预算公开表-2026-上海单位-无误.xlsx"))
    rows = {r.label: r for r in d.tables["B04"].rows}
    assert (rows["三、国有资本经营预算"].key, rows["三、国有资本经营预算"].code) == ("income.state_capital", None)
    assert rows["三、国有资本经营预算"].cells["amount"].value == 0
    assert rows["一、一般公共预算"].key == "income.general"
    assert rows["三、卫生健康支出"].key == "210"
    assert "223" not in {r.key for r in d.tables["B04"].rows}
