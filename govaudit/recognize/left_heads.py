"""A heading printed at the left of a wide column whose figures stand at its right (a spreadsheet's defaults: text
left-aligned, numbers right-aligned; a clerk widens the columns before printing, LibreOffice prints them so): read
from the print, the heading and the figures are two columns, the heading's empty below it and the figures' with no
heading, and the table was set aside ('figures under no amount column', 江苏式 预算 prints). The figures' column
takes the heading when the print shows them under it: each figure ends right of where the heading starts and left of
where the next heading to the right starts. Only printed tables (cells with a page box): a workbook's cells are its
own columns."""

from __future__ import annotations

from govaudit.recognize.grid import Block, is_numeric_cell


def give_heads_to_figures(block: Block, header_rows: list[int], paths: dict[int, list[str]]) -> None:
    """paths (column -> heading words, from tables.header_paths) changed in place: a column of figures with no
    heading takes the heading of the column just left of it when that column holds nothing below its heading and
    every figure stands inside the heading's printed reach (see the module's docstring)."""
    origins = block.sheet.origins
    last = header_rows[-1]
    below: dict[int, list] = {}
    for r in block.row_numbers():
        if r > last:
            for cell in block.rows[r]:
                if cell.value not in (None, ""):
                    below.setdefault(cell.col, []).append(cell)
    for c in sorted(paths):
        if paths[c] or not paths.get(c - 1) or (c - 1) in below or not below.get(c):
            continue
        figures = below[c]
        if not all(is_numeric_cell(cell) for cell in figures):
            continue
        head = [origins.get((r, c - 1)) for r in header_rows]
        starts = [o.bbox[0] for o in head if o is not None and o.bbox is not None]
        boxes = [origins.get((cell.row, c)) for cell in figures]
        if not starts or any(o is None or o.bbox is None for o in boxes):
            continue  # (not printed, or not sure where)
        # the next heading to the right, on any heading row: the figures end before it starts
        nxt = [o.bbox[0] for r in header_rows for (rr, cc), o in origins.items()
               if rr == r and cc > c and o is not None and o.bbox is not None and paths.get(cc)]
        reach = min(nxt, default=float("inf"))
        if all(min(starts) < o.bbox[2] <= reach + 1 for o in boxes):
            paths[c], paths[c - 1] = paths[c - 1], []
