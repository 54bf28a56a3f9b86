"""checks/hierarchy.py BGT012 as session 25 changed it (budfix 3c3455a: a 增减% figure printed without its % sign is a
percentage), all 11 mutants of its lines measured by tools/mutate.py (s26 mut, issue 14): the survivors killed on the
财政部-form 一般公共预算支出表 '科目编码 | 科目名称 | 2023年执行数 | 2024年预算数 | 增减额 | 增减%' (test_layout_s18), written as a
workbook and checked end to end."""

from __future__ import annotations

from test_layout_s18 import _with_changes
from test_review11_budget import _check, _xlsx


def _items(tables) -> list[str]:
    return [r[0] for r in tables[4].rows[1:] if len(r[0]) == 7]


def test_a_new_item_without_last_years_figure_and_rate_does_not_stop_the_rates_after_it(tmp_path):
    """The first 项 new this year (2023年执行数, 增减额, 增减% blank), the last 项's 增减% wrong: BGT012 on the last, and
    nothing else (the blank rate is no rate to judge; the rows after it are judged)."""
    tables = _with_changes()
    items = _items(tables)
    for r in tables[4].rows:
        if r[0] == items[0]:
            r[2] = r[4] = r[5] = ""
        elif r[0] == items[-1]:
            r[5] = "-9.99%"
    _d, found = _check(_xlsx(tmp_path / "t.xlsx", tables, False))
    assert [(f.code, items[-1] in f.message) for f in found] == [("BGT012", True)], [f.message for f in found]


def test_a_rate_printed_without_its_sign_is_a_percentage_in_the_message(tmp_path):
    """Every 增减% printed without '%' ('2.13' under the column headed 增减%): clean, nothing; one wrong, BGT012 saying
    the figure as the percentage it is ('实际为 -9.99%', not '-9.99')."""
    tables = _with_changes()
    items = _items(tables)
    for r in tables[4].rows[1:]:
        r[5] = r[5].rstrip("%")
    _d, found = _check(_xlsx(tmp_path / "clean.xlsx", tables, False))
    assert [(f.code, f.message) for f in found] == []
    for r in tables[4].rows:
        if r[0] == items[-1]:
            r[5] = "-9.99"
    _d, found = _check(_xlsx(tmp_path / "wrong.xlsx", tables, False))
    assert [(f.code, f.actual) for f in found] == [("BGT012", "-9.99%")]
    assert "实际为 -9.99%，" in found[0].message
