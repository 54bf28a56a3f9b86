"""recognize/claims.py survivors session 22 left (issue 14, README "变异测试"), each killed by a sentence read in memory:
the base of a change said with a year that is not last year's, whose budget a change after a 三公 budget compares,
and a subject with no text of its own that is never "read without its fund's words"."""

from __future__ import annotations

import pytest

from govaudit.model import Location, TextParagraph
from govaudit.recognize.claims import _of_a_fund, _Subject, read_claims

TOTAL_HEADING = "一、收入支出决算总体情况说明"
SANGONG = "（七）“三公”经费支出决算情况说明"


def claims(*texts: str, year: int | None = 2024):
    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return read_claims(ps, year).claims


def change_of(got):
    (c,) = [c for c in got if c.kind == "change"]
    return c


@pytest.mark.parametrize("said, year, base", [
    ("2023年度", 2024, "10920.46"),  # last year's amount: the base the change is from (a TXT check compares it)
    ("2024年度", 2024, None),        # this year's: no base of a change against last year
    ("2023年度", None, "10920.46"),  # the disclosure's year unknown: taken from the text (2024), the same reading
    ("上年", 2024, "10920.46"),      # no year written: last year's
])
def test_the_base_of_a_change_is_only_an_earlier_years_amount(said, year, base):
    """“较YYYY年度的A万元增加B万元”: A is the change's base when YYYY is before the report's year (claims.py, the
    `this_year is None or int(said) < this_year` guard; `is not` there reads 2024's amount as last year's, and an
    unknown year as a crash; 上年 with no year written is last year's)."""
    got = claims(TOTAL_HEADING, f"2024年度本年收入12170.05万元，较{said}的10920.46万元增加1249.59万元。", year=year)
    c = change_of(got)
    assert (c.subject, c.basis, c.amount.text) == ("本年收入合计", "prior", "12170.05万元")
    assert (c.base.text.removesuffix("万元") if c.base is not None else None) == base


def test_a_change_after_the_sangong_budget_compares_budgets():
    """“公务接待费3.00万元，“三公”经费年初预算7.50万元，比上年减少1.00万元”: the 三公's one amount in the sentence is its
    budget, so its change is against last year's budget (budget_word 上年预算: summed only with changes of that kind,
    TXT007); the 公务接待费 amount before it is another subject's and does not make it a 决算 change (`_of_budgets`:
    `name and m.subject == name`; with `or` every amount in the sentence counts)."""
    got = claims(SANGONG, "公务接待费3.00万元，“三公”经费年初预算7.50万元，比上年减少1.00万元。", year=2019)
    c = change_of(got)
    assert (c.subject, c.basis, c.budget_word, c.change.text) == ("三公经费", "prior", "上年预算", "1.00万元")


@pytest.mark.parametrize("head", ["合计2116.25万元", "总计比上年增加10.00万元", "总额2116.25万元"])
def test_a_subject_without_words_in_the_clause_is_not_a_funds_total(head):
    """A subject carried into the clause with no words of its own there (text ""): no fund's words stand around it,
    so it is never taken for the fund's 总计 line the clause opens with (str.find("") is 0: without the guard a known
    fund's spending before “合计…” was dropped as unknown)."""
    fund = _Subject(name="一般公共预算财政拨款支出", text="", known=True)
    assert _of_a_fund(head, fund) is False
    # the same name written in the clause, then 合计: the fund's total line, not its spending
    assert _of_a_fund("一般公共预算财政拨款支出合计2116.25万元", _Subject(name="一般公共预算财政拨款支出",
                                                                          text="一般公共预算财政拨款支出", known=True))
