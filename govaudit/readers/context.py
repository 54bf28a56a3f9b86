"""The cells around a reference, as shown text, for reports that picture a finding without the workbook.

pipeline.attach_context puts them on findings; a reader knows nothing of findings."""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from govaudit.cellref import parse_a1
from govaudit.readers.base import Sheet, Workbook

_DECIMALS_RE = re.compile(r"0\.(0+)")
_NUMBER_RE = re.compile(r"^[-+]?[\d,]*\.?\d+%?$")


def shown_text(value, number_format: str = "General") -> str:
    """The value roughly as Excel shows it: decimals and percent from the number format, dates as dates."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d") if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (int, float, Decimal)):
        from govaudit.recognize.number_scale import format_scale, scaled

        scale = format_scale(number_format)
        if scale:  # ('0!.0000': 元 shown as 万元) as the sheet shows it, as the checks read it
            shown, places = scaled(Decimal(str(value)), scale)
            return f"{shown:,.{places}f}" if "#,##" in number_format else f"{shown:.{places}f}"
        fmt = (number_format or "General").split(";")[0]
        percent = "%" in fmt
        number = value * 100 if percent else value
        m = _DECIMALS_RE.search(fmt)
        if m or (fmt != "General" and "0" in fmt):
            places = len(m.group(1)) if m else 0
            grouping = "," if "#,##" in fmt else ""
            # as Excel shows it: the decimal value rounded half up (a float would show 0.125 as 0.12)
            shown = Decimal(str(number)).quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP)
            text = f"{shown:{grouping}f}"
        else:
            text = f"{number:.10g}" if isinstance(number, float) else str(number)
        return text + ("%" if percent else "")
    return str(value).strip()


def _sheet(book: Workbook, name: str | None) -> Sheet | None:
    return next((s for s in book.sheets if s.name == name), None)


def cell_context(book: Workbook, sheet_name: str | None, ref: str | None, radius: int = 2) -> dict | None:
    """{"sheet", "top", "left", "rows"} for the (2·radius+1)² cells centred on ref, clipped at row/column 1."""
    sheet = _sheet(book, sheet_name)
    pos = parse_a1(ref) if ref else None
    if sheet is None or pos is None:
        return None
    row, col = pos
    top, left = max(1, row - radius), max(1, col - radius)
    rows = []
    for r in range(top, row + radius + 1):
        line = []
        for c in range(left, col + radius + 1):
            cell = sheet.get(r, c)
            line.append(shown_text(cell.value, cell.number_format) if cell is not None else "")
        rows.append(line)
    heads = [_row_head(sheet, r, col, left) for r in range(top, row + radius + 1)]
    out = {"sheet": sheet.name, "top": top, "left": left, "rows": rows}
    if sheet.origins:  # a document: name rows and columns as the document does (Word table row/column, paragraph)
        out.update(_document_names(sheet, row, col, range(top, row + radius + 1), range(left, col + radius + 1)))
    if any(heads):
        out["row_heads"] = heads  # the row's label when it lies left of the grid (科目编码 and 名称)
    return out


def _document_names(sheet: Sheet, row: int, col: int, rows, cols) -> dict:
    judged = sheet.origins.get((row, col))
    table = judged.table if judged is not None else None
    row_names, col_names = [], []
    for r in rows:
        o = next((sheet.origins[(r, c)] for c in cols if (r, c) in sheet.origins), None)
        if o is None:
            row_names.append("")
        elif o.table is not None:
            row_names.append(f"第{o.row}行" if o.table == table else f"表{o.table}·{o.row}")
        elif o.paragraph is not None:
            row_names.append(f"第{o.paragraph}段")
        else:
            row_names.append(f"第{o.page}页" if o.page else "")
    for c in cols:
        o = sheet.origins.get((row, c))
        col_names.append(f"第{o.col}列" if o is not None and o.col is not None else "")
    caption = f"表{table}" if table is not None else (f"第{judged.page}页" if judged and judged.page else "")
    return {"row_names": row_names, "col_names": col_names, "caption": caption}


def _is_number(value) -> bool:
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return True
    return isinstance(value, str) and bool(_NUMBER_RE.match(value.strip(" \t\r\n\u3000\xa0")))


def _row_head(sheet: Sheet, row: int, col: int, left: int, limit: int = 40) -> str:
    """Walking left from the judged column: skip figures, then take the texts up to the next figure
    (the 科目 name, code parts and all). Empty when that label is already inside the grid."""
    parts: list[str] = []
    first = None
    for c in range(col - 1, 0, -1):
        cell = sheet.get(row, c)
        value = cell.value if cell is not None else None
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if _is_number(value) and not (parts and isinstance(value, str)):
            if parts:
                break
            continue
        parts.insert(0, " ".join(str(value).split()))
        first = c if first is None else first
    if not parts or first >= left:
        return ""
    text = " ".join(parts)
    return text if len(text) <= limit else text[: limit - 1] + "…"

