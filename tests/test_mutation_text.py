"""Number parsing at its edges (issue 14: survivors of a mutation run over recognize/text.py).

Each case pins one behaviour a changed comparison, constant or branch would break: zero in a percent cell, a
float 0.0, amounts written with 元, a half-open bracket, infinities, formats with no digits, blank marks."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govaudit.recognize.text import (
    NotANumber,
    decimals_from_format,
    find_unit,
    find_year,
    is_blank_value,
    number_from_float,
    parse_number,
)


@pytest.mark.parametrize("value,fmt,expected", [
    (0, "0.0%", ("0.0", 1, True)),          # a 0 in a percent cell stays 0, shown with the format's decimals
    (0.0, "0%", ("0", 0, True)),
    (1, "0%", ("100", 0, True)),            # 1 in a percent cell is 100 %
    (0.0, "General", ("0", 0, False)),      # a float 0.0 is an exact zero
    (-0.0, "General", ("0", 0, False)),
    (0.0, "#,##0.00", ("0.00", 2, False)),
    ("100元", "General", ("100", 0, False)),
    ("1,234.50元", "General", ("1234.50", 2, False)),
    ("12.5万元", "General", ("12.5", 1, False)),
    ("100", "General", ("100", 0, False)),  # an integer shows no decimals
    ("(0.5%)", "General", ("-0.5", 1, True)),
    ("+3", "General", ("3", 0, False)),
    (".5", "General", ("0.5", 1, False)),
])
def test_parse_number_edges(value, fmt, expected):
    got = parse_number(value, fmt)
    assert got == (Decimal(expected[0]), expected[1], expected[2])
    assert str(got[0]) == expected[0]  # the same digits, not only the same value (no "-0", no "1E+2")


def test_float_zero_is_a_plain_zero():
    assert str(number_from_float(-0.0)) == "0" and str(number_from_float(0.0)) == "0"
    assert number_from_float(7) == Decimal(7) and isinstance(number_from_float(7), Decimal)
    assert str(number_from_float(1e16)) == "1E+16" and str(number_from_float(2.5)) == "2.5"


def test_very_many_decimals_in_a_format_do_not_break_parsing():
    """A format with 27 decimals must not make the workbook unreadable (6100.3 to 27 places is 31 digits)."""
    got = parse_number(6100.3, "0." + "0" * 27)
    assert got[0] == Decimal("6100.3") and got[1:] == (27, False)
    got = parse_number(0.5, "0." + "0" * 27)
    assert got[0] == Decimal("0.5") and got[1] == 27


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan"), "(12.5", "12.5)", "元", "万元", "%"])
def test_not_numbers(value):
    with pytest.raises(NotANumber):
        parse_number(value)


def test_dates_and_booleans_are_not_numbers():
    from datetime import date, datetime

    for value in (date(2024, 1, 1), datetime(2024, 1, 1, 8, 0), False):
        with pytest.raises(NotANumber):
            parse_number(value)


@pytest.mark.parametrize("fmt,expected", [
    ("", (None, False)),
    ('"万元"', (None, False)),           # text only, no digit placeholder
    ("%", (None, True)),
    ("0%", (0, True)),
    ('0.00"%"', (2, False)),            # a quoted % is text, not a percent
    ("#,##0.0;[Red]-#,##0.00", (1, False)),
    ("0.??", (2, False)),
])
def test_decimals_from_format_edges(fmt, expected):
    assert decimals_from_format(fmt) == expected


@pytest.mark.parametrize("value,blank", [
    (None, True), ("", True), ("  ", True), ("—", True), ("无", True), ("x", True),
    (0, False), (0.0, False), ("0", False), ("见附注", False), (Decimal(0), False),
])
def test_is_blank_value(value, blank):
    assert is_blank_value(value) is blank


def test_find_year_and_unit():
    assert find_year("2024年度部门决算") == 2024
    assert find_year("1998 年") == 1998
    assert find_year("部门决算") is None
    assert find_unit("金额单位：万元") == "万元"
    assert find_unit("单位: 元") == "元"
    assert find_unit("编制单位：某局") is None


def test_implausible_numbers_at_their_bounds():
    from govaudit.recognize.text import ImplausibleNumber

    with pytest.raises(ImplausibleNumber):
        parse_number(float(10 ** 15))            # a thousand trillion: no disclosure prints it
    assert parse_number(float(10 ** 15 - 1))[0] == Decimal(10 ** 15 - 1)
    with pytest.raises(ImplausibleNumber):
        parse_number("1" + "0" * 15)
    assert parse_number("0." + "0" * 59 + "1")[1] == 60  # 60 shown decimals are still a number
    with pytest.raises(ImplausibleNumber):
        parse_number("0." + "0" * 60 + "1")
