"""Issue 14, session 29 (mut): recognize/number_scale.py (wbfix s29) — formats beside those of
tests/test_number_scale29.py: a cell with no format, thousands shown with no decimals, and a literal point in a
format that shows a percent or an exponent (not read here: as stored)."""

from __future__ import annotations

from decimal import Decimal

from govaudit.recognize.number_scale import format_scale
from govaudit.recognize.text import parse_number


def test_no_format_is_the_stored_number():
    assert format_scale(None) is None
    assert format_scale("") is None


def test_thousands_with_no_decimals_are_shown_whole():
    """'#,##0,' (a 千元 column kept in 元): 7,898,300 shows 7898 — no decimals shown, none read."""
    assert format_scale("#,##0,") == (1, 0, 0)
    assert parse_number(7898300, "#,##0,") == (Decimal("7898"), 0, False)
    assert parse_number(7898500, "#,##0,") == (Decimal("7899"), 0, False)  # (half away from zero)


def test_a_literal_point_in_a_percent_or_an_exponent_format_is_not_read_here():
    for fmt in ("0!.00%", "0!.0E+0", "0!.00e+00"):
        assert format_scale(fmt) is None, fmt


def test_a_format_opening_with_its_decimal_point():
    """'.0,' (no integer placeholder: the integer digits are shown all the same): 7,898,300 shows 7898.3; '.0!.00'
    mixes a real point with a literal one: not guessed at."""
    assert format_scale(".0,") == (1, 0, 1)
    assert parse_number(7898300, ".0,") == (Decimal("7898.3"), 1, False)
    assert format_scale(".0!.00") is None
