"""A tiny PDF writer for tests: Chinese text and ruling lines placed at given points, nothing else.

Text uses the non-embedded Adobe CJK font STSong-Light with the predefined CMap UniGB-UCS2-H, which every PDF
reader knows, so the files are a few kilobytes and need no font file. Every glyph is one em wide (DW 1000);
coordinates are points with the origin at the page's top-left corner, like the reader's boxes.
"""

from __future__ import annotations

import copy
import functools
import hashlib
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class PageDraw:
    width: float = 595.0
    height: float = 842.0
    ops: list[str] = field(default_factory=list)
    crop: tuple[float, float, float, float] | None = None  # a /CropBox (PDF space: left, bottom, right, top)
    rotate: int = 0  # the page's /Rotate (0: none written)
    cont: bool = False  # the page holds a continued part of a table (set by the print functions)

    def text(self, x: float, top: float, text: str, size: float = 10.0) -> "PageDraw":
        start = len(self.ops)
        if STYLE.get("flip") and not STYLE.get("group_gap"):  # under a y-down page matrix (see PdfWriter.save)
            data = "".join(f"{ord(ch):04X}" for ch in text)
            self.ops.append(f"BT /F1 {size:g} Tf 1 0 0 -1 {x:.2f} {top + size * 0.88:.2f} Tm <{data}> Tj ET")
        elif STYLE.get("tf1"):  # WPS: a font size of 1, the size in the text matrix, each glyph placed by Td
            ops = [f"BT /F1 1 Tf {size:g} 0 0 {size:g} {x:.2f} {self.height - top - size * 0.88:.2f} Tm"]
            for ch in text:
                ops.append(f"<{ord(ch):04X}> Tj {_advance(ch):g} 0 Td")
            self.ops.append(" ".join(ops + ["ET"]))
        else:
            self._text(x, top, text, size)
        if STYLE.get("tagged"):  # Word's tagged PDF: text marked content, page furniture an artifact
            tag = ("/Artifact <</Type /Pagination>> BDC" if STYLE.get("_furniture") else
                   f"/Span <</MCID {len(self.ops)}>> BDC")
            self.ops[start:] = [f"{tag} {' '.join(self.ops[start:])} EMC"]
        return self

    def text_spread(self, x0: float, x1: float, top: float, text: str, size: float) -> "PageDraw":
        """A short word distributed over x0…x1 by one TJ whose kerning numbers open the gaps (WPS's 分散对齐)."""
        if len(text) < 2:
            return self.text((x0 + x1 - _width(text, size)) / 2, top, text, size)
        gap = (x1 - x0 - _width(text, size)) / (len(text) - 1)
        parts = f" {-gap / size * 1000:.0f} ".join(f"<{ord(ch):04X}>" for ch in text)
        self.ops.append(f"BT /F1 {size:g} Tf 1 0 0 1 {x0:.2f} {self.height - top - size * 0.88:.2f} Tm [{parts}] TJ ET")
        return self

    def _text(self, x: float, top: float, text: str, size: float = 10.0) -> "PageDraw":
        if STYLE.get("bold") and size >= STYLE["bold"] and STYLE.get("bold_mode", "double") == "double" \
                and not STYLE.get("_again"):  # fake bold: the text drawn again 0.35 pt to the right
            STYLE["_again"] = True
            try:
                self._text(x, top, text, size)
                return self._text(x + 0.35, top, text, size)
            finally:
                STYLE["_again"] = False
        if STYLE.get("group_gap") and _GROUPED.fullmatch(text):  # digit groups set apart, no separator drawn
            for k, group in enumerate(text.split(",")):
                self._text(x, top, group, size)
                x += _width(group, size) + STYLE["group_gap"] * size
            return self
        data = "".join(f"{ord(ch):04X}" for ch in text)
        baseline = self.height - top - size * 0.88
        glyphs = STYLE.get("glyphs", "run")
        if glyphs == "uneven":  # a text object a glyph, each advanced by its width ± up to 0.14 em (sum 0 over 5)
            ops = []
            for k, ch in enumerate(text):
                ops.append(f"BT /F1 {size:g} Tf 1 0 0 1 {x:.2f} {baseline:.2f} Tm <{ord(ch):04X}> Tj ET")
                x += (_advance(ch) + _JITTER[k % len(_JITTER)] * _advance(ch)) * size
            self.ops.append(" ".join(ops))
            return self
        if glyphs == "run" and not STYLE.get("half"):
            extra = ""  # (text state outlives ET: each text sets what it uses, back to the default otherwise)
            if STYLE.get("condense"):  # horizontal scaling (Tz) of a figure squeezed into its cell
                extra += f" {STYLE['condense'] * 100 if _numeric(text) else 100:g} Tz"
            if STYLE.get("tc"):  # a title letter-spaced by character spacing (Tc)
                extra += f" {STYLE['tc'] if size >= 12 else 0:g} Tc"
            if STYLE.get("bold") and STYLE.get("bold_mode") == "stroke":
                extra += " 2 Tr 0.3 w" if size >= STYLE["bold"] else " 0 Tr"  # fake bold: filled and stroked
            self.ops.append(f"BT /F1 {size:g} Tf{extra} 1 0 0 1 {x:.2f} {baseline:.2f} Tm <{data}> Tj ET")
            return self
        if glyphs == "tj":  # one TJ, each glyph its own string with a kerning number between (≈ 0: no shift)
            parts = " ".join(f"<{ord(ch):04X}> {(-1) ** k * 2}" for k, ch in enumerate(text))
            self.ops.append(f"BT /F1 {size:g} Tf 1 0 0 1 {x:.2f} {baseline:.2f} Tm [{parts}] TJ ET")
            return self
        ops = [] if glyphs == "each" else [f"BT /F1 {size:g} Tf"]
        for ch in text:  # a glyph placed at its own position (Word's / WPS's print to PDF)
            w = _advance(ch)
            tm = f"{w:g} 0 0 1 {x:.2f} {baseline:.2f} Tm <{ord(ch):04X}> Tj"
            ops.append(f"BT /F1 {size:g} Tf {tm} ET" if glyphs == "each" else tm)
            x += w * size
        self.ops.append(" ".join(ops if glyphs == "each" else ops + ["ET"]))
        return self

    def text_right(self, x1: float, top: float, text: str, size: float = 10.0) -> "PageDraw":
        return self.text(x1 - _width(text, size), top, text, size)

    def line(self, x0: float, y0: float, x1: float, y1: float, width: float = 0.5) -> "PageDraw":
        h = self.height
        if STYLE.get("flip"):  # y-down: y0, y1 as they are
            y0, y1 = h - y0, h - y1
        self.ops.append(f"{width:g} w {x0:.2f} {h - y0:.2f} m {x1:.2f} {h - y1:.2f} l S")
        return self

    def fill(self, x0: float, top: float, x1: float, bottom: float, grey: float = 1.0) -> "PageDraw":
        """A filled rectangle without a border (a cell's background: white when grey is 1)."""
        h = self.height
        if STYLE.get("flip"):
            top, bottom = h - bottom, h - top
        self.ops.append(f"{grey:g} g {x0:.2f} {h - bottom:.2f} {x1 - x0:.2f} {bottom - top:.2f} re f 0 g")
        return self

    def clip(self, x0: float, top: float, x1: float, bottom: float) -> "PageDraw":
        """Saves the graphics state and clips what follows to a rectangle, until `unclip` (q … re W n … Q)."""
        self.ops.append(f"q {x0:.2f} {self.height - bottom:.2f} {x1 - x0:.2f} {bottom - top:.2f} re W n")
        return self

    def unclip(self) -> "PageDraw":
        self.ops.append("Q")
        return self

    def raw(self, ops: str) -> "PageDraw":
        """Content-stream operators as they are (PDF space: origin at the bottom-left)."""
        self.ops.append(ops)
        return self

    def image_only(self) -> "PageDraw":
        """A page that is one picture (a scan): an 8×8 grey image drawn over the page, no text."""
        self.ops.append(f"q {self.width:g} 0 0 {self.height:g} 0 0 cm /Im1 Do Q")
        return self

    def grid(self, x0: float, top: float, widths: list[float], rows: list[list[str]], row_h: float = 18.0,
             size: float = 9.0, merges: list[tuple[int, int, int, int]] = (), numbers_right: bool = True) -> float:
        """A ruled table; merges are (row1, col1, row2, col2) 0-based inclusive, text in the top-left cell.
        Returns the bottom of the table."""
        xs = [x0]
        for w in widths:
            xs.append(xs[-1] + w)
        ys = [top + i * row_h for i in range(len(rows) + 1)]
        covered: dict[tuple[int, int], tuple[int, int, int, int]] = {}
        for m in merges:
            for r in range(m[0], m[2] + 1):
                for c in range(m[1], m[3] + 1):
                    covered[(r, c)] = m
        for i, y in enumerate(ys):  # horizontal lines, skipping the inside of merged cells
            for j in range(len(widths)):
                above, below = covered.get((i - 1, j)), covered.get((i, j))
                if 0 < i < len(rows) and above is not None and above is below:
                    continue
                self.line(xs[j], y, xs[j + 1], y)
        for j, x in enumerate(xs):
            for i in range(len(rows)):
                left, right = covered.get((i, j - 1)), covered.get((i, j))
                if 0 < j < len(widths) and left is not None and left is right:
                    continue
                self.line(x, ys[i], x, ys[i + 1])
        for i, row in enumerate(rows):
            for j, value in enumerate(row):
                if not value:
                    continue
                m = covered.get((i, j))
                if m is not None and (m[0], m[1]) != (i, j):
                    continue
                r2, c2 = (m[2], m[3]) if m else (i, j)
                cell_top = ys[i] + ((ys[r2 + 1] - ys[i]) - size) / 2
                lines = value.split("\n")
                cell_top -= (len(lines) - 1) * size * 0.6
                for k, part in enumerate(lines):
                    y = cell_top + k * size * 1.2
                    if numbers_right and _numeric(part):
                        self.text_right(xs[c2 + 1] - 2, y, part, size)
                    else:
                        self.text(xs[j] + 2, y, part, size)
        return ys[-1]


# how pages draw their text (set with `producer`): glyphs "run" (one string a text, the default), "each" (a text
# object a glyph), "tm" (one text object, a text matrix a glyph) or "tj" (one TJ array, a string a glyph with kerning
# numbers between); half: ASCII drawn half an em wide (digits as Word and WPS set them; with "each"/"tm");
# watermark: a big grey text drawn across every page at 35°, over the content, when saved; stamp: a function
# (page, number, count) called on every page when saved (page numbers put where a producer puts them);
# meta: where the 部门/单位 line goes (see meta_line);
# session 14: glyphs "uneven" (a text object a glyph, advanced unevenly: ± up to 0.14 em); group_gap: figures with
# thousands separators drawn as digit groups set that many em apart with no separator character (a thin space set by
# spacing); watermark_angle / watermark_size / watermark_tiles: the watermark's angle (degrees), size, and a grid of
# (columns, rows) small copies instead of one; between: lines of text printed on a page of their own put in before the
# first page holding a continued part of a table (a text page between the two halves of one table); bold: text of
# this size or more in fake bold, bold_mode "double" (drawn again 0.35 pt right, the default) or "stroke" (filled and
# stroked, Tr 2); condense: figures drawn with this horizontal scaling (Tz); tc: titles (12 pt or more) letter-spaced
# by this character spacing (Tc); sideways: pages turned by rotate_page keep a portrait box without /Rotate (a
# landscape table printed turned on a portrait page: the reader turns his head); rules: "dashed" or "dotted" (see
# _restyle_rule)
# session 15: tagged (Word's marked content; page furniture drawn by `stamp` an artifact), tf1 (WPS: Tf 1, the size in
# the text matrix, glyphs placed by Td), flip (the content under a y-down page matrix, as a browser prints), spread
# (header words of 2–4 characters distributed over their cell by TJ kerning), diagonal (斜线表头 in the first header
# cell), inner_dash (restyle_rules: the inner rules dashed), rules "twice" (each rule drawn again 0.3 pt off), preface
# ((left lines, right lines): a page of text in two columns before the first), fit_merged (table_widths widens a
# merged cell's columns until its text fits)
# session 16: banding (draw_plain: every other body row on a band of this grey), interlude ({title: lines}: print_flow
# prints the lines over that table's title, on the page the table begins on), narrative (keyword arguments of
# narrative_pages: pages of running text put in before the first page)
# session 17: inherit (the pages' shared /MediaBox and /Rotate written once on the page tree, as pdfTeX and some
# printer drivers do: each page inherits them), sheet ((W, H, dx, dy): each page cut out of a W x H sheet: the
# MediaBox the sheet, the content moved by (dx, dy), a /CropBox round the page as drawn)
# session 18: title_lines (titles of 10 characters or more in two centred lines: a wrapped title cell), note_size /
# note_gap (the 注 lines in that type size, that many points under the table), cell_bands ((header colour, band
# colour) as 'r g b': draw_plain fills each cell of the header rows and of every other body row, a rectangle a cell),
# turn_ops (rotate_page writes each text matrix, line and rectangle turned instead of one matrix: no cm, no /Rotate
# with sideways), watermark_form (a text drawn across each page at 45 degrees inside a Form XObject, under the content,
# marked as a watermark artifact), lead_notes ({title: lines}: print_tables prints the lines between that table's
# 部门/单位 line and its grid, as an empty table's '本表无数据。' is printed above its head)
# session 19: cell_pad (draw_table: text and figures that many points inside their cell's rules, left and right, and
# half of it above and below: a cell's inner padding), diagonal_words (with diagonal: this word printed in the corner
# cell's upper right, over the diagonal, as '金额' over '项目'), subset (figures drawn in a second font: a subset
# TrueType name, Identity-H codes that are glyph numbers, not Unicode, read only through its /ToUnicode CMap), frame
# (draw_table 'grid': the outer border drawn as one filled ring of this width, two 're' subpaths filled even-odd,
# instead of four lines), rules "round_dots" (each rule stroked as zero-length dashes with round caps: Word's dotted
# border), shrink (each page's content scaled by this factor about the page's centre by a cm matrix: a print at 70 %),
# title_size (the type size of print_flow's and print_plain's titles, 14 otherwise); preface may hold a third item,
# a heading printed centred over both columns
STYLE: dict = {}


def _advance(ch: str) -> float:
    return 0.5 if STYLE.get("half") and ord(ch) < 128 else 1.0


_JITTER = (0.14, -0.1, 0.06, -0.12, 0.02)
_GROUPED = __import__("re").compile(r"[(\-－−]?\d{1,3}(?:,\d{3})+\.\d+\)?")


def _width(text: str, size: float) -> float:
    """How wide `text` is drawn (with STYLE["group_gap"], a grouped figure's commas are gaps of that many em)."""
    if STYLE.get("group_gap") and _GROUPED.fullmatch(text):
        groups = text.split(",")
        return sum(_width(g, size) for g in groups) + (len(groups) - 1) * STYLE["group_gap"] * size
    plain = sum(_advance(ch) for ch in text) * size
    if STYLE.get("condense") and _numeric(text):
        plain *= STYLE["condense"]
    if STYLE.get("tc") and size >= 12:
        plain += STYLE["tc"] * len(text)
    return plain


@contextmanager
def producer(**style):
    """Pages drawn and saved inside the block use `style` (see STYLE)."""
    old = dict(STYLE)
    STYLE.clear()
    STYLE.update(style)
    try:
        yield
    finally:
        STYLE.clear()
        STYLE.update(old)


def _watermark(p: PageDraw, text: str) -> None:
    import math
    size = STYLE.get("watermark_size", 60.0)
    angle = math.radians(STYLE.get("watermark_angle", 35.0))
    c, s = round(math.cos(angle), 3), round(math.sin(angle), 3)
    data = "".join(f"{ord(ch):04X}" for ch in text)
    cols, rows = STYLE.get("watermark_tiles", (1, 1))
    for i in range(cols):
        for j in range(rows):
            cx, cy = p.width * (i + 0.5) / cols, p.height * (j + 0.5) / rows
            x, y = cx - len(text) * size * c / 2, cy - len(text) * size * s / 2
            p.ops.append(f"q 0.85 g BT /F1 {size:g} Tf {c:g} {s:g} {-s:g} {c:g} {x:.2f} {y:.2f} Tm <{data}> Tj ET 0 g Q")


def _title_cut(title: str) -> int:
    """Where a wrapped title cell breaks its title: before a '（2019年度）', after '财政拨款' or '预算' in its middle
    third, else at its middle."""
    n = len(title)
    if "（" in title[2:]:
        return title.index("（", 2)
    for word in ("财政拨款", "预算"):
        k = title.find(word)
        if n // 3 <= k + len(word) <= 2 * n // 3:
            return k + len(word)
    return n // 2


def title_lines(p: PageDraw, x: float, top: float, title: str, size: float, centre: bool = True) -> float:
    """A table's title, centred on x (at x when not `centre`); with STYLE["title_lines"] a title of 10 characters or
    more in two lines (a title cell with 'wrap text' on, as a narrow print shows it), each centred. Returns the top
    of its last line."""
    lines = [title]
    if STYLE.get("title_lines") and len(title) >= 10:
        k = _title_cut(title)
        lines = [title[:k], title[k:]]
    for i, line in enumerate(lines):
        p.text(x - len(line) * size / 2 if centre else x, top + i * size * 1.3, line, size)
    return top + (len(lines) - 1) * size * 1.3


def note_lines(p: PageDraw, x0: float, bottom: float, notes: list[str], size: float) -> float:
    """The 注 lines under a table whose last rule (or row) is at `bottom`: 6 points under it, a line every 1.5 type
    sizes; with STYLE["note_size"] in that (small) type, STYLE["note_gap"] points under the table, a line every 1.25
    of its size. Returns where the next thing may start."""
    gap, step = 6.0, size * 1.5
    if STYLE.get("note_size"):
        size = STYLE["note_size"]
        gap, step = STYLE.get("note_gap", 6.0), size * 1.25
    for k, note in enumerate(notes):
        p.text(x0, bottom + gap + k * step, note, size)
    return bottom + gap + len(notes) * step


def _watermark_form(p: PageDraw, text: str, font: int) -> bytes:
    """A Form XObject holding `text` in light grey, 72 pt, across the page's middle at 45 degrees."""
    size, c = 72.0, 0.707
    data = "".join(f"{ord(ch):04X}" for ch in text)
    x, y = p.width / 2 - len(text) * size * c / 2, p.height / 2 - len(text) * size * c / 2
    body = f"q 0.9 g BT /F1 {size:g} Tf {c} {c} {-c} {c} {x:.2f} {y:.2f} Tm <{data}> Tj ET Q".encode()
    return (f"<< /Type /XObject /Subtype /Form /BBox [0 0 {p.width:g} {p.height:g}] "
            f"/Resources << /Font << /F1 {font} 0 R >> >> /Length {len(body)} >>\nstream\n").encode() + body + \
        b"\nendstream"


def meta_line(p: PageDraw, x0: float, y: float, width: float, t: "PrintedTable", size: float) -> float:
    """The 部门 line at the table's left and the 单位 at its right; the 单位 on a line of its own under it where the
    two would overlap (a narrow table, a long department name). Returns the top of the last line.
    STYLE["meta"] places them otherwise: "centred" (the 部门 centred under the title, the 单位 at the right on a line
    of its own), "unit_first" (the 单位 at the right first, the 部门 at the left on the line under it)."""
    unit_x = x0 + width - len(t.unit) * size
    if STYLE.get("meta") == "centred":
        p.text(x0 + (width - len(t.dept) * size) / 2, y, t.dept, size)
        p.text(unit_x, y + size * 1.5, t.unit, size)
        return y + size * 1.5
    if STYLE.get("meta") == "unit_first":
        p.text(unit_x, y, t.unit, size)
        p.text(x0, y + size * 1.5, t.dept, size)
        return y + size * 1.5
    p.text(x0, y, t.dept, size)
    if unit_x < x0 + (len(t.dept) + 1) * size:
        y += size * 1.5
    p.text(unit_x, y, t.unit, size)
    return y


def _is_code(text: str) -> bool:
    """A 科目编码 (3, 5 or 7 digits), also when wrapped over lines in a narrow column."""
    joined = text.replace("\n", "").strip()
    return joined.isdigit() and len(joined) in (3, 5, 7)


def _numeric(text: str) -> bool:
    text = text.removesuffix("万元").replace("（", "(").replace("）", ")").replace("，", ",")
    t = text.replace(",", "").replace(".", "").replace("(", "").replace(")", "").replace("-", "")
    for mark in STYLE.get("figure_marks", ""):  # (opt-in, held-out 27: '−' U+2212 and a space in figures)
        t = t.replace(mark, "")
    return t.isdigit() and len(text) > 0 and not (text.isdigit() and len(text) in (3, 5, 7))


_SUBSET_TEXT = __import__("re").compile(r"BT /F1 ([\d.]+) Tf (.*)<([0-9A-F]+)> Tj ET")


def _glyph(ch: str) -> int:
    """The subset font's glyph number of a character (a TrueType font's order: ASCII from 3, others after)."""
    return ord(ch) - 29 if ord(ch) < 128 else 0x100 + ord(ch) % 0x1000


def _in_subset(op: str) -> str:
    """A text drawing a figure ('1,234.56', '-', '—') in one run redrawn in the subset font /F2 by glyph numbers."""
    m = _SUBSET_TEXT.fullmatch(op)
    if not m:
        return op
    hexes = m.group(3)
    text = "".join(chr(int(hexes[i:i + 4], 16)) for i in range(0, len(hexes), 4))
    if not (_numeric(text) or text in ("-", "—")):
        return op
    data = "".join(f"{_glyph(ch):04X}" for ch in text)
    return f"BT /F2 {m.group(1)} Tf {m.group(2)}<{data}> Tj ET"


def _subset_font(add) -> str:
    """A Type0 font 'ABCDEF+SimSun' (Identity-H, CIDFontType2 with CIDs = glyph numbers, no font program embedded)
    whose /ToUnicode CMap maps the glyph numbers of digits, separators, signs and brackets back to Unicode; returns
    the resource entry."""
    chars = "0123456789,.-()%—，"
    pairs = "\n".join(f"<{_glyph(ch):04X}> <{ord(ch):04X}>" for ch in chars)
    cmap = ("/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) "
            "/Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
            "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
            f"{len(chars)} beginbfchar\n{pairs}\nendbfchar\nendcmap CMapName currentdict /CMap defineresource pop "
            "end end").encode()
    to_unicode = add(b"<< /Length %d >>\nstream\n" % len(cmap) + cmap + b"\nendstream")
    descriptor = add(b"<< /Type /FontDescriptor /FontName /ABCDEF+SimSun /Flags 4 /FontBBox [-8 -145 1000 859] "
                     b"/ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >>")
    cid = add(f"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun /CIDToGIDMap /Identity /DW 1000 "
              f"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
              f"/FontDescriptor {descriptor} 0 R >>".encode())
    font = add(f"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H "
               f"/DescendantFonts [{cid} 0 R] /ToUnicode {to_unicode} 0 R >>".encode())
    return f" /F2 {font} 0 R"


class PdfWriter:
    def __init__(self):
        self.pages: list[PageDraw] = []

    def page(self, width: float = 595.0, height: float = 842.0) -> PageDraw:
        p = PageDraw(width, height)
        self.pages.append(p)
        return p

    def save(self, path: Path) -> Path:
        objects: list[bytes] = []

        def add(body: bytes) -> int:
            objects.append(body)
            return len(objects)

        font = add(b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
                   b"/DescendantFonts [3 0 R] >>")
        pages_id = add(b"")  # filled below
        add(b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /DW 1000 "
            b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> "
            b"/FontDescriptor 4 0 R >>")
        add(b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
            b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>")
        image = add(b"<< /Type /XObject /Subtype /Image /Width 8 /Height 8 /ColorSpace /DeviceGray "
                    b"/BitsPerComponent 8 /Length 64 >>\nstream\n" + bytes([128] * 64) + b"\nendstream")
        if STYLE.get("between") and any(p.cont for p in self.pages):  # a text page before a table's second half
            at = next(i for i, p in enumerate(self.pages) if p.cont)
            text = PageDraw(self.pages[at].width, self.pages[at].height)
            for k, line in enumerate(STYLE["between"]):
                text.text(60 if line.startswith("　") else 72, 72 + k * 18, line, 11)
            self.pages.insert(at, text)
        if STYLE.get("narrative"):  # pages of running text before the first (a 说明 breaking across pages)
            self.pages[0:0] = narrative_pages(self.pages[0].width, self.pages[0].height, **STYLE["narrative"])
        if STYLE.get("preface"):  # a page of text in two columns before the first (a 说明 set in two columns)
            left, right, *heading = STYLE["preface"]  # (a third item: a heading centred over both columns)
            first = self.pages[0]
            text = PageDraw(first.width, first.height)
            for line in heading:
                text.text((first.width - len(line) * 14) / 2, 44, line, 14)
            half = (first.width - 72 * 2 - 24) / 2
            for x, lines in ((72, left), (72 + half + 24, right)):
                for k, line in enumerate(lines):
                    text.text(x, 72 + k * 16, line, 10.5)
            self.pages.insert(0, text)
        kids = []
        subset = _subset_font(add) if STYLE.get("subset") else ""
        for p in self.pages:
            if STYLE.get("subset"):
                p.ops = [_in_subset(op) for op in p.ops]
            if STYLE.get("shrink"):  # the content scaled about the page's centre (a print at 70 %)
                k = STYLE["shrink"]
                p.ops = [f"q {k:g} 0 0 {k:g} {p.width * (1 - k) / 2:.2f} {p.height * (1 - k) / 2:.2f} cm"] + p.ops + ["Q"]
            if STYLE.get("rules"):  # every ruling line dashed, or dotted as a row of tiny filled squares
                p.ops = [_restyle_rule(op, STYLE["rules"]) for op in p.ops]
            if STYLE.get("watermark"):
                _watermark(p, STYLE["watermark"])
            if STYLE.get("stamp"):  # a page's number (or other page furniture) drawn by a function of (page, i, n)
                STYLE["_furniture"] = True
                try:
                    STYLE["stamp"](p, len(kids) + 1, len(self.pages))
                finally:
                    STYLE["_furniture"] = False
            if STYLE.get("tagged"):  # ruling lines are artifacts in a tagged PDF
                p.ops = [f"/Artifact BMC {op} EMC" if op.endswith(" S") or op.endswith(" f") else op for op in p.ops]
            if STYLE.get("flip"):  # the page's content under a y-down matrix (Chrome's and Skia's print to PDF)
                p.ops = [f"q 1 0 0 -1 0 {p.height:g} cm"] + p.ops + ["Q"]
            box = f"/MediaBox [0 0 {p.width:g} {p.height:g}] "
            if STYLE.get("sheet"):  # the page cut out of a larger sheet: content moved, the CropBox round it
                sw, sh, dx, dy = STYLE["sheet"]
                p.ops = [f"q 1 0 0 1 {dx:g} {dy:g} cm"] + p.ops + ["Q"]
                box = f"/MediaBox [0 0 {sw:g} {sh:g}] /CropBox [{dx:g} {dy:g} {dx + p.width:g} {dy + p.height:g}] "
            forms = ""
            if STYLE.get("watermark_form"):  # a watermark as a Form XObject drawn first, under the content (Acrobat's)
                mark = _watermark_form(p, STYLE["watermark_form"], font)
                forms = f" /Fm1 {add(mark)} 0 R"
                p.ops = ["/Artifact <</Type /Pagination /Subtype /Watermark>> BDC q /Fm1 Do Q EMC"] + p.ops
            content = "\n".join(p.ops).encode("latin-1")
            stream = add(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
            crop = f"/CropBox [{' '.join(f'{v:g}' for v in p.crop)}] " if p.crop else ""
            crop += f"/Rotate {p.rotate} " if p.rotate and not STYLE.get("sideways") else ""
            if STYLE.get("inherit"):  # written once on the page tree (below)
                shared = (box, crop)
                box = crop = ""
            kids.append(add((f"<< /Type /Page /Parent {pages_id} 0 R {box}{crop}"
                             f"/Resources << /Font << /F1 {font} 0 R{subset} >> /XObject << /Im1 {image} 0 R{forms} >> >> "
                             f"/Contents {stream} 0 R >>").encode()))
        tree = "".join(shared) if STYLE.get("inherit") else ""
        objects[pages_id - 1] = (f"<< /Type /Pages {tree}/Count {len(kids)} /Kids ["
                                 + " ".join(f"{k} 0 R" for k in kids) + "] >>").encode()
        catalog = add(f"<< /Type /Catalog /Pages {pages_id} 0 R >>".encode())
        out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
        offsets = []
        for i, body in enumerate(objects, start=1):
            offsets.append(len(out))
            out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
        xref = len(out)
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        for off in offsets:
            out += f"{off:010d} 00000 n \n".encode()
        out += f"trailer\n<< /Size {len(objects) + 1} /Root {catalog} 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
        Path(path).write_bytes(bytes(out))
        return Path(path)


def grid_open(page: PageDraw, x0: float, top: float, widths: list[float], rows: list[list[str]], row_h: float = 18.0,
              size: float = 9.0, open_top: bool = True, open_bottom: bool = False) -> float:
    """A ruled table like PageDraw.grid whose top (or bottom) has no horizontal rule, only its column rules: the part
    of a Word table carried over from (or on to) another page, whose row border was drawn on that page only.
    Returns the bottom of the table."""
    start = len(page.ops)
    bottom = page.grid(x0, top, widths, rows, row_h=row_h, size=size)
    gone = set()
    if open_top:
        gone.add(f"{page.height - top:.2f}")
    if open_bottom:
        gone.add(f"{page.height - bottom:.2f}")
    kept = []
    for op in page.ops[start:]:
        parts = op.split()
        horizontal = op.endswith(" l S") and parts[3] == parts[6]  # "w x0 y0 m x1 y1 l S"
        if not (horizontal and parts[3] in gone):
            kept.append(op)
    page.ops[start:] = kept
    return bottom


def sheet_rows(path: Path) -> list[list[tuple[int, str]]]:
    """The first virtual sheet govaudit reads from the PDF at `path`: each row's (column, text) pairs, top to bottom."""
    from govaudit.readers import read_workbook

    sheet = read_workbook(path).sheets[0]
    rows: dict[int, list[tuple[int, str]]] = {}
    for (r, c), cell in sorted(sheet.cells.items()):
        rows.setdefault(r, []).append((c, cell.value))
    return list(rows.values())


def column_strips(w: PdfWriter, title: str, meta: str, widths: list[float], rows: list[list[str]], cut: int,
                  repeat: int = 0, x0: float = 40.0, top: float = 100.0, row_h: float = 18.0,
                  strip_row_h: float | None = None, unit: str | None = "金额单位：万元") -> tuple[PageDraw, PageDraw]:
    """A wide table printed without fitting to the page width (a spreadsheet's print): its columns before `cut` on one
    page under its title and `meta` line, the others on the next page as a grid of their own with the same rows at
    the same heights (`strip_row_h`: other heights), under the title printed again. The second strip first repeats
    the table's first `repeat` columns (the print's repeated row labels); `unit` is printed over it (the right-hand
    end of the line above the table). Returns the two pages."""
    p1 = w.page()
    p1.text(x0 + 150, 50, title, 14)
    p1.text(x0, top - 20, meta, 9)
    p1.grid(x0, top, widths[:cut], [r[:cut] for r in rows], row_h=row_h)
    p2 = w.page()
    p2.text(x0 + 20, 50, title, 14)
    if unit:
        p2.text(x0, top - 20, unit, 9)
    keep = list(range(repeat)) + list(range(cut, len(widths)))
    p2.grid(x0, top, [widths[i] for i in keep], [[r[i] for i in keep] for r in rows],
            row_h=row_h if strip_row_h is None else strip_row_h)
    return p1, p2


# ---- printed disclosures in other producers' layouts (session 9: held-out layouts for the PDF reader) ----

@dataclass
class PrintedTable:
    """One table as a print shows it: shown text of each cell ('' for empty; '\\n' inside a cell: wrapped lines),
    `head` header rows, merges (row1, col1, row2, col2) 0-based inclusive within `rows`, lines printed under it."""
    title: str
    dept: str
    unit: str
    rows: list[list[str]]
    head: int
    merges: list[tuple[int, int, int, int]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def wrap_cells(table: PrintedTable, chars: int) -> PrintedTable:
    """Words longer than `chars` broken into lines of `chars` characters inside their cell (a narrow column with
    'wrap text' on); figures and codes are never broken."""
    def wrap(v: str) -> str:
        if len(v) <= chars or _numeric(v) or v.isdigit():
            return v
        return "\n".join(v[i:i + chars] for i in range(0, len(v), chars))
    rows = [[wrap(v) for v in row] for row in table.rows]
    return PrintedTable(table.title, table.dept, table.unit, rows, table.head, table.merges, table.notes)


def _text_width(text: str, size: float) -> float:
    return max((len(part) for part in text.split("\n")), default=0) * size


def table_widths(table: PrintedTable, size: float) -> list[float]:
    """Each column as wide as its longest unmerged cell line (every glyph is one em wide), at least 3 em."""
    n = max(len(r) for r in table.rows)
    spanned = {(r, c) for m in table.merges if m[3] > m[1] for r in range(m[0], m[2] + 1) for c in range(m[1], m[3] + 1)}
    edge = 2 * STYLE.get("cell_pad", 3.0)
    widths = [3 * size + edge] * n
    for i, row in enumerate(table.rows):
        for j, v in enumerate(row):
            if v and (i, j) not in spanned:
                widths[j] = max(widths[j], _text_width(v, size) + edge)
    if STYLE.get("fit_merged"):  # a merged cell's columns widened evenly until its text fits (as a user widens them)
        for a, b, c, d in table.merges:
            v = table.rows[a][b] if b < len(table.rows[a]) else ""
            short = _text_width(v, size) + edge - sum(widths[b:d + 1])
            if v and short > 0:
                widths[b:d + 1] = [w + short / (d - b + 1) for w in widths[b:d + 1]]
    return widths


def fit_widths(t: PrintedTable, size: float, room: float) -> tuple[float, list[float]]:
    """The type size (at most `size`) and column widths (table_widths) at which the table fits `room` points.
    (Each column's 6 points of padding do not shrink with the text: a table scaled by room / width alone ran past
    the page's right edge, its last column off the page: s15rev2 r6.)"""
    pads = 6.0 * len(table_widths(t, size))
    fit = min(size, size * (room - pads) / (sum(table_widths(t, size)) - pads))
    while sum(table_widths(t, fit)) > room + 0.01:  # (merged cells widened to their text: not quite linear)
        fit *= 0.98
    return fit, table_widths(t, fit)


def draw_table(p: PageDraw, x0: float, top: float, widths: list[float], rows: list[list[str]],
               merges: list[tuple[int, int, int, int]] = (), head: int = 1, rules: str = "grid", size: float = 9.0,
               align: str = "middle", heavy: float = 1.0, heights: list[float] | None = None,
               head_align: str | None = None) -> float:
    """A table whose rows are as high as their most-wrapped cell. rules: 'grid' (every cell ruled, no rule inside a
    merge), 'three' (三线表: a heavy rule over the table and under it, a thin one under the header), 'booktabs' (a
    三线表 with a short rule under each header cell that spans columns over other header rows) or 'none' (text
    aligned only, as a sheet prints without gridlines). align: where the lines of a cell sit in a higher row
    ('top', 'middle', 'bottom'; `head_align`: another for the header rows). Figures are right-aligned (left-aligned
    with STYLE["figures"] = "left"), header text centred, other text left-aligned.
    Returns the table's bottom."""
    line_h, pad = size * 1.3, size * 0.45 + STYLE.get("cell_pad", 0.0) / 2
    side = STYLE.get("cell_pad", 3.0)  # (text this far inside its cell's left and right rules)
    if heights is None:  # (given: rows as high as in another part of the table, a column strip's)
        heights = [max(len(v.split("\n")) for v in row) * line_h + 2 * pad if row else line_h + 2 * pad for row in rows]
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top]
    for h in heights:
        ys.append(ys[-1] + h)
    covered = {}
    for m in merges:
        for r in range(m[0], m[2] + 1):
            for c in range(m[1], m[3] + 1):
                covered[(r, c)] = m
    if rules == "grid":
        ring = STYLE.get("frame")
        for i, y in enumerate(ys):
            for j in range(len(widths)):
                above, below = covered.get((i - 1, j)), covered.get((i, j))
                if not (0 < i < len(rows) and above is not None and above is below) and not (ring and i in (0, len(rows))):
                    p.line(xs[j], y, xs[j + 1], y)
        for j, x in enumerate(xs):
            for i in range(len(rows)):
                left, right = covered.get((i, j - 1)), covered.get((i, j))
                if not (0 < j < len(widths) and left is not None and left is right) and not (ring and j in (0, len(widths))):
                    p.line(x, ys[i], x, ys[i + 1])
        if ring:  # the outer border one filled ring: the outer rectangle and the inner one, filled even-odd
            h, wd = p.height, xs[-1] - xs[0]
            p.raw(f"{xs[0] - ring / 2:.2f} {h - ys[-1] - ring / 2:.2f} {wd + ring:.2f} {ys[-1] - ys[0] + ring:.2f} re "
                  f"{xs[0] + ring / 2:.2f} {h - ys[-1] + ring / 2:.2f} {wd - ring:.2f} {ys[-1] - ys[0] - ring:.2f} re f*")
    elif rules == "booktabs":  # 三线表 with a short thin rule under each group header (over its columns only)
        p.line(xs[0], ys[0], xs[-1], ys[0], heavy)
        for a, b, c, d in merges:
            if d > b and c < head - 1:
                p.line(xs[b] + 2, ys[c + 1], xs[d + 1] - 2, ys[c + 1], 0.4)
        p.line(xs[0], ys[head], xs[-1], ys[head], 0.5)
        p.line(xs[0], ys[-1], xs[-1], ys[-1], heavy)
    elif rules == "three":
        p.line(xs[0], ys[0], xs[-1], ys[0], heavy)
        p.line(xs[0], ys[head], xs[-1], ys[head], 0.5)
        p.line(xs[0], ys[-1], xs[-1], ys[-1], heavy)
    for i, row in enumerate(rows):
        for j, v in enumerate(row):
            m = covered.get((i, j))
            if not v or (m is not None and (m[0], m[1]) != (i, j)):
                continue
            r2, c2 = (m[2], m[3]) if m else (i, j)
            lines = v.split("\n")
            room = ys[r2 + 1] - ys[i] - 2 * pad - len(lines) * line_h
            where = head_align if head_align and i < head else align
            y = ys[i] + pad + {"top": 0, "middle": room / 2, "bottom": room}[where] + (line_h - size) / 2
            code = len(lines) > 1 and _is_code(v)
            if STYLE.get("diagonal") and (i, j) == (0, 0) and head and rules == "grid":  # 斜线表头
                p.line(xs[0], ys[0], xs[c2 + 1], ys[r2 + 1], 0.5)
                for k, part in enumerate(lines):  # the word in the lower-left corner, under the diagonal
                    p.text(xs[0] + 3, ys[r2 + 1] - pad - (len(lines) - k) * line_h + (line_h - size) / 2, part, size)
                if STYLE.get("diagonal_words") and v == "项目":  # and another in the upper-right corner, over it
                    # (in a 项目 corner cell only: not in a band across the table, where no print puts a 斜线表头)
                    word = STYLE["diagonal_words"]
                    p.text(xs[c2 + 1] - 3 - len(word) * size, ys[0] + pad + (line_h - size) / 2, word, size)
                continue
            # a merged cell's text wider than the cell is clipped at its rules (Excel and WPS never let a merged cell's
            # text run over its neighbours: session 17, s17rev r6's '2025年预算数比2024年执行数' over two columns)
            clipped = m is not None and rules == "grid" and max(len(x) for x in lines) * size > xs[c2 + 1] - xs[j]
            if clipped:
                p.clip(xs[j], ys[i], xs[c2 + 1], ys[r2 + 1])
            for k, part in enumerate(lines):
                if STYLE.get("spread") and i < head and 2 <= len(part) <= 4 and not _numeric(part):
                    p.text_spread(xs[j] + 3, xs[c2 + 1] - 3, y + k * line_h, part, size)
                elif (_numeric(part) or part in ("-", "—")) and not code and STYLE.get("figures") == "left":
                    p.text(xs[j] + side, y + k * line_h, part, size)  # (Word's default: a cell's text at its left)
                elif (_numeric(part) or part in ("-", "—")) and not code:
                    p.text_right(xs[c2 + 1] - side, y + k * line_h, part, size)
                elif i >= head and m is not None and _is_code(part) and STYLE.get("codes") == "right":
                    p.text_right(xs[c2 + 1] - side, y + k * line_h, part, size)  # (a code stored as a number)
                elif i >= head and m is not None and _is_code(part) and STYLE.get("codes") == "left":
                    p.text(xs[j] + side, y + k * line_h, part, size)
                elif i < head or m is not None:
                    p.text((xs[j] + xs[c2 + 1] - len(part) * size) / 2, y + k * line_h, part, size)
                else:
                    p.text(xs[j] + side, y + k * line_h, part, size)
            if clipped:
                p.unclip()
    return ys[-1]


def print_tables(path: Path, tables: list[PrintedTable], *, page: tuple[float, float] = (595.0, 842.0),
                 size: float = 9.0, rules: str = "grid", align: str = "middle", body_rows: int | None = None,
                 repeat_head: bool = True, running: str | None = None, page_of: bool = False,
                 title_in_header: bool = False, side_by_side: int = 0, turn_wide: int = 0) -> Path:
    """The tables printed one after another, each from a new page, as a department prints its disclosure.
    body_rows: at most so many body rows on a page (the rest continues on the next pages, under the header rows
    again when `repeat_head`); running: a line printed at the top of every page (the department's name);
    page_of: '第 X 页 共 Y 页' at the foot of every page; title_in_header: the title printed small in the page
    header area of every page the table takes; side_by_side: the last so many tables two by two on one page;
    turn_wide: a table wider than a portrait page's room (at `size`) printed on landscape pages stored as portrait
    MediaBoxes with this /Rotate (90 or 270), the other tables on portrait pages (a document of both)."""
    portrait = page
    width, height = page
    w = PdfWriter()
    top_margin = 40.0
    pages: list[PageDraw] = []
    turned: list[PageDraw] = []

    def new_page() -> PageDraw:
        p = w.page(width, height)
        pages.append(p)
        if (width, height) != portrait:
            turned.append(p)
        if running:
            p.text(width - 30 - len(running) * 8, 14, running, 8)
        return p

    single = tables[:len(tables) - side_by_side] if side_by_side else tables
    pairs = tables[len(single):]

    def fitted(t: PrintedTable, room: float) -> tuple[float, list[float]]:  # fit to the page's width
        return fit_widths(t, size, room)

    for t in single:
        if turn_wide:
            width, height = (portrait[1], portrait[0]) if sum(table_widths(t, size)) > portrait[0] - 40 else portrait
        tsize, widths = fitted(t, width - 40)
        x0 = max(20.0, (width - sum(widths)) / 2)
        head, body = t.rows[:t.head], t.rows[t.head:]
        hm = [m for m in t.merges if m[2] < t.head]
        bm = [m for m in t.merges if m[0] >= t.head]
        def high(row):
            return max(len(v.split("\n")) for v in row) * tsize * 1.3 + tsize * 0.9 + STYLE.get("cell_pad", 0.0)
        starts, used = [0], sum(high(r) for r in head)
        for i, row in enumerate(body):  # a new page where the rows would pass the foot (or every body_rows rows)
            if i > starts[-1] and ((body_rows and i - starts[-1] >= body_rows) or used + high(row) > height - 150):
                starts.append(i)
                used = sum(high(r) for r in head) if repeat_head else 0
            used += high(row)
        for n, s in enumerate(starts):
            chunk = (starts[n + 1] if n + 1 < len(starts) else len(body)) - s
            p = new_page()
            p.cont = n > 0
            y = top_margin
            if title_in_header:
                p.text((width - len(t.title) * 10) / 2, 26, t.title, 10)
                y = 50
            elif n == 0:
                y = title_lines(p, width / 2, y, t.title, STYLE.get("title_size", 14)) + 26
            if n == 0:  # (the 单位 under the 部门 where the two would overlap)
                y = meta_line(p, x0, y, sum(widths), t, tsize) + tsize * 2
                for line in STYLE.get("lead_notes", {}).get(t.title, []):  # a note between the 单位 line and the head
                    p.text(x0, y, line, tsize)
                    y += tsize * 2
            part = body[s:s + chunk]
            shown = (head if n == 0 or repeat_head else []) + part
            merges = (hm if n == 0 or repeat_head else []) + [
                (a - s + (len(shown) - len(part)) - t.head, b, c - s + (len(shown) - len(part)) - t.head, d)
                for a, b, c, d in bm if a >= t.head + s and c < t.head + s + len(part)]
            heads = t.head if n == 0 or repeat_head else 0
            bottom = draw_table(p, x0, y, widths, shown, merges, heads, rules, tsize, align)
            if n == len(starts) - 1:
                note_lines(p, x0, bottom, t.notes, tsize)
    width, height = portrait
    for k in range(0, len(pairs), 2):
        p = new_page()
        x0 = 20.0
        for t in pairs[k:k + 2]:
            tsize, widths = fitted(t, (width - 64) / 2)
            y = top_margin
            y = title_lines(p, x0, y, t.title, tsize + 2, centre=False) + tsize * 2.5
            p.text(x0, y, t.dept, tsize)
            y += tsize * 1.6
            p.text(x0 + sum(widths) - len(t.unit) * tsize, y, t.unit, tsize)
            y += tsize * 1.6
            bottom = draw_table(p, x0, y, widths, t.rows, t.merges, t.head, rules, tsize, align)
            note_lines(p, x0, bottom, t.notes, tsize)
            x0 += sum(widths) + 24
    if page_of:
        for i, p in enumerate(pages, start=1):
            foot = f"第 {i} 页 共 {len(pages)} 页"
            p.text((p.width - len(foot) * 9) / 2, p.height - 30, foot, 9)
    for p in turned:  # (turn_wide 1: the landscape MediaBox as it is, no /Rotate)
        if turn_wide in (90, 270):
            rotate_page(p, turn_wide)
    return w.save(path)


# ---- session 10: more producers of tables WITHOUT ruling lines (held-out layouts for the text path) ----

_AMOUNT = __import__("re").compile(r"-?[\d,，]*\d\.\d+|\([\d,，]+\.\d+\)|[-—－]")


def workbook_tables(path: Path, commas: bool = False) -> list[PrintedTable]:
    """Each sheet of a one-table-a-sheet workbook as the table a print shows (title in row 1, 部门 and 单位 in row 2,
    header rows up to the first row of figures or codes, the 注 lines under it): amounts shown with two decimals."""
    import re
    from openpyxl import load_workbook

    def shown(v) -> str:
        if v is None:
            return ""
        if isinstance(v, (int, float)) and not isinstance(v, bool):
            return f"{v:,.2f}" if commas else f"{v:.2f}"
        return str(v).strip()

    tables = []
    for ws in load_workbook(path).worksheets:
        grid = [[shown(v) for v in row] for row in ws.iter_rows(values_only=True)]
        title = next(v for v in grid[0] if v)
        meta = [v for v in grid[1] if v]
        rows = [r for r in grid[2:] if any(r)]
        notes = [r[0] for r in rows if r[0].startswith("注")]
        rows = [r for r in rows if not r[0].startswith("注")]
        head = next(i for i, r in enumerate(rows)
                    if re.fullmatch(r"\d{3,7}|合\s*计", r[0]) or any(re.fullmatch(r"[\d,]+\.\d\d", v) for v in r))
        merges = []
        for m in ws.merged_cells.ranges:
            r1 = m.min_row - 3
            if r1 >= 0 and m.max_row - 3 < len(rows) and grid[m.min_row - 1][0] in (rows[r1][0],):
                merges.append((r1, m.min_col - 1, m.max_row - 3, m.max_col - 1))
        tables.append(PrintedTable(title, meta[0], meta[-1], rows, head, merges, notes))
    return tables


def save_workbook(path: Path, tables: list[PrintedTable]) -> Path:
    """The tables back as a one-table-a-sheet workbook (what the print was made from): amounts as numbers, other
    text as it is shown (codes as text, '-' as text), merges kept, 注 lines under each table."""
    from openpyxl import Workbook

    wb = Workbook()
    wb.remove(wb.active)
    for k, t in enumerate(tables, start=1):
        ws = wb.create_sheet(f"表{k}")
        n = max(len(r) for r in t.rows)
        ws.cell(1, 1, t.title)
        ws.cell(2, 1, t.dept)
        ws.cell(2, n, t.unit)
        for i, row in enumerate(t.rows):
            for j, v in enumerate(row):
                if not v:
                    continue
                plain = v.replace(",", "")
                if _AMOUNT.fullmatch(v) and plain not in "-—－":
                    ws.cell(3 + i, 1 + j, float(plain.strip("()")) * (-1 if plain.startswith("(") else 1))
                else:
                    ws.cell(3 + i, 1 + j, v.replace("\n", ""))
        for a, b, c, d in t.merges:
            ws.merge_cells(start_row=3 + a, start_column=1 + b, end_row=3 + c, end_column=1 + d)
        for i, note in enumerate(t.notes):
            ws.cell(3 + len(t.rows) + i, 1, note)
    wb.save(path)
    SAVED_FROM[hashlib.sha256(Path(path).read_bytes()).hexdigest()] = repr(tables)
    return Path(path)


def read_once(read):
    """`read(path, ...)` → tables, run once per file content and arguments: the sample workbooks are read into
    PrintedTables by many tests (openpyxl takes half a second a workbook); each caller gets its own copy to change."""
    memo: dict = {}

    @functools.wraps(read)
    def cached(path, *args, **kw):
        key = (hashlib.sha256(Path(path).read_bytes()).hexdigest(), args, tuple(sorted(kw.items())))
        if key not in memo:
            memo[key] = read(path, *args, **kw)
        return copy.deepcopy(memo[key])

    return cached


# sha256 of a saved workbook's bytes → the tables it was saved from. openpyxl stamps each file with the time it was
# written, so the same tables saved twice differ in bytes: test_pdf_heldout.findings knows such a workbook by its
# tables and checks it once (each print layout's reference workbook); a file changed after saving is checked afresh.
SAVED_FROM: dict[str, str] = {}


def _is_code_col(t: PrintedTable, j: int) -> bool:
    return any("编码" in (r[j] if j < len(r) else "") for r in t.rows[:t.head])


def own_level_codes(t: PrintedTable) -> PrintedTable:
    """科目编码 printed with only the row's own level, indented by level: '201', '  01', '    01' (类, 款, 项)."""
    rows = []
    for i, row in enumerate(t.rows):
        new = list(row)
        for j, v in enumerate(row):
            if i >= t.head and _is_code_col(t, j) and v.isdigit() and len(v) in (5, 7):
                new[j] = " " * (len(v) - 3) + v[-2:]
        rows.append(new)
    return PrintedTable(t.title, t.dept, t.unit, rows, t.head, t.merges, t.notes)


def zeros_as(t: PrintedTable, zero: str = "-", blank: str = "") -> PrintedTable:
    """Amounts of 0.00 printed as `zero`, empty amount cells of a row with figures as `blank`."""
    rows = []
    for i, row in enumerate(t.rows):
        figures = i >= t.head and any(_AMOUNT.fullmatch(v) for v in row if v)
        new = []
        for j, v in enumerate(row):
            amount_col = any(_AMOUNT.fullmatch(r[j]) for r in t.rows[t.head:] if j < len(r) and r[j])
            if figures and v in ("0.00",):
                v = zero
            elif figures and not v and amount_col and not any(j in range(m[1], m[3] + 1) and i in range(m[0], m[2] + 1)
                                                              for m in t.merges):
                v = blank
            new.append(v)
        rows.append(new)
    return PrintedTable(t.title, t.dept, t.unit, rows, t.head, t.merges, t.notes)


def in_yuan(t: PrintedTable) -> PrintedTable:
    """Amounts in 元 with thousands separators (×10000): widths from '0.00' to '60,639,900.00' in one column."""
    def yuan(v: str) -> str:
        if not _AMOUNT.fullmatch(v) or v in "-—－":
            return v
        from decimal import Decimal
        return f"{Decimal(v.replace(',', '')) * 10000:,.2f}"
    rows = [[yuan(v) if i >= t.head else v for v in row] for i, row in enumerate(t.rows)]
    return PrintedTable(t.title, t.dept, t.unit.replace("万元", "元"), rows, t.head, t.merges, t.notes)


def long_notes(t: PrintedTable, width_chars: int) -> PrintedTable:
    """The 注 under a table made longer (a second sentence) and wrapped at `width_chars` characters, each line a line."""
    notes = []
    for n in t.notes:
        text = n + "本表金额单位为万元，数据保留两位小数，因四舍五入，合计数与各分项之和可能存在尾差。"
        notes += [text[i:i + width_chars] for i in range(0, len(text), width_chars)]
    return PrintedTable(t.title, t.dept, t.unit, t.rows, t.head, t.merges, notes)


def _spread(p: PageDraw, x0: float, x1: float, top: float, text: str, size: float) -> None:
    """A short word distributed over the cell's width (分散对齐): its first glyph at x0, its last ending at x1."""
    if len(text) < 2:
        p.text((x0 + x1 - size) / 2, top, text, size)
        return
    step = (x1 - x0 - size) / (len(text) - 1)
    for k, ch in enumerate(text):
        p.text(x0 + k * step, top, ch, size)


def draw_plain(p: PageDraw, x0: float, top: float, widths: list[float], rows: list[list[str]],
               merges: list[tuple[int, int, int, int]] = (), head: int = 1, size: float = 9.0, align: str = "middle",
               spaced: bool = False, pad: float = 3.0) -> float:
    """A table with no ruling line at all (a sheet printed without gridlines). Figures right-aligned (pad points
    from the column's right end), header words centred or, when `spaced`, words of up to four characters
    distributed over the whole cell (so they run up to `pad` points from the next column) and 合计/总计 likewise;
    leading spaces of a cell are an indent of half an em each. Returns the table's bottom."""
    line_h, vpad = size * 1.3, size * 0.45
    heights = [max(len(v.split("\n")) for v in row) * line_h + 2 * vpad if row else line_h + 2 * vpad for row in rows]
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top]
    for h in heights:
        ys.append(ys[-1] + h)
    covered = {}
    for m in merges:
        for r in range(m[0], m[2] + 1):
            for c in range(m[1], m[3] + 1):
                covered[(r, c)] = m
    for i, row in enumerate(rows):
        if STYLE.get("banding") and i >= head and (i - head) % 2:  # every other body row on a grey band (no rules)
            p.fill(xs[0], ys[i], xs[-1], ys[i + 1], STYLE["banding"])
        if STYLE.get("cell_bands") and (i < head or (i - head) % 2):  # each cell of every other row filled in colour
            colour = STYLE["cell_bands"][0 if i < head else 1]
            for j in range(len(widths)):
                p.raw(f"{colour} rg {xs[j]:.2f} {p.height - ys[i + 1]:.2f} {widths[j]:.2f} {ys[i + 1] - ys[i]:.2f} re f 0 g")
        for j, v in enumerate(row):
            m = covered.get((i, j))
            if not v or (m is not None and (m[0], m[1]) != (i, j)):
                continue
            r2, c2 = (m[2], m[3]) if m else (i, j)
            lines = v.split("\n")
            room = ys[r2 + 1] - ys[i] - 2 * vpad - len(lines) * line_h
            y = ys[i] + vpad + {"top": 0, "middle": room / 2, "bottom": room}[align] + (line_h - size) / 2
            left, right = xs[j] + pad, xs[c2 + 1] - pad
            code = len(lines) > 1 and _is_code(v)
            for k, part in enumerate(lines):
                yy = y + k * line_h
                indent = (len(part) - len(part.lstrip(" "))) * size / 2
                part = part.strip(" ")
                if _AMOUNT.fullmatch(part) and not code:
                    p.text_right(right, yy, part, size)
                elif spaced and len(part) <= 4 and (i < head or part in ("合计", "总计")):
                    _spread(p, left, right, yy, part, size)
                elif i < head or m is not None:
                    p.text((left + right - len(part) * size) / 2, yy, part, size)
                else:
                    p.text(left + indent, yy, part, size)
    return ys[-1]


def print_plain(path: Path, tables: list[PrintedTable], *, page: tuple[float, float] = (595.0, 842.0),
                size: float = 9.0, align: str = "middle", spaced: bool = False, pad: float = 3.0,
                body_rows: int | None = None, repeat_head: bool = True, pack: bool = False,
                continued: str | None = None) -> Path:
    """The tables printed without any ruling line, each from a new page (or, when `pack`, one after the other on a
    page, each right under the one before: its title line, its 部门/单位 line, no more space than a row's). A table
    longer than the page (or than `body_rows` body rows) continues on the next page, under its header rows again
    only when `repeat_head` (and under the line `continued`, '续表' or '{title}（续）', when given); the 注 lines
    under its last part."""
    width, height = page
    w = PdfWriter()
    foot = height - 60

    def fitted(t: PrintedTable) -> tuple[float, list[float]]:
        plain = table_widths(t, size)
        fit = min(size, size * (width - 60) / (sum(plain) + 2 * pad * len(plain)))
        while sum(table_widths(t, fit)) + (2 * pad - 6) * len(plain) > width - 60 + 0.01:  # (wide pads do not shrink:
            fit *= 0.98  # a table scaled by the text alone ran off both edges of the page, its 编/元 cut off)
        return fit, [x - 6 + 2 * pad for x in table_widths(t, fit)]

    def high(row, s):
        return max(len(v.split("\n")) for v in row) * s * 1.3 + s * 0.9

    p, y = None, 0.0
    for t in tables:
        tsize, widths = fitted(t)
        x0 = (width - sum(widths)) / 2
        head, body = t.rows[:t.head], t.rows[t.head:]
        hm = [m for m in t.merges if m[2] < t.head]
        bm = [m for m in t.merges if m[0] >= t.head]
        need = 60 + sum(high(r, tsize) for r in t.rows[:t.head + 3])
        if p is None or not pack or y + need > foot:
            p = w.page(width, height)
            y = 40.0
        if pack:
            p.text((width - len(t.title) * (tsize + 3)) / 2, y, t.title, tsize + 3)
            y += (tsize + 3) * 1.6
            y = meta_line(p, x0, y, sum(widths), t, tsize) + tsize * 1.8
        else:
            y = title_lines(p, width / 2, y, t.title, STYLE.get("title_size", 14)) + 26
            y = meta_line(p, x0, y, sum(widths), t, tsize) + tsize * 2
        s, first = 0, True
        while True:
            shown_head = head if first or repeat_head else []
            used = y + sum(high(r, tsize) for r in shown_head)
            n = 0
            while s + n < len(body) and (n == 0 or ((not body_rows or n < body_rows)
                                                   and used + high(body[s + n], tsize) <= foot)):
                used += high(body[s + n], tsize)
                n += 1
            part = body[s:s + n]
            off = len(shown_head) - t.head - s
            merges = (hm if shown_head else []) + [(a + off, b, c + off, d) for a, b, c, d in bm
                                                   if a >= t.head + s and c < t.head + s + n]
            y = draw_plain(p, x0, y, widths, shown_head + part, merges, len(shown_head), tsize, align, spaced, pad)
            s += n
            first = False
            if s >= len(body):
                break
            p = w.page(width, height)
            p.cont = True
            y = 40.0
            if continued:
                line = continued.replace("{title}", t.title)
                p.text(x0 if line == "续表" else (width - len(line) * 12) / 2, y, line, tsize if line == "续表" else 12)
                y += 20
        y = note_lines(p, x0, y, t.notes, tsize) - 6
        y += 6 + tsize * 2
    return w.save(path)


# ---- session 10: held-out producer layouts for the ruled-table path (tables flowing on, rule styles, rotation) ----

def restyle_rules(p: PageDraw, start: int, outer: float = 0.5, inner: float = 0.5, double: float = 0.0) -> None:
    """The ruling lines drawn on `p` since op number `start` (one table's grid) redrawn as a print styles them: the
    table's outer border `outer` points wide, the rules inside it `inner` wide (a hairline: 0.1), and with `double`
    > 0 a second border that far outside the first (Excel's double border)."""
    ops = p.ops[start:]
    segs = []
    for op in ops:
        parts = op.split()
        if op.endswith(" l S") and parts[1] == "w":
            segs.append(tuple(float(v) for v in (parts[2], parts[3], parts[5], parts[6])))
    if not segs:
        return
    left = min(min(s[0], s[2]) for s in segs)
    right = max(max(s[0], s[2]) for s in segs)
    low = min(min(s[1], s[3]) for s in segs)
    high = max(max(s[1], s[3]) for s in segs)
    kept = []
    for op in ops:
        parts = op.split()
        if not (op.endswith(" l S") and parts[1] == "w"):
            kept.append(op)
            continue
        x0, y0, x1, y1 = (float(v) for v in (parts[2], parts[3], parts[5], parts[6]))
        on_edge = (x0 == x1 and x0 in (left, right)) or (y0 == y1 and y0 in (low, high))
        rule = f"{outer if on_edge else inner:g} w " + " ".join(parts[2:])
        kept.append(f"[1.5 1] 0 d {rule} [] 0 d" if STYLE.get("inner_dash") and not on_edge else rule)
    if double:
        d = double
        for x0, y0, x1, y1 in ((left - d, low - d, right + d, low - d), (left - d, high + d, right + d, high + d),
                               (left - d, low - d, left - d, high + d), (right + d, low - d, right + d, high + d)):
            kept.append(f"{outer:g} w {x0:.2f} {y0:.2f} m {x1:.2f} {y1:.2f} l S")
    p.ops[start:] = kept


def rotate_pages(w: PdfWriter, rotate: int) -> None:
    """Every (landscape-drawn) page of `w` stored the way some printer drivers store a landscape page: a portrait
    MediaBox, a /Rotate of 90 or 270, and the content turned the other way by a matrix, so that a viewer shows it
    upright."""
    for p in w.pages:
        rotate_page(p, rotate)


def rotate_page(p: PageDraw, rotate: int) -> None:
    """One landscape-drawn page stored as a portrait MediaBox with /Rotate 90 or 270 (see rotate_pages)."""
    wide, tall = p.width, p.height  # as drawn: landscape
    matrix = {90: f"0 1 -1 0 {tall:g} 0 cm", 270: f"0 -1 1 0 0 {wide:g} cm"}[rotate]
    if STYLE.get("turn_ops"):  # no matrix: each text matrix, line and rectangle written turned (coordinates moved)
        p.ops = [_turned(op, rotate, wide, tall) for op in p.ops]
    else:
        p.ops = [f"q {matrix}"] + p.ops + ["Q"]
    p.width, p.height, p.rotate = tall, wide, rotate


_NUM = r"(-?\d+(?:\.\d+)?)"


def _turned(op: str, rotate: int, wide: float, tall: float) -> str:
    """One drawing operation of a landscape page written as its turned portrait page holds it (see rotate_page):
    a text matrix '1 0 0 1 x y Tm' turned a quarter, the points of 'x y m x y l' and 're' moved."""
    import re

    def at(x: float, y: float) -> tuple[float, float]:
        return (tall - y, x) if rotate == 90 else (y, wide - x)

    def tm(m) -> str:
        x, y = at(float(m[1]), float(m[2]))
        return (f"0 1 -1 0 {x:.2f} {y:.2f} Tm" if rotate == 90 else f"0 -1 1 0 {x:.2f} {y:.2f} Tm")

    def line(m) -> str:
        (a, b), (c, d) = at(float(m[1]), float(m[2])), at(float(m[3]), float(m[4]))
        return f"{a:.2f} {b:.2f} m {c:.2f} {d:.2f} l"

    def rect(m) -> str:
        x, y, w, h = (float(v) for v in m.groups())
        (a, b), (c, d) = at(x, y), at(x + w, y + h)
        return f"{min(a, c):.2f} {min(b, d):.2f} {abs(c - a):.2f} {abs(d - b):.2f} re"

    op = re.sub(rf"1 0 0 1 {_NUM} {_NUM} Tm", tm, op)
    op = re.sub(rf"{_NUM} {_NUM} m {_NUM} {_NUM} l", line, op)
    return re.sub(rf"{_NUM} {_NUM} {_NUM} {_NUM} re", rect, op)


def print_flow(path: Path, tables: list[PrintedTable], *, page: tuple[float, float] = (595.0, 842.0),
               size: float = 8.0, repeat_head: bool = True, running: str | None = None, running_rule: bool = False,
               footer: str | None = None, meta_in_grid: str | None = None, outer: float = 0.5, inner: float = 0.5,
               double: float = 0.0, rotate: int = 0, gap: float = 24.0, continued: str | None = None,
               fills: bool = False, shade_head: float | None = None, scale: float | None = None,
               origin: int = 0, narrow: int | None = None, orphan_title: bool = False,
               foot_room: float = 60.0, footer_at: str = "centre", head_alone=None) -> Path:
    """The tables printed one after another as a word processor or a spreadsheet printed as one sheet does: a table
    begins on the page where the one before it ended (its title, 部门/单位 line and header under the last one's
    notes) when its title, header and two rows still fit, and runs on to the next pages where it must (its header
    rows printed again there when `repeat_head`).
    running: a line at the top of every page (a Word page header), with a rule under it when `running_rule`.
    footer: a page foot, '{i}' and '{n}' replaced by the page's number and the count ('第 {i} 页 共 {n} 页', '- {i} -');
    footer_at: 'centre' (at the page's foot), 'right' (right under the last column, `foot_room` - 6 points above the
    page's foot) or 'top-right' (over the last column at the page's head).
    repeat_head: True (all header rows again on each next page), False (none), k > 0 (the first k), k < 0 (the last
    -k, as Excel's 打印标题 set to the header's last rows).
    meta_in_grid: the 部门/单位 line drawn as the grid's first row instead of over it: 'merged' (one cell across the
    table: 部门 at its left, '2024年度' in its middle, 单位 at its right) or 'split' (部门 in a cell across all
    columns but the last, 单位 in the last column).
    outer / inner / double: rule widths (see restyle_rules). rotate: 90 or 270 (see rotate_pages; draw on a
    landscape `page`). continued: a line printed over each continued part of a table ('续表', '{title}（续）').
    gap: the space between one table's last line and the next table's title.
    fills: every rule drawn as a thin filled rectangle (as Excel's and WPS's PDF export draw cell borders).
    shade_head: the header rows filled with this grey (0 black … 1 white) under their text and rules.
    scale: every page's content shrunk by a matrix to `scale` of its size toward the top-left corner (a printer
    driver's scaling).
    origin: the MediaBox starting at (origin, origin) instead of (0, 0), the content shifted with it (1–9 pt).
    narrow: every column that holds words no wider than so many characters (figures' columns keep their width); a
    longer word runs on over the next cells of its row while they are empty, and is cut at its cell's right rule
    (clipped: its characters stay in the text layer) where the next cell has text, as Excel prints.
    orphan_title: a table whose header and two rows do not fit under the last one's has its title and 部门/单位 line
    printed at the page's foot all the same, the table on the next page (Word without 'keep with next').
    head_alone: a function of a table's index; where true, its title, 部门/单位 line and header rows end a page and
    its body begins the next (a page break typed after the header row; under the header again when `repeat_head`)."""
    width, height = page
    w = PdfWriter()
    state = {"p": None, "y": 0.0}

    def new_page() -> None:
        p = w.page(width, height)
        y = 40.0
        if running:
            p.text(width - 40 - len(running) * 8, 16, running, 8)
            if running_rule:
                p.line(40, 28, width - 40, 28, 0.75)
        state["p"], state["y"] = p, y

    def high(row: list[str], s: float) -> float:
        return max(len(v.split("\n")) for v in row) * s * 1.3 + s * 0.9 + STYLE.get("cell_pad", 0.0)

    new_page()
    for t in tables:
        rows, merges, head = [list(r) for r in t.rows], list(t.merges), t.head
        n = max(len(r) for r in rows)
        if meta_in_grid:
            first = [t.dept] + [""] * (n - 2) + [t.unit] if meta_in_grid == "split" else [""] * n
            rows = [first] + rows
            merges = [(a + 1, b, c + 1, d) for a, b, c, d in merges]
            merges.append((0, 0, 0, n - 2) if meta_in_grid == "split" else (0, 0, 0, n - 1))
            head += 1
        between = STYLE.get("interlude", {}).get(t.title, [])  # lines of text printed over this table's title
        if between and state["y"] > 40 and state["y"] + 18 * len(between) + 120 > height - foot_room:
            new_page()
        for line in between:
            state["p"].text(60, state["y"], line, 10.5)
            state["y"] += 18
        state["y"] += 8 if between else 0
        probe = (PrintedTable(t.title, t.dept, t.unit, t.rows, t.head, t.merges) if meta_in_grid == "merged" else
                 PrintedTable(t.title, t.dept, t.unit, rows, head, merges))
        widths = table_widths(probe, size)
        if narrow:
            wordy = {j for r in rows[head:] for j, v in enumerate(r) if v and not _numeric(v) and not v.isdigit()}
            widths = [min(v, narrow * size + 6) if j in wordy else v for j, v in enumerate(widths)]
        if meta_in_grid == "merged":  # the one row across the table holds 部门, year and 单位 side by side
            need = (2 * max(len(t.dept), len(t.unit)) + 12) * size  # '2024年度' in the middle, clear of both
            if sum(widths) < need:
                widths[-1] += need - sum(widths)
        tsize = min(size, size * (width - 60) / sum(widths))
        widths = [v * tsize / size for v in widths]
        x0 = (width - sum(widths)) / 2
        head_rows, body = rows[:head], rows[head:]
        head_h = sum(high(r, tsize) for r in head_rows)
        lead = 26 + (0 if meta_in_grid else tsize * 2)
        first_rows = sum(high(r, tsize) for r in body[:2])
        orphan = False
        if state["y"] > 40 and state["y"] + lead + head_h + first_rows > height - foot_room:
            orphan = orphan_title and state["y"] + lead <= height - foot_room
            if not orphan:
                new_page()
        p = state["p"]
        y = state["y"]
        y = title_lines(p, width / 2, y, t.title, STYLE.get("title_size", 14)) + 26
        if not meta_in_grid:
            y = meta_line(p, x0, y, sum(widths), t, tsize) + tsize * 2
        if orphan:  # the title (and 部门/单位 line) at the page's foot, the table from the next page's head
            new_page()
            p, y = state["p"], state["y"]
        s, part_no = 0, 0
        alone = bool(head_alone and head_alone(tables.index(t)))
        while True:  # one part of the table on each page it takes
            shown_head = (head_rows if part_no == 0 or repeat_head is True else head_rows[:int(repeat_head)]
                          if repeat_head >= 0 else head_rows[repeat_head:])  # (negative: the last rows only)
            e, used = s, y + sum(high(r, tsize) for r in shown_head)
            while e < len(body) and not (alone and part_no == 0) and (
                    e == s or used + high(body[e], tsize) <= height - foot_room):
                used += high(body[e], tsize)
                e += 1
            part = body[s:e]
            shown_rows = shown_head + part
            lo = 0 if part_no == 0 or repeat_head is True or repeat_head >= 0 else head + repeat_head  # first shown
            hm = [(a - lo, b, c - lo, d) for a, b, c, d in merges if lo <= a and c < lo + len(shown_head)]
            off = len(shown_head) - head - s
            bm = [(a + off, b, c + off, d) for a, b, c, d in merges if a >= head + s and c < head + e]
            start = len(p.ops)
            bottom = draw_table(p, x0, y, widths, shown_rows, hm + bm, len(shown_head), "grid", tsize)
            if meta_in_grid == "merged" and shown_head:
                row_top = y + tsize * 0.45 + (tsize * 1.3 - tsize) / 2
                p.text(x0 + 3, row_top, t.dept, tsize)
                p.text(x0 + (sum(widths) - 6 * tsize) / 2, row_top, "2024年度", tsize)
                p.text(x0 + sum(widths) - 3 - len(t.unit) * tsize, row_top, t.unit, tsize)
            if narrow:
                _clip_overflow(p, start, x0, y, widths, [high(r, tsize) for r in shown_rows], shown_rows,
                               hm + bm, tsize)
            restyle_rules(p, start, outer, inner, double)
            if shade_head is not None and shown_head:
                hh = sum(high(r, tsize) for r in shown_head)
                p.ops.insert(start, f"{shade_head:g} g {x0:.2f} {p.height - y - hh:.2f} {sum(widths):.2f} {hh:.2f} re f 0 g")
            if fills:
                p.ops[start:] = [_as_fill(op) for op in p.ops[start:]]
            if e >= len(body):
                state["y"] = note_lines(p, x0, bottom, t.notes, tsize) + gap
                break
            new_page()
            p, y, s, part_no = state["p"], state["y"], e, part_no + 1
            p.cont = True
            if continued:
                line = continued.replace("{title}", t.title)
                p.text(x0 if line == "续表" else (width - len(line) * 12) / 2, y, line, 12 if line != "续表" else tsize)
                y += 20
    n_pages = len(w.pages)
    if footer:
        for i, p in enumerate(w.pages, start=1):
            foot = footer.replace("{i}", str(i)).replace("{n}", str(n_pages))
            if footer_at in ("right", "top-right"):  # over or under the last column's right end (Excel's 页脚/页眉
                right = max(max(float(op.split()[2]), float(op.split()[5])) for op in p.ops  # set at the right)
                            if op.endswith(" l S") and op.split()[1] == "w")
                p.text_right(right, height - foot_room + 6 if footer_at == "right" else 26, foot, 8)
            else:
                p.text((width - len(foot) * 9) / 2, height - 30, foot, 9)
    if rotate:
        rotate_pages(w, rotate)
    if scale:
        for p in w.pages:
            p.ops = [f"q {scale:g} 0 0 {scale:g} 0 {p.height * (1 - scale):.2f} cm"] + p.ops + ["Q"]
    if origin:
        assert 1 <= origin <= 9 and all(p.width >= 100 and p.height >= 100 for p in w.pages)
        for p in w.pages:
            p.ops = [f"q 1 0 0 1 {origin} {origin} cm"] + p.ops + ["Q"]
    out = w.save(path)
    if origin:  # the same number of bytes, so the cross-reference table stays right
        data = out.read_bytes()
        for p in w.pages:
            box = f"/MediaBox [0 0 {p.width:g} {p.height:g}]".encode()
            moved = f"/MediaBox [{origin} {origin} {p.width + origin:g} {p.height + origin:g}]".encode()
            assert len(box) == len(moved)
            data = data.replace(box, moved)
        out.write_bytes(data)
    return out


def _restyle_rule(op: str, how: str) -> str:
    """A stroked rule 'W w x0 y0 m x1 y1 l S' dashed ('dashed': a 2 pt dash, 1.5 pt gap) or dotted ('dotted': a
    0.6 pt filled square every 1.5 pt, as some printers draw Excel's dotted border)."""
    parts = op.split()
    if not (op.endswith(" l S") and len(parts) == 9 and parts[1] == "w"):
        return op
    if how == "dashed":
        return f"[2 1.5] 0 d {op} [] 0 d"
    if how == "round_dots":  # zero-length dashes with round caps: a round dot every 1.5 pt
        return f"1 J [0 1.5] 0 d {op} [] 0 d 0 J"
    if how == "twice":  # each cell's own border: a rule shared by two cells drawn by each, 0.3 pt apart
        x0, y0, x1, y1 = (float(v) for v in (parts[2], parts[3], parts[5], parts[6]))
        dx, dy = (0.0, 0.3) if y0 == y1 else (0.3, 0.0)
        return f"{op} {parts[0]} w {x0 + dx:.2f} {y0 + dy:.2f} m {x1 + dx:.2f} {y1 + dy:.2f} l S"
    x0, y0, x1, y1 = (float(v) for v in (parts[2], parts[3], parts[5], parts[6]))
    n = max(1, int(max(abs(x1 - x0), abs(y1 - y0)) / 1.5))
    dots = []
    for k in range(n + 1):
        x, y = x0 + (x1 - x0) * k / n, y0 + (y1 - y0) * k / n
        dots.append(f"{x - 0.3:.2f} {y - 0.3:.2f} 0.6 0.6 re")
    return " ".join(dots) + " f"


def _as_fill(op: str) -> str:
    """A stroked horizontal or vertical rule 'W w x0 y0 m x1 y1 l S' as a filled rectangle W thick."""
    parts = op.split()
    if not (op.endswith(" l S") and parts[1] == "w"):
        return op
    wd = float(parts[0])
    x0, y0, x1, y1 = (float(v) for v in (parts[2], parts[3], parts[5], parts[6]))
    if y0 == y1:
        return f"{min(x0, x1) - wd / 2:.2f} {y0 - wd / 2:.2f} {abs(x1 - x0) + wd:.2f} {wd:.2f} re f"
    return f"{x0 - wd / 2:.2f} {min(y0, y1) - wd / 2:.2f} {wd:.2f} {abs(y1 - y0) + wd:.2f} re f"


def _clip_overflow(p: PageDraw, start: int, x0: float, top: float, widths: list[float], heights: list[float],
                   rows: list[list[str]], merges, size: float) -> None:
    """Each text drawn since op `start` that passes its cell's right rule: clipped there unless the cells it runs on
    over are empty (Excel's overflow of a left-aligned text); a centred word wider than the table's first cell, which
    starts left of the table, is clipped at the table's left edge too (session 15; it was drawn whole, over the next
    cell's text)."""
    xs = [x0]
    for w in widths:
        xs.append(xs[-1] + w)
    ys = [top]
    for h in heights:
        ys.append(ys[-1] + h)
    merged = {(r, c) for m in merges for r in range(m[0], m[2] + 1) for c in range(m[1], m[3] + 1)}
    out = []
    for op in p.ops[start:]:
        parts = op.split()
        if not (op.startswith("BT ") and op.endswith("Tj ET")):
            out.append(op)
            continue
        x, base, n = float(parts[8]), float(parts[9]), (len(parts[11]) - 2) // 4
        fs = float(parts[2])
        y = p.height - base - fs * 0.88
        right = x + n * fs
        # the cell the text starts in (a centred word wider than the table's first cell starts left of the table);
        # a word not set at its cell's left pad is centred: its cell is the one holding its middle (session 16: a
        # header word wider than its cell, centred, was taken for the left cell's and clipped away whole: s15rev r47)
        j = max((k for k in range(len(widths)) if xs[k] <= x + 0.01), default=0 if right > xs[0] else None)
        if j is not None and abs(x - xs[j] - 3) > 0.05:
            j = max((k for k in range(len(widths)) if xs[k] <= (x + right) / 2), default=j)
        i = max((k for k in range(len(heights)) if ys[k] <= y + 0.01), default=None)
        if j is None or i is None or (x >= xs[j] - 0.01 and right <= xs[j + 1] + 0.01) or (i, j) in merged:
            out.append(op)
            continue

        def empty(k: int) -> bool:
            return not (rows[i][k] if k < len(rows[i]) else "") and (i, k) not in merged

        end = j + 1  # the run-on passes the next cells while they are empty
        while end < len(widths) and right > xs[end] and empty(end):
            end += 1
        first = j  # (a centred word runs on to the left likewise; the table's left edge ends it)
        while first > 0 and x < xs[first] and empty(first - 1):
            first -= 1
        if (end >= len(widths) or right <= xs[end]) and x >= xs[first] - 0.01:
            out.append(op)
        else:
            out.append(f"q {xs[first]:.2f} {p.height - ys[i + 1]:.2f} {xs[end] - xs[first]:.2f} "
                       f"{ys[i + 1] - ys[i]:.2f} re W n " + op + " Q")
    p.ops[start:] = out


# ---- session 14: a sheet wider than its page printed without fitting (its last columns on the next page) ----

def _cols_merges(merges, cols: list[int], rows: range, shift: int) -> list[tuple[int, int, int, int]]:
    """The merges lying wholly in the columns `cols` and the rows `rows`, renumbered to those columns (0-based in
    `cols`) and moved up by `shift` rows."""
    out = []
    for a, b, c, d in merges:
        if b in cols and d in cols and cols.index(d) - cols.index(b) == d - b and a in rows and c in rows:
            out.append((a - shift, cols.index(b), c - shift, cols.index(d)))
    return out


def print_strips(path: Path, tables: list[PrintedTable], *, page: tuple[float, float] = (595.0, 842.0),
                 size: float = 9.0, last: int = 1, labels: int = 1, min_cols: int = 6) -> Path:
    """The tables printed as a spreadsheet prints a sheet wider than its page without fitting it: a table of at least
    `min_cols` columns has its last `last` columns (or more, where the page holds fewer) printed on the next page (a
    column strip) at the same row heights,
    after its first `labels` columns printed again (the print's 左端标题列; 0: none); the 单位, which the workbook
    holds over its last column, is printed over the strip, the 部门 over the first part. A cut that would split a
    merged cell moves left. Each table from a new page; a table too long for a page goes on over the next pair of
    pages under its header rows again (a left part, then its right part)."""
    width, height = page
    w = PdfWriter()
    for t in tables:
        n = max(len(r) for r in t.rows)
        rows = [list(r) + [""] * (n - len(r)) for r in t.rows]
        widths = table_widths(t, size)
        cut = n - last
        while cut > 1 and 40 + sum(widths[:cut]) > width - 20:  # the columns the page holds
            cut -= 1
        while any(m[1] < cut <= m[3] for m in t.merges):
            cut -= 1
        strips = n >= min_cols and cut > labels
        tsize = size
        if not strips and 40 + sum(widths) > width - 20:  # not to be cut: fitted to the page's width
            tsize = size * (width - 60) / sum(widths)
            widths = table_widths(t, tsize)
        line_h, pad = tsize * 1.3, tsize * 0.45
        heights = [max(len(v.split("\n")) for v in row) * line_h + 2 * pad for row in rows]
        head, body = list(range(t.head)), list(range(t.head, len(rows)))
        room = height - 40 - 26 - 2 * tsize - 60 - sum(heights[:t.head])
        chunks, used = [[]], 0.0
        for i in body:
            if chunks[-1] and used + heights[i] > room:
                chunks.append([])
                used = 0.0
            chunks[-1].append(i)
            used += heights[i]
        parts = [list(range(cut)), list(range(labels)) + list(range(cut, n))] if strips else [list(range(n))]
        for k, chunk in enumerate(chunks):
            shown = head + chunk
            for side, cols in enumerate(parts):
                p = w.page(width, height)
                p.cont = k > 0
                x0 = 40.0
                y = 40.0
                if k == 0 and side == 0:
                    p.text((width - len(t.title) * 14) / 2, y, t.title, 14)
                y += 26
                cw = [widths[j] for j in cols]
                if k == 0 and not strips:
                    y = meta_line(p, x0, y, sum(cw), t, tsize)
                elif k == 0 and side == 0:
                    p.text(x0, y, t.dept, tsize)
                elif k == 0:
                    p.text_right(x0 + sum(cw), y, t.unit, tsize)
                y += tsize * 2
                merges = _cols_merges(t.merges, cols, range(t.head), 0) + _cols_merges(
                    t.merges, cols, range(chunk[0], chunk[-1] + 1), chunk[0] - t.head)
                bottom = draw_table(p, x0, y, cw, [[rows[i][j] for j in cols] for i in shown], merges, t.head,
                                    "grid", tsize, heights=[heights[i] for i in shown])
                if k == len(chunks) - 1 and side == 0:
                    for q, note in enumerate(t.notes):
                        p.text(x0, bottom + 6 + q * tsize * 1.5, note, tsize)
    return w.save(path)


# ---- session 16: Word/WPS tab-stop tables (no grid: each line one text object, its pieces moved by Td) and a 说明
# whose paragraphs break across pages ----

def _line_of_pieces(p: PageDraw, top: float, pieces: list[tuple[float, str]], size: float) -> None:
    """One line of a tab-stop table: one text object, each piece moved to its tab stop by Td (as Word's and WPS's
    export write a line of tabbed text)."""
    pieces = sorted((x, v) for x, v in pieces if v)
    if not pieces:
        return
    base = p.height - top - size * 0.88
    ops, at = [f"BT /F1 {size:g} Tf 1 0 0 1 {pieces[0][0]:.2f} {base:.2f} Tm"], pieces[0][0]
    for x, v in pieces:
        if x != at:
            ops.append(f"{x - at:.2f} 0 Td")
            at = x
        ops.append("<" + "".join(f"{ord(ch):04X}" for ch in v) + "> Tj")
    p.ops.append(" ".join(ops + ["ET"]))


def print_tabbed(path: Path, tables: list[PrintedTable], *, page: tuple[float, float] = (595.0, 842.0),
                 size: float = 9.0, decimal: bool = False, foot_room: float = 70.0) -> Path:
    """The tables typed in a word processor with tab stops instead of a table (no rule at all), one after another
    in the document's flow (a table begins under the last one when its title, header and three rows fit): a tab
    stop at each column's left for words (header words and merged group headers at the left of their columns, as
    typed), a right tab at each column's right for amounts (or, when `decimal`, a decimal tab '.00' from the
    column's right: amounts of 0, 1 or 2 decimals aligned on their decimal point). Each printed line is one
    text object (pieces moved by Td); a cell's wrapped lines are lines of their own. A table longer than the
    page goes on at the next page's head without its header (typed once); notes under its last line."""
    width, height = page
    w = PdfWriter()
    line_h = size * 1.6
    state = {"p": w.page(width, height), "y": 50.0}

    def room(lines: int) -> None:
        if state["y"] + lines * line_h > height - foot_room:
            state["p"], state["y"] = w.page(width, height), 50.0

    for t in tables:
        notes = t.notes
        if decimal:  # (room right of the stop for two decimals, left of it for the widest whole part)
            wide = [max([_width(v.split(".")[0], size) + _width(".00", size) for r in t.rows[t.head:]
                         for v in r[j:j + 1] if _AMOUNT.fullmatch(v) or _numeric(v)], default=0.0)
                    for j in range(max(len(r) for r in t.rows))]
            t = PrintedTable(t.title, t.dept, t.unit, t.rows + [["0" * int(w / size + 0.99) for w in wide]], t.head,
                             t.merges)  # (a row of that width, for the fit only)
        tsize, widths = fit_widths(t, size, width - 100)
        if decimal:
            t = PrintedTable(t.title, t.dept, t.unit, t.rows[:-1], t.head, t.merges, notes)
        x0 = (width - sum(widths)) / 2
        xs = [x0]
        for v in widths:
            xs.append(xs[-1] + v)
        lh = tsize * 1.6
        room(4 + t.head + 3)
        p = state["p"]
        p.text((width - len(t.title) * 14) / 2, state["y"], t.title, 14)
        state["y"] = meta_line(p, x0, state["y"] + 26, sum(widths), t, tsize) + lh * 1.5
        covered = {(r, c): m for m in t.merges for r in range(m[0], m[2] + 1) for c in range(m[1], m[3] + 1)}
        for i, row in enumerate(t.rows):
            cells = []
            for j, v in enumerate(row):
                m = covered.get((i, j))
                if v and (m is None or (m[0], m[1]) == (i, j)):
                    cells.append((j, v))
            high = max((len(v.split("\n")) for _, v in cells), default=1)
            if i >= t.head:
                room(high)
            for k in range(high):
                pieces = []
                for j, v in cells:
                    lines = v.split("\n")
                    if k >= len(lines):
                        continue
                    part = lines[k]
                    indent = (len(part) - len(part.lstrip("　 "))) * tsize * 0.5
                    part = part.strip("　 ")
                    if i >= t.head and (_AMOUNT.fullmatch(part) or _numeric(part)) and not _is_code(part):
                        if decimal:
                            stop = xs[j + 1] - 3 - _width(".00", tsize)
                            whole = part.split(".")[0].rstrip(")")
                            pieces.append((stop - _width(whole, tsize), part))
                        else:
                            pieces.append((xs[j + 1] - 3 - _width(part, tsize), part))
                    else:
                        pieces.append((xs[j] + 3 + indent, part))
                _line_of_pieces(state["p"], state["y"], pieces, tsize)
                state["y"] += lh
        for note in t.notes:
            room(1)
            state["p"].text(x0, state["y"] + 4, note, tsize)
            state["y"] += lh
        state["y"] += 30
    return w.save(path)


_ITEM = __import__("re").compile(r"\d{1,2}[．.、]|（\d{1,2}）")


def narrative_lines(paragraphs: list[str], chars: int, size: float, hanging: bool = False) -> list[tuple[float, str]]:
    """The paragraphs broken into lines (x, text) as narrative_pages prints them. With `hanging`, a paragraph that
    begins with an item mark ('1．', '2、', '（3）') is a list item set with a hanging indent: its first line at the
    first-line indent, its next lines under the text after the mark (as Word's numbered lists set them)."""
    lines: list[tuple[float, str]] = []
    for para in paragraphs:
        first, rest = True, para
        mark = _ITEM.match(para) if hanging else None
        hang = 2 * size + (len(mark.group()) * size if mark else 0)
        while rest:
            room = chars - (2 if first else 0) - (len(mark.group()) if mark and not first else 0)
            cut = min(room, len(rest))
            while 0 < cut < len(rest) and rest[cut - 1] in "0123456789.,%" and rest[cut] in "0123456789.,%":
                cut -= 1
            lines.append((72 + (2 * size if first else hang if mark else 0), rest[:cut]))
            rest, first = rest[cut:], False
    return lines


def narrative_pages(width: float, height: float, paragraphs: list[str], chars: int = 38, lines_per_page: int = 30,
                    header: str = "", foot: str = "- {i} -", size: float = 11.0, hanging: bool = False
                    ) -> list[PageDraw]:
    """Pages of running text (a 说明): each paragraph's first line indented by two characters, lines of `chars`
    characters (a run of digits, '.', ',' and '%' is never broken), `lines_per_page` lines a page, so a paragraph
    goes on over the page break; `header` (a running header over a rule) at each page's head and `foot` ('{i}': the
    page's number among these pages) at its foot."""
    lines = narrative_lines(paragraphs, chars, size, hanging)
    pages = []
    for k in range(0, len(lines), lines_per_page):
        p = PageDraw(width, height)
        if header:
            p.text((width - len(header) * 9) / 2, 30, header, 9)
            p.line(72, 44, width - 72, 44, 0.5)
        for q, (x, line) in enumerate(lines[k:k + lines_per_page]):
            p.text(x, 72 + q * size * 1.9, line, size)
        number = foot.replace("{i}", str(len(pages) + 1))
        p.text((width - len(number) * 9 * 0.75) / 2, height - 40, number, 9)
        pages.append(p)
    return pages
