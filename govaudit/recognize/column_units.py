"""A figure column whose heading names a money unit other than the table's: '2025年执行数（万元）' in a table printed
'单位：元' (held-out 预算 batch 28). Its figures are in the unit its heading says, not the table's: read as the table's,
every 增减 against them was a false BGT011 (a 元 budget less a 万元 figure). The figures carry their column's unit, so
interval arithmetic compares like with like (as it does between a 元 table and a 万元 one)."""

from __future__ import annotations

from govaudit.text import norm


def column_units(block, header: list[int], table_unit: str | None) -> dict[int, str]:
    """{column: unit} for the columns under a heading naming a unit other than `table_unit` (a group heading merged
    over several columns names all of them). Empty when the table prints no unit of its own (header_unit then
    settles the table's unit from the heads, when they agree)."""
    from govaudit.recognize.grid import is_code_text
    from govaudit.recognize.tables import _HEADER_UNIT, is_numeric_cell

    if table_unit is None:
        return {}
    units: dict[int, str] = {}
    merged = block.sheet.merged
    for r in header:
        for c in block.rows.get(r, ()):
            if not isinstance(c.value, str) or len(c.value) > 30:
                continue
            m = _HEADER_UNIT.search(norm(c.value))
            if m is None or m.group(1) == table_unit:
                continue
            span = next(((c1, c2) for r1, c1, r2, c2 in merged if r1 <= r <= r2 and c1 <= c.col <= c2), (c.col, c.col))
            for col in range(span[0], span[1] + 1):
                units[col] = m.group(1)
    if not units:
        return units  # (the usual case: no body row read again)
    # every figure column so headed: the heads and the 单位 line disagree about the whole table, which of them is
    # right is not known; left in the table's unit as before (only a column apart from the others is read apart)
    last = max(header, default=-1)
    figures = {c.col for r in block.row_numbers() if r > last for c in block.rows[r]
               if is_numeric_cell(c) and not is_code_text(c.value)}  # (a 科目编码 column is no figure column)
    return units if figures - set(units) else {}
