"""The TXT rules' edge cases, one behaviour per test (issue 14: they kill the mutants of checks/narrative.py).

Sentences are judged with the tables of a sample workbook (conftest.sample_disclosure) where the rule needs them."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

from govaudit.checks import narrative
from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Disclosure, Location, TextParagraph
from govaudit.recognize.claims import read_claims


def judge(texts, disclosure=None, year=2019):
    d = disclosure.model_copy(deep=True) if disclosure is not None else Disclosure(path="t")
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i))
                    for i, t in enumerate(texts, 1)]
    d.narrative = read_claims(d.paragraphs, d.year or year)
    return [f for f in run_rules(d, Context(), select=["TXT"]) if f.severity.value != "info"]


def test_change_against_budget_says_the_direction_the_tables_show(sample_disclosure):
    # 公开07表 “三公”经费: 决算 3.68 < 预算 7.50
    (f,) = judge(["本部门2019年度“三公”经费支出共计3.68万元，较预算增加3.82万元。"], sample_disclosure("2019"))
    assert f.code == "TXT006"
    assert "决算数 3.68小于预算数 7.50，应为“减少3.82万元”" in f.message
    assert judge(["本部门2019年度“三公”经费支出共计3.68万元，较预算减少3.82万元。"], sample_disclosure("2019")) == []


def test_spending_over_budget_said_to_be_less_is_reported_as_more(sample_disclosure, monkeypatch):
    real = narrative.subject_value

    def budget_two(disclosure, subject, budget=False):  # the same table cell, printed 2.00: 决算 3.68 > 预算 2.00
        tv = real(disclosure, subject, budget)
        if not budget or tv is None:
            return tv
        return dataclasses.replace(tv, figures=[tv.figures[0].model_copy(update={"value": Decimal("2.00")})])

    monkeypatch.setattr(narrative, "subject_value", budget_two)
    (f,) = judge(["本部门2019年度“三公”经费支出共计3.68万元，较预算减少1.68万元。"], sample_disclosure("2019"))
    assert f.code == "TXT006" and "决算数 3.68大于预算数 2.00，应为“增加1.68万元”" in f.message
    assert judge(["本部门2019年度“三公”经费支出共计3.68万元，较预算增加1.68万元。"], sample_disclosure("2019")) == []


def test_last_years_amount_of_a_part_is_not_its_change():
    """“2018年度人员经费支出50万元” is last year's amount: the parts' changes are the 增加 clauses (8 + 2 = 10)."""
    texts = ["2018年度人员经费支出50万元。2019年度财政拨款基本支出比上年增加10万元，其中：人员经费增加8万元，"
             "公用经费增加2万元。"]
    assert judge(texts) == []
    (f,) = judge([texts[0].replace("增加10万元", "增加12万元")])
    assert (f.code, f.expected, f.actual) == ("TXT007", "+10", "+12")
