"""A number format that shows a cell's number scaled (wbfix s29, issue #9): what is shown is what counts.

Offices keep a table's figures in 元 and show them in 万元 with a custom format: '0!.0000' puts a literal '.' four
digits from the right (7898300 shows 789.8300), '0!.0,' first divides by a thousand (',' after the last digit
placeholder) and puts the '.' one digit from the right (7898300 shows 789.8); '0.00,,' shows millions. Read as
stored, every figure of such a table was ten thousand times what the page shows (the sentences' 万元 against it: 15
false TXT001 on tests/test_layout_heldout29.py X1). Here the shown number is worked out as Excel does: divided by a
thousand for each scaling comma, rounded to the digits shown (half away from zero), and a literal '.' (written '!.',
'\\.' or '"."') before the last k digit placeholders makes it that number over 10^k, shown with k decimals.

A format mixing a real decimal point with a literal one, or a literal '.' not followed by digit placeholders only, is
left alone (None: read as stored, as before) — no guess at what it shows.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

# a literal '.': escaped ('!.' or '\.') or quoted ('"."'); other quoted text, [colour]/[condition], '_x' and '*x'
_LITERAL_DOT = re.compile(r'!\.|\\\.|"\."')
_OTHER = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|!.|_.|\*.')
_PLACE = "0#?"


@lru_cache(maxsize=256)
def format_scale(number_format: str | None) -> tuple[int, int, int] | None:
    """(scaling commas, literal-point digits k, real decimals) of the format's first section, or None when it shows
    the stored number (no scaling comma, no literal point) or is not a case read here."""
    if not number_format or ("," not in number_format and "." not in number_format):
        return None
    first = number_format.split(";")[0]
    marked = _LITERAL_DOT.sub("\x00", first)  # (the literal point, one mark)
    plain = _OTHER.sub("", marked)
    if "%" in plain or "E" in plain.upper():
        return None
    places = [i for i, ch in enumerate(plain) if ch in _PLACE]
    if not places:
        return None
    last = places[-1]
    commas = 0
    for ch in plain[last + 1:]:  # (',' right after the last digit placeholder: each scales by a thousand)
        if ch == ",":
            commas += 1
        elif ch not in "\x00":
            break
    point = plain.find(".")
    literal = plain.find("\x00")
    if literal >= 0:
        tail = plain[literal + 1:last + 1]
        # (no digit placeholder before the point, '!.0000': Excel shows every digit after it, '.7898300', no scale)
        head = plain[:literal]
        if (point >= 0 or plain.count("\x00") > 1 or not tail or any(ch not in _PLACE for ch in tail)
                or not any(ch in _PLACE for ch in head)):
            return None
        k = len(tail)
    else:
        k = 0
    if not commas and not k:
        return None
    decimals = len(re.match(r"[0#?]*", plain[point + 1:]).group()) if point >= 0 else 0
    return commas, k, decimals


def scaled(d: Decimal, scale: tuple[int, int, int]) -> tuple[Decimal, int]:
    """The number shown for the stored `d` under a format_scale answer, and its decimals shown."""
    commas, k, decimals = scale
    if commas:
        d = d.scaleb(-3 * commas)
    d = d.quantize(Decimal(1).scaleb(-decimals), ROUND_HALF_UP)
    if k:
        return d.scaleb(-k), k
    return d, decimals
