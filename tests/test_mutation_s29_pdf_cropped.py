"""Issue 14, session 29 (mut): readers/pdf_cropped.cut_runs (tabfix s29) — which rows of a PDF's sheet a visible box
cuts, on a sheet laid out as the PDF reader lays one out (cells with their boxes on the page) and the pages' notes of
characters standing past their side (Page.beyond: the middles of those characters, as displayed)."""

from __future__ import annotations

from types import SimpleNamespace

from govaudit.readers.base import Cell, Origin, Sheet
from govaudit.readers.pdf_cropped import SLACK, cut_runs

WHY = "第{}页的表格超出了页面的显示区域（裁剪框），右侧的列没有印出"


def _sheet(rows: list[tuple[int, int, float, list]]) -> Sheet:
    """rows: (row, page, top, [cell texts]); each row 12 pt high, cells 80 pt wide from x = 50."""
    sheet = Sheet(name="表格")
    for row, page, top, texts in rows:
        for col, text in enumerate(texts, start=1):
            sheet.cells[(row, col)] = Cell(row=row, col=col, value=text)
            sheet.origins[(row, col)] = Origin(page=page, bbox=(50.0 + 80 * col, top, 130.0 + 80 * col, top + 12))
    return sheet


def _page(number: int, *ys: float):
    return SimpleNamespace(number=number, beyond=list(ys))


TABLE = [(1, 1, 100.0, ["项目", "合计"]), (2, 1, 112.0, ["一般公共服务支出", "120.00"]),
         (3, 1, 124.0, ["教育支出", "30.00"]), (4, 1, 136.0, ["合计", "150.00"])]


def test_no_page_with_characters_past_its_side_marks_nothing():
    assert cut_runs([_page(1)], _sheet(TABLE)) == []


def test_consecutive_rows_of_figures_level_with_cut_characters_are_one_run():
    """Characters past the side level with rows 2, 3 and 4 (one each): one run 2–4; the head row (no figure) is no
    evidence even with a character level with it."""
    got = cut_runs([_page(1, 106.0, 118.0, 130.0, 142.0)], _sheet(TABLE))
    assert got == [(2, 4, WHY.format(1))]


def test_a_gap_or_another_page_starts_a_new_run():
    rows = TABLE + [(5, 1, 160.0, ["住房保障支出", "5.00"]), (6, 2, 100.0, ["节能环保支出", "8.00"]),
                    (7, 2, 112.0, ["农林水支出", "9.00"])]
    pages = [_page(1, 118.0, 166.0), _page(2, 106.0, 118.0)]
    assert cut_runs(pages, _sheet(rows)) == [(2, 2, WHY.format(1)), (5, 5, WHY.format(1)), (6, 7, WHY.format(2))]
    rows = TABLE[:2] + [(3, 2, 100.0, ["教育支出", "30.00"])]  # (rows 2 and 3 consecutive, on two pages)
    assert cut_runs([_page(1, 118.0), _page(2, 106.0)], _sheet(rows)) == [(2, 2, WHY.format(1)), (3, 3, WHY.format(2))]


def test_a_character_within_slack_of_a_rows_cells_is_level_with_it_one_further_is_not():
    top, bottom = 112.0, 124.0
    for y, level in ((top - SLACK, True), (bottom + SLACK, True), (top - SLACK - 0.1, False),
                     (bottom + SLACK + 0.1, False)):
        rows = [(2, 1, top, ["一般公共服务支出", "120.00"])]
        got = cut_runs([_page(1, y)], _sheet(rows))
        assert got == ([(2, 2, WHY.format(1))] if level else []), (y, got)


def test_a_cell_of_no_box_is_no_evidence():
    sheet = _sheet(TABLE)
    sheet.origins[(2, 2)] = Origin(page=1)  # (placed by the reader with no box: a continued cell)
    sheet.origins[(2, 1)] = None
    assert cut_runs([_page(1, 118.0)], sheet) == []
