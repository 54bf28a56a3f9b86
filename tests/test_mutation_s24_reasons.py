"""checks/narrative_reasons.py (TXT006: a 科目's reason naming the other direction; first measured in session 24, issue
14, README "变异测试"): 科目 paragraphs in 上海's 预算 wording judged beside the 2026 上海 sample's tables, in memory.
Which change a reason belongs to, which reasons are judged, that one paragraph left alone does not stop the next
from being judged, and the warning's words."""

from __future__ import annotations

import pytest
from test_narrative_budget_heldout11 import SHANGHAI
from test_narrative_budget_heldout18 import GENERAL_ALL

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Location, TextParagraph
from govaudit.readers import read_workbook
from govaudit.recognize.claims import read_claims
from govaudit.recognize.disclosure import recognize

ITEM = "“住房保障支出（类）住房改革支出（款）住房公积金（项）”89.74万元，主要用于缴纳住房公积金。"
SAID = "2025年当年预算执行数为95.74万元，2026年预算安排89.74万元，比2025年预算执行数减少6.27%。"
WRONG = ITEM + SAID + "主要原因是：住房公积金经费增加。"  # (万里 2024's shape: the reason copied, its direction not)


@pytest.fixture(scope="module")
def tables():
    return recognize(read_workbook(SHANGHAI))


@pytest.fixture
def judge(tables):
    def run(*paragraphs: str):
        d = tables.model_copy(deep=True)
        texts = [f"（一）{GENERAL_ALL}", *paragraphs]
        d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i))
                        for i, t in enumerate(texts, 1)]
        d.narrative = read_claims(d.paragraphs, d.year)
        return [f for f in run_rules(d, Context(), select=["TXT0"]) if f.severity.value in ("error", "warning")]
    return run


def test_the_warning_quotes_the_change_and_the_reason(judge):
    (f,) = judge(WRONG)
    assert (f.code, f.severity.value, f.expected, f.actual) == ("TXT006", "warning", "减少", "增加")
    assert f.message == ("文中“比2025年预算执行数减少6.27%”说的是减少，紧接的原因却是“住房公积金经费增加”：原因说的是增加，"
                         "与减少相反。")


@pytest.mark.parametrize("before", [
    ITEM + SAID + "主要原因是：住房公积金经费减少。",                      # a reason that agrees
    ITEM + SAID + "主要原因是：人员减少、公用经费增加。",                   # two directions: not judged
    ITEM + "2025年当年预算执行数为95.74万元，比2025年预算执行数减少6.27%。",  # the change ends the paragraph
    ITEM + SAID + "主要原因是：住房公积金经费增加。2024年决算数为80.00万元，比上年增加1.00万元。",  # not its last change
], ids=["agrees", "two-directions", "no-reason", "not-last"])
def test_a_paragraph_left_alone_does_not_stop_the_next(judge, before):
    """Each paragraph is judged on its own: one whose change draws nothing (its reason agrees, names two directions,
    is not there, or is followed by a later change — the reason then belongs to the paragraph's last change) leaves
    the next paragraph's wrong reason still warned, once."""
    got = judge(before, WRONG)
    assert [(f.code, f.locations[0].paragraph) for f in got] == [("TXT006", 3)]


def test_a_reason_after_an_amount_with_no_change_is_not_judged(judge):
    """A 科目 paragraph that states its amount and no change: a reason sentence after it has nothing to disagree with."""
    assert judge(ITEM + "主要原因是：住房公积金经费增加。") == []


def test_two_changes_in_one_sentence_leave_the_reason_unjudged(judge):
    """“…减少6.00万元，比2024年决算数增加3.00万元。主要原因是：…经费增加”: the sentence says both directions, the reason
    may be the second change's: not warned."""
    text = ITEM + "2025年当年预算执行数为95.74万元，2026年预算安排89.74万元，比2025年预算执行数减少6.00万元，比2024年决算数" \
                  "增加3.00万元。主要原因是：住房公积金经费增加。"
    assert judge(text) == []
