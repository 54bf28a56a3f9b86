"""Number parsing and the patterns recognisers look for (year, 金额单位, 科目编码, 公开NN表).

Text normalisation (norm, strip_numbering) is govaudit.text, shared with the rules."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation, localcontext

from govaudit.numbers import DECIMAL_CONTEXT
from functools import lru_cache

from govaudit.recognize.number_scale import format_scale, scaled
from govaudit.text import TABLE_CODE, norm
from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)

# 'ー' (the katakana length mark, U+30FC) and '―' (U+2015) are dashes too: a Japanese-capable font or an OCR layer
# prints or reads a table's '-' zero so (issue #9, held-out batch 25)
BLANK_MARKS = {"", "-", "—", "——", "－", "/", "／", "–", "---", "…", "无", "空", "×", "x", "ー", "ーー", "―", "――", "\u2212"}


def is_blank_value(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return norm(value) in BLANK_MARKS
    return False


_FMT_QUOTED = lazy(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')
_DIGIT_PLACE = lazy(r"[0#?]")
_DECIMAL_PLACES = lazy(r"\.([0#?]+)")
_PLAIN_DECIMAL = lazy(r"[-+]?(?:\d+\.?\d*|\.\d+)")


@lru_cache(maxsize=1024)
def decimals_from_format(fmt: str) -> tuple[int | None, bool]:
    """Decimals a number format shows, and whether it shows a percent. None = General (as stored)."""
    if not fmt:  # ("General" and "@" show no digit placeholder: the test below answers None for them)
        return None, False
    first = fmt.split(";")[0]
    first = _FMT_QUOTED.sub("", first)
    percent = "%" in first
    if not _DIGIT_PLACE.search(first):
        return None, percent
    m = _DECIMAL_PLACES.search(first)
    return (len(m.group(1)) if m else 0), percent


def _decimals_of(d: Decimal) -> int:
    """Decimals of a finite Decimal (every caller's: NaN and infinities are refused before)."""
    return max(0, -d.as_tuple().exponent)


def number_from_float(value: float | int) -> Decimal:
    """A float as Excel would show it in General format: at most 15 significant digits, no binary noise."""
    if isinstance(value, int):
        return Decimal(value)
    d = Decimal(repr(value))
    if d.is_zero():
        return Decimal(0)
    d = Decimal(format(value, ".15g"))
    return d.normalize() if d == d.to_integral_value() else d


class NotANumber(Exception):
    """A cell holds text that is neither a number nor a blank mark."""


class ImplausibleNumber(NotANumber):
    """A number no disclosure prints (1e308, a 30-digit integer): reported on its cell, never computed with."""


# No published amount reaches a thousand trillion in any unit (all of China's fiscal spending is ~3e13 元), and no
# format shows more than a dozen decimals: inside these bounds every figure, sum and quantize below is exact in
# DECIMAL_CONTEXT's precision, so no rule can overflow or fail on a figure.
MAX_MAGNITUDE = Decimal(10) ** 15
MAX_SHOWN_DECIMALS = 60  # float noise such as 5.55E-17 (31 decimals) is still a number, 1E-300 is not


def check_plausible(d: Decimal, decimals: int, original) -> None:
    if not d.is_finite() or abs(d) >= MAX_MAGNITUDE or decimals > MAX_SHOWN_DECIMALS:
        raise ImplausibleNumber(str(original))


_QUANTUM: dict[int, Decimal] = {}  # decimals → Decimal(1).scaleb(-decimals)


def _quantize(d: Decimal, dec: int) -> Decimal:
    """d.quantize to `dec` decimals in DECIMAL_CONTEXT (given as the argument: no context switch per figure)."""
    q = _QUANTUM.get(dec)
    if q is None:
        q = _QUANTUM[dec] = Decimal(1).scaleb(-dec)
    return d.quantize(q, context=DECIMAL_CONTEXT)


_FAST: dict[tuple, tuple[Decimal, int, bool] | None] = {}  # (type, value, format) → _fast_number's answer
_FAST_SIZE = 1 << 14  # (emptied when full: a workbook's amounts repeat from table to table, not without end)


def _fast_number(value, number_format: str) -> tuple[Decimal, int, bool] | None:
    """parse_number of a plain int or float cell (no percent format, no exponent), the same answer with fewer
    Decimal operations: the shown decimals are read off the text the Decimal is made from. None: not this case.
    Remembered by type, value and format (the answer is immutable: a tuple of a Decimal and ints): the same amount
    stands in several tables of a disclosure (a 项's spending in 公开02, 03 and 05)."""
    key = (type(value), value, number_format)
    got = _FAST.get(key, _FAST)
    if got is not _FAST:
        return got
    got = _fast_number_of(value, number_format)
    if len(_FAST) >= _FAST_SIZE:
        _FAST.clear()
    _FAST[key] = got
    return got


def _fast_number_of(value, number_format: str) -> tuple[Decimal, int, bool] | None:
    """_fast_number, not remembered."""
    if format_scale(number_format):  # ('0!.0000', '0.00,,': a scaled number is shown — number_cell reads it)
        return None
    dec, percent = decimals_from_format(number_format)
    if percent:
        return None
    if type(value) is int:
        if not -MAX_MAGNITUDE < value < MAX_MAGNITUDE:
            return None
        d = Decimal(value)
        shown = 0
    else:
        if not (-1e15 < value < 1e15):  # also NaN
            return None
        if value == 0:
            d, shown = Decimal(0), 0  # as number_from_float: Decimal(repr(value)).is_zero()
        else:
            text = format(value, ".15g")
            if "e" in text:
                return None
            d = Decimal(text)
            point = text.find(".")
            if point < 0:  # integral: number_from_float normalises it (2E+2), which shows no decimals
                d, shown = d.normalize(), 0
            else:
                shown = len(text) - point - 1
    if dec is None:
        return d, shown, False
    if dec < 28 and (dec != shown or (shown == 0 and type(value) is float)):
        # (a float's text with exactly `dec` decimals, or an int shown with none, has the quantized exponent already;
        # an integral float was normalised: 2E+2 needs it)
        d = _quantize(d, dec)
    return d, dec, False


def number_cell(value: int | float, number_format: str = "General") -> tuple[Decimal, int, bool]:
    """A numeric cell shown with its number format, by the general path (_fast_number gives the same for the
    common cases, faster; tests/test_parse_fast.py holds it to this)."""
    if value != value or value in (float("inf"), float("-inf")):
        raise NotANumber(str(value))
    d = number_from_float(value)
    scale = format_scale(number_format)
    if scale:  # the number shown is the stored one scaled (元 shown as 万元: '0!.0000'): that is what counts
        check_plausible(d, _decimals_of(d), value)
        d, dec = scaled(d, scale)
        return d, dec, False
    dec, percent = decimals_from_format(number_format)
    if percent:
        d = (d * 100).normalize() if d != 0 else Decimal(0)
    check_plausible(d, _decimals_of(d), value)
    if dec is None:
        dec = _decimals_of(d)
    elif dec < 28:
        d = _quantize(d, dec)
    return d, dec, percent


def parse_number(value, number_format: str = "General") -> tuple[Decimal, int, bool] | None:
    """(value, decimals shown, is_percent), or None for a blank; raises NotANumber for other text.

    Numeric cells are shown with their number format; text cells with the digits they hold.
    """
    kind = type(value)
    if kind is float or kind is int:
        got = _fast_number(value, number_format)
        if got is not None:
            return got
    if value is None or isinstance(value, bool):
        return None if value is None else _raise(str(value))
    if isinstance(value, (int, float)):
        return number_cell(value, number_format)
    if kind is str:
        got = _parse_text(value)
        if isinstance(got, NotANumber):
            raise type(got)(*got.args)
        return got
    from datetime import date  # (only a date gets here: not imported at start, issue 13; a datetime is a date)

    if isinstance(value, date):
        raise NotANumber(str(value))
    return _text_number(value)


@lru_cache(maxsize=8192)
def _parse_text(value: str):
    """_text_number of a string, remembered: a table's cells are parsed more than once (is it a number, its
    figure), and a PDF's or Word table's cells are all text. Not a number: the exception, raised again afresh."""
    try:
        return _text_number(value)
    except NotANumber as exc:
        return exc.with_traceback(None)


def _text_number(value) -> tuple[Decimal, int, bool] | None:
    text = norm(value)
    if text in BLANK_MARKS:
        return None
    negative = False
    if text.startswith("\u2212"):  # '−12.50': U+2212 MINUS SIGN (typeset prints; NFKC leaves it), held-out 27
        text = "-" + text[1:]
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    elif text.startswith("△"):  # '△12.00': the 财会 mark of a decrease (a negative amount)
        negative, text = True, text[1:]
    percent = text.endswith("%")
    if percent:
        text = text[:-1]
    text = text.replace(",", "").replace("，", "")
    if text.endswith("万元"):
        text = text[:-2]
    elif text.endswith("元"):
        text = text[:-1]
    if not _PLAIN_DECIMAL.fullmatch(text):
        raise NotANumber(str(value))
    try:
        d = Decimal(text)
    except InvalidOperation:
        raise NotANumber(str(value)) from None
    if negative:
        d = DECIMAL_CONTEXT.minus(d)  # -d in govaudit's context whatever the caller's (the result is remembered)
    decimals = _decimals_of(d)
    check_plausible(d, decimals, value)
    return d, decimals, percent


def _raise(text):
    raise NotANumber(text)


YEAR_RE = lazy(r"(20\d{2}|19\d{2})\s*年")
UNIT_RE = lazy(r"(?:金额)?单位[:：]?\s*(?:人民币)?(万元|千元|亿元|元)")  # '金额单位：人民币万元' (central departments)
CODE_RE = lazy(r"^\d{3}(?:\d{2}){0,2}$")
# a 科目编码 written with separators between 类, 款 and 项: 201.01.01, 201-01-01, 201·01
_SEPARATED_CODE_RE = lazy(r"^(\d{3})(?:[.\-－—_·/](\d{2}))(?:[.\-－—_·/](\d{2}))?$")


def code_digits(text: str) -> str:
    """'201.01.01' → '2010101'; any other text unchanged."""
    m = _SEPARATED_CODE_RE.match(text)
    return "".join(g for g in m.groups() if g) if m else text
TABLE_CODE_RE = lazy(TABLE_CODE)


def find_year(text: str) -> int | None:
    m = YEAR_RE.search(norm(text))
    return int(m.group(1)) if m else None


def find_unit(text: str) -> str | None:
    m = UNIT_RE.search(norm(text))
    return m.group(1) if m else None
