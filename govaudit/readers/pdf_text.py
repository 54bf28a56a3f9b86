"""Running text of a PDF page: characters → lines → pieces of a line; page headers and footers; paragraphs.

Lines are found from the characters' positions (not the text layer's order, which is the order of drawing),
each line split into pieces where a wide gap parts them ('收入支出决算总表 … 单位：万元').
"""

from __future__ import annotations

import re
from collections import Counter
from govaudit.records import dataclass

from govaudit.readers.pdf_common import FIGURE, SENTENCE, TABLE_NO, lead, title_like
from govaudit.readers.pdf_form_heads import LEVEL1_HEAD, gutter_column, heads_beside, indicator_head
from govaudit.readers.pdf_figures import FIGURE_TIGHT, at_edge, close_digits, figure_edges, regroups
from govaudit.readers.pdf_indent import line_indents
from govaudit.readers.pdf_grid import INF, group_lines, join_chars
from govaudit.readers.pdf_heads import between_pair, spread_group_heads
from govaudit.readers.pdf_page import Char, Page
from govaudit.text import norm

PIECE_GAP = 1.6  # a gap wider than this many character heights parts two pieces of a line
# a figure printed in a column of its own (right-aligned, a sheet printed without gridlines) may sit closer than
# PIECE_GAP to the next column's words or figure: at a figure's end or start a narrower gap parts two pieces
FIGURE_GAP = 0.5
# two amounts ('1303.58' | '412.35') set closer still, each tight, are parted at a gap wider than this (columns with
# 1.5 pt pads, the figures as wide as their cells)
ABUT_GAP = 0.25
_FIGURE_CHAR = re.compile(r"[\d()（）%-]")
MARGIN_BAND = 0.1  # top and bottom tenth of a page: where headers, footers and page numbers sit


@dataclass
class Piece:
    text: str
    bbox: tuple[float, float, float, float]


class Line:
    """One line of text: its characters left to right, its box, and its pieces (computed once)."""

    __slots__ = ("page", "chars", "pieces", "columns", "x0", "x1", "top", "bottom", "height", "margins", "order",
                 "type_size", "heads_table", "indents", "cells")

    def __init__(self, page: int, chars: list[Char]):
        self.page = page
        self.chars = chars
        self.x0 = chars[0].x0
        self.x1 = max([c.x1 for c in chars])
        self.top = min([c.top for c in chars])
        self.bottom = max([c.bottom for c in chars])
        self.height = median([c.height for c in chars])
        self.pieces: list[Piece] = []
        # an unruled header line just above a ruled table: each piece's first and last column of that table
        self.columns: list[tuple[int, int]] | None = None
        # a line of a page printed in two text columns (pdf_columns): its column's margins, and its place in
        # reading order (the stretch's top, 0 left or 1 right column, its own top)
        self.margins: Margins | None = None
        self.order: tuple[float, int, float] | None = None
        self.type_size: float | None | bool = False  # _type_size, once asked (False: not yet)
        self.heads_table = False  # a table's title, 部门 or 单位 line (mark_table_heads): it starts a paragraph
        self.indents: list[int] | None = None  # a table line's pieces' indents, in characters (pdf_indent), if any
        self.cells: dict[int, int] | None = None  # id(char) → the cell _one_line joined it into, never parted

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.pieces)


def page_lines(page_number: int, chars: list[Char]) -> list[Line]:
    """Characters grouped into lines top to bottom, each line left to right and cut into pieces."""
    out = []
    for group in group_lines(chars, 0.45):
        line = Line(page_number, group)
        line.pieces = _pieces(line)
        out.append(line)
    return out


TITLE_LEADING = 0.6  # type heights: a title's second line starts at most this far under its first line's foot
_YEAR_BRACKETED = re.compile(r"[(（]\d{4}年度?[)）]")  # '（2019年度）' under a title (not a unit: it stays a line)
# a colon: '编制部门：…' or a sentence leading in to the tables ('…公开表如下：'), never a title's first line
_LEAD_IN = re.compile(r"[：:]")


def join_wrapped_titles(lines: list[Line]) -> None:
    """A title printed in two lines (a title cell wrapped: '政府性基金预算财政拨款' over '收入支出决算表', or
    '收入支出决算总表' over '（2019年度）') is one piece of its first line: a piece right under a piece of a line above
    (its top at most TITLE_LEADING type heights under that piece's foot), of the same type size, centred on it or
    flush left with it, where the two joined are a title and the upper one is not, or the upper one is and the lower
    one is a year in brackets. (Two tables whose second title lines read alike are then not one table:
    '收入支出决算表' under two titles on one page was taken for the first table's title repeated over its part on the
    next page; two titles side by side, each in two lines, are joined each with its own.) `lines`: one page's."""
    out: list[Line] = []
    for line in lines:
        kept = list(line.pieces)
        for pb in line.pieces:
            hit = next(((a, k) for a in reversed(out[-3:]) for k, pa in enumerate(a.pieces) if _title_wraps(pa, pb)),
                       None)
            if hit is None:
                continue
            a, k = hit
            pa, mine = a.pieces[k], [c for c in line.chars if _inside(c, pb.bbox)]
            at = max(i for i, c in enumerate(a.chars) if _inside(c, pa.bbox)) + 1  # (its characters after pa's)
            joined = Line(a.page, a.chars[:at] + mine + a.chars[at:])
            joined.pieces = list(a.pieces)
            joined.pieces[k] = Piece(pa.text + pb.text, (min(pa.bbox[0], pb.bbox[0]), pa.bbox[1],
                                                         max(pa.bbox[2], pb.bbox[2]), pb.bbox[3]))
            out[out.index(a)] = joined
            kept.remove(pb)
        if len(kept) == len(line.pieces):
            out.append(line)
        elif kept:
            rest = Line(line.page, [c for c in line.chars if any(_inside(c, p.bbox) for p in kept)])
            rest.pieces = kept
            out.append(rest)
    if len(out) != len(lines) or any(a is not b for a, b in zip(out, lines)):
        lines[:] = out


def _inside(ch: Char, bbox) -> bool:
    return bbox[0] - 0.01 <= ch.x0 and ch.x1 <= bbox[2] + 0.01 and bbox[1] - 0.01 <= ch.top <= bbox[3]


def _title_wraps(pa: Piece, pb: Piece) -> bool:
    ha, hb = pa.bbox[3] - pa.bbox[1], pb.bbox[3] - pb.bbox[1]
    if not (ha > 0 and 0.85 < hb / ha < 1.18 and -0.2 * ha < pb.bbox[1] - pa.bbox[3] < TITLE_LEADING * ha):
        return False
    centred = abs(pa.bbox[0] + pa.bbox[2] - pb.bbox[0] - pb.bbox[2]) / 2 < ha
    if not (centred or abs(pa.bbox[0] - pb.bbox[0]) < 0.5 * ha):
        return False
    return (title_like(pa.text + pb.text) and not title_like(pa.text) and not TABLE_NO.match(norm(pa.text))
            and not _LEAD_IN.search(pa.text)  # ('附表3' stays a line, and so does a line with a colon over a title)
            or title_like(pa.text) and bool(_YEAR_BRACKETED.fullmatch(pb.text.strip())))


def _pieces(line: Line, fine: bool = False, edges: list[float] | None = None) -> list[Piece]:
    """fine: also parted at a narrower gap at a figure's end or start (a line of a table without rules); edges:
    where the page's table lines' figures end (pdf_figures.figure_edges), to part whole numbers at a column's edge."""
    chars = line.chars
    pieces, current = [], [chars[0]]
    gap, near, abut = PIECE_GAP * line.height, FIGURE_GAP * line.height, ABUT_GAP * line.height
    tight = FIGURE_TIGHT * line.height
    prev = chars[0]
    cells = line.cells or {}
    for i, ch in enumerate(chars[1:], start=1):
        space = ch.x0 - prev.x1
        if cells and cells.get(id(ch), -1) == cells.get(id(prev), -2):
            pass  # (one cell's characters, joined by _one_line: '210 卫生健' over '康支出')
        elif space > gap or (fine and space > near and _amount_beside(chars, i, near)) \
                or (fine and space > abut and (_amount_beside(chars, i, abut, both=True)
                                               or _label_beside_amount(chars, i, abut))) \
                or (fine and space > tight and (regroups(chars, i, space) or _label_beside_amount(chars, i, tight)
                                                or (edges is not None and at_edge(chars, i, space, edges)))) \
                or (fine and space < -OVERPRINT and _overprinted(chars, i)):
            pieces.append(current)
            current = []
        current.append(ch)
        prev = ch
    if not pieces:  # the usual line, one piece: its box is the line's
        return [Piece(join_chars(chars), (line.x0, line.top, line.x1, line.bottom))]
    pieces.append(current)
    return [Piece(join_chars(p), (p[0].x0, min(c.top for c in p), max(c.x1 for c in p), max(c.bottom for c in p)))
            for p in pieces]


OVERPRINT = 0.1  # points: a glyph set this far over the one before it is another text's (a cell's own glyphs abut)
EVEN = 0.02  # points: glyphs set one after another by the font's advance abut within this
_NUMBER = re.compile(r"^[(（-]?\d[\d,]*(?:\.\d+)?%?[)）]?$")


def _overprinted(chars: list[Char], i: int) -> bool:
    """chars[i] starts over the glyph before it, and the figure characters on each side (up to a gap of a quarter
    character) are a figure each, every other glyph of both abutting the one before it: two right-aligned figures of
    adjacent narrow cells, the left one wider than its cell ('100' | '98.14' of a 总分 row, its glyphs run 0.3 pt over
    the next cell's: read '10098.14', the 总分 lost, session 24). A cell's own text advances glyph by glyph, never
    back over itself; in a print whose glyphs are placed one by one, unevenly, no gap is even and nothing is parted."""
    reach = ABUT_GAP * chars[i].height
    j = i
    while j > 0 and chars[j - 1].text in _FIGURE_TEXT and (j == i or abs(chars[j].x0 - chars[j - 1].x1) <= reach):
        j -= 1
    k = i + 1
    while k < len(chars) and chars[k].text in _FIGURE_TEXT and abs(chars[k].x0 - chars[k - 1].x1) <= reach:
        k += 1
    if any(abs(chars[m].x0 - chars[m - 1].x1) > EVEN for m in range(j + 1, k) if m != i):
        return False
    left, right = ("".join(c.text for c in run).translate(_HALF_WIDTH) for run in (chars[j:i], chars[i:k]))
    return bool(_NUMBER.match(left) and _NUMBER.match(right))


def _amount_beside(chars: list[Char], i: int, near: float, both: bool = False) -> bool:
    """An amount ('1,234.56', '12.30', '(5.00)') ends just before chars[i] or starts at it: a year or a count
    ('2018', '3') does not part a line at a narrow gap. The amount is the figure characters set closer than `near`
    (the next column's amount, as close as the gap in hand, is not part of it). both: amounts on both sides."""
    j = i
    while j > 0 and chars[j - 1].text in _FIGURE_TEXT and (j == i or chars[j].x0 - chars[j - 1].x1 <= near):
        j -= 1
    k = i
    while k < len(chars) and chars[k].text in _FIGURE_TEXT and (k == i or chars[k].x0 - chars[k - 1].x1 <= near):
        k += 1
    left = _AMOUNT.match("".join(c.text for c in chars[j:i]).translate(_HALF_WIDTH))
    right = _AMOUNT.match("".join(c.text for c in chars[i:k]).translate(_HALF_WIDTH))
    return bool(left and right) if both else bool(left or right)


def _label_beside_amount(chars: list[Char], i: int, abut: float) -> bool:
    """An amount with decimals ends just before chars[i] and a Chinese word (no unit: 万元, 元, 亿元) or a 科目编码
    starts at it, or a Chinese word ends just before it and such an amount starts at it: a row's figure and the next
    column's label or code, set as close as 1.5 pt pads put them ('2116.25' | '一、一般公共服务支出'; '35.24' |
    '31002'; '总　　计' | '6598.33')."""
    if _word_char(chars[i].text) or _code_at(chars, i, abut):
        j = i
        while j > 0 and chars[j - 1].text in _FIGURE_TEXT and (j == i or chars[j].x0 - chars[j - 1].x1 <= abut):
            j -= 1
        text = chars[j:i]
    elif i > 0 and _word_char(chars[i - 1].text):
        k = i
        while k < len(chars) and chars[k].text in _FIGURE_TEXT and (k == i or chars[k].x0 - chars[k - 1].x1 <= abut):
            k += 1
        text = chars[i:k]
    else:
        return False
    shown = "".join(c.text for c in text).translate(_HALF_WIDTH)
    return "." in shown and bool(_AMOUNT.match(shown))


def _code_at(chars: list[Char], i: int, abut: float) -> bool:
    """A 科目编码 (3, 5 or 7 digits set tight) starts at chars[i]: the next column's code after a figure."""
    k = i
    while k < len(chars) and chars[k].text.isdigit() and (k == i or chars[k].x0 - chars[k - 1].x1 <= abut):
        k += 1
    return k - i in (3, 5, 7) and (k == len(chars) or chars[k].text not in _FIGURE_TEXT)


def _word_char(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" and ch not in "万亿元"


_FIGURE_TEXT = set("0123456789,.()（）%-０１２３４５６７８９．")
_HALF_WIDTH = str.maketrans("０１２３４５６７８９．", "0123456789.")  # amounts typed in full-width digits
_AMOUNT = re.compile(r"^[(（-]?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+)[)）]?%?$")


_PAGE_NUMBER = re.compile(r"^[-—–·－\s]*(?:第\s*)?\d{1,4}(?:\s*页)?(?:\s*[/／]\s*\d{1,4}|\s*共\s*\d{1,4}\s*页)?[-—–·－\s]*$")


def drop_margins(pages: list[Page], lines_by_page: list[list[Line]]) -> None:
    """Page numbers and running headers/footers (the same words at the top or bottom of many pages) removed."""
    def in_band(line: Line, page: Page) -> bool:
        band = page.height * MARGIN_BAND
        return line.bottom <= band or line.top >= page.height - band

    counts: Counter[str] = Counter()
    placed: Counter[tuple] = Counter()  # (text, left, top): the same words at the same place
    for page, lines in zip(pages, lines_by_page):
        seen = {_shape(line.text) for line in lines if in_band(line, page)}
        counts.update(seen)
        placed.update({_placed(line) for line in lines if in_band(line, page)})
    repeated = max(3, len(pages) // 3)
    for page, lines in zip(pages, lines_by_page):
        keep = []
        for line in lines:
            if in_band(line, page):
                text = line.text.strip()
                if _PAGE_NUMBER.match(text) or (not TABLE_HEAD.search(text) and not title_like(text) and (
                        (counts[_shape(text)] >= repeated and len(pages) >= 3)
                        or (placed[_placed(line)] >= 2 and _running_header(line, lines)))):
                    continue
            keep.append(line)
        lines[:] = keep


SMALLER = 0.9  # a running header's type is at most this share of the body text's under it


def _placed(line: Line) -> tuple:
    return _shape(line.text), round(line.x0), round(line.top)


def _running_header(line: Line, lines: list[Line]) -> bool:
    """A running header of a section only (a 说明's pages, not the whole document's: too few pages for `repeated`),
    printed at the same place on two pages or more: one piece, in a smaller type than the page's text lines (a
    table's title or a heading is larger, a page's first text line the same size). A table's '续表' or number line
    ('表3', '附表2-1') is none: a continued table's part needs it; nor is a table's year line ('2024年度')."""
    own = _type_size(line)
    if len(line.pieces) != 1 or own is None or "续" in line.text or TABLE_NO.match(norm(line.text)) \
            or _YEAR_LINE.match(line.text.strip()):
        return False
    body = [size for ln in lines if ln is not line and len(ln.chars) >= 8 and len(ln.pieces) == 1
            and (size := _type_size(ln)) is not None]
    return bool(body) and own <= SMALLER * median(body)


# a table's own lines printed at the same place on every page (each table on a page of its own, its 部门/单位 line
# high up) are not a running header: the tables need them
TABLE_HEAD = re.compile(r"(?:部门|单位)(?:名称)?\s*[:：]")


def _shape(text: str) -> str:
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", text))


_HEADINGS = (
    (1, re.compile(r"^第[一二三四五六七八九十]+部分")),
    (2, re.compile(r"^[一二三四五六七八九十]+[、.．]")),
    (3, re.compile(r"^[(（][一二三四五六七八九十]+[)）]")),
)
_NEW_ITEM = re.compile(r"^(?:第[一二三四五六七八九十百]+[部分章条]|[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十\d]+[)）]"
                       r"|\d+[、．](?!\d)|\d+\.(?!\d)|注[:：]|说明[:：])")


def heading_level(text: str) -> int | None:
    t = text.strip()
    if len(t) > 40:
        return None
    for level, pattern in _HEADINGS:
        if pattern.match(t):
            return level
    return None


@dataclass
class Margins:
    left: float
    right: float


def body_margins(lines: list[Line], width: float) -> Margins:
    """Where body text starts and ends on pages of this width: the commonest left edge, a high right edge."""
    single = [ln for ln in lines if len(ln.pieces) == 1 and len(ln.chars) >= 8]
    if not single:
        return Margins(width * 0.12, width * 0.88)
    lefts = Counter(round(ln.x0) for ln in single)
    left = float(min(x for x, n in lefts.items() if n == max(lefts.values())))
    rights = sorted(ln.x1 for ln in single)
    right = rights[int(len(rights) * 0.9) - 1]  # one line alone: index -1, that line
    return Margins(left, right)


def continues(prev: Line, line: Line, margins: Margins, same_page: bool, first: Line | None = None) -> bool:
    """Whether `line` carries on the paragraph whose last line is `prev` (the line was wrapped, not ended). `first`:
    the paragraph's first line; where it begins with an item mark ('1．', '（2）'), a line set under the item's text
    (a hanging indent, as Word sets a numbered list) is no indented new paragraph."""
    h = max(prev.height, line.height)
    if len(prev.pieces) > 1 or len(line.pieces) > 1:
        return False
    a, b = _type_size(prev), _type_size(line)
    if a is not None and b is not None and abs(a - b) > 0.25 * max(a, b):
        return False  # a heading in a larger type, or a footnote in a smaller one
    if prev.x1 < (prev.margins or margins).right - 1.5 * h - _kept_together(prev, line):
        return False  # the line above stopped short: its paragraph ended there
    if line.x0 > (line.margins or margins).left + 0.8 * h and not (
            _hung(first or prev, line) and (first is None or prev is first or abs(prev.x0 - line.x0) <= 0.3 * h)):
        return False  # indented: a new paragraph (an item's lines hang only while each line after its first hangs)
    if _NEW_ITEM.match(line.text.strip()) or line.heads_table:
        return False
    if same_page and line.top - prev.bottom > 1.2 * h:
        return False
    return True


def _hung(first: Line, line: Line) -> bool:
    """`line` starts where the text after `first`'s item mark starts (within a third of a character)."""
    mark = _NEW_ITEM.match(first.text)
    k = len(mark.group(0)) if mark else 0
    return 0 < k < len(first.chars) and first.text.startswith(join_chars(first.chars[:k])) and abs(
        first.chars[k].x0 - line.x0) <= 0.3 * line.height


def _type_size(line: Line) -> float | None:
    """The height of a line's Chinese characters: their boxes follow the type size, while the boxes of digits in
    some fonts are twice as tall ("15.16%；" alone on a line). None when the line has too few of them to say."""
    if line.type_size is False:
        sizes = [c.bottom - c.top for c in line.chars if "\u4e00" <= c.text <= "\u9fff"]
        line.type_size = median(sizes) if len(sizes) >= 2 else None
    return line.type_size


def median(values: list[float]) -> float:
    """statistics.median of a non-empty list, without its generality (asked once or twice per line)."""
    values = sorted(values)
    n = len(values)
    if n % 2:
        return values[n // 2]
    return (values[n // 2 - 1] + values[n // 2]) / 2


_ENDS = tuple("。！？!?；;：:")
# what a typesetter will not break: a number with its unit ("449.52万元，"), or a unit and the punctuation that
# may not start a line ("元，")
_UNBROKEN = re.compile(r"^(?:[\d.,，%]+(?:万元|亿元|元|%)?[，,。；;、）)”’」』]?|.{1,2}[，,。；;、）)”’」』])")


def _kept_together(prev: Line, line: Line) -> float:
    """How much shorter than the body width a line may stop when the next line begins with words that could not
    be broken (a line is wrapped early rather than split a number or start with a comma): their width."""
    if prev.text.rstrip().endswith(_ENDS) or len(line.pieces) != 1:
        return 0.0
    m = _UNBROKEN.match(line.text)
    if m is None or len(m.group(0)) > len(line.chars):
        return 0.0
    return line.chars[len(m.group(0)) - 1].x1 - line.x0


def join_lines(lines: list[Line]) -> str:
    """A paragraph's text: wrapped lines joined with nothing between (Chinese), or a space between two words."""
    out = lines[0].text
    for line in lines[1:]:
        t = line.text
        if out and t and out[-1].isascii() and out[-1].isalpha() and t[0].isascii() and t[0].isalpha():
            out += " "
        out += t
    return out


HEAD_LINES = 2  # a table's title may have this many lines (its 部门, 单位 or year line) between it and the table


def mark_table_heads(lines: list[Line], table_tops: list[float]) -> None:
    """Mark the lines that head a table: each is no running text (no "，。；", no "：" at its end), and it is followed
    on its page by a ruled table (its top in `table_tops`) or by a line of an unruled one or of a ruled one's header
    (a line with columns), with at most HEAD_LINES lines between, no running text either. A table's title printed in
    the body type, left-aligned, right under a paragraph (at the head of the next page, say) is thus not read as that
    paragraph's last line. `lines`: one page's, in reading order (no table lies beside a stretch in two columns)."""
    tops = sorted(table_tops)
    between = None  # lines between the one in hand and the table below it (None: no table, or running text between)
    for line in reversed(lines):
        while tops and tops[-1] >= line.top:  # a table starting below the line (or level with it, as pdf.py lays out)
            tops.pop()
            between = 0
        if SENTENCE.search(line.text) or line.text.rstrip().endswith(("：", ":")):
            between = None  # running text: a sentence, or the words leading into the table ("…单位包括：")
        elif line.columns is not None:
            line.heads_table = True  # a header line of a ruled table, a row of an unruled one, or the title above
            between = 0
        elif between is not None:
            line.heads_table = True
            between = between + 1 if between < HEAD_LINES else None


MIN_TABLE_LINES = 3  # lines of two or more pieces, one under another: a table printed without rules


class Carried:
    """The columns of the last table without rules, kept from one page to the next (the caller keeps one for the
    document): its part continued at the head of the next page is laid out in them. Such a part has columns of its
    own that need not match the first part's (a few rows only, one side of 01 ended, a column blank on that page)."""

    __slots__ = ("spans", "page", "last", "head")

    def __init__(self):
        self.spans: list[list[float]] | None = None  # the last table's columns, when it ran to its page's foot
        self.page = 0
        # the page's last table's columns and its header lines' texts, wherever it ended: a part on the next page
        # under the same header lines again continues it (a page broken by hand, short of the page's foot)
        self.last: list[list[float]] | None = None
        self.head: list[str] = []


def unruled_tables(lines: list[Line], carried: Carried | None = None, apart: set[int] = frozenset()) -> None:
    """Tables printed without ruling lines: a run of lines split into pieces at the same places. Their columns
    are the x-ranges the pieces cover (a right-aligned number and a centred label of one column overlap), and
    each line gets its pieces' columns, as header lines above a ruled table do. `lines`: one page's; `carried`:
    the columns of a table that ran to the foot of the page before; `apart`: the ids of lines never joined to
    another (a ruled contents table's entries, read as text)."""
    _join_interleaved(lines, apart)
    free = [ln.columns is None for ln in lines]
    # table lines are cut finer than text; a line that ends up in no table gets its text's pieces back
    kept = {id(ln): ln.pieces for ln, f in zip(lines, free) if f}
    for ln, f in zip(lines, free):
        if f and _FIGURE_CHAR.search(ln.text) and not SENTENCE.search(ln.text):  # (a line of prose is no row)
            ln.pieces = _pieces(ln, fine=True)
    _part_at_figure_edges(lines, free, kept)
    _empty_table_heads(lines, free)
    page = lines[0].page if lines else 0
    before = None
    if carried is not None and carried.page == page - 1:
        before = carried.spans or (carried.last if _repeats_head(lines, free, carried.head) else None)
    runs: list = []
    last = _find_runs(lines, free, before, runs)
    if carried is not None:
        carried.spans, carried.page = last, page
        carried.last, carried.head = runs[-1] if runs else (None, [])
    for ln, f in zip(lines, free):
        if f and ln.columns is None:
            ln.pieces = kept[id(ln)]
    if any(ln.columns == [] for ln in lines):
        lines[:] = [ln for ln in lines if ln.columns != []]  # a cell's wrapped line, joined to its row's


def _part_at_figure_edges(lines: list[Line], free: list[bool], kept: dict) -> None:
    """Whole numbers without separators in narrow right-aligned columns, set a point or two apart, read as one
    piece ('1288645010245300'): cut again where other lines' figures end (a column's edge; pdf_figures.at_edge)."""
    rows = [ln for ln, f in zip(lines, free) if f and ln.pieces is not kept[id(ln)]]  # (the lines cut finely)
    tight = [ln for ln in rows if close_digits(ln)]
    if tight:
        edges = figure_edges(rows)
        for ln in tight:
            ln.pieces = _pieces(ln, fine=True, edges=edges)


HEAD_REACH = 4  # lines: a table's header lines lie this close under its 部门/单位 line


def _empty_table_heads(lines: list[Line], free: list[bool]) -> None:
    """Under a table's 部门/单位 line, a header line of words only set closer than a text gap (no figures under
    them widen the columns: an empty table, header and 合计 alone) is parted into its words, as the header of a table
    with figures is: the run of lines then holds enough lines of pieces to be laid out as the table it is. Only a
    line of three words or more, each of two characters or more, none a sentence or a figure, with no figure in the
    lines under it before the table's end (its 注, the next title)."""
    for i, line in enumerate(lines):
        if not (free[i] and len(line.pieces) == 1) or _FIGURE_CHAR.search(line.text) or SENTENCE.search(line.text):
            continue
        if not any(TABLE_HEAD.search(ln.text) for ln in lines[max(0, i - HEAD_REACH):i]):
            continue
        end = next((k for k in range(i + 1, len(lines)) if _ends_table(lines[k])), len(lines))
        if any(_FIGURE_CHAR.search(ln.text) for ln in lines[i + 1:end]):
            continue  # (a table with figures: its columns come from them)
        pieces = line.pieces
        _part_words(line)
        if len(line.pieces) < 3 or any(len(p.text) < 2 for p in line.pieces):
            line.pieces = pieces


INTERLEAVED = 0.8  # character heights: free lines whose tops are closer than this are one row's lines
LEVEL = 0.3  # (but lines level with each other, set apart by a ruled table's edge, stay apart)


def _join_interleaved(lines: list[Line], apart: set[int] = frozenset()) -> None:
    """A row of an unruled table whose cells hold different numbers of lines, each centred in the row's height: a
    one-line cell's words lie half a line below a two-line cell's first line and half a line above its second
    ('一般公共预' / '项目  合计' / '算财政拨款'; a name wrapped over two lines, its figures between them), so that
    each of the three is read as a line of its own. Free lines whose tops are closer than INTERLEAVED character
    heights (not level: LEVEL), one after another, no word of one over a word of the next, are one line: words (runs
    of characters parted by less than half a character) that lie over one another are one cell's, their characters
    kept top line first; cells left to right. Never a line of `apart`."""
    out: list[Line] = []
    i = 0
    while i < len(lines):
        group = [lines[i]]
        while i + len(group) < len(lines) and _interleaves(group[-1], lines[i + len(group)]) \
                and id(group[-1]) not in apart and id(lines[i + len(group)]) not in apart:
            group.append(lines[i + len(group)])
        i += len(group)
        out.append(group[0] if len(group) == 1 else _one_line(group))
    if len(out) < len(lines):
        lines[:] = out


def _interleaves(a: Line, b: Line) -> bool:
    """b is the next line of a's row: closer than INTERLEAVED, not level, and no word of one over a word of the other
    (lines of running text set close overprint each other's columns; a row's lines half a line apart never do)."""
    if not (a.columns is None and b.columns is None and a.margins is None and b.margins is None and a.page == b.page
            and LEVEL * max(a.height, b.height) < b.top - a.top < INTERLEAVED * max(a.height, b.height)):
        return False
    upper = _loose_words(a)
    return not any(x0 < u1 and x1 > u0 for x0, x1, _ in _loose_words(b) for u0, u1, _ in upper)


def _loose_words(line: Line) -> list[tuple[float, float, list[Char]]]:
    """(x0, x1, characters) of a line's words: runs of characters parted by less than half a character."""
    words, start, chars = [], 0, line.chars
    for k in range(1, len(chars) + 1):
        if k == len(chars) or chars[k].x0 - chars[k - 1].x1 > 0.5 * line.height:
            words.append((chars[start].x0, max(c.x1 for c in chars[start:k]), chars[start:k]))
            start = k
    return words


def _one_line(group: list[Line]) -> Line:
    words = [w for line in group for w in _loose_words(line)]  # top line first
    cells: list[list] = []  # [x0, x1, words]: words over one another (sorted left to right, kept top first)
    for x0, x1, chars in sorted(words, key=lambda w: w[0]):
        if cells and x0 < cells[-1][1]:
            cells[-1][1] = max(cells[-1][1], x1)
            cells[-1][2].append(chars)
        else:
            cells.append([x0, x1, [chars]])
    tops = {id(ln): n for n, ln in enumerate(group)}
    of = {id(c): tops[id(ln)] for ln in group for c in ln.chars}
    joined: list[set[int]] = []  # (the characters of each cell joined by _spaced_cells: one piece, however spaced)
    cells = _spaced_cells(cells, of, group[0].height, joined)
    for _x0, _x1, ws in cells:  # (so too a cell of several lines, one of them of several words: '21205 城' over '乡社…')
        lines = [of[id(w[0])] for w in ws]
        if len(set(lines)) > 1 and len(set(lines)) < len(lines):
            joined.append({id(c) for w in ws for c in w})
    ordered = [c for _x0, _x1, ws in cells for w in sorted(ws, key=lambda w: of[id(w[0])]) for c in w]
    line = Line(group[0].page, ordered)
    line.x0 = min(c.x0 for c in ordered)
    if joined:
        line.cells = {c: k for k, cell in enumerate(joined) for c in cell}
    line.pieces = _pieces(line)
    return line


def _spaced_cells(cells: list[list], of: dict, height: float, joined: list[set[int]]) -> list[list]:
    """Cells of _one_line with a cell's first line parted by one space joined: '210 卫生健' over '康支出' (科目编码
    and 科目名称 in one column, the name wrapped) makes the cells '210' + '康支出' (the lower line under the code) and
    '卫生健'; the words of one cell's first line are one space apart where two cells' words are a cell's padding on
    both sides apart. Only a cell of several lines takes the next, a cell of its first line alone."""
    out: list[list] = []
    for cell in cells:
        prev = out[-1] if out else None
        lines = {of[id(w[0])] for w in cell[2]}
        if prev is not None and len(lines) == 1:
            first = min(of[id(w[0])] for w in prev[2])
            ends = [w[-1].x1 for w in prev[2] if of[id(w[0])] == first]
            if len({of[id(w[0])] for w in prev[2]}) > 1 and lines == {first} and ends \
                    and cell[0] - max(ends) <= 1.2 * height:
                prev[1] = max(prev[1], cell[1])
                prev[2].extend(cell[2])
                joined.append({id(c) for w in prev[2] for c in w})
                continue
        out.append(cell)
    return out


def _find_runs(lines: list[Line], free: list[bool], before: list[list[float]] | None,
               runs: list | None = None) -> list[list[float]] | None:
    """The runs of table lines laid out in columns; returns the columns of a table that runs to the page's foot.
    `before`: the columns of the table at the foot of the page before, for a run at the head of this page; `runs`:
    (columns, header lines' texts) of each table found is appended to it."""
    i, n = 0, len(lines)
    foot = None
    if before is not None:
        _head_in_columns(lines, free, before)
    while i < n:
        if not (free[i] and len(lines[i].pieces) >= 2):
            i += 1
            continue
        run, j = [lines[i]], i + 1
        # a part at the page's head (under at most three lines of its header) that may continue the table at the
        # foot of the page before
        # (under a lone '…（续）' title, which stays a line of its own, over the table, as a title over its first part)
        titled = before is not None and i > 0 and _continued_title_above(lines[:i])
        continued = before is not None and (i == 0 or _header_above(lines[:i], lines[i])
                                            or _long_side_above(lines[:i], lines[i], before) or titled)
        while j < n and free[j] and not _ends_table(lines[j]):
            if len(lines[j].pieces) >= 2:
                if not _joins(run, lines[j]):
                    break
                run.append(lines[j])
                j += 1
                continue
            # one-piece lines (a header word wrapped, 合计) belong to the table when a row of it follows
            # (more than three in a row when each lies under one column of the table and the row that follows has
            # a word in that column too: a long side of 01/04 whose other side has ended, its figures blank; in a
            # part continued from the page before, under its repeated header, each within one of that part's
            # columns: a label set at its cell's left edge, wrapped, lies beside the header word centred over it)
            last = next(ln for ln in reversed(run) if len(ln.pieces) >= 2)
            k = j
            while k < n and free[k] and len(lines[k].pieces) < 2 and not _ends_table(lines[k]) \
                    and (k < j + 3 or _aligned(lines[k], last) == 1
                         or (continued and _in_one_column(lines[k], before))):
                k += 1
            if k < n and free[k] and len(lines[k].pieces) >= 2 and _joins(run + lines[j:k], lines[k]) \
                    and (k <= j + 3 or any(_aligned(ln, lines[k]) >= 1 for ln in lines[j:k])) \
                    and all(_joins([a], b) or _blank_row(run, a, b) for a, b in zip(lines[j - 1:k], lines[j:k + 1])):
                run.extend(lines[j:k])
                j = k
                continue
            if k == n and _trailing(run, lines[j:], before[0][0] if continued else None):
                run.extend(lines[j:])  # the page ends inside the table: its last rows have words in one column
                j = n
                break
            tail = _wrapped_tail(run, lines[j:k])
            run.extend(lines[j:j + tail])  # the last row's words wrapped under it (its figures on its first line)
            j += tail
            break
        head = before if continued else None
        before = None  # (the first run only)
        if head is not None:
            if not titled:
                run[:0] = lines[:i]
        else:
            above = _group_heads(lines[:i], free[:i], run)
            run[:0] = above
        spans = _columns_of_run(run, head)
        if spans is not None and spans.added:
            # (columns added for one page's words alone, _own_columns_for_clashes, are not carried to the next page's
            # part: it is laid out by the figures' columns)
            spans = [sp for sp in spans if not any(sp is a for a in spans.added)]
        foot = spans if j == n else None
        if spans is not None and runs is not None:
            runs.append((spans, _head_texts(run)))
        i = j
    return foot


def _head_texts(run: list[Line]) -> list[str]:
    """The texts of a table's header lines: its lines of words above its first line with a figure (its 部门/单位
    line and title aside)."""
    out = []
    for line in run:
        if any(FIGURE.match(p.text) for p in line.pieces):
            break
        if not (TABLE_HEAD.search(line.text) or title_like(line.text)):
            out.append(norm(line.text))
    return out


def _repeats_head(lines: list[Line], free: list[bool], head: list[str]) -> bool:
    """The page's first lines are the header lines `head` again (of four characters or more in all), printed over the
    next part of that table."""
    top = [norm(ln.text) for ln, f in zip(lines[:len(head)], free) if f]
    return bool(head) and sum(len(t) for t in head) >= 4 and top == head


def _head_in_columns(lines: list[Line], free: list[bool], before: list[list[float]]) -> None:
    """The header lines printed again at the head of a page, over the next part of the table at the foot of the page
    before: each parted at that table's gutters and its letter-spaced words joined (pdf_text._part_at_gutters,
    _join_spaced), as the part's own columns would do, so that the part's first rows are told under them ('项　　目'
    and '决　算　数' of 01 with 1.5 pt pads, '目决' one piece across a gutter, lay over every label). Lines of words
    only, before the page's first figure."""
    for line, f in zip(lines, free):
        if not f or any(FIGURE.match(p.text) for p in line.pieces) or SENTENCE.search(line.text):
            break
        if len(line.pieces) >= 2:
            _part_at_gutters(line, before)
            _join_spaced(line, before)


_NOTE = re.compile(r"^\s*(?:注|备注|说明)\s*[:：]")


def _ends_table(line: Line) -> bool:
    """A table's note ('注：…') or the next table's title (two tables on a page, parted only by the title line):
    no row of the table above."""
    return bool(_NOTE.match(line.text)) or title_like(line.pieces[0].text)


_YEAR_LINE = re.compile(r"^[（(]?\d{4}\s*年度?[）)]?$")


def _group_heads(above: list[Line], free: list[bool], run: list[Line]) -> list[Line]:
    """The one-piece lines right above a run that begins with a header line: a group header's words over some of
    its columns (its cell taller than one line of the row below, its words set at its foot: '公务用车购置及' /
    '运行维护费' over 小计 | 购置费 | 运行维护费), each within the run's width, no title, 部门/单位 or year line, no
    sentence, one right under another, the lowest a row's gap above the header line (not the upper lines of its own
    cells, wrapped closer; a line closer than that over none of its words is a group header beside its tall cells:
    '公务用车购置及运行费' half a row over 合计 | 因公出国（境）费 | 公务接待费, centred over two rows)."""
    first = run[0]
    if not _words_only(first) or len(first.pieces) < 2:
        return []
    left, right = min(ln.x0 for ln in run), max(ln.x1 for ln in run)
    out: list[Line] = []
    below = first
    for line, f in zip(reversed(above), reversed(free)):
        if not out and first.top - line.bottom < WRAPPED * line.height and _aligned(line, first):
            break  # closer: the upper lines of the header line's own cells ('功能分' / '类科目' over '编码')
        if not f or len(line.pieces) != 1 or len(out) >= 4 or below.top - line.bottom > 1.5 * line.height \
                or SENTENCE.search(line.text) or title_like(line.text) or TABLE_HEAD.search(line.text) \
                or _NOTE.match(line.text) or _YEAR_LINE.match(line.text.strip()) \
                or line.x0 < left - line.height or line.x1 > right + line.height:
            break
        out.insert(0, line)
        below = line
    return out


def _wrapped_tail(run: list[Line], rest: list[Line]) -> int:
    """How many of the one-piece lines after a run are its last row's words wrapped in their cells (the row's figures
    on its first line, a note or the page's end next): each right under the one before, closer than WRAPPED of the
    run's usual gap between lines, and under a word of that row."""
    if len(run) < 3 or len(run[-1].pieces) < 2:
        return 0
    usual = _row_gap(run)
    words = [p for p in run[-1].pieces if not FIGURE.match(p.text) and not p.text.isdigit()]
    prev, count = run[-1], 0
    for line in rest:
        if not (line.top - prev.bottom < WRAPPED * usual
                and any(line.x0 < p.bbox[2] and line.x1 > p.bbox[0] for p in words)):
            break
        prev, count = line, count + 1
    return count


def _in_one_column(line: Line, spans: list[list[float]]) -> bool:
    """A line within one of a table's columns and over no other."""
    over = [(a, b) for a, b in spans if line.x0 < b and line.x1 > a]
    return len(over) == 1 and over[0][0] - line.height <= line.x0 and line.x1 <= over[0][1] + line.height


def _header_above(lines: list[Line], first: Line) -> bool:
    """At most three one-piece lines, no running text, one right above another, the last right above `first`."""
    if len(lines) > 3 or not all(_free_line(ln) for ln in lines):
        return False  # (a title, or a 部门/单位 line: another table)
    return all(b.top - a.bottom <= 3 * max(a.height, b.height) for a, b in zip(lines, lines[1:] + [first]))


def _continued_title_above(lines: list[Line]) -> bool:
    """One line over the page's first row, the table's title marked continued ('…（续）', '续表'): its header not
    printed again, the part below is laid in the columns of the part before (a part of one or two rows cannot lay
    out its own: '2210201住房公积金' read as one piece)."""
    if len(lines) != 1:
        return False
    text = norm(lines[0].text)
    return text in ("续表", "续") or lead(text) != text


def _long_side_above(lines: list[Line], first: Line, spans: list[list[float]]) -> bool:
    """One-piece lines at a page's head, each a word in one of the columns of the table at the foot of the page
    before, one right under another down to `first`, a row whose pieces each lie in one of those columns: the long
    side of a two-sided 01/04 table going on with its figures blank while its other side has ended, or a label
    wrapped over more lines than a header would take (its header not printed again)."""
    if not lines or any(not _free_line(ln) or not _starts_in_column(ln, spans) for ln in lines) \
            or not all(sum(1 for a, b in spans if p.bbox[0] < b and p.bbox[2] > a) == 1 for p in first.pieces):
        return False
    return all(b.top - a.bottom <= 3 * max(a.height, b.height) for a, b in zip(lines, lines[1:] + [first]))


def _starts_in_column(line: Line, spans: list[list[float]]) -> bool:
    """A line starting in a column of `spans`, ending before the next column (a label longer than any of the part
    above still ends there)."""
    for k, (a, b) in enumerate(spans):
        if a - line.height <= line.x0 < b:
            return k + 1 == len(spans) or line.x1 < spans[k + 1][0]
    return False


def _free_line(line: Line) -> bool:
    """A line of one piece in no table yet, no sentence, title or 部门/单位 line."""
    return len(line.pieces) == 1 and line.columns is None and not SENTENCE.search(line.text) \
        and not title_like(line.text) and not TABLE_HEAD.search(line.text)


def _trailing(run: list[Line], rest: list[Line], edge: float | None = None) -> bool:
    """One-piece lines at the foot of a page, right under a table, each a word in one of its columns but the first
    (a long side of 01/04 whose other side has ended), or a label within its first column, no heading: the table's
    last rows on the page. Prose starts at the table's left edge and runs on past its first column (`edge`: where
    the table's columns from the page before start, for a part continued)."""
    last = next(ln for ln in reversed(run) if len(ln.pieces) >= 2)
    left = min([ln.x0 for ln in run] + ([edge] if edge is not None else []))
    prev = run[-1]
    for line in rest:
        h = max(line.height, prev.height)
        if (line.top - prev.bottom > 3 * h and not _blank_row(run, prev, line)) or _aligned(line, last) != 1 \
                or (line.x0 < left + 2 * h and not _first_column_label(line, last)) \
                or SENTENCE.search(line.text):
            return False
        prev = line
    return True


def _first_column_label(line: Line, last: Line) -> bool:
    """A label in the table's first column, ending before its second ('　政府性基金预算财政拨款' under 01's or 04's
    年初结转和结余, the other side ended), no heading ('二、收入决算情况' after a table is the text's)."""
    return len(last.pieces) >= 2 and line.x1 < last.pieces[1].bbox[0] and heading_level(line.text) is None


def _joins(run: list[Line], line: Line) -> bool:
    prev = run[-1]  # (one page's lines: unruled_tables is called page by page)
    h = max(line.height, prev.height)
    gap = line.top - prev.bottom
    if gap <= 3 * h:
        return True
    if len(line.pieces) < 2 or gap > 8 * h:
        return False
    last = next((ln for ln in reversed(run) if len(ln.pieces) >= 2), None)
    return last is not None and _aligned(last, line) >= 2  # further down, in the same columns (tall rows)


def _blank_row(run: list[Line], a: Line, b: Line) -> bool:
    """b follows a after one empty row of the table (a sheet with a blank row every few rows, printed without
    gridlines): their tops two of the run's usual line pitches apart, b under a word of the run's last row of two
    pieces or more, and no sentence."""
    if sum(1 for ln in run if len(ln.pieces) >= 2) < MIN_TABLE_LINES:
        return False
    pitches = sorted(y.top - x.top for x, y in zip(run, run[1:]))
    pitch = pitches[len(pitches) // 2]
    last = next(ln for ln in reversed(run) if len(ln.pieces) >= 2)
    return abs(b.top - a.top - 2 * pitch) <= 0.25 * pitch and _aligned(last, b) >= 1 and not SENTENCE.search(b.text)


def _aligned(a: Line, b: Line) -> int:
    """How many pieces of b lie under a piece of a."""
    return sum(1 for q in b.pieces if any(q.bbox[0] < p.bbox[2] and q.bbox[2] > p.bbox[0] for p in a.pieces))


def _columns_of_run(run: list[Line], before: list[list[float]] | None = None) -> list[list[float]] | None:
    """Lays out a run in columns; returns them (None: the run is no table). `before`: the columns of the table at
    the foot of the page before: a run whose own columns each fall in one of them is that table's next part, laid
    out in them (however few its rows)."""
    # a run ends with a line of two or more pieces: one-piece lines join it only when such a line follows them
    if before is not None and _prose(run):
        before = None  # (running text is never a table's next part)
    if sum(1 for ln in run if len(ln.pieces) >= 2) < (1 if before else MIN_TABLE_LINES):
        return None
    # columns from the table's body: lines with at least the usual number of pieces (not the 部门/单位 line
    # above it, whose pieces may straddle two columns)
    for line in run:  # (a header line of one piece too: its words may be set no wider apart than a gutter)
        if not TABLE_HEAD.search(line.text):
            _part_words(line)
    counts = sorted(len(ln.pieces) for ln in run if len(ln.pieces) >= 2)
    usual = counts[len(counts) // 2]
    spans: list[list[float]] = []
    body = [ln for ln in run if len(ln.pieces) >= usual and not TABLE_HEAD.search(ln.text)] or run
    # rows of figures first: a header word wider than its column (two header words nearly touching, read as one
    # piece) must not join two columns of figures into one; the other lines' pieces then widen a column or add
    # one (a column of words, an empty column) but never bridge two
    figures = [ln for ln in body if any(FIGURE.match(p.text) for p in ln.pieces) and not _column_numbers(ln)]
    # and of those, the rows with the most pieces first: a row with fewer has a cell merged over two columns, its
    # word centred over both (合计 over the code and name columns), which must not join them either. Such a row's
    # pieces, a total's label (合计, 总计, 小计: printed in a merged cell) and lone characters (a word letter-spaced
    # over a merged cell, '合 … 计') then widen a column or add one, the widest first, never bridging two
    rows = figures or body
    most = max(len(ln.pieces) for ln in rows)
    first = [(p.bbox[0], p.bbox[2], id(ln)) for ln in rows if len(ln.pieces) == most for p in ln.pieces
             if not _merged(p)]
    held: set[int] = set()  # the lines with a piece in the last column
    for x0, x1, line_id in sorted(first):
        # (a piece just after the column, within 2 pt, widens it, but not when its own line already has a piece
        # there: a long 三级 name filling its cell up to the next column's figure, '国土空间总体规划编制' ending 1 pt
        # before a row's '3200.00', joined the name and 年初预算数 columns into one, one text over the other)
        if spans and (x0 < spans[-1][1] or x0 <= spans[-1][1] + 2 and line_id not in held):
            spans[-1][1] = max(spans[-1][1], x1)
            held.add(line_id)
        else:
            spans.append([x0, x1])
            held = {line_id}
    rest = [(p.bbox[0], p.bbox[2], _lone(p)) for ln in rows for p in ln.pieces if len(ln.pieces) < most or _merged(p)]
    if figures:  # a 科目编码 merged down over an even number of rows, printed without rules, stands on a line of its
        # own between two of them (recognize/centred_codes.py): where every code of a page's part does (a block cut
        # by the page break), those lines alone show the code column
        inner = run[run.index(figures[0]):run.index(figures[-1]) + 1]
        rest += [(p.bbox[0], p.bbox[2], False) for ln in inner if ln not in body and ln.pieces
                 and all(_SUBJECT_CODE.fullmatch(q.text) for q in ln.pieces) for p in ln.pieces]
    for x0, x1, lone in sorted(rest, key=lambda b: b[0] - b[1]):
        over = [sp for sp in spans if x0 <= sp[1] + 2 and x1 >= sp[0] - 2]
        if len(over) == 1:
            over[0][0], over[0][1] = min(over[0][0], x0), max(over[0][1], x1)
        elif not over and not (lone and any(x0 <= sp[1] + x1 - x0 and x1 >= sp[0] - (x1 - x0) for sp in spans)):
            # (a lone character within its own width of a column is the end of a word letter-spaced over its cell,
            # '合　　计' over a column of names that stop short of the cell's edge: no column of its own)
            spans.append([x0, x1])
            spans.sort()
    if figures:
        short = _marks_beside_short_rows(run, body, figures, spans)
        joined = {id(ln) for ln in figures + short}
        _join_mark_columns([ln for ln in run if id(ln) in joined], spans)
    if len(figures) >= MIN_TABLE_LINES:
        _drop_lone_words(figures, spans)
    _split_shared(figures, spans)
    if figures:
        # (a page whose only row is a total, '合计' over the code and name columns, has no code column to find: the
        # 科目编码 heading heads an empty column only on a page of rows with names, their codes printed elsewhere)
        _empty_columns(run[:run.index(figures[0])], spans,
                       codes=not all(ln.pieces and _TOTAL_LABEL.match(ln.pieces[0].text) for ln in figures))
        # a header lower down, of more words than any row has pieces (a 绩效自评表's indicator header under its funds
        # part): its word beyond the figures' columns heads an empty one too ('偏差原因', no target missed)
        for line in run[run.index(figures[0]):]:
            if len(line.pieces) > most and _words_only(line):
                _empty_columns([line], spans)
            elif _words_only(line) and indicator_head(line):
                # (a page holding only the indicator table's first rows: its 一级 labels merged down, each on a line
                # of its own, set no column; the header's words beside the figures head theirs, pdf_form_heads)
                spans += heads_beside(line, spans, CLEAR)
                spans.sort()
    inherited = None
    if before is not None and not TABLE_HEAD.search(run[0].text):
        inherited = _inherit(before, spans, run)
        if inherited is None and sum(1 for ln in run if len(ln.pieces) >= 2) < MIN_TABLE_LINES:
            return None
        spans = inherited or spans
    if len(spans) < 2:
        return None
    spans = _Columns(spans)
    spans.added = _own_columns_for_clashes(run, spans)
    # (a header line under the first figures: a 绩效自评表's indicator header, its words in gutters, pdf_form_heads)
    lower = {id(ln) for ln in (run[run.index(figures[0]):] if figures else [])
             if _words_only(ln) and indicator_head(ln)}
    for n, line in enumerate(run):
        _part_at_gutters(line, spans)
        _join_spaced(line, spans)
        cols = []
        for piece in line.pieces:
            centre = (piece.bbox[0] + piece.bbox[2]) / 2
            inside = (_aligned_in(piece, spans) if inherited and FIGURE.match(piece.text) else
                      _reaching(piece.bbox[0], piece.bbox[2], spans))
            if id(line) in lower and (k := gutter_column(piece, run[n + 1:], spans)) is not None:
                inside = [k]
            if not inside:
                inside = [min(range(len(spans)), key=lambda j: abs((spans[j][0] + spans[j][1]) / 2 - centre))]
            cols.append((inside[0], inside[-1]))
        if len(line.pieces) == len(spans) and _column_numbers(line):
            cols = [(j, j) for j in range(len(spans))]  # a number for each column, one after another
        _figures_apart(line, cols, spans)
        line.columns = cols
    _join_wrapped(run)
    if figures:  # (the header: the lines of words above the first row of figures)
        heads = [ln for ln in run[:run.index(figures[0])] if ln.columns and not TABLE_HEAD.search(ln.text)]
        spread_group_heads(heads[:next((k for k, ln in enumerate(heads) if not _words_only(ln)), len(heads))], spans)
    line_indents(run, spans)
    return spans


class _Columns(list):
    """A run's columns, and which of them _own_columns_for_clashes added."""

    added: tuple | list = ()


def _own_columns_for_clashes(run: list[Line], spans: list[list[float]]) -> list[list[float]]:
    """A piece of a line in no column, whose nearest column holds another piece of that line (or is nearest to two of
    them), is laid in a column of its own, added where it stands: otherwise one of the two texts is laid over the
    other and lost. (A page of a 绩效自评表 broken after its first money line has one row of figures to take columns
    from: '项目名称' and its value, '全省水文站网运行维护', both went to the value's column, the label lost and the
    form read without a name.)"""
    extra: list[list[float]] = []
    for line in run:
        near: dict[int, list[Piece]] = {}
        inside: set[int] = set()
        for p in line.pieces:
            over = _reaching(p.bbox[0], p.bbox[2], spans, strict=True)
            if over:
                inside.update(over)
                continue
            if len(norm(p.text)) < 2 and _spaced_letter(line, p):
                continue  # (a lone character: a letter-spaced word's, '收　入' over two columns, joined later)
            centre = (p.bbox[0] + p.bbox[2]) / 2
            j = min(range(len(spans)), key=lambda j: abs((spans[j][0] + spans[j][1]) / 2 - centre))
            near.setdefault(j, []).append(p)
        for j, pieces in near.items():
            if j in inside or len(pieces) > 1:
                extra += [[p.bbox[0], p.bbox[2]] for p in pieces]
    added: list[list[float]] = []
    for x0, x1 in sorted(extra):
        over = [spans[j] for j in _reaching(x0, x1, spans, strict=True)]
        if not over:
            spans.append([x0, x1])
            added.append(spans[-1])
        elif len(over) == 1 and any(over[0] is sp for sp in added):
            over[0][0], over[0][1] = min(over[0][0], x0), max(over[0][1], x1)  # (the next such piece over it)
    spans.sort()
    return added


def _spaced_letter(line: Line, piece: Piece) -> bool:
    """A lone character that may be one of a letter-spaced word's ('收　入', spread over its cell however wide): any
    but a Chinese character alone on its line, which is a word of its own (a grade '良' beside its label '自评等级')."""
    return not (piece.text.strip() and all(_lone_chinese(c) for c in _chars_of(line, piece))
                and not any(q is not piece and len(norm(q.text)) < 2 for q in line.pieces))


REACH = 1.0  # pt: a piece reaching less than this into a column beside the one it stands in is not in it


def _reaching(x0: float, x1: float, spans: list[list[float]], strict: bool = False) -> list[int]:
    """The columns a piece lies over, leaving out one it reaches into by less than REACH while it lies further into
    another (`strict`: leaving it out always). The word of a line's last column set a hair inside the column before
    ('自评等级 | 良' after a 偏差原因 column ending 0.2 pt into the '良': s29 batch BM broken, its 等级 lost under
    its label, one cell) is laid in a column of its own, not over its label's."""
    over = [j for j, (a, b) in enumerate(spans) if x0 < b and x1 > a]
    deep = [j for j in over if min(x1, spans[j][1]) - max(x0, spans[j][0]) >= REACH]
    return deep if strict or deep else over


def _prose(run: list[Line]) -> bool:
    """A run holding running text: a line with a sentence in it and no figure, all in one piece, or in a run with no
    figure at all. (A row with figures is a row, though a cell of it holds a sentence: a 绩效自评表's 偏差原因
    '原创节目创作周期较长，下年度提前启动' beside its 分值; so is a row of sentences side by side in a run of rows with figures:
    its 年度总体目标 | 实际完成情况, under the money lines continued from the page before.)"""
    prose = [ln for ln in run if SENTENCE.search(ln.text) and not any(FIGURE.match(p.text) for p in ln.pieces)]
    return bool(prose) and (any(len(ln.pieces) < 2 for ln in prose) or not any(
        FIGURE.match(p.text) for ln in run for p in ln.pieces))


def _split_shared(figures: list[Line], spans: list[list[float]]) -> None:
    """Two figures of one row lying apart in one column: a long text of another part of the table, printed at its
    cell's left, bridged two columns (a 绩效自评表's 偏差原因 over the money lines' 执行率 | 得分 when the figures stand
    at their cells' left too, '98.40% | 9.48'). The column is split in the gap between them (session 25: the second
    figure was laid over the first, the 执行率 lost and a wrong one not found)."""
    for line in figures:
        numbers = [p for p in line.pieces if FIGURE.match(p.text)]
        for p, q in zip(numbers, numbers[1:]):
            if q.bbox[0] - p.bbox[2] <= line.height / 2:
                continue
            both = [k for k, (a, b) in enumerate(spans)
                    if p.bbox[0] < b and p.bbox[2] > a and q.bbox[0] < b and q.bbox[2] > a]
            if len(both) == 1:
                a, b = spans[both[0]]
                spans[both[0]:both[0] + 1] = [[a, p.bbox[2]], [q.bbox[0], b]]


def _figures_apart(line: Line, cols: list[tuple[int, int]], spans: list[list[float]]) -> None:
    """A figure whose columns begin in the column where the piece before it ends (a wide word of another part of the
    table widened that column over the next one's left: a 绩效自评表's 三级指标 over 年初预算数 | 全年预算数) is put in
    the column its right end lies in, when that is a later one: two figures of one line never share a column (the
    second was laid over the first, '200.00 | 200.00' read as one). Nor do two words: a word that begins in the
    column where the word before it ends and reaches into a later one begins in the next (a header word printed at
    its cell's left, in the gutter before the next column's figures: '分值 | 执行率 | 得分' laid '执行率' under '得分'); and
    a word reaching into the column where the next piece begins ends before it ('自评等级 | 优': the label laid over
    its value's column, the value read as no part of it)."""
    for k in range(1, len(cols)):
        if cols[k][0] <= cols[k - 1][1] and FIGURE.match(line.pieces[k].text):
            x1 = line.pieces[k].bbox[2]
            j = next((j for j, (a, b) in enumerate(spans) if a <= x1 <= b + 1), None)
            if j is not None and j > cols[k - 1][1] and j >= cols[k][0]:
                cols[k] = (j, j)
        elif cols[k] == cols[k - 1] and cols[k][0] == cols[k][1] and FIGURE.match(line.pieces[k - 1].text) \
                and cols[k][1] + 1 < len(spans) and (k + 1 == len(cols) or cols[k + 1][0] > cols[k][1] + 1) \
                and line.pieces[k].bbox[0] - line.pieces[k - 1].bbox[2] > line.height / 2:
            # (a word apart after a figure in the figure's column, the next column empty in this line: the word's
            # own, '总得分 | 100 | 98.7 | 自评等级 | 优' laid in a page's own columns — the word overwrote the 总分,
            # a false PRF201 '总分应为数字', session 24's NM broken under its money header)
            cols[k] = (cols[k][1] + 1, cols[k][1] + 1)
        elif cols[k][0] <= cols[k - 1][1] < cols[k][1]:
            cols[k] = (cols[k - 1][1] + 1, cols[k][1])
        elif cols[k - 1][0] < cols[k][0] <= cols[k - 1][1]:
            cols[k - 1] = (cols[k - 1][0], cols[k][0] - 1)


WRAPPED = 0.6  # a line closer than this share of the run's usual gap between lines is a cell's wrapped line
def _join_wrapped(run: list[Line]) -> None:
    """Words wrapped in their cell ('机关事业单位基本养' / '老保险缴费支出'): lines of a cell are set closer together
    than the rows of the table. A line of words only, each under a word of the line above in the same column, closer
    to it than WRAPPED of the usual gap, is that row's second line (figures on the first): its words are appended.
    A line of words only over such a line with figures (figures on the last line) is prepended to it. The lines
    joined away are marked (columns set to []) for unruled_tables to drop."""
    if len(run) < 3:
        return
    usual = _row_gap(run)
    prev = run[0]
    for line in run[1:]:
        if _code_heads(line) or _code_heads(prev):
            prev = line  # (类 | 款 | 项 under a header cell merged over two rows: a header row, no wrapped cell's line)
            continue
        if usual > 0 and line.top - prev.bottom < WRAPPED * usual:
            if _words_only(line, codes=True) and _continues_cells(line, prev) and not _heads_words_below(prev, line):
                _merge_into(prev, line, after=True)
                line.columns = []
                continue
            if (_words_only(prev, codes=True) or _code_over_words(prev, line)) and not _words_only(line) \
                    and _continues_cells(prev, line):
                _merge_into(line, prev, after=False)
                prev.columns = []
        prev = line


def _lone_code(line: Line) -> bool:
    """A line of one 科目编码 alone."""
    return len(line.pieces) == 1 and bool(_SUBJECT_CODE.fullmatch(line.pieces[0].text.strip()))


def _code_over_words(code: Line, line: Line) -> bool:
    """A line of one 科目编码 alone set at the left edge of the words under it ('2080505' over '机关事业单位基本养…':
    科目编码 and 科目名称 in one column, wrapped at the space between them). (A code merged over rows and printed
    centred in a column of its own is over no words of its column: _continues_cells.)"""
    if len(code.pieces) != 1 or not _SUBJECT_CODE.fullmatch(code.pieces[0].text.strip()):
        return False
    col, left = code.columns[0], code.pieces[0].bbox[0]
    # (within a character: the space the line was wrapped at may be printed at the start of the next line)
    return any(c == col and abs(q.bbox[0] - left) <= code.height * 1.2 for q, c in zip(line.pieces, line.columns))


def _code_heads(line: Line) -> bool:
    """A line of nothing but the 科目编码's level words, '类 款 项' (a page whose code columns are empty has nothing
    under them to set it apart by: its rows' codes are all printed on the next page)."""
    text = "".join(line.text.split())
    return len(text) >= 2 and set(text) <= set("类款项")


def _heads_words_below(upper: Line, lower: Line) -> bool:
    """A word of `upper` centred (within a character height) over three or more words of `lower` and reaching past
    neither end of them: a group header over its sub-headers ('功能分类科目编码' over 类 | 款 | 项 set wide apart, its
    ends over none of them), not a cell's first line whose second line is under it."""
    for p in upper.pieces:
        under = [q for q in lower.pieces if q.bbox[2] > p.bbox[0] - 2 * upper.height
                 and q.bbox[0] < p.bbox[2] + 2 * upper.height]
        if len(under) >= 3 and under[0].bbox[0] < p.bbox[0] and p.bbox[2] < under[-1].bbox[2] and abs(
                (p.bbox[0] + p.bbox[2]) / 2 - (under[0].bbox[0] + under[-1].bbox[2]) / 2) <= upper.height:
            return True
    return False


def _row_gap(run: list[Line]) -> float:
    """The run's usual gap between two rows: at each line with figures (a row's first line, or its last when its
    words are set at the cell's foot) the wider of the gaps above and below it, the median of those; the median gap
    between lines where no line has figures. (Not the median of all gaps: where most names wrap, most gaps are a
    cell's own, between its lines.)"""
    gaps = [b.top - a.bottom for a, b in zip(run, run[1:])]
    rows = sorted(max(gaps[k - 1] if k else -INF, gaps[k] if k < len(gaps) else -INF)
                  for k, line in enumerate(run) if not _words_only(line))
    if not rows:
        rows = sorted(gaps)
    return rows[len(rows) // 2]


def _words_only(line: Line, codes: bool = False) -> bool:
    """No figure on the line. codes: a code beside the words is allowed ('201 | 政府办公厅（室' over '）及相关机构事务 |
    498.76': a 类 code merged down over its rows, printed centred in them, level with a wrapped name's first line) —
    _continues_cells then takes it only into a column where the row's other line has nothing."""
    if codes:
        return any(not FIGURE.match(p.text) and not p.text.isdigit() for p in line.pieces) and \
            not any(FIGURE.match(p.text) and not _CODE.fullmatch(p.text) for p in line.pieces)
    return not any(FIGURE.match(p.text) or p.text.isdigit() for p in line.pieces)


_CODE = re.compile(r"\d{2,7}")
_SUBJECT_CODE = re.compile(r"\d{3}(?:\d{2}){0,2}")


def _continues_cells(source: Line, target: Line) -> bool:
    """Each of source's pieces lies in a column where target has a word (not a figure, not a code) or nothing (a
    one-line cell of the row printed level with the other line), and one at least where target has a word."""
    words = {c for q, c in zip(target.pieces, target.columns) if not FIGURE.match(q.text) and not q.text.isdigit()}
    taken = {c for q, c in zip(target.pieces, target.columns)} - words
    # (a header cell's lines lie over one another, whichever way the cell aligns its text: under a line of header
    # words, a word beside the column's word, under none of it, is no line of its cell — '财政拨款' under the gap right
    # of '全年预算数', a money column's part on a header's second row, laid in one column with it on a page of header
    # lines alone: session 27, GX. Not under a row with figures: a label merged down the rows, centred between two
    # of them, is read into the row's first cell, '项目资金（万元）' beside '年度资金总额', forms.py reads it there)
    spans = {c: q.bbox for q, c in zip(target.pieces, target.columns)}
    if _words_only(target) and any(c in words and not (p.bbox[0] < spans[c][2] and p.bbox[2] > spans[c][0])
                                   for p, c in zip(source.pieces, source.columns)):
        return False
    return any(c in words for c in source.columns) and not any(
        c in taken or any(c[0] <= t[1] and t[0] <= c[1] and t != c for t in target.columns) for c in source.columns)


def _merge_into(target: Line, source: Line, after: bool) -> None:
    """source's words joined to target's words of the same column (after or before them)."""
    cells = dict(zip(target.columns, target.pieces))
    for piece, col in zip(source.pieces, source.columns):
        p = cells.get(col)
        if p is None:
            cells[col] = piece  # a cell of one line, printed level with the other line of the row
            continue
        text = p.text + piece.text if after else piece.text + p.text
        cells[col] = Piece(text, (min(p.bbox[0], piece.bbox[0]), min(p.bbox[1], piece.bbox[1]),
                                  max(p.bbox[2], piece.bbox[2]), max(p.bbox[3], piece.bbox[3])))
    target.columns = sorted(cells)
    target.pieces = [cells[c] for c in target.columns]
    target.chars = sorted(target.chars + source.chars, key=lambda c: c.x0)
    target.top, target.bottom = min(target.top, source.top), max(target.bottom, source.bottom)
    target.x0, target.x1 = min(target.x0, source.x0), max(target.x1, source.x1)


def _inherit(before: list[list[float]], spans: list[list[float]], run: list[Line]) -> list[list[float]] | None:
    """The columns of the part before, each widened by this part's that lie in it alone, when each figure of this
    part lies in one of them, no row has two figures in one, and nothing lies beyond them; None otherwise (another
    table). A label over two of them (合计 centred over the code and name columns) is as printed: merged."""
    lo, hi = before[0][0], before[-1][1]
    # (the part's last row with figures may hold one in a gutter of the part before, laid in the nearest column: a
    # 绩效自评表's 总分, printed in a cell merged wider than the indicators' 得分 — the page before has no figure there,
    # session 27: its last page, broken twice, was laid in columns of its own, 三级 read as 二级, PRF104/PRF201)
    foot = next((ln for ln in reversed(run) if any(FIGURE.match(p.text) for p in ln.pieces)), None)
    for line in run:
        if TABLE_HEAD.search(line.text):
            continue
        hits = []
        for p in line.pieces:
            if p.bbox[2] < lo - line.height or p.bbox[0] > hi + line.height:
                return None
            if FIGURE.match(p.text):
                over = _aligned_in(p, before)
                if len(over) > 1 or not over and line is not foot:
                    return None
                hits += over
        if len(set(hits)) < len(hits):
            return None
        if _gap_words_clash(line, before):
            return None
    out = [list(b) for b in before]
    for x0, x1 in spans:
        hit = [k for k, (a, b) in enumerate(before) if x0 < b and x1 > a]
        if len(hit) == 1:
            out[hit[0]] = [min(out[hit[0]][0], x0), max(out[hit[0]][1], x1)]
    return out if all(a[1] < b[0] for a, b in zip(out, out[1:])) else None


ALIGNED = 1.0  # pt: a figure's edge this near a column's same edge is set to it


def _aligned_in(piece: Piece, spans: list[list[float]]) -> list[int]:
    """The columns a figure lies over — the one it is set to, when it lies over two or more and its right edge is
    that column's right edge (right-aligned) or its left edge that column's left edge (left-aligned). A wider figure
    than the page before held reaches into the column beside: '13.5' under a 得分 whose word, set at its cell's left,
    has a column of its own left of the figures' (CQ_SHORT); a 总分 in a cell merged to the table's edge (s28's
    FOOT_OVER_TWO). Before, such a figure kept the page from the page before's columns and its own were read as them."""
    x0, x1 = piece.bbox[0], piece.bbox[2]
    over = [k for k, (a, b) in enumerate(spans) if x0 < b and x1 > a]
    if len(over) > 1:
        set_to = [k for k in over if abs(spans[k][1] - x1) <= ALIGNED or abs(spans[k][0] - x0) <= ALIGNED]
        if len(set_to) == 1:
            return set_to
    return over


def _gap_words_clash(line: Line, before: list[list[float]]) -> bool:
    """A word of the line lying in no column of the part before (in a gutter) would be laid in the nearest one,
    where another piece of the line already is: that part's columns are not this one's (a 绩效自评表's 一级指标 and
    二级指标 under the page before's money lines, both nearest its 名称 column)."""
    taken: dict[int, bool] = {}
    for p in line.pieces:
        over = [k for k, (a, b) in enumerate(before) if p.bbox[0] < b and p.bbox[2] > a]
        centre = (p.bbox[0] + p.bbox[2]) / 2
        ks = over or [min(range(len(before)), key=lambda k: abs((before[k][0] + before[k][1]) / 2 - centre))]
        if len(ks) != 1:
            continue
        gap = not over
        if ks[0] in taken and (gap or taken[ks[0]]):
            return True
        taken[ks[0]] = taken.get(ks[0], False) or gap
    return False


def _join_spaced(line: Line, spans: list[list[float]]) -> None:
    """Lone characters one after another at equal gaps are one word letter-spaced over its cell, however wide the
    gaps ('科    目    名    称', '合          计' over a merged cell), unless each lies centred over a column of its
    own ('类  款  项' over three columns of codes)."""
    out: list[Piece] = []
    run: list[Piece] = []

    def flush():
        if len(run) >= 2 and not all(_centred_own(line, a, b, spans) for a, b in zip(run, run[1:])) \
                and "".join(p.text for p in run) not in _LEVELS:
            out.append(_piece([c for p in run for c in _chars_of(line, p)]))
        else:
            out.extend(run)
        run.clear()

    for piece in line.pieces:
        if _lone(piece) and run and (len(run) == 1 or _gap_even(run[-2], run[-1], piece)) \
                and not _starts_column(line, run[-1], piece, spans):
            run.append(piece)
            continue
        flush()
        if _lone(piece):
            run.append(piece)
        else:
            out.append(piece)
    flush()
    if len(out) != len(line.pieces):
        line.pieces = out


_LEVELS = {"类款项", "类款", "款项"}  # the code columns' heads, one a column (no word letter-spaced over a cell)


def _starts_column(line: Line, prev: Piece, piece: Piece, spans: list[list[float]]) -> bool:
    """piece starts where a column other than prev's starts (the first character of a left-aligned cell: '入' and
    '出' ending two wrapped names side by side are two cells)."""
    for j, (x0, x1) in enumerate(spans):
        if abs(piece.bbox[0] - x0) <= TIGHT * line.height:
            return not (prev.bbox[0] < x1 and prev.bbox[2] > x0)
    return False


def _gap_even(a: Piece, b: Piece, c: Piece) -> bool:
    g1, g2 = b.bbox[0] - a.bbox[2], c.bbox[0] - b.bbox[2]
    return abs(g1 - g2) <= max(1.0, 0.1 * max(g1, g2))


def _centred_own(line: Line, a: Piece, b: Piece, spans: list[list[float]]) -> bool:
    """Two characters each over a column of its own, near that column's middle (a header centred over it)."""
    cols = []
    for p in (a, b):
        mid = (p.bbox[0] + p.bbox[2]) / 2
        j = next((j for j, (x0, x1) in enumerate(spans) if p.bbox[0] < x1 and p.bbox[2] > x0), None)
        if j is None or abs(mid - (spans[j][0] + spans[j][1]) / 2) > max(0.5 * line.height, (spans[j][1] - spans[j][0]) / 4):
            return False
        cols.append(j)
    return cols[0] != cols[1]


_TOTAL_LABEL = re.compile(r"^[合总小]\s*计$")


def _merged(piece: Piece) -> bool:
    """A piece often printed in a cell merged over two columns: a total's label, or a lone character."""
    return _lone(piece) or bool(_TOTAL_LABEL.match(piece.text))


def _lone(piece: Piece) -> bool:
    return len(piece.text) == 1 and "\u4e00" <= piece.text <= "\u9fff"


def _spaced(line: Line, piece: Piece) -> bool:
    """A lone Chinese character, or such characters each parted from the next by more than TIGHT."""
    chars = _chars_of(line, piece)
    return all("\u4e00" <= c.text <= "\u9fff" for c in chars) \
        and all(b.x0 - a.x1 > TIGHT * line.height for a, b in zip(chars, chars[1:]))


def _part_words(line: Line) -> None:
    """In a line of an unruled table, a piece whose words are parted by a gap of half a character or more, each
    word set tight or letter-spaced evenly ('合 计', '项　目', '收 入 合 计': equal gaps): header words centred in
    adjacent narrow columns. Two letter-spaced words side by side or two lone characters are not told apart here
    (their spacings may match by chance, '类 款 项' may be three words: the gutters between the columns part them
    later); a lone character keeps the piece whole ('功能科目 类'), unless it is the last character of a word
    spaced wider than a piece, whose other characters are the piece before ('合 ‥ 计 基本支出'), or the first of
    one whose others are the piece after."""
    out = []
    for n, piece in enumerate(line.pieces):
        chars = _chars_of(line, piece)
        if line.cells and len({line.cells.get(id(c)) for c in chars}) == 1 and id(chars[0]) in line.cells:
            out.append(piece)  # (one cell _one_line joined: '210 卫生健' over '康支出')
            continue
        words = []
        for a, b in _words_of(chars, line.height):
            if words and (chars[a].x0 - chars[a - 1].x1 <= 0.5 * line.height
                          or not (_tight(chars, *words[-1], line.height) or _tight(chars, a, b, line.height))):
                words[-1] = (words[-1][0], b)
            elif words and _ITEM_MARK.match(join_chars(chars[words[-1][0]:words[-1][1]])):
                words[-1] = (words[-1][0], b)  # '1. 一般公共预算': an item's number and its name are one cell
            else:
                words.append((a, b))
        before = n > 0 and _lone(line.pieces[n - 1])
        after = n + 1 < len(line.pieces) and _lone(line.pieces[n + 1])
        lone = [k for k, (a, b) in enumerate(words) if b - a < 2]
        if len(words) < 2 or any(not ((k == 0 and before) or (k == len(words) - 1 and after)) or not _lone_chinese(
                chars[words[k][0]]) for k in lone):
            out.append(piece)
            continue
        out.extend(_piece(chars[a:b]) for a, b in words)
    line.pieces = out


_ITEM_MARK = re.compile(r"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})[.、．]$|^[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]$")


def _tight(chars: list[Char], a: int, b: int, height: float) -> bool:
    """chars[a:b] is a word of two or more characters set tight."""
    return b - a >= 2 and chars[a + 1].x0 - chars[a].x1 <= TIGHT * height


def _lone_chinese(ch: Char) -> bool:
    return "\u4e00" <= ch.text <= "\u9fff"


def _chars_of(line: Line, piece: Piece) -> list[Char]:
    return [c for c in line.chars if c.x0 >= piece.bbox[0] - 0.5 and c.x1 <= piece.bbox[2] + 0.5]


def _piece(chars: list[Char]) -> Piece:
    return Piece(join_chars(chars), (chars[0].x0, min(c.top for c in chars), max(c.x1 for c in chars),
                                     max(c.bottom for c in chars)))


TIGHT = 0.25  # character heights: a gap at most this wide is inside a word set tight


def _words_of(chars: list[Char], height: float) -> list[tuple[int, int]]:
    """The words of a piece as (start, end) indices of its characters: runs set tight, and runs of lone characters
    letter-spaced evenly (each gap within a point, or a tenth, of the one before) taken as one word."""
    groups, start = [], 0
    for i in range(1, len(chars)):
        if chars[i].x0 - chars[i - 1].x1 > TIGHT * height:
            groups.append((start, i))
            start = i
    groups.append((start, len(chars)))
    words = [groups[0]]
    for a, b in groups[1:]:
        wa, wb = words[-1]
        if b - a == 1 and (wb - wa == 1 or _even(chars, wa, wb, chars[a].x0 - chars[a - 1].x1, height)):
            words[-1] = (wa, b)  # a lone character after a lone one, or after a letter-spaced word at its spacing
        else:
            words.append((a, b))
    return words


def _even(chars: list[Char], a: int, b: int, gap: float, height: float) -> bool:
    """chars[a:b], a letter-spaced word so far (every gap inside it wider than TIGHT), and the next character
    `gap` after it: the gaps are equal."""
    inner = [chars[i].x0 - chars[i - 1].x1 for i in range(a + 1, b)]
    return all(g > TIGHT * height for g in inner) and abs(inner[-1] - gap) <= max(1.0, 0.1 * gap)


def _drop_lone_words(rows: list[Line], spans: list[list[float]]) -> None:
    """A column made by one row's words alone, right of a column of amounts ('见附注' set at the left of a cell
    whose figures are right-aligned, narrow half-width digits not reaching it), is no column: the figures on its
    left end at their cell's right edge, so the words lie in the cell on their right (that column is widened)."""
    def hits(a: float, b: float) -> list[Piece]:
        return [p for ln in rows for p in ln.pieces if p.bbox[0] < b and p.bbox[2] > a]

    for k in range(len(spans) - 2, 0, -1):
        mine, left = hits(*spans[k]), hits(*spans[k - 1])
        if len(mine) == 1 and not FIGURE.match(mine[0].text) and not mine[0].text.isdigit() \
                and len(left) >= MIN_TABLE_LINES and all(FIGURE.match(p.text) and not p.text.isdigit() for p in left):
            spans[k + 1][0] = spans[k][0]
            del spans[k]


_COLUMN_NUMBERS = re.compile(r"^栏\s*次$")


def _column_numbers(line: Line) -> bool:
    """The header's 栏次 line ('栏次 | | 1 | 栏次 | | 2', 中央式) or a line of the columns' numbers alone ('1 2 3 4 5
    6', one after another): centred under their headers, no row of figures (a right-aligned figure's column lies
    right of them)."""
    texts = [p.text for p in line.pieces]
    if any(_COLUMN_NUMBERS.match(t) for t in texts):
        return all(t.isdigit() or _COLUMN_NUMBERS.match(t) for t in texts)
    return len(texts) >= 3 and all(t.isdigit() and len(t) <= 2 for t in texts) \
        and all(int(b) == int(a) + 1 for a, b in zip(texts, texts[1:]))


CLEAR = 0.3  # character heights: a word of the lowest header line this far from every column heads an empty column
# of its own (its neighbours' figures end 1.5 pt from their cells' edges, the word, spread over its cell, starts 1.5 pt
# into its own); a word of a line above, half a character (a group header centred over a gutter is not clear by more)


def _marks_beside_short_rows(run: list[Line], body: list[Line], figures: list[Line],
                             spans: list[list[float]]) -> list[Line]:
    """Rows of figures with fewer pieces than the usual (合计 merged over the code and name columns) are no body row
    and set no column. On a page of two rows, 合计 and one 类, the 类's '－' alone (a zero printed at its cell's left)
    then stood where the 合计's 260.00 is: that column was never found and 260.00 went to the next one (a 收入总表's
    政府性基金 lost: review s25, budfix s26). A short row's figure lying in the gap right of a column of dashes alone,
    clear of every column, is given a column there (one reaching over the dashes widens theirs), and the row counts
    in joining the dashes to it. Returns the short rows that did (nothing else changes: a 绩效自评表's short lines set no column, as before)."""
    marks = [k for k, (a, b) in enumerate(spans)
             if (ps := [p for ln in figures for p in ln.pieces if p.bbox[0] < b and p.bbox[2] > a])
             and all(_ZERO_MARK.fullmatch(p.text) for p in ps)]
    if not marks:
        return []
    out = []
    for line in run:
        if line in body or TABLE_HEAD.search(line.text) or sum(1 for p in line.pieces if FIGURE.match(p.text)) < 2:
            continue
        for p in line.pieces:
            x0, x1 = p.bbox[0], p.bbox[2]
            if not FIGURE.match(p.text):
                continue
            over = [k for k, (a, b) in enumerate(spans) if x0 <= b + 2 and x1 >= a - 2]
            if len(over) == 1 and over[0] in marks:  # (a wide figure reaching over the dash at its cell's left)
                spans[over[0]] = [min(spans[over[0]][0], x0), max(spans[over[0]][1], x1)]
            elif not over and (gap := [k for k in marks if spans[k][1] < x0
                                       and (k + 1 == len(spans) or spans[k + 1][0] > x1)]):
                spans.insert(gap[0] + 1, [x0, x1])
                marks = [k + 1 if k > gap[0] else k for k in marks]
            else:
                continue
            if line not in out:
                out.append(line)
    return out


def _join_mark_columns(rows: list[Line], spans: list[list[float]]) -> None:
    """A zero printed as a dash typed as text ('－', 'ー', '―') stands at its cell's left or middle, clear of the
    column's right-aligned figures, and so makes a column of its own beside them (a 7-column 04 read as 12). Such a
    column of dashes alone is joined to the column right of it when no row has a piece in both (each row's cell is
    a dash or a figure): a column of zeros with a figure column beside it has both in every row, and stays."""
    k = 0
    while k + 1 < len(spans):
        a, b = spans[k], spans[k + 1]
        here = [[p for p in ln.pieces if p.bbox[0] < a[1] and p.bbox[2] > a[0]] for ln in rows]
        there = [[p for p in ln.pieces if p.bbox[0] < b[1] and p.bbox[2] > b[0]] for ln in rows]
        marks = [p for ps in here for p in ps]
        if marks and all(_ZERO_MARK.fullmatch(p.text) for p in marks) \
                and any(not _ZERO_MARK.fullmatch(p.text) for ps in there for p in ps) \
                and not any(x and y for x, y in zip(here, there)):
            spans[k:k + 2] = [[a[0], max(a[1], b[1])]]
            continue
        k += 1


_ZERO_MARK = re.compile(r"[－ー―\-—–]{1,2}")


def _empty_columns(heads: list[Line], spans: list[list[float]], codes: bool = True) -> None:
    """A column with no figure in any row (nothing of it in the spans) is found by its header: a word of a header
    line (above the first row of figures) that lies clear of every column, by CLEAR or more on either side, between
    two of them or beyond the last (its piece parted at the gutters first: a word spread over a narrow empty cell
    nearly touches its neighbours'). The lowest header line first: it has the finest columns, and a group header
    over several of them, clear of the figures' columns, makes none of its own; nor does one over two columns set
    so far apart that it lies in the gutter between them ('合计' centred over 预算数 | 决算数: _heads_pair)."""
    for n in reversed(range(len(heads))):
        line = heads[n]
        if len(line.pieces) < 2 or TABLE_HEAD.search(line.text) or _column_numbers(line):
            continue
        _part_at_gutters(line, spans)
        beyond = _part_beyond(line, spans)
        clear = (CLEAR if line is heads[-1] else 0.5) * line.height  # (a group header is never on the lowest line)
        # (the names' heading: '科目名称', '项目'; the code headings left of it may head empty columns)
        names_at = min((p.bbox[0] for ln in heads if not TABLE_HEAD.search(ln.text) for p in ln.pieces
                        if not _CODE_HEAD.fullmatch(p.text)), default=spans[0][0])
        for piece in line.pieces:
            x0, x1 = piece.bbox[0], piece.bbox[2]
            code_head = codes and x1 < names_at and bool(_CODE_HEAD.fullmatch(piece.text))
            if (_lone(piece) and not code_head) \
                    or (id(piece) not in beyond and any(x0 < b + clear and x1 > a - clear for a, b in spans)) \
                    or _heads_pair(line, piece, heads[n + 1:], spans):
                continue
            if spans[0][0] < x0 or LEVEL1_HEAD.fullmatch(piece.text) or code_head:
                # (or the 科目编码 column left of the names, empty on a page whose codes are all printed on the next:
                # merged codes at the foot of blocks cut by the page break; else the next page's part, with its
                # codes, is laid out one column to the right of this one's)
                # not left of the first column (the row labels' place), unless it heads a 绩效自评表's 一级 column: its
                # labels merged down and centred, each on a line of its own when no rule shows the merge, so no row
                # of figures sets the column (a page holding only the first rows of the indicator table: issue #9)
                spans.append([x0, x1])
                spans.sort()


_CODE_HEAD = re.compile(r"(?:(?:支出)?功能分类)?(?:科目)?(?:编码|代码)|[类款项]")


def _part_beyond(line: Line, spans: list[list[float]]) -> set[int]:
    """A header piece running on past the last column of figures is parted between its words (_words_of: tight runs,
    evenly letter-spaced runs, parted at a gap wider than TIGHT) where two or more start right of that column's end,
    each of two characters or more: the heads of empty columns there, each in a cell of its own with 1.5 pt pads, 3 pt
    apart ('项 目 支 出' | '上缴上级支出' | '经营支出' | …: no gutter of figures lies between them to part them at).
    Returns the ids of the words parted off, each an empty column's head: they start a word's gap or more right of the
    figures."""
    edge = spans[-1][1]
    out, parted = [], set()
    for piece in line.pieces:
        chars = _chars_of(line, piece)
        cuts = [a for a, _b in _words_of(chars, line.height)[1:] if chars[a].x0 >= edge]
        bounds = [0] + cuts + [len(chars)]
        if len(cuts) < 2 or any(y - x < 2 for x, y in zip(bounds, bounds[1:])):
            out.append(piece)  # (two words, or a lone character, may be one cell's: '本年收入 本年支出', '功能科目 类')
            continue
        words = [_piece(chars[x:y]) for x, y in zip(bounds, bounds[1:])]
        out.extend(words)
        parted.update(id(w) for w in words[1:])
    if parted:
        line.pieces = out
    return parted


def _heads_pair(line: Line, piece: Piece, below: list[Line], spans: list[list[float]]) -> bool:
    """A header word in the gutter between two columns, centred over a word over each of them on a header line below
    it (pdf_heads.between_pair), with no word of its own line over either column, is their group header (an empty
    column's header, centred between its neighbours', has their words beside it on its line)."""
    x0, x1 = piece.bbox[0], piece.bbox[2]
    j = next((j for j in range(len(spans) - 1) if spans[j][1] <= x0 and x1 <= spans[j + 1][0]), None)
    if j is None or any(p.bbox[0] < spans[k][1] and p.bbox[2] > spans[k][0] for p in line.pieces for k in (j, j + 1)):
        return False
    for ln in below:
        pair = between_pair(piece, ln, line.height)
        if pair is not None and all(p.bbox[0] < spans[k][1] and p.bbox[2] > spans[k][0] for p, k in zip(pair, (j, j + 1))):
            return True
    return False


def _part_at_gutters(line: Line, spans: list[list[float]]) -> None:
    """A piece over two columns of an unruled table parted where a gap between two of its characters lies in the
    gutter between those columns (two header words centred in adjacent narrow columns nearly touch). Inside a word
    letter-spaced over its cell ('本 年 收 入' wider than the figures under it, its gaps over a gutter) only where
    the characters on both sides each lie over a column of their own ('类  款  项' over three columns of codes)."""
    gutters = [(a[1], b[0]) for a, b in zip(spans, spans[1:])]
    out, changed = [], False
    for piece in line.pieces:
        chars = _chars_of(line, piece)
        inside = {i for a, b in _words_of(chars, line.height) if b - a > 1 for i in range(a + 1, b)}
        parts, current = [], chars[:1]
        for i in range(1, len(chars)):
            prev, ch = chars[i - 1], chars[i]
            if ch.x0 - prev.x1 > 0.2 * line.height and any(prev.x1 <= g1 and ch.x0 >= g0 for g0, g1 in gutters) \
                    and (i not in inside or _own_columns(prev, ch, spans) or _not_spacing(line, prev, ch)):
                parts.append(current)
                current = []
            current.append(ch)
        parts.append(current)
        if len(parts) == 1:  # (a part is never empty: a cut is followed by the character after it)
            out.append(piece)
            continue
        changed = True
        out.extend(_piece(p) for p in parts)
    if changed:
        line.pieces = out


def _not_spacing(line: Line, a: Char, b: Char) -> bool:
    """The gap between a and b, next to each other in the line, is no letter-spacing: less than half the gap before a
    and the gap after b ('项　　目|决　算　数' with 1.5 pt pads: '目' and '决' 3 pt apart, the words' own gaps 18 pt
    and more). A word spaced evenly, or set tight on either side, is not parted."""
    chars = line.chars
    k = next(i for i, c in enumerate(chars) if c is b)
    gap = b.x0 - a.x1
    sides = ([a.x0 - chars[k - 2].x1] if k >= 2 else []) + ([chars[k + 1].x0 - b.x1] if k + 1 < len(chars) else [])
    return bool(sides) and all(gap < 0.5 * side for side in sides)


def _own_columns(a: Char, b: Char, spans: list[list[float]]) -> bool:
    """Two characters each over a column (overlapping its span), not the same one."""
    ca, cb = (next((j for j, (x0, x1) in enumerate(spans) if c.x0 < x1 and c.x1 > x0), None) for c in (a, b))
    return ca is not None and cb is not None and ca != cb
