"""recognize/claims.py, a survivor of session 25's sample (seed 25, main 69a7a3d's line 2381, now 2453; s26 mut, issue
14): "主要包括" after a change names what changed (the causes), after an amount what there is — judged on the function
with the lexicon of the subjects the tables print, on normalised clauses (half-width commas)."""

from __future__ import annotations

from govaudit.recognize.claims import _used_for_class, lexicon


def test_what_is_included_after_an_amount_is_a_part_and_after_a_change_a_cause():
    lex = lexicon()
    # (a part and its amount: “支出合计100.00万元，主要包括项目支出40.00万元”, “…主要包括工资福利支出724.61万元”)
    assert _used_for_class("主要包括项目支出40.00万元", lex, "支出合计100.00万元,")
    assert _used_for_class("主要包括工资福利支出724.61万元", lex, "基本支出1000.00万元,")
    # (after a change, “较上年增加62.77万元，主要包括项目支出40.00万元”: the causes; with no amount, nothing said of a part)
    assert not _used_for_class("主要包括项目支出40.00万元", lex, "较上年增加62.77万元,")
    assert not _used_for_class("主要包括项目支出", lex, "支出合计100.00万元,")
