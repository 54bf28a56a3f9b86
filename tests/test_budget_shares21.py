"""A 预算's list of parts each with amount and share and no whole (checks/budget_shares.py, held-out batch 21 E):
judged against the one table total the listed amounts add up to, named by the side the list is of; a list that adds
up to no total is not judged (its whole is not known)."""

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
def base():
    return recognize(read_workbook(SAMPLE))


def _found(base, text: str) -> list[str]:
    d = base.model_copy(deep=True)
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i))
                    for i, t in enumerate(["部门预算编制说明", text], 1)]
    d.narrative = read_claims(d.paragraphs, d.year, d.department, d.stage)
    return [f.message for f in run_rules(d, Context(), select=["TXT0"]) if f.severity.value in ("error", "warning")]


def test_a_wrong_share_of_all_spending_is_found(base):
    found = _found(base, "按功能分类分：一般公共服务支出1,536.21万元，占72.12%；社会保障和就业支出156.93万元，占7.37%；"
                         "卫生健康支出82.04万元，占3.85%；城乡社区支出265.00万元，占12.44%；住房保障支出89.74万元，占4.12%。")
    assert len(found) == 1 and "4.12%" in found[0] and "4.21%" in found[0] and "支出预算总表" in found[0], found


def test_an_income_list_is_named_by_the_income_total(base):
    found = _found(base, "按资金来源分：财政拨款收入2,082.33万元，占97.67%；事业收入35.60万元，占1.67%；其他收入12.00万元，"
                         "占0.56%。")
    assert len(found) == 1 and "97.77%" in found[0] and "收入预算总表" in found[0], found


@pytest.mark.parametrize("text", [
    # right: the shares of the 一般公共预算 the 类 amounts add up to (1,817.33)
    "一般公共服务支出1,488.61万元，占81.91%；社会保障和就业支出156.93万元，占8.64%；卫生健康支出82.04万元，占4.51%；"
    "住房保障支出89.74万元，占4.94%。",
    # a part of some total the text does not say (2 类 of 5): not judged, whatever the shares
    "其中，一般公共服务支出1,536.21万元，占60.00%；社会保障和就业支出156.93万元，占6.00%。",
])
def test_right_or_unknown_wholes_draw_nothing(base, text):
    assert _found(base, text) == []
