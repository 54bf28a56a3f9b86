"""openpyxl reader: .xlsx/.xlsm → Workbook of cells with shown number formats and merged ranges."""

from __future__ import annotations

import re
import warnings
import zipfile
from pathlib import Path

from govaudit.readers.base import Cell, ReadError, Sheet, Workbook

# Guards against hostile files, checked on the zip directory before any XML is parsed.
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 150  # a member this much smaller packed than unpacked is a zip bomb
MAX_MERGED_AREA = 200_000  # openpyxl materialises every cell of a merged range
MAX_CELLS = 3_000_000

_MERGE_RE = re.compile(rb'<mergeCell\s+ref="([A-Z]+)(\d+):([A-Z]+)(\d+)"')
_CELL_RE = re.compile(rb"<c\s[^>]*?r=\"([A-Z]+\d+)\"[^>]*?(?:/>|>(.*?)</c>)", re.S)
# a cached value: <v>…</v>; an empty <v/> (as openpyxl and other scripts write) is no value
_CACHED_RE = re.compile(rb"<v\b[^>]*(?<!/)>")


def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


def _inspect_zip(zf: zipfile.ZipFile) -> dict[str, set[str]]:
    """Check sizes and merged areas; return, per worksheet part, formula cells that have no cached value."""
    total = 0
    for info in zf.infolist():
        total += info.file_size
        if info.file_size > 10 * 1024 * 1024 and info.compress_size and info.file_size / info.compress_size > MAX_RATIO:
            raise ReadError(f"工作簿内部文件 {info.filename} 压缩比异常（疑似压缩炸弹），拒绝读取")
    if total > MAX_UNPACKED_BYTES:
        raise ReadError(f"工作簿解压后过大（{total // (1024 * 1024)} MB），拒绝读取")
    if "xl/workbook.xml" not in zf.namelist():
        raise ReadError("不是有效的 Excel 工作簿：缺少 xl/workbook.xml")
    uncached: dict[str, set[str]] = {}
    for name in zf.namelist():
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        data = zf.read(name)
        for m in _MERGE_RE.finditer(data):
            c1, r1, c2, r2 = m.groups()
            area = (abs(int(r2) - int(r1)) + 1) * (abs(_col_number(c2) - _col_number(c1)) + 1)
            if area > MAX_MERGED_AREA:
                raise ReadError(f"工作表包含异常巨大的合并区域（{area} 个单元格），拒绝读取")
        if b"<f" in data:
            missing = set()
            for m in _CELL_RE.finditer(data):
                body = m.group(2) or b""
                if b"<f" in body and not _CACHED_RE.search(body):
                    missing.add(m.group(1).decode())
            if missing:
                uncached[name] = missing
    return uncached


def _sheet_parts(zf: zipfile.ZipFile) -> dict[str, str]:
    """Sheet name → worksheet part path, from workbook.xml and its relationships."""
    from defusedxml import ElementTree as ET

    ns_main = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    ns_rel = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
    rels = ET.fromstring(zf.read("xl/_rels/workbook.xml.rels"))
    targets = {}
    for rel in rels:
        target = rel.get("Target", "")
        target = target.lstrip("/")
        if not target.startswith("xl/"):
            target = "xl/" + target
        targets[rel.get("Id")] = target
    book = ET.fromstring(zf.read("xl/workbook.xml"))
    out = {}
    for sheet in book.iter(f"{ns_main}sheet"):
        out[sheet.get("name")] = targets.get(sheet.get(f"{ns_rel}id"), "")
    return out


def read_xlsx(path: Path) -> Workbook:
    try:
        with zipfile.ZipFile(path) as zf:
            uncached = _inspect_zip(zf)
            parts = _sheet_parts(zf) if uncached else {}
    except zipfile.BadZipFile:
        raise ReadError("工作簿已损坏或不完整（zip 结构无法解析）") from None
    except ReadError:
        raise
    except Exception as exc:  # malformed XML inside a zip, etc.
        raise ReadError(f"工作簿结构无法解析（{type(exc).__name__}）") from None

    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # keep_vba=False and data_only=True: we need shown values, never the macros
            wb = openpyxl.load_workbook(path, data_only=True, read_only=False)
    except Exception as exc:
        raise ReadError(f"工作簿无法打开（{type(exc).__name__}: {str(exc)[:120]}）") from None

    book = Workbook(path=str(path))
    try:
        for ws in wb.worksheets:
            if len(ws._cells) > MAX_CELLS:
                raise ReadError(f"工作表「{ws.title}」单元格过多（{len(ws._cells)}），拒绝读取")
            sheet = Sheet(name=ws.title)
            missing = uncached.get(parts.get(ws.title, ""), set())
            # iterate the stored cells only: iter_rows() would create every empty cell of the used range
            for (r, c), cell in ws._cells.items():
                value = cell.value
                if value is None and not missing:
                    continue
                ref = cell.coordinate
                sheet.cells[(r, c)] = Cell(
                    row=r,
                    col=c,
                    value=value,
                    number_format=cell.number_format or "General",
                    formula_without_value=value is None and ref in missing,
                )
            sheet.merged = [
                (m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges
            ]
            book.sheets.append(sheet)
    finally:
        wb.close()
    return book
