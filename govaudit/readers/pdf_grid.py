"""Ruled tables on a PDF page: the grid the ruling lines draw, its merged cells, and the text in each cell.

A cell's text is every character whose centre lies inside it, line by line: a label wrapped over two lines,
or a header printed one character per line, reads as one string.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from operator import attrgetter
from govaudit.records import dataclass, field

from govaudit.readers.pdf_common import FIGURE
from govaudit.readers.pdf_figures import straddled_figures
from govaudit.readers.pdf_page import Char, Page, Segment

SNAP = 2.0  # lines closer than this are one line (double borders, anti-aliasing offsets)
MIN_BAND = 3.0  # a row or column thinner than this is the gap between a double line, not a cell
COVER = 1.5  # how far a line may stop short of a crossing and still meet it
LOW = 8.0  # points: a ruled box lower than this holds a word or a title, not a table's row (unless figures)
CUT = 0.25  # a rule this far (× the text's height) inside a line of text on both sides cuts it: the text overflows
OVERLAP = 0.2  # two lines of one cell never overlap by more than this × the lower one's height
MOVED = 0.01  # points: the cost of a line put into another cell than the one holding its centre (ties stay)
RUN_GAP = 0.15  # × the text's height: two characters closer than this are one run of text (a cell's margins are wider)
INF = float("inf")


@dataclass
class GridCell:
    row: int  # 0-based band of the grid (top-left of a merged region)
    col: int
    row2: int  # last band covered (inclusive)
    col2: int
    bbox: tuple[float, float, float, float]
    chars: list[Char] = field(default_factory=list)
    text: str = ""


@dataclass
class Grid:
    page: int
    xs: list[float]  # column edges, left to right
    ys: list[float]  # row edges, top to bottom
    cells: list[GridCell]
    # the columns with no rule along the grid's top (bottom) edge while others have one: a cell merged down over a
    # page break, LibreOffice's print, is drawn open at the break on both pages (pdf_breaks.py)
    open_top: frozenset = frozenset()
    open_bottom: frozenset = frozenset()

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return self.xs[0], self.ys[0], self.xs[-1], self.ys[-1]

    @property
    def n_rows(self) -> int:
        return len(self.ys) - 1

    @property
    def n_cols(self) -> int:
        return len(self.xs) - 1


def _merge(segments: list[Segment]) -> list[Segment]:
    """Collinear pieces that touch or overlap become one line: pieces within SNAP of the line's first piece (the one
    reached first along it), whose extents meet within SNAP. Positions are compared by distance, never by a grid of
    fixed buckets: pieces at 100.96 and 101.04 (one rule, drawn in pieces a hair apart) straddle such a bucket's
    edge. A column rule of one table is not swallowed by a near-collinear rule of a table lower on the page: the two
    do not meet.
    Pieces are taken along the line (by `a`); each joins the line nearest in position among those it meets (the
    lower position on a tie). A line that ends more than SNAP before the piece reached is done (the pieces come in
    order of `a`): only lines still open are looked at, kept in order of position."""
    done: list[Segment] = []
    open_: list[Segment] = []  # in order of pos
    for s in sorted(segments, key=attrgetter("a")):
        i = bisect_right(open_, s.pos - SNAP - 1e-9, key=attrgetter("pos"))
        best = None
        while i < len(open_) and open_[i].pos <= s.pos + SNAP:
            line = open_[i]
            if line.b + SNAP < s.a:
                done.append(open_.pop(i))  # ended before this piece: nothing later reaches it either
                continue
            if best is None or abs(line.pos - s.pos) < abs(best.pos - s.pos):
                best = line
            i += 1
        if best is not None:
            best.b = max(best.b, s.b)  # (best.a <= s.a: pieces come in order of a)
            continue
        line = Segment(s.horizontal, s.pos, s.a, s.b)
        open_.insert(bisect_right(open_, s.pos, key=attrgetter("pos")), line)
    return done + open_


def _cluster(values: list[float], tol: float) -> list[float]:
    out: list[list[float]] = []
    for v in sorted(values):
        if out and v - out[-1][-1] <= tol:
            out[-1].append(v)
        else:
            out.append([v])
    return [sum(g) / len(g) for g in out]


class _Union:
    def __init__(self, n: int):
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


def find_grids(page: Page) -> tuple[list[Grid], list[Char]]:
    """The page's ruled tables with their cells' text, and the characters outside every table."""
    hs = _merge([s for s in page.segments if s.horizontal])
    vs = _merge([s for s in page.segments if not s.horizontal])
    if len(hs) < 2 or len(vs) < 2:
        return [], list(page.chars)
    lines = hs + vs
    uf = _Union(len(lines))
    nh = len(hs)
    for i, h in enumerate(hs):
        for j, v in enumerate(vs):
            if h.a - COVER <= v.pos <= h.b + COVER and v.a - COVER <= h.pos <= v.b + COVER:
                uf.union(i, nh + j)
    groups: dict[int, list[int]] = {}
    for i in range(len(lines)):
        groups.setdefault(uf.find(i), []).append(i)
    grids = []
    for members in groups.values():
        gh = [lines[i] for i in members if i < nh]
        gv = [lines[i] for i in members if i >= nh]
        grid = _grid(page.number, gh, gv)
        if grid is not None:
            grids.append(grid)
    grids.sort(key=lambda g: (g.ys[0], g.xs[0]))
    outside = _assign(grids, page.chars)
    for grid in grids:
        _run_on(grid, page.aside)
        straddled_figures(grid, _beside)
    grids = [g for g in grids if not _low_box(g, outside)]
    for grid in grids:
        _strip_text_bands(grid, outside)  # (leaves every grid at least one row, with its cells)
    for grid in grids:
        _spilled_lines(grid, outside)
        for cell in grid.cells:
            if cell.chars:  # an empty cell keeps its text ""
                cell.text = cell_text(cell.chars)
    outside.sort(key=lambda c: (c.top, c.x0))
    return grids, outside


def _run_on(grid: Grid, aside: list[Char]) -> None:
    """A word longer than its cell is wide: Excel prints it on over the next cells of its row while they are empty,
    or cuts it at its cell's rule with a clip where the next cell has text (its hidden characters, `aside`, are still
    in the text layer). Either way its characters follow each other across the rule with no gap, where two texts of
    two cells are parted by both cells' margins. The whole run is given to one cell: the one it starts in when it
    starts at that cell's left margin (left-aligned), else the one holding its middle (centred); the cells it ran
    on over lose it ('二十二、灾害防治' | '及应急管理支出' in the figure column is '二十二、灾害防治及应急管理支出'). A cell
    with text of its own beside the run is not run on over (a spreadsheet cuts the word there instead), and a
    figure never runs on (a spreadsheet prints ### instead)."""
    hidden: dict[int, list[Char]] = {}  # band → the hidden characters beside a clip that lie in it
    if aside:
        x0, top, x1, bottom = grid.bbox
        for ch in aside:
            cx = (ch.x0 + ch.x1) / 2
            if x0 <= cx <= x1 and top <= ch.cy <= bottom:
                hidden.setdefault(bisect_right(grid.ys, ch.cy, hi=grid.n_rows) - 1, []).append(ch)
    cells = grid.cells  # (in order of row, then column)
    for i in range(len(cells) - 1):
        cell, nxt = cells[i], cells[i + 1]
        if not cell.chars or not _beside(cell, nxt):
            continue
        spare = hidden.get(cell.row, []) if hidden else []
        if not spare:
            if not nxt.chars:
                continue
            # (cheaply first: nothing in the next cell starts within RUN_GAP of this cell's rightmost character)
            reach = max([ch.x1 for ch in cell.chars]) + RUN_GAP * max([ch.height for ch in cell.chars])
            if min([ch.x0 for ch in nxt.chars]) > reach:
                continue
        for line in group_lines(cell.chars, 0.5):
            _run_line(grid, cells, i, line, spare)


def _beside(cell: GridCell, nxt: GridCell) -> bool:
    """Two cells of one band, the second just right of the first (neither merged down)."""
    return nxt.row == cell.row == cell.row2 == nxt.row2 and nxt.col == cell.col2 + 1


def _run_line(grid: Grid, cells: list[GridCell], i: int, line: list[Char], spare: list[Char]) -> None:
    """One line of cells[i] run on over the cells to its right in its band (see _run_on; `cells`: the grid's, in
    order of row and column)."""
    h = max(ch.height for ch in line)
    # a figure never runs on; a code (digits only, text to a spreadsheet) is cut at the rule like any text: it goes on
    # under the next cell only hidden ('201100' and its clipped '1')
    code = FIGURE.match(join_chars(line)) is not None
    if code and not (spare and join_chars(line).isdigit()):
        return
    run, parts = list(line), [(cells[i], line)]
    last = line[-1]
    for k in range(i + 1, len(cells)):
        cell = cells[k]
        if not _beside(cells[k - 1], cell):
            break
        # the run goes on hidden under this cell's text (cut at the rule), or shown over it (run on)
        hidden = _chain(last, h, [ch for ch in spare if abs(ch.cy - last.cy) <= 0.3 * h
                                  and grid.xs[cell.col] <= (ch.x0 + ch.x1) / 2 <= grid.xs[cell.col2 + 1]])
        if hidden:
            taken = hidden
        elif code:
            break
        else:
            taken = _chain(last, h, [ch for ch in cell.chars if abs(ch.cy - last.cy) <= 0.3 * h])
            if not taken:
                break
            if len(taken) < len(cell.chars) or FIGURE.match(join_chars(taken)):
                return  # the cell has text of its own, or a figure: two texts that touch, not one run
        run += taken
        parts.append((cell, taken))
        last = taken[-1]
    if len(parts) < 2 or (FIGURE.match(join_chars(run)) and not (code and join_chars(run).isdigit())):
        return
    first = cells[i]
    pad = run[0].x0 - grid.xs[first.col]
    if pad <= 2 * h:
        owner = first  # starts at its cell's left margin: left-aligned, run on to the right
    else:
        middle = (run[0].x0 + run[-1].x1) / 2
        owner = next((c for c, _p in parts if grid.xs[c.col] <= middle <= grid.xs[c.col2 + 1]), first)
    for cell, part in parts:
        ids = {id(ch) for ch in part}
        if cell is not owner:
            cell.chars = [ch for ch in cell.chars if id(ch) not in ids]
    spare_ids = {id(ch) for ch in run}
    owner.chars = [ch for ch in owner.chars if id(ch) not in spare_ids] + run
    spare[:] = [ch for ch in spare if id(ch) not in spare_ids]


def _chain(last: Char, h: float, chars: list[Char]) -> list[Char]:
    """The characters of `chars` that follow `last` one after another, each within RUN_GAP of the one before, of
    the same height (a run of text going on)."""
    out = []
    for ch in sorted(chars, key=_X0):
        if ch.x0 - last.x1 > RUN_GAP * h or ch.x1 <= last.x1 or abs(ch.height - h) > 0.2 * h:
            break
        out.append(ch)
        last = ch
    return out


def _strip_text_bands(grid: Grid, outside: list[Char]) -> None:
    """A frame drawn round the title and the 部门/单位 line (or a note) is not a table row: a full-width band
    at the top or bottom whose text runs over several lines, or has wide gaps, is given back as text."""
    def text_band(i: int) -> GridCell | None:
        cells = [c for c in grid.cells if c.row <= i <= c.row2]
        if len(cells) != 1 or grid.n_cols < 2 or grid.n_rows < 2:
            return None
        cell = cells[0]  # the band's only cell spans all its columns
        if cell.row != i or cell.row2 != i:
            return None
        return cell if cell.chars and _several_lines_or_pieces(cell.chars) else None

    while grid.n_rows >= 2 and (cell := text_band(0)) is not None:
        outside.extend(cell.chars)
        grid.cells.remove(cell)
        grid.ys.pop(0)
        for c in grid.cells:
            c.row -= 1
            c.row2 -= 1
    while grid.n_rows >= 2 and (cell := text_band(grid.n_rows - 1)) is not None:
        outside.extend(cell.chars)
        grid.cells.remove(cell)
        grid.ys.pop()


def _low_box(grid: Grid, outside: list[Char]) -> bool:
    """A ruled box lower than LOW points is a box round a word or a title row printed small, and its text is running
    text (given back to `outside`), unless it holds figures in two or more cells: a table's row printed small (a
    wide sheet fitted to the page; a 总计 row set apart from its table by blank unruled rows)."""
    low = grid.ys[-1] - grid.ys[0] < LOW and sum(
        1 for c in grid.cells if c.chars and FIGURE.match(cell_text(c.chars))) < 2
    if low:
        for cell in grid.cells:
            outside.extend(cell.chars)
    return low


def _several_lines_or_pieces(chars: list[Char]) -> bool:
    centres = sorted([c.cy for c in chars])
    height = max(c.height for c in chars)
    if centres[-1] - centres[0] > 0.6 * height:
        return True
    xs = sorted(chars, key=lambda c: c.x0)
    return any(b.x0 - a.x1 > 3 * height for a, b in zip(xs, xs[1:]))


def _grid(page: int, hs: list[Segment], vs: list[Segment]) -> Grid | None:
    ys = _drop_thin(_cluster([h.pos for h in hs], SNAP))
    xs = _drop_thin(_cluster([v.pos for v in vs], SNAP))
    if len(xs) < 2 or len(ys) < 2:
        return None
    if xs[-1] - xs[0] < 20:
        return None  # a box around a word, an underline with a tick
    ys = _open_edges(xs, ys, vs)
    n_rows, n_cols = len(ys) - 1, len(xs) - 1
    v_at = [[s for s in vs if abs(s.pos - x) <= SNAP] for x in xs]  # the lines drawn along each edge
    h_at = [[s for s in hs if abs(s.pos - y) <= SNAP] for y in ys]
    uf = _Union(n_rows * n_cols)
    # two neighbouring bands are one cell where no line parts them at their middle (the partition does not depend
    # on the order of the unions: each region's root is its lowest index)
    mid_ys = [(ys[i] + ys[i + 1]) / 2 for i in range(n_rows)]
    for j in range(1, n_cols):
        spans = [(s.a - COVER, s.b + COVER) for s in v_at[j]]
        for i, mid_y in enumerate(mid_ys):
            for a, b in spans:
                if a <= mid_y <= b:
                    break
            else:
                uf.union(i * n_cols + j - 1, i * n_cols + j)
    for i in range(1, n_rows):
        spans = [(s.a - COVER, s.b + COVER) for s in h_at[i]]
        for j in range(n_cols):
            mid_x = (xs[j] + xs[j + 1]) / 2
            for a, b in spans:
                if a <= mid_x <= b:
                    break
            else:
                uf.union((i - 1) * n_cols + j, i * n_cols + j)
    parent = uf.parent
    regions: dict[int, list[int]] = {}
    for k in range(n_rows * n_cols):
        root = k if parent[k] == k else uf.find(k)
        members = regions.get(root)
        if members is None:
            regions[root] = [k]
        else:
            members.append(k)
    cells = []
    for ks in regions.values():
        if len(ks) == 1:  # most cells: one band by one
            r1, c1 = divmod(ks[0], n_cols)
            r2, c2 = r1, c1
        else:
            rows = [k // n_cols for k in ks]
            cols = [k % n_cols for k in ks]
            r1, r2, c1, c2 = min(rows), max(rows), min(cols), max(cols)
        cells.append(GridCell(r1, c1, r2, c2, (xs[c1], ys[r1], xs[c2 + 1], ys[r2 + 1])))
    cells.sort(key=lambda c: (c.row, c.col))
    return Grid(page=page, xs=xs, ys=ys, cells=cells, open_top=_open_columns(xs, h_at[0]),
                open_bottom=_open_columns(xs, h_at[-1]))


def _open_columns(xs: list[float], rules: list[Segment]) -> frozenset:
    """The columns no rule of `rules` (those along one edge of the grid) crosses at their middle."""
    spans = [(s.a - COVER, s.b + COVER) for s in rules]
    return frozenset(j for j in range(len(xs) - 1)
                     if not any(a <= (xs[j] + xs[j + 1]) / 2 <= b for a, b in spans))


def _open_edges(xs: list[float], ys: list[float], vs: list[Segment]) -> list[float]:
    """A table carried over from the page before may have no rule across its top (Word draws a row's top border
    only on the page where the row above it is): its first row is drawn by its column rules alone, which run on
    above the first horizontal rule. Where the outer column rules and at least half of all the column rules run on
    level, at least LOW beyond the outermost horizontal rule, their end is the grid's edge (top, or bottom for a
    table carried on to the next page without a rule below its last row)."""
    at = [[s for s in vs if abs(s.pos - x) <= SNAP] for x in xs]

    if not at[0] or not at[-1]:
        return ys

    def edge(reach) -> float | None:
        ends = [reach(lines) for lines in at if lines]
        level = [e for e in ends if abs(e - ends[0]) <= SNAP]
        if abs(ends[-1] - ends[0]) > SNAP or 2 * len(level) < len(at):
            return None
        return sum(level) / len(level)

    top = edge(lambda lines: min(s.a for s in lines))
    if top is not None and ys[0] - top >= LOW:
        ys = [top] + ys
    bottom = edge(lambda lines: max(s.b for s in lines))
    if bottom is not None and bottom - ys[-1] >= LOW:
        ys = ys + [bottom]
    return ys


def _drop_thin(edges: list[float]) -> list[float]:
    out: list[float] = []
    for e in edges:
        if out and e - out[-1] < MIN_BAND:
            out[-1] = (out[-1] + e) / 2
        else:
            out.append(e)
    return out


def _assign(grids: list[Grid], chars: list[Char]) -> list[Char]:
    if not grids:
        return list(chars)
    lookup = []
    for g in grids:
        n_cols = g.n_cols
        index: list[GridCell | None] = [None] * (g.n_rows * n_cols)  # band r, c → its cell, at r * n_cols + c
        for cell in g.cells:
            for r in range(cell.row, cell.row2 + 1):
                for c in range(cell.col, cell.col2 + 1):
                    index[r * n_cols + c] = cell
        lookup.append((*g.bbox, g.xs, g.ys, g.n_rows, n_cols, index))
    outside = []
    for ch in chars:
        cx, cy = (ch.x0 + ch.x1) / 2, ch.cy
        for x0, top, x1, bottom, xs, ys, n_rows, n_cols, index in lookup:
            if x0 <= cx <= x1 and top <= cy <= bottom:
                # the band holding the centre; a centre on the frame: the edge band (the last edge is left out)
                r = bisect_right(ys, cy, hi=n_rows) - 1
                c = bisect_right(xs, cx, hi=n_cols) - 1
                index[r * n_cols + c].chars.append(ch)
                break
        else:
            outside.append(ch)
    return outside


def _spilled_lines(grid: Grid, outside: list[Char]) -> None:
    """Text wrapped over more lines than its row's height holds is printed centred on the row and runs over the
    rules above and below it: a rule cuts its first or last line, whose centre may lie in the next row (and print
    over that row's text), or outside the table for its first and last rows. Each such line is given to the cell
    whose text it continues, chosen for all the cut lines of a column at once: no two lines of one cell overlap,
    and each cell's text is the best centred in it. (Text of the table is never put outside it.)"""
    stacks: dict[tuple[int, int], list[GridCell]] = {}
    spilled = set()
    for cell in grid.cells:
        key = (cell.col, cell.col2)
        stacks.setdefault(key, []).append(cell)
        top, bottom = cell.bbox[1], cell.bbox[3]
        for ch in cell.chars:
            over = CUT * ch.height
            if ch.top < top - over or ch.bottom > bottom + over:
                spilled.add(key)
                break
    # characters outside the table that its top or bottom frame cuts: the edge row's text spilled out of it
    n_cols, last = grid.n_cols, grid.n_rows - 1
    x0, top, x1, bottom = grid.bbox
    edge_cells = {}
    for cell in grid.cells:
        for row in {cell.row, cell.row2} & {0, last}:
            for col in range(cell.col, cell.col2 + 1):
                edge_cells[(row, col)] = cell
    spilt: dict[tuple[int, int], list[Char]] = {}
    for ch in outside:
        cx = (ch.x0 + ch.x1) / 2
        over = CUT * ch.height
        if x0 <= cx <= x1 and (ch.top + over < top < ch.bottom - over or ch.top + over < bottom < ch.bottom - over):
            cell = edge_cells[(0 if ch.cy < top else last, bisect_right(grid.xs, cx, hi=n_cols) - 1)]
            spilt.setdefault((cell.col, cell.col2), []).append(ch)
    for key in spilled | spilt.keys():
        taken = _reassign(stacks[key], spilt.get(key, []), top, bottom)
        outside[:] = [ch for ch in outside if id(ch) not in taken]


def _reassign(cells: list[GridCell], spilt: list[Char], top: float, bottom: float) -> set[int]:
    """The lines of one column of cells (the same columns, top to bottom; `spilt`: characters outside the table
    that its frame, from `top` to `bottom`, cuts) given to its cells; see _spilled_lines. Returns the characters
    of `spilt` taken into a cell (by id)."""
    chain = list(cells)
    first, last = cells[0], cells[-1]
    # above and below the table: a cell each, empty, whose text need not be centred (its lines are only `spilt`'s)
    if any(ch.cy < top for ch in spilt):
        row = first.row - 1
        chain.insert(0, GridCell(row, first.col, row, first.col2, (0.0, -INF, 0.0, top)))
    if any(ch.cy > top for ch in spilt):
        row = last.row2 + 1
        chain.append(GridCell(row, last.col, row, last.col2, (0.0, bottom, 0.0, INF)))
    outer = {k for k in (0, len(chain) - 1) if chain[k] is not first and chain[k] is not last}
    # the table's lines, then the lines outside it (each line's centre is inside the table, or outside it)
    lines = group_lines([ch for cell in cells for ch in cell.chars], 0.5)
    n_inside = len(lines)
    lines += group_lines(spilt, 0.5)
    boxes = [(min([c.top for c in ln]), max([c.bottom for c in ln]), max([c.height for c in ln])) for ln in lines]
    tops = [cell.bbox[1] for cell in chain]
    # the rules between two cells one above the other: edge j parts cells j - 1 and j
    edges = [(j, b.bbox[1]) for j, (a, b) in enumerate(zip(chain, chain[1:]), start=1) if a.row2 + 1 == b.row]
    home = []  # the cell holding each line's centre
    on_edge: dict[int, list[int]] = {}  # edge j → the lines it cuts, which go to cell j - 1 or j
    for i, (t, b, h) in enumerate(boxes):
        k = max(bisect_right(tops, (t + b) / 2) - 1, 0)
        home.append(k)
        cuts = [j for j, y in edges if t + CUT * h < y < b - CUT * h]
        # (a line taller than its row stays where its centre is, and the table's text stays in it)
        if len(cuts) == 1 and (k in outer or not {cuts[0] - 1, cuts[0]} & outer):
            on_edge.setdefault(cuts[0], []).append(i)
    on_edge = {j: ids for j, ids in on_edge.items() if len(ids) <= 3}  # (more: not a wrapped label; left alone)
    cut = {i for ids in on_edge.values() for i in ids}
    fixed: list[list[int]] = [[] for _ in chain]
    for i, k in enumerate(home):
        if i not in cut:
            fixed[k].append(i)

    def cost(k: int, members: list[int]) -> float:
        """How far cell k's text sits from the cell's middle; infinite when two of its lines overlap."""
        if not members or k in outer:
            return 0.0
        spans = sorted([boxes[i] for i in members])
        for (_t1, b1, h1), (t2, _b2, h2) in zip(spans, spans[1:]):
            if b1 - t2 > OVERLAP * min(h1, h2):
                return INF
        middle = (spans[0][0] + max([b for _t, b, _h in spans])) / 2
        return abs(middle - (chain[k].bbox[1] + chain[k].bbox[3]) / 2)

    # dynamic programme over the cells top to bottom: a state is the set (bits) of the lines cut by the rule below
    # the cell that go down into the next cell; each state keeps its least cost and the choices that led to it
    best: dict[int, tuple[float, list[int]]] = {0: (0.0, [])}
    for k in range(len(chain)):
        above = on_edge.get(k, [])
        below = on_edge.get(k + 1, [])
        nxt: dict[int, tuple[float, list[int]]] = {}
        for down in range(1 << len(below)):
            up = [i for b, i in enumerate(below) if not down >> b & 1]
            penalty = MOVED * sum(1 for b, i in enumerate(below) if (home[i] == k + 1) != bool(down >> b & 1))
            for came, (total, path) in best.items():
                members = fixed[k] + [i for b, i in enumerate(above) if came >> b & 1] + up
                total += cost(k, members) + penalty
                if down not in nxt or total < nxt[down][0]:
                    nxt[down] = (total, path + [down])
        best = nxt
    total, path = best[0]
    if total == INF:
        return set()  # no reading keeps each cell's lines apart: the centres decide, as for any other text
    target = list(home)
    for j, ids in on_edge.items():
        for b, i in enumerate(ids):
            target[i] = j if path[j - 1] >> b & 1 else j - 1
    for cell in cells:
        cell.chars = []
    taken = set()
    for i, (line, k) in enumerate(zip(lines, target)):
        if k not in outer:  # (only a line from outside can go there: it stays outside)
            chain[k].chars.extend(line)
            if i >= n_inside:
                taken.update(map(id, line))
    return taken


def group_lines(chars: list[Char], tolerance: float) -> list[list[Char]]:
    """Characters grouped into lines top to bottom (a character joins the line whose first character's centre is
    within `tolerance` × the taller height of its own), each line left to right."""
    lines: list[list[Char]] = []
    last: list[Char] = []
    ref = None
    for ch in sorted(chars, key=centre_y):
        if ref is not None:
            h = ref.height if ref.height >= ch.height else ch.height
            if abs(ch.cy - ref.cy) <= h * tolerance:
                last.append(ch)
                continue
        last = [ch]
        ref = ch
        lines.append(last)
    for line in lines:
        line.sort(key=_X0)
    return lines


def cell_text(chars: list[Char]) -> str:
    """Characters of one cell (at least one) as one string: lines top to bottom, each left to right, wrapped lines
    joined."""
    if len(chars) == 1:
        return chars[0].text
    cys = [c.cy for c in chars]
    if max(cys) - min(cys) <= 0.5 * min([c.height for c in chars]):
        # one line, as group_lines would find it (every centre within half of any height of the top-most one's):
        # the same order, without its loop
        line = sorted(chars, key=centre_y)
        line.sort(key=_X0)
        return join_chars(line)
    return "".join([join_chars(line) for line in group_lines(chars, 0.5)])


def join_chars(line: list[Char]) -> str:
    """Characters of one line, left to right; a space only where a wide gap parts two Latin words or numbers."""
    text = "".join([ch.text for ch in line])
    if _ASCII_PAIR.search(text) is None:
        return text  # no two Latin characters side by side: nothing to part (most Chinese lines)
    prev = line[0]
    out = [prev.text]
    prev_ascii = prev.text.isascii()
    for ch in line[1:]:
        text = ch.text
        is_ascii = text.isascii()
        if is_ascii and prev_ascii:
            if ch.x0 - prev.x1 > max(prev.height, ch.height) * 0.6:
                out.append(" ")
        out.append(text)
        prev, prev_ascii = ch, is_ascii
    return "".join(out)


_ASCII_PAIR = re.compile("[\x00-\x7f]{2}")  # two ASCII characters side by side
centre_y = attrgetter("cy")
_X0 = attrgetter("x0")
