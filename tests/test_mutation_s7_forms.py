"""The words of a 绩效自评表 (recognize/form_specs.py; issue 14, session 7): survivors of a seeded sample of its
mutants, killed on small central-layout forms built here (test_mutation_forms_recognize's form), asserting the
budget lines read."""

from __future__ import annotations

from decimal import Decimal

from test_mutation_forms_recognize import MONEY, read


def test_a_24_character_budget_line_label_is_read(tmp_path):
    """“其中：中央财政衔接推进乡村振兴补助资金（已结转）” (24 characters once normalised) is a 其中 line: its figures are
    read with the line."""
    label = "其中：中央财政衔接推进乡村振兴补助资金（已结转）"
    money = [MONEY[0], [None, "其中：当年财政拨款", 60, 70, 60, "—", "—", "—"], [None, label, 40, 50, 48, "—", "—", "—"]]
    f, issues = read(tmp_path, money=money)
    assert [(b.label, b.cells["budget"].value) for b in f.budget if b.key != "total"] == [
        ("其中：当年财政拨款", Decimal(70)), (label, Decimal(50))]
    assert issues == []
