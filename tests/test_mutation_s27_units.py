"""recognize/units.py (session 25/26's new file, first measured in s27 mut, issue 14, seed 27): a 预算 table that
prints no 金额单位 and is settled in 元 is read as exact, like every 预算 table in 元 (budget_tables.figure: its
spread is zero), so a one-元 mistake in it is still found. Session 26's set (tests/test_budget_unit_inferred26.py)."""

from __future__ import annotations

import budget_heldout25_tables as b25
from test_budget_unit_inferred26 import B06, _unitless, findings, made


def test_a_one_yuan_mistake_in_the_unitless_table_settled_in_yuan_is_found(tmp_path):
    """30102 津贴补贴 6,100,000.00 → 6,100,001.00 (合计 and 人员经费 alike: the row adds up, class 301 is one 元 off):
    BGT001 on 301. Read with a spread of one 元 (not exact), the 元 would be within rounding."""
    ts = b25.eight(b25.Fmt(yuan=True))
    ts[B06] = _unitless(ts[B06])
    row = next(r for r in ts[B06].rows if r[0] == "30102")
    row[2] = row[3] = "6,100,001.00"
    found = findings(made(tmp_path, ts, "xlsx"))
    assert any(c == "BGT001" and "301" in m for c, m in found), found
