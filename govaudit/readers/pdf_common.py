"""What the PDF reader's modules share (readers/pdf.py lays out the pages; pdf_strips.py and pdf_spans.py join parts
of its tables): tolerances, the patterns that tell a figure, a sentence, a table's number, and the comparisons of a
table's title and the lines printed above it. Plain names, imported one way: this module imports none of them."""

from __future__ import annotations


from govaudit.lazyre import lazy
from govaudit.text import TABLE_NUMBER as _NUMBER, norm  # (s15layout: a table's number, one pattern for all)

EDGE = 6.0  # points: a continued table's left and right edges match its first part's within this
HEADER_GAP = 2.5  # line heights: header lines above a table sit at most this far from it and from each other
SENTENCE = lazy("[，。；]")
FIGURE = lazy(r"^[-−(（]?[\d,，.]+[)）]?%?$")  # an amount: "1,234.50", "(12.30)", "5%", "−0.60" (U+2212)
UNIT_TAIL = lazy(r"\([^()]*\)$")  # '…表(单位:万元)', '…预算表(一般公共预算)'
# a table's number: 表十一, 附表3, 附表2-1, 公开07表, 部门公开表03 — a line of its own (TABLE_NO) or the end of the
# title's line ('支出决算表　　表3': NUMBER_TAIL)
TABLE_NO = lazy("^" + _NUMBER)


def box(b) -> tuple[float, float, float, float]:
    return round(b[0], 1), round(b[1], 1), round(b[2], 1), round(b[3], 1)


def lead(text: str) -> str:
    """A line's text as compared with a continued table's repeated title: '收入决算表（续）' is '收入决算表'."""
    t = norm(text)
    for tail in ("(续表)", "(续)", "续表", "(续上表)"):
        if t.endswith(tail):
            t = t[: -len(tail)]
    return t


NUMBER_TAIL = lazy(_NUMBER + "$")


def title_key(text: str) -> str:
    return UNIT_TAIL.sub("", NUMBER_TAIL.sub("", lead(text)).rstrip())


def same_title(text: str, title: str | None) -> bool:
    """The table's title repeated above a strip of its columns; a title centred over the whole sheet may be cut at
    the strip page's left edge ('年部门收入预算总表' for '2026年部门收入预算总表')."""
    key = title_key(text)
    return title is not None and len(key) >= 4 and title.endswith(key)


def title_like(text: str) -> bool:
    """A table's title: short, no sentence, ends with 表 (a trailing unit in brackets and 续表 aside)."""
    t = title_key(text)
    return t.endswith("表") and len(t) <= 40 and not t.startswith(("注", "备注", "说明")) and not SENTENCE.search(t)
