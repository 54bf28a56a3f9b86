"""Review 11 (#2): a table the tool does not know (北京's 政府采购情况表, 国有资产使用情况表), printed with its own title
line and 部门/金额单位 line after 公开09表 or between 08 and 09, was read as more rows of the table above it in a .docx
and on a workbook sheet holding every table: its heads and figures were judged as 09's or 08's rows. First run on main
(c05f54d): 7, 6 and 8 errors on the three Word documents, 9 on the one-sheet workbook (CEL001 '应为数字，实际为文字
“货物”', TBL902, TBL801/802, XTB026, XTB017). A title line naming no known table, with a 部门 or 金额单位 line under it,
ends the table above once that table's own rows have begun (as the PDF reader's Sheet.titled_tables does)."""

from __future__ import annotations

import pytest

import wb
from govaudit.pipeline import Options, check_file
from helpers import problems
from test_docx_tables import workbook_to_docx

PROCUREMENT = ("政府采购情况表", [["采购项目", "政府采购金额", None, None, None], [None, "合计", "货物", "工程", "服务"],
                                 ["合计", 85.6, 35.6, None, 50], ["办公设备", 35.6, 35.6, None, None],
                                 ["物业服务", 50, None, None, 50]])
ASSETS = ("国有资产使用情况表", [["项目", "资产总额", "流动资产", "固定资产", "无形资产", "其他资产"],
                               ["合计", 1250.3, 420.1, 780.2, 50, None]])


def _write(writer, table, code="表10"):
    title, rows = table
    width = len(rows[0])
    writer.title(title, width, code=code)
    for row in rows:
        writer.line(row)


def _check(path):
    status, findings = check_file(path, Options())
    assert status.status == "checked", status.error
    return problems(findings)


@pytest.mark.parametrize("table", [PROCUREMENT, ASSETS])
def test_an_unknown_table_on_the_sheet_of_all_tables_is_no_part_of_09(tmp_path, table):
    book = wb.build(stack=True)
    writer = wb.Writer(book.active, row=book.active.max_row + 3)
    _write(writer, table)
    assert _check(wb.save(book, tmp_path)) == []


@pytest.mark.parametrize("table, after", [(PROCUREMENT, "09"), (ASSETS, "09"), (PROCUREMENT, "08")])
def test_an_unknown_table_in_a_word_document_is_no_part_of_the_table_above(tmp_path, table, after):
    book = wb.build()
    ws = book.create_sheet("extra")
    _write(wb.Writer(ws), table, code=None)
    book.move_sheet(ws, offset=-(len(book.sheetnames) - 1 - book.sheetnames.index(f"公开{after}表") - 1))
    src = wb.save(book, tmp_path)
    assert _check(workbook_to_docx(src, tmp_path / "决算公开.docx")) == []


def test_an_error_of_09_under_which_an_unknown_table_stands_is_still_found(tmp_path):
    s = wb.spec()
    wb.put(s, ("09", "2230199", "end"), 2)
    alone = _check(wb.save(wb.build(s, stack=True), tmp_path, "alone.xlsx"))
    book = wb.build(s, stack=True)
    _write(wb.Writer(book.active, row=book.active.max_row + 3), PROCUREMENT)
    assert {p[0] for p in alone} == {"TBL001", "TBL901"}  # 09: the 类/款/项 sums and 年末 = 年初 + 收入 − 支出
    assert _check(wb.save(book, tmp_path)) == alone
