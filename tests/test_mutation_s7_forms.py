"""The words of a 绩效自评表 (recognize/form_specs.py; issue 14, session 7): survivors of a seeded sample of its
mutants, killed on small central-layout forms built here (test_mutation_forms_recognize's form), asserting the
budget lines read."""

from __future__ import annotations

from decimal import Decimal

from govaudit.recognize.form_specs import budget_row
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


def test_a_longer_source_of_money_is_still_a_budget_line_and_the_lines_add_up(tmp_path):
    """A 其中 line may name its money at length (25 and 40 characters here): still a budget line, so the form's
    lines add up (70 + 50 = 120) and no PRF001 is drawn; a 50-character 其中 text is a sentence, not a line."""
    from govaudit.engine.runner import run_rules
    from recognize_books import book
    from test_mutation_forms_recognize import form_rows

    for label in ("其中：中央财政衔接推进乡村振兴补助资金（上年结转）",
                  "其中：中央财政衔接推进乡村振兴补助资金（用于高标准农田建设与农村人居环境整治项目）"):
        money = [MONEY[0], [None, "其中：当年财政拨款", 60, 70, 60, "—", "—", "—"], [None, label, 40, 50, 48, "—", "—", "—"]]
        d = book(tmp_path, ("绩效", form_rows(money=money)))
        assert [b.label for b in d.forms[0].budget if b.key != "total"] == ["其中：当年财政拨款", label]
        assert [f.code for f in run_rules(d) if f.code.startswith("PRF") and f.severity.value == "error"] == []
    sentence = "其中：" + "中央财政衔接推进乡村振兴补助资金" * 3
    assert budget_row(sentence) is None
