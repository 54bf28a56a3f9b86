"""Issue 14, session 11 (s11mut): mutants of the lines session 10 changed in recognize/claims.py (git diff bfe9217
cdcb32b; a seeded sample, README “变异测试”) that the session-10 tests did not notice. Each test states one behaviour
of the code as it is; claims are read in memory (fast)."""

from __future__ import annotations

import pytest

from govaudit.model import Location, TextParagraph
from govaudit.model.claim import ANY_SPENDING
from govaudit.recognize.claims import read_claims


def claims(*texts: str, year: int = 2019):
    ps = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i)) for i, t in enumerate(texts, 1)]
    return read_claims(ps, year).claims


def scopes(text: str):
    return [(c.subject, c.scope) for c in claims(text) if c.kind == "amount"]


@pytest.mark.parametrize("lead", ["其中：", "包括：", "具体情况如下：", "专项资金中，"])
def test_a_category_listed_as_a_part_of_a_whole_not_read_is_of_no_known_spending(lead):
    # claims.py:449/500 `state.listing = True`: after “其中/包括/具体如下” or “X中，” the 类 is a part of a whole the
    # text does not state (not every spending table's 类, not judged as ANY_SPENDING)
    assert scopes(f"{lead}一般公共服务支出10.00万元。") == [("一般公共服务支出", None)]


def test_a_category_named_alone_is_of_any_spending():
    assert scopes("2019年度一般公共服务支出10.00万元。") == [("一般公共服务支出", ANY_SPENDING)]


def test_a_bracket_opening_its_own_clause_still_labels_the_amount_after_its_colon():
    # claims.py:756 `i >= 0` → `> 0`: "，(上年:3600.00万元)" — the bracket is the clause's first character
    got = [(c.subject, c.basis, c.amount.text) for c in claims("城乡社区支出3984.99万元，(上年:3600.00万元)。")]
    assert got == [("城乡社区支出", None, "3984.99万元"), ("", "prior", "3600.00万元")]
    got = [(c.subject, c.basis, c.amount.text) for c in claims("城乡社区支出3984.99万元，（预算数：3600.00万元）。")]
    assert got == [("城乡社区支出", None, "3984.99万元"), ("城乡社区支出", "budget", "3600.00万元")]


@pytest.mark.parametrize("text, fund", [
    ("年初结转和结余534.34万元，其中：一般公共预算财政拨款结转和结余36.65万元。", "一般公共预算财政拨款年初结转和结余"),
    ("年末结转和结余534.34万元，其中：政府性基金预算财政拨款结转和结余6.65万元。", "政府性基金预算财政拨款年末结转和结余"),
    # neither, or both: not known which
    ("一般公共预算财政拨款结转和结余36.65万元。", ""),
    ("年初结转和结余534.34万元，年末结转和结余500.00万元，其中：一般公共预算财政拨款结转和结余36.65万元。", ""),
])
def test_a_funds_untimed_balance_is_of_the_one_time_the_sentence_stated(text, fund):
    # claims.py:1137 `len(times) == 1` → `== 0`
    assert [c.subject for c in claims(text)][-1] == fund


def test_a_negated_name_is_another_thing_of_no_known_figure():
    # claims.py:923 (`known=False` → True, `hit[0] - 1` → `+ 1`): "非财政拨款支出" is not the 财政拨款支出 (非财政拨款收入
    # is a subject of its own since s23: a 决算's 公开01表 lines other than 财政拨款)
    got = [(c.subject, c.subject_text, c.known, c.amount.text)
           for c in claims("本年支出合计300.00万元，其中非财政拨款支出100.00万元。")]
    assert got == [("本年支出合计", "本年支出合计", True, "300.00万元"), ("", "非财政拨款支出", False, "100.00万元")]
