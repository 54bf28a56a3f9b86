"""Group headers of a table printed without rules, spread over the columns they head.

A merged header cell ('预算数' over 合计 | 因公出国（境）费 | 公务用车购置及运行费 … | 公务接待费, '公务用车购置及运行费'
over 小计 | 购置费 | 运行费, '合计' over 预算数 | 决算数) prints as one word centred over its columns, with no rule to
show how far it reaches: it lies over one or two of them only (or over a gutter), and the columns beside it would be
read as headed by nothing, or by the group header of the other side. A ruled print shows the merge; here it is
found from the header's other words. The word heads the columns around it up to the columns the other words claim:
the words beside it on its line (halfway to them), the words of lines above it that it does not lie under (tall cells
beside its row: the lines less than a row above it, 合计 | 因公出国（境）费 centred over two rows beside '小计') and of
the lines between it and its sub-headers (the same tall cells, beside '公务用车购置及运行费'). Only when at least one of its sides is so bounded (not both the
table's edges: the reach of a word with nothing beside it is not known), every column is headed below it, no
header word below reaches out of the columns, and it is centred over them.
"""

from __future__ import annotations

BESIDE = 0.75  # rows: a header line less than this far above another is beside its row (a tall cell's words)
CENTRED = 1.0  # character heights: a group header's centre lies this close to its columns' centre (or a tenth of
# their width: the columns' middles are known from their header words, centred in cells of unknown width)
TALL = 0.25  # character heights: a word starting this much higher than the words under a group header is a tall cell
FLUSH = 0.25  # character heights: a word starts where another does (both typed at one tab stop)


def spread_group_heads(heads: list, spans: list[list[float]]) -> None:
    """heads: a table's header lines (pdf_text.Line, columns set), top to bottom; spans: the table's columns."""
    # the header's row pitch: its lines are a row apart, or half a row (a tall cell's words, centred over two rows)
    pitch = max((b.top - a.top for a, b in zip(heads, heads[1:])), default=0.0)
    # the columns' middles: their lowest header words', centred in their cells (a right-aligned figure's column
    # lies right of its cell's middle), else their spans'
    centres = [(a + b) / 2 for a, b in spans]
    lefts: list[float | None] = [None] * len(spans)  # the left end of each column's lowest header word
    for line in reversed(heads):
        for (c1, c2), p in zip(line.columns, line.pieces):
            if c1 == c2 and centres[c1] == (spans[c1][0] + spans[c1][1]) / 2:
                centres[c1] = (p.bbox[0] + p.bbox[2]) / 2
                lefts[c1] = p.bbox[0]
    for n in reversed(range(len(heads) - 1)):  # the lowest first: a group over a group reaches over its columns
        line = heads[n]
        cols = list(line.columns)
        beside = [ln for ln in heads[:n] if line.top - ln.top < BESIDE * pitch]
        for k, (c1, c2) in enumerate(line.columns):
            # its own columns, for `loose`: those it lies over and one it ends within a character of (a group header
            # partly in a wide gutter: '“三公”经费预算数' set between two columns 24 pt apart)
            p, h = line.pieces[k], line.height
            near = [j for j, (a, b) in enumerate(spans) if a < p.bbox[2] + h and b > p.bbox[0] - h]
            own = (min(near + [c1]), max(near + [c2]))
            wide = _group(line, k, beside, heads[n + 1:], centres, parents=heads[:n]) or _group(
                line, k, beside, heads[n + 1:], centres, loose=True, own=own, parents=heads[:n])
            if wide is None and _flush(line, lefts):
                wide = _group(line, k, beside, heads[n + 1:], centres, flush=heads[:n])
            if wide is None and len(line.pieces) > 1 and not _flush(line, lefts):  # (centred words, not tab stops)
                # group words side by side over runs of different widths, no reading found: the run centred under
                # it, its reach not halved at the two words' midpoint ('财政拨款' over four columns beside '单位资金'
                # over seven reached neither 小计)
                alt = _group(line, k, beside, heads[n + 1:], centres, loose=True, own=own, parents=heads[:n],
                             between=True)
                if alt is not None:
                    wide = alt
            if wide is not None and wide[0] <= c1 and c2 <= wide[1]:
                cols[k] = wide
        if all(a[1] < b[0] for a, b in zip(cols, cols[1:])):
            line.columns = cols


def _over(a, b) -> bool:
    return a.bbox[0] < b.bbox[2] and a.bbox[2] > b.bbox[0]


def between_pair(piece, ln, height: float):
    """The two words of the line `ln` below `piece` that it lies between, over neither and centred (within a
    character height) over the two together, or None: a group header over two columns set so far apart that it lies
    in their gutter (the caller asks that the two head neighbouring columns)."""
    left = [p for p in ln.pieces if p.bbox[2] <= piece.bbox[0]]
    right = [p for p in ln.pieces if p.bbox[0] >= piece.bbox[2]]
    if not (left and right and len(left) + len(right) == len(ln.pieces)) or abs(
            (piece.bbox[0] + piece.bbox[2]) / 2 - (left[-1].bbox[0] + right[0].bbox[2]) / 2) > CENTRED * height:
        return None
    return left[-1], right[0]


def _over_pair(piece, ln, height: float) -> bool:
    """`piece` is the group header of two neighbouring columns headed by words of `ln` (between_pair)."""
    pair = between_pair(piece, ln, height)
    if pair is None:
        return False
    cols = dict(zip(map(id, ln.pieces), ln.columns))
    return cols[id(pair[0])][1] + 1 == cols[id(pair[1])][0]


def _flush(line, lefts: list[float | None]) -> bool:
    """A header line typed at tab stops: two words or more, each starting where the lowest header word of some
    column starts (a table made of tab stops sets every word at its column's left; a centred group header is not
    flush with the words under it)."""
    tol = FLUSH * line.height
    return len(line.pieces) >= 2 and all(any(x is not None and abs(p.bbox[0] - x) <= tol for x in lefts)
                                         for p in line.pieces)


def _group(line, k: int, above: list, below: list, centres: list[float], loose: bool = False,
           flush: list | None = None, own: tuple[int, int] | None = None, parents: list = (),
           between: bool = False) -> tuple[int, int] | None:
    """above: the header lines less than a row above `line` (tall cells beside its row); below: those under it.
    loose: a word between it and its sub-headers that has words of its own under it bounds it not (a group of the
    group's: '公务用车购置及运行费' over 小计 | 购置费 | 运行费, beside the group's tall cells 合计 | 因公出国（境）费 under
    '“三公”经费预算数'; asked only when the word's own columns are bounded so, and then it must be centred over the
    columns it reaches). parents: the header lines above it (_under_parent). between: group words side by side over
    runs of very different widths ('财政拨款' over four columns beside '单位资金' over seven, a 收入总表's three-row head):
    halfway between the two words is not where the runs meet, so it may reach up to its neighbours' own words and
    heads the run of columns centred under it (_between_run), or nothing."""
    piece, n = line.pieces[k], len(centres)
    under = next((i for i, ln in enumerate(below) if any(_over(p, piece) for p in ln.pieces)
                  or _over_pair(piece, ln, line.height)), None)
    if under is None:
        return None
    claimed, strict = [False] * n, [False] * n
    for j, ln in enumerate(above + below[:under]):
        lower = below[j - len(above) + 1:] if loose and j >= len(above) else []
        for (q1, q2), p in zip(ln.columns, ln.pieces):
            if not _over(p, piece):
                strict[q1:q2 + 1] = [True] * (q2 + 1 - q1)
                if not any(c1 >= q1 and c2 <= q2 for low in lower for c1, c2 in low.columns):
                    claimed[q1:q2 + 1] = [True] * (q2 + 1 - q1)
    # tall cells beside its row read into its sub-headers' line (centred over both rows, they start higher than the
    # words under it: '合计 · 因公出国（境）费' beside '小计 · 公务用车购置费' under '公务用车购置及运行费')
    sub = below[under]
    tops = [p.bbox[1] for p in sub.pieces if _over(p, piece)]
    for (q1, q2), p in zip(sub.columns, sub.pieces):
        if tops and not _over(p, piece) and p.bbox[1] < min(tops) - TALL * line.height:
            claimed[q1:q2 + 1] = strict[q1:q2 + 1] = [True] * (q2 + 1 - q1)
    o1, o2 = own or line.columns[k]
    if loose and not between and not any(strict[o1:o2 + 1]):
        return None  # (its own columns were not bounded: the strict reading stands)
    lo = (line.pieces[k - 1].bbox[2] + piece.bbox[0]) / 2 if k > 0 else float("-inf")  # halfway to the words
    hi = (piece.bbox[2] + line.pieces[k + 1].bbox[0]) / 2 if k + 1 < len(line.pieces) else float("inf")
    if between:  # up to the neighbours' own runs: the columns each is centred over, from its own towards this word
        lo, hi = _neighbours_reach(line, k, centres)
    bound = list(claimed)  # (the columns other words claim, before the bounds of its own line)
    if flush is not None:  # typed at its first column's left: it reaches from there up to the next word on its
        # line, or on a line above it (a word above starts a group of its own: 公务接待费 over its two columns ends
        # 公务用车运行维护费 under 公务用车购置及运行维护费)
        tol = FLUSH * line.height
        lo = piece.bbox[0] - tol
        hi = min([p.bbox[0] for ln in flush + [line] for p in ln.pieces if p.bbox[0] > piece.bbox[0] + tol],
                 default=float("inf")) - tol
    for j, x in enumerate(centres):
        if not lo < x < hi:
            claimed[j] = True
    c1, c2 = line.columns[k]
    if any(claimed[c1:c2 + 1]):
        return None
    a, b = c1, c2
    while a > 0 and not claimed[a - 1]:
        a -= 1
    while b + 1 < n and not claimed[b + 1]:
        b += 1
    if (a, b) == (c1, c2) or (a == 0 and b == n - 1):
        return None  # (bounded by the table's edges alone: how far it reaches is not known)
    words = [(c, p.bbox) for ln in below[under:] for c, p in zip(ln.columns, ln.pieces) if c[1] >= a and c[0] <= b]
    if any(q1 < a or q2 > b for (q1, q2), _ in words):
        return None  # a header word below reaching out of the columns
    if not {c for (q1, q2), _ in words for c in range(q1, q2 + 1)}.issuperset(range(a, b + 1)):
        return None  # a column headed by nothing below: the columns are not all found, or these are no headers
    left = min(box[0] for (q1, _q2), box in words if q1 == a)
    right = max(box[2] for (_q1, q2), box in words if q2 == b)
    mid = (piece.bbox[0] + piece.bbox[2]) / 2
    if flush is not None:
        return (a, b) if abs(piece.bbox[0] - left) <= FLUSH * line.height else None
    if between:
        return _between_run(piece, line.height, (c1, c2), (a, b), centres,
                            (a == 0 or bound[a - 1], b == n - 1 or bound[b + 1]), words)
    if abs((left + right) / 2 - mid) > max(CENTRED * line.height, 0.1 * (right - left)):
        return None
    parent = _under_parent((a, b), piece, parents, centres)
    if parent is not None and abs((left + right) / 2 - mid) > CENTRED * line.height:
        return _centred_within(piece, line.height, (c1, c2), parent, words) or (a, b)
    return a, b


def _under_parent(reach: tuple[int, int], piece, parents: list, centres: list[float]) -> tuple[int, int] | None:
    """`reach` narrowed to the columns whose middles lie under the one word over `piece` of each header line above
    it, halfway to that word's neighbours: a group's columns are all under its parent group ('公务用车购置及运行维护费'
    of the 预算数 half never heads the 决算数 half's 合计). None when no line above has a word over it: a top group
    (预算数 over its half) is bounded by its neighbours, not by its centring alone."""
    a, b = reach
    found = False
    for ln in parents:
        over = [i for i, p in enumerate(ln.pieces) if _over(p, piece)]
        if len(over) != 1:
            continue
        found = True
        i, ps = over[0], ln.pieces
        lo = (ps[i - 1].bbox[2] + ps[i].bbox[0]) / 2 if i > 0 else float("-inf")
        hi = (ps[i].bbox[2] + ps[i + 1].bbox[0]) / 2 if i + 1 < len(ps) else float("inf")
        while a < b and not lo < centres[a] < hi:
            a += 1
        while b > a and not lo < centres[b] < hi:
            b -= 1
    return (a, b) if found else None


def _neighbours_reach(line, k: int, centres: list[float]) -> tuple[float, float]:
    """(lo, hi) for _group's `between`: past the columns of the words beside `k` on its line, each taken to reach
    from its own columns towards `k` as far as it is centred best over them (a tall '合计' centred over its two
    columns, read over the first only, still heads the second)."""
    (c1, c2), lo, hi = line.columns[k], float("-inf"), float("inf")
    if k > 0:
        (q1, q2), p = line.columns[k - 1], line.pieces[k - 1]
        m = (p.bbox[0] + p.bbox[2]) / 2
        q = min(range(q2, c1), key=lambda j: abs((centres[q1] + centres[j]) / 2 - m), default=q2)
        lo = max(p.bbox[2], centres[q])
    if k + 1 < len(line.pieces):
        (q1, q2), p = line.columns[k + 1], line.pieces[k + 1]
        m = (p.bbox[0] + p.bbox[2]) / 2
        q = min(range(c2 + 1, q1 + 1), key=lambda j: abs((centres[j] + centres[q2]) / 2 - m), default=q1)
        hi = min(p.bbox[0], centres[q])
    return lo, hi


def _between_run(piece, height: float, own: tuple[int, int], reach: tuple[int, int], centres: list[float],
                 firm: tuple[bool, bool], words: list) -> tuple[int, int] | None:
    """The run of columns a group word heads (_group's `between`): an end of its reach the table's edge or another
    line's word bounds is the run's end; an end its neighbour on its line bounds is where the run is centred under it,
    its columns' middles (their header words') taken for their cells' (a short '小计' and a long '国有资本经营预算'
    at the two ends put the words' outer edges off the cells' centre by half their difference). Within a tenth of the
    run's width or a character, and the best such by a character at least; else None (not known)."""
    mid = (piece.bbox[0] + piece.bbox[2]) / 2
    starts = [reach[0]] if firm[0] else range(reach[0], own[0] + 1)
    ends = [reach[1]] if firm[1] else range(own[1], reach[1] + 1)
    found = []
    for a in starts:
        for b in ends:
            if any(q1 < a <= q2 or q1 <= b < q2 for (q1, q2), _ in words):
                continue  # (a word below crossing the run's ends)
            off = abs((centres[a] + centres[b]) / 2 - mid)
            if off <= max(CENTRED * height, 0.1 * (centres[b] - centres[a])):
                found.append((off, (a, b)))
    found.sort()
    if not found or len(found) > 1 and found[1][0] - found[0][0] < CENTRED * height or found[0][1] == own:
        return None  # (none, two alike, or the columns it lies over: the reading without it)
    return found[0][1]


def _centred_within(piece, height: float, own: tuple[int, int], reach: tuple[int, int], words: list):
    """Of the runs of columns within `reach` holding the word's own columns, the one whose header words below are
    centred under it best, within a character, and as wide as it at least: the columns it heads when nothing but its
    centring bounds it (a header at the foot of its merged cell, Excel's default: '合计 | 因公出国（境）费' printed
    level with '小计 | 公务用车购置费' under '公务用车购置及运行维护费'; the reach up to the halfway points would
    take 合计 in). None when no run is so centred."""
    mid, best = (piece.bbox[0] + piece.bbox[2]) / 2, None
    for a in range(reach[0], own[0] + 1):
        for b in range(own[1], reach[1] + 1):
            if (a, b) == reach or any(q1 < a <= q2 or q1 <= b < q2 for (q1, q2), _ in words):
                continue  # (the whole reach: the caller's; a word below crossing the run's ends)
            left = min((box[0] for (q1, _q2), box in words if q1 == a), default=None)
            right = max((box[2] for (_q1, q2), box in words if q2 == b), default=None)
            if left is None or right is None or piece.bbox[0] < left - height or piece.bbox[2] > right + height:
                continue
            off = abs((left + right) / 2 - mid)
            if off <= CENTRED * height and (best is None or off < best[0]):
                best = (off, (a, b))
    return best[1] if best else None
