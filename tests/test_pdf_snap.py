"""Pieces of one ruling line drawn a hair apart (100.96 and 101.04) are one line, wherever they fall: collinear
pieces are joined by the distance between their positions, not by fixed buckets of positions, whose edge (at 101
for 2-point buckets) could cut a rule in pieces; a piece left alone between two rows then parted nothing and two
columns of a tall row were read as one cell (readers/pdf_grid._merge, issue 9)."""

from __future__ import annotations

from pathlib import Path

from govaudit.readers.pdf_grid import _merge, find_grids
from govaudit.readers.pdf_page import Segment, read_pages
from pdf_writer import PdfWriter


def _lines(pieces):
    return sorted((s.pos, s.a, s.b) for s in _merge([Segment(False, *p) for p in pieces]))


def test_pieces_either_side_of_a_bucket_edge_are_one_line():
    pieces = [(100.96, 0, 18), (101.04, 18, 36), (100.96, 36, 54), (101.04, 54, 72), (100.96, 200, 240)]
    assert _lines(pieces) == [(100.96, 0, 72), (100.96, 200, 240)]  # (the lower table's rule meets none of them)
    # the same in any order, and at any place on the page
    for shift in (0.0, 0.04, 0.5, 1.0, 1.5):
        moved = [(p + shift, a, b) for p, a, b in reversed(pieces)]
        assert [(a, b) for _p, a, b in _lines(moved)] == [(0, 72), (200, 240)], shift


def test_near_rules_that_do_not_meet_or_lie_apart_stay_apart():
    # a column rule 1.7 pt from the rule of a table lower on the page: they do not meet, two lines
    assert _lines([(100.0, 0, 100), (101.7, 200, 300)]) == [(100.0, 0, 100), (101.7, 200, 300)]
    # more than SNAP apart: two lines, even where they overlap
    assert _lines([(100.0, 0, 100), (102.5, 50, 150)]) == [(100.0, 0, 100), (102.5, 50, 150)]
    # pieces a few points apart along the line (a gap within SNAP) are one line; a wider gap parts them
    assert _lines([(50.0, 0, 10), (50.5, 11.5, 20), (50.0, 30, 40)]) == [(50.0, 0, 20), (50.0, 30, 40)]
    # a double border (1.8 pt apart) is one line
    assert _lines([(100.0, 0, 50), (101.8, 0, 50)]) == [(100.0, 0, 50)]
    # of two lines a piece meets, it joins the nearer in position
    assert _lines([(100.0, 0, 50), (103.5, 0, 50), (102.0, 40, 90)]) == [(100.0, 0, 50), (103.5, 0, 90)]
    assert _lines([(100.0, 0, 50), (103.5, 0, 50), (101.5, 40, 90)]) == [(100.0, 0, 90), (103.5, 0, 50)]
    # on a tie, the lower position
    assert _lines([(100.0, 0, 50), (103.0, 0, 50), (101.5, 40, 90)]) == [(100.0, 0, 90), (103.0, 0, 50)]
    # exactly SNAP apart is near enough, the piece reached first above or below
    assert _lines([(102.0, 0, 50), (100.0, 40, 90)]) == [(102.0, 0, 90)]
    assert _lines([(100.0, 0, 50), (102.0, 40, 90)]) == [(100.0, 0, 90)]
    # a line that ended long before is passed over, and a line still open beyond it found
    assert _lines([(100.0, 0, 10), (102.6, 0, 100), (101.0, 50, 60)]) == [(100.0, 0, 10), (102.6, 0, 100)]


def _tall_row_pdf(tmp_path: Path) -> Path:
    # a table whose second row is tall, its first column rule drawn in three pieces at 100.96, 101.04, 100.96 (the
    # middle piece touching no row rule), and a table lower on the page with a column rule at 100.96
    w = PdfWriter()
    p = w.page()
    for y in (100, 118, 218):
        p.line(60, y, 300, y)
    for x in (60, 200, 300):
        p.line(x, 100, x, 218)
    p.line(100.96, 100, 100.96, 118)
    p.line(100.96, 118, 100.96, 160)
    p.line(101.04, 160, 101.04, 175)
    p.line(100.96, 175, 100.96, 218)
    p.text(64, 104, "科目", 9).text(104, 104, "金额", 9).text(204, 104, "备注", 9)
    p.text(64, 160, "201", 9).text(150, 160, "40.00", 9)
    for y in (300, 318, 336):
        p.line(60, y, 300, y)
    for x in (60, 100.96, 200, 300):
        p.line(x, 300, x, 336)
    p.text(64, 304, "项目", 9).text(64, 322, "合计", 9).text(150, 322, "40.00", 9)
    return w.save(tmp_path / "分段竖线.pdf")


def test_a_rule_drawn_in_pieces_a_hair_apart_parts_the_cells_of_a_tall_row(tmp_path):
    grids, _outside = find_grids(read_pages(_tall_row_pdf(tmp_path))[0])
    assert len(grids) == 2
    top = grids[0]
    assert top.n_cols == 3 and top.n_rows == 2
    assert [(c.row, c.col, c.row2, c.col2, c.text) for c in top.cells if c.row == 1] == [
        (1, 0, 1, 0, "201"), (1, 1, 1, 1, "40.00"), (1, 2, 1, 2, "")]
