"""A paragraph its writer broke by hand (Enter pressed inside a sentence) and that a page break then cut: the line
before the break stops short, so `pdf_text.continues` ends the paragraph there, and the half on the next page
("16.25万元，比上年减少83.75万元，下降3.81%") is read alone — its amount taken for a subjectless sentence's own, a
false TXT003. Two sure signs that the text runs on (checked in this order, after `continues` said no):

- a figure and its unit open the next line ("15.14%；", "16.25万元"), on this page or the next, indented or not (Word
  indents the new paragraph the Enter made), and the line before ends in words ("…占本年支出合计的") or in a figure
  cut in its digits after words ("…决算数为2,1", "…经费3"). A year ("2022年") is no unit, so a line that opens a new
  paragraph with its year is never taken for one.
- across a page only: the last line of a page stops mid-sentence (no 。；：!? at its end, no heading, no title of a
  section, and the paragraph so far has a comma or a figure: prose, not a title) and the next page's first line
  starts at the left margin, no item mark: a new paragraph would be indented.
  On one page such a short line may be a title or a list's line in an unindented layout, so it is left alone there.
"""

from __future__ import annotations

import re

from govaudit.readers.pdf_common import title_like
from govaudit.readers.pdf_text import _ENDS, _NEW_ITEM, Line, Margins, _type_size, heading_level

# words, then the start of a figure: "决算数为2,1", "（日常公用经费）3", "合计6,4" (the fragment at most 7 characters)
_CUT_FIGURE_END = re.compile(r"[\u4e00-\u9fff）)：:]\d[\d,]{0,5}[.,]?$")
# the rest of that figure and its unit: "16.25万元", "51.24万元，", "89%" ('年' is no unit: "2022年度…" starts anew)
_FIGURE_REST = re.compile(r"^[\d,]*(?:\.\d+)?\s*(?:%|％|万元|亿元|千元|元)")
# a section's title without a number ("政府采购支出情况", "部门决算情况说明"): never the first half of a sentence
_TITLE_END = re.compile(r"(?:情况|说明|概况|简介|职能|构成|目录)$")
# a sentence's marks: a clause break or a figure — a cover's or a title's words wrapped onto the next page have none
_PROSE = re.compile(r"[，,、；;：:\d]")
MIN_WORDS = 4  # Chinese characters a line needs before a cut figure: prose, not a chart's label or a table's cell


def hand_broken(prev: Line, line: Line, margins: Margins, same_page: bool, so_far: str) -> bool:
    """Whether `line` carries on the paragraph whose last line `prev` stopped short by a hand break (`so_far`: the
    paragraph's text up to there)."""
    if len(prev.pieces) > 1 or len(line.pieces) > 1 or line.heads_table:
        return False
    a, b = _type_size(prev), _type_size(line)
    if a is not None and b is not None and abs(a - b) > 0.25 * max(a, b):
        return False  # a heading in a larger type, or a footnote in a smaller one
    tail, head = prev.text.strip(), line.text.strip()
    if tail.endswith(_ENDS) or heading_level(tail) is not None or _TITLE_END.search(tail) or _NEW_ITEM.match(head):
        return False
    h = max(prev.height, line.height)
    if same_page and line.top - prev.bottom > 1.2 * h:
        return False  # a blank line between: a new paragraph
    if _FIGURE_REST.match(head) and head[0].isdigit():
        if "\u4e00" <= tail[-1] <= "\u9fff" and not title_like(tail):
            return True  # words, then their figure on the next line: "占本年支出合计的" | "15.14%；"
        if _CUT_FIGURE_END.search(tail) and sum("\u4e00" <= c <= "\u9fff" for c in tail) >= MIN_WORDS:
            return True
    return not same_page and line.x0 <= (line.margins or margins).left + 0.8 * h and "\u4e00" <= head[0] <= "\u9fff" \
        and _PROSE.search(so_far) is not None
