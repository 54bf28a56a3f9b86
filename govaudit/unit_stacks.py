"""Two units' tables stacked on ONE sheet (a 部门汇总 table above, the 本级 or a 单位's copy of it below, each under
its own title lines and 编制单位), as some finance offices lay out a workbook (wbfix2 s28, issue #9).

Read as one set, the first copy of each kind was checked and the other set aside as a duplicate, so one unit's 01
was held to the other's 03: 30–38 false findings on a clean workbook (tests/test_unit_books28.py). Here each table
goes to the unit its 编制单位 names; a table printing none goes to the unit of the other tables on its sheet when
they all name one unit that has no table of its kind there yet. A table whose unit cannot be told that way (a lower
copy printing no 编制单位) is set aside — not checked, and said so (CMP012) — never guessed from where it stands.

A sheet is cut between two tables at the last blank row between the first one's last row and the second one's
title (the lines over a title — '公开01表', the 编制单位 line — go with the title), or right above the title when no
row is blank. Every unit's part keeps the sheet's name and each cell its own row, so findings name real cells.
"""

from __future__ import annotations

from dataclasses import replace

from govaudit.cellref import parse_a1
from govaudit.readers.base import Sheet, Workbook
from govaudit.text import norm


def title_row(table) -> int:
    place = parse_a1(table.title_cell or "")
    return place[0] if place else 0


def last_row(table) -> int:
    rows = [r.row for r in table.rows if r.sheet in (None, table.sheet)]
    return max(rows, default=title_row(table))


def stacked(tables) -> bool:
    """Some sheet holds one table kind twice."""
    seen = set()
    for t in tables:
        if (t.sheet, t.kind) in seen:
            return True
        seen.add((t.sheet, t.kind))
    return False


def split_stacked(book: Workbook, tables: list, shared_kinds: int):
    """(parts, aside): each part (unit name, Workbook, [(sheet, first row, last row)]), and the tables of no sure
    unit; None when the sheet is read as before (a unit's copy printed again; a 'unit' sharing fewer than
    `shared_kinds` kinds with the others: one name written two ways)."""
    units: list[str] = []
    for t in tables:
        dep = norm(t.department)
        if dep and dep not in units:
            units.append(dep)
    unit_of = {id(t): norm(t.department) or None for t in tables}
    by_sheet: dict[str, list] = {}
    for t in sorted(tables, key=title_row):
        by_sheet.setdefault(t.sheet, []).append(t)
    for sheet, here in by_sheet.items():
        named = {unit_of[id(t)] for t in here} - {None}
        for t in here:
            if unit_of[id(t)] is None and len(named) == 1:
                unit = next(iter(named))
                if not any(o is not t and o.kind == t.kind and unit_of[id(o)] == unit for o in here):
                    unit_of[id(t)] = unit  # (the only unit named on its sheet, and no copy of its kind there)
        kinds_of = {}
        for t in here:
            if unit_of[id(t)] is not None and (unit_of[id(t)], t.kind) in kinds_of:
                return None  # (one unit's kind twice on a sheet: a copy printed again, not another unit — CMP007)
            kinds_of[(unit_of[id(t)], t.kind)] = t
    held = {u: {t.kind for t in tables if unit_of[id(t)] == u} for u in units}
    for u in units:
        others = set().union(*(held[o] for o in units if o != u))
        if len(units) > 1 and len(held[u] & others) < shared_kinds:
            return None  # (a unit of one table or two: a name written two ways, not a second set)
    if not units:  # (no table names its unit: nothing tells the copies apart)
        return _unnamed(book, tables, by_sheet)
    aside = [t for t in tables if unit_of[id(t)] is None]
    if len(units) == 1 and aside and all(_copy_of_named(t, tables, unit_of) for t in aside):
        return None  # (one unit's set printed twice, the copy without its 编制单位: no other unit — CMP007, review s28)
    return _parts(book, units, unit_of, by_sheet), aside


def _unnamed(book, tables, by_sheet):
    """No table prints its 编制单位: copies of a kind on one sheet that differ (two units', or a first and a revised
    print) cannot be told apart, so none of them is checked (CMP012); the rest is one part. Copies alike (one table
    printed twice) are read as before (CMP007)."""
    doubtful = set()
    for here in by_sheet.values():
        for t in here:
            mine = [f.value for f in t.figures()]
            if any(o is not t and o.kind == t.kind and [f.value for f in o.figures()] != mine for o in here):
                doubtful.add(id(t))
    if not doubtful:
        return None
    unit_of = {id(t): None if id(t) in doubtful else "" for t in tables}
    return _parts(book, [""], unit_of, by_sheet), [t for t in tables if id(t) in doubtful]


def _parts(book, units, unit_of, by_sheet):
    """Each unit's (name, Workbook, places): its tables' rows, sheets of no table with the tables before them."""
    rows_of: dict[str, dict[str, list[tuple[int, int]]]] = {u: {} for u in units}
    aside_rows: dict[str, list[tuple[int, int]]] = {}
    last_unit = units[0]
    sheet_unit: dict[str, str] = {}
    for sheet in book.sheets:
        here = by_sheet.get(sheet.name)
        if not here:
            sheet_unit[sheet.name] = last_unit  # (a sheet of no table — a 情况说明 — follows the tables before it)
            continue
        filled = set(sheet.rows())
        starts = [1]
        for before, t in zip(here, here[1:]):
            top = title_row(t)
            blank = [r for r in range(last_row(before) + 1, top) if r not in filled]
            starts.append(max(blank) + 1 if blank else top)
        ends = [s - 1 for s in starts[1:]] + [max(sheet.max_row, 1)]
        for t, lo, hi in zip(here, starts, ends):
            unit = unit_of[id(t)]
            target = aside_rows if unit is None else rows_of[unit]
            target.setdefault(sheet.name, []).append((lo, hi))
            if unit is not None:
                last_unit = unit
    parts = []
    for u in units:
        sheets, places = [], []
        for sheet in book.sheets:
            bands = rows_of[u].get(sheet.name)
            if bands:
                sheets.append(_slice(sheet, bands) if len(bands) < _blocks(sheet.name, rows_of, aside_rows) else sheet)
                places += [(sheet.name, lo, hi) for lo, hi in _merged(bands)]
            elif sheet.name not in by_sheet and sheet_unit.get(sheet.name) == u:
                sheets.append(sheet)
        parts.append((u, Workbook(path=book.path, kind=book.kind, sheets=sheets), places))
    return parts


def _copy_of_named(table, tables, unit_of) -> bool:
    """Whether `table` (of no unit) prints the very figures of a named table of its kind on its sheet."""
    figures = [f.value for f in table.figures()]
    return any(o.sheet == table.sheet and o.kind == table.kind and unit_of[id(o)] is not None
               and [f.value for f in o.figures()] == figures for o in tables)


def _blocks(name, rows_of, aside_rows) -> int:
    return sum(len(bands.get(name, ())) for bands in rows_of.values()) + len(aside_rows.get(name, ()))


def _merged(bands):
    out = []
    for lo, hi in sorted(bands):
        if out and lo == out[-1][1] + 1:
            out[-1] = (out[-1][0], hi)
        else:
            out.append((lo, hi))
    return out


def _slice(sheet: Sheet, bands) -> Sheet:
    """The sheet's rows in `bands` only, each cell in its own row (the name kept, so places stay real)."""
    def inside(r):
        return any(lo <= r <= hi for lo, hi in bands)

    return replace(sheet, cells={k: c for k, c in sheet.cells.items() if inside(k[0])},
                   merged=[m for m in sheet.merged if inside(m[0]) and inside(m[2])],
                   origins={k: o for k, o in sheet.origins.items() if inside(k[0])},
                   cut_tables=[c for c in sheet.cut_tables if inside(c[0])],
                   unsure_tables=[u for u in sheet.unsure_tables if inside(u[0])],
                   titled_tables=[t for t in sheet.titled_tables if inside(t[0])])
