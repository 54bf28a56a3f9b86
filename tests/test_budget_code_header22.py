"""A 科目 table whose code heading stands over the names' column too ('功能科目代码' merged over two columns, or a PDF
line wide enough to reach over it) and whose name heading ('功能科目名称') is right of the names, over an empty
column — 江苏 检察院 2019's 公开05表 as its PDF reads: '204 | 公共安全支出 | | 16,593.12'. The names sit in a column the
header calls code; they are still the rows' names (before: every row of the table was nameless, so no 科目 paragraph of
the 说明 could be held against it)."""

from __future__ import annotations

import functools
import tempfile
from pathlib import Path

ROWS = [("201", "一般公共服务支出", 1000.00), ("20102", "政协事务", 1000.00), ("2010201", "行政运行", 600.00),
        ("2010202", "一般行政管理事务", 400.00)]
TEXT = ["江苏省某某厅2019年部门预算公开说明",
        "（一）一般公共服务支出（类）",
        "1.政协事务（款）行政运行（项）支出600.00万元，主要用于机关运转。",
        "2.政协事务（款）一般行政管理事务（项）支出440.00万元，主要用于履职活动。"]


@functools.cache
def _checked():
    from openpyxl import Workbook

    from govaudit.pipeline import check_paths
    from govaudit.readers import read_workbook
    from govaudit.recognize.disclosure import recognize

    wb = Workbook()
    text = wb.active
    text.title = "说明"
    for i, line in enumerate(TEXT, 1):
        text.cell(i, 1, line)
    ws = wb.create_sheet("公开05表")
    ws.cell(1, 1, "公开05表")
    ws.cell(2, 1, "财政拨款支出预算表（功能科目）")
    ws.cell(3, 1, "部门：江苏省某某厅")
    ws.cell(3, 4, "单位：万元")
    ws.cell(4, 1, "功能科目代码")
    ws.merge_cells(start_row=4, start_column=1, end_row=4, end_column=2)  # the code heading over the names too
    ws.cell(4, 3, "功能科目名称")  # over an empty column
    ws.cell(4, 4, "金额")
    ws.cell(5, 1, "合计")
    ws.cell(5, 4, 1000.00).number_format = "#,##0.00"
    for r, (code, name, amount) in enumerate(ROWS, 6):
        ws.cell(r, 1, code)
        ws.cell(r, 2, name)
        ws.cell(r, 4, amount).number_format = "#,##0.00"
    path = Path(tempfile.mkdtemp(prefix="codehead22-")) / "js.xlsx"
    wb.save(path)
    return recognize(read_workbook(path)), check_paths([str(path)])


def test_the_names_under_a_code_heading_name_the_rows():
    table = _checked()[0].tables["B10"]
    assert [(r.code, r.label) for r in table.rows if r.code] == [(c, n) for c, n, _a in ROWS]


def test_a_paragraph_is_held_against_the_row_it_names():
    found = [(f.code, f.message) for f in _checked()[1].findings if f.code.startswith("TXT")]
    assert [code for code, _m in found] == ["TXT001"], found
    assert "一般行政管理事务" in found[0][1] and "440.00" in found[0][1]
