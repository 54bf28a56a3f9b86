"""Session 18's new lines that a mutation run (s19mut, issue 14, README "变异测试") left alive, outside the PDF reader
and the table recognition: each test fails on the mutant it names."""

from __future__ import annotations

from decimal import Decimal


def test_the_number_cache_remembers_and_stays_bounded():
    """recognize/text._fast_number remembers a cell's answer by (type, value, format) and empties its cache when full,
    so that a big workbook does not grow it without end. Kills text.py line 94 `1 << 14` → `0 << 14` and line 107's
    negation (the cache emptied on every new value: nothing remembered) and line 107 `>=` → `>` (one entry over its
    size)."""
    from govaudit.recognize import text

    text._FAST.clear()
    try:
        assert text._fast_number(1234, "0.00") == (Decimal("1234.00"), 2, False)
        assert text._fast_number(12.5, "General") == (Decimal("12.5"), 1, False)
        assert (int, 1234, "0.00") in text._FAST and (float, 12.5, "General") in text._FAST
        text._FAST.clear()
        for v in range(text._FAST_SIZE + 1):
            text._fast_number(v, "General")
        assert 0 < len(text._FAST) <= text._FAST_SIZE
    finally:
        text._FAST.clear()
