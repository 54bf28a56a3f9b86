"""Spreadsheet prints that used to be misread (README 版式变化测试, 尚未解决 …属 PDF 读取): each case a small PDF built
here, with the geometry LibreOffice gives a wide sheet fitted to the page (rows lower than two lines of text)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.readers.pdf_grid import find_grids
from govaudit.readers.pdf_page import Char, read_pages
from govaudit.readers.pdf_text import Line, mark_table_heads
from govaudit.recognize.disclosure import recognize
from pdf_writer import PageDraw, PdfWriter

DEPT = "部门：某区测试局"
UNIT = "金额单位：万元"
WIDTHS = [50, 70, 34, 34, 34]
LONG = ("其他政府办公厅（室）及", "相关机构事务支出")  # 其他政府办公厅（室）及相关机构事务支出, wrapped in a narrow cell
PENSION = ("机关事业单位基本养老保", "险缴费支出")
INCOME = [["科目编码", "科目名称", "本年收入合计", "财政拨款收入", "其他收入"],
          ["", "合计", "35.00", "35.00", "0.00"],
          ["201", "一般公共服务支出", "30.00", "30.00", "0.00"],
          ["20103", "政府办公厅（室）及相关机构事务", "30.00", "30.00", "0.00"],
          ["2010350", "事业运行", "10.00", "10.00", "0.00"],
          ["2010399", "".join(LONG), "20.00", "20.00", "0.00"],
          ["208", "社会保障和就业支出", "5.00", "5.00", "0.00"],
          ["20805", "行政事业单位养老支出", "5.00", "5.00", "0.00"],
          ["2080505", "".join(PENSION), "5.00", "5.00", "0.00"]]
SPENDING_HEAD = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]
SPENDING = [["", "合计", "35.00", "25.00", "10.00"],
            ["201", "一般公共服务支出", "30.00", "20.00", "10.00"],
            ["20103", ("政府办公厅（室）及相", "关机构事务"), "30.00", "20.00", "10.00"],
            ["2010350", "事业运行", "10.00", "10.00", "0.00"],
            ["2010399", LONG, "20.00", "10.00", "10.00"],
            ["208", "社会保障和就业支出", "5.00", "5.00", "0.00"],
            ["20805", "行政事业单位养老支出", "5.00", "5.00", "0.00"],
            ["2080505", PENSION, "5.00", "5.00", "0.00"]]  # the last row: its name spills out of the table
ROW_H, SIZE, PITCH = 9.0, 6.0, 9.5  # a row lower than two lines of text: a wrapped name spills over its rules


def _small_print(p: PageDraw, top: float, rows: list[list], widths=WIDTHS) -> float:
    """A ruled table in 6 pt type with 9 pt rows; a name given as two lines is printed centred on its row, as a
    spreadsheet prints a wrapped cell: its first line across the rule above, its second across the rule below and
    over the next row's text. Returns the table's bottom."""
    flat = [[v if isinstance(v, str) else "" for v in row] for row in rows]
    bottom = p.grid(40, top, widths, flat, row_h=ROW_H, size=SIZE)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            if isinstance(v, tuple):
                y = top + i * ROW_H + (ROW_H - (PITCH + SIZE)) / 2
                for k, part in enumerate(v):
                    p.text(40 + sum(widths[:j]) + 2, y + k * PITCH, part, SIZE)
    return bottom


def _spilled_pdf(tmp_path: Path) -> Path:
    w = PdfWriter()
    p1 = w.page()
    p1.text(230, 50, "收入决算表", 14)
    p1.text(40, 80, DEPT, 9)
    p1.text(400, 80, UNIT, 9)
    p1.grid(40, 100, [70, 200, 90, 90, 90], INCOME)
    p2 = w.page()
    p2.text(150, 50, "支出决算表", 10)
    p2.text(40, 70, DEPT, 6)
    p2.text(250, 70, UNIT, 6)
    # the first row: 本年支出合计 wrapped in its narrow column spills out of the table above it
    _small_print(p2, 80, [["科目编码", "科目名称", ("本年支出", "合计"), "基本支出", "项目支出"]] + SPENDING)
    return w.save(tmp_path / "折行溢出.pdf")


def test_a_wrapped_name_spilling_over_its_rules_stays_in_its_row(tmp_path):
    path = _spilled_pdf(tmp_path)
    (grid,), outside = find_grids(read_pages(path)[1])
    names = [c.text for c in grid.cells if c.col == 1]
    assert names == ["科目名称", "合计", "一般公共服务支出", "政府办公厅（室）及相关机构事务", "事业运行", "".join(LONG),
                     "社会保障和就业支出", "行政事业单位养老支出", "".join(PENSION)]
    assert [c.text for c in grid.cells if c.row == 0] == SPENDING_HEAD
    assert "".join(c.text for c in outside) == "支出决算表" + DEPT + UNIT  # nothing of the table left outside it
    t03 = recognize(read_workbook(path)).tables["03"]
    assert t03.row("2010399").label == "其他政府办公厅(室)及相关机构事务支出"  # (labels are normalised)
    assert t03.row("2010350").label == "事业运行" and t03.row("208").label == "社会保障和就业支出"
    assert t03.row("2080505").cells["basic"].value == Decimal("5.00")
    _status, findings = check_file(path, Options())
    assert [f for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []  # CMP006 was drawn


def _low_rows_pdf(tmp_path: Path) -> Path:
    """A wide sheet fitted to the page: 7 pt rows in 5 pt type, the title row ruled (title and 公开03表 in two
    cells), and the 合计 row set apart below blank unruled rows: two ruled boxes lower than 8 pt."""
    w = PdfWriter()
    p = w.page()
    p.grid(40, 40, WIDTHS, [["支出决算表", "", "", "", "公开03表"]], row_h=7, size=5, merges=[(0, 0, 0, 3)])
    p.text(40, 52, DEPT, 5)
    p.text(240, 52, UNIT, 5)
    rows = [SPENDING_HEAD] + [[v if isinstance(v, str) else "".join(v)[:8] for v in row] for row in SPENDING[1:]]
    bottom = p.grid(40, 60, WIDTHS, rows, row_h=7, size=5)
    p.grid(40, bottom + 30, WIDTHS, [SPENDING[0]], row_h=7, size=5)  # 合计
    return w.save(tmp_path / "低行.pdf")


def test_a_low_ruled_row_of_figures_is_a_table_row_a_low_ruled_title_is_text(tmp_path):
    path = _low_rows_pdf(tmp_path)
    grids, outside = find_grids(read_pages(path)[0])
    assert [g.n_rows for g in grids] == [8, 1]  # the table, and its 合计 row apart; the title row is no table
    assert "".join(c.text for c in outside).startswith("支出决算表公开03表")
    disclosure = recognize(read_workbook(path))
    total = disclosure.tables["03"].row("total")
    assert (total.cells["total"].value, total.cells["basic"].value, total.cells["project"].value) == (
        Decimal("35.00"), Decimal("25.00"), Decimal("10.00"))
    _status, findings = check_file(path, Options())
    assert [f for f in findings if f.severity.value != "info" and f.code != "CMP001"] == []


BODY = ("本部门收入支出决算的主要情况说明如下，各项数字均以万元为单位并保留两位小数，与表格中的数字一致，另有说明的"
        "除外；本部门的支出主要用于保障机关正常运转和完成年度重点工作任务，具体见下列各表所列的各项数字和相关说明，"
        "表中数字与说明不一致的以表为准，特此说明")
PER_LINE = 40  # characters of 10 pt type between the margins 60 and 460


def _body(p: PageDraw, top: float, text: str) -> float:
    for k in range(0, len(text), PER_LINE):
        p.text(60, top, text[k:k + PER_LINE], 10)
        top += 15
    return top


def _title_after_paragraph_pdf(tmp_path: Path, next_page: bool) -> Path:
    """A paragraph whose last line runs to the right margin, then 支出决算表's title in the body type, left-aligned:
    at the head of the next page, or on the same page at the usual line spacing."""
    w = PdfWriter()
    p = w.page()
    p.text(60, 60, "一、部门决算情况说明", 10)
    top = _body(p, 90, BODY[:PER_LINE * 3])
    if next_page:
        p = w.page()
        top = 60
    p.text(60, top, "支出决算表", 10)
    p.text(60, top + 20, DEPT, 9)
    p.text(380, top + 20, UNIT, 9)
    p.grid(60, top + 40, [70, 170, 60, 60, 60], [SPENDING_HEAD] + [
        [v if isinstance(v, str) else "".join(v) for v in row] for row in SPENDING], row_h=16)
    return w.save(tmp_path / "表名接段落.pdf")


@pytest.mark.parametrize("next_page", [True, False])
def test_a_table_title_right_after_a_paragraph_is_not_part_of_it(tmp_path, next_page):
    book = read_workbook(_title_after_paragraph_pdf(tmp_path, next_page))
    texts = [p.text for p in book.paragraphs]
    assert BODY[:PER_LINE * 3] in texts and "支出决算表" in texts
    t03 = recognize(book).tables["03"]
    assert t03.row("2080505").cells["basic"].value == Decimal("5.00")


def test_words_leading_into_a_table_stay_in_their_paragraph(tmp_path):
    """'…纳入编制范围的单位包括：' wrapped so that its last words stand alone right above the table they introduce."""
    w = PdfWriter()
    p = w.page()
    lead = BODY[:PER_LINE * 2 - 2] + "纳入编制范围的单位包括："  # the last line: 单位包括：
    top = _body(p, 60, lead)
    p.grid(60, top + 5, [40, 200, 100], [["序号", "单位名称", "备注"], ["1", "某区测试局（本级）", ""]])
    book = read_workbook(w.save(tmp_path / "引出表格.pdf"))
    assert lead in [p.text for p in book.paragraphs]


def _page(tmp_path: Path, draw) -> "Page":
    w = PdfWriter()
    draw(w.page())
    return read_pages(w.save(tmp_path / "页.pdf"))[0]


@pytest.mark.parametrize(("row", "is_table"), [
    (["合计", "12.00", "3.00"], True),  # two cells of figures: a table's row, however low
    (["合计", "12.00", ""], False),  # one figure: a caption in a box
    (["收入决算表", "", "公开02表"], False)])
def test_a_low_box_is_a_table_row_only_with_two_figures(tmp_path, row, is_table):
    page = _page(tmp_path, lambda p: p.grid(40, 100, [60, 40, 40], [row], row_h=7, size=5))
    grids, outside = find_grids(page)
    assert len(grids) == int(is_table)
    assert ("".join(c.text for c in outside) == "".join(row)) != is_table


def test_a_row_of_8_points_is_a_table_row_without_figures(tmp_path):
    page = _page(tmp_path, lambda p: p.grid(40, 100, [60, 40, 40], [["甲", "乙", "丙"]], row_h=8, size=5))
    (grid,), outside = find_grids(page)
    assert [c.text for c in grid.cells] == ["甲", "乙", "丙"] and outside == []


def _counted(monkeypatch):
    import govaudit.readers.pdf_grid as pdf_grid

    calls = []
    real = pdf_grid._reassign
    monkeypatch.setattr(pdf_grid, "_reassign", lambda cells, *a: calls.append(cells[0].col) or real(cells, *a))
    return calls


def test_only_columns_with_text_over_a_rule_are_read_again(tmp_path, monkeypatch):
    """Text touching a rule (a line 1 pt over it, a sixth of its height) is left to the centres: its column is not
    read again; the columns whose text a rule cuts are, once each."""
    calls = _counted(monkeypatch)

    def draw(p: PageDraw):
        p.grid(40, 100, [60, 60, 60], [["", "", "3.00"], ["", "", "4.00"], ["", "", "5.00"]], row_h=9, size=6)
        p.text(42, 100 - 1, "甲", 6)  # 1 pt over the top frame
        p.text(42, 109 + 4, "乙", 6)  # 1 pt over the rule below its row
        p.text(42, 118 + 0.5, "丙", 6)
        for k, part in enumerate(("一行", "二行")):  # column 2: a wrapped pair spilling over both rules of row 2
            p.text(102, 109 + (9 - 15.5) / 2 + k * 9.5, part, 6)
    grids, outside = find_grids(_page(tmp_path, draw))
    (grid,) = grids
    assert calls == [1]
    assert [c.text for c in grid.cells] == ["甲", "", "3.00", "乙", "一行二行", "4.00", "丙", "", "5.00"]
    assert outside == []


def test_a_line_on_a_rule_between_two_empty_cells_stays_below_it(tmp_path):
    """A tie (the line's middle exactly on the rule, neither cell holding other text): the centre decides, as before."""
    def draw(p: PageDraw):
        p.grid(40, 100, [60, 60], [["", "1.00"], ["", "2.00"]], row_h=10, size=6)
        p.text(42, 110 - 3, "甲", 6)
    (grid,), _outside = find_grids(_page(tmp_path, draw))
    assert [c.text for c in grid.cells] == ["", "1.00", "甲", "2.00"]


@pytest.mark.parametrize(("between", "apart"), [
    (["2019年度", DEPT], True),  # two short lines between the title and its table: it heads the table
    (["2019年度", DEPT, UNIT], False),  # three: too far to say
    (["本表数字，以万元为单位"], False)])  # running text between: the line above is no table's head
def test_a_line_heads_a_table_within_two_lines_of_no_running_text(tmp_path, between, apart):
    w = PdfWriter()
    p = w.page()
    top = _body(p, 60, BODY[:PER_LINE * 3])
    p.text(60, top, "支出决算表", 10)
    for k, text in enumerate(between):
        p.text(60, top + 40 * (k + 1), text, 10)  # (three line heights apart: no header line of the table)
    p.grid(60, top + 40 * (len(between) + 1), [70, 170], [["科目编码", "科目名称"], ["201", "一般公共服务支出"]])
    texts = [p.text for p in read_workbook(w.save(tmp_path / "表头.pdf")).paragraphs]
    assert (BODY[:PER_LINE * 3] in texts) == apart
    assert (BODY[:PER_LINE * 3] + "支出决算表" in texts) != apart


def _line(text: str, top: float, x0: float = 60.0) -> Line:
    return Line(1, [Char(ch, x0 + 10 * k, top, x0 + 10 * (k + 1), top + 10) for k, ch in enumerate(text)])


def test_lines_heading_a_table_level_with_it_and_above_its_header_lines():
    """A line level with a table's top heads it (pdf.py lays it out above the table); header lines with the table's
    columns count as the table, so a title two lines above them heads it too; lines below a table head nothing."""
    level = _line("金额单位：万元", 200.0, x0=400)
    title, year, dept, header, under = (_line("支出决算表", 100.0), _line("2019年度", 130.0), _line(DEPT, 160.0),
                                         _line("项目", 190.0), _line("说明", 300.0))
    header.columns = [(0, 1)]
    lines = [_line("收入决算表", 10.0), title, year, dept, header, level, under]  # and a table at 25 under the first
    mark_table_heads(lines, [25.0, 200.0])
    assert [ln.heads_table for ln in lines] == [True, True, True, True, True, True, False]
    lines = [_line("支出决算表", 100.0), _line("2019年度", 130.0), _line(DEPT, 160.0), _line(UNIT, 190.0)]
    mark_table_heads(lines, [200.0])
    assert [ln.heads_table for ln in lines] == [False, True, True, True]


def test_a_line_set_low_over_the_tables_frame_stays_outside(tmp_path):
    """'单位：万元' printed so low that the table's top frame cuts it: not the first row's text spilt out (which is
    centred in its cell without it), so it stays outside the table."""
    def draw(p: PageDraw):
        p.grid(40, 100, [60, 60], [["项目", ""], ["甲", "1.00"]], row_h=9, size=6)
        p.text(102, 100 - 3.5, "单位", 6)
        p.text(130, 100 - 2, "金额", 6)  # the first row's own word, printed high over the frame: it stays inside
    (grid,), outside = find_grids(_page(tmp_path, draw))
    assert [c.text for c in grid.cells] == ["项目", "金额", "甲", "1.00"]
    assert "".join(c.text for c in outside) == "单位"


def test_when_no_reading_keeps_a_cells_lines_apart_the_centres_decide(tmp_path):
    """Two words printed over each other in one cell (neither cut by a rule): every reading of the column has a cell
    whose lines overlap, so the wrapped pair below is left as the centres have it."""
    def draw(p: PageDraw):
        p.grid(40, 100, [60, 60], [["", "1.00"], ["", "2.00"], ["", "3.00"], ["", "4.00"]], row_h=9, size=6)
        p.text(40, 80, "表名", 10)
        p.text(42, 100.5, "甲", 6)
        p.text(42, 104, "乙", 6)
        for k, part in enumerate(("一行", "二行")):
            p.text(42, 118 + (9 - 15.5) / 2 + k * 9.5, part, 6)
    (grid,), outside = find_grids(_page(tmp_path, draw))
    assert [c.text for c in grid.cells] == ["甲乙", "1.00", "一行", "2.00", "", "3.00", "二行", "4.00"]
    assert "".join(c.text for c in outside) == "表名"
