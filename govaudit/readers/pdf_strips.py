"""A wide table printed in column strips: its left-hand columns on one page, the rest of its columns (the same rows)
on the next page, as a grid of their own (a spreadsheet printed without fitting to the page width). The second
strip is laid out to the right of the first part's columns, row by row, when that is certain:

- it is the first grid of the page after the part, under nothing but that table's repeated title, 表号, unit or
  header lines (no sentence, no other title);
- it has as many rows as the part, each as high (a spreadsheet prints the same rows on every strip), or its row
  edges all lie on the part's and only its header cells reach over two of the part's rows (a header cell merged
  down over the header rows, drawn without the rule between them);
- its leading columns either repeat the part's row labels or codes cell by cell (the print's repeated columns,
  which are left out), or it has none and each of its rows of figures stands level with a labelled row of the part;
- below its header it holds figures only, and each of its new columns has a header of its own that the part does
  not already have, or has over other figures (a two-sided table's second 决算数) (the strips complement each
  other; a second print of the same columns is no strip); an empty table (no figure in either) has its body from its
  合计/总计 row.

The next strip of a table printed "over, then down" (the left part carried over to a third page, its strip on a
fourth) goes into the same columns when its columns are the first strip's. Anything less certain is left to the
caller, which sets the table aside (BGC006) rather than guess which column a figure belongs to.
"""

from __future__ import annotations

import re

from govaudit.records import dataclass

from govaudit.readers.base import Cell, Origin
from govaudit.readers.pdf_common import (
    EDGE,
    FIGURE,
    HEADER_GAP,
    SENTENCE,
    TABLE_NO,
    box,
    lead,
    same_title,
    title_like,
)
from govaudit.readers.pdf_grid import Grid, GridCell
from govaudit.text import norm

_TOTAL = re.compile(r"^[合总]计$")
BAND = 1.5  # points: two strips' rows (and repeated columns) match when their heights (widths) agree within this


@dataclass
class _Placed:
    """A strip already joined to a table: where a later strip of the same columns goes."""

    widths: list[float]
    labels: int  # leading columns that repeat the part's labels (left out)
    offset: int  # the virtual column just before the strip's first new column


def join_strip(layout, grid: Grid, above: list) -> bool:
    """Lay `grid` out as the right-hand columns of the table laid out last (`layout`: readers.pdf._Layout) and return
    True, or leave everything as it is and return False when that is not certain."""
    found = _strip_of(layout, grid, above)
    if found is None:
        return False
    state, part, grid, top, body, theirs, k = found
    sheet = layout.tables
    first = state.first_band
    mine = _texts(grid)
    figure = FIGURE.match
    side = _second_side(grid, part, mine, theirs, k, body)
    words = _stray_words(mine, body, max(k, side))
    for (r, c), t in mine.items():
        if c < k or (r >= body and c < side):
            continue
        if (r >= body) != bool(figure(t)) and (r, c) not in words:
            return False  # a label beside the figures, or a figure in the header: a table of its own
        if r >= body and not any(rr == r for (rr, _cc) in theirs) and not any((r, j) in mine for j in range(k, side)):
            return False  # a figure on a row the part leaves empty: the rows may not be the same
    placed = state.strip
    widths = [grid.xs[j + 1] - grid.xs[j] for j in range(grid.n_cols)]
    if placed is not None and placed.labels == k and len(placed.widths) == len(widths) and all(
            abs(a - b) <= BAND for a, b in zip(placed.widths, widths)):
        offset = placed.offset  # the next strip of the same columns (the table printed over, then down)
    elif placed is None and first == 0 and state.grid is state.head and _new_headers(grid, part, k, body):
        offset = max(c for (r, c) in sheet.origins if state.first_row <= r <= state.last_row)
    else:
        return False
    for c in grid.cells:
        if c.col < k or c.row2 < first:
            continue
        r1, r2 = top + max(c.row, first), top + c.row2
        c1, c2 = offset + c.col - k + 1, offset + c.col2 - k + 1
        origin = Origin(page=grid.page, bbox=box(c.bbox))
        for r in range(r1, r2 + 1):
            for col in range(c1, c2 + 1):
                sheet.origins[(r, col)] = origin
        if c.text:
            sheet.cells[(r1, c1)] = Cell(r1, c1, c.text)
        if r2 > r1 or c2 > c1:
            sheet.merged.append((r1, c1, r2, c2))
    _carry_meta_line(sheet, state, grid, above, offset)
    state.strip = _Placed(widths, k, offset)
    state.last_page = grid.page
    return True


def _strip_of(layout, grid: Grid, above: list):
    """The strip `grid` matched to the part laid out last, row by row, before its own columns are judged: (the
    table's state, the part, the strip on the part's rows, the part's band 0's virtual row, its first band of
    figures, its texts, how many leading columns of the strip repeat its own); None when the rows do not match."""
    state = layout.table
    if state is None or grid.page != state.last_page + 1 or grid.page != state.grid.page + 1:
        return None
    part = state.grid
    if abs(grid.xs[0] - part.xs[0]) <= EDGE and abs(grid.xs[-1] - part.xs[-1]) <= EDGE:
        return None  # the same width: the table carried over (or a new one), read as such
    bands = _on_rows_of(grid, part)
    if bands is None or not _only_repeats_above(state, above):
        return None
    sheet = layout.tables
    top = state.last_row - part.n_rows + 1  # the virtual row of the part's band 0
    first = state.first_band  # bands above it repeated the header on this part's page and were left out
    for c in part.cells:  # each laid-out band of the part has its own row (none was joined to the row before)
        if c.row >= first:
            origin = sheet.origins.get((top + c.row, state.col_map[c.col]))
            if origin is None or origin.page != part.page:
                return None
    theirs = _texts(part)
    figure = FIGURE.match
    body = next((b for b in range(first, part.n_rows) if any(figure(t) for (r, _c), t in theirs.items() if r == b)),
                None)
    if body is None and not any(figure(t) for t in _texts(bands).values()):
        # an empty table (no figure in either part): its body begins at its 合计/总计 row (the row's first text: a
        # header's 合计 over its column, '本年支出 | 合计 · 基本支出 · 项目支出', is none)
        lead_text = {}
        for (r, _c), t in sorted(theirs.items()):
            lead_text.setdefault(r, t)
        body = next((r for r, t in lead_text.items() if r >= first and _TOTAL.match(t)), None)
    if body is None or (bands is not grid and any(c.row2 >= body and c.row2 > c.row for c in bands.cells)):
        return None  # (a band of the strip over two of the part's rows below its header: not the same rows)
    k = _repeated_columns(bands, part, body)  # (below grid.n_cols: the strip has a column of its own)
    if any(c.col < k <= c.col2 for c in bands.cells):
        return None
    return state, part, bands, top, body, theirs, k


def _on_rows_of(grid: Grid, part: Grid) -> Grid | None:
    """The strip with its bands renumbered to the part's rows: each of its row edges lies on one of the part's (as
    far from the top, within BAND), the top and bottom edges on the part's; a band over two of the part's rows (a
    header cell merged down over them, drawn without the rule between) is a cell merged over them. None when an
    edge lies on none of the part's."""
    if grid.n_rows == part.n_rows and all(abs(_height(grid, i) - _height(part, i)) <= BAND
                                          for i in range(grid.n_rows)):
        return grid
    at = []
    for y in grid.ys:
        k = next((j for j, py in enumerate(part.ys) if abs((y - grid.ys[0]) - (py - part.ys[0])) <= BAND), None)
        if k is None or (at and k <= at[-1]):
            return None
        at.append(k)
    if at[0] != 0 or at[-1] != part.n_rows:
        return None
    cells = [GridCell(at[c.row], c.col, at[c.row2 + 1] - 1, c.col2, c.bbox, c.chars, c.text) for c in grid.cells]
    return Grid(grid.page, grid.xs, [grid.ys[0] + py - part.ys[0] for py in part.ys], cells)


def _carry_meta_line(sheet, state, grid: Grid, above: list, offset: int) -> None:
    """The line just above the strip that is no repeat and no title (the right-hand end of the line above the table,
    '金额单位：万元', printed over the strip's columns) goes into the row above the table's first row, beside the part
    of that line the first page printed."""
    row = state.first_row - 1
    here = [c for (r, c) in sheet.cells if r == row]
    origin = sheet.origins.get((row, min(here))) if here else None
    if origin is None or origin.page != state.head.page or origin.bbox is None:
        return
    lines = [ln for ln in above if not _repeat(state, ln) and not title_like(ln.text)
             and grid.ys[0] - ln.bottom <= HEADER_GAP * (ln.bottom - ln.top)]
    if len(lines) != 1:
        return
    line = lines[0]
    col = max(max(here), offset) + 1
    sheet.cells[(row, col)] = Cell(row, col, line.text)
    sheet.origins[(row, col)] = Origin(page=line.page, bbox=box((line.x0, line.top, line.x1, line.bottom)))


def _second_side(grid: Grid, part: Grid, mine: dict, theirs: dict, k: int, body: int) -> int:
    """The strip's columns from k that are a two-sided table's second side's labels (01/04: '支出 · 项目' printed on
    the next page, '收入 · 项目 | 决算数' the part): up to its first column of figures, words only below the header, when
    the part too begins with a column of words and ends with one of figures, and the strip's header has words the
    part's has not. Returns the first column after them (k: none)."""
    figure = FIGURE.match
    if not any(c == 0 and r >= body and not figure(t) for (r, c), t in theirs.items()) or not any(
            c == part.n_cols - 1 and r >= body and figure(t) for (r, c), t in theirs.items()):
        return k
    heads = {t for (r, _c), t in theirs.items() if r < body}
    if all(t in heads for (r, _c), t in mine.items() if r < body):
        return k  # its header the part's again: the same table carried over (or another), no second side ('支出')
    j = k
    while j < grid.n_cols and not any(c == j and r >= body and figure(t) for (r, c), t in mine.items()):
        j += 1
    if j == k or j == grid.n_cols or not all(any(c == i and r >= body for (r, c) in mine) for i in range(k, j)):
        return k
    return j


def _stray_words(mine: dict, body: int, start: int) -> set[tuple[int, int]]:
    """The strip's body cells from column `start` that hold words in a column of figures: one such cell in a column
    of at least three figures ('见附注' typed into an amount cell: a cell the checks report, CEL001), never a column
    of labels."""
    out = set()
    for c in {c for (_r, c) in mine if c >= start}:
        cells = [(r, t) for (r, cc), t in mine.items() if cc == c and r >= body]
        words = [r for r, t in cells if not FIGURE.match(t)]
        if len(words) == 1 and len(cells) - 1 >= 3:
            out.add((words[0], c))
    return out


def _height(grid: Grid, band: int) -> float:
    return grid.ys[band + 1] - grid.ys[band]


def _texts(grid: Grid) -> dict[tuple[int, int], str]:
    return {(c.row, c.col): norm(c.text) for c in grid.cells if c.text}


def _repeat(state, line) -> bool:
    """A line the strip's page prints again: the table's title, 表号 or 部门 line, or 续表."""
    return all(t in state.lead_texts or t in ("", "续表", "续") for t in (lead(p.text) for p in line.pieces))


def _only_repeats_above(state, above: list) -> bool:
    """Above the strip only what a strip repeats: the table's title, 表号 and unit lines, its header lines."""
    for line in above:
        if _repeat(state, line):
            continue
        text = line.text
        if SENTENCE.search(text) or TABLE_NO.match(norm(text)):
            return False
        if title_like(text) and not same_title(text, state.title):
            return False
    return True


def _repeated_columns(grid: Grid, part: Grid, body: int) -> int:
    """How many leading columns of the strip repeat the part's, cell by cell: as wide, the same cells and texts in
    every band (a cell merged on to the right only as far as the column), at least one text below the header over
    each (the print's repeated row labels or codes)."""
    k = 0
    while k < min(grid.n_cols, part.n_cols) - 1:
        if abs((grid.xs[k + 1] - grid.xs[k]) - (part.xs[k + 1] - part.xs[k])) > BAND:
            break
        # (a cell of the part merged over this column and the next, '项目' over 编码 | 名称, '收入' over 项目 | 决算数,
        # '合计' over 编码 | 名称, is cut at the repeated columns' edge in the strip: it matches as far as this column)
        a = {(c.row, c.row2, min(c.col2, k), norm(c.text)) for c in grid.cells if c.col == k}
        b = {(c.row, c.row2, min(c.col2, k), norm(c.text)) for c in part.cells if c.col == k}
        if a != b or not any(c.col <= k <= c.col2 and c.row >= body and c.text for c in part.cells):
            break  # (a text over the column: an empty table's 合计 merged over its code and name columns)
        k += 1
    return k


def _new_headers(grid: Grid, part: Grid, k: int, body: int) -> bool:
    """Each of the strip's new columns has a header text in its lowest header cell that none of the part's columns
    has, or one a column of the part has with other figures (a two-sided table's second 决算数: a second print of
    the same column would repeat its figures)."""
    theirs = {norm(c.text) for c in part.cells if c.row < body and c.text}
    for j in range(k, grid.n_cols):
        leaf = _leaf(grid, j, body)
        if leaf is None:
            return False
        if leaf in theirs:
            figures = _figures(grid, j, body)
            if not figures or any(_leaf(part, pj, body) == leaf and _figures(part, pj, body) == figures
                                  for pj in range(part.n_cols)):
                return False
    return True


def _leaf(grid: Grid, j: int, body: int) -> str | None:
    """The text of column j's lowest header cell."""
    cells = [c for c in grid.cells if c.row < body and c.col <= j <= c.col2 and c.text]
    return norm(max(cells, key=lambda c: c.row2).text) if cells else None


def _figures(grid: Grid, j: int, body: int) -> dict[int, str]:
    """Column j's texts below the header, by band."""
    return {c.row: norm(c.text) for c in grid.cells if c.row >= body and c.col == j and c.text}
