"""科目编码 merged down over their rows, printed centred, read back onto the rows they name (issue #9).

A 决算 table often writes each 类 code once, in a cell merged down over the 类's row and every 款 and 项 row under it
(and a 款's over its 项 rows, when 类 | 款 | 项 are columns of their own). Excel and WPS print a merged cell's text
centred in it; a print with the rules that show the merge is read cell by cell (readers/pdf_grid.py), but a 三线表,
or a sheet printed without gridlines, shows nothing but the text: the code lands on a middle row of its block (212
beside 21208's name), or on a line of its own between two rows, and the 类 row itself reads with no code — 13 to 48
false TBL001/CMP006 a disclosure set.

So, in a document's table, the codes of a code column are taken as centred in their blocks when that reading fits
the whole table: top down, each code names the rows from the first row not yet named down to the row that puts the
code at the middle of the rows' printed extent (the anchor's centre within a quarter of the smallest row pitch of
that middle), and the last code's block ends exactly on the table's last row. A 类/款/项 table is read level by level:
the 款 codes within each 类 block below its head row, the 项 within each 款. Each code then stands on its block's
first row, which is where a workbook puts a merged cell's value. Any code left over, a block that does not close on
a row, or a block whose head row is named as another 类 ('八、社会保障和就业支出' under 201), and the table is read as
printed: a reading that fits that closely rarely happens by chance, and one that does not fit is not forced (a
code on its block's first row — top-aligned, ruled — already reads right, and every fully coded table is its own
centred reading, so nothing moves). To rule chance out, a reading that moves codes must also show its centring: a
code standing between two rows (an even block's middle), or each 类 code moved onto the row named as that 类.
"""

from __future__ import annotations

import re

from govaudit.records import dataclass
from govaudit.recognize import specs
from govaudit.text import norm, strip_numbering

_TOTAL = re.compile(r"(?:本年|本期)?(?:收入|支出|收支)?(?:决算)?(?:合计|总计)数?")
_PARTS = (re.compile(r"\d{3}"), re.compile(r"\d{2}"), re.compile(r"\d{2}"))
_WHOLE = re.compile(r"\d{3}(?:\d{2}){0,2}")


@dataclass
class _Line:
    row: int
    page: int
    top: float
    bottom: float
    label: str


@dataclass
class _Anchor:
    cell: object
    row: int
    page: int
    centre: float
    code: str


def recentre_codes(block, roles, rows: list[int]):
    """`block` with its centred codes moved onto their blocks' first rows (a new Block, the sheet's rows untouched),
    or `block` itself when no code moves. `rows`: the table's rows of data (header rows, notes, a repeated header at
    a page break left out), in order."""
    origins = block.sheet.origins
    if not origins:
        return block  # (a workbook: a merged cell's value is on its first row already)
    moves: dict[int, tuple[int, object]] = {}  # id(cell) → (row it moves to, cell)
    for side in sorted({ro.side for ro in roles}):
        side_roles = [ro for ro in roles if ro.side == side]
        split = sorted((ro for ro in side_roles if ro.role == "split"), key=lambda ro: ro.split_index)
        columns = [(ro.col, _PARTS[ro.split_index]) for ro in split] or \
            [(ro.col, _WHOLE) for ro in side_roles if ro.role == "code"][:1]
        if not columns:
            continue
        names = {ro.col for ro in side_roles if ro.role == "name"}
        mine = {ro.col for ro in side_roles}
        plan = _side(block, origins, rows, columns, names, mine if len(roles) != len(side_roles) else None)
        if plan:
            moves.update(plan)
    if not moves:
        return block
    new = dict(block.rows)
    for r in rows:
        cells = new.get(r, [])
        kept = [c for c in cells if id(c) not in moves]
        if len(kept) != len(cells):
            new[r] = kept
    for target, cell in moves.values():
        new[target] = sorted([*new.get(target, []), cell], key=lambda c: c.col)
    for r in [r for r in rows if not new.get(r)]:
        del new[r]  # a line that held only codes
    return type(block)(sheet=block.sheet, kind=block.kind, title=block.title, title_row=block.title_row,
                       title_col=block.title_col, end_row=block.end_row, rows=new, title_lines=block.title_lines)


def _side(block, origins, rows, columns, names, mine):
    code_cols = {col for col, _p in columns}
    lines: list[_Line] = []
    anchors: dict[int, list[_Anchor]] = {col: [] for col in code_cols}
    for r in rows:
        rest, coded = [], []
        for c in block.rows.get(r, ()):
            if mine is not None and c.col not in mine:
                continue
            text = norm(c.value) if isinstance(c.value, str) else str(c.value if c.value is not None else "")
            if not text:
                continue
            pattern = next((p for col, p in columns if col == c.col), None)
            if pattern is not None and pattern.fullmatch(text):
                coded.append((c, text))
            else:
                rest.append((c, text))
        for c, text in coded:
            o = origins.get((c.row, c.col))
            if o is None or o.bbox is None:
                return None
            anchors[c.col].append(_Anchor(c, r, o.page, (o.bbox[1] + o.bbox[3]) / 2, text))
        if not rest:
            continue  # a line of codes alone
        boxes = [origins.get((c.row, c.col)) for c, _t in rest]
        if any(o is None or o.bbox is None for o in boxes) or len({o.page for o in boxes}) > 1:
            return None
        label = next((t for c, t in rest if c.col in names), "") or next((t for c, t in rest if c.col not in names
                                                                           and not t[:1].isdigit()), "")
        lines.append(_Line(r, boxes[0].page, min(o.bbox[1] for o in boxes), max(o.bbox[3] for o in boxes), label))
    moves = {}
    for page in sorted({ln.page for ln in lines}):
        body = [ln for ln in lines if ln.page == page]
        while body and _is_total(body[0]):
            body = body[1:]
        while body and _is_total(body[-1]):
            body = body[:-1]
        if len(body) < 2:
            continue
        pitch = min(b.top + b.bottom - a.top - a.bottom for a, b in zip(body, body[1:])) / 2
        if pitch <= 0:
            continue
        ranges = [body]
        for col, _p in columns:
            mine_here = [a for a in anchors[col] if a.page == page]
            blocks = []
            for span in ranges:
                inside = [a for a in mine_here if span and span[0].top - pitch / 2 <= a.centre <= span[-1].bottom + pitch / 2]
                got = _partition(span, inside, pitch / 4)
                if got is None:
                    break
                blocks += got
            else:
                if len({id(a) for _b, a in blocks}) != len(blocks) or len(mine_here) != len(blocks) or any(
                        len(a.code) == 3 and (named := specs.category_code(b[0].label)) and named != a.code
                        for b, a in blocks):
                    break
                moved = [(b, a) for b, a in blocks if a.row != b[0].row]
                if moved and not _centred(moved, [a for _b, a in blocks], body):
                    break
                for b, a in moved:
                    moves[id(a.cell)] = (b[0].row, a.cell)
                ranges = [b[1:] for b, _a in blocks]
                continue
            break
    return moves


def _partition(span: list[_Line], anchors: list[_Anchor], tol: float):
    """`span` cut into consecutive blocks, one an anchor (top down), each anchor at its block's middle; None if no
    such cut."""
    if not span:
        return [] if not anchors else None
    out, s = [], 0
    for a in sorted(anchors, key=lambda a: a.centre):
        e = next((e for e in range(s, len(span)) if abs((span[s].top + span[e].bottom) / 2 - a.centre) <= tol), None)
        if e is None:
            return None
        out.append((span[s:e + 1], a))
        s = e + 1
    return out if s == len(span) else None


def _centred(moved, anchors: list[_Anchor], lines: list[_Line]) -> bool:
    """Whether the codes read as centred show it: one at least stands between two rows (the middle of an even
    block: no top- or bottom-aligned code does), or every code moved is a 类 code whose new row is named as that 类
    ('212' onto '城乡社区支出'). Else a table whose code column merely has gaps (a coded row, an uncoded one, a coded
    one, an uncoded one) could read as centred by chance."""
    if any(not any(ln.top <= a.centre <= ln.bottom for ln in lines) for a in anchors):
        return True
    return all(len(a.code) == 3 and specs.category_code(b[0].label) == a.code for b, a in moved)


def _is_total(line: _Line) -> bool:
    core = strip_numbering(line.label)
    return core in specs.TOTAL_WORDS or bool(_TOTAL.fullmatch(core))
