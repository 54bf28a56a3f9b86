"""Where a blank cell of a PDF's virtual sheet would be printed (lead s29).

A PDF's virtual sheet keeps a page and box only for what is printed. A rule may judge a cell left blank (a required
绩效自评表 cell: PRF202 '必填项未填写'), and an unruled or 三线 print has no box there: the finding named the virtual cell
('表格!F14'), which no reader of the PDF can find. The blank cell is where its row and its column cross: the row's
height (the printed cells of its virtual row, on their page) and the width of the nearest printed cell of its column
on that page; with no printed cell in the column there, the row's whole width.
"""

from __future__ import annotations

from govaudit.readers.base import Origin


def blank_origin(origins: dict, rc: tuple[int, int]) -> Origin | None:
    """The page and box of the blank cell `rc` of a PDF's virtual sheet, or None (not a PDF's, or nothing printed on
    its row)."""
    r, c = rc
    row = [o for (rr, _cc), o in origins.items() if rr == r and o.page is not None and o.bbox is not None]
    if not row:
        return None
    page = row[0].page
    row = [o for o in row if o.page == page]
    top, bottom = min(o.bbox[1] for o in row), max(o.bbox[3] for o in row)
    column = [(abs(rr - r), o) for (rr, cc), o in origins.items()
              if cc == c and o.page == page and o.bbox is not None]
    if column:
        near = min(column, key=lambda t: t[0])[1]
        x0, x1 = near.bbox[0], near.bbox[2]
    else:
        x0, x1 = min(o.bbox[0] for o in row), max(o.bbox[2] for o in row)
    return Origin(page=page, bbox=(x0, top, x1, bottom))
