"""CEL002 (a formula saved without its value) grouped per table (wbfix s27).

A workbook written by a script or an export tool saves its SUM formulas without their results; on main 62f8e43 each such
cell drew its own warning (75 lines on one workbook of held-out batch 26, X7). A reviewer needs one line per table:
how many cells, the first few (as the finding's places) and what to do (open in Excel/WPS and save). The code, its
severity and the single-cell message stay as they were.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook

from govaudit.pipeline import Options, check_file

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
FINAL = SAMPLES / "决算公开表-2024-上海式-无误.xlsx"


def _formulas(ws, header: str) -> list[str]:
    """Every figure under `header` (found by its text) written as a formula openpyxl saves with no result."""
    col = next(c.column for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.strip() == header)
    head_row = next(c.row for row in ws.iter_rows() for c in row if isinstance(c.value, str) and c.value.strip() == header)
    out = []
    for row in ws.iter_rows(min_row=head_row + 1, min_col=col, max_col=col):
        c = row[0]
        if isinstance(c.value, (int, float)):
            c.value = f"=0+{c.value}"
            out.append(c.coordinate)
    return out


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    wb = load_workbook(FINAL)
    many = _formulas(wb["03支出"], "本年支出合计")
    few = _formulas(wb["07三公"], "合计")[:1]  # (only its first: one formula alone on a table)
    ws = wb["07三公"]
    for row in ws.iter_rows():
        for c in row:
            if isinstance(c.value, str) and c.value.startswith("=0+") and c.coordinate not in few:
                c.value = float(c.value[3:])
    path = tmp_path_factory.mktemp("cel002") / "formulas.xlsx"
    wb.save(path)
    _status, findings = check_file(path, Options())
    return many, few, findings


def test_one_warning_per_table_with_the_count_and_the_first_cells(checked):
    many, _few, findings = checked
    assert len(many) > 10
    in_03 = [f for f in findings if f.code == "CEL002" and f.table == "公开03表"]
    assert len(in_03) == 1, [(f.locations[0].cell, f.message) for f in in_03][:3]
    f = in_03[0]
    assert f.severity.value == "warning"
    assert f"{len(many)} 个" in f.message
    cells = [loc.cell for loc in f.locations]
    assert cells == many[: len(cells)] and 3 <= len(cells) <= 10
    assert all(loc.sheet == "03支出" for loc in f.locations)
    assert "、".join(many[:3]) in f.message
    assert "Excel" in f.message and "保存" in f.message


def test_a_single_formula_keeps_its_own_message(checked):
    _many, few, findings = checked
    (f,) = [f for f in findings if f.code == "CEL002" and f.table == "公开07表"]
    assert [loc.cell for loc in f.locations] == few
    assert "单元格是公式但没有计算结果" in f.message


def test_nothing_else_is_said_of_the_formulas(checked):
    _many, _few, findings = checked
    assert {f.code for f in findings if f.severity.value != "info"} == {"CEL002"}
