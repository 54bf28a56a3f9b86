"""Two leftovers of the s10 review (session 11, s11budtext), in the 2019 决算 sample (公开04/07/08表):

- a fund's line said in words: "政府性基金预算财政拨款年初结转和结余497.69万元，本年收入3947.74万元，本年支出3984.99万元，
  年末结转和结余460.44万元" — the bare 本年收入/本年支出/年末结转和结余 are the fund's (公开08表 合计, 公开04表's fund rows);
  they were left unjudged, so a wrong one passed;
- a subject named only by a numbered heading sentence ("3.公务接待费。全年预算为3.00万元，支出决算为1.26万元") or a
  heading paragraph of its own: the plain sentences after it speak of it (recognize/claims_budget.py).

Right sentences draw nothing; a line of all 财政拨款 that lists the funds' parts is not read as one fund's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from govaudit.engine.context import Context
from govaudit.engine.runner import run_rules
from govaudit.model import Location, TextParagraph
from govaudit.readers import read_workbook
from govaudit.recognize.claims import read_claims
from govaudit.recognize.disclosure import recognize

# 2019 决算 sample: 公开08表 合计 年初 497.69, 收入 3947.74, 支出 3984.99, 年末 460.44; 公开04表 一般公共预算 年初 36.65,
# 收入 2116.25, 支出 2116.25 (公开05表), 年末 36.65; 公开07表 公务接待费 预算 3.00, 决算 1.26
SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "情况说明与公开表-2019-无误.xlsx"
_READ = {}


def _findings(texts: list[str], heading: str = "（五）政府性基金预算财政拨款收入支出决算情况说明") -> list[tuple[str, str]]:
    if "d" not in _READ:
        _READ["d"] = recognize(read_workbook(SAMPLE))
    d = _READ["d"].model_copy(deep=True)
    d.paragraphs = [TextParagraph(index=i, text=t, location=Location(file="t", paragraph=i))
                    for i, t in enumerate([heading, *texts], 1)]
    d.narrative = read_claims(d.paragraphs, d.year)
    return [(f.code, f.message) for f in run_rules(d, Context(), select=["TXT0"])
            if f.severity.value in ("error", "warning")]


RIGHT_LINES = [
    "2019年度政府性基金预算财政拨款年初结转和结余497.69万元，本年收入3947.74万元，本年支出3984.99万元，年末结转和结余"
    "460.44万元。",
    "2019年度一般公共预算财政拨款年初结转和结余36.65万元，本年收入2116.25万元，本年支出2116.25万元，年末结转和结余36.65万元。",
    "政府性基金预算财政拨款收入3947.74万元，支出3984.99万元，年末结转和结余460.44万元。",
    # all 财政拨款's line: after the funds' parts, 本年收入/本年支出 are not one fund's (04表: 6063.99 / 6101.24)
    "2019年度财政拨款年初结转和结余534.34万元，其中：一般公共预算财政拨款结转和结余36.65万元，政府性基金预算财政拨款结转和结余"
    "497.69万元；本年收入6063.99万元，本年支出6101.24万元。",
]


@pytest.mark.parametrize("text", RIGHT_LINES)
def test_a_funds_line_said_right_draws_nothing(text):
    assert _findings([text]) == []


@pytest.mark.parametrize("text,said", [
    ("2019年度政府性基金预算财政拨款年初结转和结余497.69万元，本年收入3947.74万元，本年支出3948.99万元，年末结转和结余"
     "460.44万元。", "本年支出3948.99万元"),
    ("2019年度政府性基金预算财政拨款年初结转和结余497.69万元，本年收入3974.74万元，本年支出3984.99万元，年末结转和结余"
     "460.44万元。", "本年收入3974.74万元"),
    ("2019年度政府性基金预算财政拨款年初结转和结余497.69万元，本年收入3947.74万元，本年支出3984.99万元，年末结转和结余"
     "406.44万元。", "年末结转和结余406.44万元"),
    ("2019年度一般公共预算财政拨款年初结转和结余36.65万元，本年收入2116.25万元，本年支出2161.25万元，年末结转和结余"
     "36.65万元。", "本年支出2161.25万元"),
    ("政府性基金预算财政拨款收入3947.74万元，支出3984.99万元，年末结转和结余640.44万元。", "年末结转和结余640.44万元"),
])
def test_a_wrong_figure_on_a_funds_line_is_caught(text, said):
    found = _findings([text])
    assert [c for c, _m in found] == ["TXT001"] and said in found[0][1], found


SANGONG = "（三）“三公”经费支出决算情况说明"


@pytest.mark.parametrize("texts", [
    ["3.公务接待费。全年预算为3.00万元，支出决算为1.26万元，完成全年预算的42.00%。"],
    ["3.公务接待费", "全年预算为3.00万元，支出决算为1.26万元。"],
    # the heading's subject is not the owner of an amount other words name
    ["3.公务接待费。其中：国内公务接待1.00万元，外事接待0.26万元。"],
    ["3.公务接待费。主要用于执行公务、开展业务活动开支的交通费、住宿费、用餐费等，共计接待12批次、100人次，"
     "人均接待费126元。"],
])
def test_a_heading_subject_said_right_draws_nothing(texts):
    assert _findings(texts, SANGONG) == []


@pytest.mark.parametrize("texts", [
    ["3.公务接待费。全年预算为3.00万元，支出决算为1.62万元。"],
    ["3.公务接待费", "全年预算为3.00万元，支出决算为1.62万元。"],
])
def test_a_heading_subjects_wrong_amount_is_caught(texts):
    found = _findings(texts, SANGONG)
    assert [c for c, _m in found] == ["TXT001"] and "1.62" in found[0][1], found
