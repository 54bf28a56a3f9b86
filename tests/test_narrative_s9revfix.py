"""Session 9 review fixes in recognize/claims.py: false findings the reviewer reproduced on main (none at f70e983).

F1: a year an earlier clause names without stating an amount ("根据2018年修订的…办法，", "和2018年相比，") does not make
the amounts after it last year's (false TXT003); "2018年度“三公”经费支出4.10万元，其中…" still does (test_narrative_heldout9).
F2: a bare 年初/年末结转和结余 under a heading naming a fund ("一般公共预算财政拨款收支情况", no 支出) is the fund's, not
the department's (false TXT001 against 公开01表). Built as whole disclosures, as tests/test_narrative_heldout9.py does.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path

import pytest
from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file

FINAL = Path(__file__).resolve().parent.parent / "samples" / "情况说明与公开表-2019-无误.xlsx"


def _findings(tmp_path: Path, items: list[tuple[str, str]], name: str) -> dict[str, list[tuple[str, str]]]:
    """Each (heading, text)'s errors and warnings when the sample's 情况说明 holds them, a heading and a paragraph each."""
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    wb = load_workbook(FINAL)
    del wb["情况说明"]
    ws = wb.create_sheet("情况说明", 0)
    for i, (heading, text) in enumerate(items, start=1):
        ws.append([f"{'一二三四五六七八九十'[i - 1]}、{heading}"])
        ws.append([text])
    path = tmp_path / name
    wb.save(path)
    status, findings = check_file(path, Options(select=["TXT0"]))
    assert status.status == "checked", status.error
    for f in findings:
        if f.severity.value in ("error", "warning"):
            for cell in dict.fromkeys(loc.cell for loc in f.locations if loc.sheet == "情况说明"):
                out[items[(int(cell[1:]) - 1) // 2][1]].append((f.code, f.message))
    return out

SANGONG = "一般公共预算“三公”经费支出决算情况说明"
RIGHT = [
    (SANGONG, "根据2018年修订的公务接待管理办法，本部门严控支出，“三公”经费支出3.68万元，比上年减少0.42万元，下降10.24%。"),
    (SANGONG, "和2018年相比，“三公”经费支出3.68万元，比上年减少0.42万元，下降10.24%。"),
    (SANGONG, "与上年（2018年）相比，“三公”经费支出3.68万元，减少0.42万元，下降10.24%。"),
    (SANGONG, "较之2018年，“三公”经费支出3.68万元，减少0.42万元，下降10.24%。"),
    (SANGONG, "对照2018年度，“三公”经费支出3.68万元，减少0.42万元，下降10.24%。"),
    # a clause naming this year (and stating its amount) ends the year an earlier clause stated an amount of
    (SANGONG, "2018年度“三公”经费支出4.10万元，2019年度“三公”经费支出3.68万元，其中公务接待费1.26万元。"),
    # a clause that is a year and nothing else still makes the amounts after it that year's
    (SANGONG, "2018年度，“三公”经费支出4.10万元，其中公务用车购置及运行维护费2.80万元，公务接待费1.30万元。"),
    ("一般公共预算财政拨款收支情况", "2019年度年初结转和结余36.65万元，年末结转和结余36.65万元。"),
]
WRONG = [
    ((SANGONG, "根据2018年修订的公务接待管理办法，本部门严控支出，“三公”经费支出3.68万元，比上年减少0.42万元，下降12.24%。"),
     ["TXT003"]),
    ((SANGONG, "2018年度“三公”经费支出4.10万元，2019年度“三公”经费支出3.68万元，其中公务接待费1.62万元。"), ["TXT001"]),
    # last year's parts after a clause stating last year's whole are still not judged as this year's
    ((SANGONG, "2018年度“三公”经费支出4.10万元，其中公务用车购置及运行维护费2.80万元，公务接待费1.30万元，"
               "2019年度“三公”经费支出3.86万元。"), ["TXT001"]),
]


@pytest.fixture(scope="module")
def judged(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("s9revfix")
    return _findings(tmp, RIGHT, "right.xlsx"), _findings(tmp, [w for w, _c in WRONG], "wrong.xlsx")


def test_right_sentences_draw_nothing(judged):
    right, _wrong = judged
    assert dict(right) == {}


@pytest.mark.parametrize("item,codes", WRONG, ids=range(len(WRONG)))
def test_wrong_sentences_found(judged, item, codes):
    _right, wrong = judged
    assert [c for c, _m in wrong.get(item[1], [])] == codes, wrong.get(item[1])
