"""A workbook holding the tables of two units (a 部门 and one of its 单位, or 汇总 and 单位), each set on sheets of
its own under the same titles, as a finance office files them in one workbook.

Read as one disclosure, each table kind was taken from one copy or the other (whichever read better): 公开01表
of one unit held to 公开02表 of the other drew false errors by the dozen and the second unit's own mistakes went
unchecked (held-out batch 27b, J4/J5). Such a workbook is split here into one part a unit, in sheet order: a part
ends where a sheet holds a table kind the part has already. It is split only when two parts or more each hold at
least two kinds another part holds as well (two sets of the same tables, not one table printed again, which
CMP007 reports) and the copies of a kind differ (another 编制单位 or other figures: a set printed twice alike stays one
unit, its copies reported by CMP007); a sheet holding no table goes with the part before it (a 情况说明 follows its tables); the
sheets before the first table go with the first part. A sheet holding tables of two parts (both sets stacked on
one sheet) is not split: the workbook is read as before.
"""

from __future__ import annotations

from govaudit.readers.base import Workbook

SHARED_KINDS = 2  # kinds a part must share with another part to count as another unit's set


def unit_books(book: Workbook, disclosure) -> list[Workbook] | None:
    """The parts of `book`, one a unit, or None when it holds one unit's tables (or cannot be split by sheets)."""
    if book.kind != "workbook" or len(disclosure.duplicates) < SHARED_KINDS:
        return None
    kinds: dict[str, set[str]] = {}
    seen: dict[str, list] = {}  # kind → what each copy holds (its 编制单位 and figures)
    # (a hidden sheet's stale copy is no unit: a hidden sheet shows no table — recognize/disclosure.visible_sheet
    # leaves its cells out — so it stays with the sheets before it, as before)
    for table in (*disclosure.tables.values(), *disclosure.duplicates):
        if table.kind in kinds.get(table.sheet, ()):
            return None  # (one kind twice on one sheet: two sets stacked on one sheet)
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
    return [Workbook(path=book.path, kind=book.kind, sheets=part) for part in parts]
