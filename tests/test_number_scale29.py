"""Number formats that show a scaled number (govaudit/recognize/number_scale.py, wbfix s29): what the sheet shows
is what is read — '0!.0000' shows 元 as 万元, '0!.0,' divides by a thousand first, '0.00,,' shows millions."""

from decimal import Decimal

import pytest

from govaudit.readers.context import shown_text
from govaudit.recognize.number_scale import format_scale
from govaudit.recognize.text import parse_number


@pytest.mark.parametrize("value, fmt, shown, decimals", [
    (7898300, "0!.0000", "789.8300", 4),
    (7898300.0, '0"."0000', "789.8300", 4),
    (458000, "0\\.0000", "45.8000", 4),
    (7898350, "0!.0,", "789.8", 1),  # 7898.35 → 7898 (half away from zero on the thousands) → 789.8
    (7898450, "0!.0,", "789.8", 1),
    (7898550, "0!.0,", "789.9", 1),
    (1234567.0, "0.00,,", "1.23", 2),
    (1234567, '#,##0.00,"千元"', "1234.57", 2),
    (-7898300, "0!.0000;-0!.0000", "-789.8300", 4),
    (0, "0!.0000", "0.0000", 4),
])
def test_a_scaled_format_is_read_as_shown(value, fmt, shown, decimals):
    d, dec, percent = parse_number(value, fmt)
    assert (d, dec, percent) == (Decimal(shown), decimals, False)
    assert str(d) == shown


@pytest.mark.parametrize("fmt", ["General", "#,##0.00", "#,##0.00;[Red](#,##0.00)", '#,##0.00_);[Red](#,##0.00);"-"_)',
                                 "0.00%", "@", "0.00E+00", '0.0!.00', '0!.0!.0', '"万元"0.00', "0!.万",
                                 "!.0000", '"万元"!.00'])
def test_formats_that_do_not_scale_are_left_alone(fmt):
    """Thousands separators between digits, a red-bracket negative, a percent, text: the stored number as before;
    a literal point beside a real one (or two literal points, or one followed by no digits, or one before every digit
    placeholder: '!.0000' shows '.7898300', all the digits after the point) is not guessed at."""
    assert format_scale(fmt) is None


def test_the_context_shows_the_scaled_number():
    assert shown_text(7898300, "0!.0000") == "789.8300"
    assert shown_text(7898300, "#,##0!.0,") == "789.8"
    assert shown_text(1234567, "0.00,,") == "1.23"
