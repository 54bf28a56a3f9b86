"""engine/declarative.py's `unsplit = [whole, parts]` option (session 24, TBL404–406) measured by tools/mutate.py in
session 25 (mut, issue 14): the rule is set aside only when the table prints the whole without any of its parts; a
公开04表 printing 年初财政拨款结转和结余 split by fund is judged as before. Rules run directly on the recognised clean
disclosure of tests/wb.py (its 04: 年初 10.00 = 一般公共预算 6.00 + 政府性基金 4.00)."""

from __future__ import annotations

import pytest

import wb
from govaudit.engine.context import Context
from govaudit.engine.declarative import DeclarativeRule

UNSPLIT = ["04:begin_total:amount", "04:begin.*:amount"]


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    return recognize(read_workbook(wb.save(wb.build(wb.spec()), tmp_path_factory.mktemp("unsplit"))))


def run(disclosure, **spec):
    spec = {"code": "ZZT001", "title": "测试规则", **spec}
    return list(DeclarativeRule(spec, "rules/test.toml").check(disclosure, Context()))


def test_a_split_beginning_balance_is_judged_with_unsplit(clean):
    # the parts are printed: the rule judges them (6.00 is not the whole 10.00), unsplit or not
    for extra in ({}, {"unsplit": UNSPLIT}):
        (f,) = run(clean, left=["04:begin.general:amount"], right=["04:begin_total:amount"], **extra)
        assert (f.code, f.expected, f.actual) == ("ZZT001", "10.00", "6.00")
    assert run(clean, left=["04:begin.general:amount", "04:begin.gov_fund:amount"],
               right=["04:begin_total:amount"], unsplit=UNSPLIT) == []


@pytest.mark.parametrize("spec", [["04:begin_total:amount"], ["04:begin_total:amount", "04:begin.*:amount",
                                                               "04:end_total:amount"]])
def test_unsplit_names_two_cells(spec):
    with pytest.raises(ValueError, match="unsplit 应为两个单元格引用"):
        DeclarativeRule({"code": "ZZT001", "title": "测试规则", "left": ["04:begin_total:amount"],
                         "right": ["04:begin.general:amount"], "unsplit": spec}, "rules/test.toml")


def test_a_beginning_balance_of_zero_on_one_row_is_judged(tmp_path):
    """公开04表 with 年初财政拨款结转和结余 on one row printed 0.00: no fund had any, so each fund's 年初 is known (zero)
    and TBL405 judges the 政府性基金 fund — here 0 + 12.00 is not 15.00 spent + 2.00 left, as its 年初 5.00 was
    taken out; printed 5.00 on that one row, the fund's share is not known and TBL405 judges nothing."""
    import heldout24_tables as t24
    import test_tables_heldout21 as h
    from pdf_writer import save_workbook

    def codes(begin):
        t = t24.t04(t24.Fmt(), begin_parts=False)
        (row,) = [r for r in t.rows if r[0] == "年初财政拨款结转和结余"]
        row[1] = begin
        return {c for c, _m in h.problems(save_workbook(tmp_path / f"{begin}.xlsx", [t]), tmp_path)}
    assert "TBL405" in codes("0.00")
    assert "TBL405" not in codes("5.00")
