"""Recognition edge cases, one behaviour per test (issue 14: they kill mutants of recognize/tables.py and
recognize/disclosure.py). Each test writes a small workbook shaped like a real 决算公开表 and asserts which figure
lands in which row and column."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import Workbook

from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize


def book(tmp_path, *sheets, name="决算公开表.xlsx"):
    """A workbook of sheets given as (title, [row, …]); a row is a list of cell values from column A."""
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                if value is not None:
                    ws.cell(r, c, value)
    path = tmp_path / name
    wb.save(path)
    return recognize(read_workbook(path))


def figures(table):
    """{(row key, column key): value} of a recognised table."""
    return {(row.key, k): (f.value if f is not None else None) for row in table.rows for k, f in row.cells.items()}


def test_a_unit_named_only_in_the_column_heads_is_the_tables_unit(tmp_path):
    """No 金额单位 line: '合计（元）' heads say the figures are in 元, not the usual 万元."""
    d = book(tmp_path, ("05", [
        ["一般公共预算财政拨款支出决算表"],
        ["科目编码", "科目名称", "合计（元）", "基本支出（元）", "项目支出（元）"],
        [None, "合计", "3500.00", "1500.00", "2000.00"],
        ["201", "一般公共服务支出", "3500.00", "1500.00", "2000.00"],
    ]))
    t = d.tables["05"]
    assert t.unit == "元" and t.row("total").cells["total"].unit == "元"
    assert figures(t)[("201", "basic")] == Decimal("1500.00")


def test_an_unheaded_column_beside_the_names_names_the_first_data_row_too(tmp_path):
    """'项目' printed over two columns without its merge: the 合计 of the first data row, written in the second
    (unheaded) column, still labels that row."""
    d = book(tmp_path, ("05", [
        ["一般公共预算财政拨款支出决算表"],
        [None, None, None, None, "单位：万元"],
        ["项目", None, "合计", "基本支出", "项目支出"],
        [None, "合计", 3500, 1500, 2000],
        ["201 一般公共服务支出", None, 3500, 1500, 2000],
    ]))
    t = d.tables["05"]
    assert figures(t)[("total", "total")] == Decimal("3500") and figures(t)[("201", "project")] == Decimal("2000")
    assert t.row("total").row == 4


def test_a_title_wrapped_onto_a_second_line_is_one_title(tmp_path):
    """'一般公共预算财政拨款支出决' / '算表': the two lines make the 05 title; the second is neither title nor header."""
    d = book(tmp_path, ("05", [
        ["一般公共预算财政拨款支出决"],
        ["算表"],
        [None, None, None, None, "单位：万元"],
        ["科目编码", "科目名称", "合计", "基本支出", "项目支出"],
        [None, "合计", 3500, 1500, 2000],
        ["201", "一般公共服务支出", 3500, 1500, 2000],
    ]))
    t = d.tables["05"]
    assert t.title == "一般公共预算财政拨款支出决算表" and t.title_cell == "A1"
    assert [c.key for c in t.columns] == ["total", "basic", "project"]
    assert figures(t)[("201", "basic")] == Decimal("1500")
