"""Mutation tests (issue 14, session 8) for the PDF reader: the survivors of the runs on readers/pdf_strips.py (a wide
table printed in column strips) and on the lines of readers/pdf.py changed since c790a13 (contents pages, the group
header laid out again in the next page's finer columns, `_refine_head`). Each test builds a small PDF and asserts
what is read: the rows and their figures, the merges, whether a strip was joined, read on its own or set aside."""

from __future__ import annotations

from pathlib import Path

import test_pdf_split_rows as sr
from govaudit.readers import read_workbook
from pdf_writer import PdfWriter, column_strips, sheet_rows
from test_pdf_strips import CUT, HEAD, META, TITLE, WIDTHS, X0, _body

BODY = _body(other_201="10.00")  # every row adds up
JOINED_201 = [(1, "201"), (2, "一般公共服务支出"), (3, "100.00"), (4, "60.00"), (5, "0.00"), (6, "30.00"), (7, "0.00"),
              (8, "0.00"), (9, "10.00")]
PART_201 = [(1, "201"), (2, "一般公共服务支出"), (3, "100.00"), (4, "60.00")]
STRIP = [r[CUT:] for r in [HEAD] + BODY]

# ---------------------------------------------------------------------------------------------------------------
# pdf_strips


def test_a_grid_level_with_the_part_on_the_left_and_exactly_the_tolerance_wider_is_no_strip(tmp_path):
    # the part's rules at 20 … 360; the grid's at 20 … 366: both edges within 6 pt (EDGE) of the part's, so it is
    # the table carried over (or a new one), never laid out beside the part's rows
    w = PdfWriter()
    _p1, p2 = column_strips(w, TITLE, META, WIDTHS, [HEAD] + BODY, CUT, x0=X0)
    p2.ops.clear()
    p2.text(60, 30, TITLE, 14)
    p2.grid(X0, 100, [70.0, 70.0, 70.0, 70.0, 66.0], STRIP)
    rows = sheet_rows(w.save(tmp_path / "右宽6.pdf"))
    assert PART_201 in rows
    assert not any((5, "上级补助收入") in r for r in rows)
    assert any(t == "上级补助收入" for r in rows for _c, t in r)  # read, not dropped


def test_a_strip_of_a_table_with_nothing_printed_above_it_is_joined(tmp_path):
    # no title, no 部门 or unit line: the row above the table is empty (no unit line to carry over)
    w = PdfWriter()
    w.page().grid(X0, 100, WIDTHS[:CUT], [r[:CUT] for r in [HEAD] + BODY])
    w.page().grid(X0, 100, WIDTHS[CUT:], STRIP)
    path = w.save(tmp_path / "无标题.pdf")
    rows = sheet_rows(path)
    assert rows[0] == [(c, t) for c, t in enumerate(HEAD, start=1)]
    assert JOINED_201 in rows
    assert read_workbook(path).sheets[0].cut_tables == []


def test_a_line_far_above_the_strip_is_not_its_unit_line(tmp_path):
    # "2023年度" printed high on the strip's page (far more than 2.5 line heights above it): not the right-hand end
    # of the line above the table; the unit just above the strip still is
    w = PdfWriter()
    _p1, p2 = column_strips(w, TITLE, META, WIDTHS, [HEAD] + BODY, CUT, x0=X0)
    p2.text(X0, 20, "2023年度", 9)
    rows = sheet_rows(w.save(tmp_path / "远行.pdf"))
    assert [(1, META), (5, "金额单位：万元")] in rows
    assert JOINED_201 in rows
    w = PdfWriter()
    _p1, p2 = column_strips(w, TITLE, META, WIDTHS, [HEAD] + BODY, CUT, x0=X0, unit=None)
    p2.text(X0, 20, "2023年度", 9)
    rows = sheet_rows(w.save(tmp_path / "只有远行.pdf"))
    assert [(1, META)] in rows
    assert not any(t == "2023年度" for r in rows for _c, t in r)
    assert JOINED_201 in rows


def test_a_unit_line_exactly_two_and_a_half_line_heights_above_the_strip_is_its_unit_line(tmp_path):
    # "单位：万元" in 8 pt is read 8 pt high: its foot at 80, the strip's top at 100 (2.5 line heights: HEADER_GAP)
    # is still the right-hand end of the line above the table; 1 pt higher it is not
    for top, carried in ((72.0, True), (71.0, False)):
        w = PdfWriter()
        _p1, p2 = column_strips(w, TITLE, META, WIDTHS, [HEAD] + BODY, CUT, x0=X0, unit=None)
        p2.text(X0, top, "单位：万元", 8)
        rows = sheet_rows(w.save(tmp_path / f"单位{top:g}.pdf"))
        assert ([(1, META), (5, "单位：万元")] in rows) is carried, top
        assert ([(1, META)] in rows) is not carried, top
        assert JOINED_201 in rows


def _split_strips(tmp_path: Path) -> Path:
    """收入决算表 printed over, then down, from a Word table whose rows break across pages: page 1 the codes, names
    and two amounts of the header and first rows, row 208 broken at its foot (test_pdf_split_rows); page 2 their
    事业收入 and 其他收入 (a strip, rows as high); page 3 the rest of row 208 and the last rows; page 4 their strip."""
    widths = [5 * sr.SIZE + 2 * sr.PAD] * 2
    head = [["事业收入", ""], ["其他收入", ""]]

    def strip_row(lines: int, values=("0.00", "0.00")):
        return [[v] + [""] * (lines - 1) for v in values]

    w = PdfWriter()
    p1 = w.page()
    sr._heading(p1, 60)
    first = [[list(h) for h in sr.HEADER]] + sr._rows(sr.BODY)
    social = sr._rows([sr.SOCIAL])[0]
    sr._table(p1, 110, first + [[[lines[0]] for lines in social]])
    p2 = w.page()
    p2.text(120, 60, TITLE, 14)
    sr._table(p2, 110, [head] + [strip_row(max(len(x) for x in row)) for row in first[1:]] + [strip_row(1)],
              widths=widths)
    p3 = w.page()
    p3.text(120, 60, TITLE, 14)
    rest = [lines[1:] for lines in social]
    part = [rest] + sr._rows(sr.REST)
    sr._table(p3, 110, part)
    p4 = w.page()
    p4.text(120, 60, TITLE, 14)
    sr._table(p4, 110, [strip_row(2, ("", ""))] + [strip_row(max(len(x) for x in row)) for row in part[1:]],
              widths=widths)
    return w.save(tmp_path / "断行分栏.pdf")


def test_the_next_strip_beside_a_part_that_begins_with_the_rest_of_a_broken_row_is_set_aside(tmp_path):
    # page 3's first band is the rest of row 208 (joined to that row on page 1): the part's bands and the rows
    # no longer correspond one to one, so the strip on page 4 is not laid out beside them but set aside whole
    path = _split_strips(tmp_path)
    rows = sheet_rows(path)
    assert [(1, "201"), (2, "一般公共服务支出"), (3, "40.00"), (4, "40.00"), (5, "0.00"), (6, "0.00")] in rows
    assert [(1, "208"), (2, "社会保障和就业支出"), (3, "155.17"), (4, "155.17"), (5, "0.00"), (6, "0.00")] in rows
    assert [(1, "20801"), (2, "人力资源和社会保障管理事务"), (3, "155.17"), (4, "155.17")] in rows
    assert [(1, "2080101"), (2, "行政运行"), (3, "155.17"), (4, "155.17")] in rows
    assert [page for _r1, _r2, page in read_workbook(path).sheets[0].cut_tables] == [4]


# ---------------------------------------------------------------------------------------------------------------
# pdf.py: the hooks and lines changed since c790a13


def test_a_wide_label_below_a_repeated_header_row_is_spread_in_its_own_row(tmp_path):
    # 收支预算总表 (test_mutation_s7_pdf's first part, three header rows) continued on page 2 under its first header
    # row printed again (收入 | 支出, left out); 支出合计 is printed over the first part's 金额 and 项目名称 columns:
    # merged over them in the row it stands in (not one row off, counted from the repeated header's bands)
    from test_mutation_s7_pdf import _spans
    path, sheet = _spans(tmp_path, "重复表头跨列.pdf", [70.0, 60.0, 110.0, 140.0, 60.0],
                         [["收入", "", "支出", "", ""], ["收入合计", "100.00", "支出小计", "支出合计", "100.00"]],
                         merges=[(0, 0, 0, 1), (0, 2, 0, 4)])
    rows = sheet_rows(path)
    assert rows.count([(1, "收入"), (3, "支出")]) == 1  # the repeated header row left out
    assert rows[-1] == [(1, "收入合计"), (2, "100.00"), (3, "支出小计"), (4, "支出合计"), (6, "100.00")]
    (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == "支出合计"]
    assert (r, 4, r, 5) in sheet.merged
    assert sheet.origins[(r, 5)].page == 2


def _contents_then_table(tmp_path: Path, beside_top: float) -> Path:
    """A contents page (目录 and three unruled entries), a ruled table of figures below them, and at the table's
    right, `beside_top` (level with its top, or inside its first row), a line of two pieces (部门 | 单位)."""
    from test_pdf_contents import ENTRIES, STORY
    pdf = PdfWriter()
    p = pdf.page()
    p.text(270, 80, "目录", size=16)
    for i, entry in enumerate(ENTRIES[:3]):
        p.text(70, 110 + 24 * i, entry, size=11)
    p.grid(70, 200, [200.0, 60.0], [["项目", "金额"], ["一般公共服务支出", "30.00"], ["教育支出", "12.00"]])
    p.text(360, beside_top, "部门：某单位", size=9)
    p.text(480, beside_top, "单位：万元", size=9)
    p2 = pdf.page()
    p2.text(70, 80, "二、单位预算编制说明", size=14)
    p2.text(70, 120, STORY[0], size=11)
    return pdf.save(tmp_path / f"目录旁{beside_top:g}.pdf")


def test_a_line_beside_the_first_row_of_a_table_below_the_contents_is_no_entry(tmp_path):
    # the contents end above the first ruled table: a line beside its first row is a line of its own, read a cell
    # per piece like any 部门/单位 line (an entry would be one cell of the contents paragraph)
    path = _contents_then_table(tmp_path, 204.0)
    texts = [p.text for p in read_workbook(path).paragraphs]
    assert texts[0] == "目录一、单位主要职能二、单位预算编制说明三、单位预算表"
    assert texts[1] == "部门：某单位 单位：万元"
    rows = sheet_rows(path)
    assert [(1, "一般公共服务支出"), (2, "30.00")] in rows
    assert [(1, "部门：某单位"), (2, "单位：万元")] in rows


def test_a_line_level_with_the_top_of_the_table_below_the_contents_is_no_entry(tmp_path):
    # its top exactly the table's top: not above the table, so not one of the contents' entries
    path = _contents_then_table(tmp_path, 200.0)
    texts = [p.text for p in read_workbook(path).paragraphs]
    assert texts[0] == "目录一、单位主要职能二、单位预算编制说明三、单位预算表"
    assert texts[1] == "部门：某单位 单位：万元"


def test_a_sentence_touching_the_contents_heading_keeps_the_ruled_table_below_a_table(tmp_path):
    # the sentence's top exactly the heading's foot (a 14 pt heading at 80 ends at 94): it stands between the
    # heading and the table, so the table is no contents page; it is read in its rows
    from test_pdf_contents import CONTENTS_ROWS, STORY
    pdf = PdfWriter()
    p = pdf.page()
    p.text(270, 80, "目录", size=14)
    p.text(70, 94, "本单位预算包括以下内容，详见各表。", size=11)
    p.grid(70, 140, [360.0, 60.0], CONTENTS_ROWS)
    p2 = pdf.page()
    p2.text(70, 80, "二、单位预算编制说明", size=14)
    p2.text(70, 120, STORY[0], size=11)
    path = pdf.save(tmp_path / "目录紧接句子.pdf")
    assert [(1, "3.2026年预算单位支出预算总表"), (2, "8")] in sheet_rows(path)
    texts = [q.text for q in read_workbook(path).paragraphs]
    assert texts[:2] == ["目录", "本单位预算包括以下内容，详见各表。"]
    assert not any(t.startswith("一、单位主要职能") for t in texts)
