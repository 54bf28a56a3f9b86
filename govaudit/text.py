"""Text and number normalisation shared by readers' helpers, recognisers and rules (it knows none of them)."""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from functools import lru_cache

_SPACE_RE = re.compile(r"[\s\u3000\xa0\u200b\ufeff]+")
_QUOTES = str.maketrans("", "", "\"'“”‘’「」『』〝〞")
_NUMBERING_RE = re.compile(
    r"^(?:[(（]?[一二三四五六七八九十百]+[)）、.．]+|[(（][0-9]+[)）]|[0-9]+[、.．](?![0-9]))\s*"
)
BLANK_MARKS = {"", "-", "—", "——", "－", "/", "／", "–", "---", "…", "无", "空", "×", "x"}


@lru_cache(maxsize=65536)
def _norm(text: str) -> str:
    s = unicodedata.normalize("NFKC", text)
    return _SPACE_RE.sub("", s).translate(_QUOTES)


def norm(text) -> str:
    """Comparable text: NFKC (full→half width), no white space, no quotes."""
    if text is None:
        return ""
    return _norm(str(text))


def strip_numbering(text: str) -> str:
    """'一、一般公共服务支出' → '一般公共服务支出'; '（二）…' → '…'. Expects normalised text."""
    prev = None
    while prev != text:
        prev = text
        text = _NUMBERING_RE.sub("", text)
    return text


def is_blank_value(value) -> bool:
    if value is None:
        return True
    if isinstance(value, str):
        return norm(value) in BLANK_MARKS
    return False


_FMT_QUOTED = re.compile(r'"[^"]*"|\[[^\]]*\]|\\.|_.|\*.')


@lru_cache(maxsize=1024)
def decimals_from_format(fmt: str) -> tuple[int | None, bool]:
    """Decimals a number format shows, and whether it shows a percent. None = General (as stored)."""
    if not fmt or fmt == "General" or fmt == "@":
        return None, False
    first = fmt.split(";")[0]
    first = _FMT_QUOTED.sub("", first)
    percent = "%" in first
    if not re.search(r"[0#?]", first):
        return None, percent
    m = re.search(r"\.([0#?]+)", first)
    return (len(m.group(1)) if m else 0), percent


def _decimals_of(d: Decimal) -> int:
    exp = d.as_tuple().exponent
    return max(0, -exp) if isinstance(exp, int) else 0


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


def parse_number(value, number_format: str = "General") -> tuple[Decimal, int, bool] | None:
    """(value, decimals shown, is_percent), or None for a blank; raises NotANumber for other text.

    Numeric cells are shown with their number format; text cells with the digits they hold.
    """
    if value is None or isinstance(value, bool):
        return None if value is None else _raise(str(value))
    if isinstance(value, (datetime, date)):
        raise NotANumber(str(value))
    if isinstance(value, (int, float)):
        if value != value or value in (float("inf"), float("-inf")):
            raise NotANumber(str(value))
        d = number_from_float(value)
        dec, percent = decimals_from_format(number_format)
        if percent:
            d = (d * 100).normalize() if d != 0 else Decimal(0)
        if dec is None:
            dec = _decimals_of(d)
        else:
            d = d.quantize(Decimal(1).scaleb(-dec)) if dec < 28 else d
        return d, dec, percent
    text = norm(value)
    if text in BLANK_MARKS:
        return None
    negative = False
    if text.startswith("(") and text.endswith(")"):
        negative, text = True, text[1:-1]
    percent = text.endswith("%")
    if percent:
        text = text[:-1]
    text = text.replace(",", "").replace("，", "")
    if text.endswith("万元"):
        text = text[:-2]
    elif text.endswith("元"):
        text = text[:-1]
    if not re.fullmatch(r"[-+]?(?:\d+\.?\d*|\.\d+)", text):
        raise NotANumber(str(value))
    try:
        d = Decimal(text)
    except InvalidOperation:
        raise NotANumber(str(value)) from None
    if negative:
        d = -d
    return d, _decimals_of(d), percent


def _raise(text):
    raise NotANumber(text)


def is_number(value) -> bool:
    """A value that reads as a number (a blank mark such as "-" does not); booleans and dates are not numbers."""
    if isinstance(value, bool):
        return False
    if isinstance(value, (int, float, Decimal)):
        return True
    if isinstance(value, str):
        try:
            return parse_number(value) is not None
        except NotANumber:
            return False
    return False


def category_core(label: str) -> str:
    """A 科目 name without numbering, (类)/(款)/(项) and a final 支出: '八、社会保障和就业支出' → '社会保障和就业'."""
    t = strip_numbering(norm(label))
    t = re.sub(r"[(（](类|款|项)[)）]", "", t)
    for suffix in ("支出", "的"):
        if t.endswith(suffix):
            t = t[: -len(suffix)]
    return t
