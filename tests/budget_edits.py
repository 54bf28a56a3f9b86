"""The planted errors of the held-out 预算 batches (test_budget_heldout25–28): edits of a set of tables before it is
written as a workbook or printed, each a function of the set (a list of tables, each with .rows and .head)."""

from __future__ import annotations


def edit(k, key, cols, value, nth: int = 0):
    """Table `k` (0-based in the set), the `nth` body row with a cell reading `key` (None: the last row): the cells at
    `cols` (column indexes, one or a tuple) get `value`."""
    cols = cols if isinstance(cols, tuple) else (cols,)

    def apply(ts):
        t = ts[k]
        row = t.rows[-1] if key is None else [r for r in t.rows[t.head:] if key in r][nth]
        for c in cols:
            row[c] = value
    return apply


def both(*edits):
    """Several edits as one planted error."""
    def apply(ts):
        for e in edits:
            e(ts)
    return apply
