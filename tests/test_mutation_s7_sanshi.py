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
    assert [(r.key, r.label, r.row, r.label_cell, r.side) for r in t.rows] == [("budget", "预算数", 4, "B3", 0),
                                                                                 ("final", "决算数", 4, "C3", 0)]
    assert [(c.key, c.col) for c in t.columns] == [("total", 1), ("abroad", 1), ("reception", 1)]
    got = cells(t)
    assert got[("budget", "abroad")] == (Decimal(4), "B5", "预算数", "1.因公出国(境)费")
    assert got[("final", "reception")] == (Decimal(5), "C6", "决算数", "2.公务接待费")
    assert t.notes == ["注:本表反映一般公共预算财政拨款安排的三公经费。"]


def test_items_as_rows_past_a_lineno_row_and_an_unnamed_row(tmp_path):
    """Only a 决算数 column; a 栏次 row under the header and a 会议费 row (no 三公 item) are passed over and the
    rows after them still read; a blank 决算数 is a blank figure, not a missing item."""
    rows = [[T07], ["单位：万元"], ["项目", "决算数"], ["栏次", "1"], ["合计", 8], ["1.因公出国（境）费", 3],
            ["2.会议费", 2], ["3.公务接待费", None], ["4.公务用车购置费", 1]]
    t = the07(book(tmp_path, ("a", rows)))
    assert [(r.key, r.row, r.label_cell) for r in t.rows] == [("final", 5, "B3")]
    assert [c.key for c in t.columns] == ["total", "abroad", "reception", "car_purchase"]
    got = cells(t)
    assert got[("final", "reception")] is None
    assert got[("final", "car_purchase")] == (Decimal(1), "B9", "决算数", "4.公务用车购置费")
    assert ("final", "meeting") not in got and len(got) == 4


def test_stacked_blocks_under_plain_bands_with_a_lineno_row_and_a_note(tmp_path):
    """Bands “预算数” / “决算数” without a year; the unit printed in the title's row (元, F1); a 栏次 row under the
    first block's header; a blank 公务接待费 预算数; the closing note kept."""
    rows = [[T07, None, None, None, None, "单位：元"], ["预算数"], SH1, SH2, [1, 2, 3, 4, 5, 6], [10, 2, 5, 3, 2, None],
            ["决算数"], SH1, SH2, [8, 1, 4, 3, 1, 3], ["注：无。"]]
    t = the07(book(tmp_path, ("a", rows, ["C3:E3", "C8:E8"])))
    assert (t.unit, t.unit_cell) == ("元", "F1")
    assert [(r.key, r.row) for r in t.rows] == [("budget", 6), ("final", 10)]
    got = cells(t)
    assert got[("budget", "reception")] is None
    assert got[("budget", "total")] == (Decimal(10), "A6", "预算数", "合计")
    assert got[("final", "reception")] == (Decimal(3), "F10", "决算数", "公务接待费")
    assert t.notes == ["注:无。"]


def test_one_row_without_a_period_is_the_final_figures_in_the_heads_unit(tmp_path):
    """合计 | 因公出国（境）费 | 公务接待费 and one row of numbers: no 预算数/决算数 anywhere, so they are 决算数; the
    unit (元) is printed only in the heads."""
    t = the07(book(tmp_path, ("a", [[T07], ["合计（元）", "因公出国（境）费（元）", "公务接待费（元）"], [8, 3, 5]])))
    assert (t.unit, t.unit_cell) == ("元", None)
    assert [(r.key, r.row, r.label_cell) for r in t.rows] == [("final", 3, None)]
    assert [(c.key, c.col) for c in t.columns] == [("total", 1), ("abroad", 2), ("reception", 3)]
    assert cells(t)[("final", "abroad")] == (Decimal(3), "B3", "决算数", "因公出国(境)费")


def test_an_empty_table_is_known_by_its_heads(tmp_path):
    rows = [[T07], ["单位：万元"], ["合计", "因公出国（境）费", "公务接待费"], ["注：本单位无三公经费支出。"]]
    t = the07(book(tmp_path, ("a", rows)))
    assert t.rows == []
    assert [(c.key, c.col) for c in t.columns] == [("total", 1), ("abroad", 2), ("reception", 3)]
    assert t.notes == ["注:本单位无三公经费支出。"]


def test_rows_labelled_with_their_period_in_either_order(tmp_path):
    """项目 | 合计 | … with rows labelled 决算数 then 预算数: each row's own label names its period, and the row is
    placed at that label (A5, A6), whichever comes first."""
    r1 = ["项目", "合计", "因公出国（境）费", "公务用车购置及运行维护费", None, None, "公务接待费"]
    r2 = [None, None, None, "小计", "公务用车购置费", "公务用车运行维护费", None]
    rows = [[T07], ["单位：万元"], r1, r2, ["决算数", 8, 1, 4, 3, 1, 3], ["预算数", 10, 2, 5, 3, 2, 3]]
    t = the07(book(tmp_path, ("a", rows, ["A3:A4", "B3:B4", "C3:C4", "D3:F3", "G3:G4"])))
    assert [(r.key, r.row, r.label_cell) for r in t.rows] == [("final", 5, "A5"), ("budget", 6, "A6")]
    assert [(c.key, c.col) for c in t.columns] == list(zip(KEYS, range(2, 8)))
    got = cells(t)
    assert got[("final", "car_run")] == (Decimal(1), "F5", "决算数", "公务用车运行维护费")
    assert got[("budget", "total")] == (Decimal(10), "B6", "预算数", "合计")


def test_items_as_rows_beside_an_unheaded_numbering_column(tmp_path):
    """A numbering column with no header left of 项目: the label column is the headed one (B), so the rows are
    read by their item names, not by their numbers."""
    rows = [[T07], ["单位：万元"], [None, "项目", "预算数", "决算数"], ["1", "合计", 10, 8],
            ["2", "因公出国（境）费", 4, 3], ["3", "公务接待费", 6, 5]]
    t = the07(book(tmp_path, ("a", rows)))
    assert [(c.key, c.col) for c in t.columns] == [("total", 2), ("abroad", 2), ("reception", 2)]
    assert cells(t)[("final", "reception")] == (Decimal(5), "D6", "决算数", "公务接待费")


def test_items_as_rows_a_repeated_item_keeps_its_first_figures(tmp_path):
    """合计 printed twice (a subtotal line copied): the first one's figures stand, and the items after the repeat
    are still read."""
    rows = [[T07], ["单位：万元"], ["项目", "预算数", "决算数"], ["合计", 10, 8], ["合计", 11, 9],
            ["1.因公出国（境）费", 4, 3]]
    t = the07(book(tmp_path, ("a", rows)))
    got = cells(t)
    assert got[("budget", "total")] == (Decimal(10), "B4", "预算数", "合计")
    assert got[("final", "total")] == (Decimal(8), "C4", "决算数", "合计")
    assert got[("final", "abroad")] == (Decimal(3), "C6", "决算数", "1.因公出国(境)费")
    assert [c.key for c in t.columns] == ["total", "abroad"]


def test_items_as_rows_left_blank(tmp_path):
    """Item rows whose figures are all blank: the items are known, each figure blank, the note kept."""
    rows = [[T07], ["单位：万元"], ["项目", "预算数", "决算数"], ["合计", None, None], ["1.因公出国（境）费", None, None],
            ["注：本单位无三公经费支出。"]]
    t = the07(book(tmp_path, ("a", rows)))
    assert [(r.key, r.row) for r in t.rows] == [("budget", 4), ("final", 4)]
    assert cells(t) == {(p, k): None for p in ("budget", "final") for k in ("total", "abroad")}
    assert t.notes == ["注:本单位无三公经费支出。"]


def test_stacked_blocks_under_six_character_bands(tmp_path):
    """“本年度预算数” / “本年度决算数” (six characters, no year, in column A only) are bands: every column of the
    block below takes their period, not only column A."""
    rows = [[T07], ["单位：万元"], ["本年度预算数"], SH1, SH2, [10, 2, 5, 3, 2, 3],
            ["本年度决算数"], SH1, SH2, [8, 1, 4, 3, 1, 3]]
    t = the07(book(tmp_path, ("a", rows, ["C4:E4", "C8:E8"])))
    assert [(r.key, r.row) for r in t.rows] == [("budget", 6), ("final", 10)]
    got = cells(t)
    assert got[("budget", "reception")] == (Decimal(3), "F6", "预算数", "公务接待费")
    assert got[("final", "abroad")] == (Decimal(1), "B10", "决算数", "因公出国(境)费")


def test_items_as_rows_a_note_naming_an_item_is_no_item(tmp_path):
    """“注：本单位无公务接待费支出。” names 公务接待费 but is a note: no 公务接待费 row comes of it."""
    rows = [[T07], ["单位：万元"], ["项目", "预算数", "决算数"], ["合计", 4, 3], ["1.因公出国（境）费", 4, 3],
            ["注：本单位无公务接待费支出。"]]
    t = the07(book(tmp_path, ("a", rows)))
    assert [c.key for c in t.columns] == ["total", "abroad"]
    assert t.notes == ["注:本单位无公务接待费支出。"]


def test_items_as_rows_a_row_without_a_label_is_left_out(tmp_path):
    """A row of figures whose label cell is blank (a wrapped line's figures) names no item: left out, and the
    items after it are read."""
    rows = [[T07], ["单位：万元"], ["项目", "预算数", "决算数"], ["合计", 10, 8], [None, 1, 1],
            ["1.因公出国（境）费", 4, 3]]
    t = the07(book(tmp_path, ("a", rows)))
    assert [c.key for c in t.columns] == ["total", "abroad"]
    assert cells(t)[("final", "abroad")] == (Decimal(3), "C6", "决算数", "1.因公出国(境)费")


def test_items_as_rows_under_a_two_row_header(tmp_path):
    """项目 | 金额 (merged over 预算数 | 决算数 below it): each period's row is labelled at its own head in the
    header's lower row (B4, C4), not at 金额."""
    rows = [[T07], ["单位：万元"], ["项目", "金额", None], [None, "预算数", "决算数"], ["合计", 10, 8],
            ["1.因公出国（境）费", 4, 3]]
    t = the07(book(tmp_path, ("a", rows, ["A3:A4", "B3:C3"])))
    assert [(r.key, r.row, r.label_cell) for r in t.rows] == [("budget", 5, "B4"), ("final", 5, "C4")]
    assert cells(t)[("budget", "abroad")] == (Decimal(4), "B6", "预算数", "1.因公出国(境)费")
