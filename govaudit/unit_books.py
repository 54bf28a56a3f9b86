"""A workbook holding the tables of two units (a 部门 and one of its 单位, or 汇总 and 单位), each set on sheets of
its own under the same titles, as a finance office files them in one workbook.

Read as one disclosure, each table kind was taken from one copy or the other (whichever read better): 公开01表
of one unit held to 公开02表 of the other drew false errors by the dozen and the second unit's own mistakes went
unchecked (held-out batch 27b, J4/J5). Such a workbook is split here into one part a unit, in sheet order: a part
ends where a sheet holds a table kind the part has already. It is split only when two parts or more each hold at
least two kinds another part holds as well (two sets of the same tables, not one table printed again, which
CMP007 reports) and the copies of a kind differ (another 编制单位 or other figures: a set printed twice alike stays one
unit, its copies reported by CMP007); a sheet holding no table goes with the part before it (a 情况说明 follows its tables); the
sheets before the first table go with the first part. Both sets stacked on one sheet are split by 编制单位
(govaudit/unit_stacks.py, s28). The split is said once (CMP011), the tables of no sure unit too (CMP012).
"""

from __future__ import annotations

from govaudit.readers.base import Workbook
from govaudit.records import dataclass, field
from govaudit.text import norm

SHARED_KINDS = 2  # kinds a part must share with another part to count as another unit's set
UNITS, ASIDE = "unit_books.units", "unit_books.aside"  # Context.cache keys: the split (first part only), set-aside kinds


@dataclass
class Units:
    """A workbook checked one unit at a time: each part's Workbook, its 编制单位 ('' when none is printed) and where it
    stands ((sheet, first row, last row), rows None for a whole sheet); the tables of no sure unit, not checked."""
    books: list = field(default_factory=list)
    names: list = field(default_factory=list)
    places: list = field(default_factory=list)
    aside: list = field(default_factory=list)


def unit_books(book: Workbook, disclosure) -> Units | None:
    """The parts of `book`, one a unit, or None when it holds one unit's tables (or cannot be split)."""
    if book.kind != "workbook" or not disclosure.duplicates:
        return None
    kinds: dict[str, set[str]] = {}
    seen: dict[str, list] = {}  # kind → what each copy holds (its 编制单位 and figures)
    # (a hidden sheet's stale copy is no unit: a hidden sheet shows no table — recognize/disclosure.visible_sheet
    # leaves its cells out — so it stays with the sheets before it, as before)
    visible = [*disclosure.tables.values(), *disclosure.duplicates]
    from govaudit.unit_stacks import split_stacked, stacked

    if stacked(visible):  # (one kind twice on one sheet: two sets stacked on one sheet, split by 编制单位)
        split = split_stacked(book, visible + list(disclosure.extra_tables), SHARED_KINDS)
        if split is None:
            return None
        parts, aside = split
        if len(parts) < 2 and not aside:
            return None
        return Units(books=[b for _u, b, _p in parts], names=[u for u, _b, _p in parts],
                     places=[p for _u, _b, p in parts], aside=aside)
    if len(disclosure.duplicates) < SHARED_KINDS:
        return None
    for table in visible:
        kinds.setdefault(table.sheet, set()).add(table.kind)
        seen.setdefault(table.kind, []).append((table.department, [f.value for f in table.figures()]))
    if not any(len({dep for dep, _figures in copies if dep}) > 1 for copies in seen.values()):
        # (the same set printed again, or tables of one 编制单位 revised and printed again after the set — other
        # figures, the same unit: one unit, its copies said so by CMP007; split, the revised copies were a second
        # disclosure of two tables, a false CMP001 '缺少其余 7 张', review s27)
        return None
    parts: list[list] = [[]]
    held: list[set[str]] = [set()]
    for sheet in book.sheets:
        mine = kinds.get(sheet.name, set())
        if mine & held[-1]:
            parts.append([])
            held.append(set())
        parts[-1].append(sheet)
        held[-1] |= mine
    if len(parts) < 2:
        return None
    for k, own in enumerate(held):
        others = set().union(*(h for j, h in enumerate(held) if j != k))
        if len(own & others) < SHARED_KINDS:
            return None
    names = []
    for part in parts:
        on = {s.name for s in part}
        names.append(next((norm(t.department) for t in visible if t.sheet in on and t.department), ""))
    return Units(books=[Workbook(path=book.path, kind=book.kind, sheets=part) for part in parts], names=names,
                 places=[[(s.name, None, None) for s in part if kinds.get(s.name)] for part in parts])
