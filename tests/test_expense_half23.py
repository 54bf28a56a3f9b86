"""tables.expense_side_only: a 收支总表's 支出 half printed apart is told from a whole table whose 收入 band is worded
without a heading ending in 收入 ('收入预算', '资金来源'): the whole table must not be read as its 支出 half only."""

import pytest

from govaudit.recognize.tables import ColumnRole, expense_side_only


def _whole(income_band: str) -> list[ColumnRole]:
    return [ColumnRole(0, [income_band, "项目"], "name"), ColumnRole(1, [income_band, "预算数"], "value", key="amount"),
            ColumnRole(2, ["支出", "项目"], "name", side=1), ColumnRole(3, ["支出", "预算数"], "value", key="amount", side=1)]


@pytest.mark.parametrize("band", ["收入", "收入预算", "收 入 预 算", "资金来源", "收入来源"])
def test_a_whole_table_with_an_income_band_is_not_its_expense_half(band):
    assert not expense_side_only("B01", _whole(band))


def test_the_expense_half_printed_alone_is_one():
    half = [ColumnRole(0, ["支出", "项目"], "name"), ColumnRole(1, ["支出", "预算数"], "value", key="amount")]
    assert expense_side_only("B01", half)
    assert not expense_side_only("03", half)  # (only a 收支总表 has two halves)
