"""Helpers for the 绩效自评表 tests (no tests here): build form workbooks with samples/make_forms.py, check them.

A test copies a clean form (make_forms.hebei_clean() …), changes one value, writes it in one layout and
looks at exactly which (code, sheet, cell) the check reports.
"""

from __future__ import annotations

import copy
import itertools
import re
import sys
from decimal import Decimal
from pathlib import Path

from openpyxl import Workbook

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
if str(SAMPLES) not in sys.path:
    sys.path.insert(0, str(SAMPLES))

import make_forms  # noqa: E402

_COUNTER = itertools.count()


def hebei_forms() -> list[dict]:
    return copy.deepcopy(make_forms.hebei_clean())


def central_forms() -> list[dict]:
    return copy.deepcopy(make_forms.central_clean())


def sichuan_forms() -> list[dict]:
    return copy.deepcopy(make_forms.sichuan_clean())


def hebei_book(forms, *, merge=True, row=1, col=1, text_numbers=False, sheet="表") -> Workbook:
    """All forms stacked on one sheet, starting at (row, col)."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet
    s = make_forms.Sheet(ws, row=row, col=col, merge=merge, text_numbers=text_numbers)
    for f in forms:
        make_forms.write_hebei(s, f)
        s.row += 2
    return wb


def central_book(forms, **kw) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "表"
    s = make_forms.Sheet(ws, **kw)
    for f in forms:
        make_forms.write_central(s, f)
        s.row += 2
    return wb


def sichuan_book(forms, **kw) -> Workbook:
    wb = Workbook()
    ws = wb.active
    ws.title = "表"
    s = make_forms.Sheet(ws, **kw)
    for f in forms:
        make_forms.write_sichuan(s, f)
        s.row += 2
    return wb


def save(wb: Workbook, folder: Path) -> Path:
    path = folder / f"forms{next(_COUNTER)}.xlsx"
    wb.save(path)
    return path


def recognise(wb: Workbook, folder: Path):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    return recognize(read_workbook(save(wb, folder)))


def check(wb_or_path, folder: Path, settings=None):
    """Findings of `govaudit check` on a workbook (or a saved file)."""
    from govaudit.engine.context import Context
    from govaudit.pipeline import Options, check_file

    path = wb_or_path if isinstance(wb_or_path, Path) else save(wb_or_path, folder)
    options = Options(context=Context(settings=settings)) if settings is not None else Options()
    status, findings = check_file(path, options)
    assert status.status == "checked", status.error
    return findings


def problems(findings) -> list[tuple[str, str | None, str | None]]:
    """Every error and warning as (code, sheet, cell) of its judged cell."""
    out = []
    for f in findings:
        if f.severity.value == "info":
            continue
        loc = f.locations[0] if f.locations else None
        out.append((f.code, loc.sheet if loc else None, loc.cell if loc else None))
    return sorted(out)


def notes(findings) -> list[tuple[str, str | None]]:
    """RND001 notes as (sheet, cell)."""
    return sorted((f.locations[0].sheet, f.locations[0].cell) for f in findings if f.code == "RND001")


def cell_of(ws, text, occurrence=0):
    """The (row, column) of the n-th cell whose value is `text` on a worksheet."""
    hits = [(c.row, c.column) for r in ws.iter_rows() for c in r if c.value == text]
    return hits[occurrence]


# ----------------------------------------------------------------------------- grids of the held-out batches
MERGED_LEFT, MERGED_UP = "<", "^"  # a grid cell merged into the cell on its left / above
NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
PERCENT = re.compile(r"^-?\d+(\.\d+)?%$")


def spans(rows):
    """(row, col) of each merged region's anchor → (last row, last col), from the "<" and "^" marks of a grid."""
    anchor = {}
    for r, row in enumerate(rows):
        for c, v in enumerate(row):
            if v == MERGED_LEFT:
                anchor[(r, c)] = anchor[(r, c - 1)]
            elif v == MERGED_UP:
                anchor[(r, c)] = anchor[(r - 1, c)]
            else:
                anchor[(r, c)] = (r, c)
    out = {}
    for (r, c), a in anchor.items():
        r2, c2 = out.get(a, a)
        out[a] = (max(r2, r), max(c2, c))
    return {a: e for a, e in out.items() if e != a}


def write_value(cell, v: str) -> None:
    """A grid's text into a worksheet cell as a department types it: "12.50" a number shown with two decimals,
    "98.5%" a fraction shown as a percent, anything else text."""
    if NUMBER.match(v):
        d = Decimal(v)
        places = max(0, -d.as_tuple().exponent)
        cell.value = int(d) if places == 0 else float(d)
        cell.number_format = "0" if places == 0 else "0." + "0" * places
    elif PERCENT.match(v):
        d = Decimal(v[:-1])
        places = max(0, -d.as_tuple().exponent)
        cell.value = float(d / 100)
        cell.number_format = "0%" if places == 0 else "0." + "0" * places + "%"
    else:
        cell.value = v


def merge_grid(ws, rows, top: int, left: int = 1) -> None:
    """Merges a grid's "<"/"^" regions on a worksheet whose cell (top, left) holds the grid's first cell."""
    for (r, c), (r2, c2) in spans(rows).items():
        ws.merge_cells(start_row=top + r, start_column=left + c, end_row=top + r2, end_column=left + c2)
