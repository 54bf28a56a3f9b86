"""Second s10 review: a 类's amount with last year's or the budget's in brackets after a colon ("城乡社区支出3984.99万元
（上年：3600.00万元）") and a budget "调整为" an amount are not this year's 决算 (two false TXT001 once a 类 named
outside a list was judged); a wrong amount said the same way is still caught."""

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from govaudit.cli import main

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "情况说明与公开表-2019-无误.xlsx"


def _findings(tmp_path: Path, paragraphs: list[str], heading="四、财政拨款支出决算情况说明") -> list[tuple[str, str]]:
    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb["情况说明"]
    ws.delete_rows(1, ws.max_row)
    filler = "本部门2019年度决算情况说明如下，文中所列金额的单位均为万元，与所附公开表一致。"  # (a sheet of text, not a note)
    for i, text in enumerate([heading, filler, *paragraphs], 1):
        ws.cell(i, 1, text)
    path = tmp_path / "t.xlsx"
    wb.save(path)
    r = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    return [(f["code"], f["severity"]) for f in json.loads(r.output)["findings"]
            if f["severity"] != "info" and f["code"].startswith("TXT")]


@pytest.mark.parametrize("sentence", [
    "城乡社区支出3984.99万元（上年：3600.00万元）。",
    "一般公共服务支出1303.58万元（2018年：1100.00万元）。",
    "科学技术支出326.86万元（预算：350.00万元）。",
    "科学技术支出326.86万元（年初预算数：350.00万元）。",
    "城乡社区支出预算调整为4000.00万元，实际支出3984.99万元。",
    "一般公共服务支出预算调整后为1350.00万元，实际支出1303.58万元。",
])
def test_other_years_and_budgets_are_not_this_years_amount(tmp_path, sentence):
    assert _findings(tmp_path, [sentence]) == []


@pytest.mark.parametrize("sentence", [
    "城乡社区支出3948.99万元（上年：3600.00万元）。",  # 3984.99 in the tables
    "城乡社区支出预算调整为4000.00万元，实际支出3948.99万元。",
    "城乡社区支出3984.99万元（2019年：3948.99万元）。",  # this year's, said again wrong
])
def test_this_years_amount_said_wrong_is_still_caught(tmp_path, sentence):
    assert ("TXT001", "error") in _findings(tmp_path, [sentence])


@pytest.mark.parametrize("sentence", [
    # a 类's own line of 公开08表 (212: 497.69 / 3984.99 / 460.44), not the department's 本年支出合计 6101.24
    "城乡社区支出年初结转和结余497.69万元，本年支出3984.99万元，年末结转和结余460.44万元。",
    "城乡社区支出本年支出3984.99万元，年末结转和结余460.44万元。",
])
def test_a_categorys_own_line_is_not_the_departments_whole(tmp_path, sentence):
    assert _findings(tmp_path, [sentence]) == []


def test_the_departments_whole_is_still_judged(tmp_path):
    heading = "一、收入支出决算总体情况说明"
    assert ("TXT001", "error") in _findings(tmp_path, ["本部门2019年度本年支出6110.24万元。"], heading)  # 6101.24
    said = "城乡社区支出3984.99万元，本部门本年支出合计6110.24万元。"  # the 类 before, the whole named in full
    assert ("TXT001", "error") not in _findings(tmp_path, [said], heading)  # (a 类's line: not judged, never wrong)


@pytest.mark.parametrize("sentence", [
    # a subject named by its budget in a 决算, beside what was spent or as what is compared with: the budget
    "2019年度政府采购预算60.00万元，实际政府采购支出总额50.00万元，为年初预算60.00万元的83.33%。",
    "2019年度政府采购支出总额50.00万元，比年初政府采购预算60.00万元减少10.00万元。",
])
def test_a_procurement_budget_is_not_the_procurement_total(tmp_path, sentence):
    assert [c for c in _findings(tmp_path, [sentence]) if c[0] == "TXT002"] == []


def test_nothing_then_and_nothing_now_is_no_growth_to_warn_about(tmp_path):
    heading = "一、“三公”经费支出决算情况说明"
    assert _findings(tmp_path, ["2019年度因公出国（境）费0万元，比上年增加0万元，增长0%。"], heading) == []
    said = "2019年度本年收入合计6063.99万元，比上年增加6063.99万元，增长100%。"  # a base of 0: still warned
    assert ("TXT005", "warning") in _findings(tmp_path, [said], "一、收入支出决算总体情况说明")
