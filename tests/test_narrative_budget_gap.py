"""TXT017 (s11budtext): in a 决算, a change stated against the budget ("“三公”经费支出3.68万元，较预算减少3.82万元") is the
决算数 − 预算数 of the sentence's own amounts or of the tables (公开07表); only its direction was judged (TXT006), a wrong
size passed (a leftover of the s10 review: "三公 amounts stated against 预算"). 2019 决算 sample: 公开07表 预算 7.50 =
用车 4.50 + 接待 3.00, 决算 3.68 = 用车 2.42 + 接待 1.26."""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Location, TextParagraph
from govaudit.readers import read_workbook
from govaudit.recognize.claims import read_claims
from govaudit.recognize.disclosure import recognize

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "情况说明与公开表-2019-无误.xlsx"
_READ = {}


def _findings(text: str) -> list[tuple[str, str]]:
    if "d" not in _READ:
        _READ["d"] = recognize(read_workbook(SAMPLE))
    d = _READ["d"].model_copy(deep=True)
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i))
                    for i, t in enumerate(["（三）“三公”经费支出决算情况说明", text], 1)]
    d.narrative = read_claims(d.paragraphs, d.year)
    return [(f.code, f.message) for f in run_rules(d, Context(), select=["TXT"]) if f.severity.value in ("error", "warning")]


@pytest.mark.parametrize("text", [
    "“三公”经费支出3.68万元，较预算减少3.82万元，主要原因是厉行节约。",
    "“三公”经费预算7.50万元，决算3.68万元，比预算减少3.82万元。",
    "公务接待费支出1.26万元，比预算减少1.74万元。",
    "公务用车购置及运行维护费支出2.42万元，比年初预算减少2.08万元。",
    "“三公”经费全年预算7.50万元，支出3.68万元，比全年预算减少3.82万元。",
    # a named budget the sentence does not state: the table's one 预算数 column may be another
    "“三公”经费支出3.68万元，比全年预算减少1.00万元。",
    # last year's budget, not this year's
    "“三公”经费支出3.68万元，比上年预算减少1.00万元。",
    # no budget in any table
    "2019年本部门本年支出合计6101.24万元，比预算减少100.00万元。",
])
def test_a_right_or_unknowable_gap_draws_nothing(text):
    assert _findings(text) == []


@pytest.mark.parametrize("text,right", [
    ("“三公”经费支出3.68万元，较预算减少2.82万元。", "减少3.82万元"),
    ("“三公”经费预算7.50万元，决算3.68万元，比预算减少3.28万元。", "减少3.82万元"),
    ("公务接待费支出1.26万元，比预算减少1.47万元。", "减少1.74万元"),
    ("“三公”经费全年预算7.50万元，支出3.68万元，比全年预算减少1.00万元。", "减少3.82万元"),
])
def test_a_wrong_gap_is_caught(text, right):
    found = _findings(text)
    assert [c for c, _m in found] == ["TXT017"] and right in found[0][1], found


def test_a_wrong_direction_stays_txt006():
    assert [c for c, _m in _findings("“三公”经费支出3.68万元，较预算增加3.82万元。")] == ["TXT006"]
