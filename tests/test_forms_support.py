"""Helpers for the 绩效自评表 tests (no tests here): build form workbooks with samples/make_forms.py, check them.

A test copies a clean form (make_forms.hebei_clean() …), changes one value, writes it in one layout and
looks at exactly which (code, sheet, cell) the check reports.
"""

from __future__ import annotations

import copy
import itertools
import sys
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
