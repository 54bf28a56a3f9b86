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


def test_a_workbook_with_some_names_indented_reads_the_others_at_no_indent(tmp_path):
    """The xlsx reader's fast path for plain rows: a cell whose style has no indent is at indent 0 where other styles
    of the workbook have one (名称 indented by level, 增加缩进量). Kills xlsx.py line 884 `indents.get(style_id, 0)`
    → `1` and `if indents else 0` → `1` (every unindented cell one level in; in a workbook with no indent at all)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment

    from govaudit.readers import read_workbook

    book = Workbook()
    ws = book.active
    ws.append(["一般公共服务支出", 100.5])
    ws.append(["行政运行", 100.5])
    ws["A2"].alignment = Alignment(indent=2)
    book.save(tmp_path / "t.xlsx")
    cells = read_workbook(tmp_path / "t.xlsx").sheets[0].cells
    assert {k: c.indent for k, c in cells.items()} == {(1, 1): 0, (1, 2): 0, (2, 1): 2, (2, 2): 0}
    ws["A2"].alignment = Alignment()
    book.save(tmp_path / "u.xlsx")
    assert {c.indent for c in read_workbook(tmp_path / "u.xlsx").sheets[0].cells.values()} == {0}
