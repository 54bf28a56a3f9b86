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

from govaudit.readers.pdf_common import title_like
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


def split_side_tables(page_number: int, lines: list[Line], grids: list[Grid]) -> list[Line]:
    """Two tables printed without rules side by side, each under its own title (a small department's 政府性基金 table
    beside its empty 国有资本 table; readers.pdf._side_by_side does this for ruled ones): the two titles printed
    on one line, their tables' rows beside each other on the lines below. From that line down to the first line
    that runs across the gap between the tables (or the page's end), the lines are grouped again on each side of
    the gap, the left table's first; the gap is the rightmost stretch of the page, left of the right title, that
    no character below the titles covers. Lines of a ruled table's header or of a page read in two text columns
    are left alone, and so is a page where either side would hold fewer than MIN_LINES lines. Titles over two ruled
    tables side by side are left to readers.pdf._side_by_side (their 表号 and unit lines would make MIN_LINES)."""
    for i, line in enumerate(lines):
        if line.order is not None or len(line.pieces) != 2 or not all(title_like(p.text) for p in line.pieces) \
                or _over_ruled_pair(line, grids):
            continue
        a, b = line.pieces
        free = [(a.bbox[0], b.bbox[0])]  # where the gap may be: no character of a line below covers it
        end = i + 1
        while end < len(lines) and lines[end].order is None and lines[end].columns is None \
                and not any(g.ys[0] <= lines[end].bottom and lines[end].top <= g.ys[-1] for g in grids):
            narrowed = _uncovered(free, lines[end].chars)
            if not narrowed:
                break
            free, end = narrowed, end + 1
        gap = max(free)
        gutter = (gap[0] + gap[1]) / 2
        stretch = lines[i:end]
        left = page_lines(page_number, [ch for ln in stretch for ch in ln.chars if ch.x1 <= gutter])
        right = page_lines(page_number, [ch for ln in stretch for ch in ln.chars if ch.x0 >= gutter])
        if len(left) < MIN_LINES or len(right) < MIN_LINES:
            continue
        top = line.top
        for column, side in enumerate((left, right)):
            for ln in side:
                ln.order = (top, column, ln.top)
        return lines[:i] + left + right + lines[end:]
    return lines


def _over_ruled_pair(line: Line, grids: list[Grid]) -> bool:
    """Each of the line's two titles stands over a ruled table below it, the two tables side by side."""
    below = [g for g in grids if g.ys[0] >= line.bottom - 1]
    under = [[g for g in below if g.xs[0] <= (p.bbox[0] + p.bbox[2]) / 2 <= g.xs[-1]] for p in line.pieces]
    return any(a.xs[-1] < b.xs[0] and a.ys[0] < b.ys[-1] and b.ys[0] < a.ys[-1] for a in under[0] for b in under[1])


def _uncovered(free: list[tuple[float, float]], chars: list[Char]) -> list[tuple[float, float]]:
    """The parts of the intervals `free` that none of `chars` covers."""
    for ch in chars:
        out = []
        for x0, x1 in free:
            if ch.x1 <= x0 or ch.x0 >= x1:
                out.append((x0, x1))
                continue
            if ch.x0 > x0:
                out.append((x0, ch.x0))
            if ch.x1 < x1:
                out.append((ch.x1, x1))
        free = out
    return free
