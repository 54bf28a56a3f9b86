"""Issue 14, session 29 (mut): govaudit/unit_books.py (rewritten by wbfix2 s28) — a workbook of two units' sets, each
on sheets of its own (tests/heldout27b_book.py's two_units): CMP011 names each unit with its own sheets, whole (unit_stacks.stacked: no kind twice on a sheet)."""

from __future__ import annotations

import heldout27b_book as hk
from test_unit_books28 import _check


def test_each_unit_is_named_with_its_own_sheets(tmp_path):
    a, b, both = tmp_path / "a.xlsx", tmp_path / "b.xlsx", tmp_path / "both.xlsx"
    hk.write(a, hk.tables(hk.A), prefix="部门-")
    hk.write(b, hk.tables(hk.B), prefix="单位-")
    hk.two_units(both, a, b)
    (said,) = [f for f in _check(both) if f.code == "CMP011"]
    # (whole sheets: no row range — each set on sheets of its own is split by sheets, not as a stacked sheet is)
    assert said.message.startswith("本工作簿包含 2 个单位的公开表，已按单位分开、各自核对：某县农业农村局（工作表“部门-收入支出决算总表”、"
                                   "“部门-收入决算表”、")
    assert "；某县农业技术推广中心（工作表“单位-收入支出决算总表”、“单位-收入决算表”、" in said.message
