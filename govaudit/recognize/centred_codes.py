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

Excel's default vertical alignment is the foot of the cell: a merged code then prints on its block's LAST row. A
page that does not read as centred is read so (each code on its block's last line, the last code on the page's last
line), when that shows too: each 类 code moved lands on the row named as that 类, or a moved block begins right
under its parent (the head row of the range it lies in, or the line holding a code its own begins with: 201 over
'人大事务 … 20101', where a top-aligned print has 20101's own row). A block holding a line named as another 类 is
no block, either way.

Each page's part is read on its own (a block's rows may differ in height from page to page), and a block cut by a
page break goes on at the top of the next page: under its code printed again (the first code there is the one the
page before ended in: that copy is dropped, the block's code is above) or under none (the lines before the next
code's block are the cut block's; of the cuts that fit, the one that leaves a 类's block starting on the row named
as that 类).
"""

from __future__ import annotations

import re
from decimal import Decimal

from govaudit.records import dataclass
from govaudit.recognize import specs
from govaudit.recognize.text import ImplausibleNumber, NotANumber, parse_number
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
    figure: tuple | None = None  # (value, decimals shown) in the side's first figure column, None if none


@dataclass
class _Anchor:
    cell: object
    row: int
    page: int
    centre: float
    code: str


def recentre_codes(block, roles, rows: list[int], unsure: list[str] | None = None):
    """`block` with its centred codes moved onto their blocks' first rows (a new Block, the sheet's rows untouched),
    or `block` itself when no code moves. `rows`: the table's rows of data (header rows, notes, a repeated header at
    a page break left out), in order. `unsure` (a list) gets why, when a block cut by a page break cannot be told
    apart from the next one (its rows would be summed into the wrong 类/款): the caller sets the table aside."""
    origins = block.sheet.origins
    if not origins:
        return block  # (a workbook: a merged cell's value is on its first row already)
    moves: dict[int, tuple[int | None, object]] = {}  # id(cell) → (row it moves to, cell)
    for side in sorted({ro.side for ro in roles}):
        side_roles = [ro for ro in roles if ro.side == side]
        split = sorted((ro for ro in side_roles if ro.role == "split"), key=lambda ro: ro.split_index)
        columns = [(ro.col, _PARTS[ro.split_index]) for ro in split] or \
            [(ro.col, _WHOLE) for ro in side_roles if ro.role == "code"][:1]
        if not columns:
            continue
        names = {ro.col for ro in side_roles if ro.role == "name"}
        mine = {ro.col for ro in side_roles}
        figure = min((ro.col for ro in side_roles if ro.role == "value"), default=None)
        plan = _side(block, origins, rows, columns, names, mine if len(roles) != len(side_roles) else None, figure,
                     unsure if unsure is not None else [])
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
        if target is not None:  # (None: a code printed again over its block's part on the next page, dropped)
            new[target] = sorted([*new.get(target, []), cell], key=lambda c: c.col)
    for r in [r for r in rows if not new.get(r)]:
        del new[r]  # a line that held only codes
    return type(block)(sheet=block.sheet, kind=block.kind, title=block.title, title_row=block.title_row,
                       title_col=block.title_col, end_row=block.end_row, rows=new, title_lines=block.title_lines)


def _side(block, origins, rows, columns, names, mine, figure_col, unsure):
    code_cols = {col for col, _p in columns}
    lines: list[_Line] = []
    anchors: dict[int, list[_Anchor]] = {col: [] for col in code_cols}
    alone: set[int] = set()  # the cells of codes printed on a line of their own (no name, no figure beside them)
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
            alone.update(id(c) for c, _t in coded)
            continue  # a line of codes alone
        boxes = [origins.get((c.row, c.col)) for c, _t in rest]
        if any(o is None or o.bbox is None for o in boxes) or len({o.page for o in boxes}) > 1:
            return None
        label = next((t for c, t in rest if c.col in names), "") or next((t for c, t in rest if c.col not in names
                                                                           and not t[:1].isdigit()), "")
        lines.append(_Line(r, boxes[0].page, min(o.bbox[1] for o in boxes), max(o.bbox[3] for o in boxes), label,
                           _figure(next((c.value for c, _t in rest if c.col == figure_col), None))))
    moves: dict = {}
    carry: dict[int, str] | None = None  # per code column, the code of the block the last page ended in
    tails: dict[int, list[_Line]] = {}  # per code column, that block's lines on the page before
    pending: list[str] = []  # why a page's part continuing a block could not be read
    # the way ('centre' or 'bottom') a page's codes read that the other way did not: the way the table is printed. A
    # page that reads only the other way later is misread one of the two times (a block closed at a page's foot taken
    # for one going on: its rows summed into the wrong 款, false TBL001), so the table is set aside
    decided: str | None = None
    pages = []
    for page in sorted({ln.page for ln in lines}):
        body = [ln for ln in lines if ln.page == page]
        while body and _is_total(body[0]):
            body = body[1:]
        while body and _is_total(body[-1]):
            body = body[:-1]
        pages.append((page, body, {col: [a for a in anchors[col] if a.page == page] for col in code_cols}))
    k = 0
    while k < len(pages):
        page, body, here = pages[k]
        pitch = _pitch(body)
        notes: list[str] = []  # (why the bottom reading failed, if it did for a block cut by the page break)
        plans = [_plan(body, here, columns, pitch, mode, carry, tails, notes if mode == "bottom" else None,
                       shown=mode == decided)
                 for mode in ("centre", "bottom") if len(body) >= 2 and pitch > 0]
        # (the levels read either way: the way that reads more of them, centred if as many)
        best = max(plans, key=lambda plan: plan[0]) if plans else None
        way = None if len(plans) < 2 or plans[0][0] == plans[1][0] or best[0] < len(columns) else \
            ("centre" if plans[0][0] > plans[1][0] else "bottom")
        if len(plans) == 2 and plans[0][0] == plans[1][0] == len(columns) and plans[1][1] and not plans[0][1]:
            # read both ways: at the foot moving codes, with _bottom's evidence; centred, as printed (which needs
            # none): the foot's, and the way the table is printed
            best, way = plans[1], "bottom"
        elif len(plans) == 2 and plans[0][0] == plans[1][0] == len(columns) and decided:
            # read both ways, the table's way shown by an earlier page (and so needing no evidence here): that way
            best = plans[("centre", "bottom").index(decided)]
        if (best is None or best[0] < len(columns)) and k + 1 < len(pages) and body \
                and _open_at_foot(body, here, columns, pitch or _pitch(pages[k + 1][1])):
            # Excel prints a merged code at the foot of the WHOLE merged area: a block cut by a page break shows its
            # code on the next page, under the block's rest, and its rows above the break show none yet. The two
            # pages' parts then read at the foot as one run of lines (the break between them is no block's end).
            # (a part that is itself cut at its foot — a long table, a break inside a block on each page — takes the
            # page after it too: the run ends where a page's part closes under its last code)
            got, m = _joined_run(pages, k, columns, carry, tails, notes)
            if got is not None:
                pending += [_mixed(page)] if decided == "centre" else []
                decided = "bottom"
                moves.update(got[1])
                carry, tails = got[2], got[3]
                k = m + 1
                continue
        if best is None:
            # one line on the page: a block ending on it (its codes on it) is complete, else none is known; a code on
            # it that the page before ended in is that block's printed again over its last line (dropped)
            if len(body) == 1 and carry:
                # (level by level from the first: a 项 code under a 类 and 款 printed again is the line's own)
                again = []
                for col, _p in columns:
                    if [a.code for a in here[col]] != [carry.get(col)]:
                        break
                    again += here[col]
                if len(again) == sum(len(here[col]) for col in code_cols) or len(columns) > 1:
                    moves.update({id(a.cell): (None, a.cell) for a in again})
            carry = {col: a.code for col in code_cols for a in here[col][-1:]} if len(body) == 1 else {}
            tails = {col: body for col in carry}
        else:
            done, page_moves, carry, tails = best
            moves.update(page_moves)
            pending += [_mixed(page)] if way and decided and way != decided else []
            decided = decided or way
        if best is None or best[0] < len(columns):
            pending += notes[:1]
            if plans and not best[0] and not notes:
                # read neither way to its last level (a repeated code, a block opening under a sibling's: review s26's
                # short pages): the levels not read stay where printed, their uncoded lines under whatever is above
                # — in a table whose codes move or repeat elsewhere, a guess
                pending.append(f"合并的科目编码在第{page}页既不能按居中也不能按块底读出，无法确定各行属于哪一个类/款")
        k += 1
    if pending and moves:
        # (only a print whose codes stand at their blocks' foot elsewhere, or are printed again over a block's part on
        # the next page — a merged code, cut: one coded on every row reads as printed)
        unsure += pending[:1]
    elif pending and alone - set(moves):
        # a code left on a line of its own, between two rows, names no row as printed: a merged code centred over a
        # block a page break cuts (printed once, in whichever piece holds the merge's middle) when no page's part
        # reads it onto its block; the 类/款 rows it heads would read with no code — set aside, never guessed
        unsure += pending[:1]
    return moves


def _mixed(page) -> str:
    return f"合并的科目编码在第{page}页与前面各页的位置不一致（居中或在块底），无法确定各行属于哪一个类/款"


def _joined_run(pages, k: int, columns, carry, tails, notes):
    """(the plan, the last page joined) reading pages[k] at the foot with the pages after it as one run of lines:
    the next page, and each one after while the page just joined ends under no code (open at its foot again);
    (None, k) when no such run reads every level."""
    body, here = pages[k][1], pages[k][2]
    # (the last page ends the run whether it is open or not; a page's part holds lines: only the last page can hold
    # nothing but a 合计, and a part with no code is open)
    for m in range(k + 1, len(pages)):
        body, here = _joined(body, here, pages[m][1], pages[m][2])
        pitch = min((p for p in (_pitch(pages[j][1]) for j in range(k, m + 1)) if p > 0), default=0)
        if pitch > 0:
            got = _plan(body, here, columns, pitch, "bottom", carry, tails, notes)
            if got[0] == len(columns):
                return got, m
        if not _open_at_foot(pages[m][1], pages[m][2], columns, pitch):
            break
    return None, k


def _pitch(body: list[_Line]) -> float:
    return min((b.top + b.bottom - a.top - a.bottom for a, b in zip(body, body[1:])), default=0) / 2


def _open_at_foot(body: list[_Line], here: dict, columns, pitch: float) -> bool:
    """Whether the page's part ends under the last code of its first code column: lines no code closes yet."""
    mine = here[columns[0][0]]
    if not mine or pitch <= 0:
        return True
    last = max(a.centre for a in mine)
    return last < body[-1].top - pitch / 4


_SHEET = 100000.0  # (a page's lines and codes placed this far below the page before's, to read the two as one run)


def _joined(body, here, body2, here2):
    """The lines and codes of two pages' parts as one run, the second page's moved below the first's."""
    shift = _SHEET + max(ln.bottom for ln in body)
    lines = body + [_Line(ln.row, ln.page, ln.top + shift, ln.bottom + shift, ln.label, ln.figure) for ln in body2]
    both = {col: here[col] + [_Anchor(a.cell, a.row, a.page, a.centre + shift, a.code) for a in here2[col]]
            for col in here}
    return lines, both


def _figure(value):
    if value is None:
        return None
    try:
        got = parse_number(value)
    except (NotANumber, ImplausibleNumber):
        return None
    return None if got is None or got[2] else (got[0], got[1])


def _plan(body: list[_Line], anchors: dict, columns, pitch: float, mode: str, carry: dict | None, tails=None,
          unsure=None, shown: bool = False):
    """The codes of one page's part read as printed `mode` ('centre' or 'bottom') in their blocks, level by level
    down to the first level that does not read so: (the levels read, {id(cell): (the row it moves to, or None for a
    code printed again over its block's continued part), cell}, {column: the code of the block the page ends in, for
    the levels read}, {column: that block's lines})."""
    moves: dict = {}
    ends: dict[int, str] = {}
    ends_lines: dict[int, list[_Line]] = {}
    ranges = [(body, (carry or {}).get(columns[0][0]), False)]  # (lines, the code they continue, under a head row)
    for level, (col, _p) in enumerate(columns):
        mine = anchors[col]
        blocks = []  # (lines, anchor, the code continued into them (None: a block of its own), range head above)
        last = None
        for span, cont, headed in ranges:
            inside = [a for a in mine if span and span[0].top - pitch / 2 <= a.centre <= span[-1].bottom + pitch / 2]
            got = _cut(span, inside, pitch / 4, mode, cont if carry is not None else None,
                       (tails or {}).get(col) if cont is not None else None,
                       len(columns) - 1 - level if len(columns) > 1 else None, unsure)
            if got is None:
                return level, moves, ends, ends_lines
            blocks += [(b, a, c, headed and k == 0) for k, (b, a, c) in enumerate(got)]
            last = got[-1] if got else None
        used = [a for _b, a, _c, _h in blocks if a is not None]
        if len({id(a) for a in used}) != len(used) or len(used) != len(mine):
            return level, moves, ends, ends_lines
        moved = [(b, a) for b, a, c, _h in blocks if a is not None and c is None and a.row != b[0].row]
        # (`shown`: an earlier page of the table showed its codes printed this way — the same print aligns every
        # merged code alike — so below the page's first level, whose blocks the page's lines fit, a moved block with
        # nothing of its own to show it reads so too: review s26's pages of four rows, a 款 at the foot of its block
        # under the 款 cut from the page before, split columns where no code begins with its parent's. Not the first
        # level: a page of a centred print whose first page read at the foot by chance would then read so unchecked)
        if moved and not (shown and level) and not (_centred(moved, used, body) or _under_head(blocks) if mode == "centre" else
                          _bottom(moved, blocks, body, mine, (carry or {}).get(col))):
            return level, moves, ends, ends_lines
        for b, a in moved:
            moves[id(a.cell)] = (b[0].row, a.cell)
        for _b, a, c, _h in blocks:
            if a is not None and c is not None:
                moves[id(a.cell)] = (None, a.cell)  # printed again on the next page: its block's code is above
        if last is not None:
            ends[col] = last[2] or last[1].code
            ends_lines[col] = ((tails or {}).get(col, []) if last[2] else []) + last[0]
        nxt = columns[level + 1][0] if level + 1 < len(columns) else None
        # (a block continued from the page before with only its head row there: its lines here, from the page's top,
        # lie right under that row, so a block that moves at the top of such a range shows it — but not when more of
        # the block is on the page before: the lines here may go on with a block begun there, its code printed here)
        alone = len((tails or {}).get(col, ())) == 1
        ranges = [(b, (carry or {}).get(nxt), alone) if c is not None else (b[1:], None, True)
                  for b, _a, c, _h in blocks]
    return len(columns), moves, ends, ends_lines


def _cut(span: list[_Line], anchors: list[_Anchor], tol: float, mode: str, cont: str | None, tail=None,
         under: int | None = None, unsure=None):
    """`span` cut into consecutive blocks, one an anchor (top down), each anchor at its block's middle ('centre') or
    on its last line ('bottom'): [(lines, anchor or None, the code continued from the page before or None)]; None
    if no such cut, or several. On a page that goes on with a block of the page before (`cont`: its code; `tail`:
    its lines there), the span's first lines may be that block's: under its code printed again (the first anchor is
    `cont`), or under none. Of the cuts that fit, the one that leaves a 类 block's first line named as that 类 is
    taken, else the one whose blocks add up (`under`: the levels of rows under a block's head, each adding up to
    it; None: a whole code's own, 类 2, 款 1). Several left, or none: `unsure` says so (the rows cannot be placed)."""
    anchors = sorted(anchors, key=lambda a: a.centre)
    if not span:
        return [] if not anchors else None
    if cont is not None and anchors and anchors[0].code == cont:
        got = _partition(span, anchors, tol, mode, 0)
        return got and [(got[0][0], got[0][1], cont)] + got[1:]
    options = []
    for s in range(len(span) if cont is not None and anchors else 1):
        got = _partition(span, anchors, tol, mode, s)
        if got is not None and not (s and _other_lei(cont, span[:s])):
            options.append(([(span[:s], None, cont)] if s else []) + got)
    if len(options) > 1:
        named = [o for o in options if (a := next(x for _b, x, _c in o if x is not None)) and
                 len(a.code) == 3 and specs.category_code(next(b for b, x, _c in o if x is a)[0].label) == a.code]
        options = named or [o for o in options if _adds_up(o, tail, under)]
    if len(options) != 1 and cont is not None and unsure is not None and mode == "bottom":
        unsure.append(f"合并的科目编码在第{span[0].page}页跨页断开，无法确定断开处以下各行属于哪一个类/款")
    return options[0] if len(options) == 1 else None


def _adds_up(option, tail, under: int | None) -> bool:
    """Whether each block of a cut of a page's lines adds up: its head line's figure the sum of its other lines',
    `under` times over (a 款 over its 项: once; a 类 over its 款 and their 项: twice), within the rounding of the
    figures shown; the block continued from the page before with its lines there (`tail`)."""
    for lines, anchor, cont in option:
        if cont is not None:
            if tail is None:
                return False
            lines = tail + lines
        if len(lines) < 2:
            continue
        times = under if under is not None else (7 - len(cont or anchor.code)) // 2
        if times < 1:
            return False
        figures = [ln.figure for ln in lines]
        if any(f is None for f in figures):
            return False
        slack = sum(Decimal(5).scaleb(-d - 1) for _v, d in figures) * times
        if abs(sum(v for v, _d in figures[1:]) - figures[0][0] * times) > slack:
            return False
    return True


def _partition(span: list[_Line], anchors: list[_Anchor], tol: float, mode: str, s: int):
    """span[s:] cut into consecutive blocks, one an anchor, each anchor at its block's middle or on its last line;
    None if no such cut, or a 类 code's block holds a line named as another 类."""
    out = []
    for a in anchors:
        if mode == "centre":
            e = next((e for e in range(s, len(span)) if abs((span[s].top + span[e].bottom) / 2 - a.centre) <= tol), None)
        else:
            e = next((e for e in range(s, len(span)) if span[e].top - tol <= a.centre <= span[e].bottom + tol), None)
        if e is None or _other_lei(a.code, span[s:e + 1]):
            return None
        out.append((span[s:e + 1], a, None))
        s = e + 1
    return out if s == len(span) else None


def _other_lei(code: str, lines: list[_Line]) -> bool:
    """A 类 code's block holding a line named as another 类 ('八、社会保障和就业支出' under 201)."""
    return len(code) == 3 and any((named := specs.category_code(ln.label)) and named != code for ln in lines)


def _centred(moved, anchors: list[_Anchor], lines: list[_Line]) -> bool:
    """Whether the codes read as centred show it: one at least stands between two rows (the middle of an even
    block: no top- or bottom-aligned code does), or every code moved is a 类 code whose new row is named as that 类
    ('212' onto '城乡社区支出'). Else a table whose code column merely has gaps (a coded row, an uncoded one, a coded
    one, an uncoded one) could read as centred by chance."""
    if any(not any(ln.top <= a.centre <= ln.bottom for ln in lines) for a in anchors):
        return True
    return _named(moved)


def _under_head(blocks) -> bool:
    """Whether a block moved when read centred begins right under its parent's head row (款 05 printed on the middle
    of its three rows, the first of them the line under 类 208's): a top-aligned or unmerged print has the code on
    that first line, and a chance fit of codes on their own rows moves none of the first blocks (lead s27: a 类 cut
    by a page break leaves one 款 on the page, its code on a line, no block even to show its centring)."""
    return any(first and a is not None and c is None and a.row != b[0].row for b, a, c, first in blocks)


def _named(moved) -> bool:
    return all(len(a.code) == 3 and specs.category_code(b[0].label) == a.code for b, a in moved)


def _bottom(moved, blocks, lines: list[_Line], anchors: list[_Anchor], carried: str | None = None) -> bool:
    """Whether codes read as printed at the foot of their blocks show it (a top-aligned print whose last block is
    one row would read so too): every code moved is a 类 code moved onto the row named as that 类, or one moved
    block begins right under its parent — the head row of the block it lies in, or the row holding a code its own
    begins with ('201' over '人大事务 … 20101'), where a top-aligned print has that code's own row; at a page's top,
    the block the page before ended in (`carried`) is that row (review s26's pages of two or three rows)."""
    if _named(moved):
        return True
    at = {ln.row: k for k, ln in enumerate(lines)}
    by_row = {a.row: a for a in anchors}
    for b, a, c, first in blocks:
        if a is None or c is not None or a.row == b[0].row:
            continue
        if first:
            return True
        k = at[b[0].row]
        if not k and carried is not None and len(carried) < len(a.code) and a.code.startswith(carried):
            return True  # (its parent the block the page before ended in: '201' at its foot, '人大事务 … 20101' here)
        above = by_row.get(lines[k - 1].row) if k else None
        if above is not None and len(above.code) < len(a.code) and a.code.startswith(above.code):
            return True
    return False


def _is_total(line: _Line) -> bool:
    core = strip_numbering(line.label)
    return core in specs.TOTAL_WORDS or bool(_TOTAL.fullmatch(core))
