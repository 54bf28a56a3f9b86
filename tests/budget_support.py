"""预算 workbooks for the tests: the 上海 2026 templates filled by samples/make_budget_samples.py, changed cell by cell.

A case names a cell by (table kind, row key, column key), as make_budget_samples.Filler records them, never by
its address: the tests say "the 事业收入 of the 财务收支预算总表", the generator knows where that is.
"""

from __future__ import annotations

import io
import sys
from functools import lru_cache
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def _generator():
    sys.path.insert(0, str(SAMPLES))
    try:
        import budget_data
        import make_budget_samples
    finally:
        sys.path.remove(str(SAMPLES))
    return budget_data, make_budget_samples


@lru_cache(maxsize=None)
def clean(scope: str) -> tuple[bytes, dict]:
    """The clean workbook of `scope` ("部门" / "单位" 上海式, "江苏" 江苏式) as bytes, and where each figure is:
    (kind, row, col) → (sheet title, A1)."""
    budget_data, make = _generator()
    if scope == "江苏":  # the 江苏式 公开01–12表 (samples/jiangsu_budget.py)
        sys.path.insert(0, str(SAMPLES))
        try:
            import jiangsu_budget
        finally:
            sys.path.remove(str(SAMPLES))
        wb, at = jiangsu_budget.build()
    else:
        wb, f = make.fill(scope, budget_data.build())
        at = f.at
    where = {key: (cell.parent.title, cell.coordinate) for key, cell in at.items()}
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue(), where


def build(tmp_path, scope: str, changes: dict, name: str = "预算.xlsx", edit=None) -> tuple[Path, dict]:
    """Save the clean workbook of `scope` with `changes` ((kind, row, col) → value) and an optional edit(wb)."""
    import openpyxl

    data, where = clean(scope)
    wb = openpyxl.load_workbook(io.BytesIO(data))
    for key, value in changes.items():
        sheet, ref = where[key]
        wb[sheet][ref].value = value
    if edit is not None:
        edit(wb)
    path = tmp_path / name
    wb.save(path)
    return path, where


def check(path: Path):
    """(disclosure, findings) of a workbook."""
    from govaudit.engine.runner import run_rules
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    disclosure = recognize(read_workbook(path))
    disclosure.path = str(path)
    return disclosure, run_rules(disclosure)


@lru_cache(maxsize=None)
def _recognised(scope: str):
    import tempfile

    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    data, _where = clean(scope)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / f"预算-{scope}.xlsx"
        path.write_bytes(data)
        disclosure = recognize(read_workbook(path))
    disclosure.path = f"预算-{scope}.xlsx"
    return disclosure


def changed(scope: str, changes: dict):
    """(disclosure, findings, where) of the clean 预算 of `scope` read once, with `changes` made to its figures: the
    rules see exactly what reading the changed workbook would give, without writing and reading it again."""
    from decimal import Decimal

    from govaudit.cellref import parse_a1
    from govaudit.engine.runner import run_rules
    from govaudit.model import Figure, Location
    from govaudit.recognize.text import parse_number

    _data, where = clean(scope)
    disclosure = _recognised(scope).model_copy(deep=True)
    for key, value in changes.items():
        sheet, ref = where[key]
        r, c = parse_a1(ref)
        table, column, row = next(
            (t, col, row) for t in disclosure.tables.values() if t.sheet == sheet
            for col in t.columns if col.col == c for row in t.rows if row.row == r and row.side == col.side)
        number, decimals, _pct = parse_number(value, "#,##0.00" if isinstance(value, float) else "#,##0")
        old = row.cells.get(column.key)
        source = old.source if old is not None else Location(file=disclosure.path, sheet=sheet, cell=ref,
                                                               row_label=row.label, col_label=column.header)
        unit = table.unit or "万元"
        row.cells[column.key] = Figure(value=Decimal(number), decimals=decimals, unit=unit, source=source,
                                       spread=Decimal(0) if unit == "元" else None)  # as the 预算 builder reads 元
    return disclosure, run_rules(disclosure), where
