"""公开07表 “三公”经费 read in its layouts (recognize/sanshi.py; issue 14, session 7): small workbooks built here,
asserting the recognised rows (预算数 / 决算数), columns, figures with their cells and labels, and notes.

Layouts: twelve columns (each item a 预算数 | 决算数 pair); two stacked blocks, each under a band (“2019年预算数”);
items as rows (项目 | 预算数 | 决算数)."""

from __future__ import annotations

from decimal import Decimal

from recognize_books import book

T07 = "一般公共预算财政拨款“三公”经费支出决算表"
KEYS = ["total", "abroad", "car_total", "car_purchase", "car_run", "reception"]

H1 = ["合计", None, "因公出国（境）费", None, "公务用车购置及运行维护费", None, None, None, None, None, "公务接待费", None]
H2 = [None, None, None, None, "小计", None, "公务用车购置费", None, "公务用车运行维护费", None, None, None]
H3 = ["预算数", "决算数"] * 6
WIDE_MERGES = ["A3:B4", "C3:D4", "E3:J3", "E4:F4", "G4:H4", "I4:J4", "K3:L4"]
SH1 = ["合计", "因公出国（境）费", "公务用车购置及运行维护费", None, None, "公务接待费"]
SH2 = [None, None, "小计", "公务用车购置费", "公务用车运行维护费", None]


def the07(d):
    tables = [t for t in [d.tables.get("07"), *d.duplicates, *d.extra_tables] if t is not None and t.kind == "07"]
    assert len(tables) == 1, tables
    return tables[0]


def cells(table):
    """{(row key, column key): (value, cell, row label, column label)} of a recognised table."""
    return {(row.key, k): (f.value, f.source.cell, f.source.row_label, f.source.col_label) if f else None
            for row in table.rows for k, f in row.cells.items()}


# ---------------------------------------------------------------- twelve columns
def test_twelve_columns_each_figure_labelled_by_its_item(tmp_path):
    """Each figure's column label is the item it stands under (公务用车购置费, not 公务用车购置及运行维护费 above it,
    nor the 预算数 below it); its row label is the period."""
    values = [10, 8, 2, 1, 5, 4, 3, 3, 2, 1, 3, 3]
    t = the07(book(tmp_path, ("a", [[T07], ["单位：万元"], H1, H2, H3, values], WIDE_MERGES)))
    assert [r.key for r in t.rows] == ["budget", "final"]
    assert [(c.key, c.col) for c in t.columns] == list(zip(KEYS, [1, 3, 5, 7, 9, 11]))
    got = cells(t)
    assert got[("budget", "car_purchase")] == (Decimal(3), "G6", "预算数", "公务用车购置费")
    assert got[("final", "car_run")] == (Decimal(1), "J6", "决算数", "公务用车运行维护费")
    assert got[("final", "abroad")] == (Decimal(1), "D6", "决算数", "因公出国(境)费")
    assert got[("budget", "car_total")] == (Decimal(5), "E6", "预算数", "小计")


# ---------------------------------------------------------------- two stacked blocks under year bands
def test_two_blocks_under_year_bands(tmp_path):
    """“2019年预算数” and “2019年决算数” are bands naming the period of the block below them (not a year line)."""
    rows = [[T07], ["单位：万元"], ["2019年预算数"], SH1, SH2, [10, 2, 5, 3, 2, 3],
            ["2019年决算数"], SH1, SH2, [8, 1, 4, 3, 1, 3]]
    t = the07(book(tmp_path, ("a", rows, ["C4:E4", "C8:E8"])))
    assert [(r.key, r.row) for r in t.rows] == [("budget", 6), ("final", 10)]
    assert [c.key for c in t.columns] == KEYS
    got = cells(t)
    assert got[("budget", "total")] == (Decimal(10), "A6", "预算数", "合计")
    assert got[("final", "car_purchase")] == (Decimal(3), "D10", "决算数", "公务用车购置费")
    assert got[("final", "reception")] == (Decimal(3), "F10", "决算数", "公务接待费")


# ---------------------------------------------------------------- items as rows
def test_items_as_rows_with_a_note(tmp_path):
    rows = [[T07], ["单位：万元"], ["项目", "预算数", "决算数"], ["合计", 10, 8], ["1.因公出国（境）费", 4, 3],
            ["2.公务接待费", 6, 5], ["注：本表反映一般公共预算财政拨款安排的三公经费。"]]
    t = the07(book(tmp_path, ("a", rows)))
    assert [(r.key, r.label, r.row, r.label_cell) for r in t.rows] == [("budget", "预算数", 4, "B3"),
                                                                       ("final", "决算数", 4, "C3")]
    assert [(c.key, c.col) for c in t.columns] == [("total", 1), ("abroad", 1), ("reception", 1)]
    got = cells(t)
    assert got[("budget", "abroad")] == (Decimal(4), "B5", "预算数", "1.因公出国(境)费")
    assert got[("final", "reception")] == (Decimal(5), "C6", "决算数", "2.公务接待费")
    assert t.notes == ["注:本表反映一般公共预算财政拨款安排的三公经费。"]
