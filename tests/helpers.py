"""Small helpers over findings, and for writing Word tables, shared by the test modules."""

from __future__ import annotations

import copy


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


_MERGED: dict = {}


def merge_docx(table, spans) -> None:
    """Merge each ((row, col), (row2, col2)) of `spans` (none overlapping) in a python-docx table not written yet.
    python-docx's merge walks the table's XML with xpath, ~10 ms a merge and most of the time writing a 绩效自评表:
    a table of the same XML and spans is merged once per process, later ones get a copy of its merged XML."""
    from lxml import etree

    spans = tuple(spans)
    key = (etree.tostring(table._tbl), spans)
    if key not in _MERGED:
        unmerged = docx_cells(table)  # a later span's corners are cells no earlier merge touched
        for (r, c), (r2, c2) in spans:
            unmerged(r, c).merge(unmerged(r2, c2))
        _MERGED[key] = copy.deepcopy(list(table._tbl))
        return
    for child in list(table._tbl):
        table._tbl.remove(child)
    table._tbl.extend(copy.deepcopy(_MERGED[key]))
