"""`govaudit claims` text report: the heading of each file (s16rev item 12: '年度不详年度' when the year is unknown)."""

from __future__ import annotations

from govaudit.report.claims import render_claims_text


def test_the_heading_says_the_year_or_that_it_is_unknown_once():
    assert render_claims_text([("a.xlsx", None, [])]).splitlines()[0] == "a.xlsx（年度不详，0 条）"
    assert render_claims_text([("a.xlsx", 2024, [])]).splitlines()[0] == "a.xlsx（2024年度，0 条）"
