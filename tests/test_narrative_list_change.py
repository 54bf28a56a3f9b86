"""TXT006's "an increase larger than this year's amount" (last year would be below zero) judges only a change that is
known to be its subject's: a change in a clause of its own after a list opened by 其中 may be the whole's as well as
the last part's (s9 review: three false TXT006 on right 预算 and 决算 sentences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Location, TextParagraph
from govaudit.readers import read_workbook
from govaudit.recognize.claims import read_claims
from govaudit.recognize.disclosure import recognize

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "预算公开表-2026-上海部门-无误.xlsx"


@pytest.fixture(scope="module")
def budget():
    return recognize(read_workbook(SAMPLE))


def txt006(d0, text: str) -> list[str]:
    d = d0.model_copy(deep=True)
    d.paragraphs = [TextParagraph(index=1, text=text, location=Location(file="说明.docx", paragraph=1))]
    d.narrative = read_claims(d.paragraphs, d.year or 2026)
    return [f.message for f in run_rules(d, Context(), select=["TXT006"])]


@pytest.mark.parametrize("text", [
    "2026年一般公共预算财政拨款支出预算1817.33万元，其中：基本支出1334.77万元，项目支出482.56万元，比上年增加500.00万元。",
    "2026年“三公”经费预算9.70万元，其中：公务接待费1.20万元，公务用车运行维护费8.50万元，比上年增加10.00万元。",
    "2026年收入预算2129.93万元，其中财政拨款收入2082.33万元，事业收入35.60万元，比上年增加100.00万元。",
])
def test_a_change_after_a_list_is_not_taken_as_the_last_parts(budget, text):
    assert txt006(budget, text) == []


@pytest.mark.parametrize("text", [
    "2026年政府性基金拨款支出预算0万元，比2025年预算增加1421.25万元。",  # 万里街道 2023's shape: no list
    # 万里街道 2023's sentence: after "…预算中，" (a scope, not a list opened by 其中) each fund's change is its own
    "财政拨款支出预算中，一般公共预算拨款支出预算1817.33万元，比2025年预算增加100.00万元；政府性基金拨款支出预算0万元，"
    "比2025年预算增加1421.25万元。",
])
def test_an_increase_larger_than_its_own_amount_is_still_found(budget, text):
    (message,) = txt006(budget, text)
    assert "不可能小于零" in message and "−" in message
