"""Tables a page's visible box cuts (issue #9, session 29): a /CropBox (or a /MediaBox narrower than what was drawn)
that ends inside a table leaves its right-hand columns unprinted — a viewer shows the table without them, and the
reader reads only what is shown (pdf_page._outside). A table that lost columns cannot be judged: its totals no
longer equal its shown parts (false TBL201/TBL301/TBL401 before). Such a table is set aside (BGC006), saying so.

The evidence is the text layer: figures' characters standing past the page's left or right edge, level with one of the
table's rows of figures (pdf_page._beyond notes their heights as the page is displayed). Such a row of the sheet
marks its table (the caller's unsure_tables), never a guess at what the cut columns held. Rows without a figure are
no evidence: the cut part of a header cell, left outside the grid whose last rule is cut off, may read as a line of
its own under the table, taken into the next table's title."""

from __future__ import annotations

from govaudit.readers.pdf_common import FIGURE
from govaudit.text import norm

SLACK = 2.0  # points: a cut character's middle this far above or below a row's cells is still that row's


def cut_runs(pages, sheet) -> list[tuple[int, int, str]]:
    """(first row, last row, why) of each run of consecutive rows of `sheet` (read from one page) that hold a figure
    and a cell level with text running past that page's side."""
    beyond = {p.number: p.beyond for p in pages if p.beyond}
    if not beyond:
        return []
    level: dict[int, int] = {}  # row → its page
    for (row, _col), o in sheet.origins.items():
        ys = beyond.get(o.page) if o is not None and o.bbox is not None else None
        if ys and row not in level and any(o.bbox[1] - SLACK <= y <= o.bbox[3] + SLACK for y in ys):
            level[row] = o.page
    rows = sorted({r for (r, _c), c in sheet.cells.items()
                   if r in level and isinstance(c.value, str) and FIGURE.match(norm(c.value))})
    runs: list[tuple[int, int, str]] = []
    for r in rows:
        if runs and runs[-1][1] == r - 1 and level[runs[-1][0]] == level[r]:
            runs[-1] = (runs[-1][0], r, runs[-1][2])
        else:
            runs.append((r, r, f"第{level[r]}页的表格超出了页面的显示区域（裁剪框），右侧的列没有印出"))
    return runs
