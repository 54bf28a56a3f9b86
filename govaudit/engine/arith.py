"""Interval arithmetic for published figures (XBRL Calculations 1.1, round-to-nearest).

A figure shown as v with d decimals stands for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]. Two sums are consistent when
their intervals meet. A blank (None) is an exact zero: nothing was reported.
"""

from __future__ import annotations

from govaudit.records import dataclass
from decimal import Decimal

from govaudit.model import Disclosure, Figure
from govaudit.model.figure import UNIT_SCALE as _UNIT_SCALE

ZERO = Decimal(0)
ONE = Decimal(1)


@dataclass
class Span:
    value: Decimal  # sum of the shown values (in 万元, or percent)
    lo: Decimal
    hi: Decimal
    decimals: int

    @classmethod
    def of(cls, figures: list[Figure | None]) -> "Span":
        value = lo = hi = ZERO
        decimals = 0
        for f in figures:
            if f is None:
                continue
            # f.interval() and f.amount, inlined: the same Decimal operations, each attribute read once
            s, half, v = f.scale, f.half_unit, f.value
            if s == ONE:  # × 1 is exact in DECIMAL_CONTEXT (100 digits; a figure has at most 75): left out
                value += v
                lo += v - half
                hi += v + half
            else:
                value += v * s
                lo += (v - half) * s
                hi += (v + half) * s
            d = f.decimals + 4 if f.unit == "元" else f.decimals
            if d > decimals:
                decimals = d
        return cls(value, lo, hi, decimals)

    def shown(self) -> str:
        return fmt(self.value, self.decimals)

    def interval_text(self, decimals: int | None = None) -> str:
        d = (self.decimals if decimals is None else decimals) + 1
        return f"[{fmt(self.lo, d)}, {fmt(self.hi, d)}]"


def fmt(value: Decimal, decimals: int = 2) -> str:
    q = Decimal(1).scaleb(-max(decimals, 0))
    out = value.quantize(q)
    if out == 0:
        out = abs(out)
    return str(out)


@dataclass
class Verdict:
    status: str  # "ok" (equal as shown) | "rounding" (differ, but rounding explains it) | "error"
    left: Span
    right: Span

    @property
    def difference(self) -> Decimal:
        return self.left.value - self.right.value

    @property
    def decimals(self) -> int:
        return max(self.left.decimals, self.right.decimals)

    @property
    def tolerance(self) -> Decimal:
        """How far apart the shown values may be for rounding alone to explain it."""
        return (self.left.hi - self.left.value) + (self.right.hi - self.right.value)


def shown_sum(figures: list[Figure | None]) -> Decimal:
    """Span.of(figures).value: the same Decimal operations in the same order, so the same sum (a verdict is "ok"
    exactly when the two sides' shown sums are equal, or for judge_le left ≤ right: known without the intervals)."""
    value = ZERO
    for f in figures:
        if f is not None:
            # f.scale inlined (its property's frame was most of a term's cost): 1 for a percentage, else the unit's
            s = ONE if f.percent else _UNIT_SCALE.get(f.unit, ONE)
            value += f.value if s == ONE else f.value * s
    return value


def judge_equal(left: list[Figure | None], right: list[Figure | None]) -> Verdict:
    a, b = Span.of(left), Span.of(right)
    if a.value == b.value:
        return Verdict("ok", a, b)
    if a.lo <= b.hi and b.lo <= a.hi:
        return Verdict("rounding", a, b)
    return Verdict("error", a, b)


def judge_le(left: list[Figure | None], right: list[Figure | None]) -> Verdict:
    """left ≤ right: an error only when even the smallest left exceeds the largest right."""
    a, b = Span.of(left), Span.of(right)
    if a.value <= b.value:
        return Verdict("ok", a, b)
    if a.lo <= b.hi:
        return Verdict("rounding", a, b)
    return Verdict("error", a, b)


def uncomputed_cells(disclosure: Disclosure) -> set[tuple[str | None, str | None]]:
    """(sheet, cell) of formulas saved without their result. Their value is unknown, not a blank zero, so an
    identity that uses one cannot be judged (CEL002 asks for the workbook to be recalculated)."""
    return {(i.location.sheet, i.location.cell) for i in disclosure.cell_issues if i.kind == "formula_without_value"}
