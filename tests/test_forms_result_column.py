"""A 绩效自评表 whose indicator table has a 自评结果 / 评价结果 column (a short answer per indicator: 达标, 完成, 优, 是):
the column's heading is no 评价等级 field of the form.

Before the fix the heading was read as the form's grade label and the cell right of it as its grade: "备注" (a false
PRF106 "评价等级“备注”不是设置中的等级") or, with the column last, nothing (a false PRF202 "评价等级未填写"); on forms
with a real 评价等级 row below, that row was then not read, so a wrong grade went unreported.
"""

from __future__ import annotations

import pytest

from test_forms_heldout_s11 import (
    L, Pin, check, docx_file, form_c, form_g, form_n, form_p, pdf_made, problems, read_forms, xlsx_file,
)

BUILD = {"P": form_p, "C": form_c, "G": form_g, "N": form_n}
COLUMNS = {  # heading(s) after the indicator table's last column, and the value each indicator row has there
    "自评结果+备注": (["自评结果", "备注"], [["达标", ""], ["完成", "按计划"], ["是", ""]]),
    "评价结果+备注": (["评价结果", "备注"], [["好", ""], ["优", ""], ["完成", ""]]),
    "自评结果 last": (["自评结果"], [["达标"], ["优"], ["未完成"]]),
}


def with_result_column(form, heads, values):
    rows = form["rows"]
    top = next(i for i, r in enumerate(rows) if "一级指标" in r)
    out = []
    for i, row in enumerate(rows):
        row = list(row)
        if i == top:
            row += heads
        elif top < i <= top + form["indicators"]:
            row += values[(i - top - 1) % len(values)]
        else:
            row += [L] * len(heads)
        out.append(row)
    form["rows"] = out
    return form


def made(kind, folder, form):
    if kind == "xlsx":
        return xlsx_file(folder, form)
    if kind == "docx":
        return docx_file(folder, form)
    return pdf_made(folder, form)


CASES = [(layout, column, kind) for layout in BUILD for column in COLUMNS for kind in ("xlsx", "docx", "pdf")
         if kind == "xlsx" or layout in ("P", "C")]  # (P and C cover Word and PDF)


@pytest.mark.parametrize("layout,column,kind", CASES)
def test_result_column_is_no_grade(tmp_path, layout, column, kind):
    form = with_result_column(BUILD[layout](), *COLUMNS[column])
    path, _ = made(kind, tmp_path, form)
    assert problems(check(path, tmp_path)) == []
    if kind == "xlsx":  # the grade read is the one read from the same form without the column
        (got,) = read_forms(path)
        (plain,) = read_forms(xlsx_file(tmp_path, BUILD[layout](), name="plain.xlsx")[0])
        assert (got.grade.text if got.grade else None) == (plain.grade.text if plain.grade else None)


@pytest.mark.parametrize("kind", ["xlsx", "docx"])
@pytest.mark.parametrize("layout", ["C", "N"])
def test_wrong_grade_below_a_result_column_is_found(tmp_path, layout, kind):
    form = with_result_column(BUILD[layout](grade=Pin("良")), *COLUMNS["自评结果+备注"])
    path, pins = made(kind, tmp_path, form)
    found = [f for f in check(path, tmp_path) if f.severity.value != "info"]
    assert [f.code for f in found] == ["PRF106"], [(f.code, f.message) for f in found]
    loc = found[0].locations[0]
    assert (loc.cell if loc.table_no is None else (loc.table_no, loc.table_row, loc.table_col)) == pins[0]
