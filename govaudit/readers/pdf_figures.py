"""Figures of narrow table columns printed close together (issue 9, p1): where one figure ends and the next begins.

Whole amounts in 元 ('12,886,450', '12886450') fill a narrow right-aligned column, and the next column's figure
starts a point or two after it: closer than the gaps that part a line's pieces elsewhere. Three signs part them:

- a ruling line (ruled tables): a figure wider than its cell is printed over its rule; the glyph across the rule goes
  with the figure it is set tight with, in the cell that holds the figure's middle (`straddled_figures`);
- the thousands separators (tables without rules): '12,886,45010,245,300' is no figure, '12,886,450' and
  '10,245,300' are, so a visible gap between the two parts them (`regroups`);
- the columns' right edges (tables without rules, no separators): the other rows' right-aligned figures end at the
  column's edge; a visible gap inside a run of digits exactly there parts it (`figure_edges`, `at_edge`).

A gap counts only when it is wider than the digits' own spacing (FIGURE_TIGHT of the line's height): digits set tight never
part, nor does a 科目编码 typed with spaces ('201 01 01': no separator, no column edge).
"""

from __future__ import annotations

import re
from bisect import bisect_left

FIGURE_TIGHT = 0.1  # × the line's height: a gap narrower than this is a figure's own spacing, never a column's
OVER = 0.2  # points: a glyph this far over its cell's rule on both sides is printed across it
SPACE = 0.6  # × the height: a gap wider than this between two Latin words is a space (pdf_grid.join_chars)
END = 0.25  # × the line's height: a digit followed by a gap wider than this ends a figure (uneven glyphs: 0.15)
EDGE = 0.6  # points: figures of one right-aligned column end within this of each other
_FIGURE_CHARS = frozenset("0123456789,.()（）-")
_INNER = frozenset("0123456789,.")  # (a dash across a rule is a zero of its own narrow cell, not a figure's sign)
_GROUPED = re.compile(r"[(（-]?\d{1,3}(?:,\d{3})*(?:\.\d+)?[)）]?")  # a figure as a grouped print shows it
_WHOLE = re.compile(r"[(（-]?\d{1,3}(?:,\d{3})*[)）]?")  # a whole figure in 元, grouped where it has four digits or more
_DIGITS = re.compile(r"-?\d+")


def regroups(chars, i: int, space: float) -> bool:
    """The figure characters before chars[i] and from it (each side the run set closer than `space`, the gap between
    them, and `space` at least twice any gap inside either: not glyphs set unevenly) are each a whole figure, one at least
    with thousands separators, and the two together are no figure: '12,886,450' | '10,245,300', not '1' | ',234' nor
    '201' | '01'."""
    a, inner_a = _run(chars, i - 1, -1, space)
    b, inner_b = _run(chars, i, 1, space)
    if not a or not b or 2 * max(inner_a, inner_b) >= space:
        return False
    if not ("," in a + b and _WHOLE.fullmatch(a) and _WHOLE.fullmatch(b)):
        return False  # (figures with decimals are parted at their decimals' end: pdf_text._amount_beside)
    return _GROUPED.fullmatch(a + b) is None


def _run(chars, j: int, step: int, space: float) -> tuple[str, float]:
    """The figure characters from chars[j] on in direction `step` (-1 left, 1 right), each set closer than `space`
    to the one before it, as a string in reading order, and the widest gap among them."""
    out, widest = [], 0.0
    k = j
    while 0 <= k < len(chars) and chars[k].text in _FIGURE_CHARS:
        if k != j:
            gap = chars[k].x0 - chars[k - 1].x1 if step > 0 else chars[k + 1].x0 - chars[k].x1
            if gap >= space:
                break
            widest = max(widest, gap)
        out.append(chars[k].text)
        k += step
    return "".join(out if step > 0 else reversed(out)), widest


def figure_edges(lines) -> list[float]:
    """Where the figures of a page's table lines end (a digit followed by a gap wider than END, or by no figure
    character; at most once a line at one place), sorted: a right-aligned column's edge shows as many ends at one x."""
    ends = []
    for ln in lines:
        chars, wide, seen = ln.chars, END * ln.height, set()
        for k, c in enumerate(chars):
            if c.text.isdigit() and (k + 1 == len(chars) or chars[k + 1].x0 - c.x1 > wide
                                     or chars[k + 1].text not in _FIGURE_CHARS) and round(c.x1) not in seen:
                seen.add(round(c.x1))
                ends.append(c.x1)
    ends.sort()
    return ends


def close_digits(line) -> bool:
    """Two digits of the line parted by a gap wider than a figure's own spacing yet narrower than a space."""
    chars, tight = line.chars, FIGURE_TIGHT * line.height
    return any(tight < b.x0 - a.x1 <= SPACE * line.height and a.text.isdigit() and b.text.isdigit()
               for a, b in zip(chars, chars[1:]))


def at_edge(chars, i: int, space: float, edges: list[float]) -> bool:
    """Digits before chars[i] end where at least two other lines' figures end (a column's right edge), the gap to
    chars[i] (a digit) is more than twice any other inside the run of figure characters it parts, and that run holds
    no separator, each side four digits or more: two whole figures of two columns ('12886450' | '10245300')."""
    if not (chars[i].text.isdigit() and chars[i - 1].text.isdigit()) or space > SPACE * chars[i].height:
        return False  # (a wider gap is a space between two words: join_chars keeps it, and the columns part them)
    x = chars[i - 1].x1
    k = bisect_left(edges, x - EDGE)
    if sum(1 for e in edges[k:k + 4] if e <= x + EDGE) < 3:  # (its own line's end there, and two others)
        return False
    wide = SPACE * chars[i].height
    if any(c in ",." for c in _run(chars, i - 1, -1, wide)[0] + _run(chars, i, 1, wide)[0]):
        return False  # (figures with separators or decimals: regroups, pdf_text._amount_beside)
    a, inner_a = _run(chars, i - 1, -1, space)
    b, inner_b = _run(chars, i, 1, space)
    # (each the widest figure of a narrow column in 元: four digits or more; '10' of a 行次 column is never parted)
    return 2 * max(inner_a, inner_b) < space and _DIGITS.fullmatch(a) is not None and b.isdigit() \
        and len(a.lstrip("-")) >= 4 and len(b) >= 4


def straddled_figures(grid, beside) -> None:
    """A figure wider than its narrow cell printed over the cell's rule: the glyph across the rule, whose centre
    lies in the next cell, goes with the figure it is set tight with ('合计' | '12,886,450' read '合计1' |
    '2,886,450'), in the cell holding the figure's middle. Only a glyph printed across the rule moves a run: two
    figures each inside its own cell stay apart however close."""
    cells = grid.cells
    for n in range(len(cells) - 1):
        cell, nxt = cells[n], cells[n + 1]
        if not cell.chars or not nxt.chars or not beside(cell, nxt):
            continue
        edge = grid.xs[nxt.col]
        across = [ch for ch in cell.chars + nxt.chars
                  if ch.x0 < edge - OVER and ch.x1 > edge + OVER and ch.text in _INNER]
        for ch in across:
            _give_run(cell, nxt, edge, ch)


def _give_run(cell, nxt, edge: float, ch) -> None:
    """The tight run of figure characters through `ch` on its line, in both cells, to the one holding its middle."""
    h = ch.height
    line = sorted([c for c in cell.chars + nxt.chars if abs(c.cy - ch.cy) <= 0.3 * h], key=lambda c: c.x0)
    at = next(k for k, c in enumerate(line) if c is ch)
    a = b = at
    tight = FIGURE_TIGHT * h
    while a > 0 and line[a - 1].text in _FIGURE_CHARS and line[a].x0 - line[a - 1].x1 <= tight:
        a -= 1
    while b + 1 < len(line) and line[b + 1].text in _FIGURE_CHARS and line[b + 1].x0 - line[b].x1 <= tight:
        b += 1
    run = line[a:b + 1]
    if not _GROUPED.fullmatch("".join(c.text for c in run)) and not _DIGITS.fullmatch("".join(c.text for c in run)):
        return
    ids = {id(c) for c in run}
    owner, other = (cell, nxt) if (run[0].x0 + run[-1].x1) / 2 < edge else (nxt, cell)
    other.chars = [c for c in other.chars if id(c) not in ids]
    owner.chars = [c for c in owner.chars if id(c) not in ids] + run
