"""The per-cell paths made cheaper for big workbooks (issue 13, s6cells) keep their answers: a sheet's rows, the text
rows beside tables, a headless second label column, a coded row's key."""

from __future__ import annotations

from recognize_books import H05, T05, book

from govaudit.readers.base import Cell, Sheet
from govaudit.recognize.tables import TableBuilder

SENTENCE = "2024年度一般公共预算财政拨款支出1000.00万元，主要用于一般公共服务。"


def test_rows_are_in_order_without_blank_cells():
    sheet = Sheet(name="s")
    for cell in (Cell(2, 3, 5), Cell(1, 2, "b"), Cell(2, 1, "\u3000 "), Cell(1, 1, "a"), Cell(3, 1, None),
                 Cell(3, 2, None, formula_without_value=True), Cell(2, 2, 0), Cell(4, 1, None)):
        sheet.cells[cell.row, cell.col] = cell
    rows = sheet.rows()
    assert {r: [(c.col, c.value) for c in row] for r, row in rows.items()} == {
        1: [(1, "a"), (2, "b")], 2: [(2, 0), (3, 5)], 3: [(2, None)]}
    assert list(rows) == [1, 2, 3]
    assert sheet.rows() is rows  # computed once


def test_a_text_row_is_its_one_filled_cell(tmp_path):
    # an em space is blank to str.strip but not to Sheet.rows: the sentence beside it still stands alone; a row with
    # a second filled cell (a number) is a row of a table, not a paragraph
    d = book(tmp_path, ("05", [[T05], H05, ["201", "一般公共服务支出", 1000, 500, 500], [None],
                               [SENTENCE, "\u2003"], ["收支总计6598.33万元。", 12], ["（一）收入情况"]]))
    assert [p.text for p in d.paragraphs] == [SENTENCE, "（一）收入情况"]


def test_a_headless_column_after_the_names_is_their_second_level(tmp_path):
    # 科目名称 over two columns, the second without a heading of its own and holding only words: a name column too
    d = book(tmp_path, ("03", [["支出决算表"], ["科目编码", "科目名称", None, "本年支出合计"],
                               [None, None, "人力资源事务", 30]]))
    rows = d.tables["03"].rows
    # (a 款 name: a 类 name at the left edge is that 类 even without its code, tests/test_layout_s9.py)
    assert [(r.key, r.label) for r in rows] == [("label:人力资源事务", "人力资源事务")]


def test_a_coded_rows_key_is_its_code_outside_01_and_04():
    key = TableBuilder._row_key
    assert key("03", 0, "一、合计", "201", False) == "201"
    assert key("03", 0, "合计", None, False) == "total"
    assert key("03", 0, "一、合计", None, False) is None  # numbered: a part's total (test_numbered_totals.py)
    assert key("06", 0, "人员经费合计", "301", False) == "301"
    assert key("01", 0, "一、一般公共预算财政拨款收入", "201", False) != "201"  # 01: the side's row by its name
    assert key("01", 1, "某某支出", "201", False) == "201"  # 01: no row of that name, the code
