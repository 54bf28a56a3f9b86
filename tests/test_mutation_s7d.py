"""Survivors of the mutation runs that s7mutA left unfinished (issue 14, session 7, s7mutD): 公开07表 “三公”经费
read by its own loop (recognize/sanshi.build_sanshi, from line 126) and the 绩效自评表 amounts and rates
(checks/performance_common.py, from line 105). Small real-shaped workbooks built here; each test asserts the
recognised rows, columns and figures, or the findings with their expected/actual values."""

from __future__ import annotations

from decimal import Decimal

from recognize_books import book

T07 = "一般公共预算财政拨款“三公”经费支出决算表"
KEYS = ["total", "abroad", "car_total", "car_purchase", "car_run", "reception"]
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


# ---------------------------------------------------------------- 公开07表 read by its own loop
def test_a_note_between_two_stacked_blocks_does_not_end_the_table(tmp_path):
    """A note under the 预算数 block (“注：预算数为年初预算数。”) is kept, and the 决算数 block below it is still
    read; both rows are of side 0."""
    rows = [[T07], ["单位：万元"], ["2019年预算数"], SH1, SH2, [10, 2, 5, 3, 2, 3], ["注：预算数为年初预算数。"],
            ["2019年决算数"], SH1, SH2, [8, 1, 4, 3, 1, 3]]
    t = the07(book(tmp_path, ("a", rows, ["C4:E4", "C9:E9"])))
    assert [(r.key, r.row, r.side) for r in t.rows] == [("budget", 6, 0), ("final", 11, 0)]
    assert t.notes == ["注:预算数为年初预算数。"]
    got = cells(t)
    assert got[("budget", "abroad")] == (Decimal(2), "B6", "预算数", "因公出国(境)费")
    assert got[("final", "car_run")] == (Decimal(1), "E11", "决算数", "公务用车运行维护费")


def test_rows_labelled_with_an_eight_character_period(tmp_path):
    """项目 | 合计 | … with rows labelled “本年度决算数合计” then “本年度预算数合计” (eight characters, still a
    row's own period label): each row takes its own period and is placed at its label."""
    head = ["项目", "合计", "因公出国（境）费", "公务接待费"]
    rows = [[T07], ["单位：万元"], head, ["本年度决算数合计", 8, 3, 5], ["本年度预算数合计", 10, 4, 6]]
    t = the07(book(tmp_path, ("a", rows)))
    assert [(r.key, r.row, r.label_cell, r.side) for r in t.rows] == [("final", 4, "A4", 0), ("budget", 5, "A5", 0)]
    got = cells(t)
    assert got[("budget", "reception")] == (Decimal(6), "D5", "预算数", "公务接待费")
    assert got[("final", "abroad")] == (Decimal(3), "C4", "决算数", "因公出国(境)费")


def test_a_long_row_label_naming_the_fund_is_no_period(tmp_path):
    """A row labelled “一般公共预算财政拨款” (ten characters: the fund, not the period, though it holds 预算) in a
    决算 table without 预算数/决算数 heads: its figures are 决算数, and the row has no period label cell."""
    head = ["项目", "合计", "因公出国（境）费", "公务接待费"]
    rows = [[T07], ["单位：万元"], head, ["一般公共预算财政拨款", 8, 3, 5]]
    t = the07(book(tmp_path, ("a", rows)))
    assert [(r.key, r.row, r.label_cell) for r in t.rows] == [("final", 4, None)]
    assert cells(t)[("final", "total")] == (Decimal(8), "B4", "决算数", "合计")


def test_twelve_columns_a_second_row_of_figures_joins_the_first(tmp_path):
    """Two rows of figures under one wide header (the second a copy line): still one 预算数 and one 决算数 row,
    each keeping the first row's figures."""
    h1 = ["合计", None, "因公出国（境）费", None, "公务接待费", None]
    h2 = ["预算数", "决算数"] * 3
    rows = [[T07], ["单位：万元"], h1, h2, [10, 8, 4, 3, 6, 5], [11, 9, 5, 4, 6, 5]]
    t = the07(book(tmp_path, ("a", rows, ["A3:B3", "C3:D3", "E3:F3"])))
    assert [(r.key, r.row, r.side) for r in t.rows] == [("budget", 5, 0), ("final", 5, 0)]
    got = cells(t)
    assert got[("budget", "total")] == (Decimal(10), "A5", "预算数", "合计")
    assert got[("final", "reception")] == (Decimal(5), "F5", "决算数", "公务接待费")



def test_a_last_band_with_no_block_under_it_leaves_the_table_whole(tmp_path):
    """The 预算数 block with its figures, then a “决算数” band with only a note under it (no heads, no figures):
    the table read above stands, its 预算数 row and six columns, and the note is kept."""
    rows = [[T07], ["单位：万元"], ["预算数"], SH1, SH2, [10, 2, 5, 3, 2, 3], ["决算数"], ["注：决算数待批复后公开。"]]
    t = the07(book(tmp_path, ("a", rows, ["C4:E4"])))
    assert [(r.key, r.row) for r in t.rows] == [("budget", 6)]
    assert [(c.key, c.col) for c in t.columns] == list(zip(KEYS, range(1, 7)))
    assert cells(t)[("budget", "reception")] == (Decimal(3), "F6", "预算数", "公务接待费")
    assert t.notes == ["注:决算数待批复后公开。"]
