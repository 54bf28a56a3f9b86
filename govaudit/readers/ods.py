""".ods (OpenDocument spreadsheet: LibreOffice, WPS, 永中) → Workbook.

content.xml is read by one pass of expat, as the .xlsx sheets are. An ODF cell holds its value (office:value,
exact decimal text) and the text it shows (<text:p>): python-calamine reads the values fast but drops the
shown text, and the shown text is what says how many decimals a figure was published with. So the shown
decimals become the cell's number format here ("#,##0.00", "0.0%"), which recognise reads as it reads an .xlsx
format. Values are given as openpyxl gives them: float for a number with a point, int otherwise.

Repeated rows and columns (table:number-rows-repeated="1048000" on the empty tail) are skipped, not expanded;
merged ranges come from table:number-columns-spanned / number-rows-spanned; rows and columns with
table:visibility="collapse" (hidden) or "filter" are hidden, and so is a sheet whose table style says
table:display="false" (a hidden sheet: the automatic styles come before the tables in content.xml). A cell style's
left margin (fo:margin-left, LibreOffice's 增加缩进) is the cell's indent in levels of about 10 pt, as an .xlsx cell's
alignment indent. A number shown as a General cell shows it (its whole value, '2.9991') keeps the General format, as
in the .xlsx it was saved from; a shown text with other decimals ('3.00', '1,234.50') gives them. The zip is checked
as an .xlsx is (sizes, ratios, total inflated bytes), entity declarations are refused, and the cell count is bounded.
"""

from __future__ import annotations

import re
import zipfile
from datetime import datetime
from pathlib import Path

from govaudit.readers.base import Cell, ReadError, Sheet, Workbook
from govaudit.readers.context import shown_text

MAX_CELLS = 400_000

_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0}"
T_TABLE, T_ROW, T_COL, T_CELL, T_COVERED = (_TABLE + n for n in ("table", "table-row", "table-column",
                                                                 "table-cell", "covered-table-cell"))
T_NAME, T_ROWS_REP, T_COLS_REP = _TABLE + "name", _TABLE + "number-rows-repeated", _TABLE + "number-columns-repeated"
T_SPAN_C, T_SPAN_R, T_VIS = _TABLE + "number-columns-spanned", _TABLE + "number-rows-spanned", _TABLE + "visibility"
O_TYPE, O_VALUE, O_DATE, O_BOOL = (_OFFICE + n for n in ("value-type", "value", "date-value", "boolean-value"))
X_P, X_S, X_TAB, X_BREAK = _TEXT + "p", _TEXT + "s", _TEXT + "tab", _TEXT + "line-break"
X_C = _TEXT + "c"
S_STYLE, S_TABLE_PROPS, S_NAME, S_FAMILY = (_STYLE + n for n in ("style", "table-properties", "name", "family"))
T_DISPLAY, T_STYLE_NAME = _TABLE + "display", _TABLE + "style-name"
S_PARA_PROPS = _STYLE + "paragraph-properties"
FO_MARGIN_LEFT = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0}margin-left"
_LENGTH = re.compile(r"\s*([\d.]+)\s*(cm|mm|in|pt|pc|px)?\s*$")
_POINTS = {"cm": 72 / 2.54, "mm": 72 / 25.4, "in": 72.0, "pt": 1.0, "pc": 12.0, "px": 0.75, None: 1.0}
INDENT_STEP_PT = 10.0  # LibreOffice's 增加缩进 step (0.353 cm); Excel's indent levels come in as about this each

_SHOWN_NUMBER = re.compile(r"(\d[\d,，]*)(?:[.．](\d+))?")


def read_ods(path: Path) -> Workbook:
    from govaudit.readers.xlsx import Budget, check_package

    try:
        with zipfile.ZipFile(path) as zf:
            check_package(zf)
            if "content.xml" not in zf.namelist():
                raise ReadError("不是有效的 OpenDocument 表格（.ods）：缺少 content.xml")
            data = Budget().read(zf, "content.xml")
    except ReadError:
        raise
    except (zipfile.BadZipFile, EOFError):
        raise ReadError("OpenDocument 表格（.ods）已损坏或不完整（zip 结构无法解析）") from None
    except RuntimeError as exc:  # zipfile: "File ... is encrypted, password required"
        if "encrypted" in str(exc) or "password" in str(exc):
            raise ReadError("工作簿受密码保护（已加密），请先取消密码再检查") from None
        raise ReadError(f"OpenDocument 表格（.ods）无法解析（{type(exc).__name__}）") from None
    except Exception as exc:
        raise ReadError(f"OpenDocument 表格（.ods）无法解析（{type(exc).__name__}）") from None
    if b"manifest:encryption-data" in _manifest(path):
        raise ReadError("工作簿受密码保护（已加密），请先取消密码再检查")
    try:
        sheets = _Parser().parse(data)
    except ReadError:
        raise
    except MemoryError:
        raise ReadError("工作簿过大，内存不足，无法读取") from None
    except Exception as exc:  # malformed XML, …
        raise ReadError(f"OpenDocument 表格（.ods）内容无法解析（{type(exc).__name__}）") from None
    return Workbook(path=str(path), sheets=sheets)


def _manifest(path: Path) -> bytes:
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("META-INF/manifest.xml")
            return zf.read(info) if info.file_size < 1024 * 1024 else b""
    except Exception:
        return b""


def shown_format(shown: str, percent: bool) -> str:
    """A number format that shows as many decimals as the shown text has ('1,234.50' → '#,##0.00')."""
    found = _SHOWN_NUMBER.findall(shown)
    if not found:
        return "General"
    whole, decimals = found[-1]
    fmt = ("#,##0" if ("," in whole or "，" in whole) else "0") + ("." + "0" * len(decimals) if decimals else "")
    return fmt + "%" if percent else fmt


def indent_level(length: str | None) -> int:
    """A cell style's left margin ('0.353cm', '20pt') in indent levels (0 when none)."""
    m = _LENGTH.match(length or "")
    if not m:
        return 0
    try:
        points = float(m.group(1)) * _POINTS[m.group(2)]
    except ValueError:
        return 0
    return max(1, round(points / INDENT_STEP_PT)) if points >= 2 else 0


class _Parser:
    def __init__(self):
        self.sheets: list[Sheet] = []
        self.sheet: Sheet | None = None
        self.count = 0
        self.row = 0  # 1-based row of the row being read
        self.col = 0  # 1-based column of the next cell
        self.row_repeat = 1
        self.row_hidden = False
        self.col_index = 0  # for <table:table-column>
        self.cell: dict | None = None
        self.text: list[str] | None = None
        self.paragraphs: list[str] = []
        self.row_cells: list[Cell] = []
        self.style: str | None = None  # the table style being read (automatic styles)
        self.hidden_styles: set[str] = set()  # table styles with table:display="false"
        self.cell_style: str | None = None  # the table-cell style being read
        self.indents: dict[str, int] = {}  # table-cell style → its indent in levels (fo:margin-left), where it has one

    def parse(self, data: bytes) -> list[Sheet]:
        from govaudit.readers.xlsx import _expat

        parser = _expat()
        parser.StartElementHandler = self.start
        parser.EndElementHandler = self.end
        parser.CharacterDataHandler = self.chars
        parser.Parse(data, True)
        return self.sheets

    def start(self, name, attrs):
        if self.text is not None:
            if name == X_S:
                self.text.append(" " * _int(attrs.get(X_C), 1, 1000))
            elif name == X_TAB:
                self.text.append("\t")
            elif name == X_BREAK:
                self.text.append("\n")
            return
        if name == X_P and self.cell is not None:
            self.text = []
        elif name in (T_CELL, T_COVERED):
            self.cell = attrs if name == T_CELL else None
            self.paragraphs = []
            self.cell_repeat = _int(attrs.get(T_COLS_REP), 1, 1 << 20)
            if name == T_COVERED:
                self.col += self.cell_repeat
        elif name == T_ROW:
            self.row += 1
            self.col = 1
            self.row_repeat = _int(attrs.get(T_ROWS_REP), 1, 1 << 21)
            self.row_hidden = attrs.get(T_VIS) in ("collapse", "filter")
            self.row_cells = []
        elif name == T_COL and self.sheet is not None:
            repeat = _int(attrs.get(T_COLS_REP), 1, 1 << 20)
            if attrs.get(T_VIS) in ("collapse", "filter"):
                first = self.col_index + 1
                self.sheet.hidden_cols.update(range(first, min(first + repeat, 16385)))
            self.col_index += repeat
        elif name == T_TABLE:
            self.sheet = Sheet(name=attrs.get(T_NAME) or f"Sheet{len(self.sheets) + 1}")
            self.sheet.hidden = attrs.get(T_STYLE_NAME) in self.hidden_styles
            self.sheets.append(self.sheet)
            self.row = 0
            self.col_index = 0
        elif name == S_STYLE:
            self.style = attrs.get(S_NAME) if attrs.get(S_FAMILY) == "table" else None
            self.cell_style = attrs.get(S_NAME) if attrs.get(S_FAMILY) == "table-cell" else None
        elif name == S_TABLE_PROPS and self.style and attrs.get(T_DISPLAY) == "false":
            self.hidden_styles.add(self.style)
        elif name == S_PARA_PROPS and self.cell_style and (level := indent_level(attrs.get(FO_MARGIN_LEFT))):
            self.indents[self.cell_style] = level

    def end(self, name):
        if name == X_P and self.text is not None:
            self.paragraphs.append("".join(self.text))
            self.text = None
        elif self.text is not None:
            return
        elif name == T_CELL:
            self._cell()
            self.cell = None
        elif name == T_ROW:
            self._row_end()

    def chars(self, data):
        if self.text is not None:
            self.text.append(data)

    def _cell(self):
        attrs, repeat = self.cell, self.cell_repeat
        value, fmt = self._value(attrs)
        span_c = _int(attrs.get(T_SPAN_C), 1, 16384)
        span_r = _int(attrs.get(T_SPAN_R), 1, 1 << 20)
        if value is not None:
            indent = self.indents.get(attrs.get(T_STYLE_NAME), 0) if self.indents else 0
            for k in range(repeat):
                cell = Cell(row=self.row, col=self.col + k, value=value, number_format=fmt, indent=indent)
                self.row_cells.append(cell)
        if span_c > 1 or span_r > 1:
            self.sheet.merged.append((self.row, self.col, self.row + span_r - 1, self.col + span_c - 1))
        self.col += repeat

    def _value(self, attrs) -> tuple[object, str]:
        kind = attrs.get(O_TYPE)
        shown = "\n".join(self.paragraphs)
        if kind in ("float", "percentage", "currency"):
            raw = attrs.get(O_VALUE)
            if raw is None:
                return None, "General"
            # a double, as in .xlsx; made a Decimal once, at 15 significant digits (recognize.text.number_cell)
            number = float(raw) if any(ch in raw for ch in ".eE") else int(raw)
            if kind == "float" and shown == shown_text(number):
                return number, "General"  # shown as a General cell shows it: its decimals are the value's, as in .xlsx
            # a percentage shows a '%' (a writer that types it float still shows it: '99%' is 0.99)
            return number, shown_format(shown, kind == "percentage" or shown.rstrip().endswith("%"))
        if kind == "date":
            raw = attrs.get(O_DATE) or ""
            try:
                return datetime.fromisoformat(raw[:19]), "yyyy-mm-dd"
            except ValueError:
                return shown or raw, "General"
        if kind == "boolean":
            return attrs.get(O_BOOL) == "true", "General"
        if shown:
            return shown, "General"
        return None, "General"

    def _row_end(self):
        sheet = self.sheet
        if sheet is None:
            return
        repeat = self.row_repeat
        if self.row_cells:
            repeat = min(repeat, MAX_CELLS)
            for k in range(repeat):
                for cell in self.row_cells:
                    self.count += 1
                    if self.count > MAX_CELLS:
                        raise ReadError(f"工作簿单元格过多（超过 {MAX_CELLS}），拒绝读取")
                    r = self.row + k
                    sheet.cells[(r, cell.col)] = Cell(row=r, col=cell.col, value=cell.value,
                                                      number_format=cell.number_format, indent=cell.indent)
        if self.row_hidden and self.row_cells:
            sheet.hidden_rows.update(range(self.row, self.row + repeat))
        self.row += repeat - 1


def _int(text, default: int, limit: int) -> int:
    try:
        return max(1, min(int(text), limit)) if text is not None else default
    except ValueError:
        return default
