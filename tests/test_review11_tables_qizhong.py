"""Review 11 (#7): 公开01表's income side printed the older way, '一、财政拨款收入' with its parts under it as
'其中：政府性基金预算财政拨款' rows or '（一）…（二）…' sub-rows. The parts were summed into 本年收入合计 beside the row
they are parts of: a false TBL101 ('应为 1730.00 … 实际为 1450.00') and XTB007 on a correct file. First run on main
(c05f54d): each of the three layouts drew TBL101 and XTB007. A 其中 row (or a sub-row of a numbered item that has its
own figure) is part of the row above, never a summand; under a row with no figure the parts still count."""

from __future__ import annotations

import pytest

import wb
from helpers import problems

REST = [("二、上级补助收入", "income.upper"), ("三、事业收入", "income.business"), ("四、经营收入", "income.operating"),
        ("五、附属单位上缴收入", "income.affiliated"), ("六、其他收入", "income.other")]


def _income(monkeypatch, rows, values):
    monkeypatch.setattr(wb, "INCOME_01", rows + REST)
    s = wb.spec()
    for key in ("income.general", "income.gov_fund", "income.state_capital"):
        s["01"].pop(key)
    s["01"].update(values)
    return s


@pytest.mark.parametrize("rows", [
    [("一、财政拨款收入", "x.fiscal"), ("其中：政府性基金预算财政拨款", "x.gov_fund")],
    [("一、财政拨款收入", "x.fiscal"), ("其中：一般公共预算财政拨款", "x.general"),
     ("其中：政府性基金预算财政拨款", "x.gov_fund")],
    [("一、财政拨款收入", "x.fiscal"), ("（一）一般公共预算财政拨款", "x.general"),
     ("（二）政府性基金预算财政拨款", "x.gov_fund"), ("（三）国有资本经营预算财政拨款", "x.state_capital")],
])
def test_the_parts_of_the_fiscal_income_are_no_summands(audit, monkeypatch, rows):
    s = _income(monkeypatch, rows, {"x.fiscal": 170, "x.general": 130, "x.gov_fund": 30, "x.state_capital": 10})
    assert problems(audit(s)) == []


def test_a_wrong_total_is_still_found(audit, monkeypatch):
    rows = [("一、财政拨款收入", "x.fiscal"), ("其中：政府性基金预算财政拨款", "x.gov_fund")]
    s = _income(monkeypatch, rows, {"x.fiscal": 170, "x.gov_fund": 30})
    s["01"]["income_total"] = 196
    assert "TBL101" in {p[0] for p in problems(audit(s))}


def test_parts_under_a_row_without_a_figure_are_the_summands(audit, monkeypatch):
    rows = [("一、财政拨款收入", "x.fiscal"), ("（一）一般公共预算财政拨款", "x.general"),
            ("（二）政府性基金预算财政拨款", "x.gov_fund"), ("（三）国有资本经营预算财政拨款", "x.state_capital")]
    s = _income(monkeypatch, rows, {"x.fiscal": None, "x.general": 130, "x.gov_fund": 30, "x.state_capital": 10})
    assert problems(audit(s)) == []


@pytest.mark.parametrize("second", ["政府性基金预算财政拨款", "　　　政府性基金预算财政拨款"])
def test_a_qizhong_list_going_on_without_qizhong_is_no_summand_either(audit, monkeypatch, second):
    # s11 second review: '其中：一般公共预算财政拨款' then the next part on its own row without 其中 (flush or indented),
    # before '二、上级补助收入': was summed (false TBL101 and XTB007)
    rows = [("一、财政拨款收入", "x.fiscal"), ("其中：一般公共预算财政拨款", "x.general"), (second, "x.gov_fund")]
    s = _income(monkeypatch, rows, {"x.fiscal": 170, "x.general": 140, "x.gov_fund": 30})
    assert problems(audit(s)) == []
    s["01"]["income_total"] = 196
    assert "TBL101" in {p[0] for p in problems(audit(s))}
