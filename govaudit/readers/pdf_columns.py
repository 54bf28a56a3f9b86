"""Pages printed in two text columns: the left column is read first, then the right one.

Lines are found across the whole page (pdf_text.page_lines), so on a two-column page a line of the left column
and the line beside it in the right column are read as one line, or alternate, and the paragraphs interleave.
A stretch of a page is in two columns when (all of these, so that tables and one-column pages are left alone):
- a gutter near the middle of the page parts its lines: most lines of the right column start at one edge there,
  and no line of the stretch runs across it (a title or note across the page ends the stretch);
- each side holds at least MIN_LINES lines of prose: one piece per line (a table's row has several), starting
  at the column's left edge (or indented from it), most of them running to the column's right edge (wrapped),
  and few digits;
- no ruled table lies beside or just below it.
Such a stretch's characters are grouped into lines again, column by column; each of its lines keeps its
column's margins, by which paragraphs are joined (a paragraph may run on from the foot of the left column to the
head of the right one).
"""

from __future__ import annotations

from collections import Counter

from govaudit.readers.pdf_grid import Grid
from govaudit.readers.pdf_page import Char
from govaudit.readers.pdf_text import Line, Margins, body_margins, page_lines

MIDDLE = (0.3, 0.7)  # the right column starts within this part of the page's width
MIN_LINES = 3  # lines of prose on each side of the gutter
SINGLE = 0.8  # at least this share of a column's lines are one piece each (prose, not a table's row)
FULL = 0.4  # at least this share of a column's lines run to its right edge (within 1.5 character heights)
ALIGNED = 0.7  # at least this share of a column's lines start at its left edge (or indented ≤ 2.5 characters)
MAX_DIGITS = 0.4  # at most this share of a column's characters are digits and number signs
NEAR_GRID = 3.0  # line heights: a line this close above a ruled table may be its header: never a column's
NUMBERISH = frozenset("0123456789.,%-()（）．，")


def split_columns(page_number: int, width: float, lines: list[Line], grids: list[Grid]) -> list[Line]:
    """`lines` (top to bottom) with each two-column stretch read again column by column, in reading order: a
    stretch's left column, then its right one. Lines of a stretch get `order` and `margins`; others are kept."""
    edge = _right_column_edge(lines, width)
    if edge is None:
        return lines
    out: list[Line] = []
    stretch: list[Line] = []
    for line in lines:
        if _separates(line, edge, grids):
            out.extend(_read_stretch(page_number, stretch, edge))
            stretch = []
            out.append(line)
        else:
            stretch.append(line)
    out.extend(_read_stretch(page_number, stretch, edge))
    return out


def _right_column_edge(lines: list[Line], width: float) -> float | None:
    """Where a right column would start: the commonest left edge of pieces starting in the middle of the page."""
    lo, hi = width * MIDDLE[0], width * MIDDLE[1]
    starts = Counter(round(p.bbox[0]) for ln in lines for p in ln.pieces if lo <= p.bbox[0] <= hi)
    if not starts:
        return None
    x, n = max(starts.items(), key=lambda kv: (kv[1], -kv[0]))
    if n < MIN_LINES:
        return None
    return x - 1.0  # just left of it: the gutter


def _separates(line: Line, edge: float, grids: list[Grid]) -> bool:
    if any(p.bbox[0] < edge < p.bbox[2] for p in line.pieces):
        return True  # runs across the gutter
    reach = NEAR_GRID * line.height
    return any(line.bottom > g.ys[0] - reach and line.top < g.ys[-1] for g in grids)


def _read_stretch(page_number: int, stretch: list[Line], edge: float) -> list[Line]:
    # (a page of fewer lines is one such stretch; a side without characters fails _prose_column)
    if len(stretch) < 2 * MIN_LINES:
        return stretch
    # cheap tests first (most pages have no columns): lines starting at the right column's edge, few pieces
    starting = sum(1 for ln in stretch if any(edge <= p.bbox[0] <= edge + 1 + 2.5 * ln.height for p in ln.pieces))
    if starting < MIN_LINES or sum(1 for ln in stretch if len(ln.pieces) <= 2) < SINGLE * len(stretch):
        return stretch
    left_chars: list[Char] = []
    right_chars: list[Char] = []
    for line in stretch:
        for ch in line.chars:
            (left_chars if ch.x1 <= edge else right_chars).append(ch)
    left = page_lines(page_number, left_chars)
    right = page_lines(page_number, right_chars)
    if not (_prose_column(left) and _prose_column(right)):
        return stretch
    top = min(ln.top for ln in stretch)
    for column, lines in enumerate((left, right)):
        margins = _column_margins(lines)
        for line in lines:
            line.margins = margins
            line.order = (top, column, line.top)
    return left + right


def _prose_column(lines: list[Line]) -> bool:
    n = len(lines)
    if n < MIN_LINES:
        return False
    if sum(1 for ln in lines if len(ln.pieces) == 1) < SINGLE * n:
        return False
    x0 = min(ln.x0 for ln in lines)
    x1 = max(ln.x1 for ln in lines)
    if sum(1 for ln in lines if ln.x0 <= x0 + 2.5 * ln.height) < ALIGNED * n:
        return False
    if sum(1 for ln in lines if ln.x1 >= x1 - 1.5 * ln.height) < FULL * n:
        return False
    chars = [c.text for ln in lines for c in ln.chars]
    return sum(1 for t in chars if t in NUMBERISH) <= MAX_DIGITS * len(chars)


def _column_margins(lines: list[Line]) -> Margins:
    """As the page's body margins are found, from the column's own lines."""
    if not any(len(ln.pieces) == 1 and len(ln.chars) >= 8 for ln in lines):
        return Margins(min(ln.x0 for ln in lines), max(ln.x1 for ln in lines))
    return body_margins(lines, 0.0)
