"""A 绩效自评表 whose label and value have a cell holding only the colon between them (项目名称 | ： | 就业…): the colon
is no part of the value, so the project's name that heads every finding of the form reads as printed
(recognize/forms.py FormBuilder.value_right)."""

from __future__ import annotations

import openpyxl

from govaudit.engine.runner import run_rules
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from test_forms_support import SAMPLES


def _with_separators(tmp_path, project_sep: str, department_sep: str):
    wb = openpyxl.load_workbook(SAMPLES / "绩效自评表-中央式-有误.xlsx")
    ws = wb.worksheets[0]
    ws.unmerge_cells("A3:B3")
    ws["B3"] = project_sep
    ws.unmerge_cells("A4:B4")
    ws["B4"] = department_sep
    path = tmp_path / "自评表.xlsx"
    wb.save(path)
    return recognize(read_workbook(path))


def test_a_colon_cell_between_label_and_value_is_no_part_of_the_value(tmp_path):
    d = _with_separators(tmp_path, "：", ":")
    form = d.forms[0]
    assert form.project.text == "就业创业服务能力建设"
    assert form.project.source.cell == "C3"  # the value's cell, not the colon's
    assert form.department.text == "人力资源和社会保障部"
    messages = [f.message for f in run_rules(d) if f.code == "PRF103"]
    assert messages and all(m.startswith("绩效自评表「就业创业服务能力建设」") for m in messages)


def test_a_value_written_after_a_colon_in_its_own_cell_is_read_without_it(tmp_path):
    wb = openpyxl.load_workbook(SAMPLES / "绩效自评表-中央式-有误.xlsx")
    wb.worksheets[0]["C3"] = "：就业创业服务能力建设"
    path = tmp_path / "自评表.xlsx"
    wb.save(path)
    assert recognize(read_workbook(path)).forms[0].project.text == "就业创业服务能力建设"
