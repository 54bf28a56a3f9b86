"""A continued table's part whose cell spans several of the first part's columns (a label merged across them).

A spreadsheet's last rows printed alone on the next page ("结转下年资金", "支出合计" merged over the 功能科目名称 |
金额 | 项目名称 columns of a 收支预算总表, 江苏 省人大办公厅 2017 p.9) have no rules for the columns that no row on that
page parts: the part's grid has fewer, wider columns. Each column is matched to the first part's by its centre,
which puts a wide label into the middle column it covers (a 金额 column), and the row's label is lost. A cell of
words whose left and right edges are both column rules of the first part covers exactly those columns, as printed:
it is laid out merged over them, its text in the first, like the merged cell it was. Figures keep their column.
"""

from __future__ import annotations

from govaudit.readers.base import Cell
from govaudit.readers.pdf_common import EDGE
from govaudit.readers.pdf_grid import Grid


def spread_wide_labels(layout, grid: Grid, start: int, skip: int, col_map: list[int]) -> None:
    """`grid` was just laid out from virtual row `start` (its band 0) with `col_map` (layout: readers.pdf._Layout)."""
    state = layout.table
    head, head_map, sheet = state.head, state.head_map, layout.tables
    for cell in grid.cells:
        if cell.row < skip or not any("\u4e00" <= ch <= "\u9fff" for ch in cell.text):
            continue  # words only: a figure or a dash keeps the column its centre is in
        k1, k2 = _edge(head.xs, grid.xs[cell.col]), _edge(head.xs, grid.xs[cell.col2 + 1])
        if k1 is None or k2 is None or k2 - k1 < 2:
            continue  # not exactly over two or more of the first part's columns
        c1, c2 = head_map[k1], head_map[k2 - 1]
        was1, was2 = col_map[cell.col], col_map[cell.col2]
        if (c1, c2) == (was1, was2) or not c1 <= was1 <= was2 <= c2:
            continue
        r1, r2 = start + cell.row, start + cell.row2
        if any((r, c) in sheet.cells for r in range(r1, r2 + 1) for c in range(c1, c2 + 1) if (r, c) != (r1, was1)):
            continue  # something else already laid out there
        moved = sheet.cells.pop((r1, was1), None)
        if moved is None:
            continue
        origin = sheet.origins[(r1, was1)]
        if (r1, was1, r2, was2) in sheet.merged:
            sheet.merged.remove((r1, was1, r2, was2))
        sheet.cells[(r1, c1)] = Cell(r1, c1, moved.value)
        for r in range(r1, r2 + 1):
            for c in range(c1, c2 + 1):
                sheet.origins[(r, c)] = origin
        sheet.merged.append((r1, c1, r2, c2))


def _edge(xs: list[float], x: float) -> int | None:
    return next((k for k, e in enumerate(xs) if abs(e - x) <= EDGE), None)
