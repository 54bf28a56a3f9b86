"""Text over a table's rules (readers/pdf_grid.py `_spilled_lines`/`_reassign`; issue 14: these kill the mutants
s5print's tests left): each threshold met exactly and passed a little, in small PDFs built here, asserting the cell
texts the reader gives. Text is 6 pt (a quarter of its height, the cut threshold, is 1.5 pt) unless said; rows are
10 pt from y = 100, two columns from x = 40 to 100 and 100 to 160."""

from __future__ import annotations

import pytest

from govaudit.readers.pdf_grid import find_grids
from govaudit.readers.pdf_page import read_pages
from pdf_writer import PageDraw, PdfWriter


def _read(tmp_path, draw):
    w = PdfWriter()
    draw(w.page())
    (grid,), outside = find_grids(read_pages(w.save(tmp_path / "表.pdf"))[0])
    return [c.text for c in grid.cells], "".join(c.text for c in outside)


def _pair_on_rule(p: PageDraw) -> None:
    """A three-row table; on the rule at 120 two characters that touch it by exactly a quarter of their height (甲
    from above, its centre in row 1; 乙 from below, its centre in row 2): close enough to read as one line, but no
    rule cuts them, so each stays where its centre is — unless its column is read again as a whole."""
    p.grid(40, 100, [60, 60], [["", "1.00"], ["", "2.00"], ["", "3.00"]], row_h=10, size=6)
    p.text(42, 115.5, "甲", 6)  # bottom 121.5 = 120 + 1.5
    p.text(50, 118.5, "乙", 6)  # top 118.5 = 120 - 1.5


APART = ["", "1.00", "甲", "2.00", "乙", "3.00"]


def test_text_touching_a_rule_by_a_quarter_of_its_height_stays_where_its_centre_is(tmp_path):
    assert _read(tmp_path, _pair_on_rule) == (APART, "")


@pytest.mark.parametrize(("top", "size", "text"), [
    (95.0, 6, "丁"),  # above the table, 1 pt over its top frame (less than a quarter of its height)
    (95.5, 6, "丁"),  # exactly a quarter over the top frame
    (93.0, 6, "丁"),  # 1 pt above the frame, not touching it
    (128.5, 6, "丁"),  # below the table, exactly a quarter over its bottom frame
    (131.0, 6, "丁"),  # 1 pt below the bottom frame
    (80.0, 10, "表名")])  # a title well above the table
def test_a_character_just_outside_the_frame_is_not_the_tables_text(tmp_path, top, size, text):
    """A character outside the table that its frame does not cut by more than a quarter of its height is no text
    spilt out of the table: it stays outside, and its column is not read again (the pair on the rule stays apart)."""
    def draw(p: PageDraw):
        _pair_on_rule(p)
        p.text(42, top, text, size)
    assert _read(tmp_path, draw) == (APART, text)


def test_a_character_cut_by_the_frame_has_its_column_read_again(tmp_path):
    """Cut 2 pt over the top frame (more than a quarter): the column is read again as a whole — the pair on the rule
    becomes one line, in the row holding its middle — and the character, centred on no cell, stays outside."""
    def draw(p: PageDraw):
        _pair_on_rule(p)
        p.text(42, 96.0, "丁", 6)
    assert _read(tmp_path, draw) == (["", "1.00", "", "2.00", "甲乙", "3.00"], "丁")


def test_a_wrapped_header_spilt_over_the_frame_at_its_corners(tmp_path):
    """A header wrapped in a 9 pt row, its first line over the top frame; the first line's centre exactly on the
    table's left (科) and right (金) frame: still the table's, taken back into its cell."""
    def draw(p: PageDraw):
        p.grid(40, 100, [60, 60], [["", ""], ["甲", "1.00"]], row_h=9, size=6)
        p.text(37, 96.75, "科", 6)  # centre x = 40, y = 99.75: outside, cut by the frame
        p.text(42, 106.25, "目", 6)
        p.text(157, 96.75, "金", 6)  # centre x = 160
        p.text(102, 106.25, "额", 6)
    assert _read(tmp_path, draw) == (["科目", "金额", "甲", "1.00"], "")


def test_a_word_set_low_over_the_frame_above_a_centred_cell_stays_outside(tmp_path):
    """单位 cut by the top frame (2.5 pt over it) above a cell whose own text is centred: it would only put the cell's
    text off centre, so it is not the cell's (the frame parts the table from the text above it)."""
    def draw(p: PageDraw):
        p.grid(40, 100, [60, 60], [["项目", "年度"], ["甲", "1.00"]], row_h=10, size=6)
        p.text(102, 96.5, "单位", 6)
    assert _read(tmp_path, draw) == (["项目", "年度", "甲", "1.00"], "单位")


@pytest.mark.parametrize(("first", "second", "column"), [
    (105.5, 114.0, ["甲", "乙", "", "丙"]),  # 甲 over the rule below it by exactly a quarter: not cut, stays
    (106.0, 114.0, ["", "甲乙", "", "丙"]),  # 2 pt over it: cut, and 乙's row is better centred with it
    (100.5, 108.5, ["甲", "乙", "", "丙"]),  # 乙 over the rule above it by exactly a quarter: not cut, stays
    (100.5, 108.0, ["甲乙", "", "", "丙"])])  # 2 pt over it: cut, goes up to 甲
def test_a_rule_cuts_a_line_that_runs_over_it_by_more_than_a_quarter_of_its_height(tmp_path, first, second, column):
    """Rows 0 and 1 of a column hold 甲 and 乙 apart, one of them reaching over the rule at 110 between them; 丙 further
    down, on the rule at 130, has the column read again. A cut line goes to the cell it centres best; a line the rule
    does not cut stays in the cell of its centre."""
    def draw(p: PageDraw):
        p.grid(40, 100, [60, 60], [["", "1.00"], ["", "2.00"], ["", "3.00"], ["", "4.00"]], row_h=10, size=6)
        p.text(42, first, "甲", 6)
        p.text(42, second, "乙", 6)
        p.text(42, 127.0, "丙", 6)  # centred on the rule at 130: stays in the row below (a tie)
    texts, outside = _read(tmp_path, draw)
    assert texts[0::2] == column and outside == ""


@pytest.mark.parametrize(("second", "cells"), [
    (104.5, ["甲乙", "1.00", "", "2.00", "一行二行", "3.00", "", "4.00"]),  # overlap exactly 0.2 × 5 pt: two lines
    (104.25, ["甲乙", "1.00", "一行", "2.00", "", "3.00", "二行", "4.00"])])  # 1.25 pt: no reading; centres decide
def test_two_lines_of_a_cell_may_overlap_by_a_fifth_of_their_height(tmp_path, second, cells):
    """Two 5 pt words in the first row, the second printed 1 pt (a fifth of their height) over the first: still two
    lines of one cell, so the column can be read with the wrapped pair below it in one row; more overlap, and no
    reading keeps every cell's lines apart, so the centres decide (test_pdf_print has the same with 2.5 pt)."""
    def draw(p: PageDraw):
        p.grid(40, 100, [60, 60], [["", "1.00"], ["", "2.00"], ["", "3.00"], ["", "4.00"]], row_h=9, size=6)
        p.text(42, 100.5, "甲", 5)
        p.text(42, second, "乙", 5)
        for k, part in enumerate(("一行", "二行")):  # wrapped in row 2, spilling over both its rules
            p.text(42, 118 + (9 - 15.5) / 2 + k * 9.5, part, 6)
    assert _read(tmp_path, draw) == (cells, "")
