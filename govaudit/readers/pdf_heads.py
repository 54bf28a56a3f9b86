"""Group headers of a table printed without rules, spread over the columns they head.

A merged header cell ('预算数' over 合计 | 因公出国（境）费 | 公务用车购置及运行费 … | 公务接待费, '公务用车购置及运行费'
over 小计 | 购置费 | 运行费, '合计' over 预算数 | 决算数) prints as one word centred over its columns, with no rule to
show how far it reaches: it lies over one or two of them only (or over a gutter), and the columns beside it would be
read as headed by nothing, or by the group header of the other side. A ruled print shows the merge; here it is
found from the header's other words. The word heads the columns around it up to the columns the other words claim:
the words beside it on its line (halfway to them), the words of lines above it that it does not lie under (tall cells
beside its row: 合计 | 因公出国（境）费 beside '公务用车购置及运行费' … when set higher) and of the lines between it and
its sub-headers (the same tall cells set lower). Only when at least one of its sides is so bounded (not both the
table's edges: the reach of a word with nothing beside it is not known), every column is headed below it, no
header word below reaches out of the columns, and it is centred over them.
"""

from __future__ import annotations

CENTRED = 1.0  # character heights: a group header's centre lies this close to its columns' centre (or a quarter of
# their width: the columns' middles are known from their header words, centred in cells of unknown width)


def spread_group_heads(heads: list, spans: list[list[float]]) -> None:
    """heads: a table's header lines (pdf_text.Line, columns set), top to bottom; spans: the table's columns."""
    for n in reversed(range(len(heads) - 1)):  # the lowest first: a group over a group reaches over its columns
        line = heads[n]
        cols = list(line.columns)
        for k, (c1, c2) in enumerate(line.columns):
            wide = _group(line, k, heads[:n], heads[n + 1:], spans)
            if wide is not None and wide[0] <= c1 and c2 <= wide[1]:
                cols[k] = wide
        if all(a[1] < b[0] for a, b in zip(cols, cols[1:])):
            line.columns = cols


def _over(a, b) -> bool:
    return a.bbox[0] < b.bbox[2] and a.bbox[2] > b.bbox[0]


def _group(line, k: int, above: list, below: list, spans: list[list[float]]) -> tuple[int, int] | None:
    piece, n = line.pieces[k], len(spans)
    under = next((i for i, ln in enumerate(below) if any(_over(p, piece) for p in ln.pieces)), None)
    if under is None:
        return None
    # the line it hangs from (its group header's, if any): the lines from there down are beside its row
    parent = next((i for i in reversed(range(len(above))) if any(_over(p, piece) for p in above[i].pieces)), 0)
    claimed = [False] * n
    for ln in above[parent:] + below[:under]:
        for (q1, q2), p in zip(ln.columns, ln.pieces):
            if not _over(p, piece):
                claimed[q1:q2 + 1] = [True] * (q2 + 1 - q1)
    lo = (line.pieces[k - 1].bbox[2] + piece.bbox[0]) / 2 if k > 0 else float("-inf")  # halfway to the words
    hi = (piece.bbox[2] + line.pieces[k + 1].bbox[0]) / 2 if k + 1 < len(line.pieces) else float("inf")
    for j, (x0, x1) in enumerate(spans):
        if not lo < (x0 + x1) / 2 < hi:
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
    if abs((left + right) / 2 - mid) > max(CENTRED * line.height, 0.25 * (right - left)):
        return None
    return a, b
