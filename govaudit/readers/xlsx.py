""".xlsx/.xlsm → Workbook of cells with shown number formats and merged ranges.

The result is what openpyxl's default mode gives (`load_workbook(path, data_only=True)`, then every stored cell
with a value, its number format, and the sheet's merged ranges), read three to fifteen times as fast
(tests/test_reader_xlsx.py holds the two side by side):

- openpyxl still reads the package: content types, workbook.xml and its relationships, the stylesheet
  (number formats, which styles are dates).
- The shared strings and each worksheet are read here, by one pass of expat over the part's XML with small
  handlers, instead of openpyxl building an element per XML node through defusedxml's pure-Python parser and
  then a Cell object per cell (and a MergedCell, plus border styling, for every cell of every merged range).
  Rows written plainly (what Excel, WPS and openpyxl write: see _PLAIN_ROW/_PLAIN_CELL) are read by one regular
  expression per cell instead of the handlers, expat still reading their bytes (without handlers) so a malformed
  part fails as before (tests/test_reader_plain.py holds the two ways to the same cells).
  The values are converted as openpyxl's WorkSheetParser.parse_cell converts them (data_only=True): shared and
  inline strings (rich text joined to plain text), numbers, booleans, ISO dates, date-formatted serials,
  errors as their text.
- Only the cells present in the XML are visited: a 5 KB file with cells at A1 and XFD1048576 costs two cells.

Security: the XML is parsed by expat with the handlers defusedxml installs by default: an entity declaration
(billion laughs, quadratic blow-up) or an external entity reference stops the parse. The zip is checked for
size and compression ratio before any part is decompressed; merged ranges and cell counts are capped.

If openpyxl's package reading fails, or a part is malformed, or a value will not convert, the workbook is read
by openpyxl's default mode instead (`_read_with_openpyxl`, the reader this one replaced), so a file the fast
path cannot read gets the answer (usually the error message) it got before.

openpyxl internals used here (ExcelReader, apply_stylesheet, Workbook._cell_styles/_number_formats/_date_formats/
_timedelta_formats) are why pyproject.toml pins openpyxl to the 3.1 series it is tested on; if a release changes
them, _read_fast falls back (never a wrong answer) and tests/test_reader_xlsx.py, which calls _read_fast itself, fails.

A cell with no value is left out, except a formula whose result was never saved (no <v>, or an empty <v/>;
Excel's <v></v> is a saved empty string): it is kept with formula_without_value, so the checker can say so.
"""

from __future__ import annotations

import re
import warnings
from pathlib import Path

from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)
from govaudit.readers.base import Cell, ReadError, Sheet, Workbook, header_sections
from govaudit.readers import ziplite  # the package read without zipfile when plainly made (issue 13)

TYPE_CHECKING = False
if TYPE_CHECKING:
    import zipfile

# Guards against hostile files. A real disclosure workbook unpacks to a few MB; these bounds are far above that
# and keep the worst file within seconds and ~200 MB.
MAX_UNPACKED_BYTES = 120 * 1024 * 1024  # declared in the zip directory, all members together
MAX_READ_BYTES = 120 * 1024 * 1024  # inflated while reading, all parts together, however often a part is read
MAX_RATIO = 150  # a member (or the whole package) this much smaller packed than unpacked is a zip bomb
RATIO_FLOOR = 2 * 1024 * 1024  # below this size a high ratio is harmless (an empty sheet compresses well)
MAX_MERGED_AREA = 200_000  # openpyxl materialises every cell of a merged range
MAX_MERGED_TOTAL = 2_000_000  # all merged ranges of one sheet together (the fast path does not materialise them)
MAX_FALLBACK_MERGED_TOTAL = 200_000  # openpyxl's default mode makes a MergedCell for each covered cell
MAX_CELLS = 400_000  # one workbook, all sheets together (a disclosure has a few thousand)
MAX_FALLBACK_CELLS = 300_000  # openpyxl's default mode builds a Cell object (with style) for each
_ZIP_METHODS = (0, 8)  # zipfile.ZIP_STORED, ZIP_DEFLATED: what Excel, WPS and LibreOffice write

# expat reports names as "namespace}local" with this separator
_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
_ROW, _C, _V, _F, _IS, _T, _R, _SI = (_NS + tag for tag in ("row", "c", "v", "f", "is", "t", "r", "si"))
_MERGES, _MERGE = _NS + "mergeCells", _NS + "mergeCell"
_COL = _NS + "col"
_NAMES = (_ROW, _C, _V, _F, _IS, _T, _R, _SI, _MERGES, _MERGE, _COL)
_TRUE = ("1", "true")


# column letters → number, filled as cells are read (coordinate_to_tuple splits a coordinate at its first digit;
# "ABC12".rstrip(digits) splits it at the same place when the letters are letters)
_COLUMNS: dict[str, int] = {}


class _Fallback(Exception):
    """The fast path cannot read this file; let openpyxl's default mode decide."""


def _bomb(name: str) -> ReadError:
    return ReadError(f"工作簿内部文件 {_printable(name)} 压缩比异常（疑似压缩炸弹），拒绝读取")


def _printable(text: str) -> str:
    return "".join(ch if ch.isprintable() else repr(ch)[1:-1] for ch in text)[:80]


def _check_zip(zf: zipfile.ZipFile) -> None:
    check_package(zf)
    if "xl/workbook.xml" not in zf.namelist():
        raise ReadError("不是有效的 Excel 工作簿：缺少 xl/workbook.xml")


def check_package(zf: zipfile.ZipFile) -> None:
    """Sizes, compression methods and ratios from the zip directory (any zip package: .xlsx, .ods): nothing is
    decompressed yet. The sizes may lie (a header can under-declare); Budget counts what is really inflated."""
    total = packed = 0
    for info in zf.infolist():
        if info.compress_type not in _ZIP_METHODS:
            # bzip2/LZMA members are inflated whole by zipfile before the declared size is applied
            raise ReadError(f"工作簿内部文件 {_printable(info.filename)} 使用了 Excel 不使用的压缩方式"
                            f"（{info.compress_type}），拒绝读取")
        total += info.file_size
        packed += info.compress_size
        if info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(info.compress_size, 1):
            raise _bomb(info.filename)
    if total > MAX_UNPACKED_BYTES:
        raise ReadError(f"工作簿解压后过大（{total // (1024 * 1024)} MB），拒绝读取")
    if total > RATIO_FLOOR * 4 and total > MAX_RATIO * max(packed, 1):
        raise ReadError("工作簿整体压缩比异常（疑似压缩炸弹），拒绝读取")


class Budget:
    """Bytes inflated so far, over every part read: a part read once per sheet that names it counts each time."""

    def __init__(self, limit: int = MAX_READ_BYTES):
        self.left = limit

    def read(self, zf: zipfile.ZipFile, name: str) -> bytes:
        """The part, inflated in chunks and counted as it comes, so a lying header costs at most the budget."""
        chunks = []
        with zf.open(name) as fh:
            while True:
                chunk = fh.read(1024 * 1024)
                if not chunk:
                    break
                self.left -= len(chunk)
                if self.left < 0:
                    raise ReadError(f"工作簿解压后过大（超过 {MAX_READ_BYTES // (1024 * 1024)} MB），拒绝读取")
                chunks.append(chunk)
        return b"".join(chunks)


def _huge_merge(area: int) -> ReadError:
    return ReadError(f"工作表包含异常巨大的合并区域（{area} 个单元格），拒绝读取")


def _too_many_cells(title: str, count: int) -> ReadError:
    return ReadError(f"工作表「{title}」单元格过多（{count}），拒绝读取")


def read_xlsx(path: Path) -> Workbook:
    try:
        with ziplite.open_zip(path) as zf:
            _check_zip(zf)
    except ziplite.BadZipFile:
        raise ReadError("工作簿已损坏或不完整（zip 结构无法解析）") from None
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(f"工作簿结构无法解析（{type(exc).__name__}）") from None
    try:
        book = _read_fast(path)
    except _Fallback:
        book = _read_with_openpyxl(path)
    _follow_print_areas(path, book)
    return book


def _follow_print_areas(path: Path, book: Workbook) -> None:
    """Stale rows or columns a sheet keeps outside its print area are no part of the table (readers/print_area)."""
    from govaudit.readers import print_area

    try:
        with ziplite.open_zip(path) as zf:
            data = zf.read("xl/workbook.xml")
    except Exception:  # (another part name, or none: nothing to follow)
        return
    if b"Print_Area" not in data:
        return
    areas = print_area.print_areas(data)
    for sheet in book.sheets:
        if sheet.name in areas:
            print_area.trim(sheet, areas[sheet.name])


# ---------------------------------------------------------------------------------------------------------------
# The fast path


def _expat():
    """An expat parser with namespaces, refusing entity declarations and external entities as defusedxml does."""
    import pyexpat

    def forbidden(*_args):
        raise ReadError("工作簿内含 XML 实体声明（可能是恶意构造的文件），拒绝读取")

    # names come back as these very objects, so the handlers' comparisons are identity checks
    parser = pyexpat.ParserCreate(namespace_separator="}", intern={n: n for n in _NAMES})
    parser.EntityDeclHandler = forbidden
    parser.UnparsedEntityDeclHandler = forbidden
    parser.ExternalEntityRefHandler = forbidden
    parser.buffer_text = True
    parser.buffer_size = 65536
    return parser


def _open_package(path: Path):
    """openpyxl reads the package: manifest, workbook and relationships, stylesheet. Worksheets are left alone."""
    from openpyxl.reader.excel import ExcelReader
    from openpyxl.styles.stylesheet import apply_stylesheet

    reader = ExcelReader(str(path), read_only=True, keep_vba=False, data_only=True, keep_links=False)
    try:
        reader.read_manifest()
        reader.read_workbook()
        apply_stylesheet(reader.archive, reader.wb)
    except BaseException:
        reader.archive.close()
        raise
    return reader


def _read_fast(path: Path) -> Workbook:
    try:
        archive = ziplite.open_zip(path)
    except Exception:
        raise _Fallback from None
    try:
        sheets, strings_part, styles, epoch = _plain_package(archive)
    except Exception:  # not plainly made (_Slow), or a part that does not parse: openpyxl decides, as before
        archive.close()
        sheets = None
    if sheets is None:
        sheets, strings_part, styles, epoch, archive = _openpyxl_package(path)
    try:
        _distinct_parts([part for _title, part, _state in sheets])
        budget = Budget()
        strings = _read_strings(budget.read(archive, strings_part)) if strings_part is not None else []
        book = Workbook(path=str(path))
        counted = [0]
        for title, part, state in sheets:
            sheet = _read_sheet(title, budget.read(archive, part), strings, styles, epoch, counted)
            sheet.hidden = state in ("hidden", "veryHidden")
            book.sheets.append(sheet)
        return book
    except (ReadError, _Fallback):
        raise
    except ziplite.BadZipFile:
        raise ReadError("工作簿已损坏或不完整（zip 结构无法解析）") from None
    except MemoryError:
        raise ReadError("工作簿过大，内存不足，无法读取") from None
    except Exception:  # malformed XML, a value openpyxl would not convert either, …
        raise _Fallback from None
    finally:
        archive.close()


def _openpyxl_package(path: Path):
    """_plain_package's answer from openpyxl's own package reading, for a package that path does not take."""
    try:
        from govaudit.readers.lean import import_openpyxl

        import_openpyxl()
        from openpyxl.workbook.child import INVALID_TITLE_REGEX
        from openpyxl.xml.constants import SHARED_STRINGS

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = _open_package(path)
    except Exception:
        raise _Fallback from None
    archive = reader.archive
    try:
        wb = reader.wb
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            sheets = [(sheet.name, rel.target, sheet.state) for sheet, rel in reader.parser.find_sheets()
                      if rel.target in reader.valid_files and "chartsheet" not in rel.Type]
        for title, _part, _state in sheets:
            if not title or INVALID_TITLE_REGEX.search(title):
                raise _Fallback  # openpyxl's default mode refuses such a title; let it say so
        ct = reader.package.find(SHARED_STRINGS)
        return sheets, ct.PartName[1:] if ct is not None else None, _StyleFormats(wb), wb.epoch, archive
    except BaseException as exc:
        archive.close()
        if isinstance(exc, Exception) and not isinstance(exc, _Fallback):
            raise _Fallback from None
        raise


class _StyleFormats:
    """Style index → number format as openpyxl shows it (cell.number_format), and which styles are dates."""

    def __init__(self, wb):
        self._styles = wb._cell_styles
        self._custom = wb._number_formats
        self.dates = wb._date_formats
        self.timedeltas = wb._timedelta_formats
        self.cache: dict[int, str] = {}
        aligns = wb._alignments
        self.indents = {i: int(aligns[st.alignmentId].indent) for i, st in enumerate(self._styles)
                        if 0 <= st.alignmentId < len(aligns) and (aligns[st.alignmentId].indent or 0) > 0}

    def __getitem__(self, style_id: int) -> str:
        fmt = self.cache.get(style_id)
        if fmt is None:
            from openpyxl.styles.numbers import BUILTIN_FORMATS, BUILTIN_FORMATS_MAX_SIZE

            idx = self._styles[style_id].numFmtId  # an unknown style fails here, as it fails openpyxl
            if idx < BUILTIN_FORMATS_MAX_SIZE:
                fmt = BUILTIN_FORMATS.get(idx, "General")
            elif 0 <= idx - BUILTIN_FORMATS_MAX_SIZE < len(self._custom):
                fmt = self._custom[idx - BUILTIN_FORMATS_MAX_SIZE]
            else:
                fmt = "General"  # a style naming a format the file never defines: Excel shows General (openpyxl fails)
            fmt = fmt or "General"
            self.cache[style_id] = fmt
        return fmt


# ---------------------------------------------------------------------------------------------------------------
# The package read without openpyxl (importing it is ≈ 90 ms, a fifth of a small workbook's check): content types,
# workbook, its relationships and the stylesheet by ElementTree, giving what openpyxl's ExcelReader and
# apply_stylesheet give. Only plainly made packages are read here; any other (no stylesheet, a DTD, a missing or
# odd part, an attribute openpyxl would refuse) raises _Slow and openpyxl reads the package as before, so this path
# is at most stricter than openpyxl, never more lenient about what it reads.


class _Slow(Exception):
    """Not a plainly made package: let openpyxl read it."""


_CT = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_PKG_REL = "{http://schemas.openxmlformats.org/package/2006/relationships}Relationship"
_R_ID = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id"
_M = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
# openpyxl.reader.excel._find_workbook_part tries these in this order
_WORKBOOK_TYPES = ("application/vnd.ms-excel.template.macroEnabled.main+xml",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
                   "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
                   "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml")
_SHARED_STRINGS_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"
# openpyxl.styles.numbers.BUILTIN_FORMATS (tests/test_reader_xlsx.py holds them equal)
BUILTIN_FORMATS = {
    0: 'General', 1: '0', 2: '0.00', 3: '#,##0', 4: '#,##0.00', 5: '"$"#,##0_);("$"#,##0)',
    6: '"$"#,##0_);[Red]("$"#,##0)', 7: '"$"#,##0.00_);("$"#,##0.00)', 8: '"$"#,##0.00_);[Red]("$"#,##0.00)',
    9: '0%', 10: '0.00%', 11: '0.00E+00', 12: '# ?/?', 13: '# ??/??', 14: 'mm-dd-yy', 15: 'd-mmm-yy', 16: 'd-mmm',
    17: 'mmm-yy', 18: 'h:mm AM/PM', 19: 'h:mm:ss AM/PM', 20: 'h:mm', 21: 'h:mm:ss', 22: 'm/d/yy h:mm',
    37: '#,##0_);(#,##0)', 38: '#,##0_);[Red](#,##0)', 39: '#,##0.00_);(#,##0.00)', 40: '#,##0.00_);[Red](#,##0.00)',
    41: '_(* #,##0_);_(* \\(#,##0\\);_(* "-"_);_(@_)', 42: '_("$"* #,##0_);_("$"* \\(#,##0\\);_("$"* "-"_);_(@_)',
    43: '_(* #,##0.00_);_(* \\(#,##0.00\\);_(* "-"??_);_(@_)',
    44: '_("$"* #,##0.00_)_("$"* \\(#,##0.00\\)_("$"* "-"??_)_(@_)', 45: 'mm:ss', 46: '[h]:mm:ss', 47: 'mmss.0',
    48: '##0.0E+0', 49: '@'}
_BUILTIN_REVERSE = {code: idx for idx, code in BUILTIN_FORMATS.items()}
_BUILTIN_MAX = 164  # openpyxl's BUILTIN_FORMATS_MAX_SIZE: custom formats are numbered from here
# openpyxl.styles.numbers.is_date_format / is_timedelta_format
_STRIP_RE = lazy(r'".*?"|\[(?!hh?\]|mm?\]|ss?\])[^\]]*\]')
_DATE_RE = lazy(r"(?<![_\\])[dmhysDMHYS]")
_TIMEDELTA_RE = lazy(r'\[hh?\](:mm(:ss(\.0*)?)?)?|\[mm?\](:ss(\.0*)?)?|\[ss?\](\.0*)?', re.I)
# openpyxl.utils.datetime.CALENDAR_WINDOWS_1900 and CALENDAR_MAC_1904 as (year, month, day): made datetimes by
# _epoch when a sheet first holds a date (datetime is not imported at start, issue 13)
_EPOCH_1900 = (1899, 12, 30)
_EPOCH_1904 = (1904, 1, 1)


def _epoch(epoch):
    """The workbook's epoch as a datetime: _plain_package gives it as (year, month, day), openpyxl as a datetime."""
    if isinstance(epoch, tuple):
        from datetime import datetime

        return datetime(*epoch)
    return epoch
_INVALID_TITLE = lazy(r'[\\*?:/\[\]]')  # openpyxl.workbook.child.INVALID_TITLE_REGEX
_DIGITS = lazy(r"-?[0-9]+")


def is_date_format(fmt: str | None) -> bool:
    if fmt is None:
        return False
    return _DATE_RE.search(_STRIP_RE.sub("", fmt.split(";")[0])) is not None


def is_timedelta_format(fmt: str | None) -> bool:
    if fmt is None:
        return False
    return _TIMEDELTA_RE.search(fmt.split(";")[0]) is not None


def _xml(archive: zipfile.ZipFile, name: str) -> _Node:
    """A small package part as a tree of _Node; a DTD (entities) or a part that is not there: _Slow."""
    try:
        data = archive.read(name)
    except KeyError:
        raise _Slow from None
    if len(data) > 8 * 1024 * 1024 or b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise _Slow
    return _tree(data)


_STEP = lazy(r"(?:\{[^}]*\})?[^/{]+")


class _Node:
    """An element as xml.etree.ElementTree gives it, for what _plain_package asks of one (tag and attributes with
    namespaces as {uri}name, get, iter, find/findall/iterfind of child paths "a/b"), without importing ElementTree
    (≈ 13 M instructions of every workbook's check, issue 13). tests/test_reader_xlsx.py compares the two."""

    __slots__ = ("tag", "attrib", "children")

    def __init__(self, tag: str, attrib: dict):
        self.tag, self.attrib, self.children = tag, attrib, []

    def get(self, key: str, default=None):
        return self.attrib.get(key, default)

    def iter(self, tag: str | None = None):
        if tag is None or self.tag == tag:
            yield self
        for child in self.children:
            yield from child.iter(tag)

    def iterfind(self, path: str):
        nodes = [self]
        for step in _STEP.findall(path):  # ("{uri}a/{uri}b": a "/" inside braces is the URI's)
            nodes = [c for n in nodes for c in n.children if c.tag == step]
        return iter(nodes)

    def findall(self, path: str) -> list[_Node]:
        return list(self.iterfind(path))

    def find(self, path: str) -> _Node | None:
        return next(self.iterfind(path), None)


def _tree(data: bytes) -> _Node:
    """The root of the document as ElementTree.XML(data) parses it (expat with namespaces; names as {uri}name)."""
    import pyexpat

    def fix(name: str) -> str:
        return "{" + name if "}" in name else name

    stack: list[_Node] = []
    root: list[_Node] = []

    def start(name, attrs):
        node = _Node(fix(name), {fix(k): v for k, v in attrs.items()})
        (stack[-1].children if stack else root).append(node)
        stack.append(node)

    def end(_name):
        stack.pop()

    parser = pyexpat.ParserCreate(namespace_separator="}")
    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.Parse(data, True)
    return root[0]


def _int(text: str | None, default: int | None = None) -> int:
    if text is None and default is not None:
        return default
    if text is None or not _DIGITS.fullmatch(text):
        raise _Slow  # openpyxl's Integer() would convert or refuse it its own way
    return int(text)


def _flag(text: str | None) -> bool:
    if text is None or text in ("0", "false"):
        return False
    if text in ("1", "true"):
        return True
    raise _Slow


class _PlainStyles:
    """_StyleFormats from the stylesheet itself, as openpyxl's Stylesheet._normalise_numbers and _StyleFormats
    give them: each cell style's shown number format, and which styles are dates or durations."""

    def __init__(self, root):
        if root.tag != _M + "styleSheet":
            raise _Slow
        custom: dict[int, str] = {}
        for fmt in root.iterfind(f"{_M}numFmts/{_M}numFmt"):
            code = fmt.get("formatCode")
            if code is None:
                raise _Slow
            custom[_int(fmt.get("numFmtId"))] = code
        xfs = root.findall(f"{_M}cellXfs/{_M}xf")
        if not xfs or len(root.findall(f"{_M}cellXfs")) != 1:
            raise _Slow  # openpyxl then keeps its own default styles
        # the named styles openpyxl expands: each must find its font, fill and border
        named = root.findall(f"{_M}cellStyleXfs/{_M}xf")
        counts = [len(root.findall(f"{_M}{group}/{_M}{item}"))
                  for group, item in (("fonts", "font"), ("fills", "fill"), ("borders", "border"))]
        styles_seen = root.findall(f"{_M}cellStyles/{_M}cellStyle")
        if not styles_seen:
            raise _Slow  # openpyxl adds its Normal style, with a warning
        for style in styles_seen:
            xf_id = _int(style.get("xfId"))
            if not 0 <= xf_id < len(named) or style.get("name") is None:
                raise _Slow
            xf = named[xf_id]
            for key, count in zip(("fontId", "fillId", "borderId"), counts):
                if not 0 <= _int(xf.get(key), 0) < count:
                    raise _Slow
        added: list[str] = []  # openpyxl's IndexedList of custom formats, in order of first use
        ids: list[int] = []
        self.dates: set[int] = set()
        self.timedeltas: set[int] = set()
        self.indents: dict[int, int] = {}  # style → its alignment indent, where it has one
        for idx, xf in enumerate(xfs):
            align = xf.find(f"{_M}alignment")
            if align is not None and (indent := align.get("indent")) and indent.isdigit() and int(indent) > 0:
                self.indents[idx] = int(indent)
            num = _int(xf.get("numFmtId"), 0)
            if num in custom:
                fmt = custom[num]
                if fmt in _BUILTIN_REVERSE:
                    num = _BUILTIN_REVERSE[fmt]
                else:
                    if fmt not in added:
                        added.append(fmt)
                    num = added.index(fmt) + _BUILTIN_MAX
            else:
                fmt = BUILTIN_FORMATS.get(num)
            if is_date_format(fmt):
                self.dates.add(idx)
            if is_timedelta_format(fmt):
                self.timedeltas.add(idx)
            ids.append(num)
        self.cache: dict[int, str] = {}
        for idx, num in enumerate(ids):
            if num < _BUILTIN_MAX:
                fmt = BUILTIN_FORMATS.get(num, "General")
            elif 0 <= num - _BUILTIN_MAX < len(added):
                fmt = added[num - _BUILTIN_MAX]
            else:
                fmt = "General"
            self.cache[idx] = fmt or "General"

    def __getitem__(self, style_id: int) -> str:
        return self.cache[style_id]  # an unknown style fails here, as it fails openpyxl


def _plain_package(archive: zipfile.ZipFile):
    """(sheets as (title, part, state), the shared strings part or None, styles, epoch) read without openpyxl."""
    import posixpath

    types = _xml(archive, "[Content_Types].xml")
    if types.tag != _CT + "Types":
        raise _Slow
    overrides = [(o.get("PartName"), o.get("ContentType")) for o in types.iter(_CT + "Override")]
    book_part = next((name for ct in _WORKBOOK_TYPES for name, got in overrides if got == ct), None)
    if not book_part or not book_part.startswith("/"):
        raise _Slow  # (openpyxl also looks at the defaults)
    book_part = book_part[1:]
    book = _xml(archive, book_part)
    if book.tag != _M + "workbook" or len(book.findall(_M + "sheets")) != 1:
        raise _Slow
    props = book.findall(_M + "workbookPr")
    if len(props) > 1:
        raise _Slow
    epoch = _EPOCH_1904 if props and _flag(props[0].get("date1904")) else _EPOCH_1900
    folder, name = posixpath.split(book_part)
    rels_part = posixpath.join(folder, "_rels", f"{name}.rels")
    rels_root = _xml(archive, rels_part)
    rels = {}
    parent = posixpath.split(posixpath.dirname(rels_part))[0]
    for rel in rels_root.iter(_PKG_REL):
        target, rel_id, rel_type = rel.get("Target"), rel.get("Id"), rel.get("Type")
        if target is None or rel_id is None or rel_type is None:
            raise _Slow
        if rel.get("TargetMode") != "External":
            target = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(parent, target))
        rels[rel_id] = (target, rel_type)
    valid = set(archive.namelist())
    sheets = []
    for sheet in book.iterfind(f"{_M}sheets/{_M}sheet"):
        title, rel_id, state = sheet.get("name"), sheet.get(_R_ID), sheet.get("state", "visible")
        if not rel_id:
            raise _Slow  # openpyxl warns and leaves it out
        if title is None or state not in ("visible", "hidden", "veryHidden") or rel_id not in rels:
            raise _Slow
        target, rel_type = rels[rel_id]
        if target in valid and "chartsheet" not in rel_type:
            if not title or _INVALID_TITLE.search(title):
                raise _Slow  # openpyxl's default mode refuses such a title; let it say so
            sheets.append((title, target, state))
    strings = next((name for name, ct in overrides if ct == _SHARED_STRINGS_TYPE), None)
    if strings is not None:
        if not strings.startswith("/"):
            raise _Slow
        strings = strings[1:]
    styles = _PlainStyles(_xml(archive, "xl/styles.xml"))
    return sheets, strings, styles, epoch


def _read_strings(data: bytes) -> list[str]:
    """The shared string table as openpyxl's read_string_table gives it: each <si> as Text(...).content."""
    strings: list[str] = []
    append = strings.append
    depth = 0
    si_depth = r_depth = -1
    plain: str | None = None
    runs: list[str] = []
    run_t: str | None = None
    # <t> being read, up to its first child element (ElementTree's .text)
    text_depth = -1
    collecting = False
    buf: list[str] = []

    def start(name, attrs):
        nonlocal depth, si_depth, r_depth, text_depth, collecting, plain, run_t, buf
        depth += 1
        collecting = False
        if name == _SI:
            si_depth, plain = depth, None
            runs.clear()
        elif si_depth >= 0:
            if name == _T and (depth == si_depth + 1 or depth == r_depth + 1):
                text_depth, collecting, buf = depth, True, []
            elif name == _R and depth == si_depth + 1:
                r_depth, run_t = depth, None

    def end(name):
        nonlocal depth, si_depth, r_depth, text_depth, collecting, plain, run_t
        collecting = False
        if depth == text_depth:
            if r_depth >= 0:
                run_t = "".join(buf)
            else:
                plain = "".join(buf)
            text_depth = -1
        elif depth == r_depth:
            if run_t:
                runs.append(run_t)
            r_depth = -1
        elif depth == si_depth:
            append(_xstring((plain or "") + "".join(runs)))
            si_depth = -1
        depth -= 1

    def chars(text):
        if collecting:
            buf.append(text)

    parser = _parser(start, end, chars)
    parser.Parse(data, True)
    return strings


def _parser(start, end, chars):
    """The safe expat parser with the given handlers (a handler may read the parser's position)."""
    parser = _expat()
    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    return parser


def _distinct_parts(parts: list[str]) -> None:
    """Each sheet has its own part: a thousand sheets naming one 10 MB part would be read a thousand times."""
    if len(set(parts)) < len(parts):
        raise ReadError("工作簿中多个工作表指向同一个内部文件（可能是恶意构造的文件），拒绝读取")


def _read_sheet(title: str, data: bytes, strings, styles: _StyleFormats, epoch, counted: list[int] | None = None
                ) -> Sheet:
    """One worksheet part → Sheet, with openpyxl's values (data_only=True) and merged ranges. `counted` carries the
    cells of the sheets read before, so MAX_CELLS bounds the workbook."""
    columns = _COLUMNS
    cells: dict[tuple[int, int], Cell] = {}
    uncached: set[tuple[int, int]] = set()  # formulas whose result was never saved
    merge_refs: list[str] = []
    hidden_rows: set[int] = set()
    hidden_cols: set[int] = set()
    date_styles, timedelta_styles = styles.dates, styles.timedeltas
    formats = styles.cache
    indents = styles.indents

    count = counted[0] if counted else 0
    depth = 0
    row_counter = col_counter = 0
    row_depth = cell_depth = merges_depth = -1
    cell_attrs: dict = {}
    # the cell's first <v> (openpyxl: findtext), any <f>, any cached <v> (not an empty <v/>)
    v_text: str | None = None
    has_f = cached = False
    # the cell's first inline string <is>: its <t> and its runs' <t>, joined as Text.content joins them
    is_depth = r_depth = -1
    is_seen = False
    plain: str | None = None
    runs: list[str] = []
    run_t: str | None = None
    # <v> or <t> being read, up to its first child element (ElementTree's .text)
    text_depth = -1
    collecting = False
    buf: list[str] = []

    def store(row: int, column: int, data_type: str, style_id: int, v_text: str | None, has_f: bool, cached: bool,
              inline: str | None) -> None:
        """The cell as WorkSheetParser.parse_cell makes it (data_only=True), from its type and style, its first <v>'s
        text, whether it has a formula and a saved result, and the text of its first <is> (None: none)."""
        if data_type == "inlineStr":
            value = _xstring(inline) if inline and "_x" in inline else inline
        else:
            value = v_text or None
            if value is not None:
                if data_type == "n":
                    value = _number_text(value)
                    if style_id in date_styles:
                        from_excel = _datetime_functions()[0]
                        try:
                            value = from_excel(value, _epoch(epoch), timedelta=style_id in timedelta_styles)
                        except (OverflowError, ValueError):
                            value = "#VALUE!"
                elif data_type == "s":
                    value = strings[int(value)]
                elif data_type == "b":
                    value = bool(int(value))
                elif data_type == "d":
                    value = _datetime_functions()[1](value)
                # "str", "e" (errors) and any other type: the text as it is
        if has_f and not cached:
            uncached.add((row, column))
            cells[row, column] = Cell(row, column, value, formats.get(style_id) or styles[style_id], value is None)
        elif value is None:
            if cells:
                cells.pop((row, column), None)  # a later duplicate of a cell replaces it, as in openpyxl
        else:
            cells[row, column] = Cell(row, column, value, formats.get(style_id) or styles[style_id], False,
                                      indents.get(style_id, 0) if indents else 0)

    def row_number(r: str | None, previous: int) -> int:
        """WorkSheetParser.parse_row's row number: its r, else the one after the previous row."""
        if r is None:
            return previous + 1
        try:
            return int(r)
        except ValueError:
            val = float(r)
            if not val.is_integer():
                raise ValueError(f"{r} is not a valid row number") from None
            return int(val)

    def start(name, attrs):
        nonlocal depth, row_counter, col_counter, row_depth, cell_depth, merges_depth, cell_attrs, v_text, has_f
        nonlocal cached, is_depth, r_depth, is_seen, plain, run_t, text_depth, collecting, buf, count
        depth += 1
        collecting = False
        if cell_depth >= 0:
            if depth == cell_depth + 1:
                if name == _V:  # every <v> is read (is a result saved?); the first is the value
                    text_depth, collecting, buf = depth, True, []
                elif name == _F:
                    has_f = True
                elif name == _IS and not is_seen:
                    is_depth, is_seen, plain = depth, True, None
                    runs.clear()
            elif is_depth >= 0:
                if name == _T and (depth == is_depth + 1 or depth == r_depth + 1):
                    text_depth, collecting, buf = depth, True, []
                elif name == _R and depth == is_depth + 1:
                    r_depth, run_t = depth, None
        elif name == _C:
            if depth == row_depth + 1:
                cell_depth, cell_attrs = depth, attrs
                v_text, has_f, cached, is_seen = None, False, False, False
                count += 1
                if count > MAX_CELLS:
                    raise _too_many_cells(title, count)
        elif name == _ROW:
            row_counter = row_number(attrs.get("r"), row_counter)  # WorkSheetParser.parse_row
            col_counter = 0
            row_depth = depth
            if attrs.get("hidden") in _TRUE:
                hidden_rows.add(row_counter)
        elif name == _COL:
            if attrs.get("hidden") in _TRUE:
                try:
                    lo, hi = int(attrs.get("min", 0)), int(attrs.get("max", 0))
                except ValueError:
                    lo = hi = 0
                hidden_cols.update(range(max(lo, 1), min(hi, 16384) + 1))
        elif name == _MERGES:
            merges_depth = depth
            merge_refs.clear()  # openpyxl keeps the last <mergeCells>
        elif name == _MERGE and depth == merges_depth + 1:
            merge_refs.append(attrs.get("ref"))

    def end(name):
        nonlocal depth, row_depth, cell_depth, merges_depth, v_text, cached, is_depth, r_depth, plain, run_t
        nonlocal text_depth, collecting, col_counter
        collecting = False
        if depth == text_depth:
            text_depth = -1
            if name == _V:
                text = "".join(buf)
                if v_text is None:
                    v_text = text
                # A saved result has text, or is a text result saved empty (t="str", <v></v>, as Excel writes "").
                # An empty <v/> or <v></v> on any other cell is no result: openpyxl (3.1.3+) writes <v></v>.
                if text:  # (text: not an empty <v/>)
                    cached = True
                elif cell_attrs.get("t") == "str":
                    at = parser.CurrentByteIndex  # an empty <v/> ends at its own "/>"
                    if data[at - 2:at] != b"/>":
                        cached = True
            elif r_depth >= 0:
                run_t = "".join(buf)
            else:
                plain = "".join(buf)
        elif depth == cell_depth:
            # WorkSheetParser.parse_cell with data_only=True
            cell_depth = -1
            attrs = cell_attrs
            coordinate = attrs.get("r")
            if coordinate:
                letters = coordinate.rstrip("0123456789")
                column = columns.get(letters)
                if column is not None and len(letters) < len(coordinate):
                    row = int(coordinate[len(letters):])
                else:
                    row, column = _coordinate(coordinate, letters)
                    if letters.isalpha():
                        columns[letters] = column
                col_counter = column
            else:
                col_counter += 1
                row, column = row_counter, col_counter
            style_id = attrs.get("s")
            store(row, column, attrs.get("t", "n"), int(style_id) if style_id else 0, v_text, has_f, cached,
                  ((plain or "") + "".join(runs)) if is_seen else None)
        elif depth == cell_depth + 1:
            if depth == is_depth:
                is_depth = -1
        elif depth == r_depth:
            if run_t:
                runs.append(run_t)
            r_depth = -1
        elif depth == row_depth:
            row_depth = -1
        elif depth == merges_depth:
            merges_depth = -1
        depth -= 1

    def chars(text):
        if collecting:
            buf.append(text)

    def plain_rows(body: str) -> bool:
        """The cells of a plainly written <sheetData> (see _PLAIN_ITEM), read by one regular expression per row and
        per cell instead of expat's five handler calls. False, having kept nothing, when it is not all plain."""
        nonlocal count, row_counter, formulas
        first = count
        unescape = _unescape
        pos = len(body) - len(body.lstrip(" \t\n"))
        in_row = False
        match = _PLAIN_ITEM.match
        while True:  # one item after the other, each where the last ended (match: no search, no start() to test)
            m = match(body, pos)
            if m is None:
                if pos == len(body) and not in_row:
                    return True
                break
            pos = m.end()
            row_attrs, r, row_empty, letters, digits, s, t, f, v, v_empty, inline, row_end = m.groups()
            if letters is None:  # a <row>
                if in_row:
                    break
                if len(row_attrs) != (0 if r is None else len(r) + 5):  # attributes besides r="…" (_rows_well_formed)
                    other_attrs.add(row_attrs if r is None else ' r=""' + row_attrs[len(r) + 5:])
                if r is not None and "hidden" not in row_attrs:
                    row_counter = int(r)
                else:
                    attrs = dict(_PLAIN_ATTR.findall(row_attrs))
                    row_counter = row_number(attrs.get("r"), row_counter)  # (WorkSheetParser.parse_row)
                    if attrs.get("hidden") in _TRUE:
                        hidden_rows.add(row_counter)
                in_row = not row_empty and row_end is None
                continue
            if not in_row:
                break
            in_row = row_end is None
            count += 1
            if count > MAX_CELLS:
                raise _too_many_cells(title, count)
            column = columns.get(letters)
            if column is None:
                column = columns[letters] = _column_number(letters)
            if f is None and v is None and inline is None and v_empty is None:  # no value: store() would only
                if cells:  # drop an earlier cell of the same place, as a later duplicate replaces it
                    cells.pop((int(digits), column), None)
                continue
            if f is not None:
                formulas = True
            elif t == "inlineStr" or (v and "&" not in v and (t is None or t == "n" or t == "s")):
                # most cells: a number, a shared or an inline string, no formula: what store() makes of them, without
                # its call (a date, a reference left in the text: store())
                style_id = int(s) if s else 0
                if t == "inlineStr":
                    value = None if inline is None or "&" in inline else \
                        inline if "_x" not in inline else _xstring(inline)
                elif t == "s":
                    value = strings[int(v)]
                else:
                    value = None if style_id in date_styles else _number_text(v)
                if value is not None:
                    row = int(digits)
                    cells[row, column] = Cell(row, column, value, formats.get(style_id) or styles[style_id], False,
                                              indents.get(style_id, 0) if indents else 0)
                    continue
            if v is not None:
                if "&" in v:
                    v = unescape(v)
                cached = bool(v) or t == "str"  # a saved result has text, or is a text result saved as <v></v>
            else:
                cached = False
                if v_empty is not None:  # <v/>: no result
                    v = ""
            if inline is not None and "&" in inline:
                inline = unescape(inline)
            store(int(digits), column, t or "n", int(s) if s else 0, v, f is not None, cached, inline)
        # not all plain: forget what was read (the head holds no row), the handlers read it all
        cells.clear()
        uncached.clear()
        hidden_rows.clear()
        count, row_counter = first, 0
        return False

    other_attrs: set[str] = set()  # the rows' attributes when not only r="…", r's value left out (plain_rows)
    formulas = False  # plain_rows read a formula
    parser = _parser(start, end, chars)
    try:
        body = _plain_body(data)
        if body is None:
            parser.Parse(data, True)
        else:
            head, body, tail = body
            parser.Parse(head, False)
            if not plain_rows(body):
                parser.Parse(data[len(head):], True)
            elif not formulas and _rows_well_formed(data, len(head), len(data) - len(tail), body, other_attrs):
                parser.Parse(tail, True)  # (expat would accept the rows' bytes as they are: it need not read them)
            else:
                # expat still reads the rows (no handlers: in C), so a malformed part fails as before
                parser.StartElementHandler = parser.EndElementHandler = parser.CharacterDataHandler = None
                parser.Parse(memoryview(data)[len(head):len(data) - len(tail)], False)  # (not a copy of the rows)
                parser.StartElementHandler, parser.EndElementHandler = start, end
                parser.CharacterDataHandler = chars
                parser.Parse(tail, True)
    finally:
        # `end` reads the parser's position, so parser → handlers → parser (and the part's bytes) form a cycle
        # that only a full collection would free: megabytes of XML kept to the end of a big check
        parser.StartElementHandler = parser.EndElementHandler = parser.CharacterDataHandler = None
    if counted:
        counted[0] = count

    sheet = Sheet(name=title, cells=cells, hidden_rows=hidden_rows, hidden_cols=hidden_cols)
    sheet.merged = _merged(merge_refs, cells, uncached)
    sheet.print_header = _print_header(data)
    return sheet


def _print_header(data: bytes) -> tuple[str, ...]:
    """The sections of the sheet's print header (<headerFooter><oddHeader>, or the first page's <firstHeader>; after
    the cells: looked for from the end)."""
    after = max(0, data.rfind(b"</sheetData>"))
    for tag in (b"oddHeader", b"firstHeader"):
        at = data.rfind(b"<" + tag, after)
        if at < 0:
            continue
        end = data.find(b"</" + tag + b">", at)
        start = data.find(b">", at) + 1
        if end > 0 and start and data[start - 2:start] != b"/>" and \
                (sections := header_sections(_unescape(data[start:end].decode("utf-8", "replace")))):
            return sections
    return ()


# A plainly written <sheetData> (what Excel, WPS, openpyxl and most writers write): rows whose attributes have plain
# values, holding cells with r, then s, then t only, each empty, or an optional formula then an optional <v>, or an
# inline string of one <t>; whitespace between elements. _read_sheet reads it with one regular expression per cell
# (plain_rows) instead of five calls of expat's handlers, and expat still reads those bytes (without handlers) so
# a malformed part fails as before. Anything else (comments, CDATA, rich text, other attributes or another order,
# prefixes, a carriage return, another encoding) is read by the handlers. tests/test_reader_plain.py holds the two
# ways to the same cells.
# Written for sre's speed (a third less time at 100k cells, the same matches: tests/test_reader_plain.py): an optional
# part is a branch with an empty alternative, (?:X|), not (?:X)? (a general repeat, which saves its state at each
# step), and repeats are possessive (*+, {m,n}+: nothing is given back, as none of them is followed by a character
# it could have taken).
_W = r"[ \t\n]*+"


def _optional(part: str) -> str:
    return f"(?:{part}|)"


_PLAIN_ROW = ("<row(" + _optional(r' r="([0-9]{1,9}+)"')
              + r'(?:[ \t\n]++(?!xmlns)[A-Za-z_][\w.-]*+(?::[A-Za-z_][\w.-]*+)?="[^"<&\t\n]*+")*)' + _W)
_PLAIN_CELL = (r'<c r="([A-Z]{1,3}+)([1-9][0-9]{0,8}+)"' + _optional(r' s="([0-9]{1,9}+)"')
               + _optional(r' t="([a-zA-Z]{1,9}+)"') + _W
               + r"(?:/>|>" + _W + _optional(r"(<f[ \t\n/>][^<]*+" + _optional("</f>") + ")") + _W
               + _optional(r"<v>([^<]*+)</v>|(<v/>|<v></v>)") + _W
               + _optional("<is>" + _W + "<t" + _optional(' xml:space="preserve"') + r">([^<]*+)</t>" + _W + "</is>")
               + _W + "</c>)")


# a row's start tag (its attributes, its r when it comes first, "/" if it is empty) or a cell (letters, digits, s, t, formula, <v>'s text, an
# empty <v/>, the inline <t>'s text), then any whitespace and a </row> (then "</row>")
_PLAIN_ITEM = lazy(f"(?:{_PLAIN_ROW}(/?)>|{_PLAIN_CELL}){_W}" + _optional(f"(</row>{_W})"))
_PLAIN_ATTR = lazy(r'([^\s=]+)="([^"]*)"')
_XML_REF = lazy(r"&(?:#([0-9]+)|#x([0-9a-fA-F]+)|(lt|gt|amp|quot|apos));")
_CHAR_REF = lazy(r"&#(?:([0-9]{1,7})|x([0-9a-fA-F]{1,6}));")
_XML_NAMED = {"lt": "<", "gt": ">", "amp": "&", "quot": '"', "apos": "'"}
_HEAD_OTHER = lazy(rb"<!|<\?(?!xml[ \t\r\n?])|<(?:[\w.-]+:)?row[\s/>]")  # a comment, CDATA, a DTD, a PI, a row
_TAIL_ROW = lazy(rb"<(?:[\w.-]+:)?row[\s/>]")
_DEFAULT_NS = lazy(rb"""\sxmlns\s*=\s*["']([^"']*)["']""")
_ENCODING = lazy(rb"""\s*<\?xml[^>]*?encoding\s*=\s*["']([^"']*)["']""")
_MAIN_NS = b"http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def _plain_body(data: bytes) -> tuple[bytes, str, bytes] | None:
    """(the part up to and with <sheetData>, the text inside it, the part from </sheetData>) when the rows can be
    read as plainly written: one <sheetData> in the main namespace, UTF-8, no row, comment, CDATA, DTD or processing
    instruction before it, no row after it, no carriage return in it. None: read it all by the handlers."""
    i = data.find(b"<sheetData>")
    j = data.find(b"</sheetData>")
    if i < 0 or j < i or data.find(b"<sheetData", i + 1) >= 0 or data.find(b"</sheetData>", j + 1) >= 0:
        return None
    head, tail = data[:i + 11], data[j:]
    if data.startswith(b"\xef\xbb\xbf"):
        head_text = head[3:]
    else:
        head_text = head
    enc = _ENCODING.match(head_text)
    if enc and enc.group(1).lower() not in (b"utf-8", b"utf8"):
        return None
    if _HEAD_OTHER.search(head_text) or _TAIL_ROW.search(tail) or _DEFAULT_NS.findall(head) != [_MAIN_NS]:
        return None
    try:
        body = str(memoryview(data)[i + 11:j], "utf-8")  # (not a copy of the rows' bytes first)
    except UnicodeDecodeError:
        return None
    if "\r" in body:
        return None
    if "&#" in body:
        # character references of characters that are not markup (a writer escaping every CJK character) are
        # replaced here, once: the text and attribute values then read as expat gives them
        body = _CHAR_REF.sub(_plain_char, body)
    return head, body, tail


# Characters XML does not allow below the space (tab, line feed and carriage return it allows), as UTF-8 bytes
_CONTROLS = bytes(sorted(set(range(32)) - {9, 10, 13}))
_NOT_NAMED = lazy("&(?!(?:lt|gt|amp|quot|apos);)")  # a reference other than the five named ones
_ROOT_TAG = lazy(rb"""<[A-Za-z_][\w.:-]*((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*>""")
_XMLNS = lazy(rb"""\sxmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def _rows_well_formed(data: bytes, start: int, end: int, body: str, other_attrs: set[str]) -> bool:
    """Whether expat would accept data[start:end], the rows plain_rows has read whole without a formula (whose
    attributes and text _PLAIN_ITEM does not read), so that it need not read them again (≈ a quarter of a workbook's
    read, issue 13). _PLAIN_ITEM matched every byte of them: elements nested as XML nests them, tag names, the
    cells' attributes and whitespace as XML writes them. What it lets through and expat refuses is looked for here,
    and anything unsure answers False (expat then reads the rows, as before): "]]" (of "]]>" in text), U+FFFE/U+FFFF
    or a control character, a reference other than the five named ones in `body` (the rows' text once _plain_body
    has put in the characters referred to: one left is to markup or to a character XML does not allow), and rows'
    attributes (`other_attrs`) with a name not ASCII, a name twice (also through two prefixes of one namespace), or
    a prefix the root element does not declare."""
    if data.find(b"]]", start, end) >= 0 or data.find(b"\xef\xbf\xbe", start, end) >= 0 \
            or data.find(b"\xef\xbf\xbf", start, end) >= 0 or ("&" in body and _NOT_NAMED.search(body)):
        return False
    for at in range(start, end, 1 << 20):  # (a megabyte at a time: no copy of all the rows at once)
        chunk = data[at:min(end, at + (1 << 20))]
        if len(chunk.translate(None, _CONTROLS)) != len(chunk):
            return False
    if not other_attrs:
        return True
    head = data[:start]
    at = head.find(b"?>") + 2 if head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<?xml") else 0
    root = _ROOT_TAG.match(head, head.find(b"<", at))  # (_plain_body: no comment, DTD or other PI before it)
    if root is None or b"&" in root.group(1):
        return False
    namespaces = {"xml": "http://www.w3.org/XML/1998/namespace"}
    for prefix, double, single in _XMLNS.findall(root.group(1)):
        namespaces[prefix.decode("utf-8", "replace")] = (double or single).decode("utf-8", "replace")
    for attrs in other_attrs:
        if not attrs.isascii():
            return False
        names = [name for name, _value in _PLAIN_ATTR.findall(attrs)]
        seen = set()
        for name in names:
            prefix, colon, local = name.rpartition(":")
            if colon and prefix not in namespaces:
                return False
            seen.add((namespaces[prefix] if colon else None, local))
        if len(seen) != len(names):
            return False
    return True


def _plain_char(m) -> str:
    number, hexa = m.groups()
    code = int(number) if number else int(hexa, 16)
    # not < > & " ' (markup), not tab, line feed or carriage return (a literal one reads otherwise in an attribute
    # or in text), and a character XML allows (any other reference fails expat on these very bytes)
    if code > 62 and code not in (0xFFFE, 0xFFFF) and not 0xD800 <= code <= 0xDFFF and code <= 0x10FFFF:
        return chr(code)
    return m.group()


def _ref(m) -> str:
    number, hexa, name = m.groups()
    return _XML_NAMED[name] if name else chr(int(number) if number else int(hexa, 16))


_XSTRING = lazy(r"_x([0-9A-Fa-f]{4})_")


def _xchar(m) -> str:
    code = int(m.group(1), 16)
    return chr(code) if code >= 0x20 or code in (9, 10, 13) else ""


def _number_text(text: str) -> float | int:
    """A <v> of a number cell as openpyxl gives it: an int, or the binary double the spreadsheet stored. It becomes a
    Decimal once, at 15 significant digits as Excel shows it (recognize.text.number_from_float): never summed as a
    float."""
    return float(text) if ("." in text or "E" in text or "e" in text) else int(text)


def _xstring(text: str) -> str:
    """A string as the cell shows it: Excel writes a character XML cannot hold, or a carriage return (Alt+Enter on
    Windows: '本年收_x000D_\n入合计'), as '_xHHHH_', and a literal '_x' that would read so as '_x005F_x…'
    (ECMA-376 ST_Xstring). openpyxl leaves them in ('_x000D_' in a heading); unescaped here, left to right."""
    if "_x" not in text:
        return text.replace("x005F_", "")  # (openpyxl's own mending, kept)
    return _XSTRING.sub(_xchar, text)


def _unescape(text: str) -> str:
    """Character data as expat gives it: the five named references and character references replaced (expat has
    refused any other, and any reference to a character XML does not allow)."""
    return _XML_REF.sub(_ref, text)

def _coordinate(coordinate: str, letters: str) -> tuple[int, int]:
    """openpyxl's coordinate_to_tuple: done here for A1-style text, by openpyxl for anything else."""
    if _PLAIN_COORD.fullmatch(coordinate) and len(letters) <= 3:
        return int(coordinate[len(letters):]), _column_number(letters)
    from govaudit.readers.lean import import_openpyxl

    import_openpyxl()
    from openpyxl.utils.cell import coordinate_to_tuple

    return coordinate_to_tuple(coordinate)


_PLAIN_COORD = lazy(r"[A-Z]{1,3}[1-9][0-9]{0,8}")
_PLAIN_RANGE = lazy(r"\$?([A-Z]{1,3})\$?([1-9][0-9]{0,8})(?::\$?([A-Z]{1,3})\$?([1-9][0-9]{0,8}))?")
_PLAIN_RANGES = lazy(r"(?:\$?[A-Z]{1,3}+\$?[1-9][0-9]{0,8}+(?::\$?[A-Z]{1,3}+\$?[1-9][0-9]{0,8}+|)\n)*+"
                     r"\$?[A-Z]{1,3}+\$?[1-9][0-9]{0,8}+(?::\$?[A-Z]{1,3}+\$?[1-9][0-9]{0,8}+|)")


def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _datetime_functions():
    """openpyxl's from_excel and from_ISO8601, imported when a sheet first holds a date."""
    from govaudit.readers.lean import import_openpyxl

    import_openpyxl()
    from openpyxl.utils.datetime import from_excel, from_ISO8601

    return from_excel, from_ISO8601


def _bounds(ref: str) -> tuple:
    """(min_col, min_row, max_col, max_row) of a merged range as openpyxl reads it (range_boundaries, or CellRange
    for a ref naming its sheet); plain A1:B2 refs are read here."""
    m = _PLAIN_RANGE.fullmatch(ref)
    if m:
        c1, r1, c2, r2 = m.groups()
        if c2 is None:
            c2, r2 = c1, r1
        return _column_number(c1), int(r1), _column_number(c2), int(r2)
    from govaudit.readers.lean import import_openpyxl

    import_openpyxl()
    from openpyxl.utils.cell import range_boundaries
    from openpyxl.worksheet.cell_range import CellRange

    return CellRange(ref).bounds if "!" in ref else range_boundaries(ref)


def _all_bounds(refs: list[str]):
    """_bounds of each ref, in order: refs all written plainly (A1 or A1:B2, what writers write) are read by one
    expression over them all instead of one fullmatch each (issue 13: a form's sheet has dozens of merged ranges)."""
    if None in refs:
        return _each_bounds(refs)
    joined = "\n".join(refs)
    if not _PLAIN_RANGES.fullmatch(joined):
        return _each_bounds(refs)
    columns = _COLUMNS
    out = []
    for c1, r1, c2, r2 in _PLAIN_RANGE.findall(joined):
        n1 = columns.get(c1) or _column_number(c1)
        if c2:
            out.append((n1, int(r1), columns.get(c2) or _column_number(c2), int(r2)))
        else:
            out.append((n1, int(r1), n1, int(r1)))
    return out if len(out) == len(refs) else _each_bounds(refs)  # (a ref holding a line feed: read one by one)


def _each_bounds(refs: list[str]):
    """_bounds of each ref as _merged asks for it (so a later ref's error does not come before an earlier ref's)."""
    for ref in refs:
        if ref is None:
            raise _Fallback
        yield _bounds(ref)


def _cover(cells: dict, key: tuple[int, int], uncached: set) -> None:
    """A cell a merged range covers (not its top-left): empty, as openpyxl's MergedCell; kept only if it held a formula
    without a saved value."""
    if key in uncached:
        cells[key] = Cell(row=key[0], col=key[1], value=None, number_format="General", formula_without_value=True)
    else:
        del cells[key]


def _merged(refs: list[str], cells: dict, uncached: set) -> list[tuple[int, int, int, int]]:
    """Merged ranges in openpyxl's order; the cells they cover (all but the top-left) become empty, as openpyxl's
    MergedCell makes them — kept only if they held a formula without a saved value, as before."""
    bounds = []
    total = 0
    for min_col, min_row, max_col, max_row in _all_bounds(refs):
        if None in (min_col, min_row, max_col, max_row) or min_col > max_col or min_row > max_row:
            raise _Fallback  # openpyxl's CellRange refuses it
        area = (max_row - min_row + 1) * (max_col - min_col + 1)
        total += area
        if area > MAX_MERGED_AREA or total > MAX_MERGED_TOTAL:
            raise _huge_merge(area if area > MAX_MERGED_AREA else total)
        bounds.append((min_row, min_col, max_row, max_col))
    count = len(cells)
    for r1, c1, r2, c2 in bounds:
        area = (r2 - r1 + 1) * (c2 - c1 + 1)
        if area == 1 or not count:
            continue
        if area <= count:  # (a few places each: looked up one by one, not by a comprehension's own frame)
            for r in range(r1, r2 + 1):
                for c in range(c1, c2 + 1):
                    if (r, c) in cells and (r != r1 or c != c1):
                        _cover(cells, (r, c), uncached)
        else:
            for key in [(r, c) for (r, c) in cells if r1 <= r <= r2 and c1 <= c <= c2 and (r != r1 or c != c1)]:
                _cover(cells, key, uncached)
        count = len(cells)
    # ws.merged_cells.ranges is a set of CellRange hashed and compared as (min_row, min_col, max_row, max_col),
    # built as set(generator over set(ranges)): the same steps over these tuples give the same order
    return list(set(iter(set(bounds))))


# ---------------------------------------------------------------------------------------------------------------
# openpyxl's default mode: the reader before the fast path, kept for what the fast path hands over


_MERGE_RE = lazy(rb'<mergeCell\s+ref="\$?([A-Z]+)\$?(\d+):\$?([A-Z]+)\$?(\d+)"')
_CELL_RE = lazy(rb"<c\s[^>]*?r=\"([A-Z]+\d+)\"[^>]*?(?:/>|>(.*?)</c>)", re.S)
# a cached value: <v>…</v> with text, or a text result saved empty (t="str" and <v></v>); an empty <v/> or
# <v></v> on any other cell (as openpyxl and other scripts write) is no value
_CACHED_RE = lazy(rb"<v\b[^>]*(?<!/)>[^<]")
_CACHED_EMPTY_RE = lazy(rb"<v\b[^>]*(?<!/)>")
_TEXT_TYPE_RE = lazy(rb'\st="str"')


def _saved_result(cell_xml: bytes, body: bytes) -> bool:
    if _CACHED_RE.search(body):
        return True
    start_tag = cell_xml[:cell_xml.index(b">") + 1]
    return bool(_TEXT_TYPE_RE.search(start_tag) and _CACHED_EMPTY_RE.search(body))

def _col_number(letters: bytes) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + (ch - 64)
    return n


_CELL_TAG_RE = lazy(rb"<(?:[\w.-]+:)?c[\s/>]")


def _merge_refs(data: bytes) -> list[str]:
    """Every mergeCell ref of a sheet as an XML parser reads it (quoted, prefixed or escaped alike)."""
    refs: list[str] = []

    def start(name, attrs):
        if name == _MERGE:
            refs.append(attrs.get("ref") or "")

    parser = _parser(start, lambda _name: None, lambda _text: None)
    parser.Parse(data, True)
    return refs


def _check_fallback_merges(refs: list[str]) -> None:
    """openpyxl's default mode makes a MergedCell for every covered cell: bound them all, as parsed by openpyxl."""
    from openpyxl.worksheet.cell_range import CellRange

    total = 0
    for ref in refs:
        try:
            min_col, min_row, max_col, max_row = CellRange(ref).bounds
        except Exception:
            continue  # openpyxl refuses it too, with its own message
        if None in (min_col, min_row, max_col, max_row):
            continue
        area = (abs(max_row - min_row) + 1) * (abs(max_col - min_col) + 1)
        total += area
        if area > MAX_MERGED_AREA or total > MAX_FALLBACK_MERGED_TOTAL:
            raise _huge_merge(area if area > MAX_MERGED_AREA else total)


def _inspect_zip(zf: zipfile.ZipFile) -> dict[str, set[str]]:
    """Check sizes, cells and merged areas before openpyxl builds anything; return, per worksheet part, formula
    cells that have no cached value."""
    _check_zip(zf)
    budget = Budget()
    uncached: dict[str, set[str]] = {}
    cells = 0
    for name in zf.namelist():
        if name.startswith("xl/") and name.endswith("sharedStrings.xml"):
            budget.read(zf, name)
        if not (name.startswith("xl/worksheets/") and name.endswith(".xml")):
            continue
        data = budget.read(zf, name)
        cells += len(_CELL_TAG_RE.findall(data))
        if cells > MAX_FALLBACK_CELLS:
            raise ReadError(f"工作簿单元格过多（超过 {MAX_FALLBACK_CELLS}），拒绝读取")
        for m in _MERGE_RE.finditer(data):
            c1, r1, c2, r2 = m.groups()
            area = (abs(int(r2) - int(r1)) + 1) * (abs(_col_number(c2) - _col_number(c1)) + 1)
            if area > MAX_MERGED_AREA:
                raise _huge_merge(area)
        if b"mergeCell" in data:
            try:
                refs = _merge_refs(data)
            except ReadError:
                raise
            except Exception:  # not well-formed: openpyxl will say so
                refs = []
            _check_fallback_merges(refs)
        if b"<f" in data:
            missing = set()
            for m in _CELL_RE.finditer(data):
                body = m.group(2) or b""
                if b"<f" in body and not _saved_result(m.group(0), body):
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


def _read_with_openpyxl(path: Path) -> Workbook:
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            uncached = _inspect_zip(zf)
            try:
                parts = _sheet_parts(zf)
            except Exception:  # openpyxl gives its own answer on such a package
                parts = {}
            _distinct_parts([part for part in parts.values() if part])
    except zipfile.BadZipFile:
        raise ReadError("工作簿已损坏或不完整（zip 结构无法解析）") from None
    except ReadError:
        raise
    except Exception as exc:  # malformed XML inside a zip, etc.
        raise ReadError(f"工作簿结构无法解析（{type(exc).__name__}）") from None

    from govaudit.readers.lean import import_openpyxl

    import_openpyxl()
    import openpyxl

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            # keep_vba=False and data_only=True: we need shown values, never the macros
            wb = openpyxl.load_workbook(path, data_only=True, read_only=False)
    except Exception as exc:
        detail = " ".join(str(exc).split())[:120]  # one line: openpyxl's messages run over several
        raise ReadError(f"工作簿无法打开（{type(exc).__name__}: {detail}）") from None

    book = Workbook(path=str(path))
    try:
        for ws in wb.worksheets:
            if len(ws._cells) > MAX_CELLS:
                raise _too_many_cells(ws.title, len(ws._cells))
            sheet = Sheet(name=ws.title)
            missing = uncached.get(parts.get(ws.title, ""), set())
            # iterate the stored cells only: iter_rows() would create every empty cell of the used range
            for (r, c), cell in ws._cells.items():
                value = cell.value
                if isinstance(value, str) and "_x" in value:
                    value = _xstring(value)
                formula_without_value = value is None and cell.coordinate in missing if missing else False
                if value is None and not formula_without_value:
                    continue
                try:
                    fmt = cell.number_format or "General"
                except (IndexError, KeyError, AttributeError):  # a format the file never defines
                    fmt = "General"
                sheet.cells[(r, c)] = Cell(
                    row=r,
                    col=c,
                    value=value,
                    number_format=fmt,
                    formula_without_value=formula_without_value,
                    indent=int(cell.alignment.indent or 0) if cell.has_style else 0,
                )
            sheet.merged = [
                (m.min_row, m.min_col, m.max_row, m.max_col) for m in ws.merged_cells.ranges
            ]
            sheet.hidden = ws.sheet_state in ("hidden", "veryHidden")
            sheet.print_header = next((h for header in (ws.oddHeader, ws.firstHeader) if (h := tuple(
                t for part in (header.left, header.center, header.right) for t in header_sections(part.text)))), ())
            sheet.hidden_rows = {r for r, dim in ws.row_dimensions.items() if dim.hidden}
            for dim in ws.column_dimensions.values():
                if dim.hidden and dim.min and dim.max:
                    sheet.hidden_cols.update(range(max(dim.min, 1), min(dim.max, 16384) + 1))
            book.sheets.append(sheet)
    except ReadError:
        raise
    except Exception as exc:  # anything else openpyxl's objects raise: one line, as for the opening
        detail = " ".join(str(exc).split())[:120]
        raise ReadError(f"工作簿无法读取（{type(exc).__name__}: {detail}）") from None
    finally:
        wb.close()
    return book
