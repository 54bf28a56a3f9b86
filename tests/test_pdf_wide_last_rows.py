"""A 收支预算总表 whose last rows are printed alone on the next page (江苏 省人大办公厅 2017 pp.7–9): no row there parts
the 功能科目名称 | 金额 | 项目名称 columns, so that page's grid has one wide column where the first part has three,
and "支出合计" merged across them was laid out in the middle one (a 金额 column). The row lost its label and the
table was set aside (BGC006). A cell of words whose edges are both column rules of the first part is laid out
merged over those columns, as printed (readers/pdf_spans.py, issue 9)."""

from __future__ import annotations

from decimal import Decimal

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from pdf_writer import PdfWriter, sheet_rows

X0 = 57.0
WIDTHS = [70.0, 60.0, 110.0, 60.0, 80.0, 60.0]
HEAD = [["收入", "", "支出", "", "", ""],
        ["项目名称", "金额", "功能分类", "", "支出用途", ""],
        ["", "", "功能科目名称", "金额", "项目名称", "金额"]]
HEAD_MERGES = [(0, 0, 0, 1), (0, 2, 0, 5), (1, 0, 2, 0), (1, 1, 2, 1), (1, 2, 1, 3), (1, 4, 1, 5)]


def _pdf(tmp_path, name: str, grand_total: str = "100.00"):
    body = [["一、财政拨款", "100.00", "一、一般公共服务支出", "80.00", "一、基本支出", "70.00"],
            ["1.一般公共预算", "100.00", "二、外交支出", "20.00", "二、项目支出", "30.00"],
            ["当年收入小计", "100.00", "当年支出小计", "", "", "100.00"]]
    w = PdfWriter()
    p1 = w.page()
    p1.text(200, 60, "收支预算总表", 14)
    p1.text(X0, 100, "部门：某省测试厅", 9)
    p1.text(420, 100, "单位：万元", 9)
    p1.grid(X0, 120, WIDTHS, HEAD + body, row_h=22.0, merges=HEAD_MERGES + [(5, 2, 5, 4)])
    p2 = w.page()
    p2.grid(X0, 60, [70.0, 60.0, 250.0, 60.0], [["上年结转资金", "", "结转下年资金", ""],
                                                ["收入合计", "100.00", "支出合计", grand_total]], row_h=22.0)
    return w.save(tmp_path / name)


def test_a_label_over_three_of_the_first_parts_columns_is_merged_over_them(tmp_path):
    path = _pdf(tmp_path, "末行.pdf")
    rows = sheet_rows(path)
    assert [(1, "收入合计"), (2, "100.00"), (3, "支出合计"), (6, "100.00")] in rows
    sheet = read_workbook(path).sheets[0]
    (r, _c), = [k for k, cell in sheet.cells.items() if cell.value == "支出合计"]
    assert (r, 3, r, 5) in sheet.merged
    assert sheet.origins[(r, 3)].page == 2 and sheet.origins[(r, 5)] == sheet.origins[(r, 3)]


def test_the_table_is_read_and_a_wrong_grand_total_is_found(tmp_path):
    table = recognize(read_workbook(_pdf(tmp_path, "无误.pdf"))).tables["B01"]
    assert table.unreliable is None
    assert table.row("expense_grand_total").cells["amount"].value == Decimal("100.00")
    _status, findings = check_file(_pdf(tmp_path, "有误.pdf", grand_total="110.00"), Options())
    errors = [f for f in findings if f.severity.value == "error"]
    assert any(loc.page == 2 and "支出合计" in (loc.row_label or "") for f in errors for loc in f.locations)


def test_a_dash_over_several_columns_keeps_the_column_of_its_centre(tmp_path):
    # no words: not a label merged across the columns ('-' for zero printed in a cell whose rules were left out)
    w = PdfWriter()
    p1 = w.page()
    p1.text(200, 60, "收支预算总表", 14)
    p1.grid(X0, 120, WIDTHS, HEAD + [["一、财政拨款", "100.00", "一、一般公共服务支出", "100.00", "一、基本支出", "100.00"]],
            row_h=22.0, merges=HEAD_MERGES)
    w.page().grid(X0, 60, [70.0, 60.0, 250.0, 60.0], [["收入合计", "100.00", "-", "100.00"]], row_h=22.0)
    rows = sheet_rows(w.save(tmp_path / "横线.pdf"))
    assert [(1, "收入合计"), (2, "100.00"), (4, "-"), (6, "100.00")] in rows
