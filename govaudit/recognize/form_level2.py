"""A 绩效自评表's 二级 labels centred in their rows (issue #9, formfix s29): an indicator table printed without rules
(or as a 三线表) whose 二级 cell is merged down over several 三级 rows prints its label in the middle of them — on a
line of its own between two rows when they are even in number ('数量指标' between its two rows), on the middle row
when odd. Read top down, a label took the rows from its own line on, so the rows above it kept the label before (or
none): held-out batch 29's MY read its first indicator with no 二级 and gave 质量指标's first row to 数量指标.

Each label's rows are found from the bottom up, as forms._recentre does for 一级 labels: the last label on a page owns
the rows down to the page's last; a label centred in its rows has as many above as below, so its first row is its
position's mirror; the label above it ends just before. Rows at a page's head above its first label are the last
label's before (its part on that page printed without it). Done only when every row is accounted for so (the first
page's first row is the first label's first, every label within its own rows, no 二级 under two 一级); else the
table is left as read. A print shows its labels centred only when one stands on a row of its own or below the first
row: a table whose labels stand on their blocks' first rows (a workbook, a Word table, a ruled print's merges) is left
as read."""

from __future__ import annotations


def recentre_level2(indicators: list, labels: list[tuple[int, str, str]], page_of) -> None:
    """`indicators`: the table's rows in order (Indicator: row, level2, level2_cell); `labels`: (sheet row, 二级,
    its cell) of each 二级 label read, in order, on an indicator's row or on a row of its own; `page_of`: a row's
    page (None: not a print)."""
    if page_of is None or len(labels) < 2 or not indicators:
        return
    rows = [i.row for i in indicators]
    placed = []  # (doubled position among the indicator rows: 2k on row k, 2k + 1 between rows k and k + 1, label)
    for r, name, cell in labels:
        k = sum(1 for x in rows if x < r)
        if k < len(rows) and rows[k] == r:
            placed.append((2 * k, name, cell))
        elif 0 < k < len(rows) and page_of(rows[k - 1]) == page_of(rows[k]) == page_of(r):
            placed.append((2 * k - 1, name, cell))
        else:
            return  # (above the first row, below the last, or at a page's edge: no centre to read)
    if not any(pos % 2 for pos, _n, _c in placed) and placed[0][0] == 0:
        return  # (every label on an indicator's row, the first on the first: nothing shows a centred print)
    pages = [page_of(x) for x in rows]
    owner: list = [None] * len(rows)
    for page in dict.fromkeys(pages):
        here = [k for k, p in enumerate(pages) if p == page]
        mine = [(pos, name, cell) for pos, name, cell in placed if pages[pos // 2] == page]
        end = here[-1]
        for pos, name, cell in reversed(mine):
            start = pos - end  # (a centred label: its position is the middle of its rows, start + end = position)
            if start > end or 2 * start > pos or 2 * end < pos or start < here[0]:
                return
            for k in range(start, end + 1):
                owner[k] = (name, cell)
            end = start - 1
        if end >= here[0]:  # (the page's head: the label before still)
            last = owner[here[0] - 1] if here[0] > 0 else None
            if last is None:
                return
            for k in range(here[0], end + 1):
                owner[k] = last
    if any(o is None for o in owner):
        return
    # (a 二级's rows under two 一级: the 一级 labels read otherwise — not re-centred, or centred by rows this reading
    # does not know, GS's 分值/得分 merged per 二级 on lines of their own — and a 二级 moved across them would stand
    # under the wrong 一级, a false PRF108: left as read)
    spans: dict[str, set] = {}
    for ind, (_name, cell) in zip(indicators, owner):
        spans.setdefault(cell, set()).add(ind.level1)
    if any(len(v) > 1 for v in spans.values()):
        return
    for ind, (name, cell) in zip(indicators, owner):
        ind.level2, ind.level2_cell = name, cell
