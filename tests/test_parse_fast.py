"""parse_number's fast path for int and float cells (recognize/text._fast_number) gives the very Decimal the general
path gives: same value, same exponent (str), same decimals, for any number and number format."""

from __future__ import annotations

from datetime import date
from decimal import Decimal, localcontext

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from govaudit.numbers import DECIMAL_CONTEXT
from govaudit.recognize.text import NotANumber, number_cell, parse_number


general = number_cell  # the oracle: the general path the fast path must agree with


FORMATS = ["General", "0", "0.00", "#,##0.00", "#,##0.0000_ ", "0.0%", "0.00;[Red]-0.00", "@", "yyyy-mm-dd"]


def outcome(fn, value, fmt):
    try:
        d, dec, percent = fn(value, fmt)
    except NotANumber as exc:
        return type(exc).__name__
    return str(d), dec, percent


@settings(max_examples=400, deadline=None)
@given(st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**17, 10**17),
                 st.decimals(min_value=-10**9, max_value=10**9, places=2, allow_nan=False).map(float)),
       st.sampled_from(FORMATS))
def test_fast_path_is_the_general_path(value, fmt):
    with localcontext(DECIMAL_CONTEXT):
        assert outcome(parse_number, value, fmt) == outcome(general, value, fmt)


@pytest.mark.parametrize("value", [0.0, -0.0, 123456.0, 100.0, 0.1 + 0.2, 1e-05, 12345.678, 1e15, 999999999999999.9,
                                   -2946.25, 10**15, -(10**15) + 1, 7])
@pytest.mark.parametrize("fmt", FORMATS)
def test_edges(value, fmt):
    with localcontext(DECIMAL_CONTEXT):
        assert outcome(parse_number, value, fmt) == outcome(general, value, fmt)


def test_not_numbers_unchanged():
    with pytest.raises(NotANumber):
        parse_number(True)
    with pytest.raises(NotANumber):
        parse_number(date(2024, 1, 1))
    assert parse_number("1,234.50") == (Decimal("1234.50"), 2, False)


def test_remembered_answers_keep_ints_and_floats_apart():
    """_fast_number remembers its answers by type, value and format: 1200 and 1200.0 are equal keys to a dict, but an
    int shows as Decimal('1200') and a General float as Decimal('1.2E+3') (number_from_float normalises it)."""
    from govaudit.recognize import text

    for first, second in ((1200, 1200.0), (1200.0, 1200), (0.0, -0.0), (2.5, 2.5)):
        text._FAST.clear()
        text._fast_number(first, "General")
        assert outcome(text._fast_number, second, "General") == outcome(general, second, "General")
