"""Ruled tables in a PDF: the grid the rules draw, its merged cells, each cell's text (issue 14: these kill the
mutants of readers/pdf_grid.py). Checked on the reader's output, so that a change of the grid code's insides
does not break them.

Pages are written with tests/pdf_writer.py (lines 0.5 pt wide: PDFium's box of a stroked line reaches 0.5 pt past
its ends). Cell boxes come from the rules, so they are exact; a glyph's box may differ a little with the fallback
font, so only where text starts is asserted."""

from __future__ import annotations

import pytest

from govaudit.readers.pdf import TABLES_SHEET, TEXT_SHEET, read_pdf
from pdf_writer import PdfWriter


def _cells(sheet):
    return [(k, c.value) for k, c in sorted(sheet.cells.items())]


def _framed_pdf(tmp_path):
    """A table framed with its title and unit in a top band and a note in a bottom band, on one page with a
    one-column table, a table whose full-width top row is one word, a box round a stamp character, an underline
    with ticks, and two tables side by side."""
    w = PdfWriter()
    p = w.page()
    p.grid(60, 60, [150, 100, 100], [["", "", ""], ["项目", "决算数", "预算数"],
                                      ["工资福利支出", "1,234.50", "-"], ["合计", "(12.30)", "0.00"], ["", "", ""]],
           merges=[(0, 0, 0, 2), (4, 0, 4, 2)], row_h=20)
    p.text(150, 62, "支出决算表", 9)  # two lines in the top band: a title frame, not a row
    p.text(64, 72, "单位：万元", 7)
    p.text(64, 146, "注：本表", 7)  # one line with a wide gap in the bottom band: a note
    p.text(300, 146, "单位：万元", 7)
    p.line(60, 161, 410, 161)  # a double rule under the table, 1 pt below its bottom line
    p.grid(60, 200, [100], [[""], ["甲"]], row_h=24)  # one column: its top row of two lines stays a row
    p.text(62, 202, "一行", 8)
    p.text(62, 212, "二行", 8)
    p.grid(300, 200, [60, 60], [["合计", ""], ["乙", "2"]], merges=[(0, 0, 0, 1)])  # a one-line top row stays
    p.grid(60, 300, [200], [["ab cd  ef"], ["中 文"]], row_h=24)
    p.line(60, 400, 75, 400)  # a box 15 pt wide round one character: no table
    p.line(60, 410, 75, 410)
    p.line(60, 400, 60, 410)
    p.line(75, 400, 75, 410)
    p.text(62, 402, "印", 8)
    p.line(100, 400, 200, 400)  # an underline with 5 pt ticks: no table
    p.line(100, 400, 100, 405)
    p.line(200, 400, 200, 405)
    p.grid(300, 500, [60, 60], [["甲", "1"], ["乙", "2"]])  # side by side: the left one first
    p.grid(60, 500, [60, 60], [["丙", "3"], ["丁", "4"]])
    return read_pdf(w.save(tmp_path / "框.pdf"))


def test_table_cells_merges_and_text_bands(tmp_path):
    book = _framed_pdf(tmp_path)
    (sheet,) = book.sheets
    assert sheet.name == TABLES_SHEET
    assert _cells(sheet) == [
        ((1, 1), "支出决算表"), ((2, 1), "单位：万元"),
        ((3, 1), "项目"), ((3, 2), "决算数"), ((3, 3), "预算数"),
        ((4, 1), "工资福利支出"), ((4, 2), "1,234.50"), ((4, 3), "-"),
        ((5, 1), "合计"), ((5, 2), "(12.30)"), ((5, 3), "0.00"),
        ((6, 1), "注：本表"), ((6, 2), "单位：万元"),
        ((7, 1), "一行二行"), ((8, 1), "甲"),
        ((9, 1), "合计"), ((10, 1), "乙"), ((10, 2), "2"),
        ((11, 1), "ab cd ef"), ((12, 1), "中文"),
        ((13, 1), "印"),
        ((14, 1), "丙"), ((14, 2), "3"), ((15, 1), "丁"), ((15, 2), "4"),
        ((16, 1), "甲"), ((16, 2), "1"), ((17, 1), "乙"), ((17, 2), "2")]
    assert sheet.merged == [(9, 1, 9, 2)]
    boxes = {k: (o.page, o.bbox) for k, o in sheet.origins.items() if o.paragraph is None}
    assert boxes[(3, 1)] == (1, (60.0, 80.0, 210.0, 100.0))  # the title band is gone: the header is row 1
    assert boxes[(5, 3)] == (1, (310.0, 120.0, 410.0, 140.0))  # …and the note band (and the double rule)
    assert boxes[(7, 1)] == (1, (60.0, 200.0, 160.0, 224.0))
    assert boxes[(9, 1)] == boxes[(9, 2)] == (1, (300.0, 200.0, 420.0, 218.0))
    assert boxes[(11, 1)] == (1, (60.0, 300.0, 260.0, 324.0))
    assert boxes[(14, 2)] == (1, (120.0, 500.0, 180.0, 518.0)) and boxes[(17, 2)] == (1, (360.0, 518.0, 420.0, 536.0))
    assert [(p.text, p.cell) for p in book.paragraphs] == [
        ("支出决算表", "A1"), ("单位：万元", "A2"), ("注：本表 单位：万元", "A6"), ("印", "A13")]
    assert sheet.origins[(1, 1)].bbox[:2] == (150.0, 62.0) and sheet.origins[(6, 2)].bbox[:2] == (300.0, 146.0)


def test_merged_cells_of_a_header(tmp_path):
    """Header cells merged across columns and down rows: one value in the top-left cell, every covered cell
    pointing at the merged cell's box."""
    w = PdfWriter()
    p = w.page()
    rows = [["科目编码", "", "科目名称", "本年支出"], ["类", "款", "", ""], ["201", "06", "财政事务", "10.00"]]
    p.grid(60, 100, [40, 40, 150, 80], rows, merges=[(0, 0, 0, 1), (0, 2, 1, 2), (0, 3, 1, 3)])
    sheet = read_pdf(w.save(tmp_path / "合并.pdf")).sheets[0]
    assert _cells(sheet) == [((1, 1), "科目编码"), ((1, 3), "科目名称"), ((1, 4), "本年支出"), ((2, 1), "类"),
                             ((2, 2), "款"), ((3, 1), "201"), ((3, 2), "06"), ((3, 3), "财政事务"), ((3, 4), "10.00")]
    assert sorted(sheet.merged) == [(1, 1, 1, 2), (1, 3, 2, 3), (1, 4, 2, 4)]
    assert sheet.origins[(1, 2)].bbox == sheet.origins[(1, 1)].bbox == (60.0, 100.0, 140.0, 118.0)
    assert sheet.origins[(2, 3)].bbox == (140.0, 100.0, 290.0, 136.0)
    assert sheet.origins[(2, 4)].bbox == (290.0, 100.0, 370.0, 136.0)
    assert sheet.origins[(2, 2)].bbox == (100.0, 118.0, 140.0, 136.0)


def _open_corners(tmp_path, v_short: float, h_short: float):
    """One row of two cells whose vertical rules stop v_short points before the horizontal ones (or these
    h_short before the outer vertical ones)."""
    w = PdfWriter()
    p = w.page()
    for y in (100, 140):
        p.line(72 + h_short, y, 272 - h_short, y)
    for x in (72, 172, 272):
        p.line(x, 100 + v_short, x, 140 - v_short)
    p.text(74, 104, "项目名称", 9)
    p.text(174, 104, "决算金额", 9)
    p.text(74, 124, "甲", 9)
    p.text(230, 124, "15.00", 9)
    return read_pdf(w.save(tmp_path / f"角{v_short}-{h_short}.pdf"))


@pytest.mark.parametrize("v_short, h_short", [(2.0, 0.0), (0.0, 2.0)])
def test_rules_that_stop_just_short_of_a_corner_still_meet(tmp_path, v_short, h_short):
    """A stroke's box reaches 0.5 pt past its end, and rules within 1.5 pt of meeting meet: 2.0 pt short is
    a table, each cell's two lines read as one string."""
    sheet = _open_corners(tmp_path, v_short, h_short).sheets[0]
    assert sheet.name == TABLES_SHEET
    assert _cells(sheet) == [((1, 1), "项目名称甲"), ((1, 2), "决算金额15.00")]
    assert sheet.origins[(1, 2)].bbox == (172.0, 100.0, 272.0, 140.0)


@pytest.mark.parametrize("v_short, h_short", [(2.1, 0.0), (0.0, 2.1)])
def test_rules_that_do_not_meet_are_no_table(tmp_path, v_short, h_short):
    book = _open_corners(tmp_path, v_short, h_short)
    (sheet,) = book.sheets
    assert sheet.name == TEXT_SHEET
    assert _cells(sheet) == [((1, 1), "项目名称"), ((1, 2), "决算金额"), ((2, 1), "甲"), ((2, 2), "15.00")]
    assert [p.text for p in book.paragraphs] == ["项目名称 决算金额", "甲 15.00"]


def test_a_cells_lines_join_in_reading_order(tmp_path):
    """Characters written out of order (right half first, second line before the first) read top to bottom,
    left to right; a label wrapped in a tall cell, and a header printed one character per line, are one string."""
    w = PdfWriter()
    p = w.page()
    p.grid(60, 100, [40, 160, 80], [["", "", ""], ["", "", ""]], row_h=60)
    for k, ch in enumerate("项目名称"):  # one character per line, 12 pt apart
        p.text(70, 104 + 12 * k, ch, 9)
    p.text(102 + 36, 124, "支出", 9)  # second line first, then the first line's right half, then its left half
    p.text(102 + 36, 110, "事务", 9)
    p.text(102, 110, "一般公共", 9)
    p.text(102, 124, "服务", 9)
    p.text(264, 112, "1,234.56", 9)
    p.text(72, 170, "2", 9)
    p.text(62, 174.5, "3", 9)  # 4.5 pt lower (half a line) and to the left: the same line, read first
    p.text(62, 180, "4", 9)  # 10 pt lower than the line's first character: a line of its own
    sheet = read_pdf(w.save(tmp_path / "序.pdf")).sheets[0]
    assert _cells(sheet) == [((1, 1), "项目名称"), ((1, 2), "一般公共事务服务支出"), ((1, 3), "1,234.56"),
                             ((2, 1), "324")]


@pytest.mark.parametrize("apart, rows", [
    (2.0, [((1, 2), "金额", (172.0, 100.0, 272.0, 118.0)), ((2, 2), "1.00一", (172.0, 118.0, 272.0, 136.0))]),
    (2.9, [((1, 2), "金额", (172.0, 100.0, 272.0, 119.5)), ((2, 2), "1.00一", (172.0, 119.5, 272.0, 136.0))]),
    (3.0, [((1, 2), "金额", (172.0, 100.0, 272.0, 118.0)), ((3, 2), "1.00一", (172.0, 121.0, 272.0, 136.0))]),
])
def test_a_double_rule_is_one_edge_up_to_three_points_apart(tmp_path, apart, rows):
    """A double rule under the header: lines up to 2 pt apart are drawn as one line (where the first is); less
    than 3 pt apart they are one edge, midway; 3 pt apart they bound a (thin, empty) row. A mark centred on the table's top-left or bottom-right corner belongs to that corner's cell."""
    w = PdfWriter()
    p = w.page()
    p.grid(72, 100, [100, 100], [["项目", "金额"], ["甲", "1.00"]])
    p.line(72, 118 + apart, 272, 118 + apart)
    p.text(267, 131, "一")  # centre (272, 136): on the right rule and on the bottom rule
    p.text(67, 95, "二")  # centre (72, 100): on the left rule and on the top rule
    sheet = read_pdf(w.save(tmp_path / f"双线{apart}.pdf")).sheets[0]
    assert sheet.get(1, 1).value == "二项目"
    assert [(k, c.value, sheet.origins[k].bbox) for k, c in sorted(sheet.cells.items()) if k[1] == 2] == rows


def test_a_one_column_table_alone_on_a_page(tmp_path):
    """Two vertical rules are enough for a table: a ruled list of one column."""
    w = PdfWriter()
    w.page().grid(72, 100, [200], [["一般公共服务支出"], ["教育支出"], ["科学技术支出"]])
    book = read_pdf(w.save(tmp_path / "一列.pdf"))
    (sheet,) = book.sheets
    assert sheet.name == TABLES_SHEET and book.paragraphs == []
    assert [(k, c.value, sheet.origins[k].bbox) for k, c in sorted(sheet.cells.items())] == [
        ((1, 1), "一般公共服务支出", (72.0, 100.0, 272.0, 118.0)), ((2, 1), "教育支出", (72.0, 118.0, 272.0, 136.0)),
        ((3, 1), "科学技术支出", (72.0, 136.0, 272.0, 154.0))]


def test_rules_drawn_cell_by_cell_with_a_little_jitter_are_one_rule(tmp_path):
    """Excel prints each cell's borders on their own; a column's pieces of a rule may sit a fraction of a point off
    the others' (here the middle column's 0.3 pt lower). The pieces are still one rule: every cell is read."""
    w = PdfWriter()
    p = w.page()
    xs, ys = [60, 160, 260, 360], [100, 118, 136]
    for y in ys:
        for j in range(3):
            off = 0.3 if j == 1 else 0.0
            p.line(xs[j], y + off, xs[j + 1], y + off)
    for x in xs:
        p.line(x, ys[0], x, ys[-1])
    for i, row in enumerate([["项目", "决算数", "预算数"], ["工资福利支出", "1,234.50", "1,200.00"]]):
        for j, text in enumerate(row):
            p.text(xs[j] + 2, ys[i] + 4, text, 9)
    (sheet,) = read_pdf(w.save(tmp_path / "逐格.pdf")).sheets
    assert _cells(sheet) == [((1, 1), "项目"), ((1, 2), "决算数"), ((1, 3), "预算数"),
                             ((2, 1), "工资福利支出"), ((2, 2), "1,234.50"), ((2, 3), "1,200.00")]
    assert not sheet.merged


def test_tables_side_by_side_read_left_first_whatever_their_rows(tmp_path):
    """Two tables side by side with the same top: the left one first, even when its first row is the taller."""
    w = PdfWriter()
    p = w.page()
    p.grid(300, 100, [60, 60], [["乙项目", "2.00"], ["丁项目", "4.00"]], row_h=18)
    p.grid(60, 100, [60, 60], [["甲项目", "1.00"], ["丙项目", "3.00"]], row_h=30)
    (sheet,) = read_pdf(w.save(tmp_path / "并排.pdf")).sheets
    assert [c.value for _k, c in sorted(sheet.cells.items())] == [
        "甲项目", "1.00", "丙项目", "3.00", "乙项目", "2.00", "丁项目", "4.00"]


def test_two_band_frames_give_their_title_and_note_back_as_text(tmp_path):
    """A frame of two bands, its title and unit in the top band over a one-row table, and a one-row table over a
    note band: the text band is given back as lines (the table keeps its one row)."""
    w = PdfWriter()
    p = w.page()
    p.grid(60, 60, [150, 100, 100], [["", "", ""], ["工资福利支出", "1,234.50", "1,200.00"]], merges=[(0, 0, 0, 2)],
           row_h=20)
    p.text(150, 62, "支出决算表", 9)
    p.text(64, 72, "单位：万元", 7)
    p.grid(60, 200, [150, 100, 100], [["商品和服务支出", "34.50", "30.00"], ["", "", ""]], merges=[(1, 0, 1, 2)],
           row_h=20)
    p.text(64, 222, "注：本表", 7)
    p.text(300, 222, "单位：万元", 7)
    (sheet,) = read_pdf(w.save(tmp_path / "两带.pdf")).sheets
    assert _cells(sheet) == [
        ((1, 1), "支出决算表"), ((2, 1), "单位：万元"), ((3, 1), "工资福利支出"), ((3, 2), "1,234.50"),
        ((3, 3), "1,200.00"), ((4, 1), "商品和服务支出"), ((4, 2), "34.50"), ((4, 3), "30.00"), ((5, 1), "注：本表"),
        ((5, 2), "单位：万元")]


def test_an_empty_full_width_top_row_stays_a_row(tmp_path):
    """A blank merged row on top of a table holds no text to give back: it stays the table's first row."""
    w = PdfWriter()
    w.page().grid(60, 60, [150, 100, 100], [["", "", ""], ["项目", "决算数", "预算数"],
                                            ["工资福利支出", "1,234.50", "1,200.00"]], merges=[(0, 0, 0, 2)], row_h=20)
    (sheet,) = read_pdf(w.save(tmp_path / "空行.pdf")).sheets
    assert _cells(sheet)[:3] == [((2, 1), "项目"), ((2, 2), "决算数"), ((2, 3), "预算数")]
    assert sheet.origins[(1, 1)].bbox == (60.0, 60.0, 410.0, 80.0)


def _framed_page(w: PdfWriter):
    """A page whose table's frame has an empty top band (merged over all three columns) for a title to sit in."""
    p = w.page()
    p.grid(60, 60, [150, 100, 100], [["", "", ""], ["项目", "决算数", "预算数"],
                                     ["工资福利支出", "1,234.50", "1,200.00"]], merges=[(0, 0, 0, 2)], row_h=20)
    return p


def test_a_top_band_of_two_lines_flush_left_is_given_back(tmp_path):
    """A frame's top band holding the title and the unit one under the other, both flush left (no gap between
    them across the page): two lines, so text, not a row."""
    w = PdfWriter()
    p = _framed_page(w)
    p.text(64, 62, "支出决算表", 9)
    p.text(64, 72, "单位：万元", 7)
    (sheet,) = read_pdf(w.save(tmp_path / "左齐.pdf")).sheets
    assert _cells(sheet)[:3] == [((1, 1), "支出决算表"), ((2, 1), "单位：万元"), ((3, 1), "项目")]


def test_a_letter_spaced_one_line_top_row_stays_a_row(tmp_path):
    """A merged top row of one line set letter-spaced (a character's width between characters, not a wide gap
    between two pieces of text): a row of the table, not a frame's text."""
    w = PdfWriter()
    w.page().grid(60, 60, [150, 100, 100], [["收　入　决　算", "", ""], ["项目", "决算数", "预算数"],
                                            ["工资福利支出", "1,234.50", "1,200.00"]], merges=[(0, 0, 0, 2)], row_h=20)
    (sheet,) = read_pdf(w.save(tmp_path / "字距.pdf")).sheets
    assert _cells(sheet)[:2] == [((1, 1), "收入决算"), ((2, 1), "项目")]
    assert sheet.origins[(1, 1)].bbox == (60.0, 60.0, 410.0, 80.0)


def test_a_flat_box_round_a_line_of_text_is_no_table(tmp_path):
    """A box under 8 pt tall (a fill-in field, a bar drawn round small print) is no table, however wide: its text
    stays running text."""
    w = PdfWriter()
    p = w.page()
    p.line(60, 100, 360, 100).line(60, 107, 360, 107).line(60, 100, 60, 107).line(360, 100, 360, 107)
    p.text(64, 101, "本表为空表，本单位无此项支出。", 5)
    book = read_pdf(w.save(tmp_path / "扁框.pdf"))
    assert [s.name for s in book.sheets] == [TEXT_SHEET]
    assert [q.text for q in book.paragraphs] == ["本表为空表，本单位无此项支出。"]


@pytest.mark.parametrize("width, height, table", [(300, 8, True), (300, 7.5, False), (20, 12, True), (19.5, 12, False)])
def test_the_smallest_box_that_is_a_table(tmp_path, width, height, table):
    """A ruled box at least 20 pt wide and 8 pt tall is a (one-cell) table; narrower or flatter, it is not."""
    w = PdfWriter()
    p = w.page()
    x1, y1 = 60 + width, 100 + height
    p.line(60, 100, x1, 100).line(60, y1, x1, y1).line(60, 100, 60, y1).line(x1, 100, x1, y1)
    p.text(61, 101, "印", 5)
    p.text(60, 200, "本表为空表，本单位无此项支出。", 10)
    book = read_pdf(w.save(tmp_path / "框.pdf"))
    assert (book.sheets[0].name == TABLES_SHEET) is table


def test_a_rule_drawn_in_pieces_with_small_gaps_is_one_rule(tmp_path):
    """The rule between two rows drawn in three strokes per column, 3 pt apart (2 pt between the strokes' boxes,
    which reach 0.5 pt past their ends): one rule, so each column keeps two cells. The middle strokes meet no
    vertical rule: only as part of the whole rule do they part the cells."""
    w = PdfWriter()
    p = w.page()
    xs, ys = [60, 160, 260], [100, 120, 140]
    for y in (ys[0], ys[2]):
        p.line(xs[0], y, xs[2], y)
    for x in xs:
        p.line(x, ys[0], x, ys[2])
    for x in xs[:2]:
        for a, b in ((0, 32), (35, 65), (68, 100)):
            p.line(x + a, ys[1], x + b, ys[1])
    for i, row in enumerate([["项目", "决算数"], ["工资福利支出", "1,234.50"]]):
        for j, text in enumerate(row):
            p.text(xs[j] + 2, ys[i] + 4, text, 9)
    (sheet,) = read_pdf(w.save(tmp_path / "断线.pdf")).sheets
    assert _cells(sheet) == [((1, 1), "项目"), ((1, 2), "决算数"), ((2, 1), "工资福利支出"), ((2, 2), "1,234.50")]
    assert not sheet.merged


@pytest.mark.parametrize("step", [1.5, 2.0])
def test_a_rule_stepping_down_a_little_in_each_column_is_one_edge(tmp_path, step):
    """The rule between two rows printed in three strokes (one a column, with gaps between them), each `step` pt
    lower than the last: strokes at most 2 pt from the next are one rule, so the three are one edge, at their mean
    (not two edges 3 pt apart with a thin row between, nor the first two's middle)."""
    w = PdfWriter()
    p = w.page()
    xs = [60, 160, 260, 360]
    for y in (80, 120):
        p.line(xs[0], y, xs[3], y)
    for x in xs:
        p.line(x, 80, x, 120)
    for k, (a, b) in enumerate(((60, 150), (155, 250), (255, 360))):
        p.line(a, 100 + k * step, b, 100 + k * step)
    for i, row in enumerate([["项目", "决算数", "预算数"], ["工资福利支出", "1,234.50", "1,200.00"]]):
        for j, text in enumerate(row):
            p.text(xs[j] + 2, 84 + i * 24, text, 9)
    (sheet,) = read_pdf(w.save(tmp_path / f"阶{step}.pdf")).sheets
    edge = 100 + step
    assert _cells(sheet) == [((1, 1), "项目"), ((1, 2), "决算数"), ((1, 3), "预算数"),
                             ((2, 1), "工资福利支出"), ((2, 2), "1,234.50"), ((2, 3), "1,200.00")]
    assert [sheet.origins[(r, 2)].bbox for r in (1, 2)] == [(160.0, 80.0, 260.0, edge), (160.0, edge, 260.0, 120.0)]


@pytest.mark.parametrize("gap, text", [(6.0, "ab12"), (6.5, "ab 12")])
def test_a_space_between_latin_words_from_a_gap_wider_than_six_tenths_of_their_height(tmp_path, gap, text):
    """Two Latin words (or numbers) in a cell in 10 pt type: a gap of 6 pt (0.6 of the height) is letter spacing,
    a wider one parts them with a space."""
    w = PdfWriter()
    p = w.page()
    p.grid(60, 100, [100, 100], [["项目", ""], ["编号", ""]], row_h=20)
    p.text(162, 104, "金额", 10)
    p.text(162, 124, "ab", 10)
    p.text(182 + gap, 124, "12", 10)
    (sheet,) = read_pdf(w.save(tmp_path / f"距{gap}.pdf")).sheets
    assert sheet.get(2, 2).value == text


@pytest.mark.parametrize("second_top, row", [(68.0, True), (68.5, False)])
def test_a_full_width_top_row_on_one_line_stays_a_row(tmp_path, second_top, row):
    """A merged top row whose characters' centres lie at most 0.6 of a character height apart (6 pt in 10 pt
    type: a word set a little lower) is one line: a row of the table; further apart it is two lines, a frame's
    text given back."""
    w = PdfWriter()
    p = _framed_page(w)
    p.text(150, 62, "收入决算表", 10)
    p.text(200, second_top, "单位万元", 10)
    book = read_pdf(w.save(tmp_path / f"顶{second_top}.pdf"))
    sheet = book.sheets[0]
    if row:
        assert _cells(sheet)[:2] == [((1, 1), "收入决算表单位万元"), ((2, 1), "项目")]
        assert book.paragraphs == []
    else:
        assert _cells(sheet)[:3] == [((1, 1), "收入决算表"), ((2, 1), "单位万元"), ((3, 1), "项目")]


@pytest.mark.parametrize("gap, row", [(30.0, True), (30.5, False)])
def test_a_full_width_bottom_row_with_a_gap_of_three_characters_stays_a_row(tmp_path, gap, row):
    """A merged bottom row of one line in 10 pt type: a gap of 30 pt (three character heights) between two words
    is spacing within a row of the table; a wider gap parts a note's two pieces, a frame's text given back."""
    w = PdfWriter()
    p = w.page()
    p.grid(60, 60, [150, 100, 100], [["项目", "决算数", "预算数"], ["工资福利支出", "1,234.50", "1,200.00"],
                                     ["", "", ""]], merges=[(2, 0, 2, 2)], row_h=20)
    p.text(64, 102, "本表", 10)
    p.text(84 + gap, 102, "单位万元", 10)
    book = read_pdf(w.save(tmp_path / f"底{gap}.pdf"))
    sheet = book.sheets[0]
    if row:
        assert _cells(sheet)[-1] == ((3, 1), "本表单位万元") and book.paragraphs == []
    else:
        assert _cells(sheet)[-2:] == [((3, 1), "本表"), ((3, 2), "单位万元")]  # a line of text in two pieces
        assert [q.text for q in book.paragraphs] == ["本表 单位万元"]


def test_a_top_band_whose_first_line_is_one_character_is_given_back(tmp_path):
    """A frame's top band: one character alone on the first line (附, for 附表), the title under it: two lines,
    given back as text however few characters the first has."""
    w = PdfWriter()
    p = _framed_page(w)
    p.text(200, 61, "附", 8)
    p.text(170, 70, "收入决算表", 9)
    book = read_pdf(w.save(tmp_path / "表号.pdf"))
    assert _cells(book.sheets[0])[:3] == [((1, 1), "附"), ((2, 1), "收入决算表"), ((3, 1), "项目")]


def test_a_column_rule_stepping_right_a_little_in_each_row_is_one_edge(tmp_path):
    """The rule between two columns printed in three strokes (one a row, with gaps between them), each 2 pt right
    of the last: one edge at their mean, and each stroke parts its row's two cells."""
    w = PdfWriter()
    p = w.page()
    ys = [100, 120, 140, 160]
    for y in ys:
        p.line(60, y, 260, y)
    for x in (60, 260):
        p.line(x, ys[0], x, ys[3])
    for k, (a, b) in enumerate(((100, 117), (122, 137), (142, 160))):
        p.line(158 + 2 * k, a, 158 + 2 * k, b)
    rows = [["项目", "决算数"], ["工资福利支出", "1,234.50"], ["商品和服务支出", "200.00"]]
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            p.text((62, 170)[j], ys[i] + 4, text, 9)
    book = read_pdf(w.save(tmp_path / "竖阶.pdf"))
    (sheet,) = book.sheets
    assert _cells(sheet) == [((i + 1, j + 1), t) for i, row in enumerate(rows) for j, t in enumerate(row)]
    assert not sheet.merged and book.paragraphs == []  # every row a row of the table, none given back as text
    assert [sheet.origins[(i, 1)].bbox for i in (1, 2, 3)] == [(60.0, y, 160.0, y + 20) for y in (100.0, 120.0, 140.0)]


def test_a_two_column_table_in_a_frame_gives_its_title_back(tmp_path):
    """A table of two columns (项目 | 金额) framed with its title and unit in a top band: the band is text."""
    w = PdfWriter()
    p = w.page()
    p.grid(60, 60, [150, 100], [["", ""], ["项目", "金额"], ["工资福利支出", "1,234.50"]], merges=[(0, 0, 0, 1)],
           row_h=20)
    p.text(100, 62, "支出决算表", 9)
    p.text(64, 72, "单位：万元", 7)
    book = read_pdf(w.save(tmp_path / "两列框.pdf"))
    assert _cells(book.sheets[0]) == [((1, 1), "支出决算表"), ((2, 1), "单位：万元"), ((3, 1), "项目"), ((3, 2), "金额"),
                                      ((4, 1), "工资福利支出"), ((4, 2), "1,234.50")]
    assert [q.text for q in book.paragraphs] == ["支出决算表", "单位：万元"]


@pytest.mark.parametrize("upper_end, lower_start, merged", [
    (118, 122, []), (116, 122, []), (118, 124, []), (116, 124, [(2, 1, 2, 2)])])
def test_a_double_rule_four_points_apart_where_the_column_rule_stops(tmp_path, upper_end, lower_start, merged):
    """A double rule 4 pt apart under the header bounds a thin empty row. The rule between the columns is drawn
    down to the upper line and on from the lower one: reaching within 1.5 pt of the thin row's middle (2 pt from
    either line; a stroke's box reaches 0.5 pt past its end) from either side, it parts that row's two cells;
    stopping 2 pt short of both lines, it does not (one cell across the row)."""
    w = PdfWriter()
    p = w.page()
    for y in (100, 118, 122, 140):
        p.line(60, y, 260, y)
    for x in (60, 260):
        p.line(x, 100, x, 140)
    p.line(160, 100, 160, upper_end)
    p.line(160, lower_start, 160, 140)
    for (x, y), text in zip([(62, 104), (162, 104), (62, 126), (162, 126)], ["项目名称", "决算金额", "工资福利支出", "1,234.00"]):
        p.text(x, y, text, 9)
    (sheet,) = read_pdf(w.save(tmp_path / f"双线竖{upper_end}-{lower_start}.pdf")).sheets
    assert _cells(sheet) == [((1, 1), "项目名称"), ((1, 2), "决算金额"), ((3, 1), "工资福利支出"), ((3, 2), "1,234.00")]
    assert sheet.merged == merged


@pytest.mark.parametrize("left_end, right_start, merged", [
    (160, 164, []), (158, 164, []), (160, 166, []), (158, 166, [(1, 2, 2, 2)])])
def test_a_double_column_rule_four_points_apart_where_the_row_rule_stops(tmp_path, left_end, right_start, merged):
    """The same across: a double rule 4 pt apart between two columns bounds a thin empty column; the rule between
    the rows, drawn up to the left line and on from the right one, parts the thin column's two cells when it
    reaches within 1.5 pt of the thin column's middle from either side."""
    w = PdfWriter()
    p = w.page()
    for x in (60, 160, 164, 264):
        p.line(x, 100, x, 140)
    for y in (100, 140):
        p.line(60, y, 264, y)
    p.line(60, 120, left_end, 120)
    p.line(right_start, 120, 264, 120)
    for (x, y), text in zip([(62, 104), (166, 104), (62, 124), (166, 124)], ["项目名称", "决算金额", "工资福利支出", "1,234.00"]):
        p.text(x, y, text, 9)
    (sheet,) = read_pdf(w.save(tmp_path / f"双线横{left_end}-{right_start}.pdf")).sheets
    assert _cells(sheet) == [((1, 1), "项目名称"), ((1, 3), "决算金额"), ((2, 1), "工资福利支出"), ((2, 3), "1,234.00")]
    assert sheet.merged == merged


def test_a_space_only_between_latin_words_in_a_cell_of_mixed_text(tmp_path):
    """Wide gaps in a cell of Chinese and Latin text: a space only where the gap parts two Latin words ('ab 12'),
    none where Chinese meets Latin ('编号ab') or Chinese meets Chinese."""
    w = PdfWriter()
    p = w.page()
    p.grid(60, 100, [200], [["项目"], [""]], row_h=20)
    p.text(62, 124, "编号", 10)
    p.text(102, 124, "ab", 10)
    p.text(142, 124, "12", 10)
    p.text(182, 124, "元", 10)
    p.text(212, 124, "整", 10)
    (sheet,) = read_pdf(w.save(tmp_path / "混排.pdf")).sheets
    assert sheet.get(2, 1).value == "编号ab 12元整"


def test_a_table_with_an_open_top_left_corner(tmp_path):
    """The stub's header cell left open (no rule above it or to its left, a common style): the table is read cell
    by cell, the open corner an empty cell of its own."""
    w = PdfWriter()
    p = w.page()
    xs, ys = [60, 160, 260, 360], [100, 120, 140, 160]
    p.line(160, 100, 360, 100)
    for y in ys[1:]:
        p.line(60, y, 360, y)
    p.line(60, 120, 60, 160)
    for x in xs[1:]:
        p.line(x, 100, x, 160)
    rows = [["", "决算数", "预算数"], ["工资福利支出", "1,234.50", "1,200.00"], ["商品和服务支出", "34.50", "30.00"]]
    for i, row in enumerate(rows):
        for j, text in enumerate(row):
            if text:
                p.text(xs[j] + 2, ys[i] + 4, text, 9)
    book = read_pdf(w.save(tmp_path / "开角.pdf"))
    (sheet,) = book.sheets
    assert _cells(sheet) == [((i + 1, j + 1), t) for i, row in enumerate(rows) for j, t in enumerate(row) if t]
    assert not sheet.merged and book.paragraphs == []
    assert sheet.origins[(3, 1)].bbox == (60.0, 140.0, 160.0, 160.0)
