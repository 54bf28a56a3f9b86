"""项 rows printed without a code under their coded 款 (issue #9).

A 决算 table that writes each 款 code once, in a cell merged down over the 款's row and its 项 rows (the 类 code on
its own row), leaves the 项 rows with a name and no code. Keyed by their names, nothing tied them to their 款, and
a 项 that did not add up into it went unseen — in the workbook as in any print of it. In a table that prints 类 and
款 codes but no 项 code at all, the rows without a code under a 款, down to the next coded row, can only be its
项: they are keyed under it by name, '20101>行政运行' (no code is made up), so that TBL001 judges 款 = Σ项 and the same
项 of two tables meet. Not when a row there is a part of another ('其中：…', '1.…', '（一）…') or was given a key of
its own (a total, a 类 known by its name), nor when the keys would clash. The rule needs no sight of the merge: a
page break can cut a merged cell, and each table of a disclosure must key its rows alike (its 项 are matched across
02, 03 and 05). For the 决算 功能分类 tables only (tables.py): a 预算 table's row without a code is a code not read
(budget_tables._unreliable), and a 经济分类's 款 has no 项.
"""

from __future__ import annotations

from govaudit.lazyre import lazy  # compiled on first use: start-up time (issue 13)

_PART = lazy(r"^(?:其中|[(（]?\d|[(（][一二三四五六七八九十]+[)）])")  # '其中：', '1.', '（一）': a part of a row


def key_uncoded_items(table) -> None:
    keys = {r.key for r in table.rows}
    for side in sorted({r.side for r in table.rows}):
        rows = [r for r in table.rows if r.side == side]
        if any(r.code and len(r.code) == 7 for r in rows):
            continue  # (its 项 print their codes: one without is not for this rule to place)
        for k, head in enumerate(rows):
            if not head.code or len(head.code) != 5:
                continue
            kids = []
            for r in rows[k + 1:]:
                if r.code or r.key == "total":
                    break
                kids.append(r)
            if not kids or any(not r.key.startswith("label:") or _PART.match(r.label) for r in kids):
                continue
            new = [f"{head.code}>{r.label}" for r in kids]
            if len(set(new)) != len(new) or keys & set(new):
                continue
            for r, key in zip(kids, new):
                keys.discard(r.key)
                r.key = key
                keys.add(key)
