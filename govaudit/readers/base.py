"""The one small interface every reader produces: a workbook of sheets of cells."""

from __future__ import annotations

from govaudit.records import dataclass, field
TYPE_CHECKING = False  # no typing at run time (issue 13)
if TYPE_CHECKING:
    from typing import Any

from govaudit.cellref import a1


class ReadError(Exception):
    """A file could not be read; the message is one plain Chinese line for the user."""


def open_error(exc: OSError, what: str) -> ReadError:
    """Why a file could not be opened, in words (`what`: 工作簿, Word 文档, PDF 文件 …)."""
    if isinstance(exc, IsADirectoryError):
        return ReadError(f"是一个文件夹，不是{what}")
    if isinstance(exc, FileNotFoundError):
        return ReadError("文件不存在")
    if isinstance(exc, PermissionError):
        return ReadError("没有读取权限")
    return ReadError(f"无法读取文件（{exc.strerror or exc}）")


@dataclass(slots=True)
class Cell:
    row: int
    col: int
    value: Any  # str | int | float | bool | datetime | None, as the file holds it
    number_format: str = "General"
    formula_without_value: bool = False  # a formula whose result was never computed and saved
    indent: int = 0  # the cell's alignment indent (Excel's 增加缩进量 levels), a name's level when no code is printed

    @property
    def ref(self) -> str:
        return a1(self.row, self.col)


@dataclass(slots=True, frozen=True)
class Origin:
    """Where a cell of a document's virtual sheet really is: a Word table cell or paragraph, or a PDF box.

    Word: `table` is the table's number in document order (1-based), `row`/`col` 1-based within it; a paragraph
    has `paragraph` (its 1-based index among the document's paragraphs). PDF: `page` (1-based) and `bbox`
    (x0, top, x1, bottom in points, origin at the page's top-left corner).
    """

    table: int | None = None
    row: int | None = None
    col: int | None = None
    paragraph: int | None = None
    page: int | None = None
    bbox: tuple[float, float, float, float] | None = None
    # PDF: a paragraph printed over two pages or more: (text, page, bbox) of each printed line (readers/pdf_pin.py)
    lines: tuple | None = None


@dataclass(slots=True)
class Paragraph:
    """A paragraph of running text in reading order (Word body, PDF text lines joined, a workbook's text cell)."""

    index: int  # 1-based, document order
    text: str
    style: str = ""
    level: int | None = None  # heading level (1 = 第一部分 …) when the file says so
    origin: Origin | None = None
    sheet: str | None = None  # where this paragraph sits in the virtual sheet (or the workbook), if anywhere
    cell: str | None = None


@dataclass
class Sheet:
    name: str
    cells: dict[tuple[int, int], Cell] = field(default_factory=dict)
    # merged ranges as (min_row, min_col, max_row, max_col)
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)
    # rows and columns hidden in the file (not shown, not printed): recognise leaves them out
    hidden_rows: set[int] = field(default_factory=set)
    hidden_cols: set[int] = field(default_factory=set)
    hidden: bool = False  # the whole sheet is hidden
    # documents (Word, PDF) are laid out as one virtual sheet; each cell's real place is kept here
    origins: dict[tuple[int, int], Origin] = field(default_factory=dict)
    # PDF: (first row, last row, page) of a table whose right-hand columns were printed on a later page as a
    # separate strip (a wide sheet printed without fitting to the page width): not read as one table
    cut_tables: list[tuple[int, int, int]] = field(default_factory=list)
    # documents: (first row, last row, why) of a table whose cells could not be placed with certainty (the why in
    # Chinese, for the reader of the report): not checked
    unsure_tables: list[tuple[int, int, str]] = field(default_factory=list)
    # documents: (title row, first row) of each table laid out under a title line of its own, top to bottom: a title
    # that names no known table ('决算表', its '收入' cut off in print) still ends the table before it
    titled_tables: list[tuple[int, int]] = field(default_factory=list)
    # workbooks: the print header's (页眉) sections' texts, where a producer may print the table's title on every
    # page instead of in a cell
    print_header: tuple[str, ...] = ()

    @property
    def max_row(self) -> int:
        return max((r for r, _ in self.cells), default=0)

    @property
    def max_col(self) -> int:
        return max((c for _, c in self.cells), default=0)

    def get(self, row: int, col: int) -> Cell | None:
        return self.cells.get((row, col))

    def rows(self) -> dict[int, list[Cell]]:
        """Non-empty cells grouped by row, each row's cells ordered by column (computed once)."""
        cached = self.__dict__.get("_rows")
        if cached is not None:
            return cached
        out: dict[int, list[Cell]] = {}
        cells = self.cells
        last = None  # the row of the list being filled: sorted keys come row by row
        row: list[Cell] = []
        for key in sorted(cells):  # (the keys alone: sorting (key, cell) pairs compared each pair's keys twice)
            cell = cells[key]
            value = cell.value
            if value is None:
                if not cell.formula_without_value:
                    continue
            elif isinstance(value, str) and not value.strip(" \t\r\n\u3000\xa0"):
                continue
            if key[0] == last:
                row.append(cell)
            else:
                last = key[0]
                row = out[last] = [cell]
        self.__dict__["_rows"] = out
        return out


@dataclass
class Workbook:
    """What a reader gives: sheets of cells and, for documents, the running text in order.

    kind is "workbook" (xlsx, xls, ods…), "word" or "pdf"; a document's tables and paragraphs are laid out top to
    bottom in virtual sheets so that the same recognisers find its tables by title, with `Sheet.origins` saying
    where each cell really is.
    """

    path: str
    sheets: list[Sheet] = field(default_factory=list)
    kind: str = "workbook"
    paragraphs: list[Paragraph] = field(default_factory=list)


def indent_width(text) -> int:
    """How far a label is indented by the spaces before it: a full-width space counts 2, a tab 4, a space 1."""
    if not isinstance(text, str):
        return 0
    width = 0
    for ch in text:
        if ch == "\u3000":
            width += 2
        elif ch == "\t":
            width += 4
        elif ch == " " or ch == "\xa0":
            width += 1
        else:
            break
    return width


def header_sections(raw: str | None) -> tuple[str, ...]:
    """A print header's (页眉) texts as Excel stores them ('&L…&C支出决算表&R第&P页'): each section's words without the
    codes (&"宋体,加粗" fonts, &12 sizes, &KFF0000 colours, &P/&N/&D/&T fields, '&&' an ampersand) and without the
    page number's words ('第&P页 共&N页'); blank ones left out."""
    if not raw or "&" not in raw and not raw.strip():
        return ()
    import re

    out = []
    for part in re.split(r"(?<!&)&[LCR]", raw):
        text = re.sub(r'&&|&"[^"]*"|&K[0-9A-Fa-f]{6}|&K\d{2}[+-]\d{3}|&\d+|&[A-Za-z]',
                      lambda m: "&" if m.group() == "&&" else " ", part)
        text = re.sub(r"[第共]\s*页", " ", text)  # what is left of '第&P页 共&N页'
        text = " ".join(text.split())
        if text:
            out.append(text)
    return tuple(out)

