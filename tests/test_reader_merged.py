"""readers/xlsx.py `_merged`: a sheet's merged ranges read by one expression over all its refs when all are written
plainly (issue 13), else one by one as before. The ranges, their order, the cells they empty, and which error comes
first (a huge range before a ref openpyxl refuses or a missing ref after it) are those of the reading one ref at a
time, kept here as the oracle."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govaudit.readers import xlsx
from govaudit.readers.base import Cell, ReadError


def _oracle(refs, cells, uncached):
    """_merged before issue 13's change: each ref by _bounds, each range's covered places by a comprehension."""
    bounds, total = [], 0
    for ref in refs:
        if ref is None:
            raise xlsx._Fallback
        min_col, min_row, max_col, max_row = xlsx._bounds(ref)
        if None in (min_col, min_row, max_col, max_row) or min_col > max_col or min_row > max_row:
            raise xlsx._Fallback
        area = (max_row - min_row + 1) * (max_col - min_col + 1)
        total += area
        if area > xlsx.MAX_MERGED_AREA or total > xlsx.MAX_MERGED_TOTAL:
            raise xlsx._huge_merge(area if area > xlsx.MAX_MERGED_AREA else total)
        bounds.append((min_row, min_col, max_row, max_col))
    for r1, c1, r2, c2 in bounds:
        area = (r2 - r1 + 1) * (c2 - c1 + 1)
        if area == 1 or not cells:
            continue
        if area <= len(cells):
            covered = [(r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1) if (r, c) in cells]
        else:
            covered = [(r, c) for (r, c) in cells if r1 <= r <= r2 and c1 <= c <= c2]
        for key in covered:
            if key == (r1, c1):
                continue
            if key in uncached:
                cells[key] = Cell(row=key[0], col=key[1], value=None, number_format="General",
                                  formula_without_value=True)
            else:
                del cells[key]
    return list(set(iter(set(bounds))))


def _outcome(fn, refs, cells, uncached):
    cells = dict(cells)
    try:
        got = fn(list(refs), cells, set(uncached))
    except (ReadError, xlsx._Fallback, ValueError, TypeError) as exc:  # (ValueError: openpyxl refuses a ref)
        return type(exc).__name__, str(exc)
    return got, list(cells.items())


_CELLS = {(r, c): Cell(r, c, f"v{r}.{c}") for r in range(1, 9) for c in range(1, 7)}


@pytest.mark.parametrize("refs", [
    [],
    ["A1:C1", "A2:A5", "B3", "$D$4:$F$6"],
    ["A1:C1", "A1\nB2"],  # a line feed in a ref (a character reference): read one by one
    ["A1:XFD1048576", None],  # the huge range is refused first, as before
    ["A1:B2", None, "C3:D4"],
    ["A1:B2", "Sheet1!C3:D4"],  # a ref naming its sheet: openpyxl reads it
    ["B2:A1"],  # reversed: openpyxl reads it as given
    ["A1:C3", "B2:D4"],  # overlapping: the second covers what the first left
])
def test_merged_as_one_ref_at_a_time(refs):
    uncached = {(1, 2), (3, 3)}
    assert _outcome(xlsx._merged, refs, _CELLS, uncached) == _outcome(_oracle, refs, _CELLS, uncached)


_COL = st.sampled_from(["A", "B", "C", "F", "Z", "AA", "$B", "XFD"])
_ROW = st.sampled_from(["1", "2", "3", "$4", "7", "9", "1048576"])
_REF = st.one_of(st.builds(lambda a, b: a + b, _COL, _ROW),
                 st.builds(lambda a, b, c, d: f"{a}{b}:{c}{d}", _COL, _ROW, _COL, _ROW),
                 st.sampled_from(["", "A0", "A1:", "a1", "A1 ", None]))


@settings(max_examples=300, deadline=None)
@given(refs=st.lists(_REF, max_size=6), keep=st.sets(st.sampled_from(sorted(_CELLS)), max_size=20),
       uncached=st.sets(st.sampled_from(sorted(_CELLS)), max_size=5))
def test_merged_as_one_ref_at_a_time_generated(refs, keep, uncached):
    cells = {k: _CELLS[k] for k in sorted(keep)}
    assert _outcome(xlsx._merged, refs, cells, uncached) == _outcome(_oracle, refs, cells, uncached)
