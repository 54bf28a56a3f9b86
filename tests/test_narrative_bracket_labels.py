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


def _findings(tmp_path: Path, paragraphs: list[str]) -> list[tuple[str, str]]:
    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb["情况说明"]
    ws.delete_rows(1, ws.max_row)
    for i, text in enumerate(["四、财政拨款支出决算情况说明", *paragraphs], 1):
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
