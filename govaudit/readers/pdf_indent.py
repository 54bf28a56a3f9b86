"""How far a table's labels are indented (issue 9, p2): a PDF prints a name's level as its place in the cell.

A table printing no 科目编码 shows its levels by indenting the names (类 at the cell's left margin, 款 two characters
in, 项 four), as a workbook does with full-width spaces or the cell format's indent (Excel's 增加缩进量). The print
drops the spaces: only the first glyph's place is left. Each label cell gets the indent a workbook's cell would have,
in characters (Cell.indent: recognize.tables.label_indent counts one a full-width space), measured from the column's
left margin: the least offset of the column's left-aligned labels from its left rule, over the table's parts so far
(a continued part may hold no 类 row). A centred label (a header word, a 合计 row's) and a figure get none.
"""

from __future__ import annotations

from govaudit.readers.pdf_common import FIGURE
from govaudit.readers.pdf_grid import group_lines
from govaudit.text import norm

CENTRED = 0.6  # characters: a label whose left and right margins differ by less than this is centred in its cell
LEAST = 0.5  # characters: a label this much further in than the column's margin is indented
STOP = 0.5  # points: labels starting this close to each other (from their cells' left rules) start at one stop


def cell_indents(grid, col_map: list[int], margins: dict[int, float]) -> dict[int, int]:
    """{id(cell): indent in characters} for `grid`'s indented label cells; `margins`: the virtual column → the least
    left offset of its left-aligned labels in the table's parts laid out before (updated with this part's)."""
    by_col: dict[int, list] = {}
    for cell in grid.cells:
        if not cell.chars or cell.col != cell.col2 or FIGURE.match(norm(cell.text)):
            continue
        line = group_lines(cell.chars, 0.5)[0]  # (a wrapped label: its first line)
        size = max(ch.height for ch in line)
        if size > 0:
            by_col.setdefault(col_map[cell.col], []).append(
                (cell, line[0].x0 - cell.bbox[0], cell.bbox[2] - line[-1].x1, size))
    out = {}
    for col, placed in by_col.items():
        # left-aligned: nearer its left rule than its right one, or starting where a label of another width starts
        # (an indented name as far from both rules as a centred word would be, '　　　　机关事业单位职业年金缴费支出')
        # or running to its right margin (the column's widest name, as wide as the column allows)
        least_right = min(right for _c, _l, right, _s in placed)
        lefts = [(cell, left, size) for cell, left, right, size in placed
                 if left + CENTRED * size <= right or right <= least_right + STOP or any(
                     abs(o_left - left) <= STOP and abs(o_right - right) >= CENTRED * size
                     for _c, o_left, o_right, _s in placed)]
        if not lefts:
            continue
        margin = margins[col] = min([left for _c, left, _s in lefts] + [margins.get(col, float("inf"))])
        for cell, left, size in lefts:
            level = round((left - margin) / size)
            if left - margin >= LEAST * size and level > 0:
                out[id(cell)] = level
    return out


def line_indents(run, spans: list[list[float]]) -> None:
    """Each line of an unruled table's run gets its pieces' indents (Line.indents, in characters), measured from
    its column's left edge (`spans`, the table's columns, inherited by a part continued from the page before): a
    piece alone in its column, no figure, starting at a stop where a piece of another width in that column starts
    too, or running to the column's right edge (left-aligned names; a centred word starts where no other does)."""
    stops: dict[int, list] = {}
    for line in run:
        if not line.columns:
            continue
        for piece, (c1, c2) in zip(line.pieces, line.columns):
            if c1 == c2 and not FIGURE.match(norm(piece.text)):
                stops.setdefault(c1, []).append((piece.bbox[0], piece.bbox[2], line.height))
    for line in run:
        if not line.columns or len(line.columns) != len(line.pieces):
            continue
        levels = []
        for piece, (c1, c2) in zip(line.pieces, line.columns):
            x0, x1, size, level = piece.bbox[0], piece.bbox[2], line.height, 0
            if c1 == c2 and size > 0 and x0 - spans[c1][0] >= LEAST * size and (x1 >= spans[c1][1] - STOP or any(
                    abs(a - x0) <= STOP and abs(b - x1) >= CENTRED * size for a, b, _s in stops.get(c1, ()))):
                level = round((x0 - spans[c1][0]) / size)
            levels.append(level)
        line.indents = levels if any(levels) else None
