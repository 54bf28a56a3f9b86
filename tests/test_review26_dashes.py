"""Review s26 (left open, fixed in session 27 by tabfix): a 支出决算表 whose every figure is a dash ('－', zeros typed
as text) and whose 合计 row names itself in the 科目名称 column: that row, with no figure to tell it from a header
row, was read as the header's last row — the names column became '科目名称合计列', a figure column, and each 科目's
name drew a false CEL001 ('应为数字，实际为文字“一般公共服务支出”'). The same on main bd7dddb.
Tried (review s26, not landed): tables._is_data_row taking '合计' with only dashes beside it for a data row fixed this
but broke tests/test_tables_heldout24.py::test_clean_print[08 short three, zeros -, 04 年初 alone] (an empty 09 printed
as its heads, a 合计 row of dashes and a note then read as a title and a note only: CMP001). Session 27: such a row
ends the header only where a data row (a code, a figure) follows it (tables.locate_header / _dashed_total); the empty
09 keeps its reading. Workbook and PDF prints (ruled, 三线, unruled; 合计 first or last)."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from govaudit.pipeline import Options, check_file
from pdf_writer import PdfWriter, draw_table

ROWS = [["", "合计", "－", "－", "－"], ["201", "一般公共服务支出", "－", "－", "－"],
        ["20101", "人大事务", "－", "－", "－"], ["2010101", "行政运行", "－", "－", "－"]]
HEAD = ["科目编码", "科目名称", "本年支出合计", "基本支出", "项目支出"]


def test_names_in_a_table_of_dashes_draw_no_cel001(tmp_path):
    wb = Workbook()
    ws = wb.active
    ws.title = "支出决算表"
    for row in (["支出决算表"], ["单位：万元"], HEAD, *ROWS[:3]):
        ws.append(row)
    wb.save(tmp_path / "a.xlsx")
    status, findings = check_file(tmp_path / "a.xlsx", Options())
    assert status.status == "checked", status.error
    assert [f.message for f in findings if f.code == "CEL001"] == []


@pytest.mark.parametrize("rules", ["grid", "three", "none"])
@pytest.mark.parametrize("last", [False, True], ids=["合计 first", "合计 last"])
def test_a_printed_table_of_dashes_draws_nothing_on_its_names(tmp_path, rules, last):
    body = ROWS[1:] + ROWS[:1] if last else ROWS
    w = PdfWriter()
    p = w.page()
    p.text(220, 40, "支出决算表", 14)
    p.text(60, 70, "编制单位：某区某局", 9)
    p.text_right(535, 70, "单位：万元", 9)
    draw_table(p, 60, 90, [70, 150, 80, 80, 80], [HEAD, *body], head=1, rules=rules, size=9)
    path = w.save(tmp_path / "a.pdf")
    status, findings = check_file(path, Options())
    assert status.status == "checked", status.error
    assert [(f.code, f.message) for f in findings if f.code.startswith(("CEL", "TBL"))] == []


def test_a_planted_figure_among_dashes_is_still_read(tmp_path):
    """The 项 with a figure its 款 and 类 lack: the table is read (not set aside) and the sum checked."""
    wb = Workbook()
    ws = wb.active
    ws.title = "支出决算表"
    rows = [r[:] for r in ROWS]
    rows[3][2] = rows[3][3] = "5.00"
    for row in (["支出决算表"], ["单位：万元"], HEAD, *rows):
        ws.append(row)
    wb.save(tmp_path / "a.xlsx")
    _status, findings = check_file(tmp_path / "a.xlsx", Options())
    assert [f.code for f in findings if f.code == "CEL001"] == []
    assert any(f.code == "TBL001" for f in findings), [(f.code, f.message) for f in findings]
