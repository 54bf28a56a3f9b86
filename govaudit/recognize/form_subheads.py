"""A 绩效自评表's money header on two rows: one column word over two or more columns whose parts are named on the row
below (广西式 '全年执行数' over '财政拨款 | 其他资金'). That row is no money line, and a line's figure of the column is
its part named 合计/小计 when there is one, else the sum of its parts (derived: the parts' half-units add up, interval
arithmetic). Read before as a line labelled '财政拨款' with the column taken as its first part alone, a right form drew
a false PRF202 ('执行数未填写') or PRF004 (session 25)."""

from __future__ import annotations

from decimal import Decimal

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


def whole_part(builder, r: int, cols: list[int]) -> int | None:
    """The part named 合计 or 小计: the column's figure itself."""
    return next((c for c in cols if fs.clean(str(builder.by_row[r][c].value)) in _WHOLE), None)


def summed(builder, r: int, cols: list[int], kind: str, label: str) -> Figure | TextValue | None:
    """Row r's figure of a money column given by its parts: their sum (None when all are blank; a text part as read)."""
    figures = []
    for c in cols:
        cell = builder.by_row[r].get(c)
        if cell is None:
            continue
        got = builder.number(cell, "amount", label, BUDGET_COLUMNS[kind])
        if isinstance(got, TextValue):
            return got
        if got is not None:
            figures.append(got)
    if len(figures) < 2:
        return figures[0] if figures else None  # (the other parts blank: nothing to add)
    first = figures[0]
    return construct(Figure, value=sum((f.value for f in figures), start=Decimal(0)),
                     decimals=max(f.decimals for f in figures), unit=first.unit, text=DERIVED_TEXT,
                     source=first.source, derived=True,
                     spread=sum((f.half_unit for f in figures), start=Decimal(0)))
