"""A 收支总表 whose 支出 side lists the money twice (budfix s29, issue #9): '一、按支出功能分类' over the 类 (教育支出 …)
and then '二、按支出经济分类' over the 经济分类 类 (工资福利支出 · 商品和服务支出 · 对个人和家庭的补助 · 资本性支出), each
block adding up to 本年支出合计 (some 市/县 print it so; held-out batch 29). The economic rows are no 类 of the
function block: read as one they doubled 支出总计's sum (false BGT104/BGT109 on a right table). Under a heading naming
经济分类 the rows are keyed 'econ.<name>' (BGT110: 本年支出合计 = their sum), up to a heading naming 功能分类 or a total
row of the side.
"""

from __future__ import annotations

from govaudit.model import Table
from govaudit.text import norm, strip_numbering

# rows of the side that end a block or stand outside both: its totals, 结转下年, the 江苏 用途 block's rows
_KEEP = ("expense_total", "expense_grand_total", "carry_out")


def key_economic_block(table: Table, block) -> None:
    from govaudit.cellref import parse_a1

    expense = sorted((r for r in table.rows if r.side >= 1 and r.label_cell and parse_a1(r.label_cell)),
                     key=lambda r: parse_a1(r.label_cell))
    cols = {parse_a1(r.label_cell)[1] for r in expense}
    heads: list[tuple[int, int, bool]] = []  # (row, column, True: a 经济分类 heading / False: a 功能分类 one)
    for rn in block.row_numbers():
        for c in block.rows[rn]:
            text = norm(c.value) if c.col in cols and isinstance(c.value, str) else ""
            if "经济分类" in text or "功能分类" in text:
                heads.append((rn, c.col, "经济分类" in text))
    if not any(econ for _r, _c, econ in heads):
        return
    for row in expense:
        rn, col = parse_a1(row.label_cell)
        above = [econ for r, c, econ in heads if c == col and r < rn]
        if not above or not above[-1]:
            continue
        if row.key in _KEEP or row.key.startswith(("use.", "econ.")):
            if row.key in ("expense_total", "expense_grand_total"):
                heads.append((rn, col, False))  # (a total row ends the block)
                heads.sort()
            continue
        name = strip_numbering(row.label)
        if name:
            row.key = "econ." + name
