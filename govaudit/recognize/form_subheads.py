"""A 绩效自评表's money header on two rows: one column word over two or more columns whose parts are named on the row
below (广西式 '全年执行数' over '财政拨款 | 其他资金'). That row is no money line, and a line's figure of the column is
its part named 合计/小计 when there is one, else the sum of its parts (derived: the parts' half-units add up, interval
arithmetic). Read before as a line labelled '财政拨款' with the column taken as its first part alone, a right form drew
a false PRF202 ('执行数未填写') or PRF004 (session 25)."""

from __future__ import annotations

from decimal import Decimal

from govaudit.records import dataclass

from govaudit.model import Figure
from govaudit.model.form import BUDGET_COLUMNS, TextValue
from govaudit.model.trusted import construct
from govaudit.recognize import form_specs as fs
from govaudit.recognize.form_print import is_number
from govaudit.text import norm

DERIVED_TEXT = "(由分列合计)"
_WHOLE = ("合计", "小计")


def sub_header(builder, header: int, kinds: dict[int, str]) -> tuple[int, dict[str, list[int]]] | None:
    """(row, {kind: its parts' columns}) when the row right after the money header names the parts of a money column:
    words only, no figure, each under a column the header word of a kind spans with others (merged over them), and
    some kind with two parts named. None otherwise (the row is read as before)."""
    after = [r for r in builder.rows if r > header][:1]
    if not after:
        return None
    r = after[0]
    row = builder.by_row[r]
    words = [c for c, cell in row.items() if isinstance(cell.value, str) and norm(cell.value)]
    if len(words) < 2 or any(is_number(str(cell.value)) for cell in row.values()):
        return None
    spans: dict[str, list[int]] = {}
    for c, k in kinds.items():
        spans.setdefault(k, []).append(c)
    parts: dict[str, list[int]] = {}
    for c in words:
        k = kinds.get(c)
        head = builder.merged.value(header, c)
        if k is None or len(spans[k]) < 2 or not (isinstance(head, str) and norm(head)):
            # (a word under no money column, or under one of its own: a line, '财政拨款 | 100.00'; or under a blank
            # that only takes the kind of the word left of it — a print without rules, whose header word for these
            # columns stands elsewhere: the parts are not known to be that word's)
            return None
        parts.setdefault(k, []).append(c)
    parts = {k: cols for k, cols in parts.items() if len(cols) >= 2}
    return (r, parts) if parts else None


@dataclass
class PrintedParts:
    """A two-row money header printed without rules (printed_parts): the row of the parts' words, the columns of
    those words by kind, and every header word's middle with what a figure under it is: a kind, or (kind, n) for the
    n-th part of a kind's column (summed; or, when one part is its 合计/小计, that part is the kind itself)."""

    row: int
    parts: dict[str, list[int]]
    heads: list[tuple[float, object]]
    names: dict[str, str]  # kind → the column word over its parts


def printed_parts(builder, header: int) -> PrintedParts | None:
    """The 广西式 header printed without rules: a cell merged over two columns ('全年执行数' over '财政拨款 | 其他资金')
    stands on its first row, the words merged down over both rows (年初预算数 …) centred between the two rows, so the
    header prints on three lines — the column word alone above the header's row, the parts' words below it — and the
    sheet's columns, cut from each line's words and the figures, say nothing of which parts are whose. Told by where
    the words are printed: each word of the line above (a money column's word the header's row lacks) lies in a gap
    between two of the header's words, and the line after the header holds words only, two or more in that gap and
    none in any other (the money block's label, left of the money columns, aside). None for anything else (the rows
    read as before). (Broken between its two rows, the header prints on one line and the parts' words head the next
    page: _parts_over_the_break.)"""
    page = builder.page_of(header)
    below = [r for r in builder.rows if r > header][:1]
    above = [r for r in builder.rows if r < header][-1:]
    if page is not None and below and builder.page_of(below[0]) == page + 1:
        return _parts_over_the_break(builder, header, below[0])
    if page is None or not below or not above or builder.page_of(below[0]) != page \
            or builder.page_of(above[0]) != page:
        return None

    def words(r):
        return _placed_words(builder, r)

    head, lower = words(header), words(below[0])
    if not head or not lower or len(lower) < 2:
        return None
    heads = [(box[0], box[2], fs.budget_column(t)) for _c, t, box in head]  # (x0, x1, kind) of the header's words
    money = [a for a, _b, k in heads if k]
    if not money:
        return None
    upper = words(above[0])
    named = {k for _a, _b, k in heads if k}
    if not upper or not all(fs.budget_column(t) not in named and (fs.budget_column(t) or box[2] < min(money))
                            for _c, t, box in upper):
        return None
    words_over = [(t, box) for _c, t, box in upper if fs.budget_column(t)]  # (the block's label left aside)
    parts: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    placed: list[tuple[float, object]] = []
    for text, (x0, _t, x1, _b) in words_over:
        kind, middle = fs.budget_column(text), (x0 + x1) / 2
        lo = max((b for a, b, _k in heads if (a + b) / 2 < middle), default=float("-inf"))
        hi = min((a for a, b, _k in heads if (a + b) / 2 > middle), default=float("inf"))
        mine = [(c, t, box) for c, t, box in lower if lo <= box[0] and box[2] <= hi]
        if not (lo <= x0 and x1 <= hi) or len(mine) < 2 or not mine[0][2][0] <= middle <= mine[-1][2][2]:
            return None  # (a word over a header word; one part; parts not under their word)
        parts[kind], names[kind] = [c for c, _t, _b in mine], norm(text)
        whole = next((c for c, t, _b in mine if fs.clean(t) in _WHOLE), None)
        placed += [((box[0] + box[2]) / 2, kind if c == whole else (kind, n)) for n, (c, _t, box) in enumerate(mine)]
    taken = {c for cols in parts.values() for c in cols}
    if not parts or any(c not in taken and box[2] >= min(money) for c, _t, box in lower):
        return None  # (a word of the line below under no column word: not a column's parts)
    placed += [((a + b) / 2, k) for a, b, k in heads if k]
    return PrintedParts(below[0], parts, sorted(placed, key=lambda h: h[0]), names)


def _placed_words(builder, r: int) -> list | None:
    """(column, text, box) of row r's cells: words only, each placed on its page (None: a figure, or a word not
    placed — no header line)."""
    out = []
    for c, cell in builder.by_row[r].items():
        o = builder.sheet.origins.get((r, c))
        if not isinstance(cell.value, str) or not norm(cell.value) or is_number(cell.value) or o is None \
                or o.bbox is None:
            return None
        out.append((c, cell.value, o.bbox))
    return out


def _parts_over_the_break(builder, header: int, r: int) -> PrintedParts | None:
    """The 广西式 header broken between its two rows (unruled): its first row, the page's last line, holds every word
    ('全年执行数' level with the others, no row under it there), and the parts' words head the next page, over the
    money lines. The columns print alike on both pages: a money header word whose neighbours leave a gap holding two
    or more of the parts' words, its middle among them, has those parts, when no part's word lies anywhere else (the
    block's label, left of the money columns, aside). Session 27: read before as a money line '财政拨款' with nothing
    in it, the 总额's 执行数 taken from one part alone (false PRF004, PRF107)."""
    head, lower = _placed_words(builder, header), _placed_words(builder, r)
    if not head or not lower or len(lower) < 2:
        return None
    heads = sorted((box[0], box[2], fs.budget_column(t), norm(t)) for _c, t, box in head)
    money = [a for a, _b, k, _t in heads if k]
    if not money:
        return None
    parts: dict[str, list[int]] = {}
    names: dict[str, str] = {}
    placed: list[tuple[float, object]] = []
    for n, (x0, x1, kind, text) in enumerate(heads):
        if not kind:
            continue
        lo = heads[n - 1][1] if n else float("-inf")
        hi = heads[n + 1][0] if n + 1 < len(heads) else float("inf")
        mine = sorted(((c, t, box) for c, t, box in lower if lo <= box[0] and box[2] <= hi), key=lambda w: w[2][0])
        middle = (x0 + x1) / 2
        if len(mine) < 2 or not mine[0][2][0] <= middle <= mine[-1][2][2]:
            placed.append((middle, kind))
            continue
        if kind in parts:
            return None  # (one kind's word twice)
        parts[kind], names[kind] = [c for c, _t, _b in mine], text
        whole = next((c for c, t, _b in mine if fs.clean(t) in _WHOLE), None)
        placed += [((box[0] + box[2]) / 2, kind if c == whole else (kind, k)) for k, (c, _t, box) in enumerate(mine)]
    taken = {c for cols in parts.values() for c in cols}
    if not parts or any(c not in taken and box[2] >= min(money) for c, _t, box in lower):
        return None  # (a word of the next page's first line under no column word: not a column's parts)
    return PrintedParts(r, parts, sorted(placed, key=lambda h: h[0]), names)


def whole_part(builder, r: int, cols: list[int]) -> int | None:
    """The part named 合计 or 小计: the column's figure itself."""
    return next((c for c in cols if fs.clean(str(builder.by_row[r][c].value)) in _WHOLE), None)


def summed(builder, r: int, cols: list[int], kind: str, label: str) -> Figure | TextValue | None:
    """Row r's figure of a money column given by its parts: their sum (None when all are blank; a text part as read)."""
    return summed_cells(builder, [cell for c in cols if (cell := builder.by_row[r].get(c)) is not None], kind, label)


def summed_cells(builder, cells: list, kind: str, label: str) -> Figure | TextValue | None:
    """The figure of a money column given by its parts' cells (placed by where they are printed): as summed()."""
    figures = []
    for cell in cells:
        got = builder.number(cell, "amount", label, BUDGET_COLUMNS[kind])
        if isinstance(got, TextValue):
            return got
        if got is not None:
            figures.append(got)
    if len(figures) < 2:
        return figures[0] if figures else None
    first = figures[0]
    return construct(Figure, value=sum((f.value for f in figures), start=Decimal(0)),
                     decimals=max(f.decimals for f in figures), unit=first.unit, text=DERIVED_TEXT,
                     source=first.source, derived=True,
                     spread=sum((f.half_unit for f in figures), start=Decimal(0)))
