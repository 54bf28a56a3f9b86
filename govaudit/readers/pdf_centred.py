"""Header words printed without rules over a ruled table: the columns a merged header cell spans, told by where its
text is centred.

A header band with no rules of its own (LibreOffice prints only the borders a workbook sets; many set none in the
header) shows no merges: '合计' over the 预算数 | 决算数 pair, '公务用车购置及运行维护费' over six columns, each lies
wholly inside one column or two and so was read as heading only those. But a merged cell's text is centred on the
merge: when a word is not centred on the columns it lies over yet is centred (within CENTRED points) on a wider run
of whole columns holding them, that run is its cell. A word left-aligned or centred in its own column keeps its
columns; a run reaching into a neighbouring word's columns is never taken.
"""

from __future__ import annotations

CENTRED = 1.0  # points: a merged cell's text is centred on the merge to within rounding


def centred_spans(xs: list[float], boxes: list[tuple], spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` (first, last column of each box, in order, not overlapping), each widened to the smallest run of
    columns (between the grid's column lines `xs`) its box is centred on, when it is not centred on its own."""
    out = list(spans)
    n = len(xs) - 1
    for k, ((a, b), bbox) in enumerate(zip(spans, boxes)):
        centre = (bbox[0] + bbox[2]) / 2
        if abs((xs[a] + xs[b + 1]) / 2 - centre) <= CENTRED:
            continue
        lo = out[k - 1][1] + 1 if k > 0 else 0  # the columns left free by the words either side
        hi = spans[k + 1][0] - 1 if k + 1 < len(spans) else n - 1
        runs = [(j0, j1) for j0 in range(lo, a + 1) for j1 in range(b, hi + 1)
                if abs((xs[j0] + xs[j1 + 1]) / 2 - centre) <= CENTRED]
        if runs:
            out[k] = min(runs, key=lambda r: r[1] - r[0])
    return out
