"""Word (.docx) → one virtual sheet of the document's paragraphs and tables, in document order.

python-docx opens the package (and checks it is a Word document); the body is then walked directly on the lxml
tree python-docx already parsed, because its cell API is slow (1.5 s on 30 tables against 0.09 s for the XML).

Layout of the virtual sheet "文档" (the convention the PDF reader shares):
- each non-empty body paragraph is one row, its text in column A; a run of empty paragraphs is one blank row;
- each table takes as many rows as it has, starting in column A, one virtual column per grid column
  (w:gridBefore, w:gridSpan resolved); horizontal and vertical merges (w:gridSpan, w:vMerge) go into
  `Sheet.merged` with the value in the top-left cell, as in Excel;
- a table nested in a cell is laid out after its parent table, with its own number (document order: the parent
  first, then the tables inside it in reading order); a text box holding a table is read where it is anchored,
  its paragraphs and tables as the body's;
- what Word shows is read: tracked changes as if accepted (w:ins read; w:del, w:moveFrom and a row whose w:trPr
  holds w:del not), hidden runs (w:vanish, also through a character or paragraph style: docx_hidden.py) left out;
  comments live in their own part and are never read; a content control showing its placeholder prompt is empty.
`Sheet.origins` keeps, for every virtual cell, the paragraph index or the table number and 1-based row/grid column.
Paragraphs inside table cells belong to the table; `Workbook.paragraphs` holds the body text only.
"""

from __future__ import annotations

import re
import zipfile
from pathlib import Path

from lxml import etree

from govaudit.cellref import a1
from govaudit.readers.base import Cell, Origin, Paragraph, ReadError, Sheet, Workbook, indent_width, open_error
from govaudit.readers.docx_hidden import Hider, hidden_styles
from govaudit.readers.pdf_common import lead, title_like
from govaudit.text import norm

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT, _CUSTOM_XML = (W + "p", W + "tbl", W + "tr", W + "tc", W + "sdt",
                                                      W + "sdtContent", W + "customXml")
_T, _TAB, _BR, _CR, _NB_HYPHEN = W + "t", W + "tab", W + "br", W + "cr", W + "noBreakHyphen"
_VAL = W + "val"
# What Word does not show: text deleted or moved away with tracking on (Word shows a document's changes as if
# accepted; w:del/w:moveFrom hold what is gone — its text is normally w:delText, but a w:t there is gone too),
# and runs formatted hidden (w:vanish in the run's own w:rPr: a stale figure or sentence left hidden).
_DEL, _MOVE_FROM, _VANISH, _RPR, _R = W + "del", W + "moveFrom", W + "vanish", W + "rPr", W + "r"
_TXBX = W + "txbxContent"
_OFF = ("0", "false", "off")

SHEET_NAME = "文档"
MAX_UNPACKED_BYTES = 400 * 1024 * 1024
MAX_RATIO = 150
MAX_GRID_COLS = 512  # a Word table has at most 63 columns; a larger span is a hostile file
MAX_CELLS = 3_000_000

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = b"PK\x03\x04"
_HEADING_RE = re.compile(r"^(?:heading|标题)\s*(\d)$", re.IGNORECASE)


def read_docx(path: Path) -> Workbook:
    path = Path(path)
    _check_file(path)
    import docx  # python-docx: imported here, so `govaudit --help` does not pay for it
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except PackageNotFoundError:
        raise ReadError("不是有效的 Word 文档（.docx）：文件已损坏或不完整") from None
    except ValueError as exc:  # python-docx: "file 'x' is not a Word file, content type is …"
        if "content type" in str(exc):
            raise ReadError("不是 Word 文档：文件内容是其他 Office 格式（如 .xlsx），请检查文件") from None
        raise ReadError(f"不是有效的 Word 文档（.docx）（{exc}）") from None
    except Exception as exc:  # a broken part, bad XML …: one line, never a traceback
        raise ReadError(f"Word 文档已损坏，无法读取（{type(exc).__name__}）") from None
    body = document.element.find(W + "body")
    if body is None:  # e.g. ISO 29500 "Strict Open XML", whose elements are in another namespace
        if "purl.oclc.org/ooxml" in document.element.tag:
            raise ReadError("这是“Strict Open XML”格式的 Word 文档，暂不支持；请在 Word 中另存为普通 .docx 后再检查")
        raise ReadError("不是有效的 Word 文档（.docx）：找不到正文")
    styles = _style_levels(document)
    walker = _Walker(str(path), styles, _hidden(document))
    walker.body(body)
    return Workbook(path=str(path), sheets=[walker.sheet], kind="word", paragraphs=walker.paragraphs)


_HEAD_ROWS = 6  # a repeated header is at most this many rows


def _row_texts(row: "_Row") -> tuple:
    """((grid offset, text), …) of a row's non-empty cells: what a repeated header row is compared by (only compared,
    so the offset is 0-based)."""
    out, col = [], row.before
    for cell in row.cells:
        text = "".join(cell.paragraphs).strip(" \t\r\n\u3000\xa0")
        if text:
            out.append((col, "".join(text.split())))
        col += cell.span
    return tuple(out)


def _repeated_head(previous: list[tuple] | None, head: list[tuple]) -> int:
    """How many top rows of a table repeat the previous table's top rows word for word (0 when it is not a
    continuation). Only rows of two or more texts count (column headers, a 栏次 row): a title row, one text, stops
    the count, so two forms that merely start alike are never joined."""
    if not previous:
        return 0
    k = 0
    while k < min(len(previous), len(head)) and len(head[k]) >= 2 and head[k] == previous[k]:
        k += 1
    return k


def index_document(document) -> tuple[list, list]:
    """(body paragraph elements, table elements) of an open python-docx document, numbered exactly as read_docx
    numbers them (paragraph index i is element i-1, table number n is element n-1): the annotated copy uses them."""
    walker = _Walker("", _style_levels(document), _hidden(document))
    walker.body(document.element.body)
    return walker.paragraph_elements, walker.table_elements


def table_cell(tbl, row: int, col: int):
    """The w:tc shown at 1-based (row, grid column) of a table element: a cell spanning that column, and for a
    vertically merged cell the one that starts the merge. None when there is no such cell."""
    rows = list(_children(tbl, _TR))
    if row > len(rows):  # (row < 1: r < 0, the loop below does not run)
        return None
    r = row - 1
    while r >= 0:
        found = _cell_at(rows[r], col)
        if found is None:
            return None
        tcpr = found.find(W + "tcPr")
        vmerge = tcpr.find(W + "vMerge") if tcpr is not None else None
        if vmerge is None or (vmerge.get(_VAL) or "continue") == "restart" or r == 0:
            return found
        r -= 1
    return None


def _cell_at(tr, col: int):
    c = _int_attr(tr.find(W + "trPr"), W + "gridBefore") + 1
    for tc in _children(tr, _TC):
        span = max(1, _int_attr(tc.find(W + "tcPr"), W + "gridSpan"))
        if c <= col < c + span:
            return tc
        c += span
    return None


# ------------------------------------------------------------------------------------------------ the file itself
def _check_file(path: Path) -> None:
    """Refuse what python-docx cannot read with a reason a user can act on: old formats, encryption, bombs."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(8)
            blob = fh.read(4 * 1024 * 1024) if head == _CFB_MAGIC else b""
    except OSError as exc:
        raise open_error(exc, " Word 文档") from None
    if not head:
        raise ReadError("文件为空（0 字节），不是有效的 Word 文档")
    if head == _CFB_MAGIC:  # OLE2 compound file: Word 97-2003, old WPS, or an encrypted .docx
        if "EncryptedPackage".encode("utf-16-le") in blob:
            raise ReadError("Word 文档受密码保护（已加密），请先取消密码再检查")
        if path.suffix.lower() == ".wps":
            raise ReadError("这是 WPS 文字（.wps）格式，暂不支持；请在 WPS 中另存为 .docx 后再检查")
        raise ReadError("这是旧版 Word 97-2003（.doc）格式，暂不支持；请在 Word/WPS 中另存为 .docx 后再检查")
    if head[:4] != _ZIP_MAGIC:
        if path.suffix.lower() in (".doc", ".wps"):
            what = "WPS 文字（.wps）" if path.suffix.lower() == ".wps" else "旧版 Word（.doc）"
            raise ReadError(f"这是{what}格式，暂不支持；请另存为 .docx 后再检查")
        raise ReadError("不是有效的 Word 文档（.docx）：文件内容不是 docx 格式")
    try:
        with zipfile.ZipFile(path) as zf:
            total = 0
            for info in zf.infolist():
                total += info.file_size
                if (info.file_size > 10 * 1024 * 1024 and info.compress_size
                        and info.file_size / info.compress_size > MAX_RATIO):
                    raise ReadError(f"Word 文档内部文件 {info.filename} 压缩比异常（疑似压缩炸弹），拒绝读取")
            if total > MAX_UNPACKED_BYTES:
                raise ReadError(f"Word 文档解压后过大（{total // (1024 * 1024)} MB），拒绝读取")
            names = set(zf.namelist())
    except zipfile.BadZipFile:
        raise ReadError("Word 文档已损坏或不完整（zip 结构无法解析）") from None
    except ReadError:
        raise
    except Exception as exc:
        raise ReadError(f"Word 文档结构无法解析（{type(exc).__name__}）") from None
    if "xl/workbook.xml" in names:
        raise ReadError("文件内容是 Excel 工作簿，不是 Word 文档：请把扩展名改为 .xlsx 后再检查")
    if "word/document.xml" not in names and not any(n.startswith("word/") for n in names):
        raise ReadError("不是有效的 Word 文档（.docx）：缺少正文（word/document.xml）")


def _style_levels(document) -> dict[str, tuple[str, int | None]]:
    """styleId → (style name as Word shows it, heading level 1…9 or None), following basedOn for the outline
    level; the key "" is the default paragraph style."""
    from docx.styles import BabelFish

    raw: dict[str, tuple[str, int | None, str | None]] = {}
    default = None
    try:
        root = document.styles.element
    except Exception:  # no styles part: plain paragraphs
        return {}
    for st in root.iterchildren(W + "style"):
        sid = st.get(W + "styleId")
        if not sid:
            continue
        name_el = st.find(W + "name")
        name = BabelFish.internal2ui(name_el.get(_VAL, sid)) if name_el is not None else sid
        if st.get(W + "type") == "paragraph" and st.get(W + "default") in ("1", "true", "on"):
            default = sid
        lvl = None
        ppr = st.find(W + "pPr")
        if ppr is not None:
            ol = ppr.find(W + "outlineLvl")
            if ol is not None and (ol.get(_VAL) or "").isdigit():
                lvl = int(ol.get(_VAL)) + 1
        based = st.find(W + "basedOn")
        raw[sid] = (name, lvl, based.get(_VAL) if based is not None else None)
    out: dict[str, tuple[str, int | None]] = {}
    for sid, (name, lvl, _based) in raw.items():
        m = _HEADING_RE.match(name.strip())
        seen, cur = {sid}, raw[sid]
        while lvl is None and cur[2] and cur[2] in raw and cur[2] not in seen:
            seen.add(cur[2])
            cur = raw[cur[2]]
            lvl = cur[1]
        if m:
            lvl = int(m.group(1))
        out[sid] = (name, lvl if lvl is not None and lvl <= 9 else None)
    if default in out:
        out[""] = out[default]
    return out


def _hidden(document) -> dict[str, bool]:
    """The styles that hide text (readers/docx_hidden.py); {} when none does, or there is no styles part."""
    try:
        root = document.styles.element
    except Exception:
        return {}
    return hidden_styles(root)


# ------------------------------------------------------------------------------------------------ text
_SPECIAL = {_TAB: "\t", _BR: "\n", _CR: "\n", _NB_HYPHEN: "-"}
_TEXT_TAGS = (_T, _TAB, _BR, _CR, _NB_HYPHEN, _MC_FALLBACK, _DEL, _MOVE_FROM, _VANISH, _SDT)
_GONE = (_DEL, _MOVE_FROM)


def _prompt(sdt) -> bool:
    """A content control showing its placeholder (w:showingPlcHdr: '单击或点击此处输入文字。' in grey): nothing was
    entered, so its text is no figure or sentence of the document (read, a prompt in a figure cell was CEL001).
    A control holding a digit is read all the same: a program filling controls may leave the flag on, and Word shows
    what the control holds (dropped, such figures drew 131 false findings: tests/test_review29.py)."""
    pr = sdt.find(W + "sdtPr")
    flag = pr.find(W + "showingPlcHdr") if pr is not None else None
    if flag is None or (flag.get(_VAL) or "").lower() in _OFF:
        return False
    return not any(ch.isdigit() for t in sdt.iter(_T) for ch in (t.text or ""))


def _hidden_run(vanish):
    """The run a w:vanish hides (the w:r whose own w:rPr holds it, not turned off), else None. A paragraph mark's
    w:vanish (w:pPr/w:rPr) hides no text: its runs say for themselves."""
    rpr = vanish.getparent()
    if rpr is None or rpr.tag != _RPR or (vanish.get(_VAL) or "").lower() in _OFF:
        return None
    run = rpr.getparent()
    return run if run is not None and run.tag == _R else None


def _text(el, skip_boxes: bool = False, hider: Hider | None = None) -> str:
    """A paragraph's visible text: runs, tabs and breaks in document order (also those of a text box in it, unless
    skip_boxes: its blocks are then read on their own), skipping mc:Fallback, the copy of a text box Word writes
    for old readers (the mc:Choice one is read), deleted or moved-away text and hidden runs."""
    parts = []
    hidden = None  # the run a w:vanish hides: its text, tabs and breaks are not shown
    tags = _TEXT_TAGS + (_TXBX,) if skip_boxes else _TEXT_TAGS
    walker = etree.iterwalk(el, events=("start",), tag=tags)  # lxml filters the tags: few Python objects
    if hider is not None:  # (only when some style hides text: a run's style, or the paragraph's, is then asked)
        hider.enter(el)
    for _event, node in walker:
        tag = node.tag
        if tag == _T:
            if (hidden is None or node.getparent() is not hidden) and not (hider and hider.hides(node)):
                parts.append(node.text or "")
        elif tag in _GONE or tag == _MC_FALLBACK or tag == _TXBX:
            walker.skip_subtree()
        elif tag == _SDT:
            if _prompt(node):
                walker.skip_subtree()
        elif tag == _VANISH:
            run = _hidden_run(node)
            hidden = run if run is not None else hidden
        elif (hidden is None or node.getparent() is not hidden) and not (hider and hider.hides(node)):
            parts.append(_SPECIAL[tag])
    return "".join(parts)


def _int_attr(el, tag: str) -> int:
    """The w:val of el's child `tag` as an integer; 0 when there is none or it is no number."""
    found = el.find(tag) if el is not None else None
    return _int_val(found) if found is not None else 0


def _children(el, tag: str):
    """Children with this tag, looking through content controls and custom XML wrappers."""
    for child in el:
        if child.tag == tag:
            yield child
        elif child.tag == _SDT:
            content = child.find(_SDT_CONTENT)
            if content is not None:
                yield from _children(content, tag)
        elif child.tag == _CUSTOM_XML:
            yield from _children(child, tag)


# ------------------------------------------------------------------------------------------------ tables
# A table is read in one pass of lxml's iterwalk over the few tags that matter (rows, cells, paragraphs, text,
# the merge and grid properties): python-docx's cell objects, or a find() per property, cost 20–30 µs a cell.
# The records below are then laid out by _Walker._table without touching the XML again.
_TCPR, _TRPR = W + "tcPr", W + "trPr"
_GRID_SPAN, _VMERGE, _HMERGE, _GRID_BEFORE = W + "gridSpan", W + "vMerge", W + "hMerge", W + "gridBefore"
_IND, _PPR = W + "ind", W + "pPr"
_TABLE_TAGS = (_TBL, _TR, _TC, _P, _T, _TAB, _BR, _CR, _NB_HYPHEN, _GRID_SPAN, _VMERGE, _HMERGE, _GRID_BEFORE,
               _MC_FALLBACK, _IND, _DEL, _MOVE_FROM, _VANISH, _SDT)
_CELL_PROPS = {_GRID_SPAN: "s", _VMERGE: "v", _HMERGE: "h"}


class _Table:
    __slots__ = ("element", "rows")

    def __init__(self, element):
        self.element = element
        self.rows: list[_Row] = []


class _Row:
    __slots__ = ("element", "before", "cells", "props", "seen", "deleted")

    def __init__(self, element):
        self.element = element
        self.deleted = False  # deleted with tracking on (w:trPr/w:del): Word shows the table without it
        self.before = 0  # w:gridBefore: grid columns left empty before the first cell
        self.cells: list[_Cell] = []
        self.props = None  # the w:trPr read (the first one, as find() gives)
        self.seen = ""  # properties already read (one letter each): the first of each counts


class _Cell:
    __slots__ = ("element", "span", "vmerge", "hmerge", "paragraphs", "nested", "props", "seen", "indent")

    def __init__(self, element):
        self.element = element
        self.span = 1  # w:gridSpan, at least 1
        self.vmerge: str | None = None  # "restart" / "continue" (w:vMerge without a value) / None
        self.hmerge: str | None = None  # the same for the legacy w:hMerge
        self.paragraphs: list[str] = []  # each paragraph's text as written (not stripped)
        self.nested: list[_Table] = []  # tables in this cell, in reading order
        self.props = None  # the w:tcPr read (the first one, as find() gives)
        self.seen = ""  # properties already read (one letter each): the first of each counts
        self.indent = 0.0  # its first paragraph's indent (w:ind), in characters


def _within(el, owner) -> bool:
    """el is a child of owner, directly or through content controls and custom XML: what _children follows."""
    parent = el.getparent()
    while parent is not owner:  # el lies inside owner's element (the walk is there when it asks): never None
        tag = parent.tag
        if tag == _SDT_CONTENT:
            sdt = parent.getparent()
            if sdt is None or sdt.tag != _SDT or sdt.find(_SDT_CONTENT) is not parent:
                return False
            parent = sdt.getparent()
        elif tag == _CUSTOM_XML:
            parent = parent.getparent()
        else:
            return False
    return True


def _int_val(el) -> int:
    """el's w:val as an integer; 0 when it has none or it is no number (a gridSpan is then 1: callers clamp)."""
    try:
        return int(el.get(_VAL, 0))
    except ValueError:
        return 0


def _read_table(tbl, hider: Hider | None = None) -> _Table:
    """The rows and cells of a table element, with the tables nested in its cells, in one walk of its XML.

    What counts is what the element-by-element walk reads: rows, cells and paragraphs as children (through content
    controls and custom XML), the first w:trPr/w:tcPr's own properties (not those of a tracked change), a
    paragraph's text with everything inside it (a text box too), never an mc:Fallback copy, nor text deleted or
    moved away with tracking on, nor a hidden run. A row deleted with tracking on is kept, marked deleted: it keeps
    its number (the XML's, which the annotated copy goes back to) but is not laid out."""
    root = _Table(tbl)
    table, row, cell = root, None, None
    stack: list[tuple] = []  # the enclosing tables' (table, row, cell) while a nested one is read
    paragraph, parts = None, []  # the cell paragraph being read and its text so far
    hidden = None  # the run a w:vanish hides (its text is not shown)
    walker = etree.iterwalk(tbl, events=("start", "end"), tag=_TABLE_TAGS)
    for event, el in walker:
        tag = el.tag
        if event == "end":
            if el is paragraph:
                cell.paragraphs.append("".join(parts))
                paragraph = None
            elif paragraph is not None:
                continue
            elif cell is not None and el is cell.element:
                cell = None
            elif row is not None and el is row.element:
                row = None
            elif el is table.element and stack:
                table, row, cell = stack.pop()
            continue
        if tag == _T:
            if paragraph is not None and (hidden is None or el.getparent() is not hidden) \
                    and not (hider and hider.hides(el)):
                parts.append(el.text or "")
        elif tag == _MC_FALLBACK:
            walker.skip_subtree()
        elif tag in _GONE:  # deleted or moved-away text; a row's w:trPr/w:del deletes the row
            parent = el.getparent()
            if row is not None and cell is None and parent.tag == _TRPR and parent.getparent() is row.element:
                row.deleted = True
            walker.skip_subtree()
        elif tag == _SDT:  # (a control around rows or cells is looked through; one in a paragraph may be a prompt)
            if paragraph is not None and _prompt(el):
                walker.skip_subtree()
        elif tag == _VANISH:
            if paragraph is not None:
                run = _hidden_run(el)
                hidden = run if run is not None else hidden
        elif paragraph is not None:  # inside a paragraph: only its text counts (a text box's tables are text)
            if tag in _SPECIAL:
                if (hidden is None or el.getparent() is not hidden) and not (hider and hider.hides(el)):
                    parts.append(_SPECIAL[tag])
            elif tag == _IND and not cell.paragraphs and el.getparent().tag == _PPR \
                    and el.getparent().getparent() is paragraph:
                cell.indent = _indent_chars(el)
        elif tag == _P:
            if cell is not None and _within(el, cell.element):
                paragraph, parts = el, []
                if hider is not None:
                    hider.enter(el)
            else:
                walker.skip_subtree()
        elif tag == _TC:
            if row is not None and cell is None and _within(el, row.element):
                cell = _Cell(el)
                row.cells.append(cell)
            else:
                walker.skip_subtree()
        elif tag in _CELL_PROPS:
            if cell is not None and _is_prop_of(el, cell, _TCPR, _CELL_PROPS[tag]):
                if tag == _GRID_SPAN:
                    cell.span = max(1, _int_val(el))
                elif tag == _VMERGE:
                    cell.vmerge = el.get(_VAL) or "continue"
                else:
                    cell.hmerge = el.get(_VAL) or "continue"
        elif tag == _TR:
            if row is None and cell is None and _within(el, table.element):
                row = _Row(el)
                table.rows.append(row)
            else:
                walker.skip_subtree()
        elif tag == _TBL:
            if el is tbl:
                continue
            if cell is not None and _within(el, cell.element):
                inner = _Table(el)
                cell.nested.append(inner)
                stack.append((table, row, cell))
                table, row, cell = inner, None, None
            else:
                walker.skip_subtree()
        elif tag == _GRID_BEFORE:
            if row is not None and cell is None and _is_prop_of(el, row, _TRPR, "b"):
                row.before = _int_val(el)
    return root


def _indent_chars(ind) -> float:
    """A paragraph's indent (w:ind) in characters: w:leftChars/w:firstLineChars in hundredths of a character, else
    w:left/w:firstLine in twips at a 五号 (10.5 pt) character's 210 twips; a hanging indent takes back."""
    def attr(name: str) -> float:
        v = ind.get(W + name)
        try:
            return float(v) if v is not None else 0.0
        except ValueError:
            return 0.0
    left = attr("leftChars") / 100 if ind.get(W + "leftChars") is not None else (attr("left") or attr("start")) / 210
    first = attr("firstLineChars") / 100 if ind.get(W + "firstLineChars") is not None else attr("firstLine") / 210
    hanging = attr("hangingChars") / 100 if ind.get(W + "hangingChars") is not None else attr("hanging") / 210
    return max(0.0, left + first - hanging)


def _is_prop_of(el, owner, props_tag: str, code: str) -> bool:
    """el is the first property of its kind (code) directly in the first w:tcPr/w:trPr of owner (_Cell/_Row)."""
    if code in owner.seen:
        return False
    if owner.props is None:
        owner.props = owner.element.find(props_tag)  # a direct child of owner's element, of that tag
    if el.getparent() is not owner.props:
        return False
    owner.seen += code
    return True


def _is_frame(table: _Table) -> bool:
    """A table of one cell holding sentences (a 。): no table but a frame drawn around paragraphs of text. A title
    boxed in one cell ('支出决算表') and a frame around tables (one cell holding nested tables, laid out after it)
    stay tables."""
    if len(table.rows) != 1 or len(table.rows[0].cells) != 1:
        return False
    cell = table.rows[0].cells[0]
    return not cell.nested and cell.vmerge is None and cell.hmerge is None and any("。" in p for p in cell.paragraphs)


def _table_boxes(p) -> list:
    """The text boxes (w:txbxContent, not the mc:Fallback copy, not one inside another) anchored in paragraph p that
    hold a table: a table put in a floating box is still one of the document's tables. A text box of words only
    stays part of its paragraph's text, as before."""
    out = []
    for box in p.iter(_TXBX):
        ancestors = box.iterancestors()
        if any(a.tag in (_MC_FALLBACK, _TXBX) for a in ancestors if a is not p) or box.find(".//" + _TBL) is None:
            continue
        out.append(box)
    return out


# ------------------------------------------------------------------------------------------------ the walk
class _Walker:
    def __init__(self, path: str, styles: dict[str, tuple[str, int | None]], hidden: dict[str, bool] | None = None):
        self.path = path
        self.styles = styles
        self.hider = Hider(hidden) if hidden else None  # styles hiding text (docx_hidden.py): None when none does
        self.sheet = Sheet(name=SHEET_NAME)
        self.paragraphs: list[Paragraph] = []
        self.row = 0  # last virtual row used
        self.blank = True  # the previous row is blank (no two blank rows in a row)
        self.tables = 0
        self.cells = 0
        # the elements behind the numbers, for writers that go back to them (the annotated copy)
        self.paragraph_elements: list = []
        self.table_elements: list = []
        # the top rows' texts of the last table laid out, while nothing but empty or "续表" paragraphs follows it:
        # a table split in two (the header repeated on the next page) is laid out as one
        self.previous_head: list[tuple] | None = None
        # the row of the last title-like paragraph ('国有资产占用情况表') since the last table, if no sentence
        # followed it: the next table is a table of its own, whether or not its title is one we know
        # (Sheet.titled_tables, as the PDF reader marks them: it ends the table above)
        self.recent_title_row: int | None = None

    def body(self, body) -> None:
        for child in body:
            self._block(child)

    def _block(self, el) -> None:
        tag = el.tag
        if tag == _P:
            self._paragraph(el)
        elif tag == _TBL:
            self._table(el)
        elif tag == _SDT:
            content = el.find(_SDT_CONTENT)
            if content is not None:
                for child in content:
                    self._block(child)
        elif tag == _CUSTOM_XML:
            for child in el:
                self._block(child)

    def _paragraph(self, p) -> None:
        boxes = _table_boxes(p)
        text = _text(p, skip_boxes=bool(boxes), hider=self.hider).strip()
        self._paragraph_text(p, text)
        for box in boxes:  # a text box holding a table: its paragraphs and tables are read as the body's, here
            for child in box:
                self._block(child)

    def _paragraph_text(self, p, text: str) -> None:
        if not text.strip(" \t\r\n\u3000\xa0"):
            if not self.blank:
                self.row += 1
                self.blank = True
            return
        style_id, level = None, None
        ppr = p.find(W + "pPr")
        if ppr is not None:
            ps = ppr.find(W + "pStyle")
            style_id = ps.get(_VAL) if ps is not None else None
            ol = ppr.find(W + "outlineLvl")
            if ol is not None and (ol.get(_VAL) or "").isdigit() and int(ol.get(_VAL)) < 9:
                level = int(ol.get(_VAL)) + 1
        if self.previous_head is not None and not (len(text) <= 20 and "续" in text):
            self.previous_head = None
        name, style_level = self.styles.get(style_id or "", (style_id or "", None))
        if level is None:
            level = style_level
        self.row += 1
        self.blank = False
        self.paragraph_elements.append(p)
        index = len(self.paragraphs) + 1
        origin = Origin(paragraph=index)
        self._put(self.row, 1, text, origin)
        self.paragraphs.append(Paragraph(index=index, text=text, style=name, level=level, origin=origin,
                                         sheet=SHEET_NAME, cell=a1(self.row, 1)))
        if title_like(text) and lead(text) == norm(text):  # (a '（续）' title goes on with the table before)
            self.recent_title_row = self.row
        elif "。" in text:
            self.recent_title_row = None

    def _put(self, r: int, c: int, value, origin: Origin) -> None:
        self.cells += 1
        if self.cells > MAX_CELLS:
            raise ReadError(f"Word 文档单元格过多（超过 {MAX_CELLS}），拒绝读取")
        self.sheet.cells[(r, c)] = Cell(row=r, col=c, value=value)
        self.sheet.origins[(r, c)] = origin

    def _table(self, tbl) -> None:
        table = _read_table(tbl, self.hider)
        if _is_frame(table):  # a bordered frame around text (a 说明 boxed in): its paragraphs are the body's
            for child in table.rows[0].cells[0].element:
                self._block(child)
            return
        self._lay_out(table)

    def _lay_out(self, table: _Table) -> None:
        self.tables += 1
        number = self.tables
        self.table_elements.append(table.element)
        nested: list[_Table] = []
        top = self.row + 1
        open_v: dict[int, list[int]] = {}  # grid column → [first row, last row, span] of the vertical merge there
        merged = self.sheet.merged
        cells, origins = self.sheet.cells, self.sheet.origins
        rows = table.rows
        head = [_row_texts(row) for row in [row for row in rows if not row.deleted][:_HEAD_ROWS]]
        skip = _repeated_head(self.previous_head, head)
        self.previous_head = head
        if self.recent_title_row is not None and not skip:
            self.sheet.titled_tables.append((self.recent_title_row, top))
        self.recent_title_row = None
        top -= skip  # the repeated rows take no place: the continuation's rows follow the first part's
        places = self.cells  # virtual places so far (a cell and the places merged over count alike)
        r = k = 0  # the row in the XML (what an origin names) and the row shown (a deleted row is not)
        for row in rows:
            r += 1
            if row.deleted:
                continue
            k += 1
            if k <= skip:  # the header printed again above a table's continuation
                continue
            vr = top + k - 1
            first = col = row.before + 1
            hrun: list[int] | None = None  # [first, last] grid column of a legacy w:hMerge run in this row
            for cell in row.cells:
                span = cell.span
                end = col + span
                if end - 1 > MAX_GRID_COLS:
                    raise ReadError(f"Word 文档的表{number}列数异常（超过 {MAX_GRID_COLS} 列），拒绝读取")
                places += span
                if places > MAX_CELLS:  # a huge table (or merge) must not fill memory
                    raise ReadError(f"Word 文档单元格过多（超过 {MAX_CELLS}），拒绝读取")
                for cc in range(col, end):
                    origins[(vr, cc)] = Origin(number, r, cc)
                state, hstate = cell.vmerge, cell.hmerge
                if hstate == "continue" and hrun is not None:  # covered by the cell where the run started
                    hrun[1] = end - 1
                    col = end
                    continue
                if hrun is not None:
                    if hrun[1] > hrun[0]:
                        merged.append((vr, hrun[0], vr, hrun[1]))
                    hrun = None
                if cell.nested:
                    nested.extend(cell.nested)  # tables nested in this cell: laid out after this one
                if state == "continue" and col in open_v:
                    open_v[col][1] = vr
                else:
                    if col in open_v:
                        self._close(open_v.pop(col), col)
                    paragraphs = cell.paragraphs
                    if len(paragraphs) == 1:
                        text = paragraphs[0].strip()
                    else:
                        text = "\n".join(t for t in (t.strip() for t in paragraphs) if t)
                    # a name's level shown by indenting its paragraph or by the spaces before it (stripped here)
                    indent = round(cell.indent + indent_width(paragraphs[0]) / 2) if paragraphs and text else 0
                    cells[(vr, col)] = Cell(vr, col, text or None, indent=indent)
                    if state == "restart":
                        open_v[col] = [vr, vr, span]
                    elif hstate == "restart":
                        hrun = [col, end - 1]
                    elif span > 1:
                        merged.append((vr, col, vr, end - 1))
                col = end
            if hrun is not None and hrun[1] > hrun[0]:
                merged.append((vr, hrun[0], vr, hrun[1]))
            if open_v:  # a row that does not reach a column (its cells cover first … col-1) ends the merge there
                for c in [c for c in open_v if not first <= c < col]:
                    self._close(open_v.pop(c), c)
        self.cells = places
        for c in list(open_v):
            self._close(open_v.pop(c), c)
        self.row = max(self.row, top + k - 1)
        self.blank = False
        for inner in nested:
            self._lay_out(inner)
        if nested:
            self.previous_head = None

    def _close(self, run: list[int], col: int) -> None:
        first, last, span = run
        if last > first or span > 1:
            self.sheet.merged.append((first, col, last, col + span - 1))
