"""Numbers as published: text with separators and full-width spaces, blank marks, number formats."""

from __future__ import annotations

from decimal import Decimal

import pytest

from govaudit.recognize.text import NotANumber, decimals_from_format, parse_number
from govaudit.text import norm, strip_numbering


@pytest.mark.parametrize("value,fmt,expected", [
    ("2,940.05", "General", ("2940.05", 2, False)),
    ("6100.33\u3000", "General", ("6100.33", 2, False)),
    ("\u3000１２３．４０", "General", ("123.40", 2, False)),  # full-width digits
    ("(12.50)", "General", ("-12.50", 2, False)),
    ("35.6%", "General", ("35.6", 1, True)),
    ("1,000万元", "General", ("1000", 0, False)),
    (6100.3, "#,##0.00", ("6100.30", 2, False)),
    (6100.3, "0.0", ("6100.3", 1, False)),
    (6100.333, "#,##0.00_ ;[Red]-#,##0.00", ("6100.33", 2, False)),
    (0.356, "0.0%", ("35.6", 1, True)),
    (61, "General", ("61", 0, False)),
    (0.1 + 0.2, "General", ("0.3", 1, False)),  # no binary noise
    (2940, "#,##0", ("2940", 0, False)),
])
def test_parse_number(value, fmt, expected):
    got = parse_number(value, fmt)
    assert got == (Decimal(expected[0]), expected[1], expected[2])


@pytest.mark.parametrize("value", [None, "", "\u3000", "—", "-", "——", "－", "/", "无"])
def test_blank_marks(value):
    assert parse_number(value) is None


@pytest.mark.parametrize("value", ["见附注", "12..5", "1.2.3", True])
def test_not_a_number(value):
    with pytest.raises(NotANumber):
        parse_number(value)


@pytest.mark.parametrize("fmt,expected", [
    ("General", (None, False)), ("@", (None, False)), ("0.00", (2, False)), ("#,##0", (0, False)),
    ('#,##0.00"万元"', (2, False)), ("0.0%", (1, True)), ("[$-804]#,##0.000", (3, False)),
])
def test_decimals_from_format(fmt, expected):
    assert decimals_from_format(fmt) == expected


def test_text_normalisation():
    assert norm("一般公共预算 财政拨款\u3000（类）") == "一般公共预算财政拨款(类)"
    assert norm("“三公”经费") == "三公经费"
    assert strip_numbering(norm("（二）事业收入")) == "事业收入"
    assert strip_numbering(norm("十一、城乡社区支出")) == "城乡社区支出"
