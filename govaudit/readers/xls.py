""".xls (Excel 97-2003, BIFF8) and WPS .et → Workbook, with the number format of every cell.

xlrd is used rather than python-calamine because xlrd gives each cell's number format (formatting_info=True), and
the format is what says how many decimals a figure was shown with (the rounding interval every identity relies
on); the cell's alignment indent comes from the same XF record. Numbers come as floats, as from an .xlsx; recognise turns them into Decimal the same way.

Security: the file is read whole by xlrd, so its size is bounded first; rows are read ragged (no padding to the
widest row), blank cells are left out, and the cell count is bounded as for .xlsx.
"""

from __future__ import annotations

import warnings
from pathlib import Path

from govaudit.readers.base import Cell, ReadError, Sheet, Workbook

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_CELLS = 400_000


def read_xls(path: Path) -> Workbook:
    import xlrd

    what = "WPS 表格（.et）" if path.suffix.lower() == ".et" else "旧版 Excel 工作簿（.xls）"

    if path.stat().st_size > MAX_FILE_BYTES:
        raise ReadError(f"工作簿过大（{path.stat().st_size // (1024 * 1024)} MB），拒绝读取")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            book = xlrd.open_workbook(str(path), formatting_info=True, ragged_rows=True, on_demand=True,
                                      logfile=_Silent())
    except xlrd.biffh.XLRDError as exc:
        text = str(exc)
        if "encrypt" in text.lower() or "password" in text.lower():
            raise ReadError("工作簿受密码保护（已加密），请先取消密码再检查") from None
        raise ReadError(f"{what}无法解析（{_one_line(text)}）") from None
    except MemoryError:
        raise ReadError("工作簿过大，内存不足，无法读取") from None
    except Exception as exc:
        raise ReadError(f"{what}已损坏或无法解析（{type(exc).__name__}）") from None
    try:
        return _convert(book, path)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError("工作簿过大，内存不足，无法读取") from None
    except Exception as exc:
        raise ReadError(f"{what}已损坏或无法解析（{type(exc).__name__}）") from None
    finally:
        book.release_resources()


class _Silent:
    """xlrd writes warnings about odd records to a log file; they are not the user's business."""

    def write(self, _text):
        pass


def _one_line(text: str) -> str:
    return " ".join(text.split())[:120]


def _convert(book, path: Path) -> Workbook:
    import xlrd

    out = Workbook(path=str(path))
    formats = book.format_map
    xfs = book.xf_list
    count = 0
    for index in range(book.nsheets):
        ws = book.sheet_by_index(index)
        sheet = Sheet(name=ws.name)
        for r in range(ws.nrows):
            types, values = ws.row_types(r), ws.row_values(r)
            for c, (kind, value) in enumerate(zip(types, values)):
                if kind in (xlrd.XL_CELL_EMPTY, xlrd.XL_CELL_BLANK):
                    continue
                if kind == xlrd.XL_CELL_TEXT and value == "":
                    continue
                count += 1
                if count > MAX_CELLS:
                    raise ReadError(f"工作簿单元格过多（超过 {MAX_CELLS}），拒绝读取")
                fmt, indent = "General", 0
                xf_index = ws.cell_xf_index(r, c)
                if 0 <= xf_index < len(xfs):
                    fmt_obj = formats.get(xfs[xf_index].format_key)
                    if fmt_obj is not None and fmt_obj.format_str:
                        fmt = fmt_obj.format_str
                    # the alignment indent (Excel's 增加缩进量), a name's level where no 科目编码 is printed
                    indent = getattr(getattr(xfs[xf_index], "alignment", None), "indent_level", 0) or 0
                sheet.cells[(r + 1, c + 1)] = Cell(row=r + 1, col=c + 1, value=_value(kind, value, book.datemode),
                                                   number_format=fmt, indent=indent)
        # merged ranges: (rlo, rhi, clo, chi), half-open, 0-based
        sheet.merged = [(rlo + 1, clo + 1, rhi, chi) for rlo, rhi, clo, chi in ws.merged_cells
                        if rhi > rlo and chi > clo]
        sheet.hidden = bool(getattr(ws, "visibility", 0))  # 1 hidden, 2 very hidden
        sheet.hidden_rows = {r + 1 for r, info in ws.rowinfo_map.items() if info.hidden}
        sheet.hidden_cols = {c + 1 for c, info in ws.colinfo_map.items() if info.hidden}
        out.sheets.append(sheet)
        book.unload_sheet(index)
    return out


def _value(kind, value, datemode):
    import xlrd

    if kind == xlrd.XL_CELL_NUMBER:
        return value  # a float, as openpyxl gives a number with a decimal point
    if kind == xlrd.XL_CELL_DATE:
        try:
            return xlrd.xldate.xldate_as_datetime(value, datemode)
        except Exception:
            return value
    if kind == xlrd.XL_CELL_BOOLEAN:
        return bool(value)
    if kind == xlrd.XL_CELL_ERROR:
        return xlrd.error_text_from_code.get(value, "#ERR")
    return value
