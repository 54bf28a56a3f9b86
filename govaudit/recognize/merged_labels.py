"""A row whose name cell is the lower part of a name merged down over several rows: the row is that name's.

A 政府采购 table lists one 采购物品 over two rows when it is bought two ways (物业管理服务: 部门集中采购 430.00 on the
first row, 分散自行组织 40.00 on the second); the name is printed once, in a cell merged over both rows, and the
second row has no name of its own. The merge says, as printed, that the name covers both rows: the second row is
read under it rather than taken for a row of figures whose name was lost (BGC006). A name cell left blank without a
merge says nothing for certain, and such a row is still set aside.
"""

from __future__ import annotations

from govaudit.text import norm


def merged_name(sheet, row: int, cols: list[int]) -> tuple[str, str] | None:
    """The name shown by a vertical merge covering (row, col) from a row above, for the first of `cols` so covered:
    (name, the merge's first cell as A1), or None."""
    from govaudit.cellref import a1

    for col in cols:
        for r1, c1, r2, c2 in sheet.merged:
            if r1 < row <= r2 and c1 <= col <= c2:
                cell = sheet.get(r1, c1)
                text = norm(cell.value) if cell is not None and isinstance(cell.value, str) else ""
                if text:
                    return text, a1(r1, c1)
                break
    return None
