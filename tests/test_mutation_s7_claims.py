"""Issue 14, session 7: claims read from prose (recognize/claims.py) that the earlier tests left unpinned. Each
sentence has the shape a 预算/决算 说明 prints; the assertions name the claim's kind, subject and figures."""

from __future__ import annotations

from govaudit.model import Location, TextParagraph
from govaudit.recognize.claims import read_claims


def claims(*texts: str, year: int = 2026):
    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return read_claims(ps, year).claims


def test_income_and_spending_named_together_are_one_subject():
    """“收、支预算总计” is the one total of both sides, not a 收 clause and a 支 clause."""
    got = claims("2026年部门收、支预算总计1000.00万元，比上年增加100.00万元。")
    assert [(c.kind, c.subject, c.known, c.amount.text, c.change.text if c.change else None) for c in got] == [
        ("amount", "收支总计", True, "1000.00万元", None), ("change", "收支总计", True, "1000.00万元", "100.00万元")]
    assert got[0].clause == "2026年部门收支预算总计1000.00万元"
