"""Each place a finding names gets the title of the table or form it is in (Location.table_title).

Rules give the judged place its table (Finding.table); the places a figure was computed from often lie in the same
table or another one (a cross-table rule's other side: 公开06表's 人员经费合计 behind a 公开05表 finding), and a reader
of the JSON/SARIF report should not have to guess which table a bare '表六!C17' or '表6 第15行第3列' is in. The
tables and forms recognised say where each of their figures is: a place in exactly one of them is labelled with it,
a place in none or in two (never seen, but not guessed) keeps no title.
"""

from __future__ import annotations

from govaudit.cellref import parse_a1
from govaudit.model.figure import locations_under


def _titles(disclosure) -> tuple[dict, dict]:
    """(sheet, cell) → title of the one table or form holding a figure there; (sheet, row) → title of the one
    table with a row there (a blank cell of its row: a rule's place for a figure not printed)."""
    cells: dict = {}
    rows: dict = {}

    def put(where: dict, key, title: str) -> None:
        where[key] = title if where.get(key, title) == title else None  # (two claim it: none)

    for t in list(disclosure.tables.values()) + list(disclosure.extra_tables):
        for row in t.rows:
            put(rows, (row.sheet or t.sheet, row.row), t.label)
            for fig in row.cells.values():
                if fig is not None and fig.source.cell:
                    put(cells, (fig.source.sheet, fig.source.cell), t.label)
    for form in disclosure.forms:
        for loc in locations_under(form):  # (a form's slots too: where a field's value is, or would be)
            if loc.cell:
                put(cells, (loc.sheet, loc.cell), form.name)
    return cells, rows


def label_places(disclosure, findings) -> None:
    """Fill table_title of each place that has none and lies in one recognised table or form of this disclosure's
    file (a --together group's places name their own files: together_places.restore)."""
    if not any(loc.table_title is None and loc.cell for f in findings for loc in f.locations):
        return
    cells, rows = _titles(disclosure)
    for f in findings:
        changed = False
        out = []
        for loc in f.locations:
            title = None
            if loc.table_title is None and loc.cell and loc.sentence is None and loc.file in ("", disclosure.path):
                title = cells.get((loc.sheet, loc.cell))
                if title is None and (loc.sheet, loc.cell) not in cells:
                    rc = parse_a1(loc.cell)
                    title = rows.get((loc.sheet, rc[0])) if rc else None
            if title:
                loc = loc.model_copy(update={"table_title": title})
                changed = True
            out.append(loc)
        if changed:
            f.locations = out
