"""The boundaries of the PDF reader's strip and foot-title logic (readers/pdf.py: `_column_strip`,
`_ends_with_title`, a continued table's `last_row`): each test sits on an exact edge, so that the mutants of
those lines (issue 14) change what is read. Pages are written with tests/pdf_writer.py (a glyph of size s at
top t has the box [t, t + s] exactly)."""

from __future__ import annotations

import pytest

from govaudit.readers.pdf import read_pdf
from pdf_writer import PdfWriter

DEPT = "部门：某区测试局"
UNIT = "金额单位：万元"
HEAD = ["科目编码", "科目名称", "本年收入合计", "财政拨款收入"]
BODY = [["", "合计", "60.00", "20.00"], ["201", "一般公共服务支出", "60.00", "20.00"],
        ["20106", "财政事务", "60.00", "20.00"], ["2010601", "行政运行", "60.00", "20.00"]]
LEFT = [70, 160, 90, 90]  # the left part of a wide sheet: codes, names and two amount columns
RIGHT = [["事业收入", "经营收入", "其他收入"]] + [["10.00", "20.00", "10.00"]] * 4  # its other columns


def _texts(book, page: int) -> list[str]:
    return [p.text for p in book.paragraphs if p.origin.page == page]


def _values(sheet) -> list[list[str]]:
    last = max(r for r, _c in sheet.cells)
    return [[c.value for c in sorted((c for c in sheet.cells.values() if c.row == r), key=lambda c: c.col)]
            for r in range(1, last + 1)]


def _first_part(w: PdfWriter, rows):
    p1 = w.page()
    p1.text(230, 50, "收入决算表", 14)
    p1.text(40, 80, DEPT, 9)
    p1.grid(40, 100, LEFT, rows)
    return p1


# ---------------------------------------------------------------- _column_strip: the lines above a strip


def test_a_unit_line_touching_the_strip_is_dropped_with_it(tmp_path):
    """The unit line cut off the first part's line is printed 1 pt into the strip's top rule (its box's bottom
    exactly 1 pt below the rule): it is one of the lines above the strip, set aside with it, not read as text."""
    w = PdfWriter()
    _first_part(w, [HEAD] + BODY)
    p2 = w.page()
    p2.text(60, 50, "收入决算表", 14)
    p2.text(40, 100 + 1 - 9, "单位：万元", 9)  # bottom at 101, the strip's top rule at 100 (额's box runs lower)
    p2.grid(40, 100, [90, 90, 90], RIGHT, row_h=20.0)  # rows not the first part's: set aside, not joined
    book = read_pdf(w.save(tmp_path / "单位压线.pdf"))
    assert book.sheets[0].cut_tables == [(3, 7, 2)]
    assert _texts(book, 2) == []  # the repeated title and the unit line go with the strip


def test_a_line_beside_the_strips_header_row_is_not_above_it(tmp_path):
    """Only the lines above the strip's top rule go with it: a note printed to its right, level with its header
    row, is read as text (it lies above the strip's second rule, not its first)."""
    w = PdfWriter()
    _first_part(w, [HEAD] + BODY)
    p2 = w.page()
    p2.text(60, 50, "收入决算表", 14)
    p2.grid(40, 100, [90, 90, 90], RIGHT, row_h=20.0)  # rows not the first part's: set aside, not joined
    p2.text(400, 104, "附注见第三页", 9)
    book = read_pdf(w.save(tmp_path / "旁注.pdf"))
    assert book.sheets[0].cut_tables == [(3, 7, 2)]
    assert _texts(book, 2) == ["附注见第三页"]


def test_a_strip_after_a_part_that_repeats_the_header_covers_its_last_row(tmp_path):
    """Page 2 carries the table over with its header printed again (left out when read); the strip on page 3
    sets aside every row from the header on page 1 to the last row of page 2, and nothing below."""
    w = PdfWriter()
    _first_part(w, [HEAD] + BODY[:2])
    p2 = w.page()
    p2.grid(40, 60, LEFT, [HEAD] + BODY[2:])
    p3 = w.page()
    p3.text(60, 50, "收入决算表", 14)
    p3.grid(40, 100, [90, 90, 90], RIGHT)
    book = read_pdf(w.save(tmp_path / "重复表头后分段.pdf"))
    sheet = book.sheets[0]
    assert sheet.cut_tables == [(3, 7, 3)]
    rows = _values(sheet)
    assert rows[2] == HEAD and rows[6] == ["2010601", "行政运行", "60.00", "20.00"]
    assert len(rows) == 7  # the repeated header takes no row


FIGURES = [["合计", "因公出国（境）费", "公务接待费"], ["30.00", "10.00", "20.00"], ["30.00", "10.00", "20.00"]]


def test_a_part_six_points_wider_each_side_is_carried_over_not_a_strip(tmp_path):
    """A table of figures only (nothing tells a strip from it by its cells) printed on page 2 exactly 6 pt wider on
    either side: within the edge tolerance, so the same table carried over, not a strip of other columns."""
    w = PdfWriter()
    p1 = w.page()
    p1.text(150, 50, "财政拨款“三公”经费支出决算表", 14)
    p1.grid(40, 100, [100, 100, 100], FIGURES)
    w.page().grid(34, 60, [106, 100, 106], [["30.00", "10.00", "20.00"]] * 2)
    book = read_pdf(w.save(tmp_path / "宽六点.pdf"))
    sheet = book.sheets[0]
    assert sheet.cut_tables == []
    assert _values(sheet)[1:] == [FIGURES[0]] + [["30.00", "10.00", "20.00"]] * 4
    assert sheet.origins[(5, 1)].page == 2


# ---------------------------------------------------------------- _ends_with_title: a title ruled in at a page's foot


def _foot_title_pdf(tmp_path, foot_rows: list[str], name: str, repeat_header: bool = False):
    """收入决算表 on page 1 with `foot_rows` ruled in below its figures (each one cell across the grid); page 2 has
    a grid of the same width under a department and unit line."""
    w = PdfWriter()
    p1 = w.page()
    p1.text(230, 50, "收入决算表", 14)
    p1.text(40, 80, DEPT, 9)
    p1.text(350, 80, UNIT, 9)
    rows = [HEAD] + BODY + [[t, "", "", ""] for t in foot_rows]
    n = len(rows)
    p1.grid(40, 100, LEFT, rows, merges=[(i, 0, i, 3) for i in range(n - len(foot_rows), n)])
    p2 = w.page()
    p2.text(40, 60, DEPT, 9)
    p2.text(350, 60, UNIT, 9)
    p2.grid(40, 80, LEFT, ([HEAD] if repeat_header else []) + BODY)
    return read_pdf(w.save(tmp_path / name))


def _new_table_on_page_2(book) -> bool:
    """The department and unit lines on page 2 are read (above a new table) or left out (repeated above the same
    table carried over)."""
    texts = _texts(book, 2)
    assert texts in ([], [DEPT + UNIT], [DEPT, UNIT], [f"{DEPT} {UNIT}"]), texts
    return bool(texts)


def test_a_title_with_three_lines_below_it_at_the_foot_starts_a_new_table(tmp_path):
    """The next table's title, year, department and unit (four rows: the whole window) ruled in at the foot."""
    book = _foot_title_pdf(tmp_path, ["支出决算表", "2024年度", "编制单位：某区测试局", "单位：万元"], "四行.pdf")
    assert _new_table_on_page_2(book)


def test_a_title_with_four_lines_below_it_is_no_foot_title(tmp_path):
    """Five non-figure rows at the foot: the title is above the window, so page 2 carries the table over."""
    book = _foot_title_pdf(tmp_path, ["支出决算表", "2024年度", "编制单位：某区测试局", "单位：万元", "备用"],
                           "五行.pdf")
    assert not _new_table_on_page_2(book)


@pytest.mark.parametrize("length, new", [(40, True), (41, False)])
def test_a_foot_title_is_at_most_forty_characters(tmp_path, length, new):
    title = "测" * (length - 3) + "决算表"
    book = _foot_title_pdf(tmp_path, [title], f"标题{length}.pdf")
    assert _new_table_on_page_2(book) is new


def test_blank_rows_at_the_foot_carry_the_table_over_without_its_repeated_header(tmp_path):
    """Empty ruled rows at the foot (more than a title's window) are no title: page 2 is the table carried over,
    and the header it prints again is left out."""
    book = _foot_title_pdf(tmp_path, ["", "", "", "", ""], "空行.pdf", repeat_header=True)
    rows = _values(book.sheets[0])
    assert rows.count(HEAD) == 1
    assert not _new_table_on_page_2(book)


def test_a_title_framed_on_its_own_at_the_foot_starts_a_new_table(tmp_path):
    """The next table's title and unit printed in a frame of their own at the foot of page 1 (a grid of two
    rows, as wide as the tables): the grid on page 2 is that next table, not the frame carried over."""
    w = PdfWriter()
    p1 = w.page()
    p1.text(230, 50, "收入决算表", 14)
    bottom = p1.grid(40, 80, LEFT, [HEAD] + BODY)
    p1.grid(40, bottom + 20, [410], [["支出决算表"], ["单位：万元"]])
    p2 = w.page()
    p2.grid(40, 60, LEFT, [["科目编码", "科目名称", "本年支出合计", "基本支出"]] + BODY)
    sheet = read_pdf(w.save(tmp_path / "标题框.pdf")).sheets[0]
    rows = _values(sheet)
    assert rows[-5] == ["科目编码", "科目名称", "本年支出合计", "基本支出"]  # four columns, not one
    assert rows[-1] == ["2010601", "行政运行", "60.00", "20.00"]


def test_the_strip_is_the_grid_that_starts_highest(tmp_path):
    """Beside the strip (top rule at 100, a tall header row) a small table of its own starts lower (104) but its
    first row ends sooner: the page's first grid is the one whose top is highest, the strip."""
    w = PdfWriter()
    _first_part(w, [HEAD] + BODY)
    p2 = w.page()
    p2.text(60, 50, "收入决算表", 14)
    p2.grid(40, 100, [90, 90, 90], RIGHT, row_h=30)
    p2.grid(360, 104, [80, 80], [["项目", "金额"], ["其中：补助", "5.00"]])
    assert read_pdf(w.save(tmp_path / "并排.pdf")).sheets[0].cut_tables == [(3, 7, 2)]


@pytest.mark.parametrize("narrow, carried", [(8, False), (12, True)])
def test_a_narrow_column_at_the_left_of_the_next_pages_grid(tmp_path, narrow, carried):
    """Page 2's grid starts 6 pt further left (within the edge tolerance) with a narrow empty column of its own.
    8 pt wide, its middle lies left of every column of page 1's table: not that table carried over but a table of
    its own, every cell read. 12 pt wide, its middle is exactly on the first part's left rule, which belongs to the
    first column: the table carried over, its columns those of page 1."""
    w = PdfWriter()
    _first_part(w, [HEAD] + BODY[:2])
    w.page().grid(34, 60, [narrow, 76 - narrow, 160, 90, 90], [[""] + row for row in BODY[2:]])
    sheet = read_pdf(w.save(tmp_path / f"窄列{narrow}.pdf")).sheets[0]
    rows = _values(sheet)
    assert rows[-2:] == [["20106", "财政事务", "60.00", "20.00"], ["2010601", "行政运行", "60.00", "20.00"]]
    (r, c), = [k for k, cell in sheet.cells.items() if cell.value == "行政运行"]
    assert sheet.origins[(r, c)].page == 2
    assert c == (2 if carried else 3)  # page 1's 科目名称 column, or column 3 of a table whose column 1 is the narrow one


def test_a_narrow_column_whose_middle_is_on_the_first_parts_right_rule(tmp_path):
    """The mirror case: page 2's grid ends 6 pt further right with a 12 pt empty column whose middle is exactly on
    page 1's right-hand rule, which belongs to the last column: the table carried over, its header printed again
    left out."""
    w = PdfWriter()
    _first_part(w, [HEAD] + BODY[:2])
    w.page().grid(40, 60, [70, 160, 90, 84, 12], [row + [""] for row in [HEAD] + BODY[2:]])
    sheet = read_pdf(w.save(tmp_path / "右窄列.pdf")).sheets[0]
    rows = _values(sheet)
    assert rows.count(HEAD) == 1
    assert rows[-2:] == [["20106", "财政事务", "60.00", "20.00"], ["2010601", "行政运行", "60.00", "20.00"]]


def test_a_paragraph_of_several_lines_is_one_cell_in_column_a(tmp_path):
    """Running text wrapped over two lines is one paragraph, and one cell of the text sheet: column A of its row,
    as `Paragraph.cell` says, with the paragraph's box as its origin."""
    w = PdfWriter()
    p = w.page()
    p.text(72, 100, "一、部门主要职能。本部门负责全区财政收支的管理，", 10)
    p.text(72, 115, "以及预算的编制与执行。", 10)
    book = read_pdf(w.save(tmp_path / "两行.pdf"))
    (para,) = book.paragraphs
    sheet = next(s for s in book.sheets if s.name == para.sheet)
    assert para.cell == "A1"
    assert [(k, c.value) for k, c in sheet.cells.items()] == [((1, 1), para.text)]
    assert para.text.startswith("一、部门主要职能") and para.text.endswith("执行。")
    assert sheet.origins[(1, 1)] == para.origin and para.origin.bbox[:3] == (72.0, 100.0, 312.0)  # both lines' box
