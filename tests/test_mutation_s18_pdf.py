"""PDF reader lines session 15 added (readers/pdf.py, pdf_strips.py, pdf_grid.py: `git diff 0336846 a0916e9`) that
session 16's mutation run left with survivors (s18mut, issue 14). Each test prints a small table with
tests/pdf_writer.py and asserts what is read: the sheet's rows, whether a column strip was joined or set aside."""

from __future__ import annotations

from govaudit.readers import read_workbook
from pdf_writer import PrintedTable, print_strips, sheet_rows

BUDGET_HEAD = ["单位名称", "合计", "一般公共预算", "政府性基金预算", "国有资本经营预算", "财政专户管理资金", "事业收入",
               "事业单位经营收入", "其他收入"]
BUDGET_ROWS = [["合计", "150.00", "100.00", "20.00", "0.00", "0.00", "20.00", "0.00", "10.00"],
               ["某区测试局机关", "110.00", "80.00", "20.00", "0.00", "0.00", "0.00", "0.00", "10.00"],
               ["某区测试局信息中心", "40.00", "20.00", "0.00", "0.00", "0.00", "20.00", "0.00", "0.00"]]


def test_a_strip_of_a_table_labelled_by_words_without_its_label_column_is_joined(tmp_path):
    """A 收入预算表 by 单位名称 (words in its first column, figures in its last: shaped like a two-sided table's first
    side), wider than its page, printed without its label column again: its last three columns on the next page are
    the table's own figures (the strip's first column holds figures: no second side's labels), joined beside its
    rows (pdf_strips._second_side answers k: no second side)."""
    table = PrintedTable(title="收入预算表", dept="部门：某区测试局", unit="单位：万元", rows=[BUDGET_HEAD] + BUDGET_ROWS,
                         head=1)
    pdf = print_strips(tmp_path / "strips.pdf", [table], labels=0, last=3)
    rows = sheet_rows(pdf)
    assert [[v for _c, v in row] for row in rows[2:]] == [BUDGET_HEAD] + BUDGET_ROWS
    assert read_workbook(pdf).sheets[0].cut_tables == []
