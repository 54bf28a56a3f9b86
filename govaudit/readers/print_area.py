"""A sheet's print area (the defined name _xlnm.Print_Area Excel and WPS save): what a sheet's table prints as.

Finance staff keep last year's rows or a working column beside a table and set the print area to the table; the
disclosure is what prints, and those stale figures added to a 款's 项 would draw false errors. Content outside
the print area is left out only when
- a blank row (below the area) or a blank column (right of it) separates it from the area: a print area set long
  ago that now cuts a grown table (content right under its last row) is not followed, so no table is cut short;
- and no cell of it names a table (no text with '表'): a whole table outside a forgotten print area stays read.
Rows above and columns left of the area are kept (a title or a 编制单位 line printed as a print title).
"""

from __future__ import annotations

import re

from govaudit.readers.base import Sheet

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_RANGE = re.compile(r"(?:'((?:[^']|'')+)'|([^'!,]+))!\$?([A-Za-z]{1,3})\$?(\d+)(?::\$?([A-Za-z]{1,3})\$?(\d+))?")


def _col(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def print_areas(workbook_xml: bytes) -> dict[str, tuple[int, int, int, int]]:
    """Sheet title → (first row, first col, last row, last col) bounding its print area's ranges (A1-style ranges
    only: whole rows or columns print the used range, nothing to leave out)."""
    import pyexpat

    if b"<!DOCTYPE" in workbook_xml or b"<!ENTITY" in workbook_xml:
        return {}
    titles: list[str] = []
    names: list[tuple[str | None, list[str]]] = []
    current: list | None = None

    def start(name, attrs):
        nonlocal current
        if name == f"{_NS}}}sheet":
            titles.append(attrs.get("name", ""))
        elif name == f"{_NS}}}definedName" and attrs.get("name", "").lower() == "_xlnm.print_area":
            current = [attrs.get("localSheetId"), []]
            names.append(current)

    def end(name):
        nonlocal current
        if name == f"{_NS}}}definedName":
            current = None

    def chars(text):
        if current is not None:
            current[1].append(text)

    parser = pyexpat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler, parser.EndElementHandler, parser.CharacterDataHandler = start, end, chars
    try:
        parser.Parse(workbook_xml, True)
    except pyexpat.ExpatError:
        return {}
    out: dict[str, tuple[int, int, int, int]] = {}
    for local_id, parts in names:
        if local_id is None or not local_id.isdigit() or int(local_id) >= len(titles):
            continue
        boxes = []
        for m in _RANGE.finditer("".join(parts)):
            c1, r1 = _col(m.group(3)), int(m.group(4))
            c2, r2 = (_col(m.group(5)), int(m.group(6))) if m.group(5) else (c1, r1)
            boxes.append((min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)))
        if boxes:
            out[titles[int(local_id)]] = (min(b[0] for b in boxes), min(b[1] for b in boxes),
                                          max(b[2] for b in boxes), max(b[3] for b in boxes))
    return out


def _shown(cell) -> bool:
    value = cell.value
    return cell.formula_without_value or (value is not None and str(value).strip() != "")


def trim(sheet: Sheet, box: tuple[int, int, int, int]) -> None:
    """Leave out of `sheet` what lies below or right of its print area `box`, past a blank row or column."""
    _r1, _c1, r2, c2 = box
    cells = sheet.cells
    shown = [key for key, cell in cells.items() if _shown(cell)]
    drop: set = set()
    below = [k for k in shown if k[0] > r2]
    if below and not any(r == r2 + 1 for r, _c in shown) and not _names_a_table(cells, below):
        drop.update(k for k in cells if k[0] > r2)
    shown = [k for k in shown if k not in drop]
    right = [k for k in shown if k[1] > c2]
    if right and not any(c == c2 + 1 for _r, c in shown) and not _names_a_table(cells, right):
        drop.update(k for k in cells if k[1] > c2)
    if not drop:
        return
    for key in drop:
        del cells[key]
    sheet.merged = [m for m in sheet.merged if (m[0], m[1]) not in drop]


def _names_a_table(cells, keys) -> bool:
    return any(isinstance(cells[k].value, str) and "表" in cells[k].value for k in keys)
