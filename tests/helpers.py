"""Small helpers over findings, shared by the test modules."""

from __future__ import annotations


def where(finding) -> tuple[str | None, str | None]:
    loc = finding.locations[0] if finding.locations else None
    return (loc.sheet, loc.cell) if loc else (None, None)


def pick(findings, code: str, sheet: str | None = None, cell: str | None = None) -> list:
    """Findings of `code` (judged at sheet!cell when given)."""
    return [f for f in findings if f.code == code
            and (sheet is None or where(f)[0] == sheet) and (cell is None or where(f)[1] == cell)]


def problems(findings) -> list[tuple[str, str | None, str | None]]:
    """Every finding that is not a rounding note, as (code, sheet, cell)."""
    return sorted((f.code, *where(f)) for f in findings if f.severity.value != "info")



def docx_cells(table):
    """`table.cell` for a python-docx table whose layout no longer changes (merges done): python-docx rebuilds the
    whole grid on every table.cell() call, which made writing a form's 200 cells take a second and a half."""
    grid, width = table._cells, table._column_count
    return lambda row, col: grid[row * width + col]
