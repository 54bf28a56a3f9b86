"""江苏 政府采购预算表 (公开12表): one 采购物品 bought two ways is printed over two rows, its name in a cell merged
down over both (江苏 省法院 2017 p.18, 省检察院 2018 p.22: 物业管理服务 430.00 部门集中采购 + 40.00 分散自行组织).
The second row is read under the merged name instead of taken for figures whose name was lost: the table is
checked, not set aside with BGC006 (recognize/merged_labels.py, issue 9). A name cell left blank with no merge
(法院 2019 p.17) is no such evidence: that table is still set aside."""

from __future__ import annotations

from decimal import Decimal

from govaudit.pipeline import Options, check_file
from govaudit.readers import read_workbook
from govaudit.recognize.disclosure import recognize
from pdf_writer import PdfWriter

WIDTHS = [70.0, 90.0, 80.0, 100.0, 80.0, 70.0]
HEAD = ["采购品目大类", "专项名称", "经济科目", "采购物品名称", "采购组织形式", "总计"]


def _pdf(tmp_path, name: str, total: str = "515.00", merged: bool = True):
    rows = [HEAD,
            ["合计", "", "", "", "", total],
            ["一、货物A", "", "", "", "", "45.00"],
            ["", "设备购置费", "办公设备购置", "", "", "45.00"],
            ["", "", "", "其他办公设备", "分散自行组织", "45.00"],
            ["三、服务C", "", "", "", "", "470.00"],
            ["", "物业管理费", "物业管理费", "", "", "470.00"],
            ["", "", "", "物业管理服务", "部门集中采购", "430.00"],
            ["", "", "", "", "分散自行组织", "40.00"]]
    merges = [(7, 0, 8, 0), (7, 1, 8, 1), (7, 2, 8, 2), (7, 3, 8, 3)] if merged else []
    w = PdfWriter()
    p = w.page()
    p.text(60, 50, "公开12表", 10)
    p.text(180, 80, "政府采购支出预算表", 14)
    p.text(50, 110, "部门：某省测试厅", 9)
    p.text(460, 110, "单位：万元", 9)
    p.grid(50, 130, WIDTHS, rows, merges=merges)
    return w.save(tmp_path / name)


def test_the_row_under_a_name_merged_down_is_read_under_that_name(tmp_path):
    table = recognize(read_workbook(_pdf(tmp_path, "合并.pdf"))).tables["B13"]
    assert table.unreliable is None
    named = [(r.label, r.cells["amount"].value) for r in table.rows if r.label == "物业管理服务"]
    assert named == [("物业管理服务", Decimal("430.00")), ("物业管理服务", Decimal("40.00"))]
    assert table.row("services").cells["amount"].value == Decimal("470.00")


def test_the_table_is_checked_clean_and_a_wrong_total_is_found(tmp_path):
    _status, findings = check_file(_pdf(tmp_path, "无误.pdf"), Options())
    # (BGC001: the other eleven tables of a 江苏 预算 are missing from this one-table file)
    assert [f.code for f in findings if f.severity.value != "info" and f.code != "BGC001"] == []
    _status, findings = check_file(_pdf(tmp_path, "有误.pdf", total="525.00"), Options())
    assert "BGT131" in {f.code for f in findings if f.severity.value == "error"}


def test_a_blank_name_cell_without_a_merge_still_sets_the_table_aside(tmp_path):
    disclosure = recognize(read_workbook(_pdf(tmp_path, "空白.pdf", merged=False)))
    assert "B13" not in disclosure.tables
    assert [t.kind for t in disclosure.unread_tables] == ["B13"]
