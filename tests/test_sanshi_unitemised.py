"""公开07表 “三公”经费 whose 预算数 (or 上年决算数) prints only its 合计, the parts left blank: a total not broken down,
not a total of zeros (rules/tables.toml `unitemised`). Before, TBL701 called it an error: "应为 0.00，实际为 7.50".

A part printed "0" is a zero and is judged; a blank part beside filled ones counts as 0, as before.
"""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from govaudit.cli import main

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "决算公开表-2024-上海式-无误.xlsx"


def _tbl7(path: Path) -> list[tuple[str, str]]:
    r = CliRunner().invoke(main, ["check", str(path), "--format", "json"])
    return sorted((f["code"], f["locations"][0]["cell"]) for f in json.loads(r.output)["findings"]
                  if f["code"].startswith("TBL7") and f["severity"] != "info")


def twelve_columns(tmp_path: Path, budget_parts) -> Path:
    """The sample's 07 (预算数 | 决算数 under each of six heads, one figure row: 7.5 = 0 + 4.5 + 3) with the 预算数
    parts (C, E, G, I, K) written as `budget_parts`."""
    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb["07三公"]
    for col, v in zip("CEGIK", budget_parts):
        ws[f"{col}7"] = v
    path = tmp_path / "twelve.xlsx"
    wb.save(path)
    return path


def items_as_rows(tmp_path: Path, prior) -> Path:
    """07 rewritten with the items as rows under 项目 | 上年决算数 | 本年预算数 | 本年决算数; `prior`: the 上年决算数 column,
    合计 first."""
    wb = openpyxl.load_workbook(SAMPLE)
    ws = wb["07三公"]
    for m in list(ws.merged_cells.ranges):
        ws.unmerge_cells(str(m))
    for row in ws.iter_rows(min_row=3, max_row=ws.max_row):
        for c in row:
            c.value = None
    for col, head in zip("ABCD", ("项目", "上年决算数", "本年预算数", "本年决算数")):
        ws[f"{col}3"] = head
    names = ["合计", "1.因公出国（境）费", "2.公务用车购置及运行维护费", "其中：公务用车购置费", "公务用车运行维护费",
             "3.公务接待费"]
    now = [(7.5, 3.68), (0, 0), (4.5, 2.42), (0, 0), (4.5, 2.42), (3, 1.26)]
    for i, (name, p, (b, f)) in enumerate(zip(names, prior, now)):
        for j, v in enumerate((name, p, b, f)):
            cell = ws.cell(4 + i, 1 + j)
            cell.value = v
            if j:
                cell.number_format = "0.00"
    ws["A11"] = "注：本表反映部门本年度“三公”经费支出预决算情况。"
    ws.merge_cells("A1:D1")
    path = tmp_path / "rows.xlsx"
    wb.save(path)
    return path


def test_budget_total_alone_is_not_itemised(tmp_path):
    assert _tbl7(twelve_columns(tmp_path, [None] * 5)) == []


def test_prior_total_alone_is_not_itemised(tmp_path):
    assert _tbl7(items_as_rows(tmp_path, [4.1, None, None, None, None, None])) == []


def test_car_subtotal_alone_is_not_itemised(tmp_path):
    # 上年决算数: 4.10 = 0.50 + 2.60 + 1.00, the car subtotal 2.60 not split into 购置 and 运行
    assert _tbl7(items_as_rows(tmp_path, [4.1, 0.5, 2.6, None, None, 1.0])) == []


@pytest.mark.parametrize("parts, found", [
    ([0, 0, 0, 0, 0], [("TBL701", "A7")]),  # zeros printed: 7.5 ≠ 0, an error as before
    ([0, 4.5, None, 4.5, None], [("TBL701", "A7")]),  # 公务接待费 blank beside filled parts: 0, 7.5 ≠ 4.5
])
def test_zeros_or_partial_parts_are_still_judged(tmp_path, parts, found):
    assert _tbl7(twelve_columns(tmp_path, parts)) == found


def test_prior_parts_that_do_not_add_up_are_found(tmp_path):
    assert _tbl7(items_as_rows(tmp_path, [4.1, 0.5, 2.6, 0, 2.6, 0.5])) == [("TBL701", "B4")]
