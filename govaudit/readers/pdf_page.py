"""What a PDF page holds for reading: its characters with their boxes, and its ruling lines.

PDFium (pypdfium2, BSD/Apache) gives both fast through its raw API; pdfplumber (pdfminer.six) was ~10× slower
on the same files and PyMuPDF is AGPL. Every coordinate here is in points with the origin at the page's
top-left corner (x to the right, y downwards), the convention of pdfplumber and of `Origin.bbox`.
"""

from __future__ import annotations

import ctypes
import struct
import sys
import time
from collections import namedtuple
from govaudit.records import dataclass, field
from pathlib import Path

from govaudit.readers.base import ReadError, open_error
from govaudit.readers.pdfium import (
    FPDF_ERR_PASSWORD,
    FPDF_ERR_SECURITY,
    FPDF_FILLMODE_ALTERNATE,
    FPDF_PAGEOBJ_IMAGE,
    FPDF_PAGEOBJ_PATH,
    FPDF_PAGEOBJ_TEXT,
    FPDF_SEGMENT_LINETO,
    FPDF_SEGMENT_MOVETO,
    FS_MATRIX,
    FS_RECTF,
    pdfium,
)

MAX_PAGES = 400  # a disclosure has tens of pages; more is not one, and would cost minutes
MAX_CHARS_PER_PAGE = 60_000
MAX_SECONDS = 60.0  # a hostile content stream must not hang the run
MAX_BYTES = 300 * 1024 * 1024
LINE_THICKNESS = 2.5  # a filled or stroked shape thinner than this is a ruling line
MAX_PATH_POINTS = 20_000  # a path (a drawn one, or a clip) with more points is not walked
# a character box taller and wider than this (points) may be a watermark's: its text object is asked whether it is
# turned (a glyph turned at a slant has a box as wide as it is tall, both more than its size) or pale
WATERMARK_SIZE = 20.0
PALE = 150  # a fill whose red, green and blue are all at least this (of 255), or whose alpha is below it: pale


class Char(namedtuple("_Char", "text x0 top x1 bottom height cy")):
    """One character and its box; `height` (bottom - top) and `cy` (the middle of the box) are kept, as lines and
    cells ask for them often. A tuple: a page's thousands of characters are made without a Python __init__ each
    (the reader calls `_char`, which takes the seven values)."""

    __slots__ = ()

    def __new__(cls, text: str, x0: float, top: float, x1: float, bottom: float):
        return tuple.__new__(cls, (text, x0, top, x1, bottom, bottom - top, (top + bottom) / 2))


@dataclass(slots=True)
class Segment:
    """A horizontal (y = pos, x from a to b) or vertical (x = pos, y from a to b) ruling line."""

    horizontal: bool
    pos: float
    a: float
    b: float


@dataclass
class Page:
    number: int  # 1-based
    width: float
    height: float
    chars: list[Char] = field(default_factory=list)  # in the text layer's order; None-width breaks dropped
    breaks: set[int] = field(default_factory=set)  # indices into chars before which the text layer had a space
    segments: list[Segment] = field(default_factory=list)
    images: int = 0
    # characters a clip hides beside it, not above or below (a cell's text cut at its cell's rule, as Excel prints
    # a word too long for its cell): no text of the page, but a ruled table gives them back to the text they end
    aside: list[Char] = field(default_factory=list)
    # the middles (y, as displayed) of figures' characters standing past the shown page's left or right edge, level
    # with it: a table whose right-hand columns the crop box (or a media box narrower than the drawing) cuts off. No
    # text of the page (nobody sees it); a table holding a row at one of these heights has lost columns (pdf.py)
    beyond: list[float] = field(default_factory=list)


def open_document(path: Path) -> "_Document":
    """The PDFium document, or a ReadError naming why not (missing, not a PDF, encrypted, broken)."""
    try:
        size = path.stat().st_size
        with open(path, "rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise open_error(exc, " PDF 文件") from None
    if not head:
        raise ReadError("文件为空（0 字节），不是有效的 PDF 文件")
    if b"%PDF-" not in head:
        raise ReadError("不是有效的 PDF 文件：文件内容不是 PDF 格式")
    if size > MAX_BYTES:
        raise ReadError(f"PDF 文件过大（{size // (1024 * 1024)} MB），不像一份部门决算公开")
    api = _api()
    raw = api.raw
    # the path as pypdfium2 passes it (PDFium takes UTF-8 on every platform)
    errors = "strict" if sys.platform.startswith("win32") else "surrogateescape"
    try:
        name = (str(path.expanduser().resolve()) + "\x00").encode("utf-8", errors=errors)
    except (OSError, UnicodeError):
        raise ReadError("PDF 文件的路径无法传给 PDF 引擎（含有无法编码的字符）") from None
    handle = raw.FPDF_LoadDocument(name, None)
    count = raw.FPDF_GetPageCount(handle) if handle else 0
    if count < 1:  # as pypdfium2 does: a document without pages is not one it opens either
        error = raw.FPDF_GetLastError()
        if handle:
            raw.FPDF_CloseDocument(handle)
        if error == FPDF_ERR_PASSWORD:
            raise ReadError("PDF 文件受密码保护（已加密），请先取消密码再检查")
        if error == FPDF_ERR_SECURITY:
            raise ReadError("PDF 文件使用了不支持的加密方式，请先取消加密再检查")
        raise ReadError("PDF 文件已损坏或格式不正确，无法打开")
    return _Document(api, handle, count)


class _Document:
    """An open PDFium document, read through the library's own functions (readers/pdfium.py), not pypdfium2's
    helper classes: importing those costs a fresh process about 20 ms more, and each page object some more."""

    def __init__(self, api: "_Api", handle, count: int):
        self.api, self.handle, self.count = api, handle, count

    def __len__(self) -> int:
        return self.count

    def close(self) -> None:
        if self.handle:
            self.api.raw.FPDF_CloseDocument(self.handle)
            self.handle = None


def read_pages(path: Path) -> list[Page]:
    doc = open_document(path)
    api = doc.api
    raw = api.raw
    started = time.monotonic()
    try:
        count = len(doc)
        if count > MAX_PAGES:
            raise ReadError(f"PDF 文件有 {count} 页，超过 {MAX_PAGES} 页，不像一份部门决算公开")
        pages = []
        for i in range(count):
            if time.monotonic() - started > MAX_SECONDS:
                raise ReadError(f"PDF 文件读取超时（{MAX_SECONDS:.0f} 秒内只读完 {i} 页），文件可能已损坏")
            page = raw.FPDF_LoadPage(doc.handle, i)
            if not page:
                raise ReadError(f"PDF 文件第 {i + 1} 页已损坏，无法读取")
            try:
                pages.append(_read_page(api, page, i + 1))
            finally:
                raw.FPDF_ClosePage(page)
        return pages
    finally:
        doc.close()


class _Api:
    """The PDFium functions read per page, per character and per page object (readers/pdfium.py binds them)."""

    def __init__(self):
        raw = pdfium()
        self.raw = raw
        self.text_load = raw.FPDFText_LoadPage
        self.text_close = raw.FPDFText_ClosePage
        self.count_chars = raw.FPDFText_CountChars
        self.get_text = raw.FPDFText_GetText
        self.text_index = raw.FPDFText_GetTextIndexFromCharIndex
        self.get_unicode = raw.FPDFText_GetUnicode
        self.loose_box = raw.FPDFText_GetLooseCharBox
        self.generated = raw.FPDFText_IsGenerated
        self.count_objects = raw.FPDFPage_CountObjects
        self.get_object = raw.FPDFPage_GetObject
        self.object_type = raw.FPDFPageObj_GetType
        self.bounds = raw.FPDFPageObj_GetBounds
        self.draw_mode = raw.FPDFPath_GetDrawMode
        self.fill_color = raw.FPDFPageObj_GetFillColor
        self.count_segments = raw.FPDFPath_CountSegments
        self.text_object = raw.FPDFText_GetTextObject  # None in an older PDFium: clipped text is then read
        self.clip_offset = _clip_offset(raw) if self.text_object else None


_API: _Api | None = None


def _api() -> _Api:
    global _API
    if _API is None:
        _API = _Api()
    return _API


def _read_page(api: _Api, page, number: int) -> Page:
    raw = api.raw
    # as displayed: a page with /Rotate 90 is wider than its media box is
    width, height = raw.FPDF_GetPageWidthF(page), raw.FPDF_GetPageHeightF(page)
    quarter = raw.FPDFPage_GetRotation(page)
    rotation = quarter * 90 if quarter in (1, 2, 3) else 0
    turn = _sideways(api, page) if not rotation else 0
    if turn:  # a landscape table printed turned on a portrait page: read as if the page had that /Rotate
        rotation, width, height = turn, height, width
    out = Page(number=number, width=width, height=height)
    shown = FS_RECTF()
    raw.FPDF_GetPageBoundingBox(page, ctypes.byref(shown))  # what a viewer shows: the crop box within the media box
    area = (shown.left, shown.bottom, shown.right, shown.top)
    # boxes are given from the shown page's top-left corner: a crop box that does not start at the media box's
    # corner moves it (width and height are the crop box's already)
    view = _view(rotation, width, height, shown.left, shown.bottom)
    clips = _read_objects(api, page, out, view, area)
    _read_chars(api, page, out, view, None if rotation or shown.left else shown.top, area, clips)
    return out


SIDEWAYS_SAMPLE = 60  # text objects looked at to tell whether a page's text runs up or down the page
SIDEWAYS_SHARE = 0.8  # this share of them (and at least MIN_SIDEWAYS) turned a quarter the same way: a turned page
MIN_SIDEWAYS = 8


def _sideways(api: _Api, page) -> int:
    """90 when the page's text runs up the page, 270 when down it (most of its first text objects drawn turned a
    quarter the same way: a landscape table printed turned on a portrait page that has no /Rotate, the reader
    turning his head to read it); 0 otherwise (a few turned words, such as a vertical header, do not turn a page)."""
    raw = api.raw
    up = down = seen = 0
    m = FS_MATRIX()
    for j in range(api.count_objects(page)):
        obj = api.get_object(page, j)
        if api.object_type(obj) != FPDF_PAGEOBJ_TEXT or not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
            continue
        seen += 1
        scale = max(abs(m.a), abs(m.b), abs(m.c), abs(m.d))
        if scale and max(abs(m.a), abs(m.d)) < 0.05 * scale:
            up, down = up + (m.b > 0), down + (m.b < 0)
        if seen >= SIDEWAYS_SAMPLE:
            break
    turned = max(up, down)
    if turned < MIN_SIDEWAYS or turned < SIDEWAYS_SHARE * seen:
        return 0
    return 90 if up > down else 270


EDGE = 1.0  # a character this far (points) past the shown area's side is cut off there, not a box's rounding
# a figure's characters: the cut columns of a table hold figures; words past the edge are a line of text run off the
# page (a note typed too long for it, a 单位 at a line's end), no column of a table
_FIGURE_CHARS = frozenset(map(ord, "0123456789,.-−"))


def _beyond(out: Page, view, left: float, bottom: float, right: float, top: float) -> None:
    """Notes a character (PDF space) past the shown area: in `out.beyond` when, as displayed, it stands past the
    page's left or right edge (wholly or partly, within half the page's width of it) level with the page (its
    middle between the page's top and foot: not a template's table left under the foot)."""
    x0, y0, x1, y1 = view(left, bottom, right, top)
    if ((x1 > out.width + EDGE and x0 < out.width * 1.5) or (x0 < -EDGE and x1 > -out.width / 2)) \
            and 0 <= (y0 + y1) / 2 <= out.height:
        out.beyond.append((y0 + y1) / 2)


def _outside(area: tuple[float, float, float, float], left: float, bottom: float, right: float, top: float) -> bool:
    """A box (PDF space) wholly off the page's shown area: text or a rule drawn where no reader of the PDF sees it
    (a table a template left below the page's foot), never part of the disclosure."""
    return right < area[0] or left > area[2] or top < area[1] or bottom > area[3]


def _view(rotation: int, width: float, height: float, left: float = 0, bottom: float = 0):
    """PDF space (origin bottom-left, before the page's /Rotate) → the page as displayed, origin top-left:
    a box (left, bottom, right, top) becomes (x0, top, x1, bottom). `left`/`bottom`: the shown area's corner in
    PDF space (the crop box's), where the displayed page starts."""
    if left or bottom:
        inner = _view(rotation, width, height)
        return lambda l, b, r, t: inner(l - left, b - bottom, r - left, t - bottom)
    if rotation == 90:
        return lambda l, b, r, t: (b, l, t, r)
    if rotation == 180:
        return lambda l, b, r, t: (width - r, b, width - l, t)
    if rotation == 270:
        return lambda l, b, r, t: (width - t, height - r, width - b, height - l)
    return lambda l, b, r, t: (l, height - t, r, height - b)


_RECT = struct.Struct("4f")  # FS_RECTF: left, top, right, bottom
_BLANK = {0xA0, 0x3000, 0xFFFE, 0xFEFF}  # blanks above the space (control characters and the space: u <= 0x20)


def _codes(api: _Api, tp, n: int) -> list[int]:
    """The page's n characters' code points, from one call for the whole page's text where PDFium's text (which
    may leave out control characters, and stores one unit per character) lines up with its character list;
    otherwise, or for a character outside the BMP, one call per character."""
    buf = (ctypes.c_ushort * (2 * n + 2))()  # room for surrogate pairs, should a PDFium version write them
    got = api.get_text(tp, 0, n, buf)
    if got == n + 1 and api.text_index(tp, 0) == 0 and api.text_index(tp, n - 1) == n - 1:
        codes = buf[:n]
        for i, u in enumerate(codes):
            if 0xD800 <= u <= 0xDFFF or u == 0:
                codes[i] = api.get_unicode(tp, i)
        return codes
    return [api.get_unicode(tp, i) for i in range(n)]


def _read_chars(api: _Api, page, out: Page, view, height: float | None, area, clips: "_Clips | None") -> None:
    """`height` is the shown page's top edge in PDF space when it is not rotated and starts at x = 0 (its height
    unless a crop box moves it): the usual case, turned into the displayed page's coordinates inline rather than
    through `view`. Characters outside `area` (_outside) are left out, and so are
    those a clipping path hides (`clips`, _Clips.hides)."""
    tp = api.text_load(page)
    if not tp:
        return
    try:
        n = api.count_chars(tp)
        if n > MAX_CHARS_PER_PAGE:
            raise ReadError(f"PDF 文件第 {out.number} 页有 {n} 个字符，过多，不像一份部门决算公开")
        if n <= 0:
            return
        rect = FS_RECTF()
        ref = ctypes.byref(rect)
        chars, breaks = out.chars, out.breaks
        append, make = chars.append, tuple.__new__  # Char(text, x0, top, x1, bottom) without its __new__ call
        loose_box, blank, unpack = api.loose_box, _BLANK, _RECT.unpack_from
        pending_break = glue = False
        # a character wholly inside `safe` is neither off the page nor clipped: the usual case, tested inline
        s0, s1, s2, s3 = area if clips is None else clips.safe
        big = WATERMARK_SIZE
        codes = _codes(api, tp, n)
        for i, u in enumerate(codes):
            if u <= 0x20 or u in blank:
                if u == 0x20 and _group_space(codes, i) and not api.generated(tp, i):
                    glue = True  # ('6 063.99': the figure's digit before it is widened to the next, below)
                else:
                    pending_break = True
                continue
            if not loose_box(tp, i, ref):
                continue
            left, top, right, bottom = unpack(rect)  # FS_RECTF's four floats, in one call
            if right - left <= 0 and top - bottom <= 0:
                continue
            if top - bottom > big and right - left > big and _watermark(api, tp, i):
                continue
            if not (s0 <= left and right <= s2 and s1 <= bottom and top <= s3):
                if u in _FIGURE_CHARS and (left < area[0] - EDGE or right > area[2] + EDGE or bottom < area[1] - EDGE
                                           or top > area[3] + EDGE):
                    _beyond(out, view, left, bottom, right, top)
                if _outside(area, left, bottom, right, top):
                    continue
                if clips is not None:
                    hidden = clips.hides(tp, i, (left + right) / 2, (bottom + top) / 2)
                    if hidden:
                        if hidden is _ASIDE:
                            x0, y0, x1, y1 = view(left, bottom, right, top)
                            out.aside.append(make(Char, (chr(u), x0, y0, x1, y1, y1 - y0, (y0 + y1) / 2)))
                        continue
            if pending_break:
                breaks.add(len(chars))
                pending_break = False
            if height is not None:
                y0, y1 = height - top, height - bottom
                append(make(Char, (chr(u), left, y0, right, y1, y1 - y0, (y0 + y1) / 2)))
            else:
                x0, y0, x1, y1 = view(left, bottom, right, top)
                append(make(Char, (chr(u), x0, y0, x1, y1, y1 - y0, (y0 + y1) / 2)))
            if glue:
                glue = False
                if not _close_up(chars):
                    breaks.add(len(chars) - 1)  # ('34 ' in one cell, '326.86' in the next: two words, not 34326.86)
    finally:
        api.text_close(tp)


_DIGITS = range(0x30, 0x3A)


def _group_space(codes, i: int) -> bool:
    """codes[i], a space, parts the digit groups of a figure ('6 063.99', '12 345 678.90': thousands set apart by a
    space, as GB/T 15835 sets long figures): one to three digits before it (the figure's first group, or a group of
    three after another such space), three after it, and the figure goes on in groups of three to a decimal point
    and a digit. A year or a count before a figure ('2024 123.45', '12 345.67' as two cells typed on a line keep a
    tab or more spaces) is no such figure; nor is a 科目编码 before another ('301 302')."""
    if i == 0 or codes[i - 1] not in _DIGITS:
        return False
    j = i - 1
    while j > 0 and codes[j - 1] in _DIGITS:
        j -= 1
    if i - j > 3 or (i - j < 3 and _after_group(codes, j)):
        return False  # four digits or more, or a short group after another group
    k = i
    while k + 4 < len(codes) and codes[k] == 0x20 and all(c in _DIGITS for c in codes[k + 1:k + 4]):
        k += 4
        if codes[k] == 0x2E:
            return k > i and k + 1 < len(codes) and codes[k + 1] in _DIGITS
    return False


def _after_group(codes, j: int) -> bool:
    """The digits from codes[j] follow a space after digits that are no figure's decimals ('1 23', not '1.50 23')."""
    if j < 2 or codes[j - 1] != 0x20 or codes[j - 2] not in _DIGITS:
        return False
    k = j - 2
    while k > 0 and codes[k - 1] in _DIGITS:
        k -= 1
    return k == 0 or codes[k - 1] != 0x2E


def _close_up(chars: list) -> bool:
    """The character before the last (a figure's digit before a group space) widened to the last one, when both lie
    on one line: the figure is one word of the line, as with a comma between its groups."""
    a, b = chars[-2], chars[-1]
    if abs(a.cy - b.cy) >= 0.3 * a.height or b.x0 - a.x1 > GROUP_SPACE * a.height:
        return False  # (another line, or a gap wider than a space: the next cell's figure after a cell's trailing space)
    if a.x1 < b.x0:
        chars[-2] = tuple.__new__(Char, (a.text, a.x0, a.top, b.x0, a.bottom, a.height, a.cy))
    return True


GROUP_SPACE = 1.5  # the widest gap of a space between a figure's digit groups, in character heights (one character
# cell at most, with room; a column gap is wider)


def _watermark(api: _Api, tp, i: int) -> bool:
    """Big character i was drawn turned at a slant (neither upright nor a quarter turn) or pale (light grey, or
    half transparent): a watermark ('内部资料', '样稿' set big and grey across the page or level over each table, over
    or under the tables), no part of the disclosure's text (a big title or cover line is printed dark)."""
    if api.text_object is None:
        return False
    obj = api.text_object(tp, i)
    m = FS_MATRIX()
    if not obj or not api.raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return False
    scale = max(abs(m.a), abs(m.b), abs(m.c), abs(m.d))
    if min(abs(m.a), abs(m.b)) > 0.05 * scale:
        return True
    rgba = [ctypes.c_uint() for _ in range(4)]
    if not api.fill_color(obj, *(ctypes.byref(v) for v in rgba)):
        return False
    r, g, b, a = (v.value for v in rgba)
    return min(r, g, b) >= PALE or a < PALE


def _read_objects(api: _Api, page, out: Page, view, area) -> "_Clips | None":
    """The page's ruling lines and pictures into `out`; returns the clipping paths its text objects are drawn
    under when one of them can hide text on the shown area (None: no text is clipped)."""
    raw = api.raw
    l, b, r, t = (ctypes.c_float() for _ in range(4))
    lr, br, rr, tr = (ctypes.byref(v) for v in (l, b, r, t))
    fill, stroke = ctypes.c_int(), ctypes.c_int()
    fill_r, stroke_r = ctypes.byref(fill), ctypes.byref(stroke)
    cr, cg, cb, ca = (ctypes.c_uint() for _ in range(4))
    colour = tuple(ctypes.byref(v) for v in (cr, cg, cb, ca))
    n = api.count_objects(page)
    segments = out.segments
    get_object, object_type, bounds, draw_mode = api.get_object, api.object_type, api.bounds, api.draw_mode
    IMAGE, PATH, TEXT = FPDF_PAGEOBJ_IMAGE, FPDF_PAGEOBJ_PATH, FPDF_PAGEOBJ_TEXT
    # the visible box of each clip in force for a text object, by clip (see _clip_offset: the key is the
    # clip's shared data, which the text objects drawn under one clip share; else each object is its own key)
    boxes: dict = {}
    offset, last, at = api.clip_offset, 0, _KEY_AT
    keyed = api.text_object is not None
    for j in range(n):
        obj = get_object(page, j)
        kind = object_type(obj)
        if kind == TEXT:
            if keyed:
                key = at(obj.value + offset).value if offset is not None else obj.value
                if key != last:
                    last = key
                    if key not in boxes:
                        boxes[key] = _clip_box(api, obj, area)
            continue
        if kind == IMAGE:
            out.images += 1
            continue
        if kind != PATH:
            continue
        if not bounds(obj, lr, br, rr, tr) or _outside(area, l.value, b.value, r.value, t.value):
            continue
        x0, top, x1, bottom = view(l.value, b.value, r.value, t.value)
        w, h = x1 - x0, bottom - top
        draw_mode(obj, fill_r, stroke_r)
        if not stroke.value:  # filled, then: PDFium makes no page object of a path neither filled nor stroked (a clip)
            api.fill_color(obj, *colour)
            if ca.value == 0 or min(cr.value, cg.value, cb.value) >= 245:
                continue  # a white cell background (Excel prints one per cell): no line at its edges
            if w > LINE_THICKNESS and h > LINE_THICKNESS:
                if min(cr.value, cg.value, cb.value) < PALE and api.count_segments(obj) <= 10:
                    segments.extend(_ring(raw, obj, view, fill.value))
                continue  # a shaded area: its edges need not be ruling lines
        if h <= LINE_THICKNESS and w > LINE_THICKNESS:
            segments.append(Segment(True, (top + bottom) / 2, x0, x1))
        elif w <= LINE_THICKNESS and h > LINE_THICKNESS:
            segments.append(Segment(False, (x0 + x1) / 2, top, bottom))
        elif w > LINE_THICKNESS:  # and so h too (the branches above): a shape, not a line
            if api.count_segments(obj) <= 5:
                # a stroked rectangle: its four edges are a cell's frame
                segments.extend((Segment(True, top, x0, x1), Segment(True, bottom, x0, x1),
                                 Segment(False, x0, top, bottom), Segment(False, x1, top, bottom)))
            elif stroke.value:
                _path_lines(raw, obj, view, segments)
    return _Clips.of(api, boxes, area)


def _path_points(raw, obj, view):
    """(segment type, closes its subpath, x, y) for each point of a path object, on the shown page; nothing for a
    path of more than MAX_PATH_POINTS points."""
    m = FS_MATRIX()
    if not raw.FPDFPageObj_GetMatrix(obj, ctypes.byref(m)):
        return
    x, y = ctypes.c_float(), ctypes.c_float()
    xr, yr = ctypes.byref(x), ctypes.byref(y)
    count = raw.FPDFPath_CountSegments(obj)
    if count > MAX_PATH_POINTS:
        return
    for k in range(count):
        seg = raw.FPDFPath_GetPathSegment(obj, k)
        raw.FPDFPathSegment_GetPoint(seg, xr, yr)  # fails only for no segment: k is one of the path's own
        ux = m.a * x.value + m.c * y.value + m.e
        uy = m.b * x.value + m.d * y.value + m.f
        px, py, _x1, _y1 = view(ux, uy, ux, uy)
        yield raw.FPDFPathSegment_GetType(seg), raw.FPDFPathSegment_GetClose(seg), px, py


def _path_lines(raw, obj, view, segments: list[Segment]) -> None:
    """The straight axis-parallel pieces of a stroked path drawn as one object (a whole grid in one path)."""
    prev = start = None
    for kind, close, px, py in _path_points(raw, obj, view):
        if kind == FPDF_SEGMENT_MOVETO or prev is None:
            prev = start = (px, py)
            continue
        if kind == FPDF_SEGMENT_LINETO:
            _add_line(prev, (px, py), segments)
        prev = (px, py)
        if close:  # (start was set with prev)
            _add_line(prev, start, segments)
            prev = start


RING_WIDTH = 6.0  # a filled frame at most this wide on each side is a table's outer border


def _ring(raw, obj, view, fill_mode: int) -> list[Segment]:
    """The four rules of a table's outer border drawn as one filled ring: a path of two axis-parallel rectangles,
    one inside the other at most RING_WIDTH from it on each side, filled even-odd (or by the nonzero rule with the
    inner one drawn the other way round), as some producers draw a thick frame. Each rule is the ring's middle
    line on that side. Anything else: no rule (a shaded area)."""
    boxes = []
    for kind, _close, px, py in _path_points(raw, obj, view):
        if kind == FPDF_SEGMENT_MOVETO:
            boxes.append([])
        elif kind != FPDF_SEGMENT_LINETO or not boxes:
            return []
        boxes[-1].append((px, py))
    if len(boxes) != 2 or any(len(b) not in (4, 5) for b in boxes):
        return []
    rects = []
    for pts in boxes:
        xs, ys = sorted({round(p[0], 1) for p in pts}), sorted({round(p[1], 1) for p in pts})
        if len(xs) != 2 or len(ys) != 2:
            return []
        area = sum(a[0] * b[1] - b[0] * a[1] for a, b in zip(pts, pts[1:] + pts[:1]))
        rects.append((xs[0], ys[0], xs[1], ys[1], area > 0))
    (a0, at, a1, ab, a_turn), (b0, bt, b1, bb, b_turn) = sorted(rects, key=lambda r: r[0])
    gaps = (b0 - a0, bt - at, a1 - b1, ab - bb)
    if not all(0 < g <= RING_WIDTH for g in gaps) or (fill_mode != FPDF_FILLMODE_ALTERNATE and a_turn == b_turn):
        return []
    left, top, right, bottom = (a0 + b0) / 2, (at + bt) / 2, (a1 + b1) / 2, (ab + bb) / 2
    return [Segment(True, top, left, right), Segment(True, bottom, left, right),
            Segment(False, left, top, bottom), Segment(False, right, top, bottom)]


def _add_line(p, q, segments: list[Segment]) -> None:
    (x0, y0), (x1, y1) = p, q
    if abs(y1 - y0) <= 1 and abs(x1 - x0) > LINE_THICKNESS:
        segments.append(Segment(True, (y0 + y1) / 2, min(x0, x1), max(x0, x1)))
    elif abs(x1 - x0) <= 1 and abs(y1 - y0) > LINE_THICKNESS:
        segments.append(Segment(False, (x0 + x1) / 2, min(y0, y1), max(y0, y1)))


# Clipping (issue 9): a text object drawn under a clipping path shows only what lies inside the path; a
# text box split over two pages (one copy per page, each clipped to its part) or a cell's overflow cut at its
# edge leaves text in the page's content that no reader of the PDF sees.
#
# A character is hidden when the centre of its box lies outside the clip: a glyph more than half cut off is not
# read by a person either, and a line cut through the middle where a text box goes on to the next page is then
# read once, on the page that shows most of it (by the whole box it would be read twice; by any part, never).
#
# The clip's paths are intersected as boxes (each path's points' bounding box). For a rectangle, the usual
# clip, that is the clip itself; for any other shape the box holds all of it (a Bézier curve lies within its
# points' hull), so only text no part of the shape can show is left out: text inside the box but outside the
# shape is kept, as is text clipped by text (render modes 4-7), which PDFium does not list as a path.


class _Clips:
    """The clips on a page that can hide text on its shown area: `boxes` by key (None: hides nothing), and
    `safe`, the part of the shown area every one of them leaves visible."""

    __slots__ = ("api", "boxes", "safe")

    def __init__(self, api: _Api, boxes: dict, safe: tuple[float, float, float, float]):
        self.api, self.boxes, self.safe = api, boxes, safe

    @classmethod
    def of(cls, api: _Api, boxes: dict, area) -> "_Clips | None":
        left, bottom, right, top = area
        hiding = False
        for box in boxes.values():
            if box is not None:
                hiding = True
                left, bottom = max(left, box[0]), max(bottom, box[1])
                right, top = min(right, box[2]), min(top, box[3])
        return cls(api, boxes, (left, bottom, right, top)) if hiding else None

    def hides(self, tp, i: int, cx: float, cy: float):
        """Whether the clip of the text object that drew character i leaves the point (cx, cy) out: False, True, or
        _ASIDE when the point is beside the clip's box, level with it (left or right of it, not above or below). A
        character of a text object not at the page's top level (inside a form XObject, clipped in the form's own
        space) finds no box and is kept."""
        api = self.api
        obj = api.text_object(tp, i)
        if not obj:
            return False
        offset = api.clip_offset
        box = self.boxes.get(_KEY_AT(obj.value + offset).value if offset is not None else obj.value)
        if box is None or box[0] <= cx <= box[2] and box[1] <= cy <= box[3]:
            return False
        return _ASIDE if box[1] <= cy <= box[3] else True


def _clip_box(api: _Api, obj, area) -> tuple[float, float, float, float] | None:
    """The box (PDF space, left, bottom, right, top) that the clip in force for a page object leaves visible, or
    None when that box holds the page's whole shown area (the clip hides nothing _outside does not)."""
    raw = api.raw
    clip = raw.FPDFPageObj_GetClipPath(obj)
    paths = raw.FPDFClipPath_CountPaths(clip) if clip else 0  # -1: no clip at all
    x, y = ctypes.c_float(), ctypes.c_float()
    xr, yr = ctypes.byref(x), ctypes.byref(y)
    box = area
    for p in range(paths):
        count = raw.FPDFClipPath_CountPathSegments(clip, p)
        if not 0 < count <= MAX_PATH_POINTS:
            continue  # no points, or too many to walk: taken as hiding nothing
        xs, ys = [], []
        for k in range(count):
            raw.FPDFPathSegment_GetPoint(raw.FPDFClipPath_GetPathSegment(clip, p, k), xr, yr)
            xs.append(x.value)
            ys.append(y.value)
        box = (max(box[0], min(xs)), max(box[1], min(ys)), min(box[2], max(xs)), min(box[3], max(ys)))
    return None if box == area else box


_KEY_AT = ctypes.c_void_p.from_address
_ASIDE = "aside"  # (true) Clips.hides: hidden beside the clip, level with it


def _clip_offset(raw) -> int | None:
    """Where, in a PDFium page object, the pointer to its clip's shared data lies; None if not found.

    PDFium reports a clip for nearly every text object (~190,000 in 35 real disclosures), and walking each one's
    paths takes ~25 calls: more than reading the rest of the page. But the objects drawn under one clip share
    its data: a CPDF_ClipPath (which FPDFPageObj_GetClipPath points at, inside the page object) holds just one
    pointer, to that shared, reference-counted data. Read straight from memory, that pointer tells a clip
    already walked at the cost of one read per text object. This layout is PDFium's, not its API's: so it is
    checked once, on a small PDF drawn for the purpose, before it is relied on — two text objects under one
    clip must give one pointer, a third under another clip a different one. If the check fails each text object
    is its own key (every clip walked: slower, never wrong)."""
    doc = raw.FPDF_LoadMemDocument(_PROBE, len(_PROBE), None)
    if not doc:
        return None
    try:
        page = raw.FPDF_LoadPage(doc, 0)
        if not page:
            return None
        try:
            objs = [raw.FPDFPage_GetObject(page, j) for j in range(raw.FPDFPage_CountObjects(page))]
            if len(objs) != 3:
                return None
            offsets = {raw.FPDFPageObj_GetClipPath(o).value - o.value for o in objs}
            (offset,) = offsets if len(offsets) == 1 else (None,)
            if offset is None or not 0 <= offset < 4096:  # a member of the object, where it lies in every one
                return None
            a, b, c = (_KEY_AT(o.value + offset).value for o in objs)
            return offset if a and a == b and c and c != a else None
        finally:
            raw.FPDF_ClosePage(page)
    finally:
        raw.FPDF_CloseDocument(doc)


def _probe_pdf() -> bytes:
    """A one-page PDF: text objects a and b under one clip, c under another."""
    # each object straddles its clip's edge: PDFium drops a one-rectangle clip that holds its object whole
    content = (b"q 0 0 100 100 re W n BT /F1 10 Tf 96 10 Td (a) Tj ET BT /F1 10 Tf 10 96 Td (b) Tj ET Q "
               b"q 0 0 50 50 re W n BT /F1 10 Tf 46 10 Td (c) Tj ET Q")
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /Font << /F1 4 0 R >> >> "
               b"/Contents 5 0 R >>",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
               b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content)]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (i, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


_PROBE = _probe_pdf()
