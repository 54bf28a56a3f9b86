"""Interval arithmetic at its boundaries (issue 14: survivors of a mutation run over engine/arith.py).

A shown figure v with d decimals stands for [v − ½·10⁻ᵈ, v + ½·10⁻ᵈ]; intervals that just touch are consistent."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govaudit.engine.arith import Span, Verdict, fmt, judge_equal, judge_le, uncomputed_cells
from govaudit.model import Figure
from govaudit.model.figure import Location

HERE = Location(file="t.xlsx", sheet="S", cell="B2")


def F(text: str, unit: str = "万元") -> Figure:
    d = Decimal(text)
    return Figure(value=d, decimals=max(0, -d.as_tuple().exponent), unit=unit, source=HERE)


def test_span_adds_values_and_bounds_and_skips_blanks():
    s = Span.of([F("1.00"), None, F("2.5")])
    assert (s.value, s.lo, s.hi, s.decimals) == (Decimal("3.50"), Decimal("3.445"), Decimal("3.555"), 2)
    assert s.shown() == "3.50" and s.interval_text() == "[3.445, 3.555]"
    assert s.interval_text(0) == "[3.4, 3.6]"
    empty = Span.of([None, None])
    assert (empty.value, empty.lo, empty.hi, empty.decimals) == (0, 0, 0, 0)
    assert empty.shown() == "0"


def test_span_of_yuan_figures_counts_four_more_decimals():
    """12345 元 is 1.2345 万元: shown to four more places than the 元 figure's own decimals."""
    s = Span.of([F("12345", unit="元")])
    assert s.value == Decimal("1.2345") and s.decimals == 4
    assert (s.lo, s.hi) == (Decimal("1.23445"), Decimal("1.23455"))
    assert Span.of([F("12345.6", unit="元"), F("1.00")]).decimals == 5


def test_fmt_rounds_half_even_and_drops_negative_zero():
    assert (fmt(Decimal("2.345")), fmt(Decimal("2.355"))) == ("2.34", "2.36")  # Decimal's default: half to even
    assert fmt(Decimal("-0.001")) == "0.00"
    assert fmt(Decimal("-0.01")) == "-0.01"
    assert fmt(Decimal("7"), 0) == "7"
    assert fmt(Decimal("7.4"), -2) == "7"  # negative decimals are shown as whole numbers
    assert fmt(Decimal("1.5"), 1) == "1.5"


@pytest.mark.parametrize("left,right,status", [
    (["10.00"], ["4.00", "6.00"], "ok"),
    (["10.00"], ["4.00", "6.01"], "rounding"),
    # 10.00 → [9.995, 10.005]; 4.00 + 6.02 → [10.010, 10.030]: apart by 0.005
    (["10.00"], ["4.00", "6.02"], "error"),
    # 1.0 → [0.95, 1.05]; 1.1 → [1.05, 1.15]: the intervals just touch at 1.05 — consistent
    (["1.0"], ["1.1"], "rounding"),
    (["1.1"], ["1.0"], "rounding"),
    (["1.0"], ["1.11"], "error"),    # [1.105, 1.115] misses [0.95, 1.05]
    (["1.11"], ["1.0"], "error"),
])
def test_judge_equal(left, right, status):
    v = judge_equal([F(t) for t in left], [F(t) for t in right])
    assert v.status == status


def test_judge_equal_blank_is_exact_zero():
    assert judge_equal([None], [None]).status == "ok"
    assert judge_equal([None], [F("0.00")]).status == "ok"
    assert judge_equal([None], [F("0.01")]).status == "error"  # [0, 0] misses [0.005, 0.015]
    assert judge_equal([F("0.0")], [F("0.05")]).status == "rounding"  # [-0.05, 0.05] touches [0.045, 0.055]


def test_verdict_numbers():
    v = judge_equal([F("10.00")], [F("4.00"), F("6.02")])
    assert v.difference == Decimal("-0.02")
    assert v.tolerance == Decimal("0.015")  # 0.005 on the left + 0.005 on each of two parts
    assert v.decimals == 2
    v = judge_equal([F("10.0")], [F("4.00"), F("6.00")])
    assert v.decimals == 2 and v.tolerance == Decimal("0.060")
    assert judge_equal([F("3")], [F("1.5"), F("1.25")]).decimals == 2


@pytest.mark.parametrize("left,right,status", [
    ("5.00", "5.00", "ok"),       # equal is fine for ≤
    ("4.99", "5.00", "ok"),
    ("5.01", "5.00", "rounding"),  # [5.005, 5.015] meets [4.995, 5.005] at 5.005
    ("5.02", "5.00", "error"),
    ("5.1", "5.0", "rounding"),    # just touch at 5.05
    ("5.11", "5.0", "error"),
])
def test_judge_le(left, right, status):
    v = judge_le([F(left)], [F(right)])
    assert v.status == status
    assert v.difference == Decimal(left) - Decimal(right)


def test_verdict_is_a_plain_record():
    a, b = Span.of([F("1")]), Span.of([F("2")])
    v = Verdict("error", a, b)
    assert v.difference == -1 and v.tolerance == 1


def test_uncomputed_cells_lists_formulas_without_values():
    from types import SimpleNamespace as NS

    issues = [NS(kind="formula_without_value", location=NS(sheet="S", cell="B2")),
              NS(kind="not_a_number", location=NS(sheet="S", cell="C3"))]
    assert uncomputed_cells(NS(cell_issues=issues)) == {("S", "B2")}
