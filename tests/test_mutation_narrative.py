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


def test_parts_changes_messages_name_the_direction_and_the_basis():
    rise = judge(["2019年度财政拨款基本支出比上年增加10万元，其中：人员经费增加0.5万元，公用经费增加0.3万元。"])
    assert [(f.code, f.expected, f.actual) for f in rise] == [("TXT007", "+0.8", "+10")]
    assert rise[0].message == ("文中“增加10万元”（一般公共预算财政拨款基本支出比上年）：文中各组成部分的增减为 "
                               "人员经费 0.5 + 公用经费 0.3 = +0.8，与 +10 不符。")
    falls = judge(["2019年度财政拨款基本支出比上年增加10万元，其中：人员经费减少5万元，公用经费减少3万元。"])
    assert "（一般公共预算财政拨款基本支出比上年）：各组成部分都减少，合计却说增加；" in falls[0].message
    assert "− 人员经费 5 − 公用经费 3 = -8，与 +10 不符" in falls[0].message
    rises = judge(["2019年度财政拨款基本支出比上年减少10万元，其中：人员经费增加5万元，公用经费增加3万元。"])
    assert "：各组成部分都增加，合计却说减少；" in rises[0].message and rises[0].expected == "+8"
    flat = judge(["2019年度财政拨款基本支出比上年减少10万元，其中：人员经费增加5万元，公用经费无变化。"])
    assert "都增加" not in flat[0].message and flat[0].expected == "+5.00"
    budget = judge(["2019年度财政拨款基本支出较预算增加10万元，其中：人员经费较预算增加0.5万元，公用经费较预算增加0.3万元。"])
    assert "（一般公共预算财政拨款基本支出比预算）：文中各组成部分的增减为 人员经费 0.5 + 公用经费 0.3" in budget[0].message


def test_completion_against_the_budget_the_sentence_implies():
    """预算数 = 决算数 ∓ 比预算的增减额, shown with the arithmetic."""
    assert judge(["本部门2019年度本年收入合计6100.33万元，完成年初预算的61%，比年初预算减少3909.6万元。"]) == []
    (less,) = judge(["本部门2019年度本年收入合计6100.33万元，完成年初预算的65%，比年初预算减少3909.6万元。"])
    assert (less.code, less.expected, less.actual) == ("TXT012", "61%", "65%")
    assert "6100.33 ÷ 预算数 10009.93（6100.33 + 3909.6） = 60.94%" in less.message
    (more,) = judge(["本部门2019年度本年收入合计6100.33万元，完成年初预算的150%，比年初预算增加2000万元。"])
    assert "6100.33 ÷ 预算数 4100.33（6100.33 − 2000） = 148.78%" in more.message and more.expected == "149%"


def test_compared_year_names_the_year_expected():
    (f,) = judge(["本部门2019年度收支总计6634.67万元，与2019年度决算相比，增加208.1万元，增长3.24%。"])
    assert (f.code, f.severity.value, f.expected, f.actual) == ("TXT013", "error", "2018", "2019")
    assert "本说明是 2019 年度的，与上年比较应为 2018 年度，文中为 2019 年度" in f.message
    assert judge(["本部门2019年度收支总计6634.67万元，与2018年度决算相比，增加208.1万元，增长3.24%。"]) == []
