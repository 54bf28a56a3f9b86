"""Column heads whose groups are not merged (recognize/tables.py header_paths, _fill_unmerged_groups, _boxed; issue
14: they kill the mutants of the lines changed since 6ff4457). A group's words stand in its first cell and the cells
beside it are blank when a workbook's merges were undone; they are filled only then, only under a real group, and on
a printed page only where each blank is a ruled box of its own."""

from __future__ import annotations

from govaudit.readers.base import Cell, Origin, Sheet, Workbook
from govaudit.recognize.disclosure import recognize
from recognize_books import book

DATA = [[None, "合计", 30, 15, 5, 10], ["201", "一般公共服务支出", 30, 15, 5, 10]]


def heads(d, kind="03"):
    return [(c.key, c.header) for c in d.tables[kind].columns]


def test_a_merge_on_the_group_row_leaves_the_blank_beside_it_blank(tmp_path):
    """基本支出 merged over its two sub-heads (a merge on one row only), 项目支出 printed in the lower row with the
    cell above it blank: the header keeps its merges, so that blank is no part of 基本支出."""
    rows = [["支出决算表"], ["科目编码", "科目名称", "本年支出合计", "基本支出", None, None],
            [None, None, None, "人员经费", "公用经费", "项目支出"], *DATA]
    d = book(tmp_path, ("a", rows, ["D2:E2"]))
    assert heads(d) == [("total", "本年支出合计"), ("basic.personnel", "基本支出/人员经费"),
                        ("basic.public", "基本支出/公用经费"), ("project", "项目支出")]


def test_a_merge_ending_on_the_lowest_head_row_leaves_the_header_as_it_is(tmp_path):
    """本年支出合计 merged down over both head rows (ending on the lowest): the same header as above."""
    rows = [["支出决算表"], ["科目编码", "科目名称", "本年支出合计", "基本支出", None, None],
            [None, None, None, "人员经费", "公用经费", "项目支出"], *DATA]
    d = book(tmp_path, ("a", rows, ["C2:C3"]))
    assert ("project", "项目支出") in heads(d)


def test_a_head_alone_in_the_upper_row_heads_no_column_beside_it(tmp_path):
    """Merges undone: 本年支出合计 stands alone (nothing under it); 基本支出 and 项目支出 printed in the lower row
    beside it are not under it."""
    rows = [["支出决算表"], ["科目编码", "科目名称", "本年支出合计", None, None],
            [None, None, None, "基本支出", "项目支出"], [None, "合计", 30, 20, 10], ["201", "一般公共服务支出", 30, 20, 10]]
    d = book(tmp_path, ("a", rows))
    assert heads(d) == [("total", "本年支出合计"), ("basic", "基本支出"), ("project", "项目支出")]


# ---------------------------------------------------------------- a printed page: boxes of their own

X0, W = 50.0, 40.0


def _printed(gap: float) -> Workbook:
    """A PDF's 支出决算表 with ruled boxes: 基本支出 in its box, the box beside it drawn empty and starting `gap` pt
    to the left of the first box's right edge (0: the two boxes share the rule)."""
    s = Sheet(name="第1页")
    grid = [["支出决算表"], ["科目编码", "科目名称", "本年支出合计", "基本支出", "", "项目支出"],
            ["", "", "", "人员经费", "公用经费", ""], *DATA]
    for r, values in enumerate(grid, start=1):
        for c, v in enumerate(values, start=1):
            if v not in (None, ""):
                s.cells[(r, c)] = Cell(r, c, v)
            if r in (2, 3):  # every head cell a ruled box, filled or not
                x0 = X0 + W * (c - 1) - (gap if (r, c) == (2, 5) else 0)
                s.origins[(r, c)] = Origin(page=1, bbox=(x0, 100.0 + 20 * r, X0 + W * c, 120.0 + 20 * r))
    return Workbook(path="doc.pdf", sheets=[s], kind="pdf", paragraphs=[])


def test_a_blank_box_overlapping_its_neighbour_by_half_a_point_is_a_box_of_its_own():
    d = recognize(_printed(0.5))
    assert ("basic.public", "基本支出/公用经费") in heads(d)


def test_a_blank_box_reaching_further_under_its_neighbour_is_not_a_box_of_its_own():
    # all or nothing: the blank is not filled, nor is any other
    d = recognize(_printed(0.6))
    assert [h for _k, h in heads(d)] == ["本年支出合计", "基本支出/人员经费", "公用经费", "项目支出"]
