"""A 绩效自评表's indicator header printed without rules under its funds part (issue #9, formfix s29): where its
words stand among the columns the funds' figures set.

A page that holds only the indicator table's first rows (the print broken inside it) has no indicator row of its
own to set the 一级 column (its labels merged down, each printed on a line of its own between rows) nor to widen the
二级 column to its header word (the 二级 labels set at their cells' left, the header word centred). Those header
words then lie outside every column: '一级指标' left of the first, '二级指标' in a gutter. Before, '一级指标' took
the 二级 column and its labels ('数量指标产出指标' one cell), '二级指标' the funds' label column, and every row of the
page lost its 一级/二级 or its 得分 (YN broken inside its indicators, tests/test_forms_units27.py)."""

from __future__ import annotations

import re

LEVEL1_HEAD = re.compile(r"一级(?:指标)?(?:名称)?")
INDICATOR_HEAD = re.compile(r"[一二三]级(?:指标)?(?:名称)?|分值|得分|指标值")


def indicator_head(line) -> bool:
    """An indicator table's header line: three words or more, two of them its headings (一级指标, 分值 …)."""
    return len(line.pieces) >= 3 and sum(1 for p in line.pieces if INDICATOR_HEAD.fullmatch(p.text)) >= 2


def heads_beside(line, spans: list[list[float]], clear: float) -> list[list[float]]:
    """The columns an indicator header line's words head beside the figures' columns: its 一级 word left of the first
    column (`clear` character heights or more), its last words right of the last ('偏差原因分析及改进措施': no target
    missed on the page). Else the 一级 word took the 二级 column, and a word beyond the last column the last one,
    where a word of its own was laid beside it in a column of its own for the clash (pdf_text._own_columns_for_clashes:
    '得分' then headed an empty column, its figures none)."""
    gap = clear * line.height
    out = []
    first = line.pieces[0]
    if LEVEL1_HEAD.fullmatch(first.text) and first.bbox[2] < spans[0][0] - gap:
        out.append([first.bbox[0], first.bbox[2]])
    out += [[p.bbox[0], p.bbox[2]] for p in line.pieces[1:] if p.bbox[0] > spans[-1][1] + gap]
    return out


TOUCH = 1.0  # pt: a header word reaching this far into a column still stands in the gutter beside it


def gutter_column(piece, below: list, spans: list[list[float]]) -> int | None:
    """The column a header word in the gutter between two columns heads (None: it stands in no gutter): the one of
    them that holds anything in the rows under it, when only one does (a label column set at its cells' left, its
    header centred nearer the next column, which holds only the funds' labels above); else the one whose middle is
    nearer. A word reaching less than TOUCH into a column stands in the gutter: '二级指标' ending where the funds'
    labels, joined with the 三级 names into one column, begin — laid in that column, two header words in one."""
    x0, x1 = piece.bbox[0], piece.bbox[2]
    j = next((j for j in range(len(spans) - 1) if spans[j][1] - TOUCH <= x0 and x1 <= spans[j + 1][0] + TOUCH), None)
    if j is None:
        return None
    held = [k for k in (j, j + 1)
            if any(p.bbox[0] < spans[k][1] and p.bbox[2] > spans[k][0] for ln in below for p in ln.pieces)]
    if len(held) == 1:
        return held[0]
    centre = (x0 + x1) / 2
    return min((j, j + 1), key=lambda k: abs((spans[k][0] + spans[k][1]) / 2 - centre))
