"""A zero printed without decimals in a table of amounts printed with them is an exact zero, not a rounded amount.

"0" in a column of "2.42", "1.36" (a Word or PDF table typed by hand, a workbook cell in General format) stands
for nothing spent: had there been 0.30 万元 the table would print 0.30. Taken as ±0.5 (half a unit of its one shown
place) it widens every sum it is part of by half a 万元, and a 0.10 gap between 合计 and its parts passes as rounding
(s10 review M1). Such a zero is given the half-unit of the decimals the table's other amounts show (their most
common count), the half-unit a zero typed as "0.00" has; a table whose amounts are all whole numbers is unchanged.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal

from govaudit.model import Table


def settle_zeros(table: Table) -> None:
    shown = Counter(f.decimals for row in table.rows for f in row.cells.values()
                    if f is not None and f.value and not f.percent and f.spread is None)
    if not shown:
        return
    decimals = shown.most_common(1)[0][0]
    if decimals == 0:
        return
    half = Decimal(5).scaleb(-(decimals + 1))
    for row in table.rows:
        for key, f in row.cells.items():
            if f is not None and not f.value and f.decimals < decimals and not f.percent and f.spread is None:
                row.cells[key] = f.model_copy(update={"spread": half})
