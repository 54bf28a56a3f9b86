"""A cell merged down over a page break, as LibreOffice prints it: one cell, not two.

LibreOffice draws a merged cell that a page break cuts as two boxes, each open at the break (no rule along the foot
of the first part, none along the head of the second), while the cells beside it that end at the break are ruled
there. Its text is laid out once over the whole merge and clipped to each part: it stands in the part holding the
merge's middle, with at most a clipped sliver of it ('济' of '经济效益指标', '、' of '四、年度绩效…') in the other,
and the part without it is an empty box. Read as two cells, the rows above the break lose their group: a
绩效自评表's '效益指标（30）' printed on the next page left its 二级指标 at the foot of the page under the 产出指标
before it (a false PRF101/PRF108). The two parts are made one merged cell holding the text.

Only where the break is ruled in some columns and open in others: a table with no rule across the break at all
(a row printed across it, or a print without rules there) says nothing of merges.
"""

from __future__ import annotations

from govaudit.readers.base import Sheet
from govaudit.readers.pdf_grid import Grid
from govaudit.text import norm


def join_open_cells(sheet: Sheet, prev: Grid, prev_top: int, prev_map: list[int], grid: Grid, top: int,
                    col_map: list[int]) -> None:
    """`prev`: the table's part laid out before, its band 0 at virtual row `prev_top`, its columns at `prev_map`;
    `grid`: the part on the next page, its band 0 at virtual row `top`, its columns at `col_map`."""
    if not prev.open_bottom or not grid.open_top:
        return
    if len(prev.open_bottom) == prev.n_cols or len(grid.open_top) == grid.n_cols:
        return  # no rule across the break at all: nothing tells a merged cell from two rows
    last = prev.n_rows - 1
    feet = {(prev_map[c.col], prev_map[c.col2]): c for c in prev.cells
            if c.row2 == last and all(j in prev.open_bottom for j in range(c.col, c.col2 + 1))}
    for cell in grid.cells:
        if cell.row != 0 or not all(j in grid.open_top for j in range(cell.col, cell.col2 + 1)):
            continue
        c1, c2 = col_map[cell.col], col_map[cell.col2]
        foot = feet.get((c1, c2))
        if foot is None:
            continue
        upper, lower = (prev_top + foot.row, c1), (top, c1)
        bottom = top + cell.row2
        a = sheet.cells.get(upper)
        b = sheet.cells.get(lower)
        ta, tb = norm(a.value) if a else "", norm(b.value) if b else ""
        if ta and tb and ta not in tb and tb not in ta:
            a.value = a.value + b.value  # lines of one tall text on both sides of the break
            keep = a
        elif tb and (not ta or (ta in tb and ta != tb)):
            keep = b  # the text stands in the lower part (the upper one empty, or holding a sliver of it)
        else:
            keep = a
        if keep is b:
            b.row, b.col = upper
            sheet.cells[upper] = b
            sheet.origins[upper] = sheet.origins.get(lower, sheet.origins.get(upper))
        sheet.cells.pop(lower, None)
        sheet.merged[:] = [m for m in sheet.merged if (m[0], m[1]) not in (upper, lower)]
        sheet.merged.append((upper[0], c1, bottom, c2))
